"""Gold of tests/data/unseen_ay (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six genres an economist feeds such a tool that the earlier sets do not have: a 市 财政局/乡村振兴局 通知 下达 衔接资金
by 因素法 (汉中市, 陕西: 分配因素及权重 45/20/25/10%, amounts per factor, 绩效奖励 每个县 200万元, 资金用途 shares and a tab
分配表 by 县（区） with a blank 绩效奖励 cell in most rows), a 统计局调查总队 农民工监测调查报告 (江西: 总量/外出/本地 with 增长,
跨省/省内 shares, 流向 三省, 就业结构 by 产业 in shares and 百分点, 月均收入, 居住面积, 脱贫劳动力 务工 against 目标任务),
a 援藏工作队 annual summary of 陕西 对口支援 阿里地区 (项目 开工率/完工率/投资完成率, 资金 by 县 and 地区本级, 项目 by 类别,
多油村, 狮泉河镇), a 县农业农村局 年度工作总结 of 睢宁县 (江苏 徐州: the language of 江苏, 低收入农户 and 集体经营性收入
instead of 脱贫人口; 完成 目标任务 的 N%, 粮食 万亩/万吨 and 亩产 公斤, a tab 重点指标 table 指标|单位|目标任务|完成|完成率（%）
whose unit is a column), a 脱贫攻坚普查公报 (宁夏, 第二号: a tab table by 县（区） of 建档立卡户/人口 with 合计, counts and
shares of 建档立卡户 that add up, a rounding note) and a 国家电网报 news of 国网恩施供电公司 (湖北 恩施州: 千伏安, 千瓦时,
台, 户均配变容量 from/to with 增长, 供电可靠率 from/to with 提高 N个百分点, 三县市合计 and its share, a quote).
Regions: the report's place (汉中市; 江西省; `阿里地区;陕西省` receiver first; 睢宁县; 宁夏回族自治区;
`恩施土家族苗族自治州;恩施州`), a named 县/镇/村 its figures (`多油村;普兰镇;普兰县;陕西省`); 江西's migrants in a
province they go to `江西省;广东省`.

Three figures are deliberately wrong, the rest agree:
  b 江西 脱贫劳动力 务工132.6万人，其中省外务工56.4万人，占44.5%: 56.4 / 132.6 = 42.5% (a share);
  c 阿里 实施援藏项目58个 … 已完工49个，完工率86.5%: 49 / 58 = 84.5% (a rate);
  d 睢宁 争取上级项目资金3.92亿元 against 中央1.86 + 省级1.24 + 市级0.72 = 3.82亿元 (a total).
Left out of the quantities: dates and document numbers (汉财农〔2024〕12号, 2024年4月30日, 9月底), durations (30日内,
不少于10天, 6个月及以上, 三年来), ordinals (第一批, 第十批, 第二号), names and slogans (十四五, 两不愁三保障, 一户一方案、
一人一措施, 电制茶), the voltage grade of 10千伏线路 (a class of line, as 三级公路), indefinite 几百斤, note numbering.
In: thresholds and targets (不低于55%, 80%以上, 130万人以上, 100万人以上城市, 超过50万元, 5亿元以上, 95%以上, 3千伏安以上, the
2024 plans of d), counts whose items are listed inline (a 3个县, b 三省, e 两县 and 四种, f 三县市).
Left out of the relations: targets, growths and shares whose base is not printed (b 外出/本地 月均收入 增长, 南昌市 27.8%,
industry shares, 比省内流动农民工高776元; c 边贸 21.6%; d 82.3% of 耕地; f 18.9%, 38.6%), one-part identities (a table rows
合计 = 因素法分配 where no 奖励, e 1100个 of 1100个), the table's 合计 restating the text (e 184200 = 18.42万户), subsets
(d 东风村 15亿元 within 沙集镇 128亿元, f 0.42万户 within 1.26万户).
First contact (base 811fd64, code unchanged):
    extraction F1 0.963 (P 0.985, R 0.942) over 344 gold quantities; regions 0.978 (317/324);
    relations: 68/86 verified right (69 verified), 1/3 real inconsistencies found (c 86.5%; b 44.5% missed,
    d 3.92亿元 matched against other figures), 2 false alarms (a 3个县 counted against 留坝县、佛坪县 after it,
    c 其中赴陕务工215人 checked against 126人 across 3860人次); benchmarks/wrong_numbers.py: 0.
What first contact showed: 伍家台村 read as 伍家 = 5 家 (twice), the units of a 单位 column of a tab table unread
(d's ten bare figures), 千伏安 unknown (five figures), counts of names listed before them unread (b 三省, e 四种,
f 三县市) and a 四项因素 counted whose factors are listed a sentence before; regions: 南郑区 given as 南郑县 (the county
became a 区), 全年返乡 taken as a place, 狮泉河镇 unknown.
Gold corrections after first contact: none.
After the rules (tests/test_unseen_ay.py; branch h-ay): extraction F1 0.993 (P 0.991, R 0.994) over 344, regions 0.991 (339/342), relations 76/86 verified right (76 verified),
3/3 found, 0 false alarms; wrong_numbers 0.
Still missed: a 四项 (四项因素, its factors listed a sentence before: out by the corpus convention, read as a count), d
1.3万家 (网店 counted by 家, read as enterprises) and 12个 特色田园乡村 (villages, read as 个), a the four factor shares
(3600万元 of 8000万元 = 45% where the weights are printed before the amounts) and 100% = the four weights, c 4.86亿元 = the
three counties + 地区本级, d 452.7公斤 (亩产 from 万吨 over 万亩), f 12.3% (base 6.09亿元 given earlier with 分别) and
22.3万元 每座; regions: the figures after 阿里陕西实验学校 (a school named after places) given to 阿里地区, 20元 in a quote
whose speaker (伍家台村党支部书记) comes after it.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"三省": 3, "两县": 2, "四种": 4, "三县市": 3}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_hanzhong_factor_allocation_notice_2024"; X = "汉中市"; P = "2024"
THREE = f"镇巴县;宁强县;洋县;{X}"
TABLE_A = [("汉台区", "320", "", "320"), ("南郑区", "880", "", "880"), ("城固县", "860", "", "860"),
           ("洋县", "1020", "200", "1220"), ("西乡县", "960", "", "960"), ("勉县", "880", "", "880"),
           ("宁强县", "1040", "200", "1240"), ("略阳县", "720", "", "720"), ("镇巴县", "920", "200", "1120"),
           ("留坝县", "180", "", "180"), ("佛坪县", "220", "", "220")]
spec_a = "\n".join("\n".join(f"{x}|CNY*1e4|{r}" for x in (f, b, t) if x) for r, f, b, t in TABLE_A)
quantities(A, X, f"""
8600万元|CNY
8000万元|CNY
600万元|CNY
45%|percent
20%|percent
25%|percent
10%|percent
100%|percent
3600万元|CNY
1600万元|CNY
2000万元|CNY
800万元|CNY
200万元|CNY|{THREE}
3个县|other:county|{THREE}
600万元|CNY|{THREE}
不低于55%|percent
5246万元|CNY
61.0%|percent
1032万元|CNY
12.0%|percent
1892万元|CNY
22.0%|percent
430万元|CNY
5.0%|percent
80%以上|percent
{spec_a}
8000|CNY*1e4
600|CNY*1e4
8600|CNY*1e4
""")
R(A, "sum", X, P, "8600万元", "a+b", ["8000万", "600万"], "因素法分配8000万元 + 绩效奖励600万元")
R(A, "sum", X, P, "100%", "a+b+c+d", ["45%", "20%", "25%", "10%"], "权重 45% + 20% + 25% + 10%", "各因素权重合计")
for amt, w in (("3600", "45%"), ("1600", "20%"), ("2000", "25%"), ("800", "10%")):
    R(A, "share", X, P, w, "a/b", [amt + "万", "8000万"], f"{amt}万元 / 因素法分配8000万元", "权重")
R(A, "sum", X, P, "8000万元", "a+b+c+d", ["3600万", "1600万", "2000万", "800万"], "3600 + 1600 + 2000 + 800 (万元)", "四项因素")
R(A, "per_unit", THREE, P, "200万元", "a/b", ["600万", "3"], "奖励资金600万元 / 3个县", "每个县")
for amt, s in (("5246", "61.0%"), ("1032", "12.0%"), ("1892", "22.0%"), ("430", "5.0%")):
    R(A, "share", X, P, s, "a/b", [amt + "万", "8600万"], f"{amt}万元 / 本批资金8600万元", "资金用途")
R(A, "sum", X, P, "8600万元", "a+b+c+d", ["5246万", "1032万", "1892万", "430万"], "产业5246 + 就业1032 + 基础设施1892 + 其他430 (万元)", "资金用途")
GOLD.table_sums(A, X, P, [(r, f, t) for r, f, b, t in TABLE_A] + [("合计", "8000", "8600")],
                [("因素法分配", "万元"), ("合计", "万元")], "县（区）")
R(A, "sum", THREE, P, "600万元", "a+b+c", ["200万", "200万", "200万"], "200 + 200 + 200 (万元)", "绩效奖励 by 县, table 合计", bare="600")
for r, f, b, t in TABLE_A:
    if b:
        R(A, "sum", r, P, t + "万元", "a+b", [f + "万", b + "万"], f"因素法{f} + 奖励{b} (万元)", "table row 合计", bare=t)


# ======================================================================================================
B = "b_jiangxi_migrant_workers_monitoring_2023"; X = "江西省"; P = "2023"
GD, ZJ, FJ = f"{X};广东省", f"{X};浙江省", f"{X};福建省"
S3 = f"{X};广东省;浙江省;福建省"
quantities(B, X, f"""
130万人以上|person
1263.8万人|person
18.6万人|person
1.5%|percent
812.4万人|person
9.2万人|person
1.1%|percent
451.4万人|person
9.4万人|person
2.1%|percent
539.6万人|person
66.4%|percent
272.8万人|person
33.6%|percent
198.3万人|person|{GD}
142.6万人|person|{ZJ}
76.5万人|person|{FJ}
三省|other:province|{S3}
417.4万人|person|{S3}
77.4%|percent|{S3}
27.8%|percent|{X};南昌市
16.5%|percent|{X};赣州市
53.2%|percent
0.8个百分点|percentage_point
46.2%|percent
0.9个百分点|percentage_point
0.6%|percent
31.4%|percent
20.9%|percent
11.8%|percent
10.6%|percent
82.7%|percent
17.3%|percent
4518元|CNY
172元|CNY
4.0%|percent
4862元|CNY
3.6%|percent
3906元|CNY
4.8%|percent
5126元|CNY
776元|CNY
5368元|CNY
3712元|CNY
23.8平方米|other:平方米
0.6平方米|other:平方米
100万人以上|person
18.6平方米|other:平方米
42.3%|percent
1.2个百分点|percentage_point
132.6万人|person
125万人|person
106.1%|percent
56.4万人|person
44.5%|percent
76.2万人|person
48.6万人|person|赣州市
21.3万人|person|吉安市
19.8万人|person|上饶市
4.86万人|person
18.2万人|person
""")
R(B, "sum", X, P, "1263.8万人", "a+b", ["812.4万", "451.4万"], "外出812.4万人 + 本地451.4万人")
R(B, "growth", X, "2023 vs 2022", "1.5%", "a/(b-a)", ["18.6万", "1263.8万"], "增加18.6万人 / (1263.8万 − 18.6万)")
R(B, "growth", X, "2023 vs 2022", "1.1%", "a/(b-a)", ["9.2万", "812.4万"], "增加9.2万人 / (812.4万 − 9.2万)", "外出农民工")
R(B, "growth", X, "2023 vs 2022", "2.1%", "a/(b-a)", ["9.4万", "451.4万"], "增加9.4万人 / (451.4万 − 9.4万)", "本地农民工")
R(B, "share", X, P, "66.4%", "a/b", ["539.6万", "812.4万"], "跨省539.6万人 / 外出812.4万人")
R(B, "share", X, P, "33.6%", "a/b", ["272.8万", "812.4万"], "省内272.8万人 / 外出812.4万人")
R(B, "sum", X, P, "812.4万人", "a+b", ["539.6万", "272.8万"], "跨省539.6万 + 省内272.8万 (人)")
R(B, "sum", S3, P, "417.4万人", "a+b+c", ["198.3万", "142.6万", "76.5万"], "广东198.3 + 浙江142.6 + 福建76.5 (万人)", "三省合计")
R(B, "share", S3, P, "77.4%", "a/b", ["417.4万", "539.6万"], "三省417.4万人 / 跨省流动539.6万人")
R(B, "growth", X, "2023 vs 2022", "4.0%", "a/(b-a)", ["172元", "4518元"], "增加172元 / (4518元 − 172元)", "月均收入")
R(B, "rate", X, P, "106.1%", "a/b", ["132.6万", "125万"], "务工132.6万人 / 目标任务125万人", "完成")
R(B, "share", X, P, "44.5%", "a/b", ["56.4万", "132.6万"], "省外56.4万人 / 务工132.6万人",
  "deliberate error: 56.4 / 132.6 = 42.5%", verdict="mismatch")
R(B, "sum", X, P, "132.6万人", "a+b", ["56.4万", "76.2万"], "省外56.4万 + 省内76.2万 (人)")


# ======================================================================================================
C = "c_shaanxi_aid_ngari_2023"; SX = "陕西省"; X = f"阿里地区;{SX}"; P = "2023"
PL, GE, ZD = f"普兰县;{SX}", f"噶尔县;{SX}", f"札达县;{SX}"
quantities(C, X, f"""
4.86亿元|CNY
4.50亿元|CNY
8.0%|percent
58个|project
46个|project
12个|project
58个|project
100%|percent
49个|project
86.5%|percent
4.37亿元|CNY
89.9%|percent
4.12亿元|CNY
84.8%|percent
3.65亿元|CNY
75.1%|percent
1.36亿元|CNY|{PL}
18个|project|{PL}
1.62亿元|CNY|{GE}
19个|project|{GE}
1.14亿元|CNY|{ZD}
13个|project|{ZD}
0.74亿元|CNY
8个|project
22个|project
9个|project
8个|project
14个|project
5个|project
120座|other:座|多油村;普兰镇;{PL}
86户|household|多油村;普兰镇;{PL}
6800元|CNY|多油村;普兰镇;{PL}
5个|other:合作社|托林镇;{ZD}
312户|household|托林镇;{ZD}
3200平方米|other:平方米|{PL}
1.28亿元|CNY|{PL}
21.6%|percent|{PL}
2860万元|CNY
2480万元|CNY
15.3%|percent
1800万元|CNY|狮泉河镇;{GE}
6800平方米|other:平方米|狮泉河镇;{GE}
600个|other:学位|狮泉河镇;{GE}
38项|item
2.36万人次|person_time
1260台次|other:台次
126人|person
3860人次|person_time
215人|person
426名|person
98名|person
328名|person
1450人次|person_time
46期|other:期
5200人次|person_time
5亿元以上|CNY
95%以上|percent
""")
R(C, "growth", X, "2023 vs 2022", "8.0%", "a/b-1", ["4.86亿", "4.50亿"], "4.86亿元 / 2022年4.50亿元 − 1")
R(C, "sum", X, P, "58", "a+b", ["46", "12"], "计划内46 + 计划外12 (项目)")
R(C, "rate", X, "2023-12", "100%", "a/b", ["58", "58"], "开工58个 / 58个", "开工率")
R(C, "rate", X, "2023-12", "86.5%", "a/b", ["49", "58"], "已完工49个 / 58个",
  "完工率; deliberate error: 49 / 58 = 84.5%", verdict="mismatch")
R(C, "rate", X, "2023-12", "89.9%", "a/b", ["4.37亿", "4.86亿"], "完成投资4.37亿元 / 4.86亿元", "投资完成率")
R(C, "share", X, P, "84.8%", "a/b", ["4.12亿", "4.86亿"], "县及县以下4.12亿元 / 援藏资金4.86亿元")
R(C, "share", X, P, "75.1%", "a/b", ["3.65亿", "4.86亿"], "民生3.65亿元 / 援藏资金4.86亿元")
R(C, "sum", X, P, "4.86亿元", "a+b+c+d", ["1.36亿", "1.62亿", "1.14亿", "0.74亿"], "普兰1.36 + 噶尔1.62 + 札达1.14 + 地区本级0.74 (亿元)", "分县")
R(C, "sum", X, P, "58", "a+b+c+d", ["18", "19", "13", "8"], "普兰18 + 噶尔19 + 札达13 + 地区本级8 (项目)", "分县")
R(C, "sum", X, P, "58", "a+b+c+d+e", ["22", "9", "8", "14", "5"], "22 + 9 + 8 + 14 + 5 (项目)", "按项目类别")
R(C, "growth", X, "2023 vs 2022", "15.3%", "a/b-1", ["2860万", "2480万"], "2860万元 / 上年2480万元 − 1", "消费援藏")
R(C, "sum", X, P, "426", "a+b", ["98", "328"], "党政干部98 + 专业技术人才328 (名)")


# ======================================================================================================
D = "d_suining_agriculture_bureau_summary_2023"; X = "睢宁县"; P = "2023"
SJ = f"沙集镇;{X}"
TABLE_D = [("1.2", "1.26", "105.0", "mu*1e4", "万"), ("86", "88.4", "102.8", "head*1e4", "万"),
           ("4200", "4200", "100.0", "household", ""), ("1500", "1632", "108.8", "person", ""),
           ("46", "52", "113.0", "village", "")]
spec_d = "\n".join(f"{t}|{u}\n{d}|{u}\n{p}|percent" for t, d, p, u, _ in TABLE_D)
quantities(D, X, f"""
158.6万亩|mu
157.2万亩|mu
100.9%|percent
71.8万吨|ton
1.3万吨|ton
1.8%|percent
452.7公斤|other:公斤
82.4万亩|mu
37.6万吨|ton
76.2万亩|mu
34.2万吨|ton
8.6万亩|mu
8万亩|mu
107.5%|percent
121.8万亩|mu
82.3%|percent
2.36万户|household
6.82万人|person
12650元|CNY
1170元|CNY
10.2%|percent
1.42亿元|CNY
3260户|household
4.36万元|CNY
364个|village
超过50万元|CNY
超过100万元|CNY
118个|village
32.4%|percent
1.3万家|other:网店|{SJ}
128亿元|CNY|{SJ}
3.6万人|person|{SJ}
1860人|person|{SJ}
突破15亿元|CNY|东风村;{SJ}
2.3万亩|mu|魏集镇;{X}
1.8万亩|mu|王集镇;{X}
3家|enterprise
21家|enterprise
86家|enterprise
3.92亿元|CNY
1.86亿元|CNY
1.24亿元|CNY
0.72亿元|CNY
3860户|household
42座|other:座
100%|percent
12个|village
{spec_d}
157万亩以上|mu
8万亩|mu
8%以上|percent
超过100万元|CNY
130个|village
""")
R(D, "rate", X, P, "100.9%", "a/b", ["158.6万", "157.2万"], "播种158.6万亩 / 目标任务157.2万亩", "完成")
R(D, "growth", X, "2023 vs 2022", "1.8%", "a/(b-a)", ["1.3万", "71.8万"], "增加1.3万吨 / (71.8万 − 1.3万)")
R(D, "per_unit", X, P, "452.7公斤", "a*1000/b", ["71.8万", "158.6万"], "71.8万吨 × 1000 / 158.6万亩", "每亩产量")
R(D, "sum", X, P, "158.6万亩", "a+b", ["82.4万", "76.2万"], "夏粮82.4万亩 + 秋粮76.2万亩")
R(D, "sum", X, P, "71.8万吨", "a+b", ["37.6万", "34.2万"], "夏粮37.6万吨 + 秋粮34.2万吨")
R(D, "rate", X, P, "107.5%", "a/b", ["8.6万", "8万"], "新建8.6万亩 / 任务8万亩", "完成")
R(D, "growth", X, "2023 vs 2022", "10.2%", "a/(b-a)", ["1170元", "12650元"], "增加1170元 / (12650元 − 1170元)")
R(D, "per_unit", X, P, "4.36万元", "a/b", ["1.42亿", "3260"], "贷款1.42亿元 / 3260户", "户均")
R(D, "share", X, P, "32.4%", "a/b", ["118", "364"], "超过100万元的村118个 / 364个")
R(D, "sum", X, P, "3.92亿元", "a+b+c", ["1.86亿", "1.24亿", "0.72亿"], "中央1.86 + 省级1.24 + 市级0.72 (亿元)",
  "deliberate error: the parts add to 3.82亿元", verdict="mismatch")
for t, d, p, u, mul in TABLE_D:
    R(D, "rate", X, P, p, "a/b", [d + mul, t + mul], f"完成{d} / 目标任务{t}", "完成率 (table)", pct=True)


# ======================================================================================================
E = "e_ningxia_poverty_census_bulletin_2021"; X = "宁夏回族自治区"; P = "2020"
XH = f"西吉县;海原县;{X}"
TABLE_E = [("原州区", "24816", "106528"), ("西吉县", "35712", "157365"), ("隆德县", "13628", "57642"),
           ("泾源县", "9826", "40236"), ("彭阳县", "17263", "73418"), ("盐池县", "11024", "32865"),
           ("同心县", "25346", "112568"), ("海原县", "32518", "148672"), ("红寺堡区", "14067", "73806")]
spec_e = "\n".join(f"{h}|household|{r}\n{p}|person|{r}" for r, h, p in TABLE_E)
quantities(E, X, f"""
1.12万人|person
1.36万户|household
18.42万户|household
80.31万人|person
4.36人|person
{spec_e}
184200|household
803100|person
15.74万人|person|西吉县
14.87万人|person|海原县
两县|other:county|{XH}
30.61万人|person|{XH}
38.1%|percent|{XH}
14.08万人|person
9.12万人|person
4.96万人|person
13.69万人|person
97.2%|percent
0.26万人|person
1.8%|percent
0.13万人|person
0.9%|percent
80.12万人|person
99.8%|percent
四种|other:种
9.86万人|person
9.71万人|person
98.5%|percent
1100个|village
1100个|village
18.42万户|household
11.63万户|household
63.1%|percent
4.27万户|household
23.2%|percent
2.52万户|household
13.7%|percent
18.15万户|household
98.5%|percent
0.27万户|household
1.5%|percent
17.68万户|household
96.0%|percent
""")
R(E, "per_unit", X, P, "4.36人", "a/b", ["803100", "184200"], "803100人 / 184200户 (table 合计)", "户均", reported=4.36, half=0.005)
GOLD.table_sums(E, X, P, TABLE_E + [("合计", "184200", "803100")], [("建档立卡户", "户"), ("建档立卡人口", "人")], "县（区）")
R(E, "sum", XH, P, "30.61万人", "a+b", ["15.74万", "14.87万"], "西吉15.74万 + 海原14.87万 (人)", "两县合计")
R(E, "share", XH, P, "38.1%", "a/b", ["30.61万", "80.31万"], "两县30.61万人 / 80.31万人")
R(E, "sum", X, P, "14.08万人", "a+b", ["9.12万", "4.96万"], "小学9.12万 + 初中4.96万 (人)")
for n, s in (("13.69万", "97.2%"), ("0.26万", "1.8%"), ("0.13万", "0.9%")):
    R(E, "share", X, P, s, "a/b", [n, "14.08万"], f"{n}人 / 适龄少年儿童14.08万人")
R(E, "sum", X, P, "14.08万人", "a+b+c", ["13.69万", "0.26万", "0.13万"], "在校13.69万 + 送教上门0.26万 + 不具备条件0.13万 (人)")
R(E, "share", X, P, "99.8%", "a/b", ["80.12万", "80.31万"], "参保80.12万人 / 建档立卡人口80.31万人")
R(E, "rate", X, P, "98.5%", "a/b", ["9.71万", "9.86万"], "签约9.71万人 / 慢性病人口9.86万人", "签约率")
R(E, "sum", X, P, "18.42万户", "a+b+c", ["11.63万", "4.27万", "2.52万"], "鉴定安全11.63万 + 危改4.27万 + 搬迁2.52万 (户)")
for n, s in (("11.63万", "63.1%"), ("4.27万", "23.2%"), ("2.52万", "13.7%"), ("18.15万", "98.5%"), ("0.27万", "1.5%"),
             ("17.68万", "96.0%")):
    R(E, "share", X, P, s, "a/b", [n, "18.42万"], f"{n}户 / 建档立卡户18.42万户")
R(E, "sum", X, P, "18.42万户", "a+b", ["18.15万", "0.27万"], "集中供水18.15万 + 分散供水0.27万 (户)")


# ======================================================================================================
F = "f_enshi_state_grid_rural_power_2023"; X = "恩施土家族苗族自治州;恩施州"; P = "2021-2023"
LBJ = f"利川市;巴东县;建始县;{X}"
FOUR = f"鹤峰县;宣恩县;咸丰县;来凤县;{X}"
WJT = "伍家台村;万寨乡;宣恩县"
quantities(F, X, f"""
18.6亿元|CNY
5.67亿元|CNY
6.09亿元|CNY
6.84亿元|CNY
12.3%|percent
2860公里|km
4120公里|km
1980台|other:台
31.6万千伏安|other:千伏安
1.62千伏安|other:千伏安
2.48千伏安|other:千伏安
53.1%|percent
99.54%|percent
99.86%|percent
0.32个百分点|percentage_point
99.92%|percent
3.12亿元|CNY|利川市
2.86亿元|CNY|巴东县
2.35亿元|CNY|建始县
三县市|other:county|{LBJ}
8.33亿元|CNY|{LBJ}
44.8%|percent|{LBJ}
186公里|km|{FOUR}
3400余户|household|{FOUR}
2160户|household
3.2万吨|ton
400千伏安|other:千伏安|{WJT}
8吨|ton|{WJT}
15吨|ton|{WJT}
20元|CNY|{WJT}
12家|enterprise|走马镇;鹤峰县
86万元|CNY|走马镇;鹤峰县
88个|other:供电所
1180名|person
38.6%|percent
386座|power_station
1.08亿千瓦时|other:千瓦时
8620万元|CNY
22.3万元|CNY
1.26万户|household
18.4万千瓦|other:千瓦
0.42万户|household
6.3万千瓦|other:千瓦
1260万元|CNY
18.9%|percent
3千伏安以上|other:千伏安
""")
R(F, "sum", X, P, "18.6亿元", "a+b+c", ["5.67亿", "6.09亿", "6.84亿"], "2021年5.67 + 2022年6.09 + 2023年6.84 (亿元)")
R(F, "growth", X, "2023 vs 2022", "12.3%", "a/b-1", ["6.84亿", "6.09亿"], "6.84亿元 / 2022年6.09亿元 − 1")
R(F, "growth", X, "2023 vs 2020", "53.1%", "a/b-1", ["2.48", "1.62"], "2.48千伏安 / 2020年1.62千伏安 − 1", "户均配变容量")
R(F, "difference", X, "2023 vs 2020", "0.32个百分点", "a-b", ["99.86%", "99.54%"], "99.86% − 2020年99.54%", "供电可靠率")
R(F, "sum", LBJ, P, "8.33亿元", "a+b+c", ["3.12亿", "2.86亿", "2.35亿"], "利川3.12 + 巴东2.86 + 建始2.35 (亿元)", "三县市合计")
R(F, "share", LBJ, P, "44.8%", "a/b", ["8.33亿", "18.6亿"], "三县市8.33亿元 / 全州18.6亿元")
R(F, "per_unit", X, "2023", "22.3万元", "a/b", ["8620万", "386"], "收入8620万元 / 386座", "平均每座电站")

GOLD.write_relations()
