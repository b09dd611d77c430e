"""Gold of tests/data/unseen_w (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt)."""
import csv, itertools, re, sys
from pathlib import Path

HERE = Path(__file__).parent
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
CN = {"四县": 4}


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
A = "a_nanjing_shangluo_east_west_2022"; X = "商洛市;南京市"; C7 = "商州区;洛南县;丹凤县;商南县;山阳县;镇安县;柞水县;商洛市"
quantities(A, X, f"""
4.62亿元|CNY
8.2%|percent
2.85亿元|CNY
1.77亿元|CNY
7200万元|CNY|商州区;商洛市;南京市
6850万元|CNY|洛南县;商洛市;南京市
6400万元|CNY|丹凤县;商洛市;南京市
6300万元|CNY|商南县;商洛市;南京市
6650万元|CNY|山阳县;商洛市;南京市
6150万元|CNY|镇安县;商洛市;南京市
6650万元|CNY|柞水县;商洛市;南京市
236个|project
221个|project
93.6%|percent
4.38亿元|CNY
94.8%|percent
2.91亿元|CNY
63.0%|percent
1.24亿元|CNY
26.8%|percent
0.47亿元|CNY
10.2%|percent
4.26万人|person
3.35万人|person
48家|enterprise
21.6亿元|CNY
3420人|person
1865人|person
7个|other:区|南京市
7个|other:县区|{C7}
9个|other:industrial_park
63家|enterprise
18.4亿元|CNY
15.6%|percent
2186人|person
52个|workshop
2764人|person
1438人|person
52.0%|percent
3.86万人|person
2.14万人|person
55.4%|percent
1.02万人|person
2.37万人|person
0.47万人|person
46场|other:场
2.8万个|other:岗位
1.25万人次|person_time
8640人|person
69.1%|percent
9.72亿元|CNY
1.36亿元|CNY
16.3%|percent
6.15亿元|CNY
3.57亿元|CNY
1286个|other:产品
23个|other:专馆
42名|person
586名|person
38名|person
412名|person
1078名|person
3120人次|person_time
5460人次|person_time
1380人次|person_time
9860人次|person_time
248家|enterprise
312个|village
3860万元|CNY
28个|village
1.12亿元|CNY
400万元|CNY
126所|school
38家|other:hospital
216名|person
158名|person
4.86万人次|person_time
1260台|other:台
50家以上|enterprise
3.5万人以上|person
""")
R(A, "sum", X, "2022", "4.62亿元", "a+b", ["2.85亿", "1.77亿"], "市级2.85亿元 + 区级1.77亿元")
R(A, "sum", X, "2022", "4.62亿元", "a+b+c+d+e+f+g", ["7200万", "6850万", "6400万", "6300万", "6650万", "6150万", "6650万"],
  "7200万元 + 6850万元 + 6400万元 + 6300万元 + 6650万元 + 6150万元 + 6650万元", "by paired district and county")
