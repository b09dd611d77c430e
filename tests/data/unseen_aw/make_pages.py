"""The clean texts of tests/data/unseen_aw and the damage each page was put through (as the converter, mirror or
scraper named beside it does), written once: python make_pages.py rewrites the six NAME.txt. Figures of the gold
are marked in the texts below as ⟦raw|unit|region|=value⟧ (unit, region and value optional; the unit is inferred
from the raw's last characters when left out, the value is the clean raw's); the markers are stripped from the
pages, and `spans(name)` gives each marked figure AS PRINTED in the damaged page with its value, for build_gold.py.

a (UTF-8) 桦南县: the UTF-8 page decoded as GBK by a scraper (bytes GBK cannot pair replaced by U+FFFD) and saved
  again as UTF-8 (鍘垮煄 style); the page itself already held a figure whose lead digits an earlier conversion had
  turned into two U+FFFD (shown as 锟斤拷 after the GBK misreading);
b (GBK bytes in ASCII) 镇雄县: a Word document saved as RTF (\\ansicpg936), read as text: every Chinese character a
  \\'xx\\'xx escape, paragraphs \\par, and the writer's line breaks every 80 characters, which fall inside figures;
c (UTF-8) 汪清县: OCR of a scanned report with confusions unseen_am did not use: S for 5, Z for 2, T for 7 inside
  figures, 方 for 万 before a unit (1.2方亩), 干 for 千 (3干余人次), 己 for 已, 曰 for 日, 。 for a 0 in a year;
  a legitimate 万方 (cubic metres) beside them;
d (UTF-8) 酉阳县: a 公示 with financial numerals (大写: 壹佰柒拾捌万零叁佰伍拾元伍角) beside Arabic figures with
  thousands commas and 分 decimals;
e (UTF-8) 化隆县: a WPS sheet pasted as tab-separated text with the display formats: scientific notation
  (1.26E+07), ######## for a cell too narrow, rates stored as fractions (0.7801587), merged cells left blank;
f (UTF-8, ASCII bytes) 寿宁县下党乡: an e-mail body left in quoted-printable (=E4=B8=8B), soft line breaks (=) at
  76 characters inside figures and inside the bytes of a character.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([^⟧]*)⟧")
UNITS = [("个百分点", "percentage_point"), ("元", "CNY"), ("元整", "CNY"), ("%", "percent"), ("人次", "person_time"),
         ("户", "household"), ("人", "person"), ("亩", "mu"), ("吨", "ton"), ("家", "enterprise"), ("头", "head")]

A = """https://www.huanan.gov.cn/html/xczx/2024/0118/9826.html
桦南县2023年财政衔接推进乡村振兴补助资金使用情况通报
2023年，桦南县共统筹财政衔接推进乡村振兴补助资金⟦2.86亿元⟧，较上年增加⟦0.21亿元⟧，增长⟦7.9%⟧。其中，中央资金⟦1.72亿元⟧，省级资金⟦0.83亿元⟧，市县资金⟦0.31亿元⟧。全年安排衔接项目⟦238个|project⟧，截至12月底已完工⟦226个|project⟧，项目完工率⟦96.2%⟧；资金已支出⟦2.64亿元⟧，支出进度⟦92.3%⟧。
产业发展方面，安排产业项目资金⟦1.68亿元⟧，占衔接资金的⟦58.7%⟧，重点支持大豆、水稻、黑木耳、鲜食玉米等特色产业。全县建成黑木耳标准化种植基地⟦12个|other:基地⟧，发展黑木耳⟦3200万袋|other:袋⟧，带动脱贫户和监测户⟦1862户⟧，户均增收⟦2860元⟧。闫家镇建设鲜食玉米加工车间⟦2个|other:车间|闫家镇;桦南县⟧，带动农户⟦312户|household|闫家镇;桦南县⟧；驼腰子镇发展肉牛养殖⟦4600头|head|驼腰子镇;桦南县⟧，带动农户⟦518户|household|驼腰子镇;桦南县⟧；梨树乡建设蔬菜大棚⟦260栋|other:栋|梨树乡;桦南县⟧，带动农户⟦243户|household|梨树乡;桦南县⟧。三个乡镇合计带动农户⟦1073户|household|闫家镇;驼腰子镇;梨树乡;桦南县⟧。
就业帮扶方面，全县脱贫人口和监测对象务工就业⟦1.18万人⟧，完成年度目标任务⟦1.1万人⟧的⟦107.3%⟧。开发乡村公益性岗位⟦1426个|other:岗位⟧，发放岗位补贴⟦1026.7万元⟧。
金融帮扶方面，新增发放脱贫人口小额信贷⟦5860万元⟧，惠及脱贫户⟦1172户⟧，户均⟦5万元⟧。全县⟦38座|other:座⟧村级光伏电站全年发电收益⟦��6.4万元|CNY||=None⟧，全部用于设置公益岗位和小型公益事业。
防返贫监测方面，全县纳入监测对象⟦2315户⟧⟦5127人⟧，已消除风险⟦1648户⟧，风险消除率⟦71.2%⟧。2023年全县脱贫人口人均纯收入⟦13986元⟧，同比增长⟦12.4%⟧，高于全县农村居民人均可支配收入增幅⟦2.1个百分点⟧。
下一步，桦南县将加快资金支出进度，强化项目后续管理，确保衔接资金发挥最大效益。
"""

B = """https://www.zx.gov.cn/zfxxgk/fdzdgknr/ghxx/202402/P020240226_zhenxiong_banqian.rtf
镇雄县2023年易地扶贫搬迁后续扶持工作总结
镇雄县共建成易地扶贫搬迁集中安置点⟦37个|other:安置点⟧，搬迁安置群众⟦2.36万户⟧⟦11.25万人⟧，其中县城集中安置⟦1.42万户⟧、乡镇集中安置⟦0.94万户⟧。
2023年，全县统筹后续扶持资金⟦3.46亿元⟧，其中衔接资金⟦2.18亿元⟧、东西部协作资金⟦0.72亿元⟧、其他资金⟦0.56亿元⟧，重点用于安置点产业配套、就业帮扶和社区治理。
就业帮扶方面，搬迁群众中有劳动力⟦6.12万人⟧，已实现务工就业⟦5.83万人⟧，就业率⟦95.3%⟧，有劳动力的搬迁家庭全部实现至少一人就业。在安置点周边建设帮扶车间⟦46个|other:车间⟧，吸纳搬迁群众就业⟦3865人⟧；开发公益性岗位⟦2940个|other:岗位⟧，优先安置弱劳动力和半劳动力。宁波市帮助镇雄县搬迁劳动力转移到浙江务工⟦1.36万人⟧。
产业配套方面，以勒镇安置点建成竹编车间，带动⟦286人|person|以勒镇;镇雄县⟧就近就业；塘房镇安置点配套发展食用菌⟦520亩|mu|塘房镇;镇雄县⟧，带动搬迁户⟦214户|household|塘房镇;镇雄县⟧；牛场镇安置点建设蔬菜保供基地⟦860亩|mu|牛场镇;镇雄县⟧，带动搬迁户⟦367户|household|牛场镇;镇雄县⟧。
社区治理方面，安置点共设社区⟦26个|other:社区⟧，配套建设学校⟦18所|other:所⟧、幼儿园⟦22所|other:所⟧、卫生室⟦31个|other:卫生室⟧，搬迁群众子女就近入学率达到⟦100%⟧。
巩固成果方面，搬迁户中纳入防返贫监测⟦1326户⟧，已消除风险⟦986户⟧，占⟦74.4%⟧。2023年搬迁群众人均纯收入⟦12386元⟧，比上年增长⟦11.8%⟧，搬迁群众稳得住、有就业、逐步能致富的目标持续巩固。
"""

C = """http://www.wangqing.gov.cn/zwgk/zfwj/202302/scan_2022_gzbg.html
汪清县2022年巩固拓展脱贫攻坚成果工作报告
2。22年，汪清县坚持把巩固拓展脱贫攻坚成果作为头等大事，全县脱贫户⟦1Z386户|household||=12386⟧、脱贫人口⟦2S127人|person||=25127⟧收入持续增长。
一、资金投入。全年投入财政衔接推进乡村振兴补助资金⟦2.4T亿元|CNY||=2.47e8⟧，其中中央资金⟦1.8S亿元|CNY||=1.85e8⟧，省级资金⟦0.6Z亿元|CNY||=6.2e7⟧。安排产业发展资金⟦1.48亿元⟧，占衔接资金的⟦59.9%⟧。全年己实施衔接项目⟦164个|project⟧，己完工⟦157个|project⟧，完工率⟦95.7%⟧。
二、产业发展。全县发展黑木耳⟦1.2方亩|mu||=12000⟧，带动脱贫户⟦3S26户|household||=3526⟧，户均增收⟦18T0元|CNY||=1870⟧。天桥岭镇发展黑木耳⟦580万袋|other:袋|天桥岭镇;汪清县⟧，百草沟镇建设蓝莓基地⟦1Z60亩|mu|百草沟镇;汪清县|=1260⟧，罗子沟镇发展林下参⟦T20亩|mu|罗子沟镇;汪清县|=None⟧。
三、就业帮扶。脱贫劳动力外出务工⟦1.0S万人|person||=10500⟧，组织技能培训⟦3干余人次|person_time||=3000⟧，开发乡村公益性岗位⟦1Z68个|other:岗位||=1268⟧，岗位人员每人每年补贴⟦6000元⟧。
四、防返贫监测。全县纳入防止返贫监测对象⟦862户⟧⟦1S73人|person||=1573⟧，其中己消除风险⟦5T4户|household||=574⟧，占监测户数的⟦68.6%⟧，其余全部落实帮扶措施。
五、乡村建设。改造农村危房⟦326户⟧，新建和改造农村公路⟦86.4公里|other:公里⟧，清运垃圾及土石方⟦1.2万方|other:方⟧，整治村庄⟦42个|village⟧。
六、收入情况。脱贫人口人均纯收入⟦14Z36元|CNY||=14236⟧，比上年增加⟦1S70元|CNY||=1570⟧，增长⟦1Z.4%|percent||=12.4⟧。
汪清县乡村振兴局
2O23年1月1O曰
"""

D = """https://www.youyang.gov.cn/zwgk_237/fdzdgknr/gsgg/202311/t20231106_chanyebuzhu.html
酉阳县2023年脱贫户和监测户到户产业补助资金（第二批）公示
根据《酉阳县2023年到户产业补助实施方案》，经农户申请、村级初审、乡镇审核、县级复核，现将2023年第二批到户产业补助资金发放情况公示如下。
本批次共补助脱贫户和监测户⟦905户⟧，补助资金合计人民币⟦壹佰柒拾捌万零叁佰伍拾元伍角|CNY||=1780350.5⟧（小写：⟦1,780,350.50元⟧）。其中种植业⟦486户⟧，补助⟦捌拾陆万贰仟叁佰伍拾元伍角|CNY||=862350.5⟧；养殖业⟦319户⟧，补助⟦柒拾叁万伍仟陆佰元整|CNY||=735600⟧；加工及其他产业⟦100户⟧，补助⟦壹拾捌万贰仟肆佰元整|CNY||=182400⟧。
补助标准：种植业每亩补助⟦500元⟧，养殖业每头（只）按品种分档补助，每户补助上限为人民币⟦壹万元整|CNY||=10000⟧。
各乡镇补助情况如下：
乡镇	补助户数（户）	补助资金（元）	补助资金（大写）
龙潭镇	⟦286|household|龙潭镇;酉阳土家族苗族自治县⟧	⟦572,400.00|CNY|龙潭镇;酉阳土家族苗族自治县⟧	⟦伍拾柒万贰仟肆佰元整|CNY|龙潭镇;酉阳土家族苗族自治县|=572400⟧
麻旺镇	⟦214|household|麻旺镇;酉阳土家族苗族自治县⟧	⟦418,600.00|CNY|麻旺镇;酉阳土家族苗族自治县⟧	⟦肆拾壹万捌仟陆佰元整|CNY|麻旺镇;酉阳土家族苗族自治县|=418600⟧
兴隆镇	⟦175|household|兴隆镇;酉阳土家族苗族自治县⟧	⟦336,850.00|CNY|兴隆镇;酉阳土家族苗族自治县⟧	⟦叁拾叁万陆仟捌佰伍拾元整|CNY|兴隆镇;酉阳土家族苗族自治县|=336850⟧
花田乡	⟦132|household|花田乡;酉阳土家族苗族自治县⟧	⟦265,200.00|CNY|花田乡;酉阳土家族苗族自治县⟧	⟦贰拾陆万伍仟贰佰元整|CNY|花田乡;酉阳土家族苗族自治县|=265200⟧
车田乡	⟦98|household|车田乡;酉阳土家族苗族自治县⟧	⟦187,300.50|CNY|车田乡;酉阳土家族苗族自治县⟧	⟦壹拾捌万柒仟叁佰元伍角|CNY|车田乡;酉阳土家族苗族自治县|=187300.5⟧
合计	⟦905|household|龙潭镇;麻旺镇;兴隆镇;花田乡;车田乡;酉阳土家族苗族自治县⟧	⟦1,780,350.50|CNY|龙潭镇;麻旺镇;兴隆镇;花田乡;车田乡;酉阳土家族苗族自治县⟧	⟦壹佰柒拾捌万零叁佰伍拾元伍角|CNY|龙潭镇;麻旺镇;兴隆镇;花田乡;车田乡;酉阳土家族苗族自治县|=1780350.5⟧
补助资金通过“一卡通”直接发放到户，不得截留、挪用。公示期间，如有异议，请向县乡村振兴局反映。
举报电话：023-75552316
酉阳土家族苗族自治县乡村振兴局
2023年11月6日
"""

E_ROWS = [  # 乡镇 (blank: merged with the row above), 类别, 项目数, 投资额, 已拨付, 拨付率, 带动户数
    ("群科镇", "产业发展", "6", "1.26E+07", "9.83E+06", "0.7801587", "412"),
    ("", "就业帮扶", "3", "2360000", "2360000", "1", "186"),
    ("甘都镇", "产业发展", "5", "8.46E+06", "########", "0.6524823", "356"),
    ("", "乡村建设", "4", "6125000", "4.90E+06", "0.8", "268"),
    ("巴燕镇", "产业发展", "7", "1.52E+07", "1.13E+07", "0.7434211", "498"),
    ("", "就业帮扶", "2", "1850000", "1850000", "1", "154"),
    ("合计", "", "29", "4.66E+07", "3.58E+07", "0.7674643", "1874"),
]
E_HEAD = "序号\t乡镇\t项目类别\t项目数（个）\t投资额（元）\t已拨付（元）\t拨付率\t带动户数（户）"
E_UNITS = ["project", "CNY", "CNY", "percent", "household"]
_E_TOWNS = "群科镇;甘都镇;巴燕镇;化隆回族自治县"


def _e_table() -> str:
    out, town = [E_HEAD], ""
    for i, (t, kind, *cells) in enumerate(E_ROWS, 1):
        town = t or town
        region = _E_TOWNS if t == "合计" else f"{town};化隆回族自治县"
        marked = []
        for cell, unit in zip(cells, E_UNITS):
            if cell == "########":
                marked.append(f"⟦{cell}|{unit}|{region}|=None⟧")
                continue
            v = float(cell) * (100 if unit == "percent" else 1)
            marked.append(f"⟦{cell}|{unit}|{region}|={v!r}⟧")
        out.append("\t".join([str(i) if t != "合计" else "", t, kind] + marked))
    return "\n".join(out) + "\n"


E = """http://www.hualong.gov.cn/html/3421/2024071509265.html
化隆县2024年上半年财政衔接资金项目实施进度情况
截至2024年6月30日，化隆回族自治县在群科镇、甘都镇、巴燕镇实施财政衔接推进乡村振兴补助资金项目⟦27个|project|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧，总投资⟦4659.5万元|CNY|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧，已拨付资金⟦3576万元|CNY|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧，资金拨付率⟦76.7%|percent|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧，带动脱贫户和监测户⟦1874户|household|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧。其中产业发展项目⟦18个|project|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧，投资⟦3626万元|CNY|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧，占总投资的⟦77.8%|percent|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧。
群科镇重点发展设施农业和冷水鱼养殖，甘都镇重点发展牛羊育肥和乡村建设，巴燕镇重点发展拉面经济配套产业和劳务输出。各乡镇项目进度见下表（由县乡村振兴局项目库导出，金额单位为元）：
""" + "%TABLE%" + """下半年，全县将对拨付率⟦低于80%|percent|群科镇;甘都镇;巴燕镇;化隆回族自治县⟧的项目逐一督导，确保年底前资金全部拨付到位、项目全部竣工验收。
化隆回族自治县乡村振兴局
2024年7月15日
"""
E = E.replace("%TABLE%", _e_table())

F_MAIL = """From: =?UTF-8?B?5LiL5YWa5Lmh5Lq65rCR5pS/5bqc?= <xdx@shouning.gov.cn>
To: xczxj@shouning.gov.cn
Subject: =?UTF-8?B?5LiL5YWa5Lmh5LmhMjAyM+W5tOS5oeadkeaMr+WFtOW3peS9nOaDheWGtQ==?=
Date: Mon, 8 Jan 2024 09:26:41 +0800
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

