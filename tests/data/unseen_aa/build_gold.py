"""Gold of tests/data/unseen_aa (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals and damaged figures are given explicitly), raws are checked with str.find in
text order. Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt;
helpers in ../gold_build.py).

Three figures are deliberately wrong, the rest agree:
  a 兰西县 整改率86.1%: 已整改1459.2万元 / 问题金额1734.2万元 = 84.1% (a rate);
  b 广西 城镇化集中安置55.8万人 占搬迁总人口的80.6%: 55.8万 / 71.0万 = 78.6% (a share);
  e 共输送务工人员8760人 against 专列5210人 + 包车3450人 = 8660 (a total).
c is damaged as mirror sites damage pages: Traditional script with pinyin after some characters (萬(wàn),
個(gè), 區(qū)), 。 for the decimal point (6。85億元, 96。8%, 127。6萬(wàn)人, 0。86億元), a space as the thousands
separator (1 856份, 1 763份, 3 850萬(wàn)元) and a dropped % (集中供水率95.2).
Left out (corpus conventions): group labels without an inline list (a 4县 after the first, e/f 两省区,
f the later 8个国家级脱贫县), rhetorical counts (f 三个方面, 三件事), durations (超过1年, 6个月以上, 3年期以内,
24小时), slogans (千吨万人, 一人一档, 一点一产业园); relations whose numerator is not printed either
(c 集中供水率, d 七成左右, e 42% and 超过八成, f 超过85%), bounds restating a printed figure (f 近40亿元 against
39.6亿元) and targets (the 2024 figures of c, d, e, f)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"两级": 2, "兩級": 2, "七成左右": 70, "超过八成": 80, "三分之二": 200 / 3,
      # damaged figures of c: raw as printed, value repaired
      "6。85億元": 6.85e8, "96。8%": 96.8, "127。6萬(wàn)人": 1.276e6, "0。86億元": 0.86e8,
      "1 856份": 1856, "1 763份": 1763, "3 850萬(wàn)元": 3.85e7}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_suihua_linkage_fund_audit_2024"
MS, QG, WK, LX = "明水县", "青冈县", "望奎县", "兰西县"
X = ";".join(("绥化市", MS, QG, WK, LX))
quantities(A, X, f"""
4县|other:county
16个|other:township
48个|village
23家|other:经营主体
68520万元|CNY
51390万元|CNY
12850万元|CNY
两级|other:level
4280万元|CNY
412个|project
389个|project
94.4%|percent
63215万元|CNY
92.3%|percent
41690万元|CNY
60.8%|percent
19860万元|CNY|{MS}
118个|project|{MS}
17940万元|CNY|{QG}
106个|project|{QG}
16580万元|CNY|{WK}
97个|project|{WK}
14140万元|CNY|{LX}
91个|project|{LX}
7386.5万元|CNY
57个|project
19个|project|{MS}
15个|project|{QG}
11个|project|{WK}
12个|project|{LX}
2个|other:county|{MS};{LX}
2156.3万元|CNY|{MS};{LX}
1328.6万元|CNY|{MS}
827.7万元|CNY|{LX}
312.4万元|CNY|{QG}
2个|village|{WK}
46.8万元|CNY|{WK}
23个|project
3180.2万元|CNY
6个|other:设施|{QG};{LX}
1095.6万元|CNY|{QG};{LX}
8个|project|{MS}
595.2万元|CNY|{MS}
14个|project
3家|other:经营主体
3起|other:起
6842.9万元|CNY
92.6%|percent
528.3万元|CNY
46.8万元|CNY
31项|item
19人|person
2635.8万元|CNY|{MS}
2635.8万元|CNY|{MS}
100%|percent|{MS}
1870.3万元|CNY|{QG}
1724.5万元|CNY|{QG}
92.2%|percent|{QG}
1146.2万元|CNY|{WK}
1023.4万元|CNY|{WK}
89.3%|percent|{WK}
1734.2万元|CNY|{LX}
1459.2万元|CNY|{LX}
86.1%|percent|{LX}
""")
R(A, "sum", X, "2023", "4县", "a", ["4"], "count: 明水、青冈、望奎、兰西", "count of the counties named before 4县", reported=4)
R(A, "sum", X, "2023", "68520万元", "a+b+c", ["51390万", "12850万", "4280万"], "中央51390万元 + 省级12850万元 + 市县4280万元", "by source")
R(A, "sum", X, "2023", "两级", "a", ["2"], "count: 市、县", "count of the levels named before 两级", reported=2)
R(A, "rate", X, "2023", "94.4%", "a/b", ["389", "412"], "已完工389个 / 项目412个", "完工率")
R(A, "rate", X, "2023", "92.3%", "a/b", ["63215万", "68520万"], "支出63215万元 / 安排68520万元", "支出进度")
R(A, "share", X, "2023", "60.8%", "a/b", ["41690万", "68520万"], "产业发展41690万元 / 衔接资金68520万元")
R(A, "sum", X, "2023", "68520万元", "a+b+c+d", ["19860万", "17940万", "16580万", "14140万"], "19860 + 17940 + 16580 + 14140 (万元)", "by county")
R(A, "sum", X, "2023", "412个", "a+b+c+d", ["118", "106", "97", "91"], "118 + 106 + 97 + 91 (个)", "projects by county")
R(A, "sum", X, "2023", "7386.5万元", "a+b+c+d+e+f", ["2156.3万", "312.4万", "46.8万", "3180.2万", "1095.6万", "595.2万"],
  "闲置2156.3 + 扩大范围312.4 + 套取46.8 + 进度滞后3180.2 + 闲置低效1095.6 + 未招标595.2 (万元)", "问题金额 by kind")
R(A, "sum", X, "2023", "57个", "a+b+c+d", ["19", "15", "11", "12"], "19 + 15 + 11 + 12 (个)", "问题项目 by county")
R(A, "sum", f"{MS};{LX}", "2023", "2个", "a", ["2"], "count: 明水县、兰西县", "count of the counties named after 2个县", reported=2)
R(A, "sum", f"{MS};{LX}", "2023", "2156.3万元", "a+b", ["1328.6万", "827.7万"], "明水县1328.6万元 + 兰西县827.7万元")
R(A, "rate", X, "2024-05", "92.6%", "a/b", ["6842.9万", "7386.5万"], "已整改6842.9万元 / 问题金额7386.5万元", "整改率")
R(A, "rate", MS, "2024-05", "100%", "a/b", ["2635.8万", "2635.8万"], "2635.8万元 / 2635.8万元", "整改率")
R(A, "rate", QG, "2024-05", "92.2%", "a/b", ["1724.5万", "1870.3万"], "1724.5万元 / 1870.3万元", "整改率")
R(A, "rate", WK, "2024-05", "89.3%", "a/b", ["1023.4万", "1146.2万"], "1023.4万元 / 1146.2万元", "整改率")
R(A, "rate", LX, "2024-05", "86.1%", "a/b", ["1459.2万", "1734.2万"], "1459.2万元 / 1734.2万元", "整改率; deliberate error: 84.1%", verdict="mismatch")
R(A, "sum", X, "2024-05", "7386.5万元", "a+b+c+d", ["2635.8万", "1870.3万", "1146.2万", "1734.2万"], "2635.8 + 1870.3 + 1146.2 + 1734.2 (万元)", "问题金额 by county")
R(A, "sum", X, "2024-05", "6842.9万元", "a+b+c+d", ["2635.8万", "1724.5万", "1023.4万", "1459.2万"], "2635.8 + 1724.5 + 1023.4 + 1459.2 (万元)", "已整改 by county")


# ======================================================================================================
B = "b_guangxi_relocation_follow_up_2023"; X = "广西壮族自治区;广西"
DA = "都安瑶族自治县;河池市"
quantities(B, X, f"""
451个|resettlement_site
16.9万户|household
71.0万人|person
55.8万人|person
80.6%|percent
15.83万户|household
15.79万户|household
99.7%|percent
38.2万人|person
14.6万人|person
7.3万人|person
16.3万人|person
23.6亿元|CNY
14.2亿元|CNY
6.1亿元|CNY
3.3亿元|CNY
96个|project
2.85亿元|CNY
0.63亿元|CNY
22.1%|percent
6200人|person
1.02万元|CNY
586个|workshop
2.37万人|person
1.92万个|other:岗位
5.6万人次|person_time
1260场|other:场
1872个|project
68.4亿元|CNY
451个|resettlement_site
12个|resettlement_site
41个|resettlement_site
9个|resettlement_site|{DA}
1.38万户|household|{DA}
6.14万人|person|{DA}
34家|enterprise|{DA}
1.06万人|person|{DA}
226所|other:school
185所|other:school
307个|other:卫生室
10.8万个|other:学位
99%以上|percent
538个|other:党组织
451个|other:设施
15.2万户|household
89.9%|percent
11.6万人|person
12.7万亩|mu
8640万元|CNY
12836元|CNY
11543元|CNY
1293元|CNY
11.2%|percent
4.6个百分点|percentage_point
9874元|CNY
76.9%|percent
12415元|CNY|河池市
12.0%|percent|河池市
12968元|CNY|百色市
11.5%|percent|百色市
""")
R(B, "share", X, "2020", "80.6%", "a/b", ["55.8万", "71.0万"], "城镇化集中安置55.8万人 / 搬迁71.0万人", "deliberate error: 78.6%", verdict="mismatch")
R(B, "rate", X, "2023", "99.7%", "a/b", ["15.79万", "15.83万"], "已就业15.79万户 / 有劳动力的搬迁家庭15.83万户", "就业率")
R(B, "sum", X, "2023", "38.2万人", "a+b+c", ["14.6万", "7.3万", "16.3万"], "区外14.6万人 + 区内县外7.3万人 + 县内16.3万人")
R(B, "sum", X, "2023", "23.6亿元", "a+b+c", ["14.2亿", "6.1亿", "3.3亿"], "中央14.2亿元 + 自治区6.1亿元 + 市县3.3亿元")
R(B, "share", X, "2023", "22.1%", "a/b", ["0.63亿", "2.85亿"], "劳务报酬0.63亿元 / 以工代赈资金2.85亿元")
R(B, "per_unit", X, "2023", "1.02万元", "a/b", ["0.63亿", "6200"], "劳务报酬0.63亿元 / 6200人", "人均劳务报酬")
R(B, "rate", X, "2023", "89.9%", "a/b", ["15.2万", "16.9万"], "办证15.2万户 / 搬迁16.9万户", "办证率")
R(B, "difference", X, "2023 vs 2022", "1293元", "a-b", ["12836元", "11543元"], "12836元 − 11543元")
R(B, "growth", X, "2023 vs 2022", "11.2%", "a/b-1", ["12836元", "11543元"], "12836元 / 11543元 − 1")
R(B, "difference", X, "2023", "4.6个百分点", None, [], "11.2% − 全区农村居民人均可支配收入增速 (not printed)",
  "the base growth is not printed; the printed gap implies 6.6%")
R(B, "share", X, "2023", "76.9%", "a/b", ["9874元", "12836元"], "工资性收入9874元 / 人均可支配收入12836元")
R(B, "growth", "河池市", "2023 vs 2022", "12.0%", None, [], "12415元 / 2022年 (not printed) − 1", "last year's income not printed; implies about 11085元")
R(B, "growth", "百色市", "2023 vs 2022", "11.5%", None, [], "12968元 / 2022年 (not printed) − 1", "last year's income not printed; implies about 11630元")


# ======================================================================================================
C = "c_ningde_rural_water_supply_2023_damaged"; X = "宁德市"
PN, ZN, SN, ZR, GT = "屏南县", "周宁县", "寿宁县", "柘荣县", "古田县"
quantities(C, X, f"""
186.3萬(wàn)人|person
312處|other:site
18處|other:site
294處|other:site
6。85億元|CNY
5.79億元|CNY
18.3%|percent
2.14億元|CNY
3.26億元|CNY
1.45億元|CNY
47.8萬(wàn)人|person
3.62萬(wàn)人|person
96。8%|percent
94.9%|percent
1.9個(gè)百分點|percentage_point
95.2|percent
42處|other:site
127。6萬(wàn)人|person
68.5%|percent
0。86億元|CNY|{PN}
0.74億元|CNY|{ZN}
1.12億元|CNY|{SN}
0.58億元|CNY|{ZR}
1.37億元|CNY|{GT}
4個|other:county
2.18億元|CNY
97.6%|percent|{PN}
95.3%|percent|{ZN}
94.1%|percent|{SN}
98.2%|percent|{ZR}
96.5%|percent|{GT}
4個|other:township|下党乡;{SN}
186公里|km|{SN}
1.3萬(wàn)人|person|{SN}
8.73萬(wàn)戶|household
126戶|household
82處|other:site
兩級|other:level
1260萬(wàn)元|CNY
82處|other:site
9.6萬(wàn)人|person
4.6億元|CNY|福安市
13個|other:township|福安市
22.4萬(wàn)人|person|福安市
8.7萬(wàn)人|person|福安市
6個|other:海岛|霞浦县
1.8萬(wàn)人|person|霞浦县
156處|other:site|福鼎市
1 856份|other:水样
1 763份|other:水样
95.0%|percent
93份|other:水样
216臺|other:set
236個|other:水源保护区
1180塊|other:块
31個|other:问题
兩級|other:level
5.2萬(wàn)份|other:份
1630人次|person_time
2146名|person
3 850萬(wàn)元|CNY
92.7%|percent
600萬(wàn)元|CNY
1265處|other:site
6個|other:county
三分之二|percent
1428件|other:件
1415件|other:件
99.1%|percent
156處|other:site
3.2億元以上|CNY
2個|project|{GT};{PN}
420公里|km
97.5%以上|percent
72%以上|percent
""")
R(C, "sum", X, "2023", "312處", "a+b", ["18", "294"], "新建18处 + 改造294处")
R(C, "growth", X, "2023 vs 2022", "18.3%", "a/b-1", ["6.85亿", "5.79亿"], "6。85億元 (6.85亿元) / 5.79亿元 − 1")
R(C, "sum", X, "2023", "6。85億元", "a+b+c", ["2.14亿", "3.26亿", "1.45亿"], "中央和省级2.14亿元 + 市县3.26亿元 + 社会资本1.45亿元", reported=6.85e8, half=0.005e8)
R(C, "difference", X, "2023 vs 2022", "1.9個(gè)百分點", "a-b", ["96.8%", "94.9%"], "96。8% (96.8%) − 94.9%", reported=1.9, half=0.05)
R(C, "share", X, "2023", "68.5%", "a/b", ["127.6万", "186.3万"], "千吨万人覆盖127。6萬人 (127.6万人) / 服务人口186.3万人")
R(C, "sum", X, "2023", "6。85億元", "a+b+c+d+e+f", ["0.86亿", "0.74亿", "1.12亿", "0.58亿", "1.37亿", "2.18亿"],
  "屏南0。86 + 周宁0.74 + 寿宁1.12 + 柘荣0.58 + 古田1.37 + 其余2.18 (亿元)", "by county", reported=6.85e8, half=0.005e8)
R(C, "rate", X, "2023", "95.0%", "a/b", ["1763", "1856"], "合格1 763份 / 抽检1 856份", "水质达标率")
R(C, "difference", X, "2023", "93份", "a-b", ["1856", "1763"], "1 856份 − 1 763份", "不合格")
R(C, "sum", X, "2023", "兩級", "a", ["2"], "count: 市、縣", "count of the levels named before 兩級", reported=2)
R(C, "sum", X, "2023", "兩級", "a", ["2"], "count: 鄉鎮、村", "count of the levels named before 兩級", reported=2)
R(C, "share", X, "2023", "三分之二", None, [], "6个 / 全市县（市、区）总数 (not printed)",
  "the number of 县（市、区） is not printed (5 named + 其余4个 = 9 implies 6/9); two thirds implies 9", reported=200 / 3)
R(C, "rate", X, "2023", "99.1%", "a/b", ["1415", "1428"], "办结1415件 / 受理1428件", "办结率")


# ======================================================================================================
D = "d_hainan_microcredit_bulletin_2022q3"; X = "海南省"
WZS, LG, BS, BT, QZ = "五指山市", "临高县", "白沙黎族自治县", "保亭黎族苗族自治县", "琼中黎族苗族自治县"
TABLE = {WZS: ("8652", "4315", "1012", "0.42"), LG: ("21438", "10856", "2534", "0.75"), BS: ("18576", "9204", "2167", "0.58"),
         BT: ("15364", "7682", "1803", "0.61"), QZ: ("17925", "8937", "2089", "0.53"), X: ("104445", "52706", "12195", "0.79")}
TOTAL = ("186400", "93700", "21800", "0.68")
table = "\n".join(f"{a}|CNY*1e4|{c}\n{b}|CNY*1e4|{c}\n{h}|household|{c}\n{r}|percent|{c}"
                  for c, (a, b, h, r) in list(TABLE.items()) + [(X, TOTAL)])
quantities(D, X, f"""
18.64亿元|CNY
16.60亿元|CNY
12.3%|percent
9.37亿元|CNY
2.18万户|household
4.30万元|CNY
1934户|household
8.9%|percent
3.12亿元|CNY
7236户|household
4.31万元|CNY
67.85亿元|CNY
15.96万户次|other:户次
15.21万户|household
7.46万户|household
49.0%|percent
5.12亿元|CNY
2.63亿元|CNY
1.62亿元|CNY
7.58亿元|CNY
80.9%|percent
1.21亿元|CNY
0.58亿元|CNY
5842万元|CNY
1268万元|CNY
0.68%|percent
2351万元|CNY
1.26%|percent
0.05个百分点|percentage_point
0.08个百分点|percentage_point
七成左右|percent
3.52亿元|CNY
4786万元|CNY
{table}
超过9000万元|CNY|{LG};{BS}
8.6%|percent|{WZS}
4个|other:county
40%|percent
23笔|other:笔
96.5万元|CNY
5万元以下|CNY
2亿元以上|CNY
""")
R(D, "growth", X, "2022-09 vs 2021-09", "12.3%", "a/b-1", ["18.64亿", "16.60亿"], "18.64亿元 / 16.60亿元 − 1")
R(D, "per_unit", X, "2022-01..2022-09", "4.30万元", "a/b", ["9.37亿", "2.18万"], "9.37亿元 / 2.18万户", "户均")
R(D, "share", X, "2022-01..2022-09", "8.9%", "a/b", ["1934", "2.18万"], "监测户1934户 / 获贷2.18万户")
R(D, "per_unit", X, "2022-07..2022-09", "4.31万元", "a/b", ["3.12亿", "7236"], "3.12亿元 / 7236户", "户均")
R(D, "rate", X, "2022-09", "49.0%", "a/b", ["7.46万", "15.21万"], "获贷7.46万户 / 脱贫户15.21万户", "获贷率")
R(D, "sum", X, "2022-01..2022-09", "9.37亿元", "a+b+c", ["5.12亿", "2.63亿", "1.62亿"], "种植业5.12 + 养殖业2.63 + 二三产业1.62 (亿元)", "by use")
R(D, "share", X, "2022-01..2022-09", "80.9%", "a/b", ["7.58亿", "9.37亿"], "农商银行7.58亿元 / 9.37亿元")
R(D, "sum", X, "2022-01..2022-09", "9.37亿元", "a+b+c", ["7.58亿", "1.21亿", "0.58亿"], "农商银行7.58 + 邮储1.21 + 其他0.58 (亿元)", "by lender")
R(D, "rate", X, "2022-09", "0.68%", "a/b", ["1268万", "18.64亿"], "逾期1268万元 / 余额18.64亿元", "逾期率")
R(D, "rate", X, "2022-09", "1.26%", "a/b", ["2351万", "18.64亿"], "不良2351万元 / 余额18.64亿元", "不良率")
R(D, "difference", X, "2022-09 vs 2022-06", "0.05个百分点", None, [], "0.68% − 二季度末逾期率 (not printed)", "the 二季度末 rate is not printed; implies 0.73%")
R(D, "difference", X, "2022-09 vs 2022-06", "0.08个百分点", None, [], "1.26% − 二季度末不良率 (not printed)", "the 二季度末 rate is not printed; implies 1.18%")
# values in base units, as every relation row: the 万元 columns' cells are 万 yuan each (session 10: the rows
# were in 万元, 186400 for 1864000000 yuan, against the corpus convention)
for col, unit, scale in ((0, "万元", 1e4), (1, "万元", 1e4), (2, "户", 1)):
    comps = [v[col] for v in TABLE.values()]
    R(D, "sum", X, "2022-09", TOTAL[col], "+".join("abcdef"), [c + ("万" if scale > 1 else "") for c in comps],
      " + ".join(comps) + f" ({unit})", "table column, 全省合计", reported=float(TOTAL[col]) * scale, half=0.0)
R(D, "growth", WZS, "2022-01..2022-09 vs 2021", "8.6%", None, [], "4315万元 / 上年同期 (not printed) − 1", "last year's figure not printed; implies a fall from about 4721万元")


# ======================================================================================================
E = "e_ningxia_minning_labor_cooperation_2023"; NX = "宁夏回族自治区;宁夏"; X = "宁夏回族自治区;宁夏;福建省"
FJ = "福建省;宁夏回族自治区"
quantities(E, X, f"""
81.3万人|person|{NX}
30.2万人|person|{NX}
103.4%|percent|{NX}
1.42万人|person
8650人|person
60.9%|percent
6350人|person|固原市;福建省
3280人|person|吴忠市;福建省
2740人|person|中卫市;福建省
1830人|person|银川市;石嘴山市;福建省
3个|other:县区|西吉县;海原县;原州区;固原市
超过1500人|person|西吉县;海原县;原州区;固原市
4120人|person|厦门市;{FJ}
3860人|person|福州市;{FJ}
3350人|person|泉州市;{FJ}
2870人|person|{FJ}
420名|person|{NX}
12个|other:品牌|{NX}
2300余人|person
6列|other:列
152辆|other:辆
8760人|person
5210人|person
3450人|person
2.8万个|other:岗位|{FJ}
5000元以上|CNY|{FJ}
42%|percent|{FJ}
1.16万人|person
81.7%|percent
6.2个百分点|percentage_point
7.46亿元|CNY
5.25万元|CNY
约1.6万元|CNY
11个|other:站点|厦门市;福州市;泉州市;{FJ}
26名|person|厦门市;福州市;泉州市;{FJ}
3200余人次|person_time
87件|other:件
136.8万元|CNY
620人|person|{FJ}
2.1万人次|person_time|{NX}
236个|workshop
1.07万人|person
4380人|person
40.9%|percent
1.26亿元|CNY
0.74亿元|CNY
0.35亿元|CNY
0.17亿元|CNY
2.35万人次|person_time
1.48万人次|person_time
63.0%|percent
8960人|person
1240名|person
超过八成|percent
1.4万人以上|person
230个以上|workshop
""")
R(E, "rate", NX, "2023", "103.4%", None, [], "转移就业 / 年度目标任务 (not printed)", "the target is not printed; on 81.3万人 it implies about 78.6万人")
R(E, "share", X, "2023", "60.9%", "a/b", ["8650", "1.42万"], "脱贫劳动力8650人 / 到福建就业1.42万人")
R(E, "sum", X, "2023", "1.42万人", "a+b+c+d", ["6350", "3280", "2740", "1830"], "固原6350 + 吴忠3280 + 中卫2740 + 银川、石嘴山1830 (人)", "by origin")
R(E, "sum", "西吉县;海原县;原州区", "2023", "3个", "a", ["3"], "count: 西吉县、海原县、原州区", "count of the names before 3个县区", reported=3)
R(E, "sum", X, "2023", "1.42万人", "a+b+c+d", ["4120", "3860", "3350", "2870"], "厦门4120 + 福州3860 + 泉州3350 + 其他2870 (人)", "by destination")
R(E, "sum", X, "2023", "8760人", "a+b", ["5210", "3450"], "专列5210人 + 包车3450人", "deliberate error: 8660", verdict="mismatch")
R(E, "rate", X, "2023", "81.7%", "a/b", ["1.16万", "1.42万"], "稳定就业1.16万人 / 输送1.42万人", "稳岗率")
R(E, "difference", X, "2023 vs 2022", "6.2个百分点", None, [], "81.7% − 上年稳岗率 (not printed)", "last year's rate is not printed; implies 75.5%")
R(E, "per_unit", X, "2023", "5.25万元", "a/b", ["7.46亿", "1.42万"], "劳务收入7.46亿元 / 1.42万人", "人均")
R(E, "difference", X, "2023", "约1.6万元", None, [], "5.25万元 − 区内务工人均收入 (not printed)", "the 区内 income is not printed; implies about 3.65万元", reported=1.6e4)
R(E, "share", X, "2023", "40.9%", "a/b", ["4380", "1.07万"], "脱贫人口4380人 / 吸纳就业1.07万人")
R(E, "sum", X, "2023", "1.26亿元", "a+b+c", ["0.74亿", "0.35亿", "0.17亿"], "车间0.74 + 培训0.35 + 稳岗0.17 (亿元)")
R(E, "share", X, "2023", "63.0%", "a/b", ["1.48万", "2.35万"], "闽宁资金支持1.48万人次 / 培训2.35万人次")


# ======================================================================================================
F = "f_jilin_press_conference_2024"; X = "吉林省"
JL8 = "汪清县;安图县;和龙市;龙井市;靖宇县;通榆县;大安市;镇赉县;吉林省"
quantities(F, X, f"""
14786元|CNY
1770元|CNY
13.6%|percent
8个|other:county|{JL8}
15423元|CNY|{JL8}
8.7%|percent|{JL8}
1.9个百分点|percentage_point|{JL8}
6.8%|percent
2.1万户|household
4.3万人|person
1.52万户|household
72.4%|percent
800余家|enterprise
超过10万户|household
22.6万人|person
20.8万人|person
108.7%|percent
近40亿元|CNY
39.6亿元|CNY
26.8亿元|CNY
9.5亿元|CNY
3.3亿元|CNY
24.7亿元|CNY
62.4%|percent
3.1个百分点|percentage_point
21.3亿元|CNY
5.4%|percent
超过18亿元|CNY|{JL8}
22.6万人|person
5.8万人|person
6.9万人|person
9.9万人|person
3.2万人|person
将近2000人|person
412个|workshop
5800余人|person
4.6万人次|person_time
超过85%|percent
2100多人|person|吉林省;浙江省
5500元左右|CNY|吉林省;浙江省
2000元以上|CNY
""")
R(F, "growth", X, "2023 vs 2022", "13.6%", "a/(a-b)-1", ["14786元", "1770元"], "14786元 / (14786元 − 1770元) − 1", "上年 = 14786 − 1770 = 13016元")
R(F, "sum", JL8, "2023", "8个", "a", ["8"], "count: 汪清县、安图县、和龙市、龙井市、靖宇县、通榆县、大安市、镇赉县", "count of the counties named after 8个", reported=8)
R(F, "difference", JL8, "2023", "1.9个百分点", "a-b", ["8.7%", "6.8%"], "8.7% − 6.8%")
R(F, "rate", X, "2023", "72.4%", "a/b", ["1.52万", "2.1万"], "已消除风险1.52万户 / 监测对象2.1万户", "风险消除率")
R(F, "rate", X, "2023", "108.7%", "a/b", ["22.6万", "20.8万"], "务工就业22.6万人 / 目标20.8万人", "完成目标任务")
R(F, "sum", X, "2023", "39.6亿元", "a+b+c", ["26.8亿", "9.5亿", "3.3亿"], "中央26.8 + 省级9.5 + 市县3.3 (亿元)")
R(F, "share", X, "2023", "62.4%", "a/b", ["24.7亿", "39.6亿"], "产业发展24.7亿元 / 39.6亿元")
R(F, "difference", X, "2023 vs 2022", "3.1个百分点", None, [], "62.4% − 上年产业占比 (not printed)", "last year's share is not printed; implies 59.3%")
R(F, "growth", X, "2024 vs 2023", "5.4%", None, [], "21.3亿元 / 上年同期提前下达 (not printed) − 1", "last year's figure is not printed; implies about 20.2亿元")
R(F, "sum", X, "2023", "22.6万人", "a+b+c", ["5.8万", "6.9万", "9.9万"], "省外5.8 + 省内县外6.9 + 县内9.9 (万人)")
R(F, "difference", X, "2023 vs 2022", "将近2000人", None, [], "3.2万人 − 上年 (not printed)", "last year's figure is not printed; implies about 3.0万人", reported=2000)

GOLD.write_relations()