R(A, "growth", X, "2022 vs 2021", "8.2%", None, [], "4.62亿元 / 上年 (not printed) − 1", "implies 上年 about 4.27亿元")
R(A, "rate", X, "2022", "93.6%", "a/b", ["221", "236"], "完工221个 / 项目236个", "完工率")
R(A, "rate", X, "2022", "94.8%", "a/b", ["4.38亿", "4.62亿"], "拨付4.38亿元 / 4.62亿元", "拨付率")
R(A, "share", X, "2022", "63.0%", "a/b", ["2.91亿", "4.62亿"], "产业发展2.91亿元 / 4.62亿元")
R(A, "share", X, "2022", "26.8%", "a/b", ["1.24亿", "4.62亿"], "基础设施1.24亿元 / 4.62亿元")
R(A, "share", X, "2022", "10.2%", "a/b", ["0.47亿", "4.62亿"], "劳务协作0.47亿元 / 4.62亿元")
R(A, "sum", X, "2022", "4.62亿元", "a+b+c", ["2.91亿", "1.24亿", "0.47亿"], "2.91亿元 + 1.24亿元 + 0.47亿元", "by use")
R(A, "growth", X, "2022 vs 2021", "15.6%", None, [], "18.4亿元 / 上年 (not printed) − 1", "implies 上年 about 15.9亿元")
R(A, "share", X, "2022", "52.0%", "a/b", ["1438", "2764"], "脱贫人口1438人 / 吸纳就业2764人")
R(A, "share", X, "2022", "55.4%", "a/b", ["2.14万", "3.86万"], "脱贫人口2.14万人 / 3.86万人")
R(A, "sum", X, "2022", "3.86万人", "a+b+c", ["1.02万", "2.37万", "0.47万"], "江苏1.02万人 + 本地2.37万人 + 其他0.47万人", "by destination")
R(A, "rate", X, "2022", "69.1%", "a/b", ["8640", "1.25万"], "就业8640人 / 培训1.25万人次", "培训后就业率")
R(A, "growth", X, "2022 vs 2021", "16.3%", "a/(b-a)", ["1.36亿", "9.72亿"], "增加1.36亿元 / (9.72亿元 − 1.36亿元)")
R(A, "sum", X, "2022", "9.72亿元", "a+b", ["6.15亿", "3.57亿"], "采购6.15亿元 + 帮助销售3.57亿元")
R(A, "sum", X, "2022", "1078名", "a+b+c+d", ["42", "586", "38", "412"], "42名 + 586名 + 38名 + 412名")
R(A, "sum", X, "2022", "9860人次", "a+b+c", ["3120", "5460", "1380"], "3120人次 + 5460人次 + 1380人次",
  "deliberate error: 9960人次", verdict="mismatch")
R(A, "per_unit", X, "2022", "400万元", "a/b", ["1.12亿", "28"], "1.12亿元 / 28个村", "村均")


