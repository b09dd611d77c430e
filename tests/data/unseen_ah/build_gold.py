"""Gold of tests/data/unseen_ah (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six reports of paired assistance (东西部协作 and 对口支援), each naming giver and receiver at several levels:
a 沪滇协作 年度总结 of 红河州 (云南; 上海 闵行/奉贤/青浦区 结对 its counties), b 京蒙协作 report of 兴安盟 (内蒙古;
北京 区 结对 旗), c 天津日报 综述 of 天津 对口支援 昌都市 (丁青/类乌齐/察雅县), d 南方日报 news of 广东 援疆 (喀什 疏附县,
伽师县 and 兵团第三师图木舒克市), e 苏陕协作 总结 of 商洛市 with a tab table by 县区 (南京 区 结对), f 文匯報 (Hong Kong,
Traditional characters) on 浙川 东西部协作 in 广元市. Regions name the receiving place first and the giver after it
(`丁青县;天津市`, `科尔沁右翼前旗;丰台区;北京市`), as the corpus does for 援疆/援藏/沪滇 (README: donor and recipient).

Three figures are deliberately wrong, the rest agree:
  b 兴安盟 产业项目资金3.84亿元 占财政援助资金的73.6%: 3.84 / 5.36 = 71.6% (a share);
  c 昌都 已完工项目78个，项目完工率92.7%: 78 / 86 = 90.7% (a rate);
  e 商洛 table 合计 项目数 136 against the seven 县区 18 + 21 + 17 + 16 + 22 + 20 + 18 = 132 (a total; the text's
    实施协作项目136个 restates the same 合计 and is not a second relation).
Left out of the quantities: dates (2023年, 12月底, 十二月), ordinals and names (第十批, 第三师 and 第三中学 as names,
三级医院, 一对一, 百县百品, 天津班 as a name but its count 4个 is in), durations (3个月以上, 三年来, 三年间), the label
三县医院 (the three counties are listed sentences before, not inline) and the title lines.
Left out of the relations: targets (a 不低于8亿元 and 13亿元以上, e 30家以上 and 2.5亿元以上), per-head gains with no
total printed (a 户均增收5800元, 亩均增收1200元, b 人均增收1850元, 户均增收4200元, c 人均增收6800元, 户均住房面积96平方米),
growths whose base is not printed are cannot_compute rows (b 12.6%, c 15.3%, d 9.6%), shares whose base is a group of
another kind (c 80%以上 of 援藏资金 with no amount), one-part groupings (c 培训2860人次 其中 在天津960人次, f 32.4億元 其中
今年12.8億元, d 38.5亿元 其中 新梅4.2万吨) and the 专业技术人才中 28名 and 36名 (not said to make up 74人).
Correction after first contact (tests/test_unseen_ah.py): the 合计 of the two 万元 columns of the e table (34500, 23000)
were first valued as bare numbers; like the other sets' tables (unseen_rel, unseen_s) they are 万元 figures valued in
yuan and printed bare (``bare``). No other disagreement with the code was a gold mistake."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"六十八名": 68}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_honghe_shanghai_yunnan_cooperation_2023"; X = "红河哈尼族彝族自治州;上海市"
MH, FX, QP = "红河哈尼族彝族自治州;闵行区;上海市", "红河哈尼族彝族自治州;奉贤区;上海市", "红河哈尼族彝族自治州;青浦区;上海市"
LX, YY, HH = "泸西县;青浦区;上海市", "元阳县;闵行区;上海市", "红河县;闵行区;上海市"
quantities(A, X, f"""
7.86亿元|CNY
7.52亿元|CNY
4.5%|percent
268个|project
3.24亿元|CNY|{MH}
2.58亿元|CNY|{FX}
2.04亿元|CNY|{QP}
5.12亿元|CNY
65.1%|percent
1.96亿元|CNY
0.78亿元|CNY
268个|project
241个|project
89.9%|percent
46人|person
312人|person
128人|person
136人|person
48人|person
38名|person
86项|item
420人|person
15所|school
15所|school
2栋|other:栋|{YY}
1800个|other:学位|{YY}
126期|other:期
1.38万人次|person_time
5.62万人|person
3.48万人|person
61.9%|percent
0.86万人|person
3.24万人|person
1.52万人|person
12.60亿元|CNY
10.66亿元|CNY
18.2%|percent
2.35亿元|CNY
10.25亿元|CNY
52个|other:专柜
8个|other:industrial_park
63家|enterprise
24.8亿元|CNY
3937万元|CNY
6820人|person
2150人|person
31.5%|percent
1.5万亩|mu|{LX}
3260户|household|{LX}
5800元|CNY|{LX}
2.6万亩|mu|{YY}
1200元|CNY|{YY}
4120户|household|{YY}
280人|person|{HH}
196人|person|{HH}
70.0%|percent|{HH}
23个|other:街道
41个|other:township
132家|enterprise
218个|village
1.26亿元|CNY
0.84亿元|CNY
0.42亿元|CNY
不低于8亿元|CNY
13亿元以上|CNY
""")
R(A, "growth", X, "2023 vs 2022", "4.5%", "a/b-1", ["7.86亿", "7.52亿"], "7.86亿元 / 7.52亿元 − 1")
R(A, "sum", X, "2023", "7.86亿元", "a+b+c", ["3.24亿", "2.58亿", "2.04亿"], "闵行3.24 + 奉贤2.58 + 青浦2.04 (亿元)", "by 结对区")
R(A, "share", X, "2023", "65.1%", "a/b", ["5.12亿", "7.86亿"], "产业5.12亿元 / 财政援助资金7.86亿元")
R(A, "sum", X, "2023", "7.86亿元", "a+b+c", ["5.12亿", "1.96亿", "0.78亿"], "产业5.12 + 民生1.96 + 劳务和人才0.78 (亿元)", "by use")
R(A, "rate", X, "2023", "89.9%", "a/b", ["241", "268"], "已完工241个 / 项目268个", "完工率")
R(A, "sum", X, "2023", "312人", "a+b+c", ["128", "136", "48"], "教师128 + 医生136 + 农技48 (人)")
R(A, "share", X, "2023", "61.9%", "a/b", ["3.48万", "5.62万"], "脱贫人口3.48万人 / 转移就业5.62万人")
R(A, "sum", X, "2023", "5.62万人", "a+b+c", ["0.86万", "3.24万", "1.52万"], "上海0.86 + 省内3.24 + 其他省份1.52 (万人)", "by 就业地")
R(A, "growth", X, "2023 vs 2022", "18.2%", "a/b-1", ["12.60亿", "10.66亿"], "12.60亿元 / 10.66亿元 − 1")
R(A, "sum", X, "2023", "12.60亿元", "a+b", ["2.35亿", "10.25亿"], "采购2.35亿元 + 市场化10.25亿元")
R(A, "per_unit", X, "2023", "3937万元", "a/b", ["24.8亿", "63"], "投资24.8亿元 / 入驻企业63家", "平均每家")
R(A, "share", X, "2023", "31.5%", "a/b", ["2150", "6820"], "脱贫人口2150人 / 吸纳就业6820人")
R(A, "share", HH, "2023", "70.0%", "a/b", ["196", "280"], "脱贫人口196人 / 吸纳就业280人")
R(A, "sum", X, "2023", "1.26亿元", "a+b", ["0.84亿", "0.42亿"], "捐款0.84亿元 + 捐物0.42亿元")


# ======================================================================================================
B = "b_xingan_beijing_inner_mongolia_cooperation_2023"; X = "兴安盟;北京市"
QQ, ZQ, ZL, TQ = ("科尔沁右翼前旗;丰台区;北京市", "科尔沁右翼中旗;通州区;北京市", "扎赉特旗;房山区;北京市",
                  "突泉县;延庆区;北京市")
quantities(B, X, f"""
5.36亿元|CNY
142个|project
4.28万人|person
1.42亿元|CNY|{QQ}
1.38亿元|CNY|{ZQ}
1.26亿元|CNY|{ZL}
1.30亿元|CNY|{TQ}
98个|project
3.84亿元|CNY
73.6%|percent
3.12万人|person
1850元|CNY
142个|project
136个|project
95.8%|percent
5.08亿元|CNY
94.8%|percent
27家|enterprise
16.5亿元|CNY
5个|other:industrial_park
46家|enterprise
3860人|person
1280人|person
320座|other:座|{ZQ}
1560户|household|{ZQ}
4200元|CNY|{ZQ}
8万亩|mu|{ZL}
0.2元|CNY|{ZL}
2300户|household|{ZL}
12万吨|ton|{TQ}
420人|person|{TQ}
68期|other:期
4920人次|person_time
2.16万人|person
1200人|person
1.60万人|person
4400人|person
2个|other:工作站
3150个|other:岗位
2680人|person
9.82亿元|CNY
12.6%|percent
6.45亿元|CNY
65.7%|percent
34个|other:专区
32人|person
186人|person
245人|person
1860人次|person_time
5240人次|person_time
12家|other:hospital
860台|other:台
12个|other:township
18个|other:township
86家|enterprise
96个|village
4560万元|CNY
3120万元|CNY
1440万元|CNY
""")
R(B, "sum", X, "2023", "5.36亿元", "a+b+c+d", ["1.42亿", "1.38亿", "1.26亿", "1.30亿"], "科右前旗1.42 + 科右中旗1.38 + 扎赉特旗1.26 + 突泉县1.30 (亿元)", "by 旗县")
R(B, "share", X, "2023", "73.6%", "a/b", ["3.84亿", "5.36亿"], "产业项目3.84亿元 / 财政援助资金5.36亿元", "deliberate error: 71.6%", verdict="mismatch")
R(B, "rate", X, "2023", "95.8%", "a/b", ["136", "142"], "已完工136个 / 项目142个", "完工率")
R(B, "rate", X, "2023", "94.8%", "a/b", ["5.08亿", "5.36亿"], "支出5.08亿元 / 财政援助资金5.36亿元", "支出进度")
R(B, "sum", X, "2023", "2.16万人", "a+b+c", ["1200", "1.60万", "4400"], "北京1200 + 区内1.60万 + 区外4400 (人)", "by 就业地")
R(B, "growth", X, "2023 vs 2022", "12.6%", None, [], "销售9.82亿元; 上年 not printed", "implies 上年 about 8.72亿元")
R(B, "share", X, "2023", "65.7%", "a/b", ["6.45亿", "9.82亿"], "北京市场6.45亿元 / 销售9.82亿元")
R(B, "sum", X, "2023", "4560万元", "a+b", ["3120万", "1440万"], "捐款3120万元 + 捐物1440万元")


# ======================================================================================================
C = "c_tianjin_qamdo_aid_2023"; X = "昌都市;天津市"
DQ, LWQ, CY = "丁青县;天津市", "类乌齐县;天津市", "察雅县;天津市"
quantities(C, X, f"""
4.56亿元|CNY
86个|project
1.52亿元|CNY|{DQ}
30个|project|{DQ}
1.38亿元|CNY|{LWQ}
26个|project|{LWQ}
1.24亿元|CNY|{CY}
24个|project|{CY}
0.42亿元|CNY
6个|project
4.21亿元|CNY
92.3%|percent
78个|project
92.7%|percent
80%以上|percent
18万平方米|other:平方米|{DQ}
3200户|household|{DQ}
156户|household|{CY}
732人|person|{CY}
96平方米|other:平方米|{CY}
132人|person
58人|person
74人|person
28名|person
36名|person
42项|item
3.6万人次|person_time
1280台|other:台
165人|person
4个|other:班|{LWQ}
38分|other:分|{LWQ}
2860人次|person_time
18期|other:期
960人次|person_time
2万头|head|{LWQ}
1.2万亩|mu|{CY}
320公斤|other:公斤|{CY}
2860人|person
6800元|CNY
1.86亿元|CNY
15.3%|percent
3个|other:展销中心
4260人|person
1830人|person
43.0%|percent
5112万元|CNY
1.2万元|CNY
12批|other:batch
480人次|person_time
3260万元|CNY
16个|other:区|天津市
11个|other:county|昌都市
86次|other:次
""")
R(C, "sum", X, "2023", "4.56亿元", "a+b+c+d", ["1.52亿", "1.38亿", "1.24亿", "0.42亿"], "丁青1.52 + 类乌齐1.38 + 察雅1.24 + 市本级0.42 (亿元)", "by 县")
R(C, "sum", X, "2023", "86个", "a+b+c+d", ["30", "26", "24", "6"], "丁青30 + 类乌齐26 + 察雅24 + 市本级6 (个)", "by 县")
R(C, "rate", X, "2023", "92.3%", "a/b", ["4.21亿", "4.56亿"], "已拨付4.21亿元 / 援藏资金4.56亿元", "资金拨付率")
R(C, "rate", X, "2023", "92.7%", "a/b", ["78", "86"], "已完工78个 / 项目86个", "项目完工率; deliberate error: 90.7%", verdict="mismatch")
R(C, "sum", X, "2023", "132人", "a+b", ["58", "74"], "党政干部58 + 专业技术人才74 (人)")
R(C, "share", X, "2023", "43.0%", "a/b", ["1830", "4260"], "脱贫群众1830人 / 就业4260人")
R(C, "per_unit", X, "2023", "1.2万元", "a/b", ["5112万", "4260"], "劳务报酬5112万元 / 4260人", "人均")
R(C, "growth", X, "2023 vs 2022", "15.3%", None, [], "采购销售1.86亿元; 上年 not printed", "implies 上年 about 1.61亿元")


# ======================================================================================================
D = "d_guangdong_kashgar_third_division_aid_2023"; X = "喀什地区;新疆生产建设兵团第三师;广东省"
SF, JS, SS = "疏附县;广东省", "伽师县;广东省", "新疆生产建设兵团第三师;图木舒克市;广东省"
quantities(D, X, f"""
12.60亿元|CNY
11.80亿元|CNY
6.8%|percent
171个|project
4.85亿元|CNY|{SF}
62个|project|{SF}
5.12亿元|CNY|{JS}
68个|project|{JS}
2.63亿元|CNY|{SS}
41个|project|{SS}
8.26亿元|CNY
65.6%|percent
38家|enterprise
21.4亿元|CNY
12家|enterprise|{JS}
3260人|person|{JS}
23家|enterprise|{SS}
5600人|person|{SS}
4120人|person|{SS}
73.6%|percent|{SS}
9家|enterprise|{SF}
6.8亿元|CNY|{SF}
1.86万人|person
0.68万人|person|{SF}
0.72万人|person|{JS}
0.46万人|person|{SS}
1460人|person
4800元|CNY
12所|school
9600个|other:学位
800个|other:学位
286名|person
2400人|person|{JS}
96名|person
158项|item
400张|other:张|{SF}
6个|other:门诊|{SS}
12.6万人次|person_time|{SS}
9.6%|percent|{SS}
186公里|other:km|{JS}
8.2万人|person|{JS}
1200套|other:housing_unit|{SS}
960套|other:housing_unit|{SS}
80.0%|percent|{SS}
38.5亿元|CNY
4.2万吨|ton|{JS}
35家|other:门店|广州市;深圳市;广东省
""")
R(D, "growth", X, "2023 vs 2022", "6.8%", "a/b-1", ["12.60亿", "11.80亿"], "12.60亿元 / 11.80亿元 − 1")
R(D, "sum", X, "2023", "12.60亿元", "a+b+c", ["4.85亿", "5.12亿", "2.63亿"], "疏附4.85 + 伽师5.12 + 三师2.63 (亿元)", "by 受援地")
R(D, "sum", X, "2023", "171个", "a+b+c", ["62", "68", "41"], "疏附62 + 伽师68 + 三师41 (个)", "by 受援地")
R(D, "share", X, "2023", "65.6%", "a/b", ["8.26亿", "12.60亿"], "民生8.26亿元 / 援疆资金12.60亿元")
R(D, "share", SS, "2023", "73.6%", "a/b", ["4120", "5600"], "少数民族群众4120人 / 吸纳就业5600人")
R(D, "sum", X, "2023", "1.86万人", "a+b+c", ["0.68万", "0.72万", "0.46万"], "疏附0.68 + 伽师0.72 + 三师0.46 (万人)", "by 受援地")
R(D, "per_unit", X, "2023", "800个", "a/b", ["9600", "12"], "学位9600个 / 学校12所", "平均每所")
R(D, "growth", SS, "2023 vs 2022", "9.6%", None, [], "接诊12.6万人次; 上年 not printed", "implies 上年 about 11.5万人次")
R(D, "rate", SS, "2023", "80.0%", "a/b", ["960", "1200"], "入住960套 / 保障性住房1200套", "入住率")


# ======================================================================================================
E = "e_shangluo_jiangsu_shaanxi_cooperation_2023"; X = "商洛市;南京市;江苏省"
ROWS = [("商州区;玄武区;南京市", "4860", "18", "620", "3260"), ("洛南县;秦淮区;南京市", "5120", "21", "715", "3580"),
        ("丹凤县;建邺区;南京市", "4780", "17", "580", "2940"), ("商南县;鼓楼区;南京市", "4650", "16", "560", "3120"),
        ("山阳县;雨花台区;南京市", "5260", "22", "760", "3480"), ("镇安县;江宁区;南京市", "5080", "20", "690", "3350"),
        ("柞水县;栖霞区;南京市", "4750", "18", "575", "3270"), (X, "34500", "136", "4500", "23000")]
table_spec = "\n".join(f"{m}|CNY*1e4|{r}\n{p}|project|{r}\n{j}|person|{r}\n{c}|CNY*1e4|{r}" for r, m, p, j, c in ROWS)
ZS, LN = "柞水县;栖霞区;南京市", "洛南县;秦淮区;南京市"
quantities(E, X, f"""
3.45亿元|CNY
136个|project
4500人|person
2.30亿元|CNY
{table_spec}
4500人|person
2860人|person
63.6%|percent
7个|other:industrial_park
31家|enterprise
8.6亿元|CNY
48家|workshop
1920人|person
260个|other:大棚|{ZS}
1380户|household|{ZS}
3600元|CNY|{ZS}
14家|enterprise|{LN}
4.2亿元|CNY|{LN}
860人|person|{LN}
430人|person|{LN}
50.0%|percent|{LN}
52期|other:期
2680人次|person_time
3860人|person
1.26万人|person
3个|other:工作站
1000元|CNY
186.4万元|CNY
1864人|person
2.30亿元|CNY
0.86亿元|CNY
1.44亿元|CNY
12家|other:体验店
21人|person
236人|person
35名|person
1260人次|person_time
3480人次|person_time
30家以上|enterprise
2.5亿元以上|CNY
""")
for col, (label, unit) in enumerate([("财政援助资金", "万元"), ("项目数", "个"), ("吸纳就业", "人"), ("消费帮扶", "万元")], 1):
    parts = [r[col] for r in ROWS[:-1]]
    total = ROWS[-1][col]
    bad = col == 2
    mul = "万" if unit == "万元" else ""  # a 万元 column's bare figure is valued in yuan (printed bare: ``bare``)
    R(E, "sum", X, "2023", total + (unit if mul else ""), "+".join("abcdefg"), [x + mul for x in parts],
      " + ".join(parts) + f" ({unit})", f"{label} by 县区, table 合计" + ("; deliberate error: 132" if bad else ""),
      verdict="mismatch" if bad else "match", bare=total)
R(E, "share", X, "2023", "63.6%", "a/b", ["2860", "4500"], "脱贫人口2860人 / 吸纳就业4500人")
R(E, "share", LN, "2023", "50.0%", "a/b", ["430", "860"], "脱贫人口430人 / 吸纳就业860人")
R(E, "per_unit", X, "2023", "1000元", "a/b", ["186.4万", "1864"], "补贴186.4万元 / 1864人", "每人")
R(E, "sum", X, "2023", "2.30亿元", "a+b", ["0.86亿", "1.44亿"], "采购0.86亿元 + 市场化1.44亿元")


# ======================================================================================================
F = "f_wenweipo_zhejiang_guangyuan_cooperation_2023"; X = "广元市;浙江省"
CX, JG = "苍溪县;浙江省", "剑阁县;浙江省"
quantities(F, X, f"""
18.60億元|CNY
624個|project
6.00億元|CNY
6.08億元|CNY
6.52億元|CNY
7.2%|percent
六十八名|person
1126名|person
240名|person
7個|other:industrial_park
96家|enterprise
58.3億元|CNY
3萬噸|ton|{CX}
2100户|household|{CX}
1.6億元|CNY|{JG}
520人|person|{JG}
286人|person|{JG}
55.0%|percent|{JG}
3000元以上|CNY|{JG}
2.68萬人|person
0.92萬人|person
34.3%|percent
32.4億元|CNY
12.8億元|CNY
10.5億元|CNY
21.9%|percent
21個|other:专馆
126所|school
430人次|person_time
52對|other:对
210項|item
16820元|CNY
13280元|CNY
26.7%|percent
14650元|CNY
""")
R(F, "sum", X, "2021..2023", "18.60亿元", "a+b+c", ["6.00亿", "6.08亿", "6.52亿"], "2021年6.00 + 2022年6.08 + 2023年6.52 (亿元)", "by year")
R(F, "growth", X, "2023 vs 2022", "7.2%", "a/b-1", ["6.52亿", "6.08亿"], "6.52亿元 / 6.08亿元 − 1")
R(F, "share", JG, "2023", "55.0%", "a/b", ["286", "520"], "脱贫户劳动力286人 / 吸纳就业520人")
R(F, "share", X, "2021..2023", "34.3%", "a/b", ["0.92万", "2.68万"], "到浙江0.92万人 / 转移就业2.68万人")
R(F, "growth", X, "2023 vs 2022", "21.9%", "a/b-1", ["12.8亿", "10.5亿"], "12.8亿元 / 10.5亿元 − 1")
R(F, "growth", X, "2023 vs 2020", "26.7%", "a/b-1", ["16820", "13280"], "16820元 / 13280元 − 1", "农村居民人均可支配收入")

GOLD.write_relations()
