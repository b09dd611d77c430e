"""Gold of tests/data/unseen_s (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt)."""
import csv, itertools, re, sys
from pathlib import Path

HERE = Path(__file__).parent
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
CN = {"三千二百余名": 3200, "五千元以上": 5000, "不到两千块钱": 2000, "一万多块": 10000, "四分之三": 75,
      "八成以上": 80, "两成": 20, "近三成": 30, "不足四成": 40, "四成以上": 40, "两级": 2, "四级": 4}


def value(raw, scale=1.0):
    if raw in CN:
        return CN[raw]
    s = raw.translate(FW)
    m = re.search(r"(\d+(?:\.\d+)?)", s)
    v = float(m.group(1))
    rest = s[m.end():]
    rest = re.sub(r"^[—\-至~]\d+(?:\.\d+)?", "", rest)  # a range keeps its lower bound
    rest = re.sub(r"^(余|多)", "", rest)
    if rest.startswith(("万", "萬")):
        v *= 1e4
    elif rest.startswith(("亿", "億")):
        v *= 1e8
    return v * scale


def quantities(name, default, spec):
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    body_start = text.index("\n", text.index("\n") + 1) + 1
    pos, rows = body_start, []
    for line in spec.strip().splitlines():
        parts = line.split("|")
        raw, unit = parts[0], parts[1]
        region = parts[2] if len(parts) > 2 and parts[2] else default
        scale = 1e4 if unit == "CNY*1e4" else 1.0
        unit = "CNY" if unit == "CNY*1e4" else unit
        at = text.find(raw, pos)
        if at < 0:
            sys.exit(f"{name}: raw {raw!r} not found after {pos}")
        pos = at + len(raw)
        rows.append((raw, f"{value(raw, scale):.10g}", unit, region))
    with (HERE / f"{name}.regions.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["raw", "value", "unit", "region"])
        w.writerows(rows)
    return rows


# --- relations (same helper as tests/data/unseen_rel/build_gold.py) ------------------------------------
def fig(s):
    m = re.match(r"([\d.]+)(万|亿)?(.*)", s)
    num, mul, unit = m.group(1), m.group(2), m.group(3)
    dec = len(num.split(".")[1]) if "." in num else 0
    k = {"万": 1e4, "亿": 1e8, None: 1}[mul]
    v = float(num) * k
    if "%" in unit or "百分点" in unit:
        return v, 0.5 * 10 ** -dec
    if mul or dec:
        return v, 0.5 * 10 ** -dec * k
    if unit.startswith("元"):
        return v, 0.5
    return v, 0.0


def interval(expr, comps):
    vals = [fig(c) for c in comps]
    outs = [eval(expr, {}, dict(zip("abcdefgh", corner)))
            for corner in itertools.product(*[(v - h, v + h) for v, h in vals])]
    mid = eval(expr, {}, dict(zip("abcdefgh", [v for v, _ in vals])))
    return min(outs), max(outs), mid


ROWS = {}


def R(art, kind, region, period, raw, expr, comps, text, note="", verdict=None, reported=None, half=0.0, pct=False):
    ROWS.setdefault(art, [])
    rv, rh = fig(raw) if reported is None else (reported, half)
    if expr is None:
        ROWS[art].append(dict(kind=kind, region=region, period=period, reported_raw=raw, reported_value=f"{rv:.10g}",
                              components=text, computed_value="", verdict="cannot_compute", note=note))
        return
    lo, hi, mid = interval(expr, comps)
    scale = 100 if kind in ("rate", "share", "growth") and ("%" in raw or pct) else 1
    lo, hi, mid = lo * scale, hi * scale, mid * scale
    ok = not (hi < rv - rh - 1e-9 or lo > rv + rh + 1e-9)
    got = "match" if ok else "mismatch"
    if verdict and verdict != got:
        sys.exit(f"VERDICT DIFFERS {art} {raw} {text} {lo} {hi} {mid}")
    ROWS[art].append(dict(kind=kind, region=region, period=period, reported_raw=raw, reported_value=f"{rv:.10g}",
                          components=text, computed_value=f"{mid:.4g}", verdict=got, note=note))


# ======================================================================================================
A = "a_dingxi_linkage_fund_audit_2024"; X = "定西市"; C4 = "安定区;通渭县;陇西县;渭源县;定西市"
quantities(A, X, f"""
4个|other:县区|{C4}
38个|other:乡镇|{C4}
126个|village|{C4}
28.65亿元|CNY
19.42亿元|CNY
6.87亿元|CNY
两级|other:level
2.36亿元|CNY
4个|other:县区|{C4}
15.83亿元|CNY|{C4}
55.3%|percent|{C4}
4个|other:县区|{C4}
14.27亿元|CNY|{C4}
90.1%|percent|{C4}
1236个|project|{C4}
1158个|project|{C4}
93.7%|percent|{C4}
41260|CNY*1e4|安定区
37514|CNY*1e4|安定区
90.9%|percent|安定区
45870|CNY*1e4|通渭县
40986|CNY*1e4|通渭县
89.4%|percent|通渭县
37650|CNY*1e4|陇西县
34628|CNY*1e4|陇西县
92.0%|percent|陇西县
33520|CNY*1e4|渭源县
29572|CNY*1e4|渭源县
88.2%|percent|渭源县
158300|CNY*1e4|{C4}
142700|CNY*1e4|{C4}
90.1%|percent|{C4}
3个|other:县区
1862.5万元|CNY
1026.3万元|CNY|通渭县
548.7万元|CNY|渭源县
287.5万元|CNY|安定区
4个|other:县区|{C4}
3.26亿元|CNY|{C4}
9870万元|CNY|{C4}
30.3%|percent|{C4}
2个|other:县区
43户|household
37.6万元|CNY
8744元|CNY
18名|person
6.48万元|CNY
126个|project
17个|project
9个|project
2350.8万元|CNY
5.12亿元|CNY
2个|other:县区
217户|household
1085万元|CNY
5万元|CNY
3—5万元|CNY|陇西县
6件|other:线索
62个|other:问题
54个|other:问题
87.1%|percent
4.87亿元|CNY
4.12亿元|CNY
84.6%|percent
44.08万元|CNY
2.87亿元|CNY
88.0%|percent
5.12亿元|CNY
23项|item
41人|person
""")
R(A, "sum", X, "2023", "28.65亿元", "a+b+c", ["19.42亿", "6.87亿", "2.36亿"], "中央19.42亿元 + 省级6.87亿元 + 市县2.36亿元", "其中 by source")
R(A, "share", C4, "2023", "55.3%", "a/b", ["15.83亿", "28.65亿"], "抽查4个县区15.83亿元 / 全市28.65亿元")
R(A, "rate", C4, "2023", "90.1%", "a/b", ["14.27亿", "15.83亿"], "已支出14.27亿元 / 15.83亿元", "支出进度 (also the 合计 row: 142700 / 158300)")
R(A, "rate", C4, "2023", "93.7%", "a/b", ["1158", "1236"], "完工1158个 / 实施1236个", "完工率")
for cty, f, s, r in (("安定区", "41260", "37514", "90.9%"), ("通渭县", "45870", "40986", "89.4%"),
                     ("陇西县", "37650", "34628", "92.0%"), ("渭源县", "33520", "29572", "88.2%")):
    R(A, "rate", cty, "2023", r, "a/b", [s + "万", f + "万"], f"{cty}已支出{s} / 衔接资金{f} (万元)", "table row 支出进度")
R(A, "sum", C4, "2023", "158300", "a+b+c+d", ["41260万", "45870万", "37650万", "33520万"], "41260 + 45870 + 37650 + 33520 (万元)", "table 合计 衔接资金; equals the 15.83亿元 of the text", reported=158300e4)
R(A, "sum", C4, "2023", "142700", "a+b+c+d", ["37514万", "40986万", "34628万", "29572万"], "37514 + 40986 + 34628 + 29572 (万元)", "table 合计 已支出", reported=142700e4)
R(A, "sum", X, "2023", "1862.5万元", "a+b+c", ["1026.3万", "548.7万", "287.5万"], "通渭县1026.3万元 + 渭源县548.7万元 + 安定区287.5万元", "其中 by county")
R(A, "share", C4, "2023", "30.3%", "a/b", ["9870万", "3.26亿"], "闲置超过1年9870万元 / 闲置3.26亿元")
R(A, "per_unit", X, "2023", "8744元", "a/b", ["37.6万", "43"], "37.6万元 / 43户", "户均")
R(A, "per_unit", X, "2023", "5万元", "a/b", ["1085万", "217"], "1085万元 / 217户", "户均")
R(A, "rate", X, "2024-06", "87.1%", "a/b", ["54", "62"], "整改到位54个 / 问题62个", "问题整改率")
R(A, "rate", X, "2024-06", "84.6%", "a/b", ["4.12亿", "4.87亿"], "已整改4.12亿元 / 问题金额4.87亿元", "金额整改率")
R(A, "sum", X, "2024-06", "44.08万元", "a+b", ["37.6万", "6.48万"], "冒领37.6万元 + 公益性岗位补贴6.48万元", "已追回 = the two amounts named earlier")
R(A, "share", C4, "2024-06", "88.0%", "a/b", ["2.87亿", "3.26亿"], "盘活2.87亿元 / 闲置3.26亿元")


# ======================================================================================================
B = "b_kyzq_poverty_fund_budget_2018"; X = "科尔沁右翼中旗"
quantities(B, X, """
3.62亿元|CNY
5.48亿元|CNY
1.86亿元|CNY
2.86亿元|CNY
1.75亿元|CNY
0.31亿元|CNY
0.56亿元|CNY
52.2%|percent
0.74亿元|CNY
6.22亿元|CNY
5.71亿元|CNY
91.8%|percent
6.5个百分点|percentage_point
4.63亿元|CNY
25.3%|percent
37.56亿元|CNY
15.2%|percent
0.51亿元|CNY
0.12亿元|CNY
31250|CNY*1e4
28796|CNY*1e4
92.1|percent
17840|CNY*1e4
16412|CNY*1e4
92.0|percent
4860|CNY*1e4
4237|CNY*1e4
87.2|percent
2350|CNY*1e4
2298|CNY*1e4
97.8|percent
3620|CNY*1e4
3518|CNY*1e4
97.2|percent
2280|CNY*1e4
1839|CNY*1e4
80.7|percent
62200|CNY*1e4
57100|CNY*1e4
91.8|percent
2.88亿元|CNY
50.4%|percent
1.36万户|household
1.27万人|person
42个|village
9.86%|percent
3.12%|percent
6.74个百分点|percentage_point
1158.6万元|CNY
3862人|person
3000元|CNY
3.24亿元|CNY
3518万元|CNY
6480户|household
5万元|CNY
12个|other:township|巴彦呼舒镇;代钦塔拉苏木;科尔沁右翼中旗
4.15亿元|CNY
14.6%|percent
95%以上|percent
""")
R(B, "difference", X, "2018", "1.86亿元", "a-b", ["5.48亿", "3.62亿"], "调整预算5.48亿元 − 年初预算3.62亿元")
R(B, "sum", X, "2018", "5.48亿元", "a+b+c+d", ["2.86亿", "1.75亿", "0.31亿", "0.56亿"], "中央2.86亿元 + 自治区1.75亿元 + 盟级0.31亿元 + 旗本级0.56亿元", "by source")
R(B, "share", X, "2018", "52.2%", "a/b", ["2.86亿", "5.48亿"], "中央2.86亿元 / 调整预算5.48亿元")
R(B, "sum", X, "2018", "6.22亿元", "a+b", ["5.48亿", "0.74亿"], "调整预算5.48亿元 + 上年结转0.74亿元", "可用资金")
R(B, "rate", X, "2018", "91.8%", "a/b", ["5.71亿", "6.22亿"], "支出5.71亿元 / 可用资金6.22亿元", "执行率 (also the 合计 row 57100 / 62200)")
R(B, "difference", X, "2017..2018", "6.5个百分点", None, [], "91.8% − 上年执行率 (not printed)", "implies 85.3%")
R(B, "growth", X, "2018 vs 2017", "25.3%", "a/b-1", ["5.71亿", "4.63亿"], "5.71亿元 / 上年4.63亿元 − 1", "deliberate error: 23.3%", verdict="mismatch")
R(B, "share", X, "2018", "15.2%", "a/b", ["5.71亿", "37.56亿"], "支出5.71亿元 / 一般公共预算支出37.56亿元")
R(B, "difference", X, "2018", "0.51亿元", "a-b", ["6.22亿", "5.71亿"], "可用6.22亿元 − 支出5.71亿元", "结转下年")
for name, f, s, r in (("产业发展", "31250", "28796", "92.1"), ("基础设施建设", "17840", "16412", "92.0"),
                      ("易地扶贫搬迁后续扶持", "4860", "4237", "87.2"), ("教育培训", "2350", "2298", "97.8"),
                      ("金融扶贫贴息", "3620", "3518", "97.2"), ("其他", "2280", "1839", "80.7"), ("合计", "62200", "57100", "91.8")):
    R(B, "rate", X, "2018", r, "a/b", [s + "万", f + "万"], f"{name}支出{s} / 可用{f} (万元)", "table row 执行率 (printed bare, percent)", pct=True)
R(B, "sum", X, "2018", "62200", "a+b+c+d+e+f", ["31250万", "17840万", "4860万", "2350万", "3620万", "2280万"], "31250 + 17840 + 4860 + 2350 + 3620 + 2280 (万元)", "table 合计 可用资金", reported=62200e4)
R(B, "sum", X, "2018", "57100", "a+b+c+d+e+f", ["28796万", "16412万", "4237万", "2298万", "3518万", "1839万"], "28796 + 16412 + 4237 + 2298 + 3518 + 1839 (万元)", "table 合计 支出数", reported=57100e4)
R(B, "share", X, "2018", "50.4%", "a/b", ["2.88亿", "5.71亿"], "产业发展2.88亿元 / 全部支出5.71亿元")
R(B, "difference", X, "2017..2018", "6.74个百分点", "a-b", ["9.86%", "3.12%"], "9.86% − 3.12%", "下降 in points")
R(B, "per_unit", X, "2018", "3000元", "a/b", ["1158.6万", "3862"], "1158.6万元 / 3862人", "每人")
R(B, "per_unit", X, "2018", "5万元", "a/b", ["3.24亿", "6480"], "3.24亿元 / 6480户", "户均贷款")
R(B, "growth", X, "2019 vs 2018", "14.6%", "a/b-1", ["4.15亿", "3.62亿"], "4.15亿元 / 上年年初预算3.62亿元 − 1", "base is the year-start budget, not the adjusted one")


# ======================================================================================================
C = "c_qiandongnan_rural_income_monitoring_2016"; X = "黔东南苗族侗族自治州;黔东南州"
quantities(C, X, """
16个|other:county
1480户|household
7818元|CNY
757元|CNY
10.7%|percent
0.3个百分点|percentage_point
8090元|CNY|贵州省
96.6%|percent
272元|CNY
7818|CNY
7061|CNY
10.7|percent
100.0|percent
2986|CNY
2652|CNY
12.6|percent
38.2|percent
2479|CNY
2298|CNY
7.9|percent
31.7|percent
86|CNY
75|CNY
14.7|percent
1.1|percent
2267|CNY
2036|CNY
11.3|percent
29.0|percent
334元|CNY
44.1%|percent
231元|CNY
7126元|CNY
9.2%|percent
2544元|CNY
35.7%|percent
37.2%|percent
1.7个百分点|percentage_point
1569元|CNY
22.0%|percent
842元|CNY
13.5%|percent
43.25万人|person
14.63万人|person
25.3%|percent
15.21%|percent
11.37%|percent
3.84个百分点|percentage_point
312个|village
11.2%|percent|雷山县
11.0%|percent|从江县
10.9%|percent|台江县
10216元|CNY|凯里市
""")
R(C, "growth", X, "2016 vs 2015", "10.7%", "a/(b-a)", ["757元", "7818元"], "增加757元 / (7818元 − 757元)", "growth from the increase (the table prints 2015 7061元)")
R(C, "difference", X, "2016", "0.3个百分点", None, [], "10.7% − 全省增速 (not printed)", "implies 全省 10.4%")
R(C, "share", X, "2016", "96.6%", "a/b", ["7818元", "8090元"], "全州7818元 / 全省8090元")
R(C, "difference", X, "2016", "272元", "a-b", ["8090元", "7818元"], "全省8090元 − 全州7818元")
for name, y16, y15, g, sh in (("工资性收入", "2986", "2652", "12.6", "38.2"), ("经营净收入", "2479", "2298", "7.9", "31.7"),
                              ("财产净收入", "86", "75", "14.7", "1.1"), ("转移净收入", "2267", "2036", "11.3", "29.0"),
                              ("人均可支配收入", "7818", "7061", "10.7", None)):
    R(C, "growth", X, "2016 vs 2015", g, "a/b-1", [y16 + "元", y15 + "元"], f"{name}{y16}元 / 2015年{y15}元 − 1", "table row 增长 (printed bare, percent)", pct=True)
    if sh:
        R(C, "share", X, "2016", sh, "a/b", [y16 + "元", "7818元"], f"{name}{y16}元 / 人均可支配收入7818元", "table row 占比 (printed bare, percent)", pct=True)
R(C, "sum", X, "2016", "7818", "a+b+c+d", ["2986", "2479", "86", "2267"], "2986 + 2479 + 86 + 2267 (元)", "table: the four sources make the total")
R(C, "sum", X, "2015", "7061", "a+b+c+d", ["2652", "2298", "75", "2036"], "2652 + 2298 + 75 + 2036 (元)", "table, 2015 column")
R(C, "sum", X, "2016", "100.0", "a+b+c+d", ["38.2%", "31.7%", "1.1%", "29.0%"], "38.2 + 31.7 + 1.1 + 29.0 (%)", "table 占比 column adds to 100.0")
R(C, "difference", X, "2016", "334元", "a-b", ["2986元", "2652元"], "工资性收入2986元 − 2015年2652元", "增加")
R(C, "share", X, "2016", "44.1%", "a/b", ["334元", "757元"], "工资性收入增加334元 / 总增加757元", "贡献率")
R(C, "difference", X, "2016", "231元", "a-b", ["2267元", "2036元"], "转移净收入2267元 − 2015年2036元", "增加")
R(C, "growth", X, "2016", "9.2%", None, [], "7126元 / 上年消费支出 (not printed) − 1", "implies 上年 about 6526元")
R(C, "share", X, "2016", "35.7%", "a/b", ["2544元", "7126元"], "食品烟酒2544元 / 消费支出7126元", "恩格尔系数")
R(C, "difference", X, "2015..2016", "1.7个百分点", "a-b", ["37.2%", "35.7%"], "上年37.2% − 35.7%", "deliberate error: 1.5 points", verdict="mismatch")
R(C, "share", X, "2016", "22.0%", "a/b", ["1569元", "7126元"], "居住1569元 / 消费支出7126元")
R(C, "growth", X, "2016", "13.5%", None, [], "842元 / 上年教育文化娱乐支出 (not printed) − 1", "implies 上年 about 742元")
R(C, "growth", X, "2016", "25.3%", "a/(a+b)", ["14.63万", "43.25万"], "减少14.63万人 / (43.25万人 + 14.63万人)", "a fall, on the earlier level")
R(C, "rate", X, "2016", "11.37%", None, [], "贫困人口43.25万人 / 农村人口 (not printed)", "implies about 380.4万人")
R(C, "rate", X, "2015", "15.21%", None, [], "上年贫困人口(43.25万+14.63万) / 农村人口 (not printed)", "implies about 380.5万人")
R(C, "difference", X, "2015..2016", "3.84个百分点", "a-b", ["15.21%", "11.37%"], "15.21% − 11.37%")


# ======================================================================================================
D = "d_liangshan_npc_industry_survey_2018"; X = "凉山彝族自治州;凉山州"; C4 = "布拖县;金阳县;美姑县;越西县;凉山彝族自治州"
quantities(D, X, f"""
4个|other:county|{C4}
18个|other:乡镇|{C4}
32个|village|{C4}
5862个|other:合作社
2417个|other:合作社
70.2%|percent
2072个|other:合作社
163家|enterprise
4家|enterprise
41家|enterprise
118家|enterprise
9.52万户|household
24.67万户|household
38.6%|percent
600余万亩|mu
3.2万亩|mu|布拖县
4120户|household|布拖县
38.6万亩|mu|金阳县
约2000元|CNY|金阳县
46个|other:养殖小区|美姑县
1.5万亩|mu|越西县
12.38亿元|CNY
39.43亿元|CNY
31.4%|percent
6.22亿元|CNY
2072个|village
30万元|CNY
3—5万元|CNY
8.74亿元|CNY
1273个|village
4.86亿元|CNY
3862万元|CNY
5.74万户|household
673元|CNY
4个|other:county|{C4}
9.18万户|household|{C4}
7.86万户|household|{C4}
88.6%|percent|{C4}
32个|village|{C4}
近三成|percent|{C4}
1860个|other:合作社
31.7%|percent
不足四成|percent
1—2个|other:产业
50%以上|percent
1个以上|project
10个百分点|percentage_point
""")
R(D, "growth", X, "2015..2018-06", "70.2%", "a/(b-a)", ["2417", "5862"], "增加2417个 / (5862个 − 2417个)", "growth from the increase")
R(D, "sum", X, "2018-06", "163家", "a+b+c", ["4", "41", "118"], "国家级4家 + 省级41家 + 州级118家")
R(D, "share", X, "2018-06", "38.6%", "a/b", ["9.52万", "24.67万"], "带动9.52万户 / 贫困户24.67万户")
R(D, "share", X, "2018", "31.4%", "a/b", ["12.38亿", "39.43亿"], "产业扶贫资金12.38亿元 / 专项扶贫资金39.43亿元")
R(D, "per_unit", X, "2018", "30万元", "a/b", ["6.22亿", "2072"], "6.22亿元 / 2072个贫困村", "村均")
R(D, "per_unit", X, "2017", "673元", "a/b", ["3862万", "5.74万"], "分红3862万元 / 5.74万户", "户均分红")
R(D, "rate", C4, "2018", "88.6%", "a/b", ["7.86万", "9.18万"], "利益联结7.86万户 / 贫困户9.18万户", "deliberate error: 85.6%", verdict="mismatch")
R(D, "share", X, "2018", "31.7%", "a/b", ["1860", "5862"], "运行规范1860个 / 合作社5862个")


# ======================================================================================================
E = "e_leye_education_health_policy_2020"; X = "乐业县"
quantities(E, X, """
12486人|person
四级|other:level
143人|person
143人|person
100%|percent
121人|person
9人|person
13人|person
95.6%|percent
1.8个百分点|percentage_point
5862.4万元|CNY
4.13万人次|person_time
1419元|CNY
486.0万元|CNY
2136.8万元|CNY
1835.2万元|CNY
1404.4万元|CNY
1265人|person
1500元|CNY
379.5万元|CNY
2163人|person
1586.3万元|CNY
7334元|CNY
2.68万人|person
4元|CNY
2144万元|CNY
6.27万人|person
6.27万人|person
100%|percent
1567.5万元|CNY
250元|CNY
1.86万人次|person_time
1.70万人次|person_time
91.4%|percent
1.12亿元|CNY
1.01亿元|CNY
90.2%|percent
90%左右|percent
0.72亿元|CNY
0.09亿元|CNY
0.13亿元|CNY
0.07亿元|CNY
96个|other:团队
6.14万人|person
97.9%|percent
4类|other:类
3862人|person
88个|village
156人|person
1.8人|person
四成以上|percent
96%以上|percent
""")
R(E, "rate", X, "2020", "100%", "a/b", ["143", "143"], "劝返143人 / 排查143人", "劝返率")
R(E, "sum", X, "2020", "143人", "a+b+c", ["121", "9", "13"], "随班就读121人 + 送教上门9人 + 职业学校13人")
R(E, "difference", X, "2019..2020", "1.8个百分点", None, [], "95.6% − 上年 (not printed)", "implies 93.8%")
R(E, "per_unit", X, "2020", "1419元", "a/b", ["5862.4万", "4.13万"], "5862.4万元 / 4.13万人次", "人均")
R(E, "sum", X, "2020", "5862.4万元", "a+b+c+d", ["486.0万", "2136.8万", "1835.2万", "1404.4万"], "学前486.0万元 + 义务教育2136.8万元 + 高中1835.2万元 + 中职1404.4万元")
R(E, "per_unit", X, "2020", "1500元", "a/b/2", ["379.5万", "1265"], "379.5万元 / 1265人 / 2学期", "每人每学期")
R(E, "per_unit", X, "2020", "7334元", "a/b", ["1586.3万", "2163"], "1586.3万元 / 2163人", "人均贷款")
R(E, "per_unit", X, "2020", "4元", "a/b/200", ["2144万", "2.68万"], "2144万元 / 2.68万人 / 200天", "每生每天 (按200天计)")
R(E, "rate", X, "2020", "100%", "a/b", ["6.27万", "6.27万"], "参保6.27万人 / 贫困人口6.27万人", "参保率")
R(E, "per_unit", X, "2020", "250元", "a/b", ["1567.5万", "6.27万"], "1567.5万元 / 6.27万人", "人均代缴")
R(E, "share", X, "2020", "91.4%", "a/b", ["1.70万", "1.86万"], "县域内1.70万人次 / 住院1.86万人次", "县域内就诊率")
R(E, "rate", X, "2020", "90.2%", "a/b", ["1.01亿", "1.12亿"], "报销1.01亿元 / 住院总费用1.12亿元", "报销比例")
R(E, "sum", X, "2020", "1.01亿元", "a+b+c+d", ["0.72亿", "0.09亿", "0.13亿", "0.07亿"], "基本医保0.72亿元 + 大病0.09亿元 + 救助0.13亿元 + 兜底0.07亿元")
R(E, "rate", X, "2020", "97.9%", "a/b", ["6.14万", "6.27万"], "签约6.14万人 / 贫困人口6.27万人", "签约率")
R(E, "per_unit", X, "2020", "1.8人", "a/b", ["156", "88"], "乡村医生156人 / 88个行政村", "平均每个村")


# ======================================================================================================
F = "f_lancang_lahu_whole_ethnic_group_2020"; X = "澜沧拉祜族自治县"; V = "蒿枝坝村;竹塘乡;澜沧拉祜族自治县"
quantities(F, X, f"""
49.5万人|person
21.5万人|person
43.4%|percent
20个|other:township
18个|other:township
16.5万人|person
41.5%|percent
１２６．８亿元|CNY
１．６２万户|household
６．８５万人|person
三千二百余名|person|竹塘乡;澜沧拉祜族自治县
164户|household|{V}
123户|household|{V}
四分之三|percent|{V}
五千元以上|CNY|{V}
不到两千块钱|CNY|{V}
一万多块|CNY|{V}
9636元|CNY
2865元|CNY
35.4%|percent
41.5%|percent
0.84%|percent
40.66个百分点|percentage_point
八成以上|percent
9.8万人|person
两成|percent
""")
R(F, "share", X, "2020", "43.4%", "a/b", ["21.5万", "49.5万"], "拉祜族21.5万人 / 总人口49.5万人")
R(F, "rate", X, "2014", "41.5%", None, [], "贫困人口16.5万人 / 农村人口 (not printed)", "implies about 39.8万人")
R(F, "share", V, "2020", "四分之三", "a/b", ["123", "164"], "123户 / 164户", "printed as a fraction", reported=75, pct=True)
R(F, "growth", X, "2015..2019", "35.4%", "(a/b)**(1/4)-1", ["9636元", "2865元"], "(9636元 / 2865元)^(1/4) − 1", "年均 over four years")
R(F, "difference", X, "2014..2019", "40.66个百分点", "a-b", ["41.5%", "0.84%"], "41.5% − 0.84%")
R(F, "growth", X, "2019 vs 2018", "两成", None, [], "9.8万人 / 上年 (not printed) − 1", "implies 上年 about 8.2万人", reported=20)


# ------------------------------------------------------------------------------------------------------
for art, rows in ROWS.items():
    with (HERE / f"{art}.relations.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["relation_id", "kind", "region", "period", "reported_raw", "reported_value", "components",
                    "computed_value", "verdict", "note"])
        for i, r in enumerate(rows, 1):
            w.writerow([f"R{i:02d}"] + [r[k] for k in ("kind", "region", "period", "reported_raw", "reported_value",
                                                        "components", "computed_value", "verdict", "note")])
    print(art, len(rows), "match", sum(r["verdict"] == "match" for r in rows), "mismatch",
          [(r["reported_raw"], r["computed_value"]) for r in rows if r["verdict"] == "mismatch"])