# ======================================================================================================
B = "b_samr_fengning_assistance_2022"; X = "丰宁满族自治县"
quantities(B, X, """
1260万元|CNY
1200万元|CNY
105.0%|percent
3580万元|CNY
2000万元|CNY
179.0%|percent
752万元|CNY
59.7%|percent
218万元|CNY
165万元|CNY
125万元|CNY
1960万元|CNY
1620万元|CNY
1856人次|person_time
1500人次|person_time
123.7%|percent
628人次|person_time
500人次|person_time
125.6%|percent
1142人次|person_time
1000人次|person_time
114.2%|percent
3626人次|person_time
2315人次|person_time
1311人次|person_time
486万元|CNY
450万元|CNY
108.0%|percent
2365万元|CNY
1200万元|CNY
197.1%|percent
2851万元|CNY
21.4%|percent
1名|person
2名|person
3名|person
4次|other:次
6次|other:次
3个|other:养殖场
126座|other:大棚
2座|other:冷库
1420户|household
3860元|CNY
2件|other:件
846件|other:件
1032件|other:件
22.0%|percent
136家|enterprise
87.6万元|CNY
11项|item
12家|enterprise
860名|person
172万元|CNY
2000元|CNY
5个|other:卫生院
168万元|CNY
1198万元|CNY
95.1%|percent
18个|project
16个|project
88.9%|percent
14562元|CNY
7.8%|percent
13108元|CNY
11438元|CNY
14.6%|percent
6.8个百分点|percentage_point
3.62万户|household
9.18万人|person
1286户|household
3524人|person
2236人|person
63.5%|percent
26个|other:township
21个|other:township
80.8%|percent
""")
R(B, "rate", X, "2022", "105.0%", "a/b", ["1260万", "1200万"], "直接投入1260万元 / 目标1200万元", "完成率")
R(B, "rate", X, "2022", "179.0%", "a/b", ["3580万", "2000万"], "引进3580万元 / 目标2000万元", "完成率")
R(B, "share", X, "2022", "59.7%", "a/b", ["752万", "1260万"], "产业发展752万元 / 直接投入1260万元")
R(B, "sum", X, "2022", "1260万元", "a+b+c+d", ["752万", "218万", "165万", "125万"], "752万元 + 218万元 + 165万元 + 125万元", "直接投入 by use")
R(B, "sum", X, "2022", "3580万元", "a+b", ["1960万", "1620万"], "捐赠资金1960万元 + 物资折价1620万元")
R(B, "rate", X, "2022", "123.7%", "a/b", ["1856", "1500"], "1856人次 / 目标1500人次", "完成率")
R(B, "rate", X, "2022", "125.6%", "a/b", ["628", "500"], "628人次 / 目标500人次", "完成率")
R(B, "rate", X, "2022", "114.2%", "a/b", ["1142", "1000"], "1142人次 / 目标1000人次", "完成率")
R(B, "sum", X, "2022", "3626人次", "a+b+c", ["1856", "628", "1142"], "1856人次 + 628人次 + 1142人次")
R(B, "sum", X, "2022", "3626人次", "a+b", ["2315", "1311"], "线下2315人次 + 线上1311人次")
R(B, "rate", X, "2022", "108.0%", "a/b", ["486万", "450万"], "购买486万元 / 目标450万元", "完成率")
R(B, "rate", X, "2022", "197.1%", "a/b", ["2365万", "1200万"], "帮助销售2365万元 / 目标1200万元", "完成率")
R(B, "sum", X, "2022", "2851万元", "a+b", ["486万", "2365万"], "购买486万元 + 帮助销售2365万元")
R(B, "growth", X, "2022 vs 2021", "21.4%", None, [], "2851万元 / 上年 (not printed) − 1", "implies 上年 about 2349万元")
R(B, "growth", X, "2022 vs 2021", "22.0%", "a/b-1", ["1032", "846"], "1032件 / 846件 − 1")
R(B, "per_unit", X, "2022", "2000元", "a/b", ["172万", "860"], "172万元 / 860名", "人均")
R(B, "growth", X, "2022 vs 2021", "7.8%", None, [], "14562元 / 上年 (not printed) − 1", "implies 上年 about 13508元")
R(B, "growth", X, "2022 vs 2021", "14.6%", "a/b-1", ["13108元", "11438元"], "13108元 / 11438元 − 1")
R(B, "difference", X, "2022", "6.8个百分点", "a-b", ["14.6%", "7.8%"], "14.6% − 7.8%")
R(B, "share", X, "2022", "63.5%", "a/b", ["2236", "3524"], "已消除风险2236人 / 监测对象3524人")
R(B, "rate", X, "2022", "95.1%", "a/b", ["1198万", "1260万"], "已支付1198万元 / 直接投入1260万元", "支付率")
R(B, "rate", X, "2022", "88.9%", "a/b", ["16", "18"], "完工16个 / 项目18个", "完工率")
R(B, "share", X, "2022", "80.8%", "a/b", ["21", "26"], "覆盖21个乡镇 / 26个乡镇", "覆盖率")


