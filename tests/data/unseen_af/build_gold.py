"""Gold of tests/data/unseen_af (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below, raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six genres the earlier sets do not cover: a 县 光伏扶贫电站 收益分配 report (湖北 郧西县), a 人民银行 市中心支行 金融帮扶
通报 (贵州 六盘水市), a 防贫保险 and 农业保险 report (河南 卢氏县), a 中央单位定点帮扶 责任书 完成情况 report (重庆 城口县),
a 驻村工作队 轮换 report (内蒙古 兴和县) and a 市 防止返贫动态监测 quarterly 通报 with a table by county (四川 广元市).

Three figures are deliberately wrong, the rest agree:
  a 郧西县 小型公益事业 使用光伏收益682.4万元，占可分配收益的22.5%: 682.4 / 3327.8 = 20.5% (a share);
  c 卢氏县 全年累计赔付1296户次 against 742 + 318 + 156 + 70 = 1286户次 by cause (a total);
  d 城口县 培训基层干部 任务1200人次 实际1436人次，完成率121.7%: 1436 / 1200 = 119.7% (a rate).
Left out of the quantities: dates and datelines (2024-03-15, 2023年12月底, 10月底, 9月底), durations (超过7年,
不少于7天, 3年以内, 10个工作日内), ordinals (第三季度, 第四季度, 二十大, 新一轮), names (832平台, 两不愁三保障, 三线并行,
一户一策, 两委). In: thresholds that define a group or a rule (5万元以下, 10万元以上, 超过30万元的村, 35岁以下, the
赔付 bands 1万元至3万元 typed as two amounts, 不少于5万元) and 三个方面 (its three uses are listed right before it).
Left out of the relations: targets (c 增长10%以上, f 60%以上), a share whose numerator is not printed (f 已落实产业或
就业帮扶措施的占98.6%), one-part identities (a 公益岗位4268个 安置4268人), 0.86亿元 of 9.38亿元 and 1874户 of 2.06万户
(no share printed), and the table's 全市 风险消除率53.2 (the same figure as the text's 53.2%, whose row is kept).
Corrections after first contact: none. Where the code disagreed (tests/test_unseen_af.py lists each case) the
gold was checked and kept: 自治区直属单位选派工作队6支 and 乌兰察布市直属单位选派14支 are teams working in 兴和县 (the level
names the sender, an actor), 公益岗位/帮扶措施/台账/清单 are counted as typed.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

GOLD = GoldSet(HERE, cn={"三个方面": 3})
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_yunxi_pv_income_distribution_2023"; X = "郧西县"
K3 = "上津镇;店子镇;夹河镇;郧西县"
quantities(A, X, f"""
186座|power_station
4.86万千瓦|other:千瓦
178座|power_station
2.34万千瓦|other:千瓦
8座|power_station
2.52万千瓦|other:千瓦
19个|other:township
168个|village
112个|village
3个|other:township|{K3}
0.46万千瓦|other:千瓦|上津镇
0.42万千瓦|other:千瓦|店子镇
0.38万千瓦|other:千瓦|夹河镇
1.26万千瓦|other:千瓦|{K3}
25.9%|percent|{K3}
2860余次|other:次
1.12万块次|other:块次
2座|power_station
184座|power_station
98.9%|percent
5832万千瓦时|other:千瓦时
4.6%|percent
5576万千瓦时|other:千瓦时
3614.2万元|CNY
1782.6万元|CNY
1831.6万元|CNY
0.62元|CNY
286.4万元|CNY
3327.8万元|CNY
19.8万元|CNY
3327.8万元|CNY
168个|village
三个方面|other:aspect
4268个|other:岗位
4268人|person
3516人|person
752人|person
2304.7万元|CNY
69.3%|percent
5400元|CNY
326个|project
682.4万元|CNY
22.5%|percent
1.37万户|household
340.7万元|CNY
10.2%|percent
2次|other:次
168个|village
13个|other:问题
168个|village
10万元以上|CNY
超过30万元|CNY
46个|village
1.86万户|household
300元|CNY
420万元|CNY
32座|power_station
""")
R(A, "sum", X, "2023", "4.86万千瓦", "a+b", ["2.34万", "2.52万"], "村级2.34万千瓦 + 集中式2.52万千瓦")
R(A, "sum", X, "2023", "186座", "a+b", ["178", "8"], "村级178座 + 集中式8座")
R(A, "sum", K3, "2023", "1.26万千瓦", "a+b+c", ["0.46万", "0.42万", "0.38万"], "上津镇0.46 + 店子镇0.42 + 夹河镇0.38 (万千瓦)")
R(A, "share", K3, "2023", "25.9%", "a/b", ["1.26万", "4.86万"], "三镇1.26万千瓦 / 全县4.86万千瓦")
R(A, "difference", X, "2023", "184座", "a-b", ["186", "2"], "电站186座 − 停运2座", "其余")
R(A, "rate", X, "2023", "98.9%", "a/b", ["184", "186"], "运行正常184座 / 电站186座", "完好率")
R(A, "growth", X, "2023 vs 2022", "4.6%", "a/b-1", ["5832万", "5576万"], "5832万千瓦时 / 5576万千瓦时 − 1")
R(A, "sum", X, "2023", "3614.2万元", "a+b", ["1782.6万", "1831.6万"], "村级1782.6万元 + 集中式1831.6万元")
R(A, "per_unit", X, "2023", "0.62元", "a/b", ["3614.2万", "5832万"], "收益3614.2万元 / 发电量5832万千瓦时", "每千瓦时")
R(A, "difference", X, "2023", "3327.8万元", "a-b", ["3614.2万", "286.4万"], "收益3614.2万元 − 运维费用286.4万元", "可分配收益")
R(A, "per_unit", X, "2023", "19.8万元", "a/b", ["3327.8万", "168"], "可分配收益3327.8万元 / 168个村", "村均")
R(A, "sum", X, "2023", "4268人", "a+b", ["3516", "752"], "脱贫人口3516人 + 监测对象752人")
R(A, "share", X, "2023", "69.3%", "a/b", ["2304.7万", "3327.8万"], "岗位工资2304.7万元 / 可分配收益3327.8万元")
R(A, "per_unit", X, "2023", "5400元", "a/b", ["2304.7万", "4268"], "岗位工资2304.7万元 / 4268人", "人均年工资")
R(A, "share", X, "2023", "22.5%", "a/b", ["682.4万", "3327.8万"], "小型公益事业682.4万元 / 可分配收益3327.8万元", "deliberate error: 20.5%", verdict="mismatch")
R(A, "share", X, "2023", "10.2%", "a/b", ["340.7万", "3327.8万"], "奖励补助340.7万元 / 可分配收益3327.8万元")
R(A, "sum", X, "2023", "3327.8万元", "a+b+c", ["2304.7万", "682.4万", "340.7万"], "公益岗位2304.7万元 + 小型公益事业682.4万元 + 奖励补助340.7万元", "三个方面")
R(A, "growth", X, "2023 vs 2022", "300元", None, [], "人均年工资5400元; 上年 not printed", "implies 上年 5100元")


# ======================================================================================================
B = "b_liupanshui_pbc_financial_support_2023"; X = "六盘水市"
K4 = "盘州市;水城区;六枝特区;钟山区;六盘水市"
quantities(B, X, """
2386.42亿元|CNY
9.8%|percent
968.35亿元|CNY
12.6%|percent
2.8个百分点|percentage_point
40.6%|percent
312.86亿元|CNY
428.17亿元|CNY
227.32亿元|CNY
5万元以下|CNY
18.64亿元|CNY
4.12万户|household
4.52万元|CNY
9.38亿元|CNY
2.06万户|household
0.86亿元|CNY
1874户|household
1156万元|CNY
0.62%|percent
6218万元|CNY
4.05万户|household
7.12亿元|CNY|盘州市
5.86亿元|CNY|水城区
4.38亿元|CNY|六枝特区
1.28亿元|CNY|钟山区
2316笔|other:笔
1.04亿元|CNY
12个|other:产品
156.8亿元|CNY
21.4亿元|CNY
15.8%|percent
87.3亿元|CNY
52.6亿元|CNY
16.9亿元|CNY
42.6亿元|CNY
8.4亿元|CNY
51.0亿元|CNY
36.2亿元|CNY
1.28万笔|other:笔
58.7亿元|CNY
4.36%|percent
1.12个百分点|percentage_point
1086个|other:服务站
986个|village
952个|village
96.6%|percent
38.6万户|household
612个|village
38个|other:township
286.5万笔|other:笔
24.8亿元|CNY
""")
R(B, "growth", X, "2023 vs 2022", "9.8%", None, [], "各项贷款余额2386.42亿元; 上年末 not printed", "implies 上年末 about 2173.4亿元")
R(B, "growth", X, "2023 vs 2022", "12.6%", None, [], "涉农贷款余额968.35亿元; 上年末 not printed", "implies 上年末 about 860.0亿元")
R(B, "difference", X, "2023", "2.8个百分点", "a-b", ["12.6%", "9.8%"], "涉农贷款增速12.6% − 各项贷款增速9.8%")
R(B, "share", X, "2023", "40.6%", "a/b", ["968.35亿", "2386.42亿"], "涉农贷款968.35亿元 / 各项贷款2386.42亿元")
R(B, "sum", X, "2023", "968.35亿元", "a+b+c", ["312.86亿", "428.17亿", "227.32亿"], "农户312.86亿元 + 农村企业428.17亿元 + 城市企业涉农227.32亿元")
R(B, "per_unit", X, "2023", "4.52万元", "a/b", ["18.64亿", "4.12万"], "余额18.64亿元 / 4.12万户", "户均")
R(B, "rate", X, "2023", "0.62%", "a/b", ["1156万", "18.64亿"], "不良贷款1156万元 / 余额18.64亿元", "不良率")
R(B, "sum", K4, "2023", "18.64亿元", "a+b+c+d", ["7.12亿", "5.86亿", "4.38亿", "1.28亿"], "盘州市7.12 + 水城区5.86 + 六枝特区4.38 + 钟山区1.28 (亿元)")
R(B, "growth", X, "2023", "15.8%", "a/(b-a)", ["21.4亿", "156.8亿"], "增加21.4亿元 / (余额156.8亿元 − 21.4亿元)", "较年初")
R(B, "sum", X, "2023", "156.8亿元", "a+b+c", ["87.3亿", "52.6亿", "16.9亿"], "产业带动87.3亿元 + 基础设施52.6亿元 + 其他16.9亿元")
R(B, "sum", X, "2023", "51.0亿元", "a+b", ["42.6亿", "8.4亿"], "再贷款42.6亿元 + 再贴现8.4亿元")
R(B, "difference", X, "2023", "1.12个百分点", None, [], "4.36% against 普通贷款加权平均利率 (not printed)", "implies 5.48%")
R(B, "rate", X, "2023", "96.6%", "a/b", ["952", "986"], "覆盖952个 / 行政村986个", "覆盖率")


# ======================================================================================================
C = "c_lushi_anti_poverty_insurance_2023"; X = "卢氏县"
quantities(C, X, """
3.26万户|household
11.84万人|person
2.18万户|household
8.06万人|person
0.31万户|household
1.02万人|person
0.77万户|household
2.76万人|person
60元|CNY
710.4万元|CNY
497.3万元|CNY
70.0%|percent
142.1万元|CNY
20.0%|percent
71.0万元|CNY
10.0%|percent
1万元|CNY
1万元|CNY
3万元|CNY
50%|percent
3万元|CNY
5万元|CNY
60%|percent
5万元以上|CNY
70%|percent
60%|percent
1296户次|other:户次
1032.6万元|CNY
742户次|other:户次
628.4万元|CNY
318户次|other:户次
246.8万元|CNY
156户次|other:户次
92.3万元|CNY
70户次|other:户次
65.1万元|CNY
145.4%|percent
5万元|CNY
1086户|household
3592人|person
2846.5万元|CNY
1138.6万元|CNY
711.6万元|CNY
284.7万元|CNY
711.6万元|CNY
40.0%|percent
25.0%|percent
10.0%|percent
25.0%|percent
18.6万亩|mu
4.2万头|head
3860万袋|other:袋
6.8万亩|mu
2.4万亩|mu
12.86亿元|CNY
3.92万户次|other:户次
1986.4万元|CNY
5218户次|other:户次
69.8%|percent
10%以上|percent
""")
R(C, "sum", X, "2023", "3.26万户", "a+b+c", ["2.18万", "0.31万", "0.77万"], "脱贫户2.18 + 监测对象0.31 + 一般农户0.77 (万户)")
R(C, "sum", X, "2023", "11.84万人", "a+b+c", ["8.06万", "1.02万", "2.76万"], "脱贫户8.06 + 监测对象1.02 + 一般农户2.76 (万人)")
R(C, "per_unit", X, "2023", "60元", "a/b", ["710.4万", "11.84万"], "保费710.4万元 / 参保11.84万人", "每人每年")
R(C, "sum", X, "2023", "710.4万元", "a+b+c", ["497.3万", "142.1万", "71.0万"], "县级497.3万元 + 市级142.1万元 + 社会捐赠71.0万元")
R(C, "share", X, "2023", "70.0%", "a/b", ["497.3万", "710.4万"], "县级497.3万元 / 保费710.4万元")
R(C, "share", X, "2023", "20.0%", "a/b", ["142.1万", "710.4万"], "市级142.1万元 / 保费710.4万元")
R(C, "share", X, "2023", "10.0%", "a/b", ["71.0万", "710.4万"], "社会捐赠71.0万元 / 保费710.4万元")
R(C, "sum", X, "2023", "1296户次", "a+b+c+d", ["742", "318", "156", "70"], "因病742 + 因灾318 + 因学156 + 其他70 (户次)", "deliberate error: 1286户次", verdict="mismatch")
R(C, "sum", X, "2023", "1032.6万元", "a+b+c+d", ["628.4万", "246.8万", "92.3万", "65.1万"], "因病628.4 + 因灾246.8 + 因学92.3 + 其他65.1 (万元)")
R(C, "rate", X, "2023", "145.4%", "a/b", ["1032.6万", "710.4万"], "赔付1032.6万元 / 保费710.4万元", "赔付率")
R(C, "sum", X, "2023", "2846.5万元", "a+b+c+d", ["1138.6万", "711.6万", "284.7万", "711.6万"], "中央1138.6 + 省级711.6 + 县级284.7 + 农户711.6 (万元)")
R(C, "share", X, "2023", "40.0%", "a/b", ["1138.6万", "2846.5万"], "中央1138.6万元 / 保费2846.5万元", "分别占")
R(C, "share", X, "2023", "25.0%", "a/b", ["711.6万", "2846.5万"], "省级711.6万元 / 保费2846.5万元", "分别占")
R(C, "share", X, "2023", "10.0%", "a/b", ["284.7万", "2846.5万"], "县级284.7万元 / 保费2846.5万元", "分别占")
R(C, "share", X, "2023", "25.0%", "a/b", ["711.6万", "2846.5万"], "农户自缴711.6万元 / 保费2846.5万元", "分别占")
R(C, "rate", X, "2023", "69.8%", "a/b", ["1986.4万", "2846.5万"], "赔款1986.4万元 / 保费2846.5万元", "简单赔付率")


# ======================================================================================================
D = "d_chengkou_designated_assistance_pledge_2023"; X = "城口县"
quantities(D, X, """
2次|other:次
4次|other:次
3名|person
2名|person
3000万元|CNY
3260万元|CNY
108.7%|percent
1860万元|CNY
820万元|CNY
386万元|CNY
194万元|CNY
38个|project
2860户|household
2个|other:基地
1.2万群|other:群
6个|other:养殖场
36公里|other:km
8个|other:卫生室
38个|project
34个|project
89.5%|percent
2500万元|CNY
3185.6万元|CNY
127.4%|percent
2416.0万元|CNY
769.6万元|CNY
2706人次|person_time
1200人次|person_time
1436人次|person_time
121.7%|percent
300人次|person_time
342人次|person_time
114.0%|percent
800人次|person_time
928人次|person_time
116.0%|percent
2586.8万元|CNY
600万元|CNY
724.3万元|CNY
120.7%|percent
1500万元|CNY
1862.5万元|CNY
124.2%|percent
3个|other:车间
126人|person
6次|other:次
1800余人|person
1.2万册|other:册
38万元|CNY
25所|other:school
""")
R(D, "rate", X, "2023", "108.7%", "a/b", ["3260万", "3000万"], "投入3260万元 / 任务3000万元", "完成率")
R(D, "sum", X, "2023", "3260万元", "a+b+c+d", ["1860万", "820万", "386万", "194万"], "产业1860 + 基础设施820 + 教育医疗386 + 其他194 (万元)")
R(D, "rate", X, "2023", "89.5%", "a/b", ["34", "38"], "完工34个 / 项目38个", "完工率")
R(D, "rate", X, "2023", "127.4%", "a/b", ["3185.6万", "2500万"], "引进3185.6万元 / 任务2500万元", "完成率")
R(D, "sum", X, "2023", "3185.6万元", "a+b", ["2416.0万", "769.6万"], "企业投资2416.0万元 + 社会捐赠769.6万元")
R(D, "sum", X, "2023", "2706人次", "a+b+c", ["1436", "342", "928"], "基层干部1436 + 带头人342 + 专业技术人员928 (人次)")
R(D, "rate", X, "2023", "121.7%", "a/b", ["1436", "1200"], "培训1436人次 / 任务1200人次", "完成率; deliberate error: 119.7%", verdict="mismatch")
R(D, "rate", X, "2023", "114.0%", "a/b", ["342", "300"], "培训342人次 / 任务300人次", "完成率")
R(D, "rate", X, "2023", "116.0%", "a/b", ["928", "800"], "培训928人次 / 任务800人次", "完成率")
R(D, "sum", X, "2023", "2586.8万元", "a+b", ["724.3万", "1862.5万"], "购买724.3万元 + 帮助销售1862.5万元")
R(D, "rate", X, "2023", "120.7%", "a/b", ["724.3万", "600万"], "购买724.3万元 / 任务600万元", "完成率")
R(D, "rate", X, "2023", "124.2%", "a/b", ["1862.5万", "1500万"], "帮助销售1862.5万元 / 任务1500万元", "完成率")


# ======================================================================================================
E = "e_xinghe_village_team_rotation_2023"; X = "兴和县"
quantities(E, X, """
118支|village_work_team
354名|person
118名|person
236名|person
52个|village
4个|village
9个|village
53个|village
9个|other:township
164个|village
118个|village
46个|village
6支|village_work_team
14支|village_work_team
98支|village_work_team
286名|person
68名|person
80.8%|percent
35岁以下|other:岁
132名|person
37.3%|percent
338名|person
95.5%|percent
96名|person
118名|person
8名|person
76名|person
34名|person
2864件|item
1.26亿元|CNY
186个|project
412名|person
3680万元|CNY
164个|village
10万元以上|CNY
超过50万元|CNY
21个|village
1416本|other:本
118份|other:份
2期|other:期
354人次|person_time
2万元|CNY
708万元|CNY
5名|person
12人次|person_time
不少于5万元|CNY
""")
R(E, "sum", X, "2023", "354名", "a+b", ["118", "236"], "第一书记118名 + 工作队员236名")
R(E, "sum", X, "2023", "118支", "a+b+c+d", ["52", "4", "9", "53"], "脱贫村52 + 安置点村4 + 软弱涣散村9 + 其他村53 (个, one team a village)")
R(E, "difference", X, "2023", "46个", "a-b", ["164", "118"], "行政村164个 − 派驻118个", "其余")
R(E, "sum", X, "2023", "118支", "a+b+c", ["6", "14", "98"], "自治区6 + 市直14 + 县直98 (支)")
R(E, "sum", X, "2023", "354名", "a+b", ["286", "68"], "轮换286名 + 留任68名")
R(E, "rate", X, "2023", "80.8%", "a/b", ["286", "354"], "轮换286名 / 驻村干部354名", "轮换比例")
R(E, "share", X, "2023", "37.3%", "a/b", ["132", "354"], "35岁以下132名 / 354名")
R(E, "share", X, "2023", "95.5%", "a/b", ["338", "354"], "大专以上338名 / 354名")
R(E, "sum", X, "2023", "118名", "a+b+c", ["8", "76", "34"], "处级8 + 科级76 + 其他34 (名)")
R(E, "per_unit", X, "2023", "2万元", "a/b", ["708万", "354"], "经费708万元 / 驻村干部354名", "每人每年")


# ======================================================================================================
F = "f_guangyuan_monitoring_q3_2023"; X = "广元市"
TABLE = [("利州区", "612", "1836", "318", "964", "52.0"), ("昭化区", "846", "2618", "452", "1403", "53.4"),
         ("朝天区", "738", "2254", "396", "1208", "53.7"), ("旺苍县", "1524", "4862", "806", "2538", "52.9"),
         ("青川县", "1386", "4326", "712", "2196", "51.4"), ("剑阁县", "2218", "7104", "1186", "3752", "53.5"),
         ("苍溪县", "2406", "7758", "1302", "4168", "54.1")]
TOTAL = ("全市", "9730", "30758", "5172", "16229", "53.2")
rows = "\n".join(f"{a}|household|{c}\n{b}|person|{c}\n{x}|household|{c}\n{y}|person|{c}\n{r}|percent|{c}"
                 for c, a, b, x, y, r in TABLE + [(X,) + TOTAL[1:]])
quantities(F, X, f"""
386户|household
1204人|person
9730户|household
30758人|person
1.42%|percent
4126户|household
3318户|household
2286户|household
4183户|household
43.0%|percent
1624户|household
16.7%|percent
1186户|household
12.2%|percent
2737户|household
28.1%|percent
5172户|household
16229人|person
53.2%|percent
4558户|household
14529人|person
{rows}
54.1%|percent|苍溪县
51.4%|percent|青川县
1.8个百分点|percentage_point|青川县;广元市
2.46万项|item
2.5项|item
8642项|item
6318项|item
4126项|item
2284项|item
2036项|item
1194项|item
98.6%|percent
60%以上|percent
""")
R(F, "share", X, "2023Q3", "1.42%", None, [], "监测对象30758人 / 农村人口 (not printed)", "implies 农村人口 about 216.6万人")
R(F, "sum", X, "2023Q3", "9730户", "a+b+c", ["4126", "3318", "2286"], "脱贫不稳定户4126 + 边缘易致贫户3318 + 突发严重困难户2286")
R(F, "sum", X, "2023Q3", "9730户", "a+b+c+d", ["4183", "1624", "1186", "2737"], "因病4183 + 因残1624 + 因意外1186 + 其他2737 (户)", "by 风险类型")
for part, pct in (("4183", "43.0%"), ("1624", "16.7%"), ("1186", "12.2%"), ("2737", "28.1%")):
    R(F, "share", X, "2023Q3", pct, "a/b", [part, "9730"], f"{part}户 / 监测对象9730户")
R(F, "rate", X, "2023Q3", "53.2%", "a/b", ["5172", "9730"], "风险消除5172户 / 监测对象9730户", "风险消除率")
R(F, "difference", X, "2023Q3", "4558户", "a-b", ["9730", "5172"], "监测对象9730户 − 风险消除5172户", "尚未消除")
R(F, "difference", X, "2023Q3", "14529人", "a-b", ["30758", "16229"], "监测对象30758人 − 风险消除16229人", "尚未消除")
for c, a, b, x, y, r in TABLE:
    R(F, "rate", c, "2023Q3", r + "%", "a/b", [x, a], f"{c} 风险消除{x}户 / 监测对象{a}户", "table", bare=r)
for i, what in ((1, "监测对象户"), (2, "监测对象人"), (3, "风险消除户"), (4, "风险消除人")):
    parts = [t[i] for t in TABLE]
    R(F, "sum", X, "2023Q3", TOTAL[i], "+".join("abcdefg"), parts, " + ".join(parts) + f" ({what}, 7 县区)", "table 全市 row")
R(F, "difference", "青川县;广元市", "2023Q3", "1.8个百分点", "a-b", ["53.2%", "51.4%"], "全市53.2% − 青川县51.4%")
R(F, "sum", X, "2023Q3", "2.46万项", "a+b+c+d+e+f", ["8642", "6318", "4126", "2284", "2036", "1194"], "产业8642 + 就业6318 + 健康4126 + 教育2284 + 综合保障2036 + 其他1194 (项)")
R(F, "per_unit", X, "2023Q3", "2.5项", "a/b", ["2.46万", "9730"], "帮扶措施2.46万项 / 监测对象9730户", "户均")

GOLD.write_relations()
