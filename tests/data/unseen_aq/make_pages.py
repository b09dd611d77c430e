"""The clean texts of tests/data/unseen_aq and the damage each page was put through (as the export, mirror
or scraper pipeline named beside it does), written once: python make_pages.py rewrites the six NAME.txt in
their real byte encodings. The clean texts are what the project's cleaner should restore; build_gold.py
types the gold against the damaged pages."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

A = """卢氏县2022年消费帮扶工作情况通报
来源：卢氏县乡村振兴局 发布时间：2023-01-16
2022年，卢氏县认定消费帮扶产品186个，涉及供应商72家，全年销售消费帮扶产品4.26亿元，较上年的3.78亿元增长12.7%。其中，线上销售1.38亿元，线下销售2.88亿元。
全县建成消费帮扶专柜316台、专馆12个、专区28个，带动脱贫户和监测户8652户增收，占全县脱贫户和监测户总数14092户的61.4%。
香菇、核桃、连翘等特色产业销售额2.94亿元，占消费帮扶销售总额的69.0%。分乡镇看，官道口镇销售0.62亿元，杜关镇销售0.48亿元，五里川镇销售0.41亿元，上述乡镇合计1.51亿元。
全年组织产销对接活动46场，签约项目38个，签约金额1.12亿元，已履约0.97亿元，履约率88.6%。
全县脱贫人口人均纯收入13862元，比上年增加1436元，增长11.6%。
"""

B_HEAD = """积石山县2023年东西部协作工作总结
来源：积石山县人民政府网 2024-01-22 【字体：大 中 小】
"""
B1 = "2023年，厦门市投入积石山县财政帮扶资金1.86亿元，较上年增长6.3%，实施协作项目57个，已完工52个，完工率91.2%。其中产业发展类资金1.12亿元、就业帮扶类资金0.31亿元、乡村建设类资金0.43亿元，帮扶资金中用于产业发展的比例为65.2%。"
B2 = "共建产业园区3个，引导落地企业24家，实际到位投资5.68亿元，带动农村人口就业3186人，其中脱贫人口1245人，占39.1%。"
B3 = "劳务协作方面，帮助农村劳动力转移就业1.52万人，其中省外就业0.41万人、省内就业1.11万人。"
B4 = "吹麻滩镇建成帮扶车间8个，吸纳就业426人；大河家镇建成帮扶车间5个，吸纳就业268人；两镇合计建成帮扶车间13个，吸纳就业694人。"
B5 = "消费协作方面，采购、帮助销售积石山县农特产品2.35亿元，同比增长18.2%。"

C_HEAD = """昭觉县2021年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作总结
昭觉县乡村振兴局　2022年1月10日
"""
C = """　　2021年，全县共有脱贫户１９，８６４户、脱贫人口８７，３１２人。全年统筹中央、省级财政衔接推进乡村振兴补助资金3.4\u200b6亿元，其中中央资金2.58亿元，省级资金0.88亿元；安排产业发展资金2.16亿元，占衔接资金的62.4%。
　　实施衔接项目２１８个，已完工２０６个，完工率９４．５％。
　　全县纳入防止返贫监测对象１，４３７户６，２１８人，已消除风险９８２户，风险消除率６８．３％。
　　全年发放各类补贴资金共计１，８６５．４万元，其中产业奖补８６２．５万元、就业补贴５２４．３万元、教育资助４６３．６万元。
　　开发乡村公益性岗位31\u00ad52个，脱贫人口务工就业3.\u200b82万人。脱贫人口人均纯收入11\ufeff286元，同比增长14.2%。
"""

D_HEAD = """于都县2020年脱贫攻坚工作总结
于都县扶贫和移民办 2021-01-08
"""
D = ["2020年，全县投入财政专项扶贫资金5.84亿元，比上年增长9.2%，其中中央资金3.12亿元、省级资金1.46亿元、市县资金1.26亿元。",
     "全县新建富硒蔬菜基地2.6万亩，累计达到10.2万亩，其中贡江镇1.2万亩、岭背镇0.9万亩、梓山镇1.1万亩；蔬菜产业带动贫困户11236户，户均增收3260元。",
     "全县建成扶贫车间186个，吸纳就业5842人，其中贫困劳动力1963人，占33.6%。累计发放产业奖补资金8536.2万元，发放小额信贷资金3.65亿元。"]

E = '''都安瑶族自治县2024年上半年衔接资金项目实施进度
发布时间：2024-07-05 来源：都安瑶族自治县乡村振兴局
截至2024年6月30日，全县共下达财政衔接推进乡村振兴补助资金4.27亿元，已支出2.96亿元，支出进度69.3%。重点乡镇进度如下（导出自进度台账）：
"都安瑶族自治县2024年上半年重点乡镇衔接资金进度表",,,,,,
"乡镇","项目数（个）","下达资金（万元）","已支出（万元）","支出率","带动脱贫户（户）","备注"
"安阳镇","18","3,256.4","2,412.8","0.741","1,862",
"高岭镇","14","2,618.0","1,903.2","0.727","1,435","含以工代赈项目"
"地苏镇","16","2,904.6","1,986.5","0.684","1,206",
"菁盛乡","11","1,872.3","1,208.7","0.646","968",
"合计","59","10,651.3","7,511.2","0.705","5,471",
上半年全县脱贫人口务工就业5.86万人，完成年度目标任务的101.2%；小额信贷新增放贷1.38亿元，惠及脱贫户3268户。
'''

F = """岢岚县2019年脱贫攻坚工作情况
岢岚县人民政府办公室 2020年1月15日
2019年，岢岚县剩余贫困人口1236户2658人全部脱贫，贫困发生率由2018年底的2.9%降至0.28%，下降2.62个百分点。
全年投入扶贫资金3.28亿元，其中产业扶贫资金1.65亿元，占50.3%。种植杂粮12.6万亩，其中岚漪镇3.2万亩、宋家沟镇2.1万亩、阳坪乡1.8万亩。
全县建成村级光伏扶贫电站56座，年收益1862万元，惠及贫困村116个。
全县农民人均可支配收入9360元，较上年的8448元增长10.8%。
"""


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (bytes it leaves undefined read as the Latin-1 controls, as a MySQL
    latin1 column or a sloppy decoder does) and saved again as UTF-8."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)
    return text.encode("utf-8").decode("sloppy-windows-1252")


def entities(text: str) -> str:
    """Every non-ASCII character as an HTML decimal entity (a CMS field that escaped its content)."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


