"""Gold of tests/data/unseen_ag (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below, raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Three figures are deliberately wrong, the rest agree:
  a 河北省 经营净收入 占可支配收入的比重为26.3%: 5612元 / 19850元 = 28.3% (a share);
  c 会泽县 绩效评价综合得分92.0分 against its four parts 18.5 + 18.0 + 27.5 + 27.0 = 91.0分 (a total);
  e 卢氏县 常住人口家庭医生签约率56.3%: 签约17.6万人 / 常住人口32.4万人 = 54.3% (a rate).
Left out of the quantities: dates and periods (一季度, 上半年, 前三季度, 6月底), ranks (前三位, 前两位), list and
note numbering (1. 2., 一是), ordinals (第十七届), names and slogans (四个不摘, 3+1, 一月一监测、一季一研判, 一县一业,
千万工程, 三清一改, 十三五, 一站式, 五年行动).
In, as in the other sets: thresholds and bounds that define a group or a target (30户以上, 800人以上, 至少1人, 以上/
以内/左右/不低于/不少于 targets), counts written in Chinese numerals whose items are listed inline (b 四级, c 四类,
e 四种).
Left out of the relations: targets (b 2024 预期目标, c 建议, d/e/f 2024 plans), rates whose numerator is not
printed (a 名义/实际 quarterly growths, b 自来水普及率, 卫生厕所普及率78.6%, c 资金到位率100%, 6月底支出率46.8%,
d 收运处置体系覆盖率100%, e 参保率100%), the 实际增长 6.5% (the price index is not printed), counts said to be
reached (b 全县达到41家 after 新培育6家, d 累计96个 after 新增22个, 累计4800户, e 累计1.32万张 after 新办2860张: the
year before is not printed), one-part groupings (b 茶园12.6万亩 其中 投产8.4万亩).
The 拉动 百分点 of an income part is its increase over last year's whole: 640元 / (19850元 − 1262元).

Corrections after first contact (tests/test_unseen_ag.py): a 城乡居民收入比为2.18，比上年缩小0.04 were left out of the
quantities, though the other sets keep bare ratios (unit other:ratio): both added; c 12项二级指标、28项三级指标 were typed
other:项 where the other sets type 项 as item: changed. No relation changed."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"四级": 4, "四类": 4, "四种": 4}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_hebei_rural_income_release_2023"; X = "河北省"
quantities(A, X, """
19850元|CNY
1262元|CNY
6.8%|percent
6.5%|percent
1.9个百分点|percentage_point
6.2%|percent
6.5%|percent
6.7%|percent
8736元|CNY
640元|CNY
7.9%|percent
44.0%|percent
3.4个百分点|percentage_point
5612元|CNY
257元|CNY
4.8%|percent
26.3%|percent
1.4个百分点|percentage_point
3186元|CNY
3.9%|percent
2426元|CNY
6.0%|percent
412元|CNY
21元|CNY
5.4%|percent
2.1%|percent
0.1个百分点|percentage_point
5090元|CNY
344元|CNY
7.2%|percent
25.6%|percent
1.9个百分点|percentage_point
62个|other:county
16120元|CNY
8.1%|percent
1.3个百分点|percentage_point
81.2%|percent
7350元|CNY
45.6%|percent
9.2%|percent
4386元|CNY
8.8%|percent
45个|other:county
15268元|CNY
8.4%|percent
13860元|CNY
1518元|CNY
12.3%|percent
5.5个百分点|percentage_point
43280元|CNY
4.9%|percent
2.18|other:ratio
0.04|other:ratio
15320元|CNY
9.6%|percent
77.2%|percent
11个|other:prefecture
26840元|CNY|唐山市
25360元|CNY|廊坊市
22180元|CNY|石家庄市
7.6%|percent|张家口市
7.5%|percent|承德市
""")
P = "2023 vs 2022"
R(A, "growth", X, P, "6.8%", "b/(a-b)", ["19850元", "1262元"], "增加1262元 / (19850元 − 1262元)", "名义增长")
R(A, "difference", X, P, "1.9个百分点", "a-b", ["6.8%", "4.9%"], "农村6.8% − 城镇4.9%", "农村居民收入增速比城镇居民快")
R(A, "growth", X, P, "7.9%", "b/(a-b)", ["8736元", "640元"], "工资性增加640元 / (8736元 − 640元)")
R(A, "share", X, "2023", "44.0%", "a/b", ["8736元", "19850元"], "工资性收入8736元 / 可支配收入19850元")
R(A, "growth", X, P, "3.4个百分点", "b/(c-d)", ["8736元", "640元", "19850元", "1262元"], "工资性增加640元 / (19850元 − 1262元)", "拉动")
R(A, "growth", X, P, "4.8%", "b/(a-b)", ["5612元", "257元"], "经营增加257元 / (5612元 − 257元)")
R(A, "share", X, "2023", "26.3%", "a/b", ["5612元", "19850元"], "经营净收入5612元 / 可支配收入19850元", "deliberate error: 28.3%", verdict="mismatch")
R(A, "growth", X, P, "1.4个百分点", "b/(c-d)", ["5612元", "257元", "19850元", "1262元"], "经营增加257元 / (19850元 − 1262元)", "拉动")
R(A, "sum", X, "2023", "5612元", "a+b", ["3186元", "2426元"], "第一产业3186元 + 第二、三产业2426元")
R(A, "growth", X, P, "3.9%", None, [], "第一产业经营净收入3186元; 上年 not printed", "implies 上年 about 3066元")
R(A, "growth", X, P, "6.0%", None, [], "第二、三产业经营净收入2426元; 上年 not printed", "implies 上年 about 2289元")
R(A, "growth", X, P, "5.4%", "b/(a-b)", ["412元", "21元"], "财产增加21元 / (412元 − 21元)")
R(A, "share", X, "2023", "2.1%", "a/b", ["412元", "19850元"], "财产净收入412元 / 可支配收入19850元")
R(A, "growth", X, P, "0.1个百分点", "b/(c-d)", ["412元", "21元", "19850元", "1262元"], "财产增加21元 / (19850元 − 1262元)", "拉动")
R(A, "growth", X, P, "7.2%", "b/(a-b)", ["5090元", "344元"], "转移增加344元 / (5090元 − 344元)")
R(A, "share", X, "2023", "25.6%", "a/b", ["5090元", "19850元"], "转移净收入5090元 / 可支配收入19850元")
R(A, "growth", X, P, "1.9个百分点", "b/(c-d)", ["5090元", "344元", "19850元", "1262元"], "转移增加344元 / (19850元 − 1262元)", "拉动")
R(A, "sum", X, "2023", "19850元", "a+b+c+d", ["8736元", "5612元", "412元", "5090元"], "工资性8736 + 经营5612 + 财产412 + 转移5090 (元)")
R(A, "sum", X, P, "1262元", "a+b+c+d", ["640元", "257元", "21元", "344元"], "增加 640 + 257 + 21 + 344 (元)")
R(A, "sum", X, P, "6.8%", "a+b+c+d", ["3.4%", "1.4%", "0.1%", "1.9%"], "拉动 3.4 + 1.4 + 0.1 + 1.9 (个百分点)")
R(A, "growth", X, P, "8.1%", None, [], "脱贫县 16120元; 上年 not printed", "implies 上年 about 14912元")
R(A, "difference", X, P, "1.3个百分点", "a-b", ["8.1%", "6.8%"], "脱贫县8.1% − 全省6.8%")
R(A, "share", X, "2023", "81.2%", "a/b", ["16120元", "19850元"], "脱贫县16120元 / 全省19850元", "相当于全省平均水平")
R(A, "share", X, "2023", "45.6%", "a/b", ["7350元", "16120元"], "脱贫县工资性7350元 / 16120元")
R(A, "growth", X, P, "9.2%", None, [], "脱贫县工资性收入7350元; 上年 not printed", "implies 上年 about 6731元")
R(A, "growth", X, P, "8.8%", None, [], "脱贫县转移净收入4386元; 上年 not printed", "implies 上年 about 4031元")
R(A, "growth", X, P, "8.4%", None, [], "重点帮扶县15268元; 上年 not printed", "implies 上年 about 14085元")
R(A, "growth", X, P, "12.3%", "b/(a-b)", ["13860元", "1518元"], "增加1518元 / (13860元 − 1518元)", "脱贫人口人均纯收入")
R(A, "difference", X, P, "5.5个百分点", "a-b", ["12.3%", "6.8%"], "脱贫人口12.3% − 农村居民6.8%")
R(A, "growth", X, P, "4.9%", None, [], "城镇居民43280元; 上年 not printed", "implies 上年 about 41258元")
R(A, "share", X, "2023", "2.18", "a/b", ["43280元", "19850元"], "城镇43280元 / 农村19850元", "城乡居民收入比")
R(A, "difference", X, P, "0.04", None, [], "城乡收入比2.18 − 上年 (not printed)", "implies 上年 2.22")
R(A, "growth", X, P, "9.6%", None, [], "消费支出15320元; 上年 not printed", "implies 上年 about 13978元")
R(A, "share", X, "2023", "77.2%", "a/b", ["15320元", "19850元"], "消费支出15320元 / 可支配收入19850元", "平均消费倾向")


# ======================================================================================================
B = "b_wangmo_government_work_report_2024"; X = "望谟县"
quantities(B, X, """
412户|household
1635人|person
2156户|household
8937人|person
1642户|household
6810人|person
76.2%|percent
100%|percent
1.26万户|household
186户|household
92.4%|percent
11630元|CNY
13280元|CNY
14.2%|percent
5.6个百分点|percentage_point
12986元|CNY
8.6%|percent
6.82万人|person
6.5万人|person
104.9%|percent
3860个|other:岗位
2140个|other:岗位
1720个|other:岗位
四级|other:level
4.86亿元|CNY
3.62亿元|CNY
0.78亿元|CNY
0.21亿元|CNY
0.25亿元|CNY
2.96亿元|CNY
60.9%|percent
186个|project
178个|project
95.7%|percent
1.26亿元|CNY
3125户|household
4.03万元|CNY
0.5%以内|percent
12.6万亩|mu
8.4万亩|mu
1860吨|ton
6.2亿元|CNY
32万亩|mu
1.36万吨|ton
120个|other:大棚
5600吨|ton
4480万元|CNY
6家|enterprise
41家|enterprise
186个|other:合作社
1.48万户|household
5个|resettlement_site
4862户|household
2.16万人|person
至少1人|person
4个|workshop
312人|person
226公里|other:km
30户以上|household
100%|percent
2860户|household
78.6%|percent
8个|village
20个|village
6.5%左右|percent
8%左右|percent
10%以上|percent
80%以上|percent
6.8万人以上|person
不低于60%|percent
80%以上|percent
4.9亿元以上|CNY
180个以上|project
2万亩|mu
5万亩|mu
突破7亿元|CNY
5家以上|enterprise
1.2万人次以上|person_time
1500户以上|household
150户以上|household
200公里|other:km
""")
R(B, "rate", X, "2023", "76.2%", "a/b", ["1642", "2156"], "已消除风险1642户 / 监测对象2156户", "风险消除率 (6810人 / 8937人 = 76.2% too)")
R(B, "growth", X, P, "14.2%", "a/b-1", ["13280元", "11630元"], "13280元 / 11630元 − 1", "脱贫人口人均纯收入")
R(B, "difference", X, P, "5.6个百分点", "a-b", ["14.2%", "8.6%"], "脱贫人口14.2% − 农村居民8.6%")
R(B, "growth", X, P, "8.6%", None, [], "农村居民12986元; 上年 not printed", "implies 上年 about 11958元")
R(B, "rate", X, "2023", "104.9%", "a/b", ["6.82万", "6.5万"], "外出务工6.82万人 / 目标任务6.5万人", "完成率")
R(B, "sum", X, "2023", "3860个", "a+b", ["2140", "1720"], "乡村2140个 + 城镇1720个")
R(B, "sum", X, "2023", "4.86亿元", "a+b+c+d", ["3.62亿", "0.78亿", "0.21亿", "0.25亿"], "中央3.62 + 省0.78 + 州0.21 + 县0.25 (亿元)")
R(B, "share", X, "2023", "60.9%", "a/b", ["2.96亿", "4.86亿"], "产业发展2.96亿元 / 衔接资金4.86亿元")
R(B, "rate", X, "2023", "95.7%", "a/b", ["178", "186"], "完工178个 / 项目186个", "项目完工率")
R(B, "per_unit", X, "2023", "4.03万元", "a/b", ["1.26亿", "3125"], "小额信贷1.26亿元 / 3125户", "户均")


# ======================================================================================================
C = "c_huize_linkage_fund_performance_evaluation_2023"; X = "会泽县"
quantities(C, X, """
3.58亿元|CNY
2.46亿元|CNY
0.84亿元|CNY
0.12亿元|CNY
0.16亿元|CNY
100%|percent
3.41亿元|CNY
95.3%|percent
142个|project
68个|project
54个|project
12个|project
8个|project
136个|project
95.8%|percent
6个|project
2.15亿元|CNY
60.1%|percent
不低于55%|percent
26个|other:township
312个|village
2.86万户|household
11.64万人|person
1.92万户|household
2360元|CNY
1.26万人|person
756万元|CNY
600元|CNY
四类|other:类
12项|item
28项|item
100分|other:分
20分|other:分
20分|other:分
30分|other:分
30分|other:分
92.0分|other:分
18.5分|other:分
92.5%|percent
18.0分|other:分
90.0%|percent
27.5分|other:分
91.7%|percent
27.0分|other:分
90.0%|percent
600份|other:份
584份|other:份
568份|other:份
97.3%|percent
3.31亿元|CNY
1.28亿元|CNY
2.03亿元|CNY
3个|project
1260万元|CNY
46.8%|percent
5%以内|percent
50%以上|percent
80%以上|percent
""")
R(C, "sum", X, "2023", "3.58亿元", "a+b+c+d", ["2.46亿", "0.84亿", "0.12亿", "0.16亿"], "中央2.46 + 省0.84 + 市0.12 + 县0.16 (亿元)")
R(C, "rate", X, "2023", "95.3%", "a/b", ["3.41亿", "3.58亿"], "支出3.41亿元 / 下达3.58亿元", "资金执行率")
R(C, "sum", X, "2023", "142个", "a+b+c+d", ["68", "54", "12", "8"], "产业68 + 基础设施54 + 就业12 + 其他8")
R(C, "rate", X, "2023", "95.8%", "a/b", ["136", "142"], "完工136个 / 项目142个", "项目完工率")
R(C, "difference", X, "2023", "6个", "a-b", ["142", "136"], "项目142个 − 完工136个", "未按期完工")
R(C, "share", X, "2023", "60.1%", "a/b", ["2.15亿", "3.58亿"], "产业发展类2.15亿元 / 下达3.58亿元")
R(C, "per_unit", X, "2023", "600元", "a/b", ["756万", "1.26万"], "交通补助756万元 / 1.26万人", "人均")
R(C, "sum", X, "2023", "100分", "a+b+c+d", ["20", "20", "30", "30"], "权重 决策20 + 过程20 + 产出30 + 效益30 (分)")
R(C, "sum", X, "2023", "92.0分", "a+b+c+d", ["18.5", "18.0", "27.5", "27.0"], "得分 决策18.5 + 过程18.0 + 产出27.5 + 效益27.0 (分)", "deliberate error: 91.0分", verdict="mismatch")
R(C, "rate", X, "2023", "92.5%", "a/b", ["18.5", "20"], "决策得18.5分 / 权重20分", "得分率")
R(C, "rate", X, "2023", "90.0%", "a/b", ["18.0", "20"], "过程得18.0分 / 权重20分", "得分率")
R(C, "rate", X, "2023", "91.7%", "a/b", ["27.5", "30"], "产出得27.5分 / 权重30分", "得分率")
R(C, "rate", X, "2023", "90.0%", "a/b", ["27.0", "30"], "效益得27.0分 / 权重30分", "得分率")
R(C, "rate", X, "2023", "97.3%", "a/b", ["568", "584"], "满意568份 / 有效问卷584份", "满意度")
R(C, "sum", X, "2023", "3.31亿元", "a+b", ["1.28亿", "2.03亿"], "经营性1.28亿元 + 公益性2.03亿元")


# ======================================================================================================
D = "d_yuexi_rural_living_environment_2023"; X = "岳西县"
quantities(D, X, """
3260座|other:座
2180座|other:座
860座|other:座
220座|other:座
46座|other:座
10.26万户|household
9.68万户|household
94.3%|percent
2.8个百分点|percentage_point
1286座|other:座
1248座|other:座
97.0%|percent
38座|other:座
42辆|other:辆
3.6万吨|ton
85%以上|percent
24个|other:township
188个|village
100%|percent
2860名|person
3.2万个|other:个
312辆|other:辆
24座|other:中转站
4.26万吨|ton
116.7吨|ton
38个|village
20.2%|percent
22个|village
96个|village
51.1%|percent
38座|other:设施
126公里|other:km
18条|other:条
16条|other:条
88.9%|percent
4轮|other:轮
38.6万人次|person_time
1.82万吨|ton
1260公里|other:km
0.65万吨|ton
2860处|site
1200户|household
4800户|household
1.36亿元|CNY
0.82亿元|CNY
0.36亿元|CNY
0.18亿元|CNY
4890万元|CNY
489万元|CNY
1500元|CNY
3260万元|CNY
5450万元|CNY
2000座以上|other:座
95%以上|percent
12个以上|village
55%以上|percent
不少于35万人次|person_time
""")
R(D, "sum", X, "2023", "3260座", "a+b+c", ["2180", "860", "220"], "三格式2180 + 水冲式860 + 其他220 (座)")
R(D, "rate", X, "2023", "94.3%", "a/b", ["9.68万", "10.26万"], "卫生厕所9.68万户 / 农户10.26万户", "卫生厕所普及率")
R(D, "growth", X, P, "2.8个百分点", None, [], "普及率94.3% − 上年 (not printed)", "implies 上年 91.5%")
R(D, "rate", X, "2023", "97.0%", "a/b", ["1248", "1286"], "已整改1248座 / 问题厕所1286座", "整改率")
R(D, "difference", X, "2023", "38座", "a-b", ["1286", "1248"], "1286座 − 1248座", "剩余")
R(D, "per_unit", X, "2023", "116.7吨", "a/365", ["4.26万"], "4.26万吨 / 365天", "日均")
R(D, "rate", X, "2023", "20.2%", "a/b", ["38", "188"], "试点村38个 / 行政村188个", "试点村覆盖率")
R(D, "rate", X, "2023", "51.1%", "a/b", ["96", "188"], "累计治理96个 / 行政村188个", "污水治理率")
R(D, "rate", X, "2023", "88.9%", "a/b", ["16", "18"], "已整治16条 / 黑臭水体18条", "整治完成率")
R(D, "sum", X, "2023", "1.36亿元", "a+b+c", ["0.82亿", "0.36亿", "0.18亿"], "中央和省级0.82 + 县级0.36 + 社会0.18 (亿元)", "by source")
R(D, "sum", X, "2023", "1.36亿元", "a+b+c", ["4890万", "3260万", "5450万"], "厕所4890 + 垃圾3260 + 污水5450 (万元)", "by use")
R(D, "per_unit", X, "2023", "1500元", "a/b", ["489万", "3260"], "奖补资金489万元 / 户厕3260座", "每座")


# ======================================================================================================
E = "e_lushi_health_assistance_2023"; X = "卢氏县"
quantities(E, X, """
286个|other:团队
38个|other:团队
1362人|person
32.4万人|person
17.6万人|person
56.3%|percent
9.26万人|person
9.18万人|person
99.1%|percent
0.08万人|person
四种|other:种
1.32万人|person
1.26万人|person
95.5%|percent
30种|other:种
42种|other:种
5家|other:hospital
42种|other:种
1286人|person
18人|person
326人|person
112人|person
830人|person
2860张|other:张
1.32万张|other:张
2.48万人次|person_time
2.26万人次|person_time
91.1%|percent
1.86亿元|CNY
7500元|CNY
1.59亿元|CNY
1.12亿元|CNY
0.21亿元|CNY
0.26亿元|CNY
85.5%|percent
0.27亿元|CNY
14.5%|percent
9.26万人|person
100%|percent
2860万元|CNY
309元|CNY
19个|health_center
277个|health_center
512名|person
186名|person
36.3%|percent
42人|person
216场次|other:场次
3.8万人次|person_time
90%以上|percent
85%左右|percent
不低于75%|percent
""")
R(E, "rate", X, "2023", "56.3%", "a/b", ["17.6万", "32.4万"], "签约17.6万人 / 常住人口32.4万人", "签约率; deliberate error: 54.3%", verdict="mismatch")
R(E, "rate", X, "2023", "99.1%", "a/b", ["9.18万", "9.26万"], "已签约9.18万人 / 脱贫人口和监测对象9.26万人", "签约率")
R(E, "difference", X, "2023", "0.08万人", "a-b", ["9.26万", "9.18万"], "9.26万人 − 9.18万人", "未签约")
R(E, "rate", X, "2023", "95.5%", "a/b", ["1.26万", "1.32万"], "规范管理1.26万人 / 慢病患者1.32万人", "规范管理率")
R(E, "sum", X, "2023", "1286人", "a+b+c+d", ["18", "326", "112", "830"], "儿童18 + 肿瘤326 + 尿毒症112 + 其他830")
R(E, "rate", X, "2023", "91.1%", "a/b", ["2.26万", "2.48万"], "县域内2.26万人次 / 住院2.48万人次", "县域内就诊率")
R(E, "per_unit", X, "2023", "7500元", "a/b", ["1.86亿", "2.48万"], "总费用1.86亿元 / 2.48万人次", "次均住院费用")
R(E, "sum", X, "2023", "1.59亿元", "a+b+c", ["1.12亿", "0.21亿", "0.26亿"], "基本医保1.12 + 大病保险0.21 + 医疗救助0.26 (亿元)")
R(E, "rate", X, "2023", "85.5%", "a/b", ["1.59亿", "1.86亿"], "报销1.59亿元 / 总费用1.86亿元", "综合报销比例")
R(E, "difference", X, "2023", "0.27亿元", "a-b", ["1.86亿", "1.59亿"], "1.86亿元 − 1.59亿元", "个人自付")
R(E, "share", X, "2023", "14.5%", "a/b", ["0.27亿", "1.86亿"], "自付0.27亿元 / 总费用1.86亿元")
R(E, "per_unit", X, "2023", "309元", "a/b", ["2860万", "9.26万"], "资助2860万元 / 9.26万人", "人均资助")
R(E, "share", X, "2023", "36.3%", "a/b", ["186", "512"], "执业（助理）医师186名 / 乡村医生512名")


# ======================================================================================================
F = "f_yunxi_relocation_community_support_2023"; X = "郧西县"
TABLE = [("城关镇;郧西县", "1286", "4862", "2986", "2864", "95.9", "6"),
         ("上津镇;郧西县", "542", "1968", "1186", "1128", "95.1", "3"),
         ("夹河镇;郧西县", "386", "1425", "862", "816", "94.7", "2"),
         ("香口乡;郧西县", "218", "806", "468", "441", "94.2", "1"),
         ("景阳乡;郧西县", "196", "732", "426", "403", "94.6", "1")]
TOTAL = ("2628", "9793", "5928", "5652", "95.3", "13")
UNITS = ("household", "person", "person", "person", "percent", "workshop")
table_spec = "\n".join("\n".join(f"{v}|{u}|{row[0]}" for v, u in zip(row[1:], UNITS)) for row in TABLE)
total_spec = "\n".join(f"{v}|{u}" for v, u in zip(TOTAL, UNITS))
quantities(F, X, f"""
106个|resettlement_site
800人以上|person
5个|resettlement_site
5个|resettlement_site
2628户|household
9793人|person
41.6%|percent
2512户|household
5928人|person
5个|resettlement_site
5所|school
2所|school
5个|other:卫生服务站
5个|other:服务中心
5个|resettlement_site
5652人|person
95.3%|percent
2.15人|person
至少1人|person
3862人|person
68.3%|percent
1430人|person
360人|person
13个|workshop
486人|person
312人|person
64.2%|percent
2300元以上|CNY
32期|other:期
1580人次|person_time
{table_spec}
{total_spec}
1.2万亩|mu
860个|other:大棚
1268户|household
5个|resettlement_site
14260元|CNY
1512元|CNY
11.9%|percent
6820万元|CNY
3260万元|CNY
1120万元|CNY
2440万元|CNY
95%以上|percent
3个以上|workshop
""")
R(F, "share", X, "2023", "41.6%", None, [], "安置9793人 / 全县搬迁人口 (not printed)", "implies 全县 about 23541人")
R(F, "rate", X, "2023", "95.3%", "a/b", ["5652", "5928"], "已就业5652人 / 劳动力5928人", "就业率")
R(F, "per_unit", X, "2023", "2.15人", "a/b", ["5652", "2628"], "就业5652人 / 2628户", "户均就业")
R(F, "sum", X, "2023", "5652人", "a+b+c", ["3862", "1430", "360"], "外出3862 + 就近1430 + 公益性岗位360")
R(F, "share", X, "2023", "68.3%", "a/b", ["3862", "5652"], "外出务工3862人 / 就业5652人")
R(F, "share", X, "2023", "64.2%", "a/b", ["312", "486"], "脱贫劳动力312人 / 车间就业486人")
for reg, hh, pp, lab, emp, rate, ws in TABLE:
    R(F, "rate", reg, "2023", f"{rate}%", "a/b", [emp, lab], f"已就业{emp}人 / 劳动力{lab}人", "table 就业率", bare=rate)
for i, (what, unit) in enumerate((("户", "household"), ("人", "person"), ("劳动力", "person"), ("已就业", "person"))):
    parts = [row[1 + i] for row in TABLE]
    R(F, "sum", X, "2023", TOTAL[i], "+".join("abcde"), parts, " + ".join(parts) + f" ({what})", "table 合计")
R(F, "rate", X, "2023", "95.3%", "a/b", ["5652", "5928"], "合计 已就业5652人 / 劳动力5928人", "table 合计 就业率", bare="95.3")
R(F, "sum", X, "2023", "13", "a+b+c+d+e", [row[6] for row in TABLE], "6 + 3 + 2 + 1 + 1 (帮扶车间)", "table 合计")
R(F, "growth", X, P, "11.9%", "b/(a-b)", ["14260元", "1512元"], "增加1512元 / (14260元 − 1512元)", "人均纯收入")
R(F, "sum", X, "2023", "6820万元", "a+b+c", ["3260万", "1120万", "2440万"], "产业3260 + 就业1120 + 社区配套2440 (万元)")


# ------------------------------------------------------------------------------------------------------
GOLD.write_relations()
