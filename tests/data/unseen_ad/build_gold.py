"""Gold of tests/data/unseen_ad (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals and damaged figures are given explicitly), raws are checked with str.find in
text order. Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt;
helpers in ../gold_build.py).

Three figures are deliberately wrong, the rest agree:
  a 岷县 三镇合计4.02亿元 against 梅川镇1.86 + 西寨镇1.12 + 十里镇0.94 = 3.92亿元 (a total);
  c 光山县 10万元以上的村298个 占84.5%: 298 / 361 = 82.5% (a share);
  d 永顺县 正常运营率96.6%: 65 / 68 = 95.6% (a rate).
f is a 政府公报 page as a PDF-to-text extraction gives it: lines hard-wrapped at a fixed width, so that a
line break falls inside numbers and units (`1.8\\n6万公里`, `826\\n0公里`, `2.8\\n6亿\\n元`, `4.\\n38万人`; raw as
printed, value repaired), a running header (`云南省人民政府公报 … 2024年第6期`) and page footers (`— 3 —`),
full-width digits (`１２．５％`, `１００％`), a table whose columns are separated by runs of spaces, and one
figure that cannot be read (`1■.6亿元`, 中央车购税资金): its row has an empty value (lost, not scored), and
the sum it belongs to (286.4亿元) is cannot_compute (the other parts imply 18.6亿元).
Left out of the quantities: durations (72小时, 36小时, 6个月以上, 3个月, 30日内), names and labels (一类/二类/三类地区,
四议两公开, 四好农村路, 三级及以上公路: a grade), document numbers and the 公报 issue, page footers, the count of
departments in a document title (11部门), group labels without an inline list (a 三级服务体系 in a heading, d
三项奖补资金: the three are headings of the paragraphs before). Counts of items listed inline are in (a 县乡村三级,
三镇 after 梅川镇、西寨镇、十里镇; c 两项 after the two funds). Left out of the relations: targets (a/c/d/f 2024 figures, e 55%的要求 and
90%以上), rules (b 不低于…1.3倍 and its six products, b 不低于…20%), 100% rates whose numerator is not printed
(f 通硬化路率, 通客车率, 列养率), repeats of a relation printed twice (e 19.5%/3.0%/5.9%/55.5% in prose and table
are one relation each, scored once).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"三级": 3, "三类": 3, "两项": 2, "三镇": 3,
      # damaged figures of f: raw as printed, value repaired; None = lost
      "1.8\n6万公里": 18600, "826\n0公里": 8260, "2.8\n6亿\n元": 2.86e8, "4.\n38万人": 43800, "1■.6亿元": None}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_minxian_ecommerce_rural_2023"; X = "岷县"
T3 = "梅川镇;西寨镇;十里镇;岷县"
quantities(A, X, f"""
三级|other:level
12.86亿元|CNY
11.05亿元|CNY
16.4%|percent
7.42亿元|CNY
21.3%|percent
57.7%|percent
2.68亿元|CNY
36.1%|percent
1.86亿元|CNY|梅川镇;岷县
1.12亿元|CNY|西寨镇;岷县
0.94亿元|CNY|十里镇;岷县
三镇|other:township|{T3}
4.02亿元|CNY|{T3}
2000万元|CNY
1862万元|CNY
93.1%|percent
520万元|CNY
610万元|CNY
456万元|CNY
100万元|CNY
176万元|CNY
1个|other:中心
1个|other:中心
18个|other:服务站
18个|other:township
100%|percent
326个|other:服务点
352个|village
326个|village
92.6%|percent
186个|other:服务点
8640万元|CNY
26.5万元|CNY
7家|enterprise
三级|other:level
24条|other:线路
1286万件|other:件
1033万件|other:件
24.5%|percent
698万件|other:件
54.3%|percent
3.52万件|other:件
186期|other:期
1.24万人次|person_time
3860人次|person_time
31.1%|percent
2140人|person
2365家|enterprise
6800余人|person
4250户|household
2360元|CNY
1003万元|CNY
26个|village
突破15亿元|CNY
9亿元以上|CNY
100%|percent
1万人次以上|person_time
""")
R(A, "growth", X, "2023 vs 2022", "16.4%", "a/b-1", ["12.86亿", "11.05亿"], "12.86亿元 / 11.05亿元 − 1")
R(A, "growth", X, "2023 vs 2022", "21.3%", None, [], "农产品网络零售额7.42亿元; 上年 not printed", "implies 上年 about 6.12亿元")
R(A, "share", X, "2023", "57.7%", "a/b", ["7.42亿", "12.86亿"], "农产品7.42亿元 / 网络零售额12.86亿元")
R(A, "share", X, "2023", "36.1%", "a/b", ["2.68亿", "7.42亿"], "岷县当归2.68亿元 / 农产品网络零售额7.42亿元")
R(A, "sum", T3, "2023", "4.02亿元", "a+b+c", ["1.86亿", "1.12亿", "0.94亿"], "梅川镇1.86亿元 + 西寨镇1.12亿元 + 十里镇0.94亿元", "deliberate error: 3.92亿元", verdict="mismatch")
R(A, "rate", X, "2023", "93.1%", "a/b", ["1862万", "2000万"], "已拨付1862万元 / 中央财政支持资金2000万元", "拨付率")
R(A, "sum", X, "2023", "1862万元", "a+b+c+d+e", ["520万", "610万", "456万", "100万", "176万"], "520万元 + 610万元 + 456万元 + 100万元 + 176万元", "by use")
R(A, "rate", X, "2023", "100%", "a/b", ["18", "18"], "乡镇电商服务站18个 / 乡镇18个", "乡镇覆盖率")
R(A, "rate", X, "2023", "92.6%", "a/b", ["326", "352"], "有服务点的行政村326个 / 行政村352个", "村级覆盖率")
R(A, "per_unit", X, "2023", "26.5万元", "a/b", ["8640万", "326"], "交易额8640万元 / 服务点326个", "点均")
R(A, "growth", X, "2023 vs 2022", "24.5%", "a/b-1", ["1286万", "1033万"], "1286万件 / 1033万件 − 1")
R(A, "share", X, "2023", "54.3%", "a/b", ["698万", "1286万"], "农村地区698万件 / 快递业务量1286万件")
R(A, "per_unit", X, "2023", "3.52万件", "a/365", ["1286万"], "1286万件 / 365天", "日均")
R(A, "share", X, "2023", "31.1%", "a/b", ["3860", "1.24万"], "脱贫户和监测户3860人次 / 培训1.24万人次")
R(A, "per_unit", X, "2023", "2360元", "a/b", ["1003万", "4250"], "增收1003万元 / 4250户", "户均增收")
R(A, "difference", X, "2023", "26个", "a-b", ["352", "326"], "行政村352个 − 有服务点326个", "未建设服务点的行政村")


# ======================================================================================================
B = "b_hubei_dibao_standard_2024"; X = "湖北省"
quantities(B, X, """
三类|other:类
850元|CNY
900元|CNY
50元|CNY
5.9%|percent
720元|CNY
760元|CNY
40元|CNY
5.6%|percent
660元|CNY
700元|CNY
40元|CNY
6.1%|percent
7800元|CNY
8400元|CNY
600元|CNY
7.7%|percent
6600元|CNY
7080元|CNY
480元|CNY
7.3%|percent
6000元|CNY
6480元|CNY
480元|CNY
8.0%|percent
7236元|CNY
603元|CNY
1.3倍|other:倍
1170元|CNY
10920元|CNY
988元|CNY
9204元|CNY
910元|CNY
8424元|CNY
148.6万人|person
21.3万人|person
127.3万人|person
85.7%|percent
18.42万人|person
96.8亿元|CNY
6.3亿元|CNY
7.0%|percent
68.5亿元|CNY
16.2亿元|CNY
12.1亿元|CNY
20%|percent
""")
for old, new, up, pct, per in [("850", "900", "50", "5.9%", "每人每月 城市 一类"), ("720", "760", "40", "5.6%", "每人每月 城市 二类"),
                                ("660", "700", "40", "6.1%", "每人每月 城市 三类"), ("7800", "8400", "600", "7.7%", "每人每年 农村 一类"),
                                ("6600", "7080", "480", "7.3%", "每人每年 农村 二类"), ("6000", "6480", "480", "8.0%", "每人每年 农村 三类")]:
    R(B, "difference", X, "2024 vs 2023", up + "元", "a-b", [new + "元", old + "元"], f"{new}元 − {old}元", per)
    R(B, "growth", X, "2024 vs 2023", pct, "a/b-1", [new + "元", old + "元"], f"{new}元 / {old}元 − 1", per)
R(B, "per_unit", X, "2024", "603元", "a/12", ["7236元"], "7236元 / 12个月", "折合每人每月")
R(B, "sum", X, "2023", "148.6万人", "a+b", ["21.3万", "127.3万"], "城市21.3万人 + 农村127.3万人")
R(B, "share", X, "2023", "85.7%", "a/b", ["127.3万", "148.6万"], "农村低保对象127.3万人 / 城乡低保对象148.6万人")
R(B, "growth", X, "2024 vs 2023", "7.0%", "a/(b-a)", ["6.3亿", "96.8亿"], "增加6.3亿元 / (96.8亿元 − 6.3亿元)")
R(B, "sum", X, "2024", "96.8亿元", "a+b+c", ["68.5亿", "16.2亿", "12.1亿"], "中央68.5亿元 + 省级16.2亿元 + 市县12.1亿元")


# ======================================================================================================
C = "c_guangshan_village_collective_economy_2023"; X = "光山县"
ZH, HD, ST = "寨河镇;光山县", "槐店乡;光山县", "孙铁铺镇;晏河乡;光山县"
quantities(C, X, f"""
19个|other:township
361个|village
9386万元|CNY
7952万元|CNY
18.0%|percent
26.0万元|CNY
5万元以上|CNY
361个|village
10万元以上|CNY
298个|village
84.5%|percent
50万元以上|CNY
46个|village
12.7%|percent
100万元以上|CNY
12个|village
5万元以下|CNY
23个|village
2000万元|CNY
40个|village
50万元|CNY
1260万元|CNY
36个|village
35万元|CNY
两项|item
3260万元|CNY
293.4万元|CNY
9.0%|percent
128个|village
96个|village
72个|village
65个|village
12个|village|{ZH}
386万元|CNY|{ZH}
32.2万元|CNY|{ZH}
2座|other:加工厂|{HD}
6个|village|{HD}
15万元以上|CNY|{HD}
42处|site|{ST}
168万元|CNY|{ST}
2816万元|CNY
30.0%|percent
412万元|CNY
1.03万户|household
400元|CNY
1386份|other:份
527万元|CNY
10万元以下|CNY
63个|village
不足5%|percent
10万元以上|CNY
90%以上|percent
50万元以上|CNY
60个|village
""")
R(C, "growth", X, "2023 vs 2022", "18.0%", "a/b-1", ["9386万", "7952万"], "9386万元 / 7952万元 − 1")
R(C, "per_unit", X, "2023", "26.0万元", "a/b", ["9386万", "361"], "9386万元 / 361个村", "村均")
R(C, "share", X, "2023", "84.5%", "a/b", ["298", "361"], "10万元以上的村298个 / 村（社区）361个", "deliberate error: 82.5%", verdict="mismatch")
R(C, "share", X, "2023", "12.7%", "a/b", ["46", "361"], "50万元以上的村46个 / 村（社区）361个")
R(C, "per_unit", X, "2023", "50万元", "a/b", ["2000万", "40"], "2000万元 / 40个村", "每村")
R(C, "per_unit", X, "2023", "35万元", "a/b", ["1260万", "36"], "1260万元 / 36个村", "每村")
R(C, "sum", X, "2023", "3260万元", "a+b", ["2000万", "1260万"], "中央和省级2000万元 + 县级1260万元")
R(C, "rate", X, "2023", "9.0%", "a/b", ["293.4万", "3260万"], "收益293.4万元 / 扶持资金3260万元", "收益率")
R(C, "sum", X, "2023", "361个", "a+b+c+d", ["128", "96", "72", "65"], "128 + 96 + 72 + 65 (村)", "by 增收模式")
R(C, "per_unit", ZH, "2023", "32.2万元", "a/b", ["386万", "12"], "386万元 / 12个村", "村均")
R(C, "share", X, "2023", "30.0%", "a/b", ["2816万", "9386万"], "公益支出2816万元 / 经营性收入9386万元")
R(C, "per_unit", X, "2023", "400元", "a/b", ["412万", "1.03万"], "分红412万元 / 1.03万户", "户均")
R(C, "difference", X, "2023", "63个", "a-b", ["361", "298"], "361个 − 10万元以上298个", "10万元以下的村")


# ======================================================================================================
D = "d_yongshun_employment_workshops_2023"; X = "永顺县"
FR, LX, SC = "芙蓉镇;永顺县", "灵溪镇;永顺县", "首车镇;永顺县"
quantities(D, X, f"""
68个|workshop
12个|workshop
56个|workshop
3个|workshop
24个|workshop
18个|workshop
15个|workshop
11个|workshop
23个|other:township
20个|other:township
9个|workshop|{FR}
8个|workshop|{LX}
6个|workshop|{SC}
412人|person|{FR}
386人|person|{LX}
265人|person|{SC}
2846人|person
2528人|person
318人|person
1532人|person
218人|person
1750人|person
61.5%|percent
9767万元|CNY
2860元|CNY
68个|workshop
65个|workshop
96.6%|percent
12个|workshop
5万元|CNY
60万元|CNY
1000元|CNY
1684人|person
168.4万元|CNY
38个|workshop
152万元|CNY
4万元|CNY
380.4万元|CNY
228.4万元|CNY
152万元|CNY
10个以上|workshop
1800人以上|person
""")
R(D, "sum", X, "2023", "68个", "a+b", ["12", "56"], "新认定12个 + 复核保留56个")
R(D, "sum", X, "2023", "68个", "a+b+c+d", ["24", "18", "15", "11"], "24 + 18 + 15 + 11 (个)", "by 产业类型")
R(D, "difference", X, "2023 vs 2022", "318人", "a-b", ["2846", "2528"], "2846人 − 2528人")
R(D, "sum", X, "2023", "1750人", "a+b", ["1532", "218"], "脱贫劳动力1532人 + 监测对象218人")
R(D, "share", X, "2023", "61.5%", "a/b", ["1750", "2846"], "1750人 / 吸纳就业2846人")
R(D, "per_unit", X, "2023", "2860元", "a/b/12", ["9767万", "2846"], "工资9767万元 / 2846人 / 12个月", "人均月收入")
R(D, "rate", X, "2023", "96.6%", "a/b", ["65", "68"], "正常生产经营65个 / 车间68个", "正常运营率; deliberate error: 95.6%", verdict="mismatch")
R(D, "per_unit", X, "2023", "5万元", "a/b", ["60万", "12"], "60万元 / 12个车间", "每个一次性奖补")
R(D, "per_unit", X, "2023", "1000元", "a/b", ["168.4万", "1684"], "168.4万元 / 1684人", "每人每年")
R(D, "per_unit", X, "2023", "4万元", "a/b", ["152万", "38"], "152万元 / 38个车间", "个均")
R(D, "sum", X, "2023", "380.4万元", "a+b+c", ["60万", "168.4万", "152万"], "一次性奖补60万元 + 稳岗补贴168.4万元 + 租金补贴152万元")
R(D, "sum", X, "2023", "380.4万元", "a+b", ["228.4万", "152万"], "就业补助资金228.4万元 + 衔接资金152万元", "by source")


# ======================================================================================================
E = "e_dongxiang_integrated_agri_funds_2022"; X = "东乡族自治县"
SRC = [("52360", "54.7"), ("16160", "16.9"), ("18640", "19.5"), ("2860", "3.0"), ("5680", "5.9")]
USE = [("86", "53120", "55.5"), ("64", "26410", "27.6"), ("12", "4650", "4.9"), ("9", "5960", "6.2"),
       ("15", "3120", "3.3"), ("6", "2440", "2.5")]
t1 = "\n".join(f"{a}|CNY*1e4\n{p}|percent" for a, p in SRC)
t2 = "\n".join(f"{n}|project\n{a}|CNY*1e4\n{p}|percent" for n, a, p in USE)
quantities(E, X, f"""
95700万元|CNY
88420万元|CNY
8.2%|percent
68520万元|CNY
71.6%|percent
18640万元|CNY
19.5%|percent
2860万元|CNY
3.0%|percent
5680万元|CNY
5.9%|percent
{t1}
95700|CNY*1e4
100.0|percent
{t2}
192|project
95700|CNY*1e4
100.0|percent
53120万元|CNY
55.5%|percent
55%|percent
3680户|household
5000元|CNY
1840万元|CNY
8.6万亩|mu
100元|CNY
860万元|CNY
42家|other:经营主体
26410万元|CNY
64个|project
126公里|km
9处|site
24个|other:township
16.8万人|person
4650万元|CNY
2.1万人|person
600元|CNY
1260万元|CNY
2260个|other:岗位
3390万元|CNY
1250元|CNY
5960万元|CNY
9个|resettlement_site
1.42万人|person
90%以上|percent
""")
R(E, "growth", X, "2022 vs 2021", "8.2%", "a/b-1", ["95700万", "88420万"], "95700万元 / 88420万元 − 1")
R(E, "sum", X, "2022", "95700万元", "a+b+c+d", ["68520万", "18640万", "2860万", "5680万"], "中央68520万元 + 省级18640万元 + 市级2860万元 + 县级5680万元")
for a, p in [("68520", "71.6%"), ("18640", "19.5%"), ("2860", "3.0%"), ("5680", "5.9%")]:
    R(E, "share", X, "2022", p, "a/b", [a + "万", "95700万"], f"{a}万元 / 95700万元", "by source (prose and table)")
R(E, "sum", X, "2022", "68520万元", "a+b", ["52360万", "16160万"], "中央衔接资金52360 + 中央其他涉农资金16160 (万元, table)")
for a, p in SRC[:2]:
    R(E, "share", X, "2022", p, "a/b", [a + "万", "95700万"], f"{a} / 95700 (万元, table)", "占比（%） column", pct=True)
R(E, "sum", X, "2022", "95700", "a+b+c+d+e", [a + "万" for a, _ in SRC], " + ".join(a for a, _ in SRC), "表1 合计", reported=957000000, half=0)
R(E, "sum", X, "2022", "192", "a+b+c+d+e+f", [n for n, _, _ in USE], " + ".join(n for n, _, _ in USE), "表2 项目个数 合计", reported=192, half=0)
R(E, "sum", X, "2022", "95700", "a+b+c+d+e+f", [a + "万" for _, a, _ in USE], " + ".join(a for _, a, _ in USE), "表2 资金规模 合计", reported=957000000, half=0)
for _, a, p in USE:
    R(E, "share", X, "2022", p, "a/b", [a + "万", "95700万"], f"{a} / 95700 (万元, table)", "占比（%） column; 55.5% also in prose", pct=True)
R(E, "per_unit", X, "2022", "5000元", "a/b", ["1840万", "3680"], "1840万元 / 3680户", "每户补助")
R(E, "per_unit", X, "2022", "100元", "a/b", ["860万", "8.6万"], "860万元 / 8.6万亩", "每亩补助")
R(E, "per_unit", X, "2022", "600元", "a/b", ["1260万", "2.1万"], "1260万元 / 2.1万人", "每人补助")
R(E, "per_unit", X, "2022", "1250元", "a/b/12", ["3390万", "2260"], "3390万元 / 2260个岗位 / 12个月", "每个岗位每月")
R(E, "sum", X, "2022", "4650万元", "a+b", ["1260万", "3390万"], "交通补助1260万元 + 岗位补贴3390万元", "就业帮扶")


# ======================================================================================================
F = "f_yunnan_rural_roads_gazette_2023_pdf"; X = "云南省"
ROWS = [("2386", "38.62", "昭通市"), ("2154", "35.48", "曲靖市"), ("1968", "31.26", "红河哈尼族彝族自治州;红河州"),
        ("1842", "28.94", "文山壮族苗族自治州;文山州"), ("1625", "26.18", "大理白族自治州;大理州")]
table = "\n".join(f"{km}|km|{reg}\n{inv}|CNY*1e8|{reg}" for km, inv, reg in ROWS)
quantities(F, X, f"""
286.4亿元|CNY
254.6亿元|CNY
１２．５％|percent
260亿元|CNY
110.2%|percent
1.8\\n6万公里|km
6820公里|km
1460公里|km
826\\n0公里|km
412座|bridge
１００％|percent
1■.6亿元|CNY
48.3亿元|CNY
219.5亿元|CNY
{table}
11个|other:prefecture
8625|km
125.92|CNY*1e8
18600|km
286.40|CNY*1e8
26.3万公里|km
１００％|percent
28.6亿元|CNY
1.09万元|CNY
2.8\\n6亿\\n元|CNY
4.1万名|person
5.26万名|person
12.6万人|person
4.\\n38万人|person
34.8%|percent
21.4亿元|CNY
1.70万元|CNY
250亿元以上|CNY
1.5万公里|km
300座|bridge
""")
R(F, "growth", X, "2023 vs 2022", "12.5%", "a/b-1", ["286.4亿", "254.6亿"], "286.4亿元 / 254.6亿元 − 1", "printed in full-width digits", bare="１２．５％")
R(F, "rate", X, "2023", "110.2%", "a/b", ["286.4亿", "260亿"], "完成投资286.4亿元 / 年度计划260亿元")
R(F, "sum", X, "2023", "286.4亿元", None, [], "中央车购税资金1■.6亿元 (lost) + 省级48.3亿元 + 自筹和其他219.5亿元", "one part unreadable; the others imply 18.6亿元")
R(F, "sum", X, "2023", "18600", "a+b+c+d+e+f", [km for km, _, _ in ROWS] + ["8625"], " + ".join(km for km, _, _ in ROWS) + " + 8625 (公里, table)", "表1 合计; = 1.86万公里 of the text", reported=18600, half=0)
R(F, "sum", X, "2023", "286.40", "a+b+c+d+e+f", [inv + "亿" for _, inv, _ in ROWS] + ["125.92亿"], " + ".join(inv for _, inv, _ in ROWS) + " + 125.92 (亿元, table)", "表1 合计", reported=28640000000, half=500000)
R(F, "per_unit", X, "2023", "1.09万元", "a/b", ["28.6亿", "26.3万"], "养护资金28.6亿元 / 26.3万公里", "平均每公里")
R(F, "share", X, "2023", "34.8%", "a/b", ["4.38万", "12.6万"], "脱贫劳动力4.38万人 / 就业12.6万人")
R(F, "per_unit", X, "2023", "1.70万元", "a/b", ["21.4亿", "12.6万"], "劳务报酬21.4亿元 / 12.6万人", "人均")


# ------------------------------------------------------------------------------------------------------
GOLD.write_relations()