# ======================================================================================================
C = "c_xiji_statistical_bulletin_2022"; X = "西吉县"
quantities(C, X, """
75.31亿元|CNY
4.2%|percent
20.84亿元|CNY
5.6%|percent
11.22亿元|CNY
3.1%|percent
43.25亿元|CNY
3.8%|percent
27.7%|percent
57.4%|percent
4个|other:township
15个|other:township
296个|village
49.86万人|person
41.27万人|person
82.8%|percent
41.86亿元|CNY
6.1%|percent
18.52亿元|CNY
4.3%|percent
0.86亿元|CNY
2.4%|percent
20.17亿元|CNY
8.2%|percent
0.12亿元|CNY
1.5%|percent
2.19亿元|CNY
5.5%|percent
46.2%|percent
1.3个百分点|percentage_point
118.6万亩|mu
2.4万亩|mu
28.64万吨|ton
3.5%|percent
4.12万吨|ton
24.52万吨|ton
31.5万亩|mu
9.86万吨|ton
4.7%|percent
12.3万亩|mu
36.8万吨|ton
25.38万头|head
9.8%|percent
86.42万只|head
6.4%|percent
3.16万吨|ton
7.1%|percent
1.42万吨|ton
0.96万吨|ton
0.63万吨|ton
0.15万吨|ton
42个|village
1368个|other:养殖场
31652元|CNY
5.1%|percent
13658元|CNY
1016元|CNY
8.0%|percent
5126元|CNY
4218元|CNY
186元|CNY
4128元|CNY
12086元|CNY
14.3%|percent
6.3个百分点|percentage_point
3.84万户|household
15.62万人|person
2146户|household
8735人|person
1523户|household
6218人|person
71.2%|percent
2.86亿元|CNY
6012户|household
4.76万元|CNY
9.62万人|person
0.48万人|person
24.6亿元|CNY
2.56万元|CNY
5.38万人|person
55.9%|percent
32.46万人|person
10.92万人|person
33.6%|percent
196所|school
6.84万人|person
386个|other:卫生机构
1628张|other:床位
2346人|person
7.23人|person
43.65万人|person
""")
R(C, "sum", X, "2022", "75.31亿元", "a+b+c", ["20.84亿", "11.22亿", "43.25亿"], "20.84亿元 + 11.22亿元 + 43.25亿元", "three sectors")
R(C, "share", X, "2022", "27.7%", "a/b", ["20.84亿", "75.31亿"], "第一产业20.84亿元 / 75.31亿元")
R(C, "share", X, "2022", "57.4%", "a/b", ["43.25亿", "75.31亿"], "第三产业43.25亿元 / 75.31亿元")
R(C, "share", X, "2022", "82.8%", "a/b", ["41.27万", "49.86万"], "乡村人口41.27万人 / 户籍人口49.86万人")
R(C, "sum", X, "2022", "41.86亿元", "a+b+c+d+e", ["18.52亿", "0.86亿", "20.17亿", "0.12亿", "2.19亿"],
  "18.52亿元 + 0.86亿元 + 20.17亿元 + 0.12亿元 + 2.19亿元", "by branch")
R(C, "share", X, "2022", "46.2%", "a/b", ["20.17亿", "41.86亿"], "牧业20.17亿元 / 总产值41.86亿元",
  "deliberate error: 48.2%", verdict="mismatch")
R(C, "difference", X, "2021..2022", "1.3个百分点", None, [], "牧业比重 − 上年比重 (not printed)", "")
R(C, "sum", X, "2022", "28.64万吨", "a+b", ["4.12万", "24.52万"], "夏粮4.12万吨 + 秋粮24.52万吨")
R(C, "sum", X, "2022", "3.16万吨", "a+b+c+d", ["1.42万", "0.96万", "0.63万", "0.15万"], "1.42万吨 + 0.96万吨 + 0.63万吨 + 0.15万吨")
R(C, "growth", X, "2022 vs 2021", "8.0%", "a/(b-a)", ["1016元", "13658元"], "增加1016元 / (13658元 − 1016元)")
R(C, "sum", X, "2022", "13658元", "a+b+c+d", ["5126元", "4218元", "186元", "4128元"], "5126元 + 4218元 + 186元 + 4128元", "by source")
R(C, "difference", X, "2022", "6.3个百分点", "a-b", ["14.3%", "8.0%"], "14.3% − 8.0%")
R(C, "rate", X, "2022", "71.2%", "a/b", ["6218", "8735"], "消除风险6218人 / 监测对象8735人", "风险消除率")
R(C, "per_unit", X, "2022", "4.76万元", "a/b", ["2.86亿", "6012"], "2.86亿元 / 6012户", "户均")
R(C, "per_unit", X, "2022", "2.56万元", "a/b", ["24.6亿", "9.62万"], "劳务收入24.6亿元 / 9.62万人", "人均")
R(C, "share", X, "2022", "55.9%", "a/b", ["5.38万", "9.62万"], "脱贫劳动力5.38万人 / 9.62万人")
R(C, "share", X, "2022", "33.6%", "a/b", ["10.92万", "32.46万"], "城镇常住人口10.92万人 / 常住人口32.46万人", "城镇化率")
R(C, "per_unit", X, "2022", "7.23人", "a/(b/1000)", ["2346", "32.46万"], "2346人 / (32.46万人 / 1000)", "每千人")


