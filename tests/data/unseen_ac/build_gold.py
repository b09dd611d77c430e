"""Gold of tests/data/unseen_ac (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Three figures are deliberately wrong, the rest agree:
  a 辽宁省 追缴、挽回资金3862.5万元 against 追缴2416.3万元 + 挽回1436.2万元 = 3852.5万元 (a total);
  b 隆回县 务工1862人，其中脱贫人口和监测对象1126人，占62.5%: 1126 / 1862 = 60.5% (a share);
  f 大理州 农房抗震改造 竣工2318户，竣工率95.6%: 2318 / 2450 = 94.6% (a rate).
Left out of the quantities: years and dates, durations (36个月, 三年管护期, 五年来; 连续6年 未发生 is in, as a result
counted like the seeds' 连续3年实现零错退), list numbers (1., 一是), names (三资, 一卡通, 以工代训, 回头看), a group
named again after its list (四县（区）合计). 春节、五一、国庆三个假期 is in (items listed inline, as 等四個方面 in the corpus).
Left out of the relations: targets (b 不低于30%, 2500万元以上; e 突破6000万人次; f 3000户以上), shares whose
numerator is not printed (c 验收合格率100%, d 兑付率100% and 50岁以上 占比62.3%, f 开工率100%, 减轻负担约60%),
subsets stated with 其中 that are no breakdown (a 形式主义、官僚主义问题215个 of 1286个), averages whose total is
not printed (e 竹泉村 户均年经营收入8.2万元, 户均增收4860元)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"三个": 3, "两级": 2}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_liaoning_discipline_rural_revitalization_2023"; X = "辽宁省"
C3 = "朝阳市;阜新市;铁岭市"
quantities(A, X, f"""
2364件|other:件
8.7%|percent
1958件|other:件
1286个|other:问题
1126个|other:问题
14.2%|percent
1853人|person
1027人|person
55.4%|percent
31人|person
468个|other:问题
36.4%|percent
392个|other:问题
426个|other:问题
215个|other:问题
296人|person
3862.5万元|CNY
2416.3万元|CNY
1436.2万元|CNY
86.4万元|CNY
2170户|household
236个|other:问题|朝阳市
318人|person|朝阳市
187个|other:问题|阜新市
264人|person|阜新市
158个|other:问题|铁岭市
221人|person|铁岭市
45.2%|percent|{C3};辽宁省
42件|other:件
39件|other:件
92.9%|percent
12次|other:次|建平县;朝阳市
68.5万元|CNY|建平县;朝阳市
6人|person|阜新蒙古族自治县;阜新县;阜新市
600元|CNY|阜新蒙古族自治县;阜新县;阜新市
12.96万元|CNY|阜新蒙古族自治县;阜新县;阜新市
126名|person|西丰县;铁岭市
38.7万元|CNY|西丰县;铁岭市
3071元|CNY|西丰县;铁岭市
9户|household|彰武县;阜新市
21人|person|彰武县;阜新市
15.8万元|CNY|彰武县;阜新市
23.6万元|CNY|岫岩满族自治县;岫岩县;鞍山市
14个|other:prefecture
100个|other:county
""")
R(A, "growth", X, "2023 vs 2022", "8.7%", None, [], "信访举报2364件; 上年 not printed", "implies 上年 about 2589件")
R(A, "growth", X, "2023 vs 2022", "14.2%", "a/b-1", ["1286", "1126"], "1286个 / 1126个 − 1")
R(A, "share", X, "2023", "55.4%", "a/b", ["1027", "1853"], "党纪政务处分1027人 / 处理1853人")
R(A, "share", X, "2023", "36.4%", "a/b", ["468", "1286"], "衔接资金和项目468个 / 问题1286个")
R(A, "sum", X, "2023", "1286个", "a+b+c", ["468", "392", "426"], "衔接资金468个 + 民生资金392个 + 三资426个", "by type")
R(A, "sum", X, "2023", "3862.5万元", "a+b", ["2416.3万", "1436.2万"], "追缴2416.3万元 + 挽回1436.2万元", "deliberate error: 3852.5万元", verdict="mismatch")
R(A, "share", C3 + ";辽宁省", "2023", "45.2%", "(a+b+c)/d", ["236", "187", "158", "1286"], "(朝阳236个 + 阜新187个 + 铁岭158个) / 全省1286个")
R(A, "rate", X, "2023", "92.9%", "a/b", ["39", "42"], "办结39件 / 督办42件", "办结率")
R(A, "per_unit", "阜新蒙古族自治县;阜新县;阜新市", "2021..2023", "600元", "a/b/36", ["12.96万", "6"], "12.96万元 / 6人 / 36个月", "每人每月")
R(A, "per_unit", "西丰县;铁岭市", "2023", "3071元", "a/b", ["38.7万", "126"], "38.7万元 / 126名", "人均")


# ======================================================================================================
B = "b_longhui_work_relief_2023"; X = "隆回县"
DZ, JS, CM = "大竹村;荷香桥镇;隆回县", "金石桥镇;隆回县", "崇木凼村;虎形山瑶族乡;隆回县"
quantities(B, X, f"""
2150万元|CNY
430万元|CNY
215万元|CNY
2795万元|CNY
9个|project
8个|other:township
17个|village
6个|project
3个|project
21.6公里|km
18.4公里|km
9.2公里|km
1.36万亩|mu
712.6万元|CNY
33.1%|percent
不低于30%|percent
586.0万元|CNY
21.6%|percent
1862人|person
1126人|person
62.5%|percent
512人|person
27.5%|percent
1438人|person
424人|person
3827元|CNY
约150元|CNY
320万元|CNY|{DZ}
260万元|CNY|{DZ}
108.4万元|CNY|{DZ}
41.7%|percent|{DZ}
286人|person|{DZ}
290万元|CNY|{JS}
230万元|CNY|{JS}
81.2万元|CNY|{JS}
215人|person|{JS}
3777元|CNY|{JS}
248万元|CNY|{CM}
132人|person|{CM}
52.8万元|CNY|{CM}
4000元|CNY|{CM}
42期|other:期
1260人|person
865人|person
68.7%|percent
286人|person
54名|person
18万元|CNY
17个|village
2.18万亩|mu
6390户|household
3轮|other:轮
14个|other:问题
9个|project
8个|project
88.9%|percent
2043万元|CNY
95.0%|percent
1个|project
2500万元以上|CNY
不低于30%|percent
2000人以上|person
""")
R(B, "sum", X, "2023", "2795万元", "a+b+c", ["2150万", "430万", "215万"], "中央2150万元 + 省级430万元 + 县级215万元")
R(B, "sum", X, "2023", "9个", "a+b", ["6", "3"], "基础设施类6个 + 农业生产配套类3个")
R(B, "share", X, "2023", "33.1%", "a/b", ["712.6万", "2150万"], "劳务报酬712.6万元 / 中央预算内投资2150万元")
R(B, "growth", X, "2023 vs 2022", "21.6%", "a/b-1", ["712.6万", "586.0万"], "712.6万元 / 586.0万元 − 1")
R(B, "share", X, "2023", "62.5%", "a/b", ["1126", "1862"], "脱贫人口和监测对象1126人 / 务工1862人", "deliberate error: 60.5%", verdict="mismatch")
R(B, "share", X, "2023", "27.5%", "a/b", ["512", "1862"], "女性512人 / 务工1862人")
R(B, "sum", X, "2023", "1862人", "a+b", ["1438", "424"], "本村1438人 + 本乡镇424人")
R(B, "per_unit", X, "2023", "3827元", "a/b", ["712.6万", "1862"], "712.6万元 / 1862人", "人均劳务报酬")
R(B, "share", DZ, "2023", "41.7%", "a/b", ["108.4万", "260万"], "劳务报酬108.4万元 / 中央资金260万元")
R(B, "per_unit", JS, "2023", "3777元", "a/b", ["81.2万", "215"], "81.2万元 / 215人")
R(B, "per_unit", CM, "2023", "4000元", "a/b", ["52.8万", "132"], "52.8万元 / 132人")
R(B, "rate", X, "2023", "68.7%", "a/b", ["865", "1260"], "取得证书865人 / 培训1260人", "发证率")
R(B, "rate", X, "2023", "88.9%", "a/b", ["8", "9"], "完工8个 / 项目9个", "完工率")
R(B, "rate", X, "2023", "95.0%", "a/b", ["2043万", "2150万"], "已支付2043万元 / 中央预算内投资2150万元", "支付率")
R(B, "difference", X, "2023", "1个", "a-b", ["9", "8"], "9个 − 8个", "剩余未完工")


# ======================================================================================================
C = "c_garze_land_quota_transfer_2022"; X = "甘孜藏族自治州;甘孜州"
N = "全国;" + X
quantities(C, X, f"""
18个|other:county
326个|project
1.38万亩|mu
0.12万亩|mu
1.26万亩|mu|{X};浙江省;江苏省
0.31万亩|mu
0.45万亩|mu
0.28万亩|mu
0.22万亩|mu
5.82万亩|mu|四川省
21.6%|percent|{X};四川省
0.16万亩|mu|理塘县
0.14万亩|mu|康定市
0.12万亩|mu|道孚县
50万元|CNY|{N}
30万元|CNY|{N}
20万元|CNY|{N}
30万元|CNY|{N}
1.26万亩|mu
0.84万亩|mu
0.42万亩|mu
54.6亿元|CNY
43.3万元|CNY
51.3亿元|CNY
94.0%|percent
48.2亿元|CNY
94.0%|percent
19.6亿元|CNY
12.4亿元|CNY
25.7%|percent
8.7亿元|CNY
7.5亿元|CNY
1860公里|km
126个|other:基地
2.86万名|person
2.14万户|household
9.84亿元|CNY
4.6万元|CNY
0.91万亩|mu
2300万元|CNY
7.1万元|CNY
326个|project
100%|percent
96.8%|percent
8.6亿元|CNY
约0.45万亩|mu
""")
R(C, "sum", X, "2018..2022", "1.38万亩", "a+b", ["0.12万", "1.26万"], "本地建新0.12万亩 + 跨省域调剂1.26万亩", "复垦面积")
R(C, "sum", X, "2018..2022", "1.26万亩", "a+b+c+d", ["0.31万", "0.45万", "0.28万", "0.22万"], "2018年0.31 + 2019年0.45 + 2020年0.28 + 2021年0.22 (万亩)", "by year")
R(C, "share", X + ";四川省", "2018..2022", "21.6%", "a/b", ["1.26万", "5.82万"], "甘孜州1.26万亩 / 全省5.82万亩")
R(C, "sum", N, "2018..2022", "50万元", "a+b", ["30万", "20万"], "基准价30万元 + 耕地附加20万元", "每亩")
R(C, "sum", X, "2018..2022", "1.26万亩", "a+b", ["0.84万", "0.42万"], "耕地0.84万亩 + 其他农用地0.42万亩", "by land use")
R(C, "sum", X, "2018..2022", "54.6亿元", "a*b+c*d", ["0.84万", "50万", "0.42万", "30万"], "0.84万亩 × 50万元 + 0.42万亩 × 30万元", "调剂资金 by price")
R(C, "per_unit", X, "2018..2022", "43.3万元", "a/b", ["54.6亿", "1.26万"], "54.6亿元 / 1.26万亩", "亩均")
R(C, "rate", X, "2018..2022", "94.0%", "a/b", ["51.3亿", "54.6亿"], "已下达51.3亿元 / 调剂资金54.6亿元", "到位率")
R(C, "share", X, "2018..2022", "94.0%", "a/b", ["48.2亿", "51.3亿"], "已安排48.2亿元 / 已到位51.3亿元")
R(C, "sum", X, "2018..2022", "48.2亿元", "a+b+c+d", ["19.6亿", "12.4亿", "8.7亿", "7.5亿"], "基础设施19.6 + 产业12.4 + 后续扶持8.7 + 债务7.5 (亿元)", "by use")
R(C, "share", X, "2018..2022", "25.7%", "a/b", ["12.4亿", "48.2亿"], "特色产业12.4亿元 / 已安排48.2亿元")
R(C, "per_unit", X, "2018..2022", "4.6万元", "a/b", ["9.84亿", "2.14万"], "9.84亿元 / 2.14万户", "户均拆旧补偿")
R(C, "per_unit", X, "2022", "7.1万元", "a/b", ["2300万", "326"], "2300万元 / 326个项目", "每个复垦项目所在村")


# ======================================================================================================
D = "d_ankang_ecological_forest_rangers_2023"; X = "安康市"
K4 = "汉滨区;紫阳县;旬阳市;宁陕县"
PZ = "平利县;镇坪县;安康市"
quantities(D, X, f"""
10个|other:county
11860人|person
9624人|person
81.1%|percent
1238人|person
1850人|person|汉滨区
1620人|person|紫阳县
1580人|person|旬阳市;旬阳县
960人|person|宁陕县
6010人|person|{K4};安康市
50.7%|percent|{K4};安康市
8000元|CNY
9488万元|CNY
8260万元|CNY
1228万元|CNY
100%|percent
2965万亩|mu
2500亩|mu
258.6万人次|person_time
1326处|other:site
412起|other:起
186起|other:起
6年|other:年
68.9%|percent
1.2个百分点|percentage_point
126期|other:期
2.1万人次|person_time
1.8次|other:次
11860部|other:部
97.6%|percent
11524人|person
97.2%|percent
336人|person
336人|person
3.96万人|person
2396元|CNY
1.42万元|CNY
1.31万元|CNY
0.11万元|CNY
1240户|household|{PZ}
3600元|CNY|{PZ}
860万亩|mu
15元|CNY
1.29亿元|CNY
12.6万户|household
5.86万户|household
46.5%|percent
38.6万亩|mu
21.4亿元|CNY
9.2%|percent
50岁以上|other:岁
62.3%|percent
1.18万人以上|person
""")
R(D, "share", X, "2023", "81.1%", "a/b", ["9624", "11860"], "脱贫人口9624人 / 生态护林员11860人")
R(D, "sum", K4 + ";" + X, "2023", "6010人", "a+b+c+d", ["1850", "1620", "1580", "960"], "汉滨1850 + 紫阳1620 + 旬阳1580 + 宁陕960 (人)")
R(D, "share", K4 + ";" + X, "2023", "50.7%", "a/b", ["6010", "11860"], "四县（区）6010人 / 全市11860人")
R(D, "per_unit", X, "2023", "8000元", "a/b", ["9488万", "11860"], "9488万元 / 11860人", "每人每年")
R(D, "sum", X, "2023", "9488万元", "a+b", ["8260万", "1228万"], "中央8260万元 + 省级1228万元")
R(D, "per_unit", X, "2023", "2500亩", "a/b", ["2965万", "11860"], "2965万亩 / 11860人", "人均管护面积")
R(D, "difference", X, "2023 vs 2020", "1.2个百分点", None, [], "68.9% − 2020年森林覆盖率 (not printed)", "implies 2020年 67.7%")
R(D, "per_unit", X, "2023", "1.8次", "a/b", ["2.1万", "11860"], "2.1万人次 / 11860人", "人均培训", reported=1.8, half=0.05)
R(D, "rate", X, "2023", "97.2%", "a/b", ["11524", "11860"], "合格11524人 / 11860人", "合格率")
R(D, "difference", X, "2023", "336人", "a-b", ["11860", "11524"], "11860人 − 合格11524人", "解聘")
R(D, "per_unit", X, "2023", "2396元", "a/b", ["9488万", "3.96万"], "9488万元 / 3.96万人", "人均增收")
R(D, "difference", X, "2023", "0.11万元", "a-b", ["1.42万", "1.31万"], "1.42万元 − 1.31万元")
R(D, "per_unit", X, "2023", "15元", "a/b", ["1.29亿", "860万"], "1.29亿元 / 860万亩", "每亩每年")
R(D, "share", X, "2023", "46.5%", "a/b", ["5.86万", "12.6万"], "脱贫户5.86万户 / 农户12.6万户")
R(D, "growth", X, "2023 vs 2022", "9.2%", None, [], "经济林产值21.4亿元; 上年 not printed", "implies 上年 about 19.6亿元")


# ======================================================================================================
E = "e_linyi_rural_tourism_2023"; X = "临沂市"
V3 = "朱家林村;竹泉村;沂南县;压油沟村;兰陵县"
ZQ, YY, DG = "竹泉村;沂南县", "压油沟村;兰陵县", "岱崮镇;蒙阴县"
quantities(E, X, f"""
9个|village
2个|other:township
186个|village
1.86万户|household
5862万人次|person_time
4421万人次|person_time
32.6%|percent
286.4亿元|CNY
28.3%|percent
749.7亿元|CNY
38.2%|percent
8.6万人|person
1.24万人|person
14.4%|percent
9.68亿元|CNY
5.2万元|CNY
2160家|enterprise
2.38万张|other:床位
326家|enterprise
41.6%|percent
三个|other:假期
386万人次|person_time
412万人次|person_time
538万人次|person_time
1336万人次|person_time
22.8%|percent
3260人|person
720人|person
三个|village|{V3}
68万人次|person_time|朱家林村;沂南县
126万人次|person_time|{ZQ}
92万人次|person_time|{YY}
286万人次|person_time|{V3};临沂市
1.82亿元|CNY|{ZQ}
386万元|CNY|{ZQ}
238户|household|{ZQ}
8.2万元|CNY|{ZQ}
1260人|person|{ZQ}
126处|other:site|{YY}
12.6万人次|person_time|{YY}
6860万元|CNY|{YY}
18.5%|percent|{YY}
2.96万元|CNY|{YY}
312万人次|person_time|{DG}
9.4亿元|CNY|{DG}
301元|CNY|{DG}
168家|enterprise|{DG}
3860人|person|{DG}
412人|person|{DG}
2.35万户|household
4860元|CNY
1.12万户|household
0.86万户|household
0.37万户|household
86期|other:期
5160人次|person_time
489元|CNY
不足20%|percent
10个以上|village
突破6000万人次|person_time
310亿元以上|CNY
""")
R(E, "growth", X, "2023 vs 2022", "32.6%", "a/b-1", ["5862万", "4421万"], "5862万人次 / 4421万人次 − 1")
R(E, "growth", X, "2023 vs 2022", "28.3%", None, [], "乡村旅游收入286.4亿元; 上年 not printed", "implies 上年 about 223.2亿元")
R(E, "share", X, "2023", "38.2%", "a/b", ["286.4亿", "749.7亿"], "乡村旅游收入286.4亿元 / 旅游总收入749.7亿元")
R(E, "share", X, "2023", "14.4%", "a/b", ["1.24万", "8.6万"], "脱贫人口1.24万人 / 带动就业8.6万人")
R(E, "per_unit", X, "2023", "5.2万元", "a/b", ["9.68亿", "1.86万"], "9.68亿元 / 1.86万户", "户均")
R(E, "difference", X, "2023 vs 2022", "326家", None, [], "2160家 − 上年 (not printed)", "implies 上年 1834家")
R(E, "sum", X, "2023", "1336万人次", "a+b+c", ["386万", "412万", "538万"], "春节386万 + 五一412万 + 国庆538万 (人次)")
R(E, "share", X, "2023", "22.8%", "a/b", ["1336万", "5862万"], "三个假期1336万人次 / 全年5862万人次")
R(E, "difference", X, "2023 vs 2022", "720人", None, [], "3260人 − 上年 (not printed)", "implies 上年 2540人")
R(E, "sum", V3 + ";临沂市", "2023", "286万人次", "a+b+c", ["68万", "126万", "92万"], "朱家林68万 + 竹泉126万 + 压油沟92万 (人次)")
R(E, "growth", YY, "2023 vs 2022", "18.5%", None, [], "村集体收入 (not printed)", "neither year printed")
R(E, "per_unit", DG, "2023", "301元", "a/b", ["9.4亿", "312万"], "9.4亿元 / 312万人次", "游客人均消费")
R(E, "sum", X, "2023", "2.35万户", "a+b+c", ["1.12万", "0.86万", "0.37万"], "农副产品1.12万户 + 就业0.86万户 + 流转入股0.37万户", "by channel")
R(E, "per_unit", X, "2023", "489元", "a/b", ["286.4亿", "5862万"], "286.4亿元 / 5862万人次", "游客人均消费")


# ======================================================================================================
F = "f_dali_rural_housing_renovation_2023"; X = "大理白族自治州;大理州"
TABLE = [("大理市", "186", "182", "97.8", "302.6"), ("漾濞彝族自治县;漾濞县", "248", "236", "95.2", "418.4"),
         ("祥云县", "402", "387", "96.3", "661.8"), ("宾川县", "356", "347", "97.5", "598.2"),
         ("弥渡县", "318", "307", "96.5", "532.6"), ("南涧彝族自治县;南涧县", "296", "278", "93.9", "506.4"),
         ("巍山彝族回族自治县;巍山县", "342", "328", "95.9", "574.8"), ("永平县", "274", "264", "96.4", "462.0"),
         ("云龙县", "428", "403", "94.2", "726.4"), ("洱源县", "312", "299", "95.8", "521.6"),
         ("剑川县", "298", "288", "96.6", "496.2"), ("鹤庆县", "258", "250", "96.9", "435.8")]
TOTAL = ("3718", "3569", "96.0", "6236.8")
table_spec = "\n".join(f"{t}|household|{r}\n{d}|household|{r}\n{p}|percent|{r}\n{m}|CNY*1e4|{r}" for r, t, d, p, m in TABLE)
total_spec = "\n".join(f"{v}|{u}" for v, u in zip(TOTAL, ("household", "household", "percent", "CNY*1e4")))
quantities(F, X, f"""
12个|other:county
3718户|household
1268户|household
2450户|household
46.8万户|household
1026户|household
242户|household
386户|household
212户|household
418户|household
96户|household
156户|household
2.6万元|CNY
1.2万元|CNY
6236.8万元|CNY
4280万元|CNY
1456.8万元|CNY
两级|other:level
500万元|CNY
3296.8万元|CNY
2940万元|CNY
5982.4万元|CNY
95.9%|percent
3718户|household
100%|percent
3569户|household
96.0%|percent
1251户|household
98.7%|percent
2318户|household
95.6%|percent
{table_spec}
{total_spec}
低于95%|percent|南涧彝族自治县;南涧县;云龙县
149户|household
36支|other:支
420人次|person_time
18期|other:期
1260人|person
946人|person
1320户次|other:户次
286个|other:问题
18平方米以内|other:平方米
82平方米|other:平方米
64套|housing_unit
1.8万元|CNY
约60%|percent
约0.6万元|CNY
1.2万户|household
3000户以上|household
""")
R(F, "sum", X, "2023", "1268户", "a+b", ["1026", "242"], "C级1026户 + D级242户")
R(F, "sum", X, "2023", "1268户", "a+b+c+d+e", ["386", "212", "418", "96", "156"], "脱贫户386 + 监测对象212 + 低保户418 + 特困96 + 其他156 (户)", "by 对象")
R(F, "sum", X, "2023", "3718户", "a+b", ["1268", "2450"], "危房改造1268户 + 抗震改造2450户")
R(F, "per_unit", X, "2023", "2.6万元", "a/b", ["3296.8万", "1268"], "3296.8万元 / 1268户", "每户")
R(F, "per_unit", X, "2023", "1.2万元", "a/b", ["2940万", "2450"], "2940万元 / 2450户", "每户")
R(F, "sum", X, "2023", "6236.8万元", "a+b+c", ["4280万", "1456.8万", "500万"], "中央4280万元 + 省级1456.8万元 + 州县500万元")
R(F, "sum", X, "2023", "6236.8万元", "a+b", ["3296.8万", "2940万"], "危房改造3296.8万元 + 抗震改造2940万元")
R(F, "rate", X, "2023", "95.9%", "a/b", ["5982.4万", "6236.8万"], "已兑付5982.4万元 / 补助资金6236.8万元", "兑付率")
R(F, "rate", X, "2023", "96.0%", "a/b", ["3569", "3718"], "竣工3569户 / 任务3718户", "竣工率")
R(F, "sum", X, "2023", "3569户", "a+b", ["1251", "2318"], "危房改造1251户 + 抗震改造2318户")
R(F, "rate", X, "2023", "98.7%", "a/b", ["1251", "1268"], "竣工1251户 / 1268户", "竣工率")
R(F, "rate", X, "2023", "95.6%", "a/b", ["2318", "2450"], "竣工2318户 / 2450户", "竣工率; deliberate error: 94.6%", verdict="mismatch")
for r, t, d, p, m in TABLE + [(X,) + TOTAL[:2] + TOTAL[2:]]:
    R(F, "rate", r, "2023", p, "a/b", [d, t], f"竣工{d} / 任务{t} (户)", "竣工率 (table)", pct=True)
L12 = "+".join("abcdefghijkl")
R(F, "sum", X, "2023", "3718", L12, [t for _, t, _, _, _ in TABLE], "任务数 by county (户)", "合计 (table)", reported=3718, half=0)
R(F, "sum", X, "2023", "3569", L12, [d for _, _, d, _, _ in TABLE], "竣工数 by county (户)", "合计 (table)", reported=3569, half=0)
R(F, "sum", X, "2023", "6236.8", L12, [m + "万" for *_, m in TABLE], "补助资金 by county (万元)", "合计 (table)", reported=62368000, half=500)
R(F, "difference", X, "2023", "149户", "a-b", ["3718", "3569"], "任务3718户 − 竣工3569户", "剩余")


# ------------------------------------------------------------------------------------------------------
GOLD.write_relations()
