"""The clean texts of tests/data/unseen_az and the damage each page was put through (as the converter, CMS or
scanner named beside it does), written once: python make_pages.py rewrites the six NAME.txt (bytes written by
Python in the encoding named). Figures of the gold are marked in the texts below as ⟦raw|unit|region|=value⟧ (unit,
region and value optional; the unit is inferred from the raw's last characters when left out, the value is the
clean raw's); the markers are stripped from the pages, and `page(name)` gives each marked figure AS PRINTED in the
damaged page with its value, for build_gold.py. ‹…› in a clean text marks a stretch the damage touches (d: printed
in fake bold; b: the paragraph misread).

a (UTF-8) 平江县: a PDF text layer whose font maps common characters to the Kangxi radicals (⼀ U+2F00, ⼈ U+2F08,
  ⼗ U+2F17, ⾦ U+2FA6, ⽬ U+2F6C …), the CJK radicals supplement (⻓ U+2ED3, ⻔ U+2ED4, ⻋ U+2ECB …) and two CJK
  compatibility ideographs (率 U+F961, 六 U+F9D1), inside words, rate words and Chinese numerals (⼀百⼆⼗个);
b (UTF-8) 会理市: a clean UTF-8 page in which one paragraph (pasted from an older mirror) is UTF-8 read as
  Windows-1252 and saved again as UTF-8 (ä¼šç†å¸‚ …; the five bytes Windows-1252 leaves undefined kept as C1
  controls, as a latin1 database column keeps them), the rest of the page clean;
c (UTF-8 and GBK in one file) 宁都县: a UTF-8 page into which the CMS pasted two paragraphs of an older GBK
  document byte for byte, so that the file is neither valid UTF-8 nor valid GBK;
d (UTF-8) 石阡县: a PDF text layer of a report whose headings and lead sentences are set in fake bold (each glyph
  printed twice, slightly offset): the extraction doubles every character of those stretches (全全县县…22..3366亿亿元元);
e (UTF-8) 临潭县: a report exported from a Markdown editor (a 飞书/语雀 document saved as .md): ## headings, - lists,
  **bold** figures, a pipe table with an alignment row (|:---|---:|) and bold cells in its 合计 row;
f (UTF-8) 武川县: OCR of a scanned report with confusions of unit characters after figures that unseen_am and
  unseen_aw did not use: 忆 for 亿 (2.86忆元), 无 for 元 (1860无), 尸 for 户 (1286尸), 入 for 人 (3520入).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([^⟧]*)⟧")
UNITS = [("个百分点", "percentage_point"), ("元", "CNY"), ("%", "percent"), ("人次", "person_time"),
         ("户", "household"), ("人", "person"), ("亩", "mu"), ("吨", "ton"), ("家", "enterprise"), ("头", "head"),
         ("无", "CNY"), ("尸", "household"), ("入", "person")]

A = """https://www.pjx.gov.cn/zwgk/xxgkml/jcxxgk/tzgg/202402/P020240219_pingjiang_xianjie.pdf
平江县2023年度财政衔接推进乡村振兴补助资金绩效自评报告
一、资金基本情况
2023年，平江县共统筹财政衔接推进乡村振兴补助资金⟦3.62亿元⟧，其中中央资金⟦2.18亿元⟧、省级资金⟦1.06亿元⟧、市县资金⟦0.38亿元⟧。截至2023年12月31日，已支出资金⟦3.41亿元⟧，资金支出率为⟦94.2%⟧。
二、项目实施情况
全县共安排衔接资金项目⟦一百二十六个|project||=126⟧，其中产业发展类项目⟦68个|project⟧，基础设施类项目⟦43个|project⟧，就业帮扶及其他项目⟦15个|project⟧。已完工项目⟦118个|project⟧，项目完工率为⟦95.6%⟧。产业发展类项目安排资金⟦2.07亿元⟧，占衔接资金总额的⟦57.2%⟧。
三、产业发展成效
全县发展油茶⟦36.8万亩⟧、茶叶⟦12.6万亩⟧、黄金梨⟦2.1万亩⟧，建成产业帮扶基地⟦86个|other:基地⟧。三市镇建设酱干加工车间⟦6个|other:车间|三市镇;平江县⟧，带动脱贫户⟦412户|household|三市镇;平江县⟧；加义镇发展油茶⟦3.2万亩|mu|加义镇;平江县⟧，带动脱贫户⟦586户|household|加义镇;平江县⟧；长寿镇发展黄金梨⟦0.8万亩|mu|长寿镇;平江县⟧，带动脱贫户⟦264户|household|长寿镇;平江县⟧。⟦三个|other:镇|三市镇;加义镇;长寿镇;平江县|=3⟧镇共带动脱贫户⟦1262户|household|三市镇;加义镇;长寿镇;平江县⟧。
四、就业帮扶成效
全县脱贫人口务工就业⟦6.86万人⟧，完成省定目标任务⟦6.5万人⟧的⟦105.5%⟧；开发乡村公益性岗位⟦三千二百个|other:岗位||=3200⟧，支付岗位补贴⟦2304万元⟧，人均每月⟦600元⟧。
五、防返贫监测
全县纳入防止返贫监测对象⟦1862户⟧⟦6135人⟧，已消除风险⟦1363户⟧，风险消除率为⟦73.2%⟧。2023年全县脱贫人口人均纯收入⟦14326元⟧，较上年增加⟦1586元⟧，增长⟦12.4%⟧。
六、绩效自评结论
经综合评价，平江县2023年度衔接资金绩效自评得分⟦96分|other:分⟧，等级为优。下一步，平江县将加快资金支出进度，加强项目后续管护，提升资金使用效益。
"""

B = """https://www.huili.gov.cn/xwzx/bmdt/202401/t20240112_shiliu.html
会理市2023年石榴产业帮扶工作综述
2023年，会理市坚持把石榴产业作为巩固拓展脱贫攻坚成果、推进乡村振兴的主导产业，全市石榴种植面积⟦40.6万亩⟧，年产量⟦91.2万吨⟧，综合产值⟦86.5亿元⟧，带动脱贫户⟦2.36万户⟧户均增收⟦8600元⟧。
‹全年统筹衔接资金⟦1.86亿元⟧用于石榴产业，其中中央资金⟦1.12亿元⟧、省级资金⟦0.52亿元⟧、本级资金⟦0.22亿元⟧。实施石榴品种改良⟦5.6万亩⟧，建成水肥一体化基地⟦3.2万亩⟧，占改良面积的⟦57.1%⟧。›
鹿厂镇建成石榴分拣中心⟦3个|other:中心|鹿厂镇;会理市⟧，带动脱贫户⟦1260户|household|鹿厂镇;会理市⟧；彰冠镇建成冷链仓储⟦1.2万吨|ton|彰冠镇;会理市⟧，带动脱贫户⟦860户|household|彰冠镇;会理市⟧；绿水镇发展电商销售⟦3.6万吨|ton|绿水镇;会理市⟧，带动脱贫户⟦740户|household|绿水镇;会理市⟧。
电商销售方面，全市培育石榴电商主体⟦426家⟧，全年线上销售石榴⟦18.6万吨⟧，占总产量的⟦20.4%⟧，线上销售额⟦12.8亿元⟧，同比增长⟦23.1%⟧。
就业帮扶方面，石榴产业吸纳脱贫劳动力就业⟦1.28万人⟧，其中季节性务工⟦0.96万人⟧、常年务工⟦0.32万人⟧，发放务工工资⟦3.62亿元⟧。
下一步，会理市将加快石榴品种改良和品牌建设，力争到2025年石榴综合产值突破⟦100亿元⟧。
"""

C = """https://www.ningdu.gov.cn/ndxxgk/c100419/202312/t20231218_gonggu.html
宁都县2023年巩固拓展脱贫攻坚成果工作情况
宁都县是原国家扶贫开发重点县，2023年全县脱贫户⟦3.26万户⟧⟦13.86万人⟧，脱贫人口人均纯收入⟦15236元⟧，同比增长⟦11.6%⟧。
‹全年统筹财政衔接推进乡村振兴补助资金⟦4.26亿元⟧，实施项目⟦312个|project⟧，其中产业发展项目⟦186个|project⟧，占项目总数的⟦61.6%⟧，安排产业资金⟦2.68亿元⟧。›
‹全县发展脐橙⟦12.6万亩⟧、白莲⟦8.2万亩⟧、肉鸽⟦1860万羽|other:羽⟧，建成产业基地⟦268个|other:基地⟧，带动脱贫户⟦2.12万户⟧。›
长胜镇建设白莲加工车间⟦4个|other:车间|长胜镇;宁都县⟧，带动脱贫户⟦362户|household|长胜镇;宁都县⟧；黄陂镇发展肉鸽养殖⟦320万羽|other:羽|黄陂镇;宁都县⟧，带动脱贫户⟦218户|household|黄陂镇;宁都县⟧。
就业帮扶方面，全县脱贫劳动力务工就业⟦7.62万人⟧，其中县外务工⟦5.36万人⟧，县内务工⟦2.26万人⟧；开发乡村公益性岗位⟦4860个|other:岗位⟧。
防返贫监测方面，全县纳入监测对象⟦2326户⟧⟦8615人⟧，已消除风险⟦1766户⟧，占监测户数的⟦75.9%⟧。
下一步，宁都县将持续巩固“两不愁三保障”成果，守牢不发生规模性返贫底线。
"""

D = """http://www.shiqian.gov.cn/xxgk/zfxxgk/fdzdgknr/ghjh/202401/P020240115_chanye.pdf
石阡县2023年茶产业发展工作总结
‹一、基本情况›
‹全县茶园面积稳定在⟦37.5万亩⟧，投产茶园⟦30.2万亩⟧。›2023年全县茶叶产量⟦4.86万吨⟧，产值⟦62.4亿元⟧，同比增长⟦9.8%⟧。全县有茶叶加工企业⟦286家⟧，其中国家级龙头企业⟦2家⟧、省级龙头企业⟦18家⟧。
‹二、主要成效›
‹（一）投入资金⟦2.36亿元⟧支持茶产业发展。›其中衔接资金⟦1.42亿元⟧，东西部协作资金⟦0.56亿元⟧，整合其他涉农资金⟦0.38亿元⟧，重点用于低产茶园改造、加工厂提升和品牌宣传。
‹（二）带动脱贫户⟦1.28万户⟧增收。›茶产业带动脱贫人口⟦4.62万人⟧，户均增收⟦6800元⟧。龙塘镇建成茶叶加工厂⟦12个|other:加工厂|龙塘镇;石阡县⟧，带动脱贫户⟦1860户|household|龙塘镇;石阡县⟧；聚凤仡佬族侗族乡发展抹茶⟦1.6万亩|mu|聚凤仡佬族侗族乡;石阡县⟧，带动脱贫户⟦1236户|household|聚凤仡佬族侗族乡;石阡县⟧。
‹（三）茶叶出口⟦3260吨⟧。›出口额⟦1.86亿元⟧，出口量占全县茶叶产量的⟦6.7%⟧。
‹三、下一步工作›
持续推进低产茶园改造，到2025年全县茶叶综合产值达到⟦80亿元⟧。
"""

E = """https://www.lintan.gov.cn/art/2024/1/22/art_9716_1268.html
临潭县2023年衔接资金项目实施情况报告
## 一、资金安排
2023年，临潭县共下达财政衔接推进乡村振兴补助资金**⟦2.86亿元⟧**，实施项目**⟦148个|project⟧**，其中：
- 中央资金⟦1.96亿元⟧
- 省级资金⟦0.62亿元⟧
- 州县资金⟦0.28亿元⟧
截至12月底，已支出资金**⟦2.69亿元⟧**，支出进度**⟦94.1%⟧**。
## 二、重点乡镇项目情况
| 乡镇 | 项目数（个） | 资金（万元） | 带动户数（户） |
|:---|---:|---:|---:|
| 城关镇 | ⟦18|project|城关镇;临潭县⟧ | ⟦2,360.5|CNY|城关镇;临潭县|=23605000⟧ | ⟦1,126|household|城关镇;临潭县⟧ |
| 新城镇 | ⟦15|project|新城镇;临潭县⟧ | ⟦1,862.4|CNY|新城镇;临潭县|=18624000⟧ | ⟦968|household|新城镇;临潭县⟧ |
| 冶力关镇 | ⟦12|project|冶力关镇;临潭县⟧ | ⟦1,536.8|CNY|冶力关镇;临潭县|=15368000⟧ | ⟦742|household|冶力关镇;临潭县⟧ |
| 羊永镇 | ⟦9|project|羊永镇;临潭县⟧ | ⟦986.3|CNY|羊永镇;临潭县|=9863000⟧ | ⟦516|household|羊永镇;临潭县⟧ |
| **合计** | **⟦54|project|城关镇;新城镇;冶力关镇;羊永镇;临潭县⟧** | **⟦6,946.0|CNY|城关镇;新城镇;冶力关镇;羊永镇;临潭县|=69460000⟧** | **⟦3,352|household|城关镇;新城镇;冶力关镇;羊永镇;临潭县⟧** |
## 三、产业发展
全县发展牦牛⟦12.6万头⟧、藏羊⟦28.4万只|head⟧，种植中药材⟦6.8万亩⟧。冶力关镇发展乡村旅游，全年接待游客⟦86.2万人次|person_time|冶力关镇;临潭县⟧，实现旅游综合收入**⟦4.32亿元|CNY|冶力关镇;临潭县⟧**。
## 四、防返贫监测
全县纳入监测对象⟦1426户⟧⟦5862人⟧，已消除风险⟦1068户⟧，风险消除率**⟦74.9%⟧**。
"""

F = """http://www.wuchuan.gov.cn/zwgk/zfxxgk/fdzdgknr/202402/scan_malingshu.html
武川县2023年马铃薯产业帮扶工作报告
2023年，武川县马铃薯种植面积⟦52.6万亩⟧，总产量⟦126.8万吨⟧，马铃薯全产业链产值⟦2.86忆元|CNY||=286000000⟧……（扫描件，下同）。
一、资金投入。全年投入衔接资金⟦1.92忆元|CNY||=192000000⟧支持马铃薯产业，其中种薯繁育⟦0.86忆元|CNY||=86000000⟧，仓储设施⟦0.62忆元|CNY||=62000000⟧，加工提升⟦0.44忆元|CNY||=44000000⟧。
二、带动情况。马铃薯产业带动脱贫户⟦1286尸|household||=1286⟧⟦3520入|person||=3520⟧，户均增收⟦1860无|CNY||=1860⟧。可可以力更镇建成种薯繁育基地⟦2.6万亩|mu|可可以力更镇;武川县⟧，带动脱贫户⟦468尸|household|可可以力更镇;武川县|=468⟧；哈乐镇建成马铃薯储窖⟦126座|other:座|哈乐镇;武川县⟧，带动脱贫户⟦312户|household|哈乐镇;武川县⟧。
三、就业帮扶。马铃薯加工企业吸纳脱贫劳动力就业⟦862入|person||=862⟧，人均月工资⟦3200无|CNY||=3200⟧。
四、防返贫监测。全县纳入监测对象⟦642户⟧，已消除风险⟦486户⟧，风险消除率⟦75.7%⟧。
"""

PAGES = {
    "a_pingjiang_fund_selfeval_2023_kangxi": A,
    "b_huili_pomegranate_2023_para_mojibake": B,
    "c_ningdu_consolidation_2023_mixed_gbk": C,
    "d_shiqian_tea_2023_fake_bold": D,
    "e_lintan_fund_projects_2023_markdown": E,
    "f_wuchuan_potato_2023_ocr_units": F,
}
REGION = {"a": "平江县", "b": "会理市", "c": "宁都县", "d": "石阡县", "e": "临潭县", "f": "武川县"}
ENCODING = {"c": "utf8_gbk_mixed"}  # the codec build_gold.py registers for c (utf-8 lines, gbk lines)

# ---------------------------------------------------------------- the damage, each with its alignment
KANGXI_SUPPLEMENT = {"长": "\u2ed3", "门": "\u2ed4", "车": "\u2ecb", "见": "\u2ec5", "马": "\u2ee2",
                     "户": "\u2f3e"}  # ⼾ (KANGXI RADICAL DOOR) folds to 戶 under NFKC, never to 户
COMPAT = {"率": "\uf961", "六": "\uf9d1"}


def _kangxi_map() -> dict[str, str]:
    out = {}
    for cp in range(0x2F00, 0x2FD6):
        ch = chr(cp)
        norm = unicodedata.normalize("NFKC", ch)
        if norm in "一二人入八十力工口大子小山方日月比水用田目生立米行金面高心支户文车门见长女":
            out[norm] = ch
    out.update(KANGXI_SUPPLEMENT)
    return out


def kangxi(clean: str):
    """Each character the font maps to a radical or compatibility code point printed as that code point; the
    first 率 and 六 of every paragraph as their compatibility ideographs (the font's second glyph)."""
    table = _kangxi_map()
    out = []
    for ch in clean:
        out.append(COMPAT.get(ch) or table.get(ch, ch))
    return "".join(out), [(i, i + 1) for i in range(len(clean))]


def _misread_1252(s: str) -> str:
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in s.encode("utf-8"))