# ======================================================================================================
D = "d_linquan_pv_income_distribution_2021"; X = "临泉县"
quantities(D, X, """
416座|power_station
16.82万千瓦|other:千瓦
412座|power_station
12.36万千瓦|other:千瓦
312个|village
4座|power_station
4.46万千瓦|other:千瓦
10兆瓦以上|other:兆瓦
18563万千瓦时|other:千瓦时
17988万千瓦时|other:千瓦时
3.2%|percent
14236万元|CNY
0.77元|CNY
12962万千瓦时|other:千瓦时
10124万元|CNY
5601万千瓦时|other:千瓦时
4112万元|CNY
2860余座次|other:座次
99.5%以上|percent
10124万元|CNY
6580万元|CNY
65.0%|percent
2042万元|CNY
20.2%|percent
1502万元|CNY
14.8%|percent
8236个|other:岗位
7989元|CNY
312个|village
32.4万元|CNY
2.86亿元|CNY
1.01亿元|CNY
35.3%|percent
50万元以上|CNY
186个|village
42个|village
8236个|other:岗位
4128个|other:岗位
2016个|other:岗位
412个|other:岗位
1680个|other:岗位
618个|other:岗位
8.1%|percent
4112万元|CNY
1.28万户|household
3000元|CNY
3840万元|CNY
272万元|CNY
2次|other:次
31个|other:township
186个|village
23个|other:问题
21个|other:问题
91.3%|percent
9786万元|CNY
96.7%|percent
338万元|CNY
""")
R(D, "sum", X, "2021", "416座", "a+b", ["412", "4"], "村级412座 + 集中式4座")
R(D, "sum", X, "2021", "16.82万千瓦", "a+b", ["12.36万", "4.46万"], "12.36万千瓦 + 4.46万千瓦")
R(D, "growth", X, "2021 vs 2020", "3.2%", "a/b-1", ["18563万", "17988万"], "18563万千瓦时 / 17988万千瓦时 − 1")
R(D, "per_unit", X, "2021", "0.77元", "a/b", ["14236万", "18563万"], "收益14236万元 / 发电量18563万千瓦时", "每千瓦时收益")
R(D, "sum", X, "2021", "18563万千瓦时", "a+b", ["12962万", "5601万"], "12962万千瓦时 + 5601万千瓦时")
R(D, "sum", X, "2021", "14236万元", "a+b", ["10124万", "4112万"], "村级10124万元 + 集中式4112万元")
R(D, "share", X, "2021", "65.0%", "a/b", ["6580万", "10124万"], "6580万元 / 10124万元")
R(D, "share", X, "2021", "20.2%", "a/b", ["2042万", "10124万"], "2042万元 / 10124万元")
R(D, "share", X, "2021", "14.8%", "a/b", ["1502万", "10124万"], "1502万元 / 10124万元")
R(D, "sum", X, "2021", "10124万元", "a+b+c", ["6580万", "2042万", "1502万"], "6580万元 + 2042万元 + 1502万元", "by use")
R(D, "per_unit", X, "2021", "7989元", "a/b", ["6580万", "8236"], "劳务报酬6580万元 / 8236个岗位", "人均")
R(D, "per_unit", X, "2021", "32.4万元", "a/b", ["10124万", "312"], "村级收益10124万元 / 312个村", "村均")
R(D, "share", X, "2021", "35.3%", "a/b", ["1.01亿", "2.86亿"], "光伏收益1.01亿元 / 经营性收入2.86亿元")
R(D, "sum", X, "2021", "4112万元", "a+b", ["3840万", "272万"], "3840万元 + 其余272万元")
R(D, "per_unit", X, "2021", "3000元", "a/b", ["3840万", "1.28万"], "3840万元 / 1.28万户", "每户")
R(D, "sum", X, "2021", "8236个", "a+b+c+d", ["4128", "2016", "412", "1680"], "4128 + 2016 + 412 + 1680 (个)", "岗位 by kind")
R(D, "growth", X, "2021 vs 2020", "8.1%", "a/(b-a)", ["618", "8236"], "增加618个 / (8236 − 618)")
R(D, "rate", X, "2021", "91.3%", "a/b", ["21", "23"], "整改21个 / 问题23个", "整改率")
R(D, "rate", X, "2021", "96.7%", "a/b", ["9786万", "10124万"], "支出9786万元 / 收益10124万元", "支出进度")
R(D, "difference", X, "2021", "338万元", "a-b", ["10124万", "9786万"], "10124万元 − 9786万元", "结余")


