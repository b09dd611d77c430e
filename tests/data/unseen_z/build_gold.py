"""Gold of tests/data/unseen_z (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Three figures are deliberately wrong, the rest agree:
  b 阜平县 赔付率88.6%: 赔付210.5万元 / 保费243万元 = 86.6% (a rate);
  c 定西市 到户类资产 占13.0%: 46.49亿元 / 386.42亿元 = 12.0% (a share; the three shares add to 101.0%);
  f 重庆市 帮扶项目4127个 against 产业2958 + 公益836 + 就业296 = 4090 (a total).
Left out of the relations: targets (b 2024年60元, c 60%以上, d 90%以上/95%以上/42%以上, e 780元以上/5600元以上,
f 3500家/4000个), e 特困 标准 "不低于低保标准的1.3倍" (a rule, a bound), f 中小微企业占比86.5% (numerator not
printed), d 其余9个市 (the 16 cities are not printed)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"不足两万元": 20000, "四百二十六户": 426, "一千六百五十三人": 1653, "一百五十八户": 158, "六百一十二人": 612,
      "不到三公里": 3, "五本": 5, "二百八十万元": 2.8e6, "十二公里": 12, "八千多米": 8000, "一百二十三户": 123,
      "六百亩": 600, "一千二百亩": 1200, "翻了一番": 2, "三千羽": 3000, "一万二千羽": 12000, "翻了两番": 4,
      "不到三千元": 3000, "两千四百元": 2400, "八百平方米": 800, "四十三万元": 430000, "五名": 5, "十二人": 12,
      "十六期": 16, "八百余人次": 800, "一百三十多名": 130, "二十三户": 23, "九十一人": 91, "六双": 6,
      "三百八十二名": 382, "一千一百余名": 1100, "突破五十万元": 500000,
      "四类": 4, "四级": 4, "三级": 3, "两级": 2}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_yanhe_first_secretary_feature_2021"; X = "白果村;黑水镇;沿河土家族自治县"; CO = "沿河土家族自治县;沿河县"
quantities(A, X, f"""
不足两万元|CNY
32.6万元|CNY
8个|other:村民组
四百二十六户|household
一千六百五十三人|person
一百五十八户|household
六百一十二人|person
37.0%|percent
不到三公里|km
四百二十六户|household
五本|other:本
二百八十万元|CNY
十二公里|km
八千多米|meter
一百二十三户|household
77.8%|percent
六百亩|mu
一千二百亩|mu
翻了一番|other:倍
三千羽|other:羽
一万二千羽|other:羽
翻了两番|other:倍
不到三千元|CNY
两千四百元|CNY
186万元|CNY
18.45万元|CNY
1500元|CNY
十六期|other:期
八百余人次|person_time
一百三十多名|person
二十三户|household
九十一人|person
八百平方米|other:平方米
四十三万元|CNY
五名|person
十二人|person
六双|other:双
一百五十八户|household
六百一十二人|person
2860元|CNY
9680元|CNY
50.1%|percent
三百八十二名|person|{CO}
一千一百余名|person|{CO}
突破五十万元|CNY
""")
R(A, "rate", X, "2017", "37.0%", "a/b", ["612", "1653"], "贫困人口六百一十二人 / 全村一千六百五十三人", "贫困发生率")
R(A, "share", X, "2018", "77.8%", "a/b", ["123", "158"], "入社贫困户一百二十三户 / 贫困户一百五十八户")
R(A, "growth", X, "2018..2020", "翻了一番", "a/b", ["1200", "600"], "一千二百亩 / 六百亩", "翻一番 = 2倍 (±0.5)", reported=2, half=0.5)
R(A, "growth", X, "2018..2020", "翻了两番", "a/b", ["12000", "3000"], "一万二千羽 / 三千羽", "翻两番 = 4倍 (±0.5)", reported=4, half=0.5)
R(A, "per_unit", X, "2020", "1500元", "a/b", ["18.45万", "123"], "分红18.45万元 / 入社贫困户一百二十三户", "户均分红")
R(A, "growth", X, "2017..2020", "50.1%", "(a/b)**(1/3)-1", ["9680元", "2860元"], "(9680元 / 2860元)^(1/3) − 1", "年均")


# ======================================================================================================
B = "b_fuping_antipoverty_insurance_claims_2023"; X = "阜平县"
CNZ, FPZ, PYZ, LQG = "城南庄镇;阜平县", "阜平镇;阜平县", "平阳镇;阜平县", "龙泉关镇;阜平县"
quantities(B, X, f"""
4.86万人|person
4.52万人|person
0.34万人|person
50元|CNY
243万元|CNY
170.1万元|CNY
72.9万元|CNY
70%|percent
四类|other:类
5000元|CNY
2万元|CNY
60%|percent
2万元|CNY
80%|percent
10万元|CNY
2316人次|person_time
2145人次|person_time
92.6%|percent
1326户|household
210.5万元|CNY
88.6%|percent
981元|CNY
1587元|CNY
1812人次|person_time
18.4%|percent
1683人次|person_time
158.6万元|CNY
75.3%|percent
214人次|person_time
27.4万元|CNY
196人次|person_time
19.3万元|CNY
52人次|person_time
5.2万元|CNY
1万元以上|CNY
38人次|person_time
8.6万元|CNY
286人次|person_time|{CNZ}
254人次|person_time|{FPZ}
231人次|person_time|{PYZ}
29.8万元|CNY|{CNZ}
24.6万元|CNY|{LQG}
23.1万元|CNY|{FPZ}
1192户|household
10%以内|percent
136户|household
428人|person
89户|household
7项|item
4项|item
5000元|CNY
312条|other:线索
67户|household
213人|person
60元|CNY
""")
R(B, "sum", X, "2023", "4.86万人", "a+b", ["4.52万", "0.34万"], "脱贫人口4.52万人 + 监测对象0.34万人")
R(B, "per_unit", X, "2023", "50元", "a/b", ["243万", "4.86万"], "保费243万元 / 参保4.86万人", "每人每年")
R(B, "sum", X, "2023", "243万元", "a+b", ["170.1万", "72.9万"], "衔接资金170.1万元 + 县本级72.9万元")
R(B, "share", X, "2023", "70%", "a/b", ["170.1万", "243万"], "衔接资金170.1万元 / 保费243万元")
R(B, "sum", X, "2023", "四类", "a", ["4"], "count: 因病、因灾、因意外、因学", "count of the risks listed before 四类", reported=4)
R(B, "rate", X, "2023", "92.6%", "a/b", ["2145", "2316"], "审核通过2145人次 / 受理2316人次", "审核通过率")
R(B, "rate", X, "2023", "88.6%", "a/b", ["210.5万", "243万"], "赔付210.5万元 / 保费243万元", "赔付率; deliberate error: 86.6%", verdict="mismatch")
R(B, "per_unit", X, "2023", "981元", "a/b", ["210.5万", "2145"], "赔付210.5万元 / 2145人次", "人均赔付")
R(B, "per_unit", X, "2023", "1587元", "a/b", ["210.5万", "1326"], "赔付210.5万元 / 1326户", "户均赔付")
R(B, "growth", X, "2023 vs 2022", "18.4%", "a/b-1", ["2145", "1812"], "2145人次 / 1812人次 − 1")
R(B, "share", X, "2023", "75.3%", "a/b", ["158.6万", "210.5万"], "因病158.6万元 / 赔付210.5万元")
R(B, "sum", X, "2023", "2145人次", "a+b+c+d", ["1683", "214", "196", "52"], "因病1683 + 因灾214 + 因意外196 + 因学52 (人次)", "by risk")
R(B, "sum", X, "2023", "210.5万元", "a+b+c+d", ["158.6万", "27.4万", "19.3万", "5.2万"], "158.6万元 + 27.4万元 + 19.3万元 + 5.2万元", "by risk")


# ======================================================================================================
C = "c_dingxi_poverty_project_assets_2022"; X = "定西市"
CTY = {"安定区": "52.36亿元", "通渭县": "61.48亿元", "陇西县": "58.27亿元", "渭源县": "49.83亿元", "临洮县": "55.14亿元",
       "漳县": "38.96亿元", "岷县": "70.38亿元"}
cty_spec = "\n".join(f"{v}|CNY|{c}" for c, v in CTY.items())
quantities(C, X, f"""
四级|other:level
3200余名|person
386.42亿元|CNY
21346个|project
98.57亿元|CNY
25.5%|percent
3128个|project
241.36亿元|CNY
62.5%|percent
15872个|project
46.49亿元|CNY
13.0%|percent
2346个|project
{cty_spec}
379.85亿元|CNY
98.3%|percent
238.65亿元|CNY
61.8%|percent
46.49亿元|CNY
94.71亿元|CNY
7个|other:county
三级|other:level
1.86万条|other:条
1.26万名|person
8350名|person
3600元|CNY
8500万元|CNY
2765份|other:份
60%以上|percent
2.96亿元|CNY
3.0%|percent
1.78亿元|CNY
60.1%|percent
0.52亿元|CNY
92座|other:座|通渭县
3860万元|CNY|通渭县
41.96万元|CNY|通渭县
236个|other:资产
198个|other:资产
83.9%|percent
38个|other:资产
127个|other:资产
0.36亿元|CNY
两级|other:level
142个|other:问题
136个|other:问题
95.8%|percent
""")
R(C, "sum", X, "2013..2022", "386.42亿元", "a+b+c", ["98.57亿", "241.36亿", "46.49亿"], "经营性98.57亿元 + 公益性241.36亿元 + 到户类46.49亿元", "by type")
R(C, "share", X, "2013..2022", "25.5%", "a/b", ["98.57亿", "386.42亿"], "经营性98.57亿元 / 386.42亿元")
R(C, "share", X, "2013..2022", "62.5%", "a/b", ["241.36亿", "386.42亿"], "公益性241.36亿元 / 386.42亿元")
R(C, "share", X, "2013..2022", "13.0%", "a/b", ["46.49亿", "386.42亿"], "到户类46.49亿元 / 386.42亿元", "deliberate error: 12.0%", verdict="mismatch")
R(C, "sum", X, "2013..2022", "21346个", "a+b+c", ["3128", "15872", "2346"], "3128 + 15872 + 2346 (个)", "projects by type")
R(C, "sum", X, "2013..2022", "386.42亿元", "a+b+c+d+e+f+g", [v.replace("元", "") for v in CTY.values()],
  "52.36 + 61.48 + 58.27 + 49.83 + 55.14 + 38.96 + 70.38 (亿元)", "by county")
R(C, "sum", X, "2021", "四级", "a", ["4"], "count: 市、县、乡、村", "count of the levels named before 四级", reported=4)
R(C, "rate", X, "2022-10", "98.3%", "a/b", ["379.85亿", "386.42亿"], "确权379.85亿元 / 386.42亿元", "确权率")
R(C, "share", X, "2022-10", "61.8%", "a/b", ["238.65亿", "386.42亿"], "到村集体238.65亿元 / 386.42亿元")
R(C, "sum", X, "2022-10", "379.85亿元", "a+b+c", ["238.65亿", "46.49亿", "94.71亿"], "到村238.65亿元 + 到户46.49亿元 + 乡镇及以上94.71亿元",
  "其中 of the registered 379.85亿元, by owner")
R(C, "sum", X, "2022-10", "三级", "a", ["3"], "count: 县、乡、村", "count of the levels named before 三级", reported=3)
R(C, "rate", X, "2022-01..2022-09", "3.0%", "a/b", ["2.96亿", "98.57亿"], "收益2.96亿元 / 经营性资产98.57亿元", "收益率")
R(C, "share", X, "2022-01..2022-09", "60.1%", "a/b", ["1.78亿", "2.96亿"], "分配1.78亿元 / 收益2.96亿元")
R(C, "per_unit", "通渭县", "2022-01..2022-09", "41.96万元", "a/b", ["3860万", "92"], "3860万元 / 92座", "每座电站平均")
R(C, "rate", X, "2022", "83.9%", "a/b", ["198", "236"], "盘活198个 / 闲置低效236个", "盘活率")
R(C, "difference", X, "2022", "38个", "a-b", ["236", "198"], "236个 − 198个", "剩余")
R(C, "sum", X, "2022", "两级", "a", ["2"], "count: 市、县", "count of the levels named before 两级", reported=2)
R(C, "rate", X, "2022", "95.8%", "a/b", ["136", "142"], "已整改136个 / 问题142个", "整改率")


# ======================================================================================================
D = "d_anhui_rural_living_environment_bulletin_2023"; X = "安徽省"
HF, WH, MAS, TL, HS, XC, FY, SZ, CZ, BZ, HB = ("合肥市", "芜湖市", "马鞍山市", "铜陵市", "黄山市", "宣城市", "阜阳市", "宿州市",
                                              "池州市", "亳州市", "淮北市")
def grp(*cs):
    return ";".join(cs + (X,))
quantities(D, X, f"""
32.6万户|household
8.74万个|other:厕所
88.6%|percent
86.3%|percent
2.3个百分点|percentage_point
90%|percent|{grp(HF, WH, MAS, TL, HS, XC)}
6个|other:prefecture|{grp(HF, WH, MAS, TL, HS, XC)}
93.5%|percent|{HF}
95.2%|percent|{WH}
92.1%|percent|{MAS}
91.4%|percent|{TL}
94.6%|percent|{HS}
90.8%|percent|{XC}
80%|percent|{grp(FY, SZ)}
2个|other:prefecture|{grp(FY, SZ)}
78.4%|percent|{FY}
79.1%|percent|{SZ}
14412个|village
13951个|village
96.8%|percent
1.5个百分点|percentage_point
4个|other:prefecture|{grp(WH, MAS, TL, CZ)}
92.3%|percent|{BZ}
93.6%|percent|{SZ}
11.6万名|person
1386座|other:转运站
186个|other:township
42个|other:township
1108个|village
38.2%|percent
5.6个百分点|percentage_point
2个|other:prefecture|{grp(HF, WH)}
50%|percent|{grp(HF, WH)}
53.7%|percent|{HF}
56.2%|percent|{WH}
4个|other:prefecture|{grp(HB, BZ, SZ, FY)}
4.2万场次|other:场次
1260万人次|person_time
186.5万吨|ton
6.8万公里|km
1012个|village
1.36万个|village
18.5亿元|CNY
7.2亿元|CNY
4.6亿元|CNY
6.7亿元|CNY
46.3亿元|CNY
12.8亿元|CNY
5个|other:prefecture|{grp(WH, MAS, HS, HF, XC)}
2个|other:prefecture|{grp(FY, SZ)}
9个|other:prefecture
2000万元|CNY|{grp(WH, MAS, HS, HF, XC)}
1亿元|CNY
1260户|household
47户|household
3.7%|percent
230座|other:设施
204座|other:设施
88.7%|percent
90%以上|percent
95%以上|percent
42%以上|percent
""")
R(D, "difference", X, "2023 vs 2022", "2.3个百分点", "a-b", ["88.6%", "86.3%"], "88.6% − 86.3%", "卫生厕所普及率")
R(D, "sum", X, "2023", "6个", "a", ["6"], "count: 合肥、芜湖、马鞍山、铜陵、黄山、宣城", "超过90%", reported=6)
R(D, "sum", X, "2023", "2个", "a", ["2"], "count: 阜阳、宿州", "低于80% (also 合肥、芜湖 and 阜阳市、宿州市 below)", reported=2)
R(D, "share", X, "2023", "96.8%", "a/b", ["13951", "14412"], "覆盖13951个 / 行政村14412个", "收运处置体系覆盖行政村比例")
R(D, "difference", X, "2023 vs 2022", "1.5个百分点", None, [], "96.8% − 上年比例 (not printed)", "implies 上年 95.3%")
R(D, "sum", X, "2023", "4个", "a", ["4"], "count: 芜湖、马鞍山、铜陵、池州 (and 淮北、亳州、宿州、阜阳)", "全覆盖; 低于平均", reported=4)
R(D, "difference", X, "2023 vs 2022", "42个", None, [], "186个 − 上年试点乡镇 (not printed)", "implies 上年 144个")
R(D, "difference", X, "2023 vs 2022", "5.6个百分点", None, [], "38.2% − 上年治理率 (not printed)", "implies 上年 32.6%")
R(D, "sum", X, "2023", "18.5亿元", "a+b+c", ["7.2亿", "4.6亿", "6.7亿"], "厕所7.2亿元 + 垃圾4.6亿元 + 污水6.7亿元")
R(D, "sum", X, "2023", "5个", "a", ["5"], "count: 芜湖市、马鞍山市、黄山市、合肥市、宣城市", "优秀等次", reported=5)
R(D, "sum", X, "2023", "1亿元", "a*b", ["2000万", "5"], "每市2000万元 × 5个市", "共计")
R(D, "rate", X, "2023", "3.7%", "a/b", ["47", "1260"], "有问题47户 / 抽查1260户", "问题发生率")
R(D, "rate", X, "2023", "88.7%", "a/b", ["204", "230"], "正常运行204座 / 抽查230座", "正常运行率")


# ======================================================================================================
E = "e_yunnan_civil_affairs_social_assistance_2022"; X = "云南省"
WS = "文山壮族苗族自治州;文山州"; ZX = "镇雄县;昭通市"
quantities(E, X, f"""
298.6万人|person
38.4万人|person
260.2万人|person
18.7万人|person
3.2万人|person
17.1%|percent
42.3万人次|person_time
6.85亿元|CNY
1619元|CNY
156.3万人|person
49.3%|percent
42.6万人|person|昭通市
35.1万人|person|曲靖市
30.8万人|person|{WS}
716元|CNY
754元|CNY
5.3%|percent
5236元|CNY
7.0%|percent
1.3倍|other:倍
981元|CNY
6807元|CNY
1700元|CNY
1200元|CNY
156.8亿元|CNY
128.6亿元|CNY
19.4亿元|CNY
8.8亿元|CNY
82.0%|percent
118.2亿元|CNY
24.6亿元|CNY
52.4万人|person
61.8万人|person
436.8万人|person
8.9万条|other:条
8.5万条|other:条
95.5%|percent
138万户次|other:户次
3.6万人|person
2.1万人|person
5.8万人|person
96个|other:county
1.2万名|person|{ZX}
6820人|person|{ZX}
2386万元|CNY|{ZX}
3499元|CNY|{ZX}
4.3万人次|person_time|{WS}
780元以上|CNY
5600元以上|CNY
""")
R(E, "sum", X, "2022-12", "298.6万人", "a+b", ["38.4万", "260.2万"], "城市38.4万人 + 农村260.2万人")
R(E, "rate", X, "2022-12", "17.1%", "a/b", ["3.2万", "18.7万"], "集中供养3.2万人 / 特困18.7万人", "集中供养率")
R(E, "per_unit", X, "2022", "1619元", "a/b", ["6.85亿", "42.3万"], "6.85亿元 / 42.3万人次", "人次均救助")
R(E, "share", X, "2022-12", "49.3%", "a/(b+c)", ["156.3万", "298.6万", "18.7万"], "156.3万人 / (低保298.6万人 + 特困18.7万人)")
R(E, "growth", X, "2022 vs 2021", "5.3%", "a/b-1", ["754元", "716元"], "754元 / 716元 − 1")
R(E, "growth", X, "2022 vs 2021", "7.0%", None, [], "5236元 / 上年 (not printed) − 1", "implies 上年 about 4893元")
R(E, "sum", X, "2022", "156.8亿元", "a+b+c", ["128.6亿", "19.4亿", "8.8亿"], "中央128.6亿元 + 省级19.4亿元 + 州市县8.8亿元")
R(E, "share", X, "2022", "82.0%", "a/b", ["128.6亿", "156.8亿"], "中央128.6亿元 / 156.8亿元")
R(E, "rate", X, "2022", "95.5%", "a/b", ["8.5万", "8.9万"], "处置8.5万条 / 推送8.9万条", "处置率")
R(E, "per_unit", ZX, "2022", "3499元", "a/b", ["2386万", "6820"], "2386万元 / 6820人", "人均")


# ======================================================================================================
F = "f_chongqing_wanqi_xing_wancun_2023"; X = "重庆市"
CK, WX, YY, PS, FJ = "城口县", "巫溪县", "酉阳土家族苗族自治县;酉阳县", "彭水苗族土家族自治县;彭水县", "奉节县"
quantities(F, X, f"""
186场次|other:场次
2862家|enterprise
418家|enterprise
17.1%|percent
3156个|village
1219个|village
246个|village
4127个|project
2958个|project
836个|project
296个|project
286.4亿元|CNY
268.3亿元|CNY
18.1亿元|CNY
112.6亿元|CNY
86.2亿元|CNY
47.5亿元|CNY
22.0亿元|CNY
118家|enterprise
1亿元|CNY
392家|enterprise
860个|other:基地
9.86万人|person
3.42万人|person
34.7%|percent
21.3万户|household
6.1亿元|CNY
2860元|CNY
1683个|village
1.45亿元|CNY
8.6万元|CNY
23.6亿元|CNY
312场|other:场
4.8万个|other:岗位
1.9万人|person
9.2亿元|CNY
5.6亿元|CNY
3.3亿元|CNY
126家|enterprise|{CK}
138个|village|{CK}
12.6亿元|CNY|{CK}
46个|other:基地|{CK}
98家|enterprise|{WX}
9.8亿元|CNY|{WX}
5.2万亩|mu|{WX}
152家|enterprise|{YY}
213个|project|{YY}
1.16万名|person|{YY}
3100元|CNY|{YY}
3200元以上|CNY|{PS}
8个|project
50个|project
100家|enterprise
3.6亿元|CNY|{FJ}
3个|other:township|{FJ}
12个|village|{FJ}
2600余户|household|{FJ}
4.3万亩|mu|{FJ}
1.2万元|CNY|{FJ}
86.5%|percent
3500家|enterprise
4000个|village
""")
R(F, "growth", X, "2023 vs 2022", "17.1%", "b/(a-b)", ["2862", "418"], "新增418家 / (2862家 − 418家)")
R(F, "sum", X, "2023", "4127个", "a+b+c", ["2958", "836", "296"], "产业2958 + 公益836 + 就业296 (个)", "deliberate error: 4090", verdict="mismatch")
R(F, "sum", X, "2023", "286.4亿元", "a+b", ["268.3亿", "18.1亿"], "产业投资268.3亿元 + 公益捐赠18.1亿元")
R(F, "sum", X, "2023", "268.3亿元", "a+b+c+d", ["112.6亿", "86.2亿", "47.5亿", "22.0亿"], "种养殖112.6亿元 + 加工86.2亿元 + 旅游47.5亿元 + 其他22.0亿元", "by use")
R(F, "share", X, "2023", "34.7%", "a/b", ["3.42万", "9.86万"], "脱贫人口和监测对象3.42万人 / 就业9.86万人")
R(F, "per_unit", X, "2023", "2860元", "a/b", ["6.1亿", "21.3万"], "增收6.1亿元 / 21.3万户", "户均增收")
R(F, "per_unit", X, "2023", "8.6万元", "a/b", ["1.45亿", "1683"], "增收1.45亿元 / 1683个村", "村均增收")
R(F, "sum", X, "2023", "18.1亿元", "a+b+c", ["9.2亿", "5.6亿", "3.3亿"], "基础设施9.2亿元 + 民生5.6亿元 + 乡村治理3.3亿元", "公益捐赠 by use")


# ------------------------------------------------------------------------------------------------------
GOLD.write_relations()
