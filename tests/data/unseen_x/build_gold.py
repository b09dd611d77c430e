"""Gold of tests/data/unseen_x (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"翻一番": 2, "翻了两番": 4, "两级": 2, "四级": 4, "两个": 2, "三个": 3, "两省区": 2, "一千多户": 1000,
      "一万五千余人": 15000, "不到五百块钱": 500, "一百二十平方米": 120, "十万多元": 100000,
      "一千九百九十八户": 1998, "一万零五百七十八人": 10578, "三千多元": 3000}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_haidong_linkage_project_progress_2024"; X = "海东市"
LD, PA, MH, HZ, HL, XH = ("乐都区", "平安区", "民和回族土族自治县;民和县", "互助土族自治县;互助县",
                          "化隆回族自治县;化隆县", "循化撒拉族自治县;循化县")
COUNTIES = {LD: ("86个", "82个", "61个", "95.3%", "70.9%", "23480万元", "16215万元", "69.1%"),
            PA: ("52个", None, "40个", "100%", "76.9%", "14260万元", "10538万元", "73.9%"),
            MH: ("118个", "109个", "72个", "92.4%", "61.0%", "31650万元", "19822万元", "62.6%"),
            HZ: ("104个", "101个", "80个", "97.1%", "76.9%", "29870万元", "22015万元", "73.7%"),
            HL: ("97个", "88个", "55个", "90.7%", "56.7%", "27340万元", "15906万元", "61.2%"),
            XH: ("63个", "60个", "44个", "95.2%", "69.8%", "16800万元", "11930万元", "71.0%")}
units = ("project", "project", "project", "percent", "percent", "CNY", "CNY", "percent")
county_spec = "\n".join(f"{v}|{u}|{c}" for c, vals in COUNTIES.items() for v, u in zip(vals, units) if v)
quantities(A, X, f"""
14.34亿元|CNY
10.12亿元|CNY
3.05亿元|CNY
两级|other:level
1.17亿元|CNY
520个|project
312个|project
60.0%|percent
9.18亿元|CNY
64.0%|percent
492个|project
94.6%|percent
352个|project
67.7%|percent
9.64亿元|CNY
67.2%|percent
75%|percent
7.8个百分点|percentage_point
{county_spec}
73%|percent|{PA};{HZ}
65%|percent|{HL};{MH}
28个|project
9个|project|{MH}
9个|project|{HL}
31个|project
5860万元|CNY
6个|project
30%|percent
4120万元|CNY
4.26万户|household
1350元|CNY
95%以上|percent
10户|household
""")
R(A, "sum", X, "2024", "14.34亿元", "a+b+c", ["10.12亿", "3.05亿", "1.17亿"], "中央10.12亿元 + 省级3.05亿元 + 市县1.17亿元", "by source")
R(A, "share", X, "2024", "60.0%", "a/b", ["312", "520"], "产业发展类312个 / 项目520个")
R(A, "share", X, "2024", "64.0%", "a/b", ["9.18亿", "14.34亿"], "产业发展9.18亿元 / 衔接资金14.34亿元")
R(A, "rate", X, "2024-09", "94.6%", "a/b", ["492", "520"], "已开工492个 / 520个", "开工率")
R(A, "rate", X, "2024-09", "67.7%", "a/b", ["352", "520"], "已完工352个 / 520个", "完工率")
R(A, "rate", X, "2024-09", "67.2%", "a/b", ["9.64亿", "14.34亿"], "支出9.64亿元 / 下达14.34亿元", "支出率")
R(A, "difference", X, "2024-09", "7.8个百分点", "a-b", ["75%", "67.2%"], "序时进度75% − 67.2%", "低于")
for c, (p, s, d, rs, rd, f, e, re_) in COUNTIES.items():
    if s:
        R(A, "rate", c, "2024-09", rs, "a/b", [s, p], f"已开工{s} / 计划{p}", "开工率")
    R(A, "rate", c, "2024-09", rd, "a/b", [d, p], f"完工{d} / 计划{p}", "完工率")
    R(A, "rate", c, "2024-09", re_, "a/b", [e.replace("元", ""), f.replace("元", "")], f"已支出{e} / 下达{f}", "支出率" +
      ("; deliberate error: 58.2%" if c == HL else ""), verdict="mismatch" if c == HL else None)
R(A, "sum", X, "2024", "520个", "a+b+c+d+e+f", [v[0] for v in COUNTIES.values()], "86 + 52 + 118 + 104 + 97 + 63 (个)", "计划项目 by county")
R(A, "sum", X, "2024-09", "352个", "a+b+c+d+e+f", [v[2] for v in COUNTIES.values()], "61 + 40 + 72 + 80 + 55 + 44 (个)", "完工 by county")
R(A, "sum", X, "2024", "14.34亿元", "a+b+c+d+e+f", [v[5].replace("元", "") for v in COUNTIES.values()], "23480 + 14260 + 31650 + 29870 + 27340 + 16800 (万元)", "下达 by county")
R(A, "sum", X, "2024-09", "9.64亿元", "a+b+c+d+e+f", [v[6].replace("元", "") for v in COUNTIES.values()], "16215 + 10538 + 19822 + 22015 + 15906 + 11930 (万元)", "支出 by county")
R(A, "difference", X, "2024-09", "28个", "a-b", ["520", "492"], "计划520个 − 已开工492个", "未开工")


# ======================================================================================================
B = "b_chengkou_government_work_report_2026"; X = "城口县"
quantities(B, X, """
52.6亿元|CNY
71.8亿元|CNY
6.4%|percent
12934元|CNY
18960元|CNY
7.9%|percent
46.6%|percent
9860元|CNY
19880元|CNY
翻一番|other:倍
15.1%|percent
2315户|household
7862人|person
2086户|household
90.1%|percent
3.4人|person
18.6亿元|CNY
12.4亿元|CNY
4.3亿元|CNY
1.9亿元|CNY
1286个|project
11.28亿元|CNY
60.6%|percent
2.8万人以上|person
5200个|other:岗位
5200余名|person
12.5万亩|mu
8.6万亩|mu
26.3万亩|mu
186万只|head
突破10亿元|CNY
23家|enterprise
2家|enterprise
21家|enterprise
682个|other:合作社
415个|other:家庭农场
6个|other:产品
5个|other:景区
1260户|household
612万人次|person_time
1386万人次|person_time
17.8%|percent
28.4亿元|CNY
68.5亿元|CNY
2.4倍|other:倍
1860公里|km
86.0%|percent
93.5%|percent
7.5个百分点|percentage_point
3260户|household
1.42万户|household
82%|percent
6%左右|percent
7%以上|percent
2.6万元以上|CNY
""")
R(B, "growth", X, "2020..2025", "6.4%", "(a/b)**(1/5)-1", ["71.8亿", "52.6亿"], "(71.8亿元 / 52.6亿元)^(1/5) − 1", "年均")
R(B, "growth", X, "2020..2025", "7.9%", "(a/b)**(1/5)-1", ["18960元", "12934元"], "(18960元 / 12934元)^(1/5) − 1", "年均")
R(B, "growth", X, "2025 vs 2020", "46.6%", "a/b-1", ["18960元", "12934元"], "18960元 / 12934元 − 1", "比2020年增长")
R(B, "growth", X, "2020..2025", "翻一番", "a/b", ["19880元", "9860元"], "19880元 / 9860元", "翻一番 = 2倍, a whole multiple (±0.5)", reported=2, half=0.5)
R(B, "growth", X, "2020..2025", "15.1%", "(a/b)**(1/5)-1", ["19880元", "9860元"], "(19880元 / 9860元)^(1/5) − 1", "年均")
R(B, "share", X, "2021..2025", "90.1%", "a/b", ["2086", "2315"], "消除风险2086户 / 监测2315户")
R(B, "per_unit", X, "2021..2025", "3.4人", "a/b", ["7862", "2315"], "7862人 / 2315户", "户均")
R(B, "sum", X, "2021..2025", "18.6亿元", "a+b+c", ["12.4亿", "4.3亿", "1.9亿"], "中央12.4亿元 + 市级4.3亿元 + 县级1.9亿元")
R(B, "share", X, "2021..2025", "60.6%", "a/b", ["11.28亿", "18.6亿"], "产业发展11.28亿元 / 衔接资金18.6亿元")
R(B, "sum", X, "2025", "23家", "a+b", ["2", "21"], "国家级2家 + 市级21家")
R(B, "growth", X, "2020..2025", "17.8%", "(a/b)**(1/5)-1", ["1386万", "612万"], "(1386万人次 / 612万人次)^(1/5) − 1", "年均")
R(B, "growth", X, "2020..2025", "2.4倍", "a/b", ["68.5亿", "28.4亿"], "68.5亿元 / 28.4亿元", "增长到2.4倍 (a multiple, not 增长2.4倍)", reported=2.4, half=0.05)
R(B, "difference", X, "2020..2025", "7.5个百分点", "a-b", ["93.5%", "86.0%"], "93.5% − 86.0%")


# ======================================================================================================
C = "c_wangqing_rectification_bulletin_2022"; X = "汪清县"
quantities(C, X, """
12次|other:次
126项|item
38个|other:单位
4个|other:aspect
38条|other:问题
35条|other:问题
92.1%|percent
3条|other:问题
24个|other:问题
21个|other:问题
91.7%|percent
62个|other:问题
56个|other:问题
90.3%|percent
326.8万元|CNY
84.2万元|CNY
242.6万元|CNY
27人|person
9人|person
6人|person
12人|person
18项|item
3轮|other:轮
2.86万户|household
156户|household
412人|person
2.6人|person
1873户|household
1873户|household
2046户|household
4817人|person
1873户|household
91.5%|percent
1.68亿元|CNY
43个|project
2860万元|CNY
168万元|CNY
1.52亿元|CNY
1.18亿元|CNY
77.6%|percent
21.3个百分点|percentage_point
16个|other:经营主体
3260户|household
1200元以上|CNY
3条|other:问题
""")
R(C, "rate", X, "2022-09", "92.1%", "a/b", ["35", "38"], "已整改35条 / 反馈38条", "整改完成率")
R(C, "difference", X, "2022-09", "3条", "a-b", ["38", "35"], "38条 − 已整改35条", "其余")
R(C, "rate", X, "2022-09", "91.7%", "a/b", ["21", "24"], "已整改21个 / 反馈24个", "deliberate error: 87.5%", verdict="mismatch")
R(C, "sum", X, "2022-09", "62个", "a+b", ["38", "24"], "巡视38条 + 后评估24个")
R(C, "sum", X, "2022-09", "56个", "a+b", ["35", "21"], "已整改35条 + 21个")
R(C, "rate", X, "2022-09", "90.3%", "a/b", ["56", "62"], "已整改56个 / 问题62个", "总体整改完成率")
R(C, "sum", X, "2022-09", "326.8万元", "a+b", ["84.2万", "242.6万"], "追回84.2万元 + 收缴242.6万元")
R(C, "sum", X, "2022-09", "27人", "a+b+c", ["9", "6", "12"], "处分9人 + 诫勉6人 + 提醒12人")
R(C, "per_unit", X, "2022", "2.6人", "a/b", ["412", "156"], "412人 / 156户", "户均")
R(C, "rate", X, "2022-08", "91.5%", "a/b", ["1873", "2046"], "消除1873户 / 监测2046户", "风险消除率")
R(C, "rate", X, "2022-08", "77.6%", "a/b", ["1.18亿", "1.52亿"], "支出1.18亿元 / 统筹1.52亿元", "支出进度")
R(C, "difference", X, "2022-06..2022-08", "21.3个百分点", None, [], "77.6% − 6月底进度 (not printed)", "implies 56.3%")


# ======================================================================================================
D = "d_xiangxi_online_interview_2024"; X = "湘西土家族苗族自治州;湘西州"; V = "十八洞村;花垣县"
quantities(D, X, f"""
8个|other:县市
65万多人|person
1.18万户|household
4.26万人|person
9600多户|household
81%左右|percent
14560元|CNY
11.2%|percent
将近3个百分点|percentage_point
四级|other:level
25.63亿元|CNY
15.8亿元|CNY
61.6%|percent
55%|percent
8个|other:县市
1736个|project
186个|project|吉首市
142个|project|泸溪县
205个|project|凤凰县
168个|project|花垣县
97个|project|古丈县
352个|project|永顺县
338个|project|龙山县
248个|project|保靖县
两个|other:county|永顺县;龙山县
98%以上|percent
将近80万亩|mu
13.6万亩|mu|保靖县
大概20万亩|mu|古丈县
10万亩左右|mu|永顺县
8万亩左右|mu|龙山县
8600多个|other:合作社
266家|enterprise
23万多户|household
将近80万人次|person_time|{V}
1668元|CNY|{V}
25087元|CNY|{V}
15倍|other:倍|{V}
300多万元|CNY|{V}
32万人左右|person
将近2万人|person
412个|workshop
4800多名|person
3.12万个|other:岗位
2.36万个|other:岗位
75.6%|percent
10%左右|percent
60%以上|percent
""")
R(D, "share", X, "2024-04", "81%左右", "a/b", ["9600", "1.18万"], "消除风险9600多户 / 监测1.18万户", "占…左右")
R(D, "growth", X, "2023 vs 2022", "11.2%", None, [], "14560元 / 上年 (not printed) − 1", "implies 上年 about 13094元")
R(D, "difference", X, "2023", "将近3个百分点", None, [], "11.2% − 全州农民收入增速 (not printed)", "implies about 8.2%", reported=3)
R(D, "share", X, "2023", "61.6%", "a/b", ["15.8亿", "25.63亿"], "产业发展15.8亿元 / 衔接资金25.63亿元")
R(D, "sum", X, "2023", "1736个", "a+b+c+d+e+f+g+h", ["186", "142", "205", "168", "97", "352", "338", "248"], "186 + 142 + 205 + 168 + 97 + 352 + 338 + 248 (个)", "by county")
R(D, "growth", V, "2013..2023", "15倍", "a/b", ["25087元", "1668元"], "25087元 / 1668元", "是…的15倍 (a whole multiple, ±0.5)", reported=15, half=0.5)
R(D, "share", X, "2023", "75.6%", "a/b", ["2.36万", "3.12万"], "安置脱贫人口2.36万个 / 公益性岗位3.12万个")


# ======================================================================================================
E = "e_hubei_shannan_aid_decade_2024"; X = "山南市;湖北省"
ND, QJ, QS = "乃东区;湖北省", "琼结县;湖北省", "曲松县;湖北省"
quantities(E, X, f"""
三个|other:county|乃东区;琼结县;曲松县;山南市;湖北省
38.6亿元|CNY
612个|project
1286名|person
12.4亿元|CNY|{ND}
186个|project|{ND}
8.9亿元|CNY|{QJ}
142个|project|{QJ}
7.6亿元|CNY|{QS}
128个|project|{QS}
9.7亿元|CNY
146个|project
29.3亿元|CNY
75.9%|percent
80%以上|percent
18.6万人|person
1286名|person
236名|person
1050名|person
486名|person
392名|person
172名|person
37项|item
168名|person
32.6%|percent
68.4%|percent
35.8个百分点|percentage_point
392名|person
216项|project
124项|project
4个|industrial_park
4.86亿元|CNY
12.6%|percent
3.1亿元|CNY|{ND}
25.0%|percent|{ND}
6800多人|person
1.2万元以上|CNY
1200头|head|邛多江乡;{QS}
236户|household|邛多江乡;{QS}
5.8亿元|CNY
6个|other:展销中心
""")
R(E, "sum", X, "2014..2024", "38.6亿元", "a+b+c+d", ["12.4亿", "8.9亿", "7.6亿", "9.7亿"], "乃东区12.4亿元 + 琼结县8.9亿元 + 曲松县7.6亿元 + 市本级9.7亿元")
R(E, "sum", X, "2014..2024", "612个", "a+b+c+d", ["186", "142", "128", "146"], "186 + 142 + 128 + 146 (个)", "deliberate error: 602", verdict="mismatch")
R(E, "share", X, "2014..2024", "75.9%", "a/b", ["29.3亿", "38.6亿"], "民生29.3亿元 / 援藏资金38.6亿元")
R(E, "sum", X, "2014..2024", "1286名", "a+b", ["236", "1050"], "党政干部236名 + 专业技术人才1050名")
R(E, "sum", X, "2014..2024", "1050名", "a+b+c", ["486", "392", "172"], "教育486名 + 医疗392名 + 其他172名")
R(E, "difference", X, "2015..2024", "35.8个百分点", "a-b", ["68.4%", "32.6%"], "68.4% − 32.6%")
R(E, "share", X, "2014..2024", "12.6%", "a/b", ["4.86亿", "38.6亿"], "产业援藏4.86亿元 / 援藏资金38.6亿元")
R(E, "share", ND, "2014..2024", "25.0%", "a/b", ["3.1亿", "12.4亿"], "乃东区产业3.1亿元 / 乃东区援藏12.4亿元")


# ======================================================================================================
F = "f_minning_town_resettlement_feature_2023"; X = "闽宁镇;永宁县;银川市;宁夏回族自治区;福建省"; V = "原隆村;闽宁镇;永宁县"
NF = "宁夏回族自治区;福建省"
quantities(F, X, f"""
两省区|other:province|{NF}
一千多户|household
一万五千余人|person
6.6万人|person
8000多人|person
6.6万人|person
不到五百块钱|CNY
一百二十平方米|other:平方米
十万多元|CNY
500元|CNY
17800元|CNY
35倍多|other:倍
30万元|CNY
120万元|CNY
翻了两番|other:倍
8.2万亩|mu
4.1倍|other:倍
15家|enterprise
1.2万吨|ton
36家|enterprise
4500余人|person
125人|person
一千九百九十八户|household|{V}
一万零五百七十八人|person|{V}
三千多元|CNY|{V}
14960元|CNY|{V}
5倍多|other:倍|{V}
38.5亿元|CNY|{NF}
3.68亿元|CNY
11个|industrial_park|{NF}
6800多家|enterprise|{NF}
9个|other:county|{NF}
""")
R(F, "growth", X, "1997..2022", "35倍多", "a/b", ["17800元", "500元"], "17800元 / 500元", "是…的35倍多 (a lower bound: 35 to 36)", reported=35, half=1.0)
R(F, "growth", X, "2017..2022", "翻了两番", "a/b", ["120万", "30万"], "120万元 / 30万元", "翻两番 = 4倍", reported=4, half=0.5)
R(F, "growth", X, "2012..2022", "4.1倍", None, [], "8.2万亩 / 2012年面积 (not printed)", "implies about 2.0万亩", reported=4.1)
R(F, "per_unit", X, "2022", "125人", "a/b", ["4500", "36"], "就业4500余人 / 36家企业", "平均每家")
R(F, "growth", V, "2016..2022", "5倍多", None, [], "14960元 / 2016年收入 (not printed)", "implies under 2992元", reported=5)


# ------------------------------------------------------------------------------------------------------
GOLD.write_relations()