# ======================================================================================================
E = "e_xiangxi_pbc_financial_assistance_2022"; X = "湘西土家族苗族自治州"
quantities(E, X, """
28.64亿元|CNY
3.12亿元|CNY
12.2%|percent
6.38万户|household
4.49万元|CNY
12.46亿元|CNY
2.75万户|household
4.53万元|CNY
9.86亿元|CNY
8.72亿元|CNY
10.06亿元|CNY
986万元|CNY
0.34%|percent
0.05个百分点|percentage_point
2.18亿元|CNY|吉首市
3.26亿元|CNY|泸溪县
3.94亿元|CNY|凤凰县
3.52亿元|CNY|花垣县
3.08亿元|CNY|保靖县
1.62亿元|CNY|古丈县
5.36亿元|CNY|永顺县
5.68亿元|CNY|龙山县
11.04亿元|CNY|永顺县;龙山县
38.5%|percent|永顺县;龙山县
612.8亿元|CNY
58.6亿元|CNY
10.6%|percent
1563.4亿元|CNY
39.2%|percent
286.4亿元|CNY
31.7亿元|CNY
12.4%|percent
198.6亿元|CNY
8.9%|percent
8个|other:county
1325.7亿元|CNY
136.2亿元|CNY
11.5%|percent
1.2个百分点|percentage_point
38.5亿元|CNY
12.6亿元|CNY
51.1亿元|CNY
18.6%|percent
4.62%|percent
5.00%|percent
4.62%|percent
0.38个百分点|percentage_point
4.3亿元|CNY
126家|enterprise
2186个|other:服务站
1732个|village
5872台|other:台
286.5万笔|other:笔
18.6亿元|CNY
92.6%|percent
51.3万户|household
1068个|village
85个|other:township
18.26亿元|CNY
2.34亿元|CNY
96.4亿元|CNY
15.8%|percent
42.6亿元|CNY
44.2%|percent
8个|other:county
5.38亿元|CNY
2863人|person
8546人|person
""")
R(E, "growth", X, "2022", "12.2%", "a/(b-a)", ["3.12亿", "28.64亿"], "增加3.12亿元 / (28.64亿元 − 3.12亿元)", "比年初")
R(E, "per_unit", X, "2022", "4.49万元", "a/b", ["28.64亿", "6.38万"], "余额28.64亿元 / 6.38万户", "户均")
R(E, "per_unit", X, "2022", "4.53万元", "a/b", ["12.46亿", "2.75万"], "发放12.46亿元 / 2.75万户", "户均")
R(E, "rate", X, "2022", "0.34%", "a/b", ["986万", "28.64亿"], "逾期986万元 / 余额28.64亿元", "逾期率")
R(E, "difference", X, "2022", "0.05个百分点", None, [], "0.34% − 年初逾期率 (not printed)", "implies 年初 0.39%")
R(E, "sum", X, "2022", "28.64亿元", "a+b+c+d+e+f+g+h", ["2.18亿", "3.26亿", "3.94亿", "3.52亿", "3.08亿", "1.62亿", "5.36亿", "5.68亿"],
  "2.18 + 3.26 + 3.94 + 3.52 + 3.08 + 1.62 + 5.36 + 5.68 (亿元)", "by county")