def para_mojibake(clean: str):
    """The marked stretch (‹…›) UTF-8 read as Windows-1252 (undefined bytes kept as C1 controls), the rest clean."""
    out, spans, inside = "", [], False
    for ch in clean:
        if ch in "‹›":
            inside = ch == "‹"
            spans.append((len(out), len(out)))
            continue
        piece = _misread_1252(ch) if inside else ch
        spans.append((len(out), len(out) + len(piece)))
        out += piece
    return out, spans


def doubled(clean: str):
    """The marked stretches (‹…›) in fake bold: each character printed twice."""
    out, spans, inside = "", [], False
    for ch in clean:
        if ch in "‹›":
            inside = ch == "‹"
            spans.append((len(out), len(out)))
            continue
        piece = ch * 2 if inside and ch != "\n" else ch
        spans.append((len(out), len(out) + len(piece)))
        out += piece
    return out, spans


def plain(clean: str):
    out, spans = "", []
    for ch in clean:
        if ch in "‹›":
            spans.append((len(out), len(out)))
            continue
        spans.append((len(out), len(out) + 1))
        out += ch
    return out, spans


DAMAGE = {"a": kangxi, "b": para_mojibake, "c": plain, "d": doubled, "e": plain, "f": plain}


def unmark(text: str):
    """(clean text, [(start, end, raw, unit, region, value or None)]) of a marked text."""
    out, marks, pos, n = [], [], 0, 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        n += m.start() - pos
        parts = m.group(1).split("|")
        raw = parts[0]
        unit = parts[1] if len(parts) > 1 and parts[1] else next(
            u for s, u in sorted(UNITS, key=lambda x: -len(x[0])) if raw.endswith(s))
        region = parts[2] if len(parts) > 2 else ""
        val = parts[3][1:] if len(parts) > 3 else None
        marks.append((n, n + len(raw), raw, unit, region, val))
        out.append(raw)
        n += len(raw)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), marks


