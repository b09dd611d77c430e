"""Gold of tests/data/unseen_an (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six reports whose figures carry physical units and sector words, in places with unusual administrative names:
a 阿鲁科尔沁旗 (内蒙古 赤峰) 农牧局 report on 肉牛肉羊 (存栏/出栏 万头 and 万只, 头只 for mixed herds, 饲草 万亩 and 万吨,
苏木 and 嘎查 figures, 合作社 分红 户均, 头均/只均 prices), b 喀什日报 news of 叶城县 林果业 (核桃/红枣 万亩, 产量 万吨,
亩均 公斤, 转移就业 万人次 by 就业地, 阿克塔什村 and 托万克村 figures, 上海援疆 sales), c a 中标结果公告 batch of 通渭县 (甘肃)
衔接资金 projects (预算金额 vs 中标价 and 下浮率, 标段, 公里/米/座/平方米, with 项目编号 TWGC2024-0318, 工期 120日历天,
注册编号 甘162131415678 and telephone numbers that are not quantities), d 克山县 (黑龙江) 政策性农业保险 总结 (万公顷,
保费 shares by payer, 赔付率, 户均赔款, 粮食 万吨 by crop), e 阜平县 (河北) 十三五 总结 with a space-aligned table 2016年-2020年
and a 合计 row (年均增长 over 2016—2020年, 比上年, 比2016年增长), f 白沙黎族自治县牙叉镇 (海南) 村级合作社 分红 公示 with a
tab-separated table by 村 (户/人/元, 户均, 合计 row), a hotline 12388 and 公示期 7天.

Three figures are deliberately wrong, the rest agree:
  a 阿鲁科尔沁旗 衔接资金2.74亿元 其中用于肉牛肉羊产业1.86亿元，占65.9%: 1.86 / 2.74 = 67.9% (a share);
  d 克山县 赔款1.12亿元 against 保费总额14316万元，赔付率80.2%: 1.12 / 1.4316 = 78.2% (a rate);
  f 牙叉镇 table 合计 入社人数 2182 against the six villages 342 + 486 + 378 + 425 + 290 + 251 = 2172 (a total).
Left out of the quantities: dates and years (the table's 2016年 … 2020年 labels, 2021年7月至9月, 12月底), durations
(工期 120日历天 …, 3个工作日, 公示期 7天, 五年来), codes and numbers (项目编号, 项目经理 注册编号, telephone numbers, 12388),
names (十三五, 十四五, 四个不摘, 二级 in no span), the title and source lines.
Left out of the relations: targets (a 70万头 and 330万只, d 23万公顷以上, e 突破1.6万元), shares whose numerator is not
printed (a 饲草料自给率92.6%, 财政补贴80%; e 参保率100%, 报销比例90%), per-unit prices with no total (a 户均养殖 4.6头,
每头保费240元; b 人均月工资2800元; c 每座面积300平方米; d 每公顷 保险金额 and 保费, 大豆生产者补贴3450元), one-part
groupings (a 146.8万吨 其中 青贮玉米128.4万吨, 312家 其中186家; d 8.62万公顷 其中 成灾5.14万公顷, 4.12万户 其中6380户),
restatements (e 5.97万人 and 21.25亿元 of the table's 合计; f 73.14万元 of the table's 731400, the table's 户均 1332 of
the text's), the count of 标段 (c 5个, two and three listed in different places) and 年均 figures of no stated span.
Growths whose base is not printed are cannot_compute rows (a 5.1%, b 6.3% and 18.5%, d 12.4%); d 参保率100% too.

First contact (before any rule was written for them, base bae6000), with the gold as first typed:
    extraction F1 0.997 (P 0.997, R 0.997, indicator agreement 0.000) over 289 gold quantities in 6 files
    region agreement 1.000 (288/288 matched quantities; 0 with no region)
    relations: 35/64 verified right (36 verified), 2/3 real inconsistencies found, 2 false alarms
benchmarks/wrong_numbers.py: 0. No disagreement with the code was a gold mistake; the gold is unchanged.
What first contact showed: e `由2016年的7125元增加到2020年的11258元，年均增长12.1%，其中2020年比上年增长9.1%` checked the
year-on-year 9.1% as the change from 2016 to 2020 (58.0%: two false alarms, in rates and checks); a 合作社全年出栏肉羊4800只
read as a count of 合作社; 头均/只均 prices unchecked; every percent of an allotment (d 按照中央财政补贴45%、…农户自缴20%的比例分担。
其中，中央财政补贴6442.2万元…, f 按照可分配盈余60%用于社员分红、30%提取公积金…, a 按照收益的60%用于分红) unchecked; d 赔付率80.2%
(the deliberate error) read on 户均赔款3916元 as its numerator, its base 保费总额14316万元 four sentences back not found; c has no
grammar of 下浮率 (1 − 中标价/预算金额) nor of the sum of two 标段; f's 户均 column of the table unchecked.
After the rules of tests/test_unseen_an.py: F1 1.000 (P 1.000, R 1.000) over 289, regions 1.000 (289/289), relations 51/64
(51 verified), 2/3 found, 0 false alarms. Still missed: c's 下浮率, 标段 sums, 节约 difference and 综合下浮率 (a 招标公告 grammar);
d 赔付率 (the total 赔款 three clauses before the rate, behind 户数 and 户均赔款; the base beyond the scope of three sentences);
b 亩均150公斤 (吨 over 亩, a change of measure) and 加工转化率; e 比2016年增长74.1% (the 2016 level only in the table) and
比上年增长9.1% (the 2019 level only in the table).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"两个": 2}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_aluhorqin_beef_mutton_2022"; X = "阿鲁科尔沁旗"
BY, AR, TS = "巴彦温都尔嘎查;罕苏木苏木;阿鲁科尔沁旗", "阿日保力格嘎查;绍根镇;阿鲁科尔沁旗", "天山口镇;阿鲁科尔沁旗"
quantities(A, X, f"""
386.5万头只|head
62.8万头|head
318.4万只|head
5.3万头只|head
24.6万头|head
22.7万头|head
8.4%|percent
236.2万只|head
5.1%|percent
68.2亿元|CNY
111.3亿元|CNY
61.3%|percent
42.6万亩|mu
18.5万亩|mu
6.9万亩|mu
68.0万亩|mu
146.8万吨|ton
128.4万吨|ton
92.6%|percent
126处|site
3.2万平方米|other:平方米
8326户|household
10542户|household
79.0%|percent
4.6头|head
21.3只|head
312家|other:合作社
186家|other:合作社
2.74亿元|CNY
1.86亿元|CNY
65.9%|percent
320万元|CNY|{BY}
1处|site|{BY}
260头|head|{BY}
38.4万元|CNY|{BY}
60%|percent|{BY}
146户|household|{BY}
23.04万元|CNY|{BY}
1578元|CNY|{BY}
86户|household|{AR}
52户|household|{AR}
60.5%|percent|{AR}
4800只|head|{AR}
624万元|CNY|{AR}
1300元|CNY|{AR}
1处|site|{TS}
8.6万头|head|{TS}
12.9亿元|CNY|{TS}
1.5万元|CNY|{TS}
12个|other:township
6.2万头|head
240元|CNY
80%|percent
42.5万只|head
1360头|head
1.28万只|head
986万元|CNY
70万头|head
330万只|head
""")
R(A, "sum", X, "2022", "386.5万头只", "a+b+c", ["62.8万", "318.4万", "5.3万"], "肉牛62.8万头 + 肉羊318.4万只 + 其他5.3万头只")
R(A, "growth", X, "2022 vs 2021", "8.4%", "a/b-1", ["24.6万", "22.7万"], "出栏24.6万头 / 上年22.7万头 − 1")
R(A, "growth", X, "2022 vs 2021", "5.1%", None, [], "肉羊出栏236.2万只; 上年 not printed", "implies 上年 about 224.7万只")
R(A, "share", X, "2022", "61.3%", "a/b", ["68.2亿", "111.3亿"], "全产业链产值68.2亿元 / 农牧业总产值111.3亿元")
R(A, "sum", X, "2022", "68.0万亩", "a+b+c", ["42.6万", "18.5万", "6.9万"], "青贮玉米42.6 + 紫花苜蓿18.5 + 燕麦草6.9 (万亩)")
R(A, "share", X, "2022", "79.0%", "a/b", ["8326", "10542"], "养殖户8326户 / 脱贫户和监测户10542户")
R(A, "share", X, "2022", "65.9%", "a/b", ["1.86亿", "2.74亿"], "肉牛肉羊产业1.86亿元 / 衔接资金2.74亿元", "deliberate error: 67.9%", verdict="mismatch")
R(A, "share", BY, "2022", "60%", "a/b", ["23.04万", "38.4万"], "分红23.04万元 / 收益38.4万元")
R(A, "per_unit", BY, "2022", "1578元", "a/b", ["23.04万", "146"], "分红23.04万元 / 146户", "户均")
R(A, "share", AR, "2022", "60.5%", "a/b", ["52", "86"], "脱贫户52户 / 社员86户")
R(A, "per_unit", AR, "2022", "1300元", "a/b", ["624万", "4800"], "销售收入624万元 / 出栏4800只", "只均")
R(A, "per_unit", TS, "2022", "1.5万元", "a/b", ["12.9亿", "8.6万"], "交易额12.9亿元 / 交易肉牛8.6万头", "头均")


# ======================================================================================================
B = "b_yecheng_walnut_forestry_2023"; X = "叶城县"
AK, TW, SH = "阿克塔什村;依提木孔乡;叶城县", "托万克村;洛克乡;叶城县", "叶城县;上海市"
quantities(B, X, f"""
82.6万亩|mu
58.4万亩|mu
9.8万亩|mu
8.7万亩|mu
5.7万亩|mu
26.8万吨|ton
6.3%|percent
15.2万吨|ton
56.7%|percent
32.5亿元|CNY
5860元|CNY
14650元|CNY
40.0%|percent
12.6万亩|mu
186公斤|other:公斤
245公斤|other:公斤
31.7%|percent
32个|other:示范园
4.8万亩|mu
6800亩|mu|{AK}
1020吨|ton|{AK}
150公斤|other:公斤|{AK}
2244万元|CNY|{AK}
522户|household|{AK}
4.3万元|CNY|{AK}
1个|workshop|{TW}
3600吨|ton|{TW}
86人|person|{TW}
62人|person|{TW}
72.1%|percent|{TW}
2800元|CNY|{TW}
46家|enterprise
18.5万吨|ton
12.3万吨|ton
45.9%|percent
8.65万人次|person_time
6.12万人次|person_time
2.16万人次|person_time
0.37万人次|person_time
436期|other:期
2.8万人次|person_time
1260名|person
1.26万吨|ton|{SH}
3.78亿元|CNY|{SH}
18.5%|percent|{SH}
""")
R(B, "sum", X, "2023", "82.6万亩", "a+b+c+d", ["58.4万", "9.8万", "8.7万", "5.7万"], "核桃58.4 + 红枣9.8 + 巴旦木8.7 + 其他5.7 (万亩)")
R(B, "growth", X, "2023 vs 2022", "6.3%", None, [], "林果总产量26.8万吨; 上年 not printed", "implies 上年 about 25.2万吨")
R(B, "share", X, "2023", "56.7%", "a/b", ["15.2万", "26.8万"], "核桃15.2万吨 / 林果总产量26.8万吨")
R(B, "share", X, "2023", "40.0%", "a/b", ["5860", "14650"], "林果业收入5860元 / 人均可支配收入14650元")
R(B, "growth", X, "2023", "31.7%", "a/b-1", ["245", "186"], "亩均245公斤 / 186公斤 − 1", "after vs before 改造")
R(B, "per_unit", AK, "2023", "150公斤", "a*1000/b", ["1020", "6800"], "1020吨 / 6800亩 (公斤)", "亩均")
R(B, "per_unit", AK, "2023", "4.3万元", "a/b", ["2244万", "522"], "销售收入2244万元 / 522户", "户均")
R(B, "share", TW, "2023", "72.1%", "a/b", ["62", "86"], "脱贫人口62人 / 就业86人")
R(B, "rate", X, "2023", "45.9%", "a/b", ["12.3万", "26.8万"], "加工12.3万吨 / 林果总产量26.8万吨", "加工转化率")
R(B, "sum", X, "2023", "8.65万人次", "a+b+c", ["6.12万", "2.16万", "0.37万"], "县内6.12 + 疆内2.16 + 疆外0.37 (万人次)", "by 就业地")
R(B, "growth", SH, "2023 vs 2022", "18.5%", None, [], "销售额3.78亿元; 上年 not printed", "implies 上年 about 3.19亿元")


# ======================================================================================================
C = "c_tongwei_linkage_fund_tender_results_2024"; X = "通渭县"
L1, L2, HJ, PX = "陇阳镇;陇川镇;通渭县", "义岗镇;襄南镇;通渭县", "华家岭村;马营镇;通渭县", "平襄镇;通渭县"
quantities(C, X, f"""
1286.50万元|CNY
2个|other:标段
11.6公里|other:km|{L1}
4.5米|meter|{L1}
658.32万元|CNY|{L1}
9.8公里|other:km|{L2}
4.5米|meter|{L2}
556.48万元|CNY|{L2}
两个|other:标段
1214.80万元|CNY
5.57%|percent
468.00万元|CNY|{HJ}
24座|other:座|{HJ}
300平方米|other:平方米|{HJ}
2座|other:座|{HJ}
1座|other:座|{HJ}
449.28万元|CNY|{HJ}
4.00%|percent|{HJ}
836.20万元|CNY
3座|other:座
18.4公里|other:km
26.5公里|other:km
1.2万亩|mu
3260户|household
13650人|person
803.59万元|CNY
3.90%|percent
392.60万元|CNY|{PX}
6座|other:座|{PX}
42.3公里|other:km|{PX}
1860户|household|{PX}
376.90万元|CNY|{PX}
4.00%|percent|{PX}
4个|project
5个|other:标段
2983.30万元|CNY
2844.57万元|CNY
138.73万元|CNY
4.65%|percent
""")
R(C, "sum", X, "2024", "1214.80万元", "a+b", ["658.32万", "556.48万"], "第一标段658.32万元 + 第二标段556.48万元")
R(C, "rate", X, "2024", "5.57%", "1-a/b", ["1214.80万", "1286.50万"], "1 − 中标1214.80万元 / 预算1286.50万元", "下浮率")
R(C, "rate", HJ, "2024", "4.00%", "1-a/b", ["449.28万", "468.00万"], "1 − 中标价449.28万元 / 预算468.00万元", "下浮率")
R(C, "rate", X, "2024", "3.90%", "1-a/b", ["803.59万", "836.20万"], "1 − 中标价803.59万元 / 预算836.20万元", "下浮率")
R(C, "rate", PX, "2024", "4.00%", "1-a/b", ["376.90万", "392.60万"], "1 − 中标价376.90万元 / 预算392.60万元", "下浮率")
R(C, "sum", X, "2024", "2983.30万元", "a+b+c+d", ["1286.50万", "468.00万", "836.20万", "392.60万"], "预算 1286.50 + 468.00 + 836.20 + 392.60 (万元)")
R(C, "sum", X, "2024", "2844.57万元", "a+b+c+d", ["1214.80万", "449.28万", "803.59万", "376.90万"], "中标 1214.80 + 449.28 + 803.59 + 376.90 (万元)")
R(C, "difference", X, "2024", "138.73万元", "a-b", ["2983.30万", "2844.57万"], "预算2983.30万元 − 中标2844.57万元", "节约")
R(C, "rate", X, "2024", "4.65%", "a/b", ["138.73万", "2983.30万"], "节约138.73万元 / 预算2983.30万元", "综合下浮率")


# ======================================================================================================
D = "d_keshan_crop_insurance_2021"; X = "克山县"
BG = "北联镇;古城镇;克山县"
quantities(D, X, f"""
23.86万公顷|other:公顷
25.12万公顷|other:公顷
95.0%|percent
9.42万公顷|other:公顷
11.68万公顷|other:公顷
2.76万公顷|other:公顷
9000元|CNY
630元|CNY
7500元|CNY
585元|CNY
1.35万公顷|other:公顷|{BG}
12000元|CNY|{BG}
14316万元|CNY
45%|percent
25%|percent
10%|percent
20%|percent
6442.2万元|CNY
3579.0万元|CNY
1431.6万元|CNY
2863.2万元|CNY
4.12万户|household
6380户|household
100%|percent
8.62万公顷|other:公顷
5.14万公顷|other:公顷
1.12亿元|CNY
2.86万户|household
3916元|CNY
80.2%|percent
4860万元|CNY
5780万元|CNY
560万元|CNY
23.05万公顷|other:公顷
128.6万吨|ton
96.8万吨|ton
28.5万吨|ton
3.3万吨|ton
1.36万公顷|other:公顷
12.4%|percent
3450元|CNY
23万公顷以上|other:公顷
""")
R(D, "share", X, "2021", "95.0%", "a/b", ["23.86万", "25.12万"], "承保23.86万公顷 / 播种面积25.12万公顷")
R(D, "sum", X, "2021", "23.86万公顷", "a+b+c", ["9.42万", "11.68万", "2.76万"], "玉米9.42 + 大豆11.68 + 其他2.76 (万公顷)")
R(D, "share", X, "2021", "45%", "a/b", ["6442.2万", "14316万"], "中央6442.2万元 / 保费14316万元")
R(D, "share", X, "2021", "25%", "a/b", ["3579.0万", "14316万"], "省级3579.0万元 / 保费14316万元")
R(D, "share", X, "2021", "10%", "a/b", ["1431.6万", "14316万"], "县级1431.6万元 / 保费14316万元")
R(D, "share", X, "2021", "20%", "a/b", ["2863.2万", "14316万"], "农户2863.2万元 / 保费14316万元")
R(D, "sum", X, "2021", "14316万元", "a+b+c+d", ["6442.2万", "3579.0万", "1431.6万", "2863.2万"], "中央6442.2 + 省级3579.0 + 县级1431.6 + 农户2863.2 (万元)")
R(D, "rate", X, "2021", "100%", None, [], "参保 脱贫户和监测户6380户; their number not printed", "implies 6380户 of 6380户")
R(D, "rate", X, "2021", "80.2%", "a/b", ["1.12亿", "14316万"], "赔款1.12亿元 / 保费14316万元", "赔付率; deliberate error: 78.2%", verdict="mismatch")
R(D, "per_unit", X, "2021", "3916元", "a/b", ["1.12亿", "2.86万"], "赔款1.12亿元 / 2.86万户", "户均")
R(D, "sum", X, "2021", "1.12亿元", "a+b+c", ["4860万", "5780万", "560万"], "玉米4860 + 大豆5780 + 其他560 (万元)")
R(D, "sum", X, "2021", "128.6万吨", "a+b+c", ["96.8万", "28.5万", "3.3万"], "玉米96.8 + 大豆28.5 + 其他3.3 (万吨)")
R(D, "growth", X, "2021 vs 2020", "12.4%", None, [], "大豆产量28.5万吨; 上年 not printed", "implies 上年 about 25.4万吨")


# ======================================================================================================
E = "e_fuping_13th_five_year_summary_2020"; X = "阜平县"
ROWS = [("12860", "24", "28650", "7125"), ("15320", "38", "36420", "8036"), ("18460", "51", "45180", "9133"),
        ("9850", "31", "52360", "10318"), ("3210", "20", "49870", "11258")]
TOTAL = ("59700", "164", "212480")
table_spec = "\n".join(f"{p}|person\n{v}|village\n{m}|CNY*1e4\n{i}|CNY" for p, v, m, i in ROWS)
quantities(E, X, f"""
5.97万人|person
164个|village
32.5%|percent
0.52%|percent
7125元|CNY
11258元|CNY
12.1%|percent
9.1%|percent
21.25亿元|CNY
11.36亿元|CNY
6.52亿元|CNY
3.37亿元|CNY
4.99亿元|CNY
74.1%|percent
{table_spec}
{TOTAL[0]}|person
{TOTAL[1]}|village
{TOTAL[2]}|CNY*1e4
128个|other:园区
2.1万亩|mu
1.36万户|household
突破20亿元|CNY
10.8万亩|mu
42个|other:示范园
12个|resettlement_site
4360户|household
13280人|person
4126户|household
3860亩|mu
8.62万人次|person_time
9860万元|CNY
100%|percent
90%|percent
突破1.6万元|CNY
""")
R(E, "growth", X, "2016..2020", "12.1%", "(a/b)**(1/4)-1", ["11258元", "7125元"], "(11258元 / 7125元)^(1/4) − 1", "年均增长 2016—2020年")
R(E, "growth", X, "2020 vs 2019", "9.1%", "a/b-1", ["11258元", "10318元"], "11258元 / 10318元 − 1", "2019年 from the table")
R(E, "sum", X, "2016..2020", "21.25亿元", "a+b+c", ["11.36亿", "6.52亿", "3.37亿"], "中央11.36 + 省级6.52 + 市县3.37 (亿元)")
R(E, "growth", X, "2020 vs 2016", "74.1%", "a/b-1", ["49870万", "28650万"], "49870万元 / 28650万元 − 1", "from the table")
R(E, "sum", X, "2016..2020", TOTAL[0], "+".join("abcde"), [r[0] for r in ROWS], " + ".join(r[0] for r in ROWS) + " (人)", "table 合计")
R(E, "sum", X, "2016..2020", TOTAL[1], "+".join("abcde"), [r[1] for r in ROWS], " + ".join(r[1] for r in ROWS) + " (个)", "table 合计")
R(E, "sum", X, "2016..2020", TOTAL[2] + "万", "+".join("abcde"), [r[2] + "万" for r in ROWS],
  " + ".join(r[2] for r in ROWS) + " (万元)", "table 合计", bare=TOTAL[2])


# ======================================================================================================
F = "f_baisha_yacha_cooperative_dividends_2023"; X = "牙叉镇;白沙黎族自治县"
VILLAGES = [("方香村", "86", "52", "342", "129000", "1500"), ("对俄村", "124", "78", "486", "173600", "1400"),
            ("牙港村", "95", "61", "378", "114000", "1200"), ("白追村", "108", "70", "425", "140400", "1300"),
            ("西水村", "72", "41", "290", "72000", "1000"), ("大岭村", "64", "38", "251", "102400", "1600")]
FTOTAL = ("549", "340", "2182", "731400", "1332")
table_spec = "\n".join(f"{h}|household|{v};{X}\n{p}|household|{v};{X}\n{n}|person|{v};{X}\n{m}|CNY|{v};{X}\n{a}|CNY|{v};{X}"
                       for v, h, p, n, m, a in VILLAGES)
quantities(F, X, f"""
6个|other:合作社
6个|other:合作社
386.5万元|CNY
121.90万元|CNY
60%|percent
30%|percent
10%|percent
73.14万元|CNY
36.57万元|CNY
12.19万元|CNY
549户|household
340户|household
61.9%|percent
1332元|CNY
1146元|CNY
186元|CNY
{table_spec}
{FTOTAL[0]}|household
{FTOTAL[1]}|household
{FTOTAL[2]}|person
{FTOTAL[3]}|CNY
{FTOTAL[4]}|CNY
""")
R(F, "share", X, "2023", "60%", "a/b", ["73.14万", "121.90万"], "社员分红73.14万元 / 可分配盈余121.90万元")
R(F, "share", X, "2023", "30%", "a/b", ["36.57万", "121.90万"], "公积金36.57万元 / 可分配盈余121.90万元")
R(F, "share", X, "2023", "10%", "a/b", ["12.19万", "121.90万"], "公益事业12.19万元 / 可分配盈余121.90万元")
R(F, "sum", X, "2023", "121.90万元", "a+b+c", ["73.14万", "36.57万", "12.19万"], "分红73.14 + 公积金36.57 + 公益12.19 (万元)")
R(F, "share", X, "2023", "61.9%", "a/b", ["340", "549"], "脱贫户340户 / 入社农户549户")
R(F, "per_unit", X, "2023", "1332元", "a/b", ["73.14万", "549"], "分红73.14万元 / 549户", "户均")
R(F, "difference", X, "2023 vs 2022", "186元", "a-b", ["1332元", "1146元"], "1332元 − 上年1146元")
for v, h, p, n, m, a in VILLAGES:
    R(F, "per_unit", f"{v};{X}", "2023", a + "元", "a/b", [m + "元", h], f"分红{m}元 / {h}户", "table 户均", bare=a)
for i, (what, unit) in enumerate((("入社户数", "户"), ("其中脱贫户", "户"), ("入社人数", "人"), ("分红金额", "元"))):
    parts = [row[i + 1] for row in VILLAGES]
    wrong = i == 2
    R(F, "sum", X, "2023", FTOTAL[i] + (unit if unit == "元" else ""), "+".join("abcdef"),
      [x + ("元" if unit == "元" else "") for x in parts], " + ".join(parts) + f" ({unit})", f"table 合计 {what}"
      + ("; deliberate error: 2172" if wrong else ""), verdict="mismatch" if wrong else "match", bare=FTOTAL[i])

GOLD.write_relations()