R(E, "sum", "永顺县;龙山县", "2022", "11.04亿元", "a+b", ["5.36亿", "5.68亿"], "永顺5.36亿元 + 龙山5.68亿元")
R(E, "share", "永顺县;龙山县", "2022", "38.5%", "a/b", ["11.04亿", "28.64亿"], "11.04亿元 / 全州28.64亿元")
R(E, "growth", X, "2022", "10.6%", "a/(b-a)", ["58.6亿", "612.8亿"], "增加58.6亿元 / (612.8亿元 − 58.6亿元)", "比年初")
R(E, "share", X, "2022", "39.2%", "a/b", ["612.8亿", "1563.4亿"], "涉农612.8亿元 / 各项贷款1563.4亿元")
R(E, "growth", X, "2022", "12.4%", "a/(b-a)", ["31.7亿", "286.4亿"], "增加31.7亿元 / (286.4亿元 − 31.7亿元)", "比年初")
R(E, "growth", X, "2022", "8.9%", None, [], "198.6亿元 / 年初 (not printed) − 1", "implies 年初 about 182.4亿元")
R(E, "growth", X, "2022", "11.5%", "a/(b-a)", ["136.2亿", "1325.7亿"], "增加136.2亿元 / (1325.7亿元 − 136.2亿元)", "比年初")
R(E, "sum", X, "2022", "51.1亿元", "a+b", ["38.5亿", "12.6亿"], "支农38.5亿元 + 支小12.6亿元")
R(E, "sum", X, "2022", "28.64亿元", "a+b+c", ["9.86亿", "8.72亿", "10.06亿"], "种植业9.86亿元 + 养殖业8.72亿元 + 加工商贸10.06亿元", "by use")
R(E, "share", X, "2022", "44.2%", "a/b", ["42.6亿", "96.4亿"], "特色产业42.6亿元 / 产业贷款96.4亿元")
R(E, "growth", X, "2022 vs 2021", "18.6%", None, [], "51.1亿元 / 上年 (not printed) − 1", "implies 上年 about 43.1亿元")
R(E, "difference", X, "2021..2022", "0.38个百分点", "a-b", ["5.00%", "4.62%"], "5.00% − 4.62%")


# ======================================================================================================
F = "f_shanghai_kashgar_aid_2022"; X = "莎车县;泽普县;叶城县;巴楚县;喀什地区;上海市"
quantities(F, X, """
四县|other:county
23.56亿元|CNY
286个|project
282个|project
98.6%|percent
251个|project
87.8%|percent
21.84亿元|CNY
92.7%|percent
18.62亿元|CNY
79.0%|percent
21.36亿元|CNY
90.7%|percent
7.86亿元|CNY|莎车县;喀什地区;上海市
92个|project|莎车县;喀什地区;上海市
4.12亿元|CNY|泽普县;喀什地区;上海市
48个|project|泽普县;喀什地区;上海市
5.98亿元|CNY|叶城县;喀什地区;上海市
74个|project|叶城县;喀什地区;上海市
4.36亿元|CNY|巴楚县;喀什地区;上海市
56个|project|巴楚县;喀什地区;上海市
1.24亿元|CNY|喀什地区;上海市
16个|project|喀什地区;上海市
四县|other:county
7.34亿元|CNY|莎车县;喀什地区;上海市
3.92亿元|CNY|泽普县;喀什地区;上海市
5.45亿元|CNY|叶城县;喀什地区;上海市
3.95亿元|CNY|巴楚县;喀什地区;上海市
93.4%|percent|莎车县;喀什地区;上海市
95.1%|percent|泽普县;喀什地区;上海市
93.1%|percent|叶城县;喀什地区;上海市
90.6%|percent|巴楚县;喀什地区;上海市
81个|project|莎车县;喀什地区;上海市
43个|project|泽普县;喀什地区;上海市
64个|project|叶城县;喀什地区;上海市
48个|project|巴楚县;喀什地区;上海市
88.0%|percent|莎车县;喀什地区;上海市
89.6%|percent|泽普县;喀什地区;上海市
86.5%|percent|叶城县;喀什地区;上海市
85.7%|percent|巴楚县;喀什地区;上海市
36家|enterprise
18.2亿元|CNY
6230人|person
2815人|person
4个|other:industrial_park
214家|enterprise
46.8亿元|CNY
4.86亿元|CNY
20.6%|percent
32.6亿元|CNY|喀什地区;上海市
18.1%|percent|喀什地区;上海市
12.68万人|person
11.92万人|person
0.76万人|person
5.12万人|person
40.4%|percent
4.85万人|person|莎车县;喀什地区;上海市
1.96万人|person|泽普县;喀什地区;上海市
3.42万人|person|叶城县;喀什地区;上海市
2.45万人|person|巴楚县;喀什地区;上海市
3.26万人次|person_time
82.5%|percent
386名|person
152名|person
234名|person
1280人次|person_time
426名|person
1086名|person
3.62亿元|CNY
2.18亿元|CNY
15.4%|percent
9.3%|percent
1260名|person
6家|other:hospital
2860例|other:例
95%以上|percent
""")
R(F, "rate", X, "2022", "98.6%", "a/b", ["282", "286"], "开工282个 / 项目286个", "开工率")
R(F, "rate", X, "2022", "87.8%", "a/b", ["251", "286"], "完工251个 / 项目286个", "完工率")
R(F, "rate", X, "2022", "92.7%", "a/b", ["21.84亿", "23.56亿"], "拨付21.84亿元 / 23.56亿元", "支出率")
R(F, "share", X, "2022", "79.0%", "a/b", ["18.62亿", "23.56亿"], "民生18.62亿元 / 23.56亿元")
R(F, "share", X, "2022", "90.7%", "a/b", ["21.36亿", "23.56亿"], "基层21.36亿元 / 23.56亿元")
R(F, "sum", X, "2022", "23.56亿元", "a+b+c+d+e", ["7.86亿", "4.12亿", "5.98亿", "4.36亿", "1.24亿"], "7.86 + 4.12 + 5.98 + 4.36 + 1.24 (亿元)", "by county")
R(F, "sum", X, "2022", "286个", "a+b+c+d+e", ["92", "48", "74", "56", "16"], "92 + 48 + 74 + 56 + 16 (个)", "by county")
for cty, s, f, r in (("莎车县", "7.34亿", "7.86亿", "93.4%"), ("泽普县", "3.92亿", "4.12亿", "95.1%"),
                     ("叶城县", "5.45亿", "5.98亿", "93.1%"), ("巴楚县", "3.95亿", "4.36亿", "90.6%")):
    R(F, "rate", f"{cty};喀什地区;上海市", "2022", r, "a/b", [s, f], f"{cty}拨付{s}元 / 安排{f}元", "支出率, side by side (分别)",
      verdict="mismatch" if cty == "叶城县" else "match")
