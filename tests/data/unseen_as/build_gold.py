"""Gold of tests/data/unseen_as (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six sectoral programme reports (one programme each, provinces not yet paired with the genre): a 脱贫人口小额信贷
通报 of 鄱阳县 (江西; 余额 较年初, 户均, 户贷率, 投向 and 发放机构, a tab table by 乡镇 with 户贷率 and a 全县合计 row,
贴息 by source, 续贷/展期, 逾期率 and 风险补偿金), a 稳岗就业 and 乡村公益性岗位 summary of 酉阳县 (重庆; 务工 by 县外/
市外/市内县外/县内, 流向 三省 分别, 务工收入 增长, 交通补助 人均, 就业帮扶车间 吸纳, 培训 人次, 岗位 by type, 每人每月),
a 医疗保障 三重制度 report of 朝阳市 (辽宁; 参保率, 分类资助 每人 N元 with 人数 and 资金, a space-aligned table by
县（市、区）, 住院 人次/总费用/政策范围内费用, 三重制度 报销 by tier, 报销比例, 门诊慢特病 人均, 倾斜救助 人次均), a
学生资助 and 雨露计划 通报 of 罗田县 (湖北; 资助 人次 and 资金 by 学段 with 每生每年/每学期 standards, 小学/初中 split,
生源地信用助学贷款 人均, 控辍保学 劝返, 就业率), a 住房安全 and 饮水安全 report of 延寿县 (黑龙江; C级/D级 危房 with 补助标准
每户, 资金 by source, a tab table by 乡镇, 集中供水率 and 自来水普及率 on 农村人口, 水质合格率) and a 光伏扶贫电站 收益分配
公告 of 鄄城县 (山东; 装机 万千瓦 集中式/村级, 平均每座, 发电量 万千瓦时 增长, 每千瓦时收益, 每村收益, a space-aligned table
by 乡镇 of 村级电站, 分配 60/25/15%, 公益岗位 人均).
Three figures are deliberately wrong: a 逾期率0.91% (312万元 / 3.86亿元 = 0.81%, a rate), b 乡村公益性岗位8462个
(3215+2406+968+278+1559 = 8426, a total) and c 基本医保支付2.36亿元 占三重制度报销总额的71.4% (2.36/3.17 = 74.4%, a share).
d, e and f are consistent.
Conventions followed: 千瓦 is kw, 万千瓦时 other:千瓦时 (as unseen_af, unseen_w); 人次 is person_time; a per-unit standard
(每生每年1000元, 每户1.2万元, 每人每月600元) is its money figure in CNY; thresholds and policy bounds (5万元以下, 超过1万元,
不低于70%) and targets (2.5亿元以上, 6万人以上) are quantities without relations; 三省 (广东、浙江、福建) and 两个乡镇 (中和、
青川) are counts of a list right before them; 三重制度, 双线四级, 两项保障, 千吨万人工程/千人工程, 九年义务教育 are programme
names; durations (3年期以内, 1年, 1个月内, 7天) and the phone number are left out; 60岁以上 is typed other:岁 (as earlier sets).
Implied rows (cannot_compute): a 逾期率 较年初下降0.12个百分点, b 同比增加0.21万人, c 实际报销比例 提高1.2个百分点, d 巩固率
提高0.2个百分点, e 水质合格率 提高1.6个百分点 (last year's figure is not printed in each). Left out: b 务工收入占人均纯收入的比重
超过七成 and f 正常运行率99.3% (no numerator printed), 2024 targets.

First contact (before any rule was written for them, base 3ef2b5f), with the gold as first typed:
    extraction F1 0.988 (P 1.000, R 0.976) over 368 gold quantities in 6 files
    region agreement 0.958 (344/359 matched quantities; 0 with no region)
    relations: 69/94 verified right (70 verified), 1/3 real inconsistencies found (c 71.4%), 5 false alarms
    benchmarks/wrong_numbers.py: 0.
What first contact showed: the f table in runs of spaces under 装机容量（千瓦） left its kw column unread (8 misses) and
三省 (广东、浙江、福建三省) unread; 饶丰镇 read as 丰镇市 (内蒙古), 沿河16个村 as 沿河土家族自治县, 中和、青川两个乡镇 as
青川县, 喀左县 unknown, 麻旺镇、龙潭镇…分别 left to the county; false alarms: a 较年初的3.61亿元增加0.25亿元，增长6.9% read
with 3.61亿元 as the level reached (0.25 / (3.61 − 0.25) = 7.44%, not 0.25 / 3.61 = 6.93%), 0.58亿元 taken as the whole of 0.49 + 0.35 in a list
of uses, b 麻旺镇、龙潭镇 分别吸纳 312人、286人 taken as the parts of 1136人, e 中和、青川两个乡镇7个村 counted 2 names
against 7个; missed: the deliberate a 逾期率 (312万元 / 余额3.86亿元 two paragraphs apart) and b 8462个 (a list by type
分类型看 after the total), the table 户贷率 column (8 rows), 政策范围内/实际报销比例, 集中供水率/自来水普及率 on 农村人口,
per-unit figures with 约 (约44千瓦, 约3.6万元, 约3000元).
After the rules (tests/test_unseen_as.py): extraction F1 1.000 (368/368), regions 0.976 (359/368), relations 74/94 with 0
false alarms (measured before the rate words 户贷率/集中供水率/自来水普及率 were added, which match 3 more in isolation),
1/3 found (c 71.4%); wrong_numbers 0. The deliberate a 逾期率0.91% is now ambiguous (base 余额 named far before it), b's
8462个 (total before 分类型看) still unchecked. d R01 (23740人次, the sum of five sections) was credited at first contact
only through a nesting 14216人次 <= 23740人次 opened by the gloss （含监测对象家庭）; with the gloss blanked it is missed. Still wrong: 饶丰镇 read as 丰镇市 (a county short form ending in 镇 as the
tail of a town's name), 中和、青川两个乡镇 as 青川县, 5236人/1864人 after 与山东省淄博市…签订 given to 淄博市.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"三省": 3, "超过七成": 70, "两个": 2}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


def town(name, county):
    return f"{name};{county}"


# ======================================================================================================
A = "a_poyang_microcredit_bulletin_2024h1"; X = "鄱阳县"; P = "2024-06"; H1 = "2024-01..2024-06"
TABLE_A = [("鄱阳镇", "1862", "812", "43.6", "2146"), ("谢家滩镇", "2135", "1046", "49.0", "2788"),
           ("田畈街镇", "1968", "986", "50.1", "2530"), ("饶丰镇", "1720", "702", "40.8", "1865"),
           ("莲湖乡", "1546", "768", "49.7", "2012"), ("油墩街镇", "1584", "695", "43.9", "1826"),
           ("其他乡镇", "20985", "9591", "45.7", "25433"), ("全县合计", "31800", "14600", "45.9", "38600")]
REG_A = {n: (X if n in ("其他乡镇", "全县合计") else town(n, X)) for n, *_ in TABLE_A}
spec_a = "\n".join(f"{h}|household|{REG_A[n]}\n{l}|household|{REG_A[n]}\n{r}|percent|{REG_A[n]}\n{b}|CNY*1e4|{REG_A[n]}"
                   for n, h, l, r, b in TABLE_A)
quantities(A, X, f"""
3.86亿元|CNY
3.61亿元|CNY
0.25亿元|CNY
6.9%|percent
1.42亿元|CNY
12.7%|percent
1.26亿元|CNY
3156户|household
4.50万元|CNY
286户|household
9.1%|percent
3.18万户|household
1.46万户|household
45.9%|percent
0.58亿元|CNY
0.49亿元|CNY
0.35亿元|CNY
1.16亿元|CNY
81.7%|percent
0.19亿元|CNY
0.07亿元|CNY
{spec_a}
9.3个百分点|percentage_point|田畈街镇;饶丰镇;{X}
586.2万元|CNY
412.5万元|CNY
173.7万元|CNY
428户|household
2036万元|CNY
57户|household
251万元|CNY
312万元|CNY
0.91%|percent
0.12个百分点|percentage_point
3000万元|CNY
46.8万元|CNY
3个|other:township
35%|percent
11笔|other:笔
48.5万元|CNY
2860户|household
1.27亿元|CNY
5万元以下|CNY
2.5亿元以上|CNY
1%以内|percent
""")
R(A, "growth", X, "2024-06 vs 2024-01", "6.9%", "a/b-1", ["3.86亿", "3.61亿"], "余额3.86亿元 / 年初3.61亿元 − 1")
R(A, "difference", X, "2024-06 vs 2024-01", "0.25亿元", "a-b", ["3.86亿", "3.61亿"], "3.86亿元 − 年初3.61亿元")
R(A, "growth", X, f"{H1} vs 2023-01..2023-06", "12.7%", "a/b-1", ["1.42亿", "1.26亿"], "发放1.42亿元 / 上年同期1.26亿元 − 1")
R(A, "per_unit", X, H1, "4.50万元", "a/b", ["1.42亿", "3156"], "1.42亿元 / 3156户", "户均")
R(A, "share", X, H1, "9.1%", "a/b", ["286", "3156"], "监测户286户 / 获贷3156户")
R(A, "rate", X, P, "45.9%", "a/b", ["1.46万", "3.18万"], "累计获贷1.46万户 / 脱贫户3.18万户", "户贷率")
R(A, "sum", X, H1, "1.42亿元", "a+b+c", ["0.58亿", "0.49亿", "0.35亿"], "种植业0.58 + 养殖业0.49 + 二三产业0.35 (亿元)", "by use")
R(A, "share", X, H1, "81.7%", "a/b", ["1.16亿", "1.42亿"], "鄱阳农商银行1.16亿元 / 1.42亿元")
R(A, "sum", X, H1, "1.42亿元", "a+b+c", ["1.16亿", "0.19亿", "0.07亿"], "农商银行1.16 + 邮储0.19 + 其他0.07 (亿元)", "by lender")
for n, h, l, r, _ in TABLE_A:
    R(A, "rate", REG_A[n], P, r, "a/b", [l, h], f"累计获贷{l}户 / 脱贫户{h}户", "户贷率 (table)", pct=True)
GOLD.table_sums(A, X, P, [(n, h, l, b) for n, h, l, _, b in TABLE_A],
                [("脱贫户数", "户"), ("累计获贷户数", "户"), ("贷款余额", "万元")], "乡镇")
R(A, "difference", f"田畈街镇;饶丰镇;{X}", P, "9.3个百分点", "a-b", ["50.1%", "40.8%"], "田畈街镇50.1% − 饶丰镇40.8% (table)")
R(A, "sum", X, H1, "586.2万元", "a+b", ["412.5万", "173.7万"], "衔接资金412.5万元 + 县级财政173.7万元", "贴息资金")
R(A, "rate", X, P, "0.91%", "a/b", ["312万", "3.86亿"], "逾期312万元 / 余额3.86亿元",
  "逾期率; deliberate error: 312万 / 3.86亿 = 0.81%", verdict="mismatch")
R(A, "difference", X, "2024-06 vs 2024-01", "0.12个百分点", None, [], "0.91% − 年初逾期率 (not printed)",
  "the 年初 rate is not printed; implies 1.03% (0.93% with the recomputed 0.81%)")


# ======================================================================================================
B = "b_youyang_public_jobs_labor_export_2023"; X = "酉阳土家族苗族自治县;酉阳县"; P = "2023"
quantities(B, X, f"""
6.12万人|person
5.9万人|person
103.7%|percent
0.21万人|person
4.08万人|person
3.26万人|person
0.82万人|person
2.04万人|person
三省|other:province|{X};广东省;浙江省;福建省
1.18万人|person|{X};广东省
0.86万人|person|{X};浙江省
0.52万人|person|{X};福建省
2.43万元|CNY
2.29万元|CNY
6.1%|percent
超过七成|percent
126场|other:场
3.8万个|other:岗位
1.36万名|person
408万元|CNY
300元|CNY
8个|other:工作站|{X};淄博市;山东省
5236人|person
1864人|person
64个|workshop
2318人|person
1136人|person
49.0%|percent
312人|person|{town("麻旺镇", "酉阳县")}
286人|person|{town("龙潭镇", "酉阳县")}
4826人次|person_time
3012人次|person_time
62.4%|percent
2967人|person
8462个|other:岗位
3215个|other:岗位
2406个|other:岗位
968个|other:岗位
278个|other:岗位
1559个|other:岗位
600元|CNY
5862.4万元|CNY
426个|other:岗位|{town("龚滩镇", "酉阳县")}
38个|other:岗位|何家岩村;花田乡;酉阳县
7200元|CNY|何家岩村;花田乡;酉阳县
112个|other:岗位|{town("酉水河镇", "酉阳县")}
16个|village|{town("酉水河镇", "酉阳县")}
86人|person
92人|person
7个|workshop
60岁以上|other:岁
6万人以上|person
5500人以上|person
5000人次以上|person_time
100%|percent
""")
R(B, "rate", X, P, "103.7%", "a/b", ["6.12万", "5.9万"], "务工6.12万人 / 目标任务5.9万人", "完成率")
R(B, "difference", X, "2023 vs 2022", "0.21万人", None, [], "6.12万人 − 上年务工人数 (not printed)", "last year's figure is not printed; implies 5.91万人")
R(B, "sum", X, P, "4.08万人", "a+b", ["3.26万", "0.82万"], "市外3.26万人 + 市内县外0.82万人", "县外务工")
R(B, "sum", X, P, "6.12万人", "a+b", ["4.08万", "2.04万"], "县外4.08万人 + 县内2.04万人")
R(B, "growth", X, "2023 vs 2022", "6.1%", "a/b-1", ["2.43万", "2.29万"], "人均务工收入2.43万元 / 上年2.29万元 − 1")
R(B, "per_unit", X, P, "300元", "a/b", ["408万", "1.36万"], "交通补助408万元 / 1.36万名", "人均")
R(B, "share", X, P, "49.0%", "a/b", ["1136", "2318"], "脱贫人口和监测对象1136人 / 吸纳就业2318人")
R(B, "share", X, P, "62.4%", "a/b", ["3012", "4826"], "脱贫劳动力3012人次 / 培训4826人次")
R(B, "sum", X, P, "8462个", "a+b+c+d+e", ["3215", "2406", "968", "278", "1559"],
  "保洁员3215 + 生态护林员2406 + 护河员968 + 就业信息员278 + 其他1559 (个)",
  "乡村公益性岗位 by type; deliberate error: the parts add to 8426", verdict="mismatch")


# ======================================================================================================
C = "c_chaoyang_medical_security_triple_2023"; X = "朝阳市"; P = "2023"
KZ = "喀喇沁左翼蒙古族自治县;喀左县"
TABLE_C = [("双塔区", "6418", "4861", "102.6"), ("龙城区", "10697", "7683", "171.1"), ("朝阳县", "47067", "35280", "766.4"),
           ("建平县", "44928", "32144", "704.8"), (KZ, "25673", "18502", "407.2"), ("北票市", "40649", "29792", "646.7"),
           ("凌源市", "38510", "28538", "622.8"), (X, "213942", "156800", "3421.6")]
spec_c = "\n".join(f"{a}|person|{r}\n{b}|person|{r}\n{m}|CNY*1e4|{r}" for r, a, b, m in TABLE_C)
quantities(C, X, f"""
21.42万人|person
21.39万人|person
99.86%|percent
380元|CNY
15.68万人|person
3421.6万元|CNY
1.12万人|person
380元|CNY
425.6万元|CNY
6.84万人|person
280元|CNY
1915.2万元|CNY
7.72万人|person
140元|CNY
1080.8万元|CNY
{spec_c}
4.86万人次|person_time
4.12亿元|CNY
3.58亿元|CNY
3.17亿元|CNY
2.36亿元|CNY
71.4%|percent
0.42亿元|CNY
0.39亿元|CNY
88.5%|percent
76.9%|percent
1.2个百分点|percentage_point
2.68万人|person
1.06亿元|CNY
3955元|CNY
386人次|person_time
218.6万元|CNY
5663元|CNY
92人次|person_time|凌源市
78人次|person_time|建平县
超过1万元|CNY
1268人|person
93人|person
99%以上|percent
不低于70%|percent
""")
R(C, "rate", X, P, "99.86%", "a/b", ["21.39万", "21.42万"], "参保21.39万人 / 脱贫人口和监测对象21.42万人", "参保率")
R(C, "sum", X, P, "15.68万人", "a+b+c", ["1.12万", "6.84万", "7.72万"], "特困1.12 + 低保6.84 + 其他7.72 (万人)", "资助参保 by kind")
R(C, "sum", X, P, "3421.6万元", "a+b+c", ["425.6万", "1915.2万", "1080.8万"], "425.6 + 1915.2 + 1080.8 (万元)", "资助资金 by kind")
R(C, "per_unit", X, P, "380元", "a/b", ["425.6万", "1.12万"], "特困 425.6万元 / 1.12万人", "每人全额资助")
R(C, "per_unit", X, P, "280元", "a/b", ["1915.2万", "6.84万"], "低保 1915.2万元 / 6.84万人", "每人定额资助")
R(C, "per_unit", X, P, "140元", "a/b", ["1080.8万", "7.72万"], "监测等 1080.8万元 / 7.72万人", "每人定额资助")
GOLD.table_sums(C, X, P, [(r, a, b, m) for r, a, b, m in TABLE_C],
                [("参保人数", "人"), ("资助参保人数", "人"), ("资助资金", "万元")], "县（市、区）")
R(C, "sum", X, P, "3.17亿元", "a+b+c", ["2.36亿", "0.42亿", "0.39亿"], "基本医保2.36 + 大病保险0.42 + 医疗救助0.39 (亿元)", "三重制度报销")
R(C, "share", X, P, "71.4%", "a/b", ["2.36亿", "3.17亿"], "基本医保2.36亿元 / 三重制度3.17亿元",
  "deliberate error: 2.36 / 3.17 = 74.4%", verdict="mismatch")
R(C, "rate", X, P, "88.5%", "a/b", ["3.17亿", "3.58亿"], "报销3.17亿元 / 政策范围内费用3.58亿元", "政策范围内报销比例")
R(C, "rate", X, P, "76.9%", "a/b", ["3.17亿", "4.12亿"], "报销3.17亿元 / 住院总费用4.12亿元", "实际报销比例")
R(C, "difference", X, "2023 vs 2022", "1.2个百分点", None, [], "76.9% − 上年实际报销比例 (not printed)", "last year's rate is not printed; implies 75.7%")
R(C, "per_unit", X, P, "3955元", "a/b", ["1.06亿", "2.68万"], "门诊慢特病报销1.06亿元 / 2.68万人", "人均")
R(C, "per_unit", X, P, "5663元", "a/b", ["218.6万", "386"], "倾斜救助218.6万元 / 386人次", "人次均")


# ======================================================================================================
D = "d_luotian_education_assistance_2023"; X = "罗田县"; P = "2023"
quantities(D, X, f"""
23740人次|person_time
3212.45万元|CNY
2516.8万元|CNY
695.65万元|CNY
14216人次|person_time
59.9%|percent
1862人次|person_time
1000元|CNY
186.2万元|CNY
14286人次|person_time
1574.25万元|CNY
8460人次|person_time
1000元|CNY
846.0万元|CNY
5826人次|person_time
1250元|CNY
728.25万元|CNY
4128人次|person_time
2000元|CNY
825.6万元|CNY
2136人次|person_time
2000元|CNY
427.2万元|CNY
1328人次|person_time
1500元|CNY
199.2万元|CNY
1216人次|person_time
9.2%|percent
142人次|person_time|{town("九资河镇", X)}
126人次|person_time|{town("胜利镇", X)}
118人次|person_time|{town("河铺镇", X)}
4820名|person
5216.4万元|CNY
1.08万元|CNY
23人|person
7人|person|{town("三里畈镇", X)}
5人|person|{town("大河岸镇", X)}
86名|person
99.6%|percent
0.2个百分点|percentage_point
42名|person|圣人堂村;九资河镇;{X}
412人|person
389人|person
94.4%|percent
""")
R(D, "sum", X, P, "23740人次", "a+b+c+d+e", ["1862", "14286", "4128", "2136", "1328"],
  "学前1862 + 义务教育14286 + 高中4128 + 中职2136 + 雨露计划1328 (人次)", "by 学段")
R(D, "sum", X, P, "3212.45万元", "a+b+c+d+e", ["186.2万", "1574.25万", "825.6万", "427.2万", "199.2万"],
  "186.2 + 1574.25 + 825.6 + 427.2 + 199.2 (万元)", "by 学段")
R(D, "sum", X, P, "3212.45万元", "a+b", ["2516.8万", "695.65万"], "中央和省级2516.8万元 + 县级695.65万元", "by source")
R(D, "share", X, P, "59.9%", "a/b", ["14216", "23740"], "脱贫家庭学生14216人次 / 23740人次")
R(D, "per_unit", X, P, "1000元", "a/b", ["186.2万", "1862"], "学前 186.2万元 / 1862人次", "每生每年")
R(D, "sum", X, P, "14286人次", "a+b", ["8460", "5826"], "小学8460 + 初中5826 (人次)")
R(D, "sum", X, P, "1574.25万元", "a+b", ["846.0万", "728.25万"], "小学846.0万元 + 初中728.25万元")
R(D, "per_unit", X, P, "1000元", "a/b", ["846.0万", "8460"], "小学 846.0万元 / 8460人次", "每生每年")
R(D, "per_unit", X, P, "1250元", "a/b", ["728.25万", "5826"], "初中 728.25万元 / 5826人次", "每生每年")
R(D, "per_unit", X, P, "2000元", "a/b", ["825.6万", "4128"], "高中 825.6万元 / 4128人次", "平均每生每年")
R(D, "per_unit", X, P, "2000元", "a/b", ["427.2万", "2136"], "中职 427.2万元 / 2136人次", "每生每年")
R(D, "per_unit", X, P, "1500元", "a/b", ["199.2万", "1328"], "雨露计划 199.2万元 / 1328人次", "每生每学期")
R(D, "growth", X, "2023 vs 2022", "9.2%", "a/b-1", ["1328", "1216"], "1328人次 / 上年1216人次 − 1")
R(D, "per_unit", X, P, "1.08万元", "a/b", ["5216.4万", "4820"], "5216.4万元 / 4820名", "人均")
R(D, "difference", X, "2023 vs 2022", "0.2个百分点", None, [], "99.6% − 上年巩固率 (not printed)", "last year's rate is not printed; implies 99.4%")
R(D, "rate", X, P, "94.4%", "a/b", ["389", "412"], "就业389人 / 毕业生412人", "就业率")


# ======================================================================================================
E = "e_yanshou_housing_water_safety_2023"; X = "延寿县"; P = "2023"
TABLE_E = [("延寿镇", "28", "12", "16", "75.2"), ("加信镇", "64", "42", "22", "134.0"), ("中和镇", "52", "35", "17", "106.6"),
           ("六团镇", "58", "38", "20", "121.6"), ("寿山乡", "46", "30", "16", "96.8"), ("其他乡镇", "138", "85", "53", "303.4"),
           ("合计", "386", "242", "144", "837.6")]
REG_E = {n: (X if n in ("其他乡镇", "合计") else town(n, X)) for n, *_ in TABLE_E}
spec_e = "\n".join(f"{t}|household|{REG_E[n]}\n{c}|household|{REG_E[n]}\n{d}|household|{REG_E[n]}\n{m}|CNY*1e4|{REG_E[n]}"
                   for n, t, c, d, m in TABLE_E)
quantities(E, X, f"""
9个|other:township
4.12万户|household
8236户|household
242户|household
144户|household
386户|household
242户|household
144户|household
1.2万元|CNY
3.8万元|CNY
837.6万元|CNY
612.0万元|CNY
148.2万元|CNY
77.4万元|CNY
386户|household
{spec_e}
31户|household|加信镇;六团镇;{X}
186处|other:供水工程
3处|other:供水工程
21处|other:供水工程
9个|other:township
105个|village
17.86万人|person
17.72万人|person
99.2%|percent
17.61万人|person
98.6%|percent
12处|other:供水工程
2386万元|CNY
9眼|well
68.5公里|km
1.36万人|person
1处|other:供水工程|{town("中和镇", X)}
两个|other:township|中和镇;青川乡;{X}
7个|village|中和镇;青川乡;{X}
4.2公里|km|东兴村;玉河镇;{X}
186万元|CNY
120万元|CNY
66万元|CNY
372份|other:份
366份|other:份
98.4%|percent
1.6个百分点|percentage_point
6份|other:份
10处|other:供水工程
1.2万人以上|person
99%|percent
""")
R(E, "sum", X, P, "386户", "a+b", ["242", "144"], "C级242户 + D级144户", "危房改造")
R(E, "sum", X, P, "837.6万元", "a*b+c*d", ["242", "1.2万", "144", "3.8万"], "242户 × 1.2万元 + 144户 × 3.8万元", "补助资金 from 标准")
R(E, "sum", X, P, "837.6万元", "a+b+c", ["612.0万", "148.2万", "77.4万"], "中央612.0 + 省级148.2 + 县级77.4 (万元)", "by source")
for n, t, c, d, _ in TABLE_E:
    R(E, "sum", REG_E[n], P, t, "a+b", [c, d], f"C级{c} + D级{d} (户)", "改造户数 by 等级 (table row)", reported=float(t), half=0)
GOLD.table_sums(E, X, P, [(n, t, c, d, m) for n, t, c, d, m in TABLE_E],
                [("改造户数", "户"), ("C级", "户"), ("D级", "户"), ("补助资金", "万元")], "乡镇")
R(E, "rate", X, P, "99.2%", "a/b", ["17.72万", "17.86万"], "集中供水受益17.72万人 / 农村人口17.86万人", "集中供水率")
R(E, "rate", X, P, "98.6%", "a/b", ["17.61万", "17.86万"], "自来水入户17.61万人 / 农村人口17.86万人", "自来水普及率")
R(E, "sum", X, P, "186万元", "a+b", ["120万", "66万"], "中央120万元 + 县级66万元", "维修养护资金")
R(E, "rate", X, P, "98.4%", "a/b", ["366", "372"], "合格366份 / 水样372份", "水质合格率")
R(E, "difference", X, "2023 vs 2022", "1.6个百分点", None, [], "98.4% − 上年合格率 (not printed)", "last year's rate is not printed; implies 96.8%")


# ======================================================================================================
F = "f_juancheng_pv_income_distribution_2023"; X = "鄄城县"; P = "2023"
TABLE_F = [("什集镇", "24", "1080", "88.7"), ("红船镇", "22", "946", "77.5"), ("旧城镇", "26", "1170", "95.8"),
           ("董口镇", "21", "903", "74.2"), ("临濮镇", "23", "1035", "84.6"), ("李进士堂镇", "25", "1075", "88.1"),
           ("其他乡镇", "145", "6391", "520.7"), ("合计", "286", "12600", "1029.6")]
REG_F = {n: (X if n in ("其他乡镇", "合计") else town(n, X)) for n, *_ in TABLE_F}
spec_f = "\n".join(f"{s}|power_station|{REG_F[n]}\n{k}|kw|{REG_F[n]}\n{m}|CNY*1e4|{REG_F[n]}" for n, s, k, m in TABLE_F)
quantities(F, X, f"""
288座|power_station
4.26万千瓦|kw
2座|power_station
3.0万千瓦|kw
286座|power_station
1.26万千瓦|kw
17个|other:township
286个|village
1座|power_station
约44千瓦|kw
5126万千瓦时|other:千瓦时
4938万千瓦时|other:千瓦时
3.8%|percent
99.3%|percent
3486.2万元|CNY
0.68元|CNY
2456.6万元|CNY
1029.6万元|CNY
约3.6万元|CNY
{spec_f}
2091.7万元|CNY
60.0%|percent
6972个|other:岗位
约3000元|CNY
871.6万元|CNY
25.0%|percent
412个|project
522.9万元|CNY
15.0%|percent
9864户|household
386个|other:岗位|{town("董口镇", X)}
1.8公里|km|沙窝村;临濮镇;{X}
86座|power_station
5个|other:问题
""")
R(F, "sum", X, P, "288座", "a+b", ["2", "286"], "集中式2座 + 村级286座")
R(F, "sum", X, P, "4.26万千瓦", "a+b", ["3.0万", "1.26万"], "集中式3.0万千瓦 + 村级1.26万千瓦")
R(F, "per_unit", X, P, "约44千瓦", "a/b", ["1.26万", "286"], "村级1.26万千瓦 / 286座", "平均每座", reported=44, half=0.5)
R(F, "growth", X, "2023 vs 2022", "3.8%", "a/b-1", ["5126万", "4938万"], "5126万千瓦时 / 上年4938万千瓦时 − 1")
R(F, "per_unit", X, P, "0.68元", "a/b", ["3486.2万", "5126万"], "收益3486.2万元 / 发电量5126万千瓦时", "每千瓦时")
R(F, "sum", X, P, "3486.2万元", "a+b", ["2456.6万", "1029.6万"], "集中式2456.6万元 + 村级1029.6万元")
R(F, "per_unit", X, P, "约3.6万元", "a/b", ["1029.6万", "286"], "村级收益1029.6万元 / 286个村", "平均每村", reported=3.6e4, half=500)
GOLD.table_sums(F, X, P, [(n, s, k, m) for n, s, k, m in TABLE_F],
                [("电站数", "座"), ("装机容量", "千瓦"), ("发电收益", "万元")], "乡镇")
R(F, "share", X, P, "60.0%", "a/b", ["2091.7万", "3486.2万"], "公益岗位2091.7万元 / 收益3486.2万元")
R(F, "per_unit", X, P, "约3000元", "a/b", ["2091.7万", "6972"], "岗位工资2091.7万元 / 6972个岗位", "人均年增收", reported=3000, half=0.5)
R(F, "share", X, P, "25.0%", "a/b", ["871.6万", "3486.2万"], "小型公益事业871.6万元 / 3486.2万元")
R(F, "share", X, P, "15.0%", "a/b", ["522.9万", "3486.2万"], "奖励补助522.9万元 / 3486.2万元")
R(F, "sum", X, P, "3486.2万元", "a+b+c", ["2091.7万", "871.6万", "522.9万"], "2091.7 + 871.6 + 522.9 (万元)", "收益分配 by use")

GOLD.write_relations()
