"""Gold of tests/data/unseen_ak (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six reports in formats the tests had not seen: a 青海 新闻发布会 实录 (主持人/记者/答 turns, three figures spoken in
Chinese numerals: 二十二点六万人, 两万多人, 九百八十期), b 四川 人大常委会 执法检查报告 on 乡村振兴促进法 (province figures
and a space-aligned table by 市（州） with a 合计 row), c 吕梁市 (山西) 审计局 审计整改 report on 衔接资金 (问题 counts and
金额 by kind, 整改率, 追回资金, a tab table by 县), d 央企 社会责任报告 section on 定点帮扶 of 阜南县/霍邱县 (安徽: 无偿/有偿,
引进资金, 培训人次, 购买/帮销, a 关键绩效 table 2019-2021 in runs of spaces, figures by 县), e 微信公众号 post of 汪清县
(吉林: emoji, 01/02/03 headings, 【】 ▲ ● markers, short lines), f 寿宁县 (福建) 统计公报 extract (GDP by 产业, 农业 by
branch, 粮食, a table of 农产品 in runs of spaces, 农村居民收入 by source, 脱贫人口收入, 监测对象, shares).
Regions: the province (a, b), 市 (c), the two counties for the group's figures (d), the county (e, f); figures of a
named 市/县 take it (凉山州 given as `凉山彝族自治州;凉山州`).

Three figures are deliberately wrong, the rest agree:
  c 吕梁 156个问题已整改到位148个，问题整改率96.2%: 148 / 156 = 94.9% (a rate);
  d 储运集团 全年共实施帮扶项目67个 against 阜南县36个 + 霍邱县29个 = 65 (a total);
  e 汪清 带动农户8650户，其中脱贫户3260户，占比39.7%: 3260 / 8650 = 37.7% (a share).
Left out of the quantities: dates and times (2024-01-18 10:30, 12月底, 5月至7月, 2023年3月底), years and year
columns, 表1, list numbering (01, 02, 一是), and the heading numbers of e.
Left out of the relations: targets (b 60%以上, 55%), one-part groupings (a 化隆 11.2万人 其中 脱贫群众3.4万人, a 海东
15.84亿元 其中 two of six 县), the 2.9万人 of the 3.2万个 岗位 (people and posts), d 购买和帮销 by 县 (their sum 8990万
is not printed; it equals 2840 + 6150), d 带动 1.26万人 and 0.94万人 (no total printed).

First contact (base 5e72d43, before any rule was written for this set), with the gold as first typed:
    extraction F1 0.947 (P 0.993, R 0.904, indicator agreement 0.000) over 314 gold quantities in 6 files
    region agreement 0.965 (274/284 matched quantities; 0 with no region)
    relations: 32/52 verified right (32 verified), 1/3 real inconsistencies found, 0 false alarms
    benchmarks/wrong_numbers.py: 1 (a 二十二点六万人 read as 六万人 = 60000)
Gold correction after first contact: c 制定完善制度办法27项 had been typed `item`; 制度办法 are documents, the canonical
`document` (the extractor's reading). No other disagreement was a gold mistake.
After the rules of tests/test_unseen_ak.py: F1 1.000 (314), regions 1.000 (314/314), relations 44/52, 2/3 found, 0 false alarms.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"二十二点六万人": 226000, "两万多人": 20000, "九百八十期": 980}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


def cannot(art, region, period, raw, text, note=""):
    R(art, "growth", region, period, raw, None, [], text, note)


# ======================================================================================================
A = "a_qinghai_press_conference_2023"; X = "青海省"
HD, HL, XH = "海东市", "化隆回族自治县;化隆县", "循化撒拉族自治县;循化县"
quantities(A, X, f"""
52.6亿元|CNY
6.3%|percent
41.8亿元|CNY
8.5亿元|CNY
2.3亿元|CNY
31.9亿元|CNY
60.6%|percent
15614元|CNY
7.7%|percent
39个|other:county
14120元|CNY
8.9%|percent
1.2个百分点|percentage_point
13368元|CNY
14.2%|percent
1.02万户|household
3.86万人|person
4.37万户|household
16.15万人|person
2.91万户|household
10.88万人|person
67.4%|percent
1.46万户|household
5.27万人|person
二十二点六万人|person
两万多人|person
6.1万人|person
7.4万人|person
9.1万人|person
3.2万个|other:岗位
2.9万人|person
九百八十期|other:期
4.35万人次|person_time
3126个|project
2874个|project
91.9%|percent
218.6亿元|CNY
76.4亿元|CNY
139.1亿元|CNY
3.1亿元|CNY
6个|other:county|{HD}
15.84亿元|CNY|{HD}
30.1%|percent|{HD}
3.12亿元|CNY|{HL}
2.05亿元|CNY|{XH}
12986元|CNY|{HD}
15.1%|percent|{HD}
11.2万人|person|{HL}
3.4万人|person|{HL}
""")
R(A, "sum", X, "2023", "52.6亿元", "a+b+c", ["41.8亿", "8.5亿", "2.3亿"], "中央41.8 + 省级8.5 + 市县2.3 (亿元)", "by level")
cannot(A, X, "2023 vs 2022", "6.3%", "衔接资金52.6亿元; 上年 not printed")
R(A, "share", X, "2023", "60.6%", "a/b", ["31.9亿", "52.6亿"], "产业发展31.9亿元 / 衔接资金52.6亿元")
cannot(A, X, "2023 vs 2022", "7.7%", "15614元; 上年 not printed")
cannot(A, X, "2023 vs 2022", "8.9%", "脱贫县14120元; 上年 not printed")
R(A, "difference", X, "2023", "1.2个百分点", "a-b", ["8.9%", "7.7%"], "脱贫县增速8.9% − 全省增速7.7%")
cannot(A, X, "2023 vs 2022", "14.2%", "脱贫人口13368元; 上年 not printed")
R(A, "sum", X, "2023", "4.37万户", "a+b", ["2.91万", "1.46万"], "已消除风险2.91万户 + 尚未消除1.46万户")
R(A, "sum", X, "2023", "16.15万人", "a+b", ["10.88万", "5.27万"], "已消除风险10.88万人 + 尚未消除5.27万人")
R(A, "share", X, "2023", "67.4%", "a/b", ["10.88万", "16.15万"], "已消除风险10.88万人 / 监测对象16.15万人")
R(A, "sum", X, "2023", "二十二点六万人", "a+b+c", ["6.1万", "7.4万", "9.1万"], "省外6.1 + 省内县外7.4 + 县内9.1 (万人)",
  "by 就业地; the total spoken in Chinese numerals", reported=226000, half=500)
R(A, "rate", X, "2023", "91.9%", "a/b", ["2874", "3126"], "已完工2874个 / 项目3126个", "完工率")
R(A, "sum", X, "2023", "218.6亿元", "a+b+c", ["76.4亿", "139.1亿", "3.1亿"], "经营性76.4 + 公益性139.1 + 到户类3.1 (亿元)")
R(A, "share", HD, "2023", "30.1%", "a/b", ["15.84亿", "52.6亿"], "海东15.84亿元 / 全省52.6亿元")
cannot(A, HD, "2023 vs 2022", "15.1%", "海东 脱贫人口12986元; 上年 not printed")


# ======================================================================================================
B = "b_sichuan_npc_inspection_rural_revitalization_law_2022"; X = "四川省"
LS = "凉山彝族自治州;凉山州"
ROWS = [("南充市", "10.62", "17286", "10.4", "28630"), ("广元市", "9.35", "15623", "10.6", "24150"),
        ("巴中市", "9.87", "15207", "10.9", "29420"), ("达州市", "11.48", "17610", "10.3", "31260"),
        (LS, "42.56", "15134", "11.5", "68540")]
table_b = "\n".join(f"{m}|CNY*1e8|{r}\n{i}|CNY|{r}\n{g}|percent|{r}\n{p}|person|{r}" for r, m, i, g, p in ROWS)
quantities(B, X, f"""
4个|other:小组
5个|other:prefecture
16个|other:county
26场|other:场
112个|other:点位
16个|other:prefecture
9534.8万亩|mu
3582.1万吨|ton
1.4%|percent
4950万亩|mu
6314.8万头|head
17575元|CNY
10.3%|percent
88个|other:county
15212元|CNY
11.2%|percent
0.9个百分点|percentage_point
11.96万户|household
38.85万人|person
22.41万人|person
57.7%|percent
163.8亿元|CNY
120.5亿元|CNY
43.3亿元|CNY
13个|other:industrial_park
238个|other:园区
4.3亿人次|person_time
1981亿元|CNY
12.6%|percent
21个|other:prefecture
17个|other:prefecture
81.0%|percent
{table_b}
83.88|CNY*1e8
182000|person
23.6%|percent
5万元|CNY
6.8人|person
55%|percent
9个|other:county
60%以上|percent
""")
R(B, "sum", X, "2022", "5个", "a", ["5"], "count: 南充、广元、巴中、达州、凉山", "count of the 市（州） named before 5个", reported=5)
cannot(B, X, "2021 vs 2020", "1.4%", "粮食产量3582.1万吨; 上年 not printed")
cannot(B, X, "2021 vs 2020", "10.3%", "17575元; 上年 not printed")
cannot(B, X, "2021 vs 2020", "11.2%", "脱贫县15212元; 上年 not printed")
R(B, "difference", X, "2021", "0.9个百分点", "a-b", ["11.2%", "10.3%"], "脱贫县增速11.2% − 全省增速10.3%")
R(B, "rate", X, "2021", "57.7%", "a/b", ["22.41万", "38.85万"], "已消除风险22.41万人 / 监测对象38.85万人", "风险消除率")
R(B, "sum", X, "2022", "163.8亿元", "a+b", ["120.5亿", "43.3亿"], "中央120.5亿元 + 省级43.3亿元")
cannot(B, X, "2021 vs 2020", "12.6%", "综合经营性收入1981亿元; 上年 not printed")
R(B, "share", X, "2022", "81.0%", "a/b", ["17", "21"], "出台17个 / 市（州）21个")
R(B, "sum", X, "2021", "83.88亿元", "a+b+c+d+e", [m + "亿" for _, m, *_ in ROWS], " + ".join(m for _, m, *_ in ROWS) + " (亿元)",
  "table column 衔接资金, 合计", bare="83.88")
R(B, "sum", X, "2021", "182000", "a+b+c+d+e", [p for *_, p in ROWS], " + ".join(p for *_, p in ROWS) + " (人)",
  "table column 监测对象, 合计")


# ======================================================================================================
C = "c_lvliang_audit_rectification_2022"; X = "吕梁市"
TROWS = [("离石区", "14", "14", "2186.4", "2186.4", "100.0"), ("临县", "18", "16", "4325.8", "3862.1", "88.9"),
         ("兴县", "15", "14", "3652.0", "3402.7", "93.3"), ("石楼县", "12", "11", "2864.5", "2571.3", "91.7"),
         ("岚县", "11", "11", "1970.6", "1970.6", "100.0")]
table_c = "\n".join(f"{n}|other:问题|{r}\n{d}|other:问题|{r}\n{m}|CNY*1e4|{r}\n{z}|CNY*1e4|{r}\n{p}|percent|{r}"
                    for r, n, d, m, z, p in TROWS)
quantities(C, X, f"""
13个|other:county
18.64亿元|CNY
21.35亿元|CNY
87.3%|percent
156个|other:问题
3.28亿元|CNY
42个|other:问题
1.46亿元|CNY
51个|other:问题
0.97亿元|CNY
38个|other:问题
0.62亿元|CNY
25个|other:问题
0.23亿元|CNY
156个|other:问题
148个|other:问题
96.2%|percent
3.05亿元|CNY
93.0%|percent
1.38亿元|CNY
1826.5万元|CNY
865.3万元|CNY
1.40亿元|CNY
27项|document
23人|person
{table_c}
8个|other:问题
2300万元|CNY
""")
R(C, "share", X, "2021", "87.3%", "a/b", ["18.64亿", "21.35亿"], "抽查18.64亿元 / 衔接资金总量21.35亿元")
R(C, "sum", X, "2021", "156个", "a+b+c+d", ["42", "51", "38", "25"], "闲置滞留42 + 项目管理51 + 资产管理38 + 违规使用25 (个)")
R(C, "sum", X, "2021", "3.28亿元", "a+b+c+d", ["1.46亿", "0.97亿", "0.62亿", "0.23亿"], "1.46 + 0.97 + 0.62 + 0.23 (亿元)", "by kind")
R(C, "rate", X, "2022", "96.2%", "a/b", ["148", "156"], "已整改148个 / 问题156个", "deliberate error: 94.9%", verdict="mismatch")
R(C, "rate", X, "2022", "93.0%", "a/b", ["3.05亿", "3.28亿"], "已整改金额3.05亿元 / 问题金额3.28亿元", "金额整改率")
R(C, "sum", X, "2022", "3.05亿元", "a+b+c+d", ["1.38亿", "1826.5万", "865.3万", "1.40亿"],
  "盘活1.38亿元 + 追回1826.5万元 + 归还865.3万元 + 规范资产1.40亿元")
for r, n, d, m, z, p in TROWS:
    R(C, "rate", r, "2022", p + "%", "a/b", [d, n], f"已整改{d}个 / 问题{n}个", "table row, 问题整改率", bare=p)
R(C, "difference", X, "2022", "8个", "a-b", ["156", "148"], "问题156个 − 已整改148个")
R(C, "difference", X, "2022", "2300万元", "a-b", ["3.28亿", "3.05亿"], "问题金额3.28亿元 − 已整改3.05亿元")


# ======================================================================================================
D = "d_logistics_group_csr_paired_assistance_2021"; X = "阜南县;霍邱县;安徽省"
FN, HQ = "阜南县", "霍邱县"
KPI = [("3850", "4620", "5260", "CNY*1e4"), ("8200", "10500", "12600", "CNY*1e4"), ("1860", "2150", "2360", "person_time"),
       ("1920", "2310", "2840", "CNY*1e4"), ("4280", "5170", "6150", "CNY*1e4")]
table_d = "\n".join(f"{a}|{u}\n{b}|{u}\n{c}|{u}" for a, b, c, u in KPI)
quantities(D, X, f"""
8650万元|CNY
5260万元|CNY
13.9%|percent
3390万元|CNY
1.26亿元|CNY
2360人次|person_time
1480人次|person_time
3020人次|person_time
6860人次|person_time
2840万元|CNY
6150万元|CNY
67个|project
1260万元|CNY
44.4%|percent
2名|person
2名|person
{table_d}
2980万元|CNY|{FN}
36个|project|{FN}
22个|project|{FN}
1.26万人|person|{FN}
9家|enterprise|{FN}
7100万元|CNY|{FN}
3650人次|person_time|{FN}
4720万元|CNY|{FN}
2280万元|CNY|{HQ}
29个|project|{HQ}
17个|project|{HQ}
3390万元|CNY|{HQ}
0.94万人|person|{HQ}
7家|enterprise|{HQ}
5500万元|CNY|{HQ}
3210人次|person_time|{HQ}
4270万元|CNY|{HQ}
""")
R(D, "sum", X, "2021", "8650万元", "a+b", ["5260万", "3390万"], "无偿5260万元 + 有偿3390万元")
R(D, "growth", X, "2021 vs 2020", "13.9%", "a/b-1", ["5260万", "4620万"], "无偿5260万元 / 2020年4620万元 (关键绩效表) − 1")
R(D, "sum", X, "2021", "6860人次", "a+b+c", ["2360", "1480", "3020"], "基层干部2360 + 带头人1480 + 专业技术人才3020 (人次)")
R(D, "share", X, "2021", "44.4%", "a/b", ["1260万", "2840万"], "平台采购1260万元 / 直接购买2840万元")
R(D, "sum", X, "2021", "67个", "a+b", ["36", "29"], "阜南36 + 霍邱29 (个)", "deliberate error: 65", verdict="mismatch")
R(D, "sum", X, "2021", "5260万元", "a+b", ["2980万", "2280万"], "阜南2980 + 霍邱2280 (万元)", "by 县")
R(D, "sum", X, "2021", "1.26亿元", "a+b", ["7100万", "5500万"], "阜南7100 + 霍邱5500 (万元)", "引进资金 by 县")
R(D, "sum", X, "2021", "6860人次", "a+b", ["3650", "3210"], "阜南3650 + 霍邱3210 (人次)", "by 县")


# ======================================================================================================
E = "e_wangqing_wechat_post_2023"; X = "汪清县"
quantities(E, X, """
15860元|CNY
13.6%|percent
14320元|CNY
8.8%|percent
4.8个百分点|percentage_point
1.86亿元|CNY
1.15亿元|CNY
61.8%|percent
1.2亿袋|other:袋
4.8亿元|CNY
8650户|household
3260户|household
39.7%|percent
211个|village
10万元|CNY
50万元|CNY
23个|village
1.32万人|person
0.78万人|person
0.54万人|person
2150个|other:岗位
46期|other:期
3280人次|person_time
1286户|household
2750人|person
763户|household
1637人|person
59.5%|percent
""")
cannot(E, X, "2023 vs 2022", "13.6%", "脱贫人口15860元; 上年 not printed")
cannot(E, X, "2023 vs 2022", "8.8%", "农村居民14320元; 上年 not printed")
R(E, "difference", X, "2023", "4.8个百分点", "a-b", ["13.6%", "8.8%"], "脱贫人口增幅13.6% − 农村居民增幅8.8%")
R(E, "share", X, "2023", "61.8%", "a/b", ["1.15亿", "1.86亿"], "产业1.15亿元 / 衔接资金1.86亿元")
R(E, "share", X, "2023", "39.7%", "a/b", ["3260", "8650"], "脱贫户3260户 / 农户8650户", "deliberate error: 37.7%", verdict="mismatch")
R(E, "sum", X, "2023", "1.32万人", "a+b", ["0.78万", "0.54万"], "外出0.78万人 + 县内0.54万人")
R(E, "rate", X, "2023", "59.5%", "a/b", ["1637", "2750"], "已消除风险1637人 / 监测对象2750人", "风险消除率")


# ======================================================================================================
F = "f_shouning_statistical_bulletin_2023"; X = "寿宁县"
PRODUCTS = [("46800", "1.3"), ("18600", "5.1"), ("32500", "6.8"), ("21400", "3.2"), ("8620", "0.8"), ("5130", "1.5")]
table_f = "\n".join(f"{q}|ton\n{g}|percent" for q, g in PRODUCTS)
quantities(F, X, f"""
126.85亿元|CNY
5.8%|percent
23.46亿元|CNY
4.2%|percent
42.18亿元|CNY
6.4%|percent
61.21亿元|CNY
5.9%|percent
18.5%|percent
38.62亿元|CNY
4.5%|percent
21.34亿元|CNY
4.8%|percent
6.85亿元|CNY
3.6%|percent
5.96亿元|CNY
2.9%|percent
1.12亿元|CNY
1.5%|percent
3.35亿元|CNY
7.2%|percent
13.26万亩|mu
0.18万亩|mu
4.68万吨|ton
1.3%|percent
0.52万吨|ton
3.61万吨|ton
0.55万吨|ton
15.2万亩|mu
1.86万吨|ton
5.1%|percent
{table_f}
28650元|CNY
6.3%|percent
40230元|CNY
4.9%|percent
21360元|CNY
7.4%|percent
9820元|CNY
8.1%|percent
46.0%|percent
7640元|CNY
6.2%|percent
520元|CNY
5.3%|percent
3380元|CNY
7.6%|percent
19860元|CNY
11.8%|percent
17240元|CNY
13.2%|percent
386户|household
1245人|person
312户|household
1036人|person
83.2%|percent
1.63亿元|CNY
8.7%|percent
148个|project
92个|project
62.2%|percent
202个|village
10万元|CNY
50万元|CNY
36个|village
17.8%|percent
""")
R(F, "sum", X, "2023", "126.85亿元", "a+b+c", ["23.46亿", "42.18亿", "61.21亿"], "一产23.46 + 二产42.18 + 三产61.21 (亿元)")
cannot(F, X, "2023 vs 2022", "5.8%", "地区生产总值126.85亿元 (不变价); 上年 not printed")
R(F, "share", X, "2023", "18.5%", "a/b", ["23.46亿", "126.85亿"], "一产23.46亿元 / 地区生产总值126.85亿元")
R(F, "sum", X, "2023", "38.62亿元", "a+b+c+d+e", ["21.34亿", "6.85亿", "5.96亿", "1.12亿", "3.35亿"],
  "农21.34 + 林6.85 + 牧5.96 + 渔1.12 + 辅助3.35 (亿元)")
R(F, "sum", X, "2023", "4.68万吨", "a+b+c", ["0.52万", "3.61万", "0.55万"], "早稻0.52 + 晚稻3.61 + 薯类0.55 (万吨)")
R(F, "sum", X, "2023", "21360元", "a+b+c+d", ["9820", "7640", "520", "3380"], "工资9820 + 经营7640 + 财产520 + 转移3380 (元)")
R(F, "share", X, "2023", "46.0%", "a/b", ["9820", "21360"], "工资性收入9820元 / 农村居民人均可支配收入21360元",
  reported=46.0, half=0.05)
R(F, "rate", X, "2023", "83.2%", "a/b", ["1036", "1245"], "消除风险1036人 / 监测对象1245人", "风险消除率")
R(F, "share", X, "2023", "62.2%", "a/b", ["92", "148"], "产业发展项目92个 / 衔接项目148个")
R(F, "share", X, "2023", "17.8%", "a/b", ["36", "202"], "50万元以上的村36个 / 行政村202个")

GOLD.write_relations()