for cty, d, n, r in (("莎车县", "81", "92", "88.0%"), ("泽普县", "43", "48", "89.6%"), ("叶城县", "64", "74", "86.5%"), ("巴楚县", "48", "56", "85.7%")):
    R(F, "rate", f"{cty};喀什地区;上海市", "2022", r, "a/b", [d, n], f"{cty}完工{d}个 / 项目{n}个", "完工率, side by side (分别)")
R(F, "growth", "喀什地区;上海市", "2022 vs 2021", "18.1%", None, [], "32.6亿元 / 上年 (not printed) − 1", "implies 上年 about 27.6亿元")
R(F, "sum", X, "2022", "12.68万人", "a+b", ["11.92万", "0.76万"], "疆内11.92万人 + 内地0.76万人")
R(F, "sum", X, "2022", "12.68万人", "a+b+c+d", ["4.85万", "1.96万", "3.42万", "2.45万"], "4.85 + 1.96 + 3.42 + 2.45 (万人)", "by county")
R(F, "sum", X, "2022", "386名", "a+b", ["152", "234"], "党政干部152名 + 专业技术人才234名")
R(F, "share", X, "2022", "20.6%", "a/b", ["4.86亿", "23.56亿"], "产业4.86亿元 / 23.56亿元")
R(F, "share", X, "2022", "40.4%", "a/b", ["5.12万", "12.68万"], "脱贫劳动力5.12万人 / 12.68万人")
R(F, "share", X, "2022", "15.4%", "a/b", ["3.62亿", "23.56亿"], "教育3.62亿元 / 23.56亿元")
R(F, "share", X, "2022", "9.3%", "a/b", ["2.18亿", "23.56亿"], "医疗2.18亿元 / 23.56亿元", "分别 (two shares side by side)")


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