"""
F = """2023年，寿宁县下党乡以“摆脱贫困”首倡之地为动力，持续巩固拓展脱贫攻坚成果。全乡农村居民人均可支配收入⟦2.18万元⟧，同比增长⟦8.6%⟧；脱贫户⟦286户⟧⟦1024人⟧人均纯收入⟦1.86万元⟧，无一户返贫致贫。
茶产业方面，全乡茶园面积⟦1.26万亩⟧，其中有机茶园⟦3200亩⟧，占⟦25.4%⟧。“定制茶园”全年新增认购⟦2860亩⟧，每亩认购费⟦6000元⟧，认购金额⟦1716万元⟧，带动茶农⟦1236户⟧。
乡村旅游方面，全年接待游客⟦32.6万人次⟧，同比增长⟦18.1%⟧，实现旅游收入⟦4860万元⟧。
村集体经济方面，下党村经营性收入⟦86.2万元|CNY|下党村;下党乡;寿宁县⟧，上党村⟦42.6万元|CNY|上党村;下党乡;寿宁县⟧，碑坑村⟦31.5万元|CNY|碑坑村;下党乡;寿宁县⟧，⟦三个|village|下党村;上党村;碑坑村;下党乡;寿宁县|=3⟧村合计⟦160.3万元|CNY|下党村;上党村;碑坑村;下党乡;寿宁县⟧。
项目建设方面，全年争取各级衔接资金⟦2380万元⟧，实施项目⟦18个|project⟧，其中产业项目⟦11个|project⟧，占⟦61.1%⟧。
防返贫监测方面，全乡纳入监测对象⟦23户⟧⟦78人⟧，已消除风险⟦17户⟧，风险消除率⟦73.9%⟧；脱贫劳动力务工就业⟦612人⟧，其中乡外务工⟦435人⟧。
请审阅。
下党乡人民政府
"""
F_HEAD = """https://mail.shouning.gov.cn/archive/2024/01/xdx_0108.eml
下党乡2023年乡村振兴工作情况
"""

PAGES = {
    "a_huanan_linkage_fund_2023_gbk_mojibake": A,
    "b_zhenxiong_relocation_2023_rtf": B,
    "c_wangqing_report_2022_ocr": C,
    "d_youyang_industry_subsidy_2023_daxie": D,
    "e_hualong_fund_progress_2024h1_sheet": E,
    "f_xiadang_township_2023_quoted_printable": F,
}
REGION = {"a": "桦南县", "b": "镇雄县", "c": "汪清县", "d": "酉阳土家族苗族自治县", "e": "化隆回族自治县",
          "f": "下党乡;寿宁县"}


def unmark(text: str):
    """(clean text, [(start, end, raw, unit, region, value or '', has value)]) of a marked text."""
    out, marks, pos = [], [], 0
    n = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        n += m.start() - pos
        parts = m.group(1).split("|")
        raw = parts[0]
        unit = parts[1] if len(parts) > 1 and parts[1] else next(u for s, u in sorted(UNITS, key=lambda x: -len(x[0]))
                                                                if raw.endswith(s))
        region = parts[2] if len(parts) > 2 else ""
        val = parts[3][1:] if len(parts) > 3 else None
        marks.append((n, n + len(raw), raw, unit, region, val))
        out.append(raw)
        n += len(raw)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), marks


# ---------------------------------------------------------------- the damage, each with its alignment
def gbk_misread(clean: str):
    """UTF-8 bytes decoded as GBK (U+FFFD for a byte it cannot pair), as a scraper with the wrong charset does;
    owner[i]: the span of the damaged text made from the bytes of clean character i."""
    data = clean.encode("utf-8")
    dec = codecs.getincrementaldecoder("gbk")("replace")
    out, byte_char, pend = "", [], 0
    for k in range(len(data)):
        s = dec.decode(data[k:k + 1])
        if not s:
            continue
        for j in range(pend, k + 1):
            byte_char.append(len(out) if len(s) == 1 or j < k else len(out) + 1)
        out += s
        pend = k + 1
    starts = [len(clean[:i].encode("utf-8")) for i in range(len(clean) + 1)]
    spans = [(byte_char[starts[i]], byte_char[starts[i + 1] - 1] + 1) for i in range(len(clean))]
    return out, spans


def rtf(clean: str):
    """A Word RTF body: each non-ASCII character as \\'xx\\'xx of its GBK bytes, a line end as \\par, and a line
    break of the writer every 80 characters (between two escapes or two characters, wherever they fall)."""
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 "
            "\\'cb\\'ce\\'cc\\'e5;}}\n{\\*\\generator Msftedit 5.41.21.2510;}\\viewkind4\\uc1\\pard\\sa200\\sl276\\slmult1"
            "\\lang2052\\f0\\fs24 ")
    pieces = []
    for ch in clean:
        if ch == "\n":
            pieces.append("\\par\n")
        elif ch == "\t":
            pieces.append("\\tab ")
        elif ord(ch) < 128:
            pieces.append(ch)
        else:
            pieces.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    out, spans, col = head, [], 0
    for p in pieces:
        if col + len(p) > 80 and not p.endswith("\n"):
            out += "\n"
            col = 0
        spans.append((len(out), len(out) + len(p)))
        out += p
        col = 0 if p.endswith("\n") else col + len(p)
    return out + "}\n", spans


def quoted_printable(clean: str):
    """UTF-8 in quoted-printable: =XX for every byte not printable ASCII (and for =), lines of at most 76
    characters closed by a soft break = (anywhere between two tokens: inside a figure, between the bytes of one
    character)."""
    out, spans, col = "", [], 0
    for ch in clean:
        if ch == "\n":
            spans.append((len(out), len(out) + 1))
            out += "\n"
            col = 0
            continue
        toks = [ch] if 32 < ord(ch) < 127 and ch != "=" else [f"={b:02X}" for b in ch.encode("utf-8")]
        a = None
        for t in toks:
            if col + len(t) > 75:
                out += "=\n"
                col = 0
            if a is None:
                a = len(out)
            out += t
            col += len(t)
        spans.append((a, len(out)))
    return out, spans


def plain(clean: str):
    return clean, [(i, i + 1) for i in range(len(clean))]


DAMAGE = {"a": gbk_misread, "b": rtf, "c": plain, "d": plain, "e": plain, "f": quoted_printable}


def page(name: str):
    """(page text, printed figures [(printed raw, unit, region, value or None)]) of one page."""
    key = name[0]
    src = PAGES[name]
    if key == "f":
        head, body = F_HEAD + F_MAIL, src
    else:
        head_end = src.index("\n", src.index("\n") + 1) + 1
        head, body = src[:head_end], src[head_end:]
    clean, marks = unmark(body)
    damaged, spans = DAMAGE[key](clean)
    figures = []
    for s, e, raw, unit, region, val in marks:
        printed = damaged[spans[s][0]:spans[e - 1][1]]
        number = re.match(r"\D*[\d.,]+[万亿]?", raw)
        if key == "a" and val is None and number and any(
                "\ufffd" in damaged[slice(*spans[i])] for i in range(s, s + number.end())):
            val = "None"  # a byte of a digit or of the 万/亿 after it was lost (a lost unit noun leaves the value)
        figures.append((printed, raw, unit, region or REGION[key], val))
    return head + damaged, figures


def write() -> None:
    for name in PAGES:
        text, _ = page(name)
        (HERE / f"{name}.txt").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    write()
