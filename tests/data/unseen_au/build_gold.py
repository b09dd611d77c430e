"""Gold of tests/data/unseen_au (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six genres the earlier sets do not cover, in places they use least: a an excerpt of the 国务院新闻办 white paper
《人类减贫的中国实践》 (national figures 1978–2020, 9899万, 832个贫困县, 12.8万个贫困村, 东部/中部/西部地区 in 2012 and
2019, 云南/四川/贵州 counts, compound growths over 7 and 5 years, 960多万 搬迁, 近1.6万亿元), b the annual report of a
national foundation (中国乡村发展基金会: 募集/支出/执行率, 28个省（区、市）436个县, a list of six provinces with their
amounts and a 合计, projects by province group and prefecture), c a 调研报告 of a 统计局调查队 (临汾, 山西) on a sample
survey of 脱贫户 in five counties (样本户, 问卷有效率, 工资性/经营净/转移净/财产净 收入 per head and shares that add to
100%, 拉动, income bands with shares, 满意率), d a 一图读懂/【数说】 infographic of 黑龙江 turned into text (label lines and
figure lines without sentences, ↑14.2%, （2022年：…）, ｜ between two figures, county highlights 饶河/林甸/桦南/拜泉/同江),
e a 村务公开 notice of a village's accounts in an ethnic autonomous prefecture (官寨村, 沃日镇, 小金县, 阿坝藏族羌族自治州:
收入 and 支出 items, 结余, 公积公益金, 分红 per household, a table by 村民小组), f a 乡村振兴示范村 评选结果公示 of 清远市
(广东: a table 排名 | 县（市、区） | 镇 | 村 | 综合得分 of 20 villages, counts by county with 各, average and sub-scores).
Regions: national figures are `全国` (the 东部/中部/西部 groups `东部地区;全国` …), a village figure its village with its
township and county (`官寨村;沃日镇;小金县`, `连樟村;连江口镇;英德市`), c's sample figures the five counties or 临汾市.

Three figures are deliberately wrong, the rest agree:
  b 基金会 年度公益项目预算12.40亿元，项目执行率91.1%: 11.05 / 12.40 = 89.1% (a rate);
  c 临汾 有外出务工人员的样本户512户，占67.0%: 512 / 788 = 65.0% (a share);
  e 官寨村 村组织运转6.16万元（其中办公费2.36万元、水电费1.80万元、会议及培训费1.00万元）: 5.16万元 (a total; the
    支出 total 51.18万元 uses the printed 6.16 and agrees).
Left out of the quantities: years and dates, durations (经过8年, 公示7天, 5个工作日), 十三五, 两委, list numbering, ranks
(the 排名 column), phone numbers, group labels without an inline list (a 中西部22个省份, twice; c 5个县 named again
after its list), 数百万 (no figure).
Left out of the relations: targets (b 13亿元以上 and 60%以上, c 9万人以上), shares and rates whose numerator is not printed
(a 70%以上, 99.9%以上; d 支出进度98.7%, 覆盖率94.3%, 参保率100%, 自来水普及率93.6%, 不良率0.12%), growths with no level
printed (d 林甸县 ↑18.6%, 转移净收入 ↑9.4%; c 8.1%至11.3%), bounds (e 10%以上), 近1.6万亿元 against 6601亿元 (no
share printed), and the sum of c's four income shares to 100% (each share is checked on its own).

First contact (base d6e521a, before any rule was written for them), with the gold as first typed:
    extraction F1 0.942 (P 0.966, R 0.919) over 344 gold quantities in 6 files
    region agreement 0.772 (244/316 matched quantities; 0 with no region)
    relations: 49/88 verified right (52 verified), 1/3 real inconsistencies found (e 6.16万元), 7 false alarms
    benchmarks/wrong_numbers.py: 2 (c's bands 1万—1.5万元 and 1.5万—2万元 read as ranges where the gold typed two amounts).
Gold corrections after first contact: c's bands 1万—1.5万元 and 1.5万—2万元 were typed as two amounts each; a band is one
range quantity valued at its lower bound (gold_build.value, unseen_am 3000—5000元 and 3至5万元), so each is now one row
(342 quantities before the next line); f's 四项合计 left out 四项, though its four items are listed inline right before
it (as unseen_ag 四类, unseen_af 三个方面): added (343 quantities); b's 积石山县 and 民和县 rows named the counties only by the
short forms the text prints: their full names are added as alternatives (as unseen_ar `琼中黎族苗族自治县;琼中县`).
After the rules (tests/test_unseen_au.py; scored before the 积石山/民和 correction): F1 0.946 (P 0.969, R 0.924) over 343,
regions 0.937 (297/317), relations 51/88 right (52 verified), 1/3 found (c 67.0%), 0 false alarms; wrong_numbers 0.
Still missed: b 执行率91.1% (its numerator 项目支出 is in the sentence before, its base word 预算 is no base word of 执行率),
e 6.16万元 (the bracketed 其中 list is read as a partial list, <=), f's score table (a bare 综合得分 column: no unit), the
sums with 各 (a 242个, f 20个), the 20-score average; regions of a's 东部/中部地区 (not in the gazetteer) and b's lists of
provinces written short (湖南、广西… 等省份), f 英德市4个 (a count with its noun left out).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"近1.6万亿元": 1.6e12, "两个": 2, "四项": 4}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_scio_white_paper_poverty_reduction_2021"; X = "全国"
E, M, W = "东部地区;全国", "中部地区;全国", "西部地区;全国"
YGS = "云南省;四川省;贵州省"
quantities(A, X, f"""
7.7亿|person
70%以上|percent
7.7亿人|person
97.5%|percent
9899万人|person
10.2%|percent
9899万|person
832个|other:county
12.8万个|village
1237万人|person
1.3个百分点|percentage_point
1367万人|person|{E}
3446万人|person|{M}
5086万人|person|{W}
51.4%|percent|{W}
551万人|person
323万人|person|{W}
181万人|person|{M}
47万人|person|{E}
91.5%|percent|中部地区;西部地区;全国
832个|other:county
88个|other:county|云南省;四川省
66个|other:county|贵州省
242个|other:county|{YGS}
29.1%|percent|{YGS}
6079元|CNY
12588元|CNY
11.0%|percent
2.3个百分点|percentage_point
17131元|CNY
73.5%|percent
3416元|CNY
10740元|CNY
25.7%|percent
514万名|person
99.9%以上|percent
790万户|household
2568万|person
2889万|person
960多万|person
约3.5万个|resettlement_site
266万余套|other:housing_unit
2.1亿平方米|other:平方米
192万人|person|贵州省
136万人|person|四川省
150万人|person|云南省
近1.6万亿元|CNY
6601亿元|CNY
1461亿元|CNY
200亿元|CNY
15.9%|percent
25.5万个|other:village_work_team
300多万名|person
近200万名|person
""")
R(A, "rate", X, "1978", "97.5%", None, [], "7.7亿人 / 农村人口 (not printed)",
  f"贫困发生率; the rural population is not printed: 97.5% implies ≈{7.7e8 / 0.975 / 1e8:.2f}亿人")
R(A, "rate", X, "2012", "10.2%", None, [], "9899万人 / 农村人口 (not printed)",
  f"贫困发生率; the rural population is not printed: 10.2% implies ≈{9899e4 / 0.102 / 1e8:.2f}亿人")
R(A, "per_unit", X, "2013-2020", "1237万人", "a/b", ["9899万", "8"], "9899万人 / 8年", "年均减少")
R(A, "per_unit", X, "2013-2020", "1.3个百分点", "a/b", ["10.2%", "8"], "(10.2% − 0) / 8年", "贫困发生率年均下降 (全部脱贫: 0 in 2020)")
R(A, "sum", X, "2012", "9899万", "a+b+c", ["1367万", "3446万", "5086万"], "东部1367万 + 中部3446万 + 西部5086万")
R(A, "share", W, "2012", "51.4%", "a/b", ["5086万", "9899万"], "西部5086万 / 全国9899万")
R(A, "sum", X, "2019", "551万人", "a+b+c", ["323万", "181万", "47万"], "西部323万 + 中部181万 + 东部47万")
R(A, "share", "中部地区;西部地区;全国", "2019", "91.5%", "(a+b)/c", ["323万", "181万", "551万"], "(323万 + 181万) / 551万", "中西部地区合计")
R(A, "sum", YGS, "2020", "242个", "a+a+b", ["88", "66"], "云南88 + 四川88 + 贵州66", "各有88个")
R(A, "share", YGS, "2020", "29.1%", "a/b", ["242", "832"], "242个 / 832个")
R(A, "growth", X, "2013-2020", "11.0%", "(a/b)**(1/7)-1", ["12588元", "6079元"], "(12588元 / 6079元)^(1/7) − 1", "年均增长")
R(A, "difference", X, "2013-2020", "2.3个百分点", None, [], "11.0% − 全国农村居民收入年均增速 (not printed)",
  "the national growth is not printed: 2.3个百分点 implies 8.7%")
R(A, "share", X, "2020", "73.5%", "a/b", ["12588元", "17131元"], "12588元 / 全国17131元", "相当于")
R(A, "growth", X, "2015-2020", "25.7%", "(a/b)**(1/5)-1", ["10740元", "3416元"], "(10740元 / 3416元)^(1/5) − 1", "年均增长")
R(A, "growth", X, "2020 vs 2019", "15.9%", "b/(a-b)", ["1461亿", "200亿"], "增加200亿元 / (1461亿元 − 200亿元)")
R(A, "difference", X, "2020 vs 2019", "200亿元", None, [], "1461亿元 − 2019年 (not printed)",
  "比上年增加; last year's figure is not printed: it implies 1261亿元")


# ======================================================================================================
B = "b_crdf_annual_report_2023"; X = "全国"; P = "2023"
SIX = "云南省;贵州省;四川省;甘肃省;广西壮族自治区;湖南省"
quantities(B, X, f"""
12.86亿元|CNY
11.86亿元|CNY
8.4%|percent
9.74亿元|CNY
3.12亿元|CNY
11.42亿元|CNY
11.05亿元|CNY
0.37亿元|CNY
3.2%|percent
12.40亿元|CNY
91.1%|percent
18.35亿元|CNY
0.96亿元|CNY
28个|other:province
436个|other:county
逾580万人次|person_time
160个|other:county
6.18亿元|CNY
55.9%|percent
1.26亿元|CNY|云南省
1.08亿元|CNY|贵州省
0.94亿元|CNY|四川省
0.86亿元|CNY|甘肃省
0.72亿元|CNY|广西壮族自治区
0.65亿元|CNY|湖南省
6个|other:province|{SIX}
5.51亿元|CNY|{SIX}
49.9%|percent|{SIX}
1326所|school|湖南省;广西壮族自治区;贵州省;云南省;甘肃省
32.6万人|person|湖南省;广西壮族自治区;贵州省;云南省;甘肃省
6520万份|other:份|湖南省;广西壮族自治区;贵州省;云南省;甘肃省
200份|other:份|湖南省;广西壮族自治区;贵州省;云南省;甘肃省
148家|other:合作社|凉山彝族自治州;甘孜藏族自治州;四川省
2.36万户|household|凉山彝族自治州;甘孜藏族自治州;四川省
3.18亿元|CNY|凉山彝族自治州;甘孜藏族自治州;四川省
3178万元|CNY|凉山彝族自治州;甘孜藏族自治州;四川省
1347元|CNY|凉山彝族自治州;甘孜藏族自治州;四川省
9个|other:province|河北省;山西省;陕西省
31个|village|河北省;山西省;陕西省
46.8万人次|person_time|河北省;山西省;陕西省
5260万元|CNY|河北省;山西省;陕西省
1630万元|CNY|河北省;山西省;陕西省
31.0%|percent|河北省;山西省;陕西省
2.15万人|person
1.36万人|person
0.79万人|person
6450万元|CNY
3000元|CNY
1.82万人次|person_time
3200人次|person_time|固原市;海东市
4260万元|CNY|积石山保安族东乡族撒拉族自治县;积石山县;民和回族土族自治县;民和县;甘肃省;青海省
2850万元|CNY|积石山保安族东乡族撒拉族自治县;积石山县;民和回族土族自治县;民和县;甘肃省;青海省
1410万元|CNY|积石山保安族东乡族撒拉族自治县;积石山县;民和回族土族自治县;民和县;甘肃省;青海省
12.3万人|person|积石山保安族东乡族撒拉族自治县;积石山县;民和回族土族自治县;民和县;甘肃省;青海省
2.64亿元|CNY
12.3%|percent
1.18万户|household
13亿元以上|CNY
60%以上|percent
""")
R(B, "growth", X, "2023 vs 2022", "8.4%", "a/b-1", ["12.86亿", "11.86亿"], "12.86亿元 / 2022年11.86亿元 − 1")
R(B, "sum", X, P, "12.86亿元", "a+b", ["9.74亿", "3.12亿"], "现金9.74亿元 + 物资3.12亿元")
R(B, "sum", X, P, "11.42亿元", "a+b", ["11.05亿", "0.37亿"], "项目支出11.05亿元 + 管理费用0.37亿元")
R(B, "share", X, P, "3.2%", "a/b", ["0.37亿", "11.42亿"], "管理费用0.37亿元 / 总支出11.42亿元")
R(B, "rate", X, P, "91.1%", "a/b", ["11.05亿", "12.40亿"], "项目支出11.05亿元 / 预算12.40亿元",
  "项目执行率; deliberate error: 11.05 / 12.40 = 89.1%", verdict="mismatch")
R(B, "difference", X, P, "0.96亿元", None, [], "18.35亿元 − 上年末 (not printed)",
  "比上年末增加; last year's figure is not printed: it implies 17.39亿元")
R(B, "share", X, P, "55.9%", "a/b", ["6.18亿", "11.05亿"], "重点帮扶县6.18亿元 / 项目支出11.05亿元")
R(B, "sum", SIX, P, "5.51亿元", "a+b+c+d+e+f", ["1.26亿", "1.08亿", "0.94亿", "0.86亿", "0.72亿", "0.65亿"],
  "1.26 + 1.08 + 0.94 + 0.86 + 0.72 + 0.65 (亿元)", "6个省（区）合计")
R(B, "share", SIX, P, "49.9%", "a/b", ["5.51亿", "11.05亿"], "5.51亿元 / 项目支出11.05亿元")
R(B, "per_unit", "湖南省;广西壮族自治区;贵州省;云南省;甘肃省", P, "200份", "a/b", ["6520万", "32.6万"], "6520万份 / 32.6万人", "人均")
R(B, "per_unit", "凉山彝族自治州;甘孜藏族自治州;四川省", P, "1347元", "a/b", ["3178万", "2.36万"], "增收3178万元 / 2.36万户", "户均增收")
R(B, "share", "河北省;山西省;陕西省", P, "31.0%", "a/b", ["1630万", "5260万"], "分配收益1630万元 / 营业收入5260万元")
R(B, "sum", X, P, "2.15万人", "a+b", ["1.36万", "0.79万"], "大学生1.36万人 + 高中生0.79万人")
R(B, "per_unit", X, P, "3000元", "a/b", ["6450万", "2.15万"], "6450万元 / 2.15万人", "人均")
R(B, "sum", "积石山保安族东乡族撒拉族自治县;积石山县;民和回族土族自治县;民和县;甘肃省;青海省", P, "4260万元", "a+b", ["2850万", "1410万"], "资金2850万元 + 物资1410万元")
R(B, "growth", X, "2023 vs 2022", "12.3%", None, [], "2.64亿元 / 上年 (not printed) − 1",
  f"同比增长; last year's sales are not printed: 12.3% implies ≈{2.64 / 1.123:.2f}亿元")


# ======================================================================================================
C = "c_linfen_survey_team_income_report_2023"; P = "2023"
X = "大宁县;永和县;隰县;汾西县;蒲县;临汾市"
quantities(C, X, f"""
5个|other:county
40个|village
800户|household
788份|other:份
98.5%|percent
2764人|person
3.5人|person
1692人|person
61.2%|percent
736人|person
43.5%|percent
13286元|CNY
12122元|CNY
9.6%|percent
1.8个百分点|percentage_point
14862元|CNY|临汾市
89.4%|percent
14125元|CNY|蒲县
12236元|CNY|大宁县
1889元|CNY|蒲县;大宁县
8.1%|percent
11.3%|percent
7452元|CNY
6701元|CNY
11.2%|percent
6.2个百分点|percentage_point
56.1%|percent
788户|household
512户|household
67.0%|percent
2186元|CNY
16.5%|percent
3421元|CNY
25.7%|percent
1286元|CNY
1463元|CNY
227元|CNY
1.7%|percent
1万元以下|CNY
148户|household
18.8%|percent
1万—1.5万元|CNY
326户|household
41.4%|percent
1.5万—2万元|CNY
203户|household
25.8%|percent
2万元以上|CNY
111户|household
14.1%|percent
772户|household
98.0%|percent
779户|household
98.9%|percent
405户|household
51.4%|percent
236户|household
29.9%|percent
9万人以上|person|临汾市
1个|other:产业|临汾市
""")
R(C, "rate", X, P, "98.5%", "a/b", ["788", "800"], "有效问卷788份 / 800户", "问卷有效率")
R(C, "per_unit", X, P, "3.5人", "a/b", ["2764", "788"], "2764人 / 788户", "户均")
R(C, "share", X, P, "61.2%", "a/b", ["1692", "2764"], "劳动力1692人 / 人口2764人")
R(C, "share", X, P, "43.5%", "a/b", ["736", "1692"], "外出务工736人 / 劳动力1692人")
R(C, "growth", X, "2023 vs 2022", "9.6%", "a/b-1", ["13286元", "12122元"], "13286元 / 12122元 − 1")
R(C, "difference", X, "2023 vs 2022", "1.8个百分点", None, [], "9.6% − 全市农村居民收入增速 (not printed)",
  "the city's growth is not printed: 1.8个百分点 implies 7.8%")
R(C, "share", X, P, "89.4%", "a/b", ["13286元", "14862元"], "13286元 / 全市14862元", "相当于")
R(C, "difference", "蒲县;大宁县", P, "1889元", "a-b", ["14125元", "12236元"], "蒲县14125元 − 大宁县12236元")
R(C, "growth", X, "2023 vs 2022", "11.2%", "a/b-1", ["7452元", "6701元"], "工资性7452元 / 6701元 − 1")
R(C, "growth", X, "2023 vs 2022", "6.2个百分点", "(a-b)/c", ["7452元", "6701元", "12122元"], "(7452元 − 6701元) / 上年12122元", "拉动")
R(C, "share", X, P, "56.1%", "a/b", ["7452元", "13286元"], "工资性7452元 / 13286元")
R(C, "share", X, P, "67.0%", "a/b", ["512", "788"], "有外出务工人员512户 / 788户",
  "deliberate error: 512 / 788 = 65.0%", verdict="mismatch")
R(C, "share", X, P, "16.5%", "a/b", ["2186元", "13286元"], "经营净2186元 / 13286元")
R(C, "share", X, P, "25.7%", "a/b", ["3421元", "13286元"], "转移净3421元 / 13286元")
R(C, "share", X, P, "1.7%", "a/b", ["227元", "13286元"], "财产净227元 / 13286元")
R(C, "sum", X, P, "13286元", "a+b+c+d", ["7452元", "2186元", "3421元", "227元"], "7452 + 2186 + 3421 + 227 (元)", "four income sources")
R(C, "sum", X, P, "788户", "a+b+c+d", ["148", "326", "203", "111"], "148 + 326 + 203 + 111 (户)", "income bands")
for n, s in [("148", "18.8%"), ("326", "41.4%"), ("203", "25.8%"), ("111", "14.1%")]:
    R(C, "share", X, P, s, "a/b", [n, "788"], f"{n}户 / 788户", "income band")
R(C, "rate", X, P, "98.0%", "a/b", ["772", "788"], "满意772户 / 788户", "满意率")
R(C, "rate", X, P, "98.9%", "a/b", ["779", "788"], "满意779户 / 788户", "满意率")
R(C, "share", X, P, "51.4%", "a/b", ["405", "788"], "405户 / 788户")
R(C, "share", X, P, "29.9%", "a/b", ["236", "788"], "236户 / 788户")


# ======================================================================================================
D = "d_heilongjiang_infographic_2023"; X = "黑龙江省"; P = "2023"
quantities(D, X, """
15386元|CNY
14.2%|percent
13473元|CNY
19756元|CNY
7.8%|percent
6.4个百分点|percentage_point
18642元|CNY|饶河县
18.6%|percent|林甸县
68.2亿元|CNY
52.6亿元|CNY
15.6亿元|CNY
38.9亿元|CNY
57.0%|percent
20个|other:county
46.5亿元|CNY
98.7%|percent
3.62万户|household
7.85万人|person
2.41万户|household
66.6%|percent
8.3个百分点|percentage_point
31.8万人|person
30万人|person
106.0%|percent
8.7万人|person
23.1万人|person
4.36万人|person
486家|enterprise
12.6万户|household
94.3%|percent
42.3亿元|CNY
18.5%|percent
35.7亿元|CNY
15.6亿元|CNY
218家|enterprise
100%|percent
1.23万户|household
93.6%|percent
1.2个百分点|percentage_point
1860公里|km
326个|other:设施
4.8万户|household
12.6亿元|CNY|桦南县
16108元|CNY|拜泉县
15.1%|percent|拜泉县
20万元|CNY|同江市
65.1万人|person
21.6万人|person
33.2%|percent
9.4%|percent
1280家|enterprise
1526个|village
9.64亿元|CNY
3716支|other:village_work_team
1.05万名|person
2.8人|person
12.48亿元|CNY
2.93万户|household
4.26万元|CNY
0.12%|percent
""")
R(D, "growth", X, "2023 vs 2022", "14.2%", "a/b-1", ["15386元", "13473元"], "15386元 / 2022年13473元 − 1")
R(D, "growth", X, "2023 vs 2022", "7.8%", None, [], "19756元 / 2022年 (not printed) − 1",
  f"last year's income is not printed: 7.8% implies ≈{19756 / 1.078:.0f}元")
R(D, "difference", X, P, "6.4个百分点", "a-b", ["14.2%", "7.8%"], "14.2% − 7.8%")
R(D, "sum", X, P, "68.2亿元", "a+b", ["52.6亿", "15.6亿"], "中央52.6亿元 + 省级15.6亿元")
R(D, "share", X, P, "57.0%", "a/b", ["38.9亿", "68.2亿"], "产业发展38.9亿元 / 68.2亿元")
R(D, "rate", X, P, "66.6%", "a/b", ["2.41万", "3.62万"], "已消除风险2.41万户 / 3.62万户", "风险消除率")
R(D, "difference", X, "2023 vs 2022", "8.3个百分点", None, [], "66.6% − 上年 (not printed)",
  "较上年提高; last year's rate is not printed: it implies 58.3%")
R(D, "rate", X, P, "106.0%", "a/b", ["31.8万", "30万"], "31.8万人 / 目标30万人", "完成目标任务")
R(D, "sum", X, P, "31.8万人", "a+b", ["8.7万", "23.1万"], "省外8.7万人 + 省内23.1万人")
R(D, "growth", X, "2023 vs 2022", "18.5%", "a/b-1", ["42.3亿", "35.7亿"], "42.3亿元 / 2022年35.7亿元 − 1")
R(D, "difference", X, "2023 vs 2022", "1.2个百分点", None, [], "93.6% − 上年 (not printed)",
  "↑; last year's rate is not printed: it implies 92.4%")
R(D, "growth", "拜泉县", "2023 vs 2022", "15.1%", None, [], "16108元 / 上年 (not printed) − 1",
  f"last year's income is not printed: 15.1% implies ≈{16108 / 1.151:.0f}元")
R(D, "share", X, P, "33.2%", "a/b", ["21.6万", "65.1万"], "低保、特困21.6万人 / 脱贫人口65.1万人")
R(D, "per_unit", X, P, "2.8人", "a/b", ["1.05万", "3716"], "1.05万名 / 3716支", "平均每支工作队")
R(D, "per_unit", X, P, "4.26万元", "a/b", ["12.48亿", "2.93万"], "12.48亿元 / 2.93万户", "户均")


# ======================================================================================================
E = "e_xiaojin_guanzhai_village_accounts_2023"; X = "官寨村;沃日镇;小金县"; P = "2023"
G = {g: f"{g};官寨村;沃日镇;小金县" for g in ("上寨组", "下寨组", "河坝组", "板桥组")}
TABLE_E = [("上寨组", "38", "6.08"), ("下寨组", "41", "6.56"), ("河坝组", "36", "5.76"), ("板桥组", "33", "5.28")]
spec_e = "\n".join(f"{h}户|household|{G[g]}\n{m}万元|CNY|{G[g]}" for g, h, m in TABLE_E)
quantities(E, X, f"""
4个|other:村民小组
148户|household
562人|person
27户|household
104人|person
3户|household
11人|person
1260亩|mu
860亩|mu
86.42万元|CNY
76.75万元|CNY
12.6%|percent
72.11万元|CNY
83.4%|percent
32.60万元|CNY
16.3万斤|other:斤
2元|CNY
18.75万元|CNY
8.36万元|CNY
2栋|other:栋
1处|other:site
12.40万元|CNY
14.31万元|CNY
51.18万元|CNY
15.36万元|CNY
2560个|other:工日
60元|CNY
6.82万元|CNY
4.50万元|CNY
6.16万元|CNY
2.36万元|CNY
1.80万元|CNY
1.00万元|CNY
9.60万元|CNY
8个|other:岗位
1000元|CNY
8.74万元|CNY
35.24万元|CNY
11.56万元|CNY
32.8%|percent
23.68万元|CNY
1600元|CNY
148户|household
{spec_e}
148户|household
23.68万元|CNY
486.3万元|CNY
312.6万元|CNY
64.3%|percent
12.8万元|CNY
16862元|CNY
14235元|CNY
10%以上|percent
""")
R(E, "growth", X, "2023 vs 2022", "12.6%", "a/b-1", ["86.42万", "76.75万"], "86.42万元 / 2022年76.75万元 − 1")
R(E, "share", X, P, "83.4%", "a/b", ["72.11万", "86.42万"], "经营性收入72.11万元 / 总收入86.42万元")
R(E, "sum", X, P, "72.11万元", "a+b+c+d", ["32.60万", "18.75万", "8.36万", "12.40万"], "苹果园32.60 + 门票18.75 + 光伏8.36 + 租赁12.40 (万元)", "经营性收入 (items 1-4)")
R(E, "sum", X, P, "86.42万元", "a+b+c+d+e", ["32.60万", "18.75万", "8.36万", "12.40万", "14.31万"],
  "32.60 + 18.75 + 8.36 + 12.40 + 14.31 (万元)", "总收入 by item")
R(E, "per_unit", X, P, "32.60万元", "a*b", ["16.3万", "2元"], "16.3万斤 × 每斤2元")
R(E, "sum", X, P, "51.18万元", "a+b+c+d+e+f", ["15.36万", "6.82万", "4.50万", "6.16万", "9.60万", "8.74万"],
  "15.36 + 6.82 + 4.50 + 6.16 + 9.60 + 8.74 (万元)", "总支出 by item")
R(E, "per_unit", X, P, "15.36万元", "a*b", ["2560", "60元"], "2560个工日 × 每个工日60元")
R(E, "sum", X, P, "6.16万元", "a+b+c", ["2.36万", "1.80万", "1.00万"], "办公费2.36 + 水电费1.80 + 会议及培训费1.00 (万元)",
  "村组织运转 其中; deliberate error: the parts add to 5.16万元", verdict="mismatch")
R(E, "per_unit", X, P, "9.60万元", "a*b*12", ["8", "1000元"], "8个岗位 × 每人每月1000元 × 12个月")
R(E, "difference", X, P, "35.24万元", "a-b", ["86.42万", "51.18万"], "收入86.42万元 − 支出51.18万元", "结余")
R(E, "sum", X, P, "35.24万元", "a+b", ["11.56万", "23.68万"], "公积公益金11.56万元 + 分红23.68万元", "分配")
R(E, "share", X, P, "32.8%", "a/b", ["11.56万", "35.24万"], "公积公益金11.56万元 / 结余35.24万元")
R(E, "per_unit", X, P, "23.68万元", "a*b", ["148", "1600元"], "148户 × 每户1600元")
for g, h, m in TABLE_E:
    R(E, "per_unit", G[g], P, f"{m}万元", "a*b", [h, "1600元"], f"{h}户 × 每户1600元", "分红 (table)")
R(E, "sum", X, P, "148户", "a+b+c+d", [h for _, h, _ in TABLE_E], " + ".join(h for _, h, _ in TABLE_E) + " (户)", "户数 by 村民小组, table 合计")
R(E, "sum", X, P, "23.68万元", "a+b+c+d", [m + "万" for *_, m in TABLE_E], " + ".join(m for *_, m in TABLE_E) + " (万元)", "分红 by 村民小组, table 合计")
R(E, "share", X, P, "64.3%", "a/b", ["312.6万", "486.3万"], "经营性资产312.6万元 / 资产总额486.3万元")


# ======================================================================================================
F = "f_qingyuan_demonstration_villages_2023"; X = "清远市"; P = "2023"
TABLE_F = [("英德市", "连江口镇", "连樟村", "96.5"), ("连南瑶族自治县", "三排镇", "南岗村", "95.8"), ("清新区", "太和镇", "坑口村", "95.2"),
           ("佛冈县", "汤塘镇", "新联村", "94.6"), ("英德市", "九龙镇", "河头村", "94.1"), ("连州市", "丰阳镇", "畔水村", "93.7"),
           ("阳山县", "黎埠镇", "大塘村", "93.2"), ("连山壮族瑶族自治县", "永和镇", "大旭村", "92.8"), ("清城区", "源潭镇", "西联村", "92.3"),
           ("英德市", "西牛镇", "小湾村", "91.9"), ("连州市", "西岸镇", "冲口村", "91.4"), ("阳山县", "七拱镇", "新圩村", "90.8"),
           ("清新区", "石潭镇", "龙湾村", "90.5"), ("佛冈县", "石角镇", "里水村", "90.1"), ("连南瑶族自治县", "寨岗镇", "金坑村", "89.6"),
           ("英德市", "浛洸镇", "联合村", "89.2"), ("阳山县", "杨梅镇", "黄坌村", "88.7"), ("清新区", "浸潭镇", "车头村", "88.3"),
           ("连山壮族瑶族自治县", "吉田镇", "沙田村", "87.6"), ("连州市", "保安镇", "卿罡村", "86.9")]
spec_f = "\n".join(f"{s}|other:分|{v};{t};{c}" for c, t, v, s in TABLE_F)
LN = "连南瑶族自治县;连山壮族瑶族自治县"
quantities(F, X, f"""
100分|other:分
85分以上|other:分
20个|village
86个|village
23.3%|percent
{spec_f}
4个|village|英德市
3个|village|连州市;阳山县;清新区
2个|village|佛冈县;{LN}
1个|village|清城区
91.66分|other:分
9.6分|other:分
7个|village
35.0%|percent
4个|village|{LN}
两个|other:county|{LN}
30分|other:分
27.6分|other:分
25分|other:分
23.1分|other:分
25分|other:分
22.4分|other:分
20分|other:分
18.56分|other:分
四项|item
91.66分|other:分
超过30万元|CNY
52.8万元|CNY
126万元|CNY|连樟村;连江口镇;英德市
50万元|CNY
1000万元|CNY
""")
R(F, "rate", X, P, "23.3%", "a/b", ["20", "86"], "入选20个 / 参评86个", "入选率")
R(F, "sum", X, P, "20个", "a+3*b+3*c+d", ["4", "3", "2", "1"], "英德4 + 3×3 (连州、阳山、清新各) + 3×2 (佛冈、连南、连山各) + 清城1", "地区分布")
scores = [s for *_, s in TABLE_F]
# the mean of 20 printed scores: more components than R's names, so the row is written here (each ±0.05, the mean ±0.05)
mean = sum(float(s) for s in scores) / len(scores)
assert abs(mean - 91.66) < 0.05 + 0.005
GOLD.rows[F].append(dict(kind="per_unit", region=X, period=P, reported_raw="91.66分", reported_value="91.66",
                         components=" + ".join(scores) + " / 20", computed_value=f"{mean:.4g}", verdict="match",
                         note="平均得分 of the 20 scores (table)"))
R(F, "difference", X, P, "9.6分", "a-b", ["96.5", "86.9"], "最高96.5 − 最低86.9 (table)")
R(F, "share", X, P, "35.0%", "a/b", ["7", "20"], "原省定贫困村7个 / 20个")
R(F, "sum", X, P, "91.66分", "a+b+c+d", ["27.6", "23.1", "22.4", "18.56"], "产业27.6 + 生态23.1 + 乡风治理22.4 + 生活18.56", "四项合计")
R(F, "per_unit", X, P, "1000万元", "a*b", ["50万", "20"], "每村50万元 × 20个")

GOLD.write_relations()