def page(name: str):
    """(page text, printed figures [(printed raw, clean raw, unit, region, value or None)]) of one page."""
    key = name[0]
    src = PAGES[name]
    head_end = src.index("\n", src.index("\n") + 1) + 1
    head, body = src[:head_end], src[head_end:]
    clean, marks = unmark(body)
    damaged, spans = DAMAGE[key](clean)
    figures = []
    for s, e, raw, unit, region, val in marks:
        printed = damaged[spans[s][0]:spans[e - 1][1]]
        figures.append((printed, raw, unit, region or REGION[key], val))
    return head + damaged, figures


def page_bytes(name: str) -> bytes:
    """The file's bytes: UTF-8, except c, whose marked paragraphs are GBK."""
    text, _ = page(name)
    if name[0] != "c":
        return text.encode("utf-8")
    src = PAGES[name]
    out = b""
    for line in src.splitlines(keepends=True):
        clean = MARK.sub(lambda m: m.group(1).split("|")[0], line)
        if clean.startswith("‹"):
            out += clean.replace("‹", "").replace("›", "").encode("gbk")
        else:
            out += clean.encode("utf-8")
    return out


def write() -> None:
    for name in PAGES:
        (HERE / f"{name}.txt").write_bytes(page_bytes(name))


if __name__ == "__main__":
    write()