def json_escapes(text: str) -> str:
    """Every non-ASCII character as a JSON \\u escape (a JSON API body pasted as text)."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in text)


def hard_wrap(paragraph: str, width: int = 22) -> str:
    """A fixed-width TXT export: the paragraph cut every ``width`` characters."""
    return "\n".join(paragraph[i:i + width] for i in range(0, len(paragraph), width))


PAGES = {
    "a_lushi_consumption_assistance_2022_mojibake": (mojibake(A), "utf-8"),
    "b_jishishan_xiamen_cooperation_2023_escaped": (
        B_HEAD + B1 + "\n" + entities(B2) + "\n" + json_escapes(B3) + "\n" + B4 + "\n" + entities(B5) + "\n", "utf-8"),
    "c_zhaojue_linkage_summary_2021_wps": (C_HEAD + C, "utf-8-sig"),
    "d_yudu_poverty_summary_2020_wrapped": (D_HEAD + "\n".join(hard_wrap(p) for p in D) + "\n", "gbk"),
    "e_du_an_fund_progress_2024h1_csv": (E, "utf-8"),
    "f_kelan_poverty_2019_utf16": (F, "utf-16-le"),
}


def main() -> None:
    for name, (text, encoding) in PAGES.items():
        (HERE / f"{name}.txt").write_bytes(text.replace("\n", "\r\n").encode(encoding)
                                           if name.startswith("f_") else text.encode(encoding))


if __name__ == "__main__":
    main()
