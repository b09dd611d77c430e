"""Gold of tests/data/unseen_ab (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Three figures are deliberately wrong, the rest agree:
  b 卢氏县 九年义务教育巩固率98.9%: 初中毕业生3962人 / 一年级学生4047人 = 97.9% (a rate);
  d 寿宁县 民生支出 占85.2%: 238652万元 / 286974万元 = 83.2% (a share);
  e 山东援青 援建项目512个 against 门源168 + 祁连124 + 海晏96 + 刚察102 + 州本级28 = 518 (a total).
Left out of the quantities: durations (十年, 九年前, 三年间, 全年按200天计), ordinals (第四批, 第十八届, 二级甲等),
names (832平台, 六长, 三专, 三重制度, 一对一, 十四五). Left out of the relations: targets (a 2024年, b 98%以上, c 99%以上,
d 2024年预算草案, e 300个以上, f 2023年), rules (c 起付线降低50%, 报销比例提高5个百分点), shares whose numerator is not
printed (b 毛入园率/毛入学率, c 县域内就诊率, e 百分之八十以上, a/c 100% 注册/参保 of the whole group), one-part
identities (a 注册率100%)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"三个": 3, "十二萬六千人": 126000, "三百一十八名": 318, "一萬二千餘人次": 12000, "百分之八十以上": 80,
      "三十六所": 36, "二十八個": 28, "不到五千元": 5000, "五萬多元": 50000, "一百六十二名": 162,
      "翻了一番多": 2, "四百餘家": 400, "四类": 4, "三级": 3}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_jian_consumption_assistance_2023"; X = "吉安市"
K3 = "井冈山市;遂川县;永新县"
quantities(A, X, f"""
38.62亿元|CNY
34.36亿元|CNY
12.4%|percent
2.16万户|household
4018万元|CNY
1860元|CNY
3126家|other:单位
100%|percent
1.37亿元|CNY
1.28亿元|CNY
107.0%|percent
412家|other:单位
3860万元|CNY
13个|other:county
2714家|other:单位
9840万元|CNY
2.46亿元|CNY
2.07亿元|CNY
18.8%|percent
6890万元|CNY
2860万元|CNY
41.5%|percent
186家|enterprise
1.06亿元|CNY
1920万元|CNY
1862个|other:产品
427家|enterprise
56.3亿元|CNY
1548个|other:产品
83.1%|percent
316个|other:产品
58家|enterprise
1265台|other:台
13个|other:专馆
48个|other:专区
1.84亿元|CNY
9.5%|percent
2个|other:集散中心|吉州区;青原区;吉安市
8600平方米|other:平方米
36场|other:场
3.28亿元|CNY
420余名|person
42场|other:场
6850万元|CNY
29.5亿元|CNY
15.2%|percent
三个|other:county|{K3}
5.12亿元|CNY|井冈山市
4.87亿元|CNY|遂川县
4.36亿元|CNY|永新县
14.35亿元|CNY|{K3};吉安市
37.2%|percent|{K3};吉安市
3860户|household|永新县
2300元以上|CNY|永新县
突破40亿元|CNY
不低于1.3亿元|CNY
200个以上|other:产品
1个|other:集配中心|{K3}
""")
R(A, "growth", X, "2023 vs 2022", "12.4%", "a/b-1", ["38.62亿", "34.36亿"], "38.62亿元 / 34.36亿元 − 1")
R(A, "per_unit", X, "2023", "1860元", "a/b", ["4018万", "2.16万"], "增收4018万元 / 2.16万户", "户均增收")
R(A, "rate", X, "2023", "107.0%", "a/b", ["1.37亿", "1.28亿"], "采购1.37亿元 / 预留份额1.28亿元")
R(A, "sum", X, "2023", "1.37亿元", "a+b", ["3860万", "9840万"], "市本级3860万元 + 县（市、区）9840万元")
R(A, "sum", X, "2023", "3126家", "a+b", ["412", "2714"], "市本级412家 + 县（市、区）2714家")
R(A, "growth", X, "2023 vs 2022", "18.8%", "a/b-1", ["2.46亿", "2.07亿"], "2.46亿元 / 2.07亿元 − 1")
R(A, "share", X, "2023", "41.5%", "a/b", ["2860万", "6890万"], "脱贫地区农副产品2860万元 / 慰问品采购总额6890万元")
R(A, "share", X, "2023", "83.1%", "a/b", ["1548", "1862"], "农产品1548个 / 帮扶产品1862个")
R(A, "growth", X, "2023 vs 2022", "9.5%", None, [], "专柜、专馆、专区 销售额1.84亿元; 上年 not printed", "implies 上年 about 1.68亿元")
R(A, "growth", X, "2023 vs 2022", "15.2%", None, [], "农产品网络零售额29.5亿元; 上年 not printed", "implies 上年 about 25.6亿元")
R(A, "sum", K3, "2023", "14.35亿元", "a+b+c", ["5.12亿", "4.87亿", "4.36亿"], "井冈山市5.12亿元 + 遂川县4.87亿元 + 永新县4.36亿元")
R(A, "share", K3 + ";" + X, "2023", "37.2%", "a/b", ["14.35亿", "38.62亿"], "三县14.35亿元 / 全市38.62亿元")


# ======================================================================================================
B = "b_lushi_education_assistance_2022"; X = "卢氏县"
T3 = "官道口镇;杜关镇;范里镇;卢氏县"
quantities(B, X, f"""
186所|school
172所|school
151所|school
21所|school
4.12万人|person
3865名|person
92.3%|percent
93.6%|percent
27名|person
25名|person
2名|person
100%|percent
386名|person
214名|person
96名|person
76名|person
3962人|person
4047人|person
98.9%|percent
0.4个百分点|percentage_point
3.66万人次|person_time
3706.0万元|CNY
2615人次|person_time
130.8万元|CNY
21460人次|person_time
1326.4万元|CNY
8932人次|person_time
1580.6万元|CNY
3614人次|person_time
668.2万元|CNY
2185人|person
2164.5万元|CNY
1862人|person
1500元|CNY
558.6万元|CNY
168所|school
3.54万名|person
5元|CNY
3540万元|CNY
168所|school
161所|school
95.8%|percent
126名|person
118名|person
93.7%|percent
2846名|person
500元|CNY
1707.6万元|CNY
5260人次|person_time
86名|person
1.28亿元|CNY
32个|project
4.6万平方米|other:平方米
2160个|other:学位
3所|school|{T3}
1480个|other:床位|{T3}
1260间|other:room
12个|other:专业
2430人|person
1126人|person
3120人次|person_time
1846人次|person_time
59.2%|percent
2276人|person
1580人|person
98%以上|percent
100%|percent
""")
R(B, "sum", X, "2022", "172所", "a+b", ["151", "21"], "小学151所 + 初中21所")
R(B, "rate", X, "2022", "100%", "(a+b)/c", ["25", "2", "27"], "(劝返复学25名 + 送教上门2名) / 疑似辍学27名", "劝返安置率")
R(B, "sum", X, "2022", "386名", "a+b+c", ["214", "96", "76"], "随班就读214名 + 特校96名 + 送教上门76名")
R(B, "rate", X, "2022", "98.9%", "a/b", ["3962", "4047"], "初中毕业生3962人 / 一年级学生4047人", "巩固率; deliberate error: 97.9%", verdict="mismatch")
R(B, "growth", X, "2022 vs 2021", "0.4个百分点", None, [], "巩固率 上年 not printed", "implies 上年 98.5%")
R(B, "sum", X, "2022", "3.66万人次", "a+b+c+d", ["2615", "21460", "8932", "3614"], "2615 + 21460 + 8932 + 3614 (人次)", "by 学段")
R(B, "sum", X, "2022", "3706.0万元", "a+b+c+d", ["130.8万", "1326.4万", "1580.6万", "668.2万"], "130.8万元 + 1326.4万元 + 1580.6万元 + 668.2万元", "by 学段")
R(B, "per_unit", X, "2022", "1500元", "a/b/2", ["558.6万", "1862"], "558.6万元 / 1862人 / 2学期", "每人每学期")
R(B, "per_unit", X, "2022", "5元", "a/b/200", ["3540万", "3.54万"], "3540万元 / 3.54万名 / 200天", "每生每天")
R(B, "rate", X, "2022", "95.8%", "a/b", ["161", "168"], "食堂供餐161所 / 受益学校168所", "食堂供餐率")
R(B, "share", X, "2022", "93.7%", "a/b", ["118", "126"], "乡村学校118名 / 特岗教师126名")
R(B, "per_unit", X, "2022", "500元", "a/b/12", ["1707.6万", "2846"], "1707.6万元 / 2846名 / 12个月", "人均每月")
R(B, "share", X, "2022", "59.2%", "a/b", ["1846", "3120"], "脱贫劳动力1846人次 / 培训3120人次")


# ======================================================================================================
C = "c_zhenba_medical_security_2023"; X = "镇巴县"
quantities(C, X, """
24.45万人|person
23.86万人|person
97.6%|percent
7.92万人|person
7.64万人|person
1098.8万元|CNY
3126人|person
380元|CNY
118.8万元|CNY
2.47万人|person
200元|CNY
494.0万元|CNY
4.86万人|person
100元|CNY
486.0万元|CNY
2.13万人次|person_time
1.86亿元|CNY
1.62亿元|CNY
1.44亿元|CNY
88.9%|percent
1.08亿元|CNY
0.19亿元|CNY
0.17亿元|CNY
50%|percent
5个百分点|percentage_point
3862人次|person_time
3.16万人次|person_time
1726.5万元|CNY
546元|CNY
328人|person
96.4万元|CNY
38家|other:hospital
1.27万人次|person_time
3860万元|CNY
1.05万人|person
6328人|person
92.4%|percent
1.8个百分点|percentage_point
7.61万人|person
96.1%|percent
四类|other:类
1026人次|person_time
86户|household
263人|person
212名|person
146人|person
68.9%|percent
126家|other:医药机构
186.3万元|CNY
20个|other:township
178个|village
12项|item
99%以上|percent
""")
R(C, "rate", X, "2023", "97.6%", "a/b", ["23.86万", "24.45万"], "参保23.86万人 / 应参保24.45万人", "参保率")
R(C, "sum", X, "2023", "7.64万人", "a+b+c", ["3126", "2.47万", "4.86万"], "特困3126人 + 低保2.47万人 + 脱贫和监测4.86万人")
R(C, "sum", X, "2023", "1098.8万元", "a+b+c", ["118.8万", "494.0万", "486.0万"], "118.8万元 + 494.0万元 + 486.0万元")
R(C, "per_unit", X, "2023", "380元", "a/b", ["118.8万", "3126"], "118.8万元 / 3126人", "全额资助 = 个人缴费标准")
R(C, "per_unit", X, "2023", "200元", "a/b", ["494.0万", "2.47万"], "494.0万元 / 2.47万人")
R(C, "per_unit", X, "2023", "100元", "a/b", ["486.0万", "4.86万"], "486.0万元 / 4.86万人")
R(C, "rate", X, "2023", "88.9%", "a/b", ["1.44亿", "1.62亿"], "报销1.44亿元 / 政策范围内费用1.62亿元", "政策范围内报销比例")
R(C, "sum", X, "2023", "1.44亿元", "a+b+c", ["1.08亿", "0.19亿", "0.17亿"], "基本医保1.08亿元 + 大病保险0.19亿元 + 医疗救助0.17亿元")
R(C, "per_unit", X, "2023", "546元", "a/b", ["1726.5万", "3.16万"], "1726.5万元 / 3.16万人次", "人次均救助")
R(C, "growth", X, "2023 vs 2022", "1.8个百分点", None, [], "县域内就诊率 上年 not printed", "implies 上年 90.6%")
R(C, "rate", X, "2023", "96.1%", "a/b", ["7.61万", "7.92万"], "签约7.61万人 / 脱贫人口和监测对象7.92万人", "签约率")
R(C, "share", X, "2023", "68.9%", "a/b", ["146", "212"], "汉中市区146人 / 转诊212名")


# ======================================================================================================
D = "d_shouning_budget_execution_2023"; X = "寿宁县"
TABLE = [("52360", "51842", "99.0"), ("48650", "47936", "98.5"), ("28940", "28135", "97.2"), ("63820", "60186", "94.3"),
         ("21480", "19866", "92.5"), ("81210", "79009", "97.3"), ("296460", "286974", "96.8")]
table_spec = "\n".join(f"{a}|CNY*1e4\n{b}|CNY*1e4\n{p}|percent" for a, b, p in TABLE)
quantities(D, X, f"""
62386万元|CNY
102.3%|percent
57446万元|CNY
8.6%|percent
41528万元|CNY
66.6%|percent
20858万元|CNY
286974万元|CNY
296460万元|CNY
96.8%|percent
272789万元|CNY
5.2%|percent
238652万元|CNY
85.2%|percent
{table_spec}
18672万元|CNY
10256万元|CNY
4318万元|CNY
1250万元|CNY
2848万元|CNY
17935万元|CNY
96.1%|percent
10986万元|CNY
58.8%|percent
86个|project
4120户|household
362万元|CNY
45862万元|CNY
81.5%|percent
71368万元|CNY
42.86亿元|CNY
18.35亿元|CNY
24.51亿元|CNY
45.20亿元|CNY
19.62亿元|CNY
8935万元|CNY
1.26万人|person
1.35亿元|CNY
128个|project
148个|project
5.82亿元|CNY
5.5%|percent
65817万元|CNY
268450万元|CNY
不低于3000万元|CNY
""")
R(D, "rate", X, "2023", "102.3%", None, [], "一般公共预算收入62386万元 / 预算数 (not printed)", "implies 预算 about 60983万元")
R(D, "growth", X, "2023 vs 2022", "8.6%", "a/b-1", ["62386万", "57446万"], "62386万元 / 57446万元 − 1")
R(D, "share", X, "2023", "66.6%", "a/b", ["41528万", "62386万"], "税收收入41528万元 / 一般公共预算收入62386万元")
R(D, "sum", X, "2023", "62386万元", "a+b", ["41528万", "20858万"], "税收收入41528万元 + 非税收入20858万元")
R(D, "rate", X, "2023", "96.8%", "a/b", ["286974万", "296460万"], "支出286974万元 / 调整预算296460万元")
R(D, "growth", X, "2023 vs 2022", "5.2%", "a/b-1", ["286974万", "272789万"], "286974万元 / 272789万元 − 1")
R(D, "share", X, "2023", "85.2%", "a/b", ["238652万", "286974万"], "民生支出238652万元 / 一般公共预算支出286974万元", "deliberate error: 83.2%", verdict="mismatch")
for a, b, p in TABLE:
    R(D, "rate", X, "2023", p, "a/b", [b + "万", a + "万"], f"执行数{b} / 调整预算数{a} (万元)", "完成调整预算% (table)", pct=True)
R(D, "sum", X, "2023", "296460", "a+b+c+d+e+f", [a + "万" for a, _, _ in TABLE[:-1]], " + ".join(a for a, _, _ in TABLE[:-1]), "调整预算数 合计 (table)", reported=2964600000, half=0)
R(D, "sum", X, "2023", "286974", "a+b+c+d+e+f", [b + "万" for _, b, _ in TABLE[:-1]], " + ".join(b for _, b, _ in TABLE[:-1]), "执行数 合计 (table)", reported=2869740000, half=0)
R(D, "sum", X, "2023", "18672万元", "a+b+c+d", ["10256万", "4318万", "1250万", "2848万"], "中央10256万元 + 省级4318万元 + 市级1250万元 + 县本级2848万元")
R(D, "rate", X, "2023", "96.1%", "a/b", ["17935万", "18672万"], "支出17935万元 / 衔接资金18672万元", "支出进度")
R(D, "share", X, "2023", "58.8%", "a/b", ["10986万", "18672万"], "产业发展10986万元 / 衔接资金18672万元")
R(D, "rate", X, "2023", "81.5%", None, [], "政府性基金预算收入45862万元 / 调整预算 (not printed)", "implies 调整预算 about 56272万元")
R(D, "sum", X, "2023", "42.86亿元", "a+b", ["18.35亿", "24.51亿"], "一般债务18.35亿元 + 专项债务24.51亿元")


# ======================================================================================================
E = "e_takungpao_shandong_haibei_aid_2020"; HB = "海北藏族自治州"; X = "海北藏族自治州;山东省"
MY, QL, HY, GC = "门源回族自治县;门源县;山东省", "祁连县;山东省", "海晏县;山东省", "刚察县;山东省"
BG = "冰沟村;八宝镇;祁连县"
quantities(E, X, f"""
21.63億元|CNY
2.16億元|CNY
512個|project
十二萬六千人|person
三百一十八名|person
一萬二千餘人次|person_time
512個|project
168個|project|{MY}
124個|project|{QL}
96個|project|{HY}
102個|project|{GC}
28個|project
百分之八十以上|percent
12.85億元|CNY
59.4%|percent
5.42億元|CNY
3.36億元|CNY
三十六所|school
二十八個|other:hospital
1.24萬户|household
14個|other:基地|海晏县;刚察县;山东省
6個|workshop|{MY}
1.86億元|CNY
0.60億元|CNY
3.1倍|other:倍
不到五千元|CNY|{BG}
五萬多元|CNY|{BG}
一百六十二名|person
12個|other:班
580名|person
38.6%|percent|{HB}
20.3個百分點|percentage_point|{HB}
186名|person
132項|item
3260人|person
1180人|person
36.2%|percent
5400個|other:岗位
148期|other:期
4610元|CNY|{HB}
12686元|CNY|{HB}
2.75倍|other:倍|{HB}
11.9%|percent|{HB}
50.2億元|CNY|{HB}
104.6億元|CNY|{HB}
翻了一番多|other:倍|{HB}
4個|other:county|{HB}
2.48萬|person|{HB}
四百餘家|enterprise
586.3萬人次|person_time|{HB}
38.72億元|CNY|{HB}
139.6萬人次|person_time|{HB}
6.91億元|CNY|{HB}
4.2倍|other:倍|{HB}
5.6倍|other:倍|{HB}
5個|other:township|{GC}
31個|village|{GC}
4對|other:对
22對|other:对
85對|other:对
116對|other:对
300個以上|project
""")
R(E, "per_unit", X, "2010..2019", "2.16亿元", "a/10", ["21.63亿"], "21.63亿元 / 10年", "年均", bare="2.16億元")
R(E, "sum", X, "2010..2019", "512個", "a+b+c+d+e", ["168", "124", "96", "102", "28"], "门源168 + 祁连124 + 海晏96 + 刚察102 + 州本级28 (个)", "deliberate error: 518", verdict="mismatch")
R(E, "share", X, "2010..2019", "59.4%", "a/b", ["12.85亿", "21.63亿"], "民生12.85亿元 / 援青资金21.63亿元")
R(E, "sum", X, "2010..2019", "21.63亿元", "a+b+c", ["12.85亿", "5.42亿", "3.36亿"], "民生12.85亿元 + 产业5.42亿元 + 干部人才和基层组织3.36亿元", "by use", bare="21.63億元")
R(E, "growth", X, "2016..2019", "3.1倍", "a/b", ["1.86亿", "0.60亿"], "1.86亿元 / 0.60亿元", reported=3.1, half=0.05)
R(E, "growth", HB, "2010..2019", "20.3个百分点", None, [], "本科上线率 2010年 not printed", "implies 2010年 18.3%", bare="20.3個百分點")
R(E, "share", X, "2010..2019", "36.2%", "a/b", ["1180", "3260"], "建档立卡贫困人口1180人 / 转移就业3260人")
R(E, "growth", HB, "2010..2019", "2.75倍", "a/b", ["12686元", "4610元"], "12686元 / 4610元", reported=2.75, half=0.005)
R(E, "growth", HB, "2010..2019", "11.9%", "(a/b)**(1/9)-1", ["12686元", "4610元"], "(12686元 / 4610元)^(1/9) − 1", "年均")
R(E, "growth", HB, "2010..2019", "翻了一番多", "a/b", ["104.6亿", "50.2亿"], "104.6亿元 / 50.2亿元", "翻一番多 = 2倍 or more (±0.5)", reported=2, half=0.5)
R(E, "growth", HB, "2010..2019", "4.2倍", "a/b", ["586.3万", "139.6万"], "586.3万人次 / 139.6万人次", reported=4.2, half=0.05)
R(E, "growth", HB, "2010..2019", "5.6倍", "a/b", ["38.72亿", "6.91亿"], "38.72亿元 / 6.91亿元", reported=5.6, half=0.05)


# ======================================================================================================
F = "f_chifeng_disabled_persons_assistance_2022"; X = "赤峰市"
quantities(F, X, """
13.62万人|person
9.18万人|person
67.4%|percent
2.46万人|person
3862人|person
100元|CNY
80元|CNY
4.21万人|person
5052万元|CNY
5.06万人|person
4857.6万元|CNY
9909.6万元|CNY
3.35万人|person
0.62万人|person
1860人次|person_time
312.6万元|CNY
1.52万名|person
100元|CNY
152万元|CNY
2186人|person
412人|person
236人|person
968人|person
185人|person
385人|person
318人|person|敖汉旗
286人|person|翁牛特旗
274人|person|宁城县
86期|other:期
3240人次|person_time
1136人|person
42个|other:基地
1580户|household
418.7万元|CNY
2650元|CNY
48名|person|喀喇沁旗;林西县
860万元|CNY|喀喇沁旗;林西县
2.91万人|person
2.73万人|person
93.8%|percent
6850件|other:件
1240人次|person_time
3个|other:康复中心|红山区;松山区;元宝山区
36个|other:机构
428名|person
三级|other:level
1.08万人次|person_time
1260户|household
5000元|CNY
630万元|CNY
156处|other:site|林东镇;经棚镇;巴林左旗;克什克腾旗;赤峰市
100%|percent
2000人以上|person
95%以上|percent
""")
R(F, "share", X, "2022", "67.4%", "a/b", ["9.18万", "13.62万"], "农村牧区9.18万人 / 持证残疾人13.62万人")
R(F, "per_unit", X, "2022", "100元", "a/b/12", ["5052万", "4.21万"], "5052万元 / 4.21万人 / 12个月", "每人每月 生活补贴")
R(F, "per_unit", X, "2022", "80元", "a/b/12", ["4857.6万", "5.06万"], "4857.6万元 / 5.06万人 / 12个月", "每人每月 护理补贴")
R(F, "sum", X, "2022", "9909.6万元", "a+b", ["5052万", "4857.6万"], "生活补贴5052万元 + 护理补贴4857.6万元")
R(F, "per_unit", X, "2022", "100元", "a/b", ["152万", "1.52万"], "代缴152万元 / 1.52万名", "每人每年")
R(F, "sum", X, "2022", "2186人", "a+b+c+d+e", ["412", "236", "968", "185", "385"], "412 + 236 + 968 + 185 + 385 (人)", "by 就业形式")
R(F, "per_unit", X, "2022", "2650元", "a/b", ["418.7万", "1580"], "增收418.7万元 / 1580户", "户均增收")
R(F, "rate", X, "2022", "93.8%", "a/b", ["2.73万", "2.91万"], "得到服务2.73万人 / 有需求2.91万人", "覆盖率")
R(F, "per_unit", X, "2022", "5000元", "a/b", ["630万", "1260"], "630万元 / 1260户", "每户补助")


# ------------------------------------------------------------------------------------------------------
GOLD.write_relations()
