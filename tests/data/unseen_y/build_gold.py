"""Gold of tests/data/unseen_y (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Three figures are deliberately wrong, and the rest agree:
- a (梅州): 产业发展类 安排资金9.87亿元 "占帮扶资金总额的42.5%"; 9.87/24.36 is 40.5% (a share).
- c (于都): 村级集体经济总收入4862万元 against 经营性2915 + 财政补助1206 + 其他651 = 4772万元 (a total).
- f (齐齐哈尔): 拜泉县 风险消除率62.6%; 871户/1462户 is 59.6% (a rate).
Left out by the corpus conventions: targets (2023/2024 目标), shares whose numerator is not printed (a 五华县
完工率93.5%, 18.6%; f 覆盖率100%, 38.6%), programme names (三支一扶, 三项工程, 一县一策, 一对一, 多对一, 百县百品,
两委), durations (三年, 两年, 15天, 十分钟), ordinals (第二十四个年头, 第十批, 第二季度) and document numbers (第47号).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"两级": 2, "兩個": 2, "四縣": 4}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_meizhou_zhuzhen_bangzhen_summary_2022"; X = "梅州市"
WH, PY, JL = "五华县", "平远县", "蕉岭县"
quantities(A, X, f"""
104个|other:township
2022个|village
281个|village
104支|village_work_team
1236名|person
428名|person
516名|person
292名|person
186个|other:unit|梅州市;深圳市;广州市
24.36亿元|CNY
20.8亿元|CNY
2.46亿元|CNY
1.1亿元|CNY
2000万元|CNY
21.05亿元|CNY
86.4%|percent
3.2个百分点|percentage_point
3862个|project
3517个|project
91.1%|percent
1426个|project
36.9%|percent
9.87亿元|CNY
42.5%|percent
1694个|project
8.52亿元|CNY
742个|project
5.97亿元|CNY
2022个|village
超过5万元|CNY
10万元以上|CNY
1862个|village
92.1%|percent
281个|village
28.6万元|CNY
12.6%|percent
16个|other:township|{WH}
3.92亿元|CNY|{WH}
618个|project|{WH}
93.5%|percent|{WH}
12个|other:township|{PY}
2.87亿元|CNY|{PY}
436个|project|{PY}
405个|project|{PY}
8个|other:township|{JL}
1.95亿元|CNY|{JL}
298个|project|{JL}
281个|project|{JL}
94.3%|percent|{JL}
12个|other:township
86个|village
15862元|CNY
11.4%|percent
5.2个百分点|percentage_point
20876元|CNY
6.2%|percent
1873户|household
5106人|person
1261户|household
67.3%|percent
3.26万人次|person_time
6.58万人|person
5.12万人|person
1.46万人|person
4.38亿元|CNY|梅州市;深圳市;广州市
0.67亿元|CNY|梅州市;深圳市;广州市
214个|project
1.36亿元|CNY
两级|other:level
18.6%|percent
2000万元|CNY
95%以上|percent
10个|other:township
60个|village
10万元以上|CNY
95%以上|percent
""")
R(A, "sum", X, "2022", "1236名", "a+b+c", ["428", "516", "292"], "党政机关干部428名 + 专业人才516名 + 三支一扶和志愿者292名")
R(A, "sum", X, "2022", "24.36亿元", "a+b+c", ["20.8亿", "2.46亿", "1.1亿"], "省级20.8亿元 + 市县2.46亿元 + 社会1.1亿元", "by source")
R(A, "per_unit", X, "2022", "2000万元", "a/b", ["20.8亿", "104"], "省级财政资金20.8亿元 / 乡镇104个", "每镇每年")
R(A, "rate", X, "2022-12", "86.4%", "a/b", ["21.05亿", "24.36亿"], "支出21.05亿元 / 落实24.36亿元", "支出率")
R(A, "difference", X, "2022-12", "3.2个百分点", None, [], "86.4% − 全省平均支出率 (not printed)", "implies 全省 83.2%")
R(A, "rate", X, "2022", "91.1%", "a/b", ["3517", "3862"], "已完工3517个 / 项目3862个", "完工率")
R(A, "share", X, "2022", "36.9%", "a/b", ["1426", "3862"], "产业发展类1426个 / 项目3862个")
R(A, "share", X, "2022", "42.5%", "a/b", ["9.87亿", "24.36亿"], "产业发展类9.87亿元 / 帮扶资金24.36亿元",
  "deliberate error: 40.5%", verdict="mismatch")
R(A, "sum", X, "2022", "3862个", "a+b+c", ["1426", "1694", "742"], "产业1426个 + 人居环境和基础设施1694个 + 公共服务742个")
R(A, "sum", X, "2022", "24.36亿元", "a+b+c", ["9.87亿", "8.52亿", "5.97亿"], "产业9.87亿元 + 人居环境8.52亿元 + 公共服务5.97亿元", "by use")
R(A, "share", X, "2022", "92.1%", "a/b", ["1862", "2022"], "10万元以上1862个 / 行政村2022个")
R(A, "growth", X, "2022", "12.6%", None, [], "28.6万元 / 上年村均收入 (not printed) − 1", "implies about 25.4万元")
R(A, "rate", JL, "2022", "94.3%", "a/b", ["281", "298"], "已完工281个 / 项目298个", "完工率")
R(A, "growth", X, "2022", "11.4%", None, [], "15862元 / 上年收入 (not printed) − 1", "implies about 14239元")
R(A, "difference", X, "2022", "5.2个百分点", "a-b", ["11.4%", "6.2%"], "增幅11.4% − 6.2%")
R(A, "growth", X, "2022", "6.2%", None, [], "20876元 / 上年收入 (not printed) − 1", "implies about 19657元")
R(A, "share", X, "2022", "67.3%", "a/b", ["1261", "1873"], "消除风险1261户 / 监测对象1873户")
R(A, "sum", X, "2022", "6.58万人", "a+b", ["5.12万", "1.46万"], "省内5.12万人 + 县内1.46万人")
R(A, "difference", "梅州市;深圳市;广州市", "2022", "0.67亿元", None, [], "4.38亿元 − 上年采购额 (not printed)", "implies 3.71亿元")


# ======================================================================================================
B = "b_zhejiang_shanhai_enclave_report_2023"; X = "浙江省"; S = "山区26县;浙江省"
KH, JN, KC = "开化县;海宁市", "景宁畲族自治县;景宁县;鄞州区", "柯城区;萧山区"
quantities(B, X, f"""
50个|other:county
32对|other:pair
20对|other:pair
12对|other:pair
42.6亿元|CNY|{S}
5.8亿元|CNY|{S}
15.8%|percent|{S}
16.84亿元|CNY|{S}
528个|project|{S}
1286.5亿元|CNY|{S}
412个|project|{S}
78.0%|percent|{S}
110个|other:飞地
18个|other:飞地
29个|other:飞地
63个|other:飞地
386.4亿元|CNY
142家|enterprise
24.7亿元|CNY
8.62亿元|CNY|{S}
34.9%|percent
683家|enterprise
96个|project|{S}
7.9家|enterprise
23.6家|enterprise
63个|other:飞地
2.36亿元|CNY|{S}
2.06亿元|CNY|{S}
14.6%|percent|{S}
3128个|village|{S}
7.5万元|CNY|{S}
1260万元|CNY|{KH}
255个|village|{KH}
4.9万元|CNY|{KH}
1080万元|CNY|{JN}
20.0%|percent|{JN}
216个|village|{JN}
986万元|CNY|{KC}
179个|village|{KC}
5.5万元|CNY|{KC}
148个|other:站点|{S}
4.62万人|person|{S}
1.08万人|person|{S}
23.4%|percent|{S}
52.8亿元|CNY|{S}
64个|other:示范点
300万元|CNY
1.92亿元|CNY
9271亿元|CNY|{S}
6.9%|percent|{S}
0.9个百分点|percentage_point|{S}
686.3亿元|CNY|{S}
8.2%|percent|{S}
31476元|CNY|{S}
8.3%|percent|{S}
0.7个百分点|percentage_point|{S}
40311元|CNY
7.6%|percent
0.781|other:ratio|{S}
0.006|other:ratio|{S}
26个|other:county|{S}
7个|other:county|{S}
4个|other:飞地
5个|other:飞地
突破2.6亿元|CNY|{S}
""")
R(B, "sum", X, "2023", "32对", "a+b", ["20", "12"], "一对一20对 + 多对一12对")
R(B, "growth", S, "2023", "15.8%", "a/(b-a)", ["5.8亿", "42.6亿"], "增加5.8亿元 / (42.6亿元 − 5.8亿元)")
R(B, "share", S, "2023", "78.0%", "a/b", ["412", "528"], "千万元以上412个 / 项目528个")
R(B, "sum", X, "2023", "110个", "a+b+c", ["18", "29", "63"], "产业飞地18个 + 科创飞地29个 + 消薄飞地63个")
R(B, "share", X, "2023", "34.9%", "a/b", ["8.62亿", "24.7亿"], "返还8.62亿元 / 税收24.7亿元", "返还比例")
R(B, "per_unit", X, "2023", "7.9家", "a/b", ["142", "18"], "入驻企业142家 / 产业飞地18个")
R(B, "per_unit", X, "2023", "23.6家", "a/b", ["683", "29"], "入驻683家 / 科创飞地29个")
R(B, "growth", S, "2023", "14.6%", "a/b-1", ["2.36亿", "2.06亿"], "2.36亿元 / 2.06亿元 − 1")
R(B, "per_unit", S, "2023", "7.5万元", "a/b", ["2.36亿", "3128"], "返利2.36亿元 / 村3128个", "村均")
R(B, "per_unit", KH, "2023", "4.9万元", "a/b", ["1260万", "255"], "返利1260万元 / 村255个", "村均")
R(B, "growth", JN, "2023", "20.0%", None, [], "1080万元 / 上年返利 (not printed) − 1", "implies 900万元")
R(B, "per_unit", KC, "2023", "5.5万元", "a/b", ["986万", "179"], "返利986万元 / 村179个", "村均")
R(B, "share", S, "2023", "23.4%", "a/b", ["1.08万", "4.62万"], "低收入农户1.08万人 / 就业4.62万人")
R(B, "sum", X, "2023", "1.92亿元", "a*b", ["64", "300万"], "示范点64个 × 每个300万元", "共计")
R(B, "growth", S, "2023", "6.9%", None, [], "9271亿元 / 上年 (not printed) − 1", "implies about 8672亿元")
R(B, "difference", S, "2023", "0.9个百分点", None, [], "6.9% − 全省增速 (not printed)", "implies 全省 6.0%")
R(B, "growth", S, "2023", "8.2%", None, [], "686.3亿元 / 上年 (not printed) − 1", "implies about 634.3亿元")
R(B, "growth", S, "2023", "8.3%", None, [], "31476元 / 上年 (not printed) − 1", "implies about 29064元")
R(B, "difference", S, "2023", "0.7个百分点", "a-b", ["8.3%", "7.6%"], "山区26县8.3% − 全省7.6%")
R(B, "growth", X, "2023", "7.6%", None, [], "40311元 / 上年 (not printed) − 1", "implies about 37464元")
R(B, "share", S, "2023", "0.781", "a/b", ["31476元", "40311元"], "31476元 / 40311元", "收入之比", reported=0.781, half=0.0005)
R(B, "difference", S, "2023", "0.006", None, [], "0.781 − 上年之比 (not printed)", "implies 0.775", reported=0.006)


# ======================================================================================================
C = "c_yudu_cppcc_proposal_reply_2023"; X = "于都县"
TT, XW = "潭头村;梓山镇;于都县", "谢屋村;岭背镇;于都县"
quantities(C, X, f"""
5万元以下|CNY
247个|village
360个|village
4862万元|CNY
13.5万元|CNY
18.7%|percent
2915万元|CNY
1206万元|CNY
651万元|CNY
5万元以下|CNY
0个|village
5万元|CNY
10万元|CNY
128个|village
35.6%|percent
10万元|CNY
50万元|CNY
192个|village
53.3%|percent
50万元以上|CNY
40个|village
11.1%|percent
10万元以上|CNY
232个|village
64.4%|percent
9.7个百分点|percentage_point
318座|power_station
2.86万千瓦|other:kw
1438万元|CNY
29.6%|percent
562处|site
523万元|CNY
86个|other:合作社
214个|project
186万元|CNY
86.5万元|CNY|{TT}
32.4万元|CNY|{TT}
1.7倍|other:倍|{TT}
126人|person|{XW}
12万元|CNY|{XW}
15个|village
5万元|CNY
103个|village
28.6%|percent
50万元以上|CNY
40个|village
45岁|other:岁
1126人|person
38.2%|percent
3000万元|CNY
800万元|CNY
36.4%|percent
100个|village
30万元|CNY
10万元以上|CNY
260个以上|village
超过72%|percent
50万元以上|CNY
50个|village
600人次以上|person_time
不低于30%|percent
不少于500万元|CNY
5000万元以上|CNY
""")
R(C, "per_unit", X, "2022", "13.5万元", "a/b", ["4862万", "360"], "总收入4862万元 / 行政村360个", "村均")
R(C, "growth", X, "2022", "18.7%", None, [], "4862万元 / 上年总收入 (not printed) − 1", "implies about 4096万元")
R(C, "sum", X, "2022", "4862万元", "a+b+c", ["2915万", "1206万", "651万"], "经营性2915万元 + 财政补助1206万元 + 其他651万元",
  "deliberate error: the parts add to 4772万元", verdict="mismatch")
R(C, "share", X, "2022", "35.6%", "a/b", ["128", "360"], "5万至10万元128个 / 行政村360个")
R(C, "share", X, "2022", "53.3%", "a/b", ["192", "360"], "10万至50万元192个 / 行政村360个")
R(C, "share", X, "2022", "11.1%", "a/b", ["40", "360"], "50万元以上40个 / 行政村360个")
R(C, "sum", X, "2022", "360个", "a+b+c+d", ["0", "128", "192", "40"], "0 + 128 + 192 + 40 (个)", "by income band")
R(C, "sum", X, "2022", "232个", "a+b", ["192", "40"], "10万至50万元192个 + 50万元以上40个")
R(C, "share", X, "2022", "64.4%", "a/b", ["232", "360"], "10万元以上232个 / 行政村360个")
R(C, "difference", X, "2022", "9.7个百分点", None, [], "64.4% − 上年占比 (not printed)", "implies 54.7%")
R(C, "share", X, "2022", "29.6%", "a/b", ["1438万", "4862万"], "光伏收益1438万元 / 总收入4862万元")
R(C, "growth", TT, "2020..2022", "1.7倍", "a/b-1", ["86.5万", "32.4万"], "86.5万元 / 32.4万元 − 1", "增长1.7倍", reported=1.7, half=0.05)
R(C, "share", X, "2022", "28.6%", "a/b", ["103", "360"], "经营性收入不足5万元103个 / 行政村360个")
R(C, "share", X, "2023", "38.2%", None, [], "45岁以下1126人 / 村两委干部总数 (not printed)", "implies about 2948人")
R(C, "growth", X, "2023", "36.4%", "a/(b-a)", ["800万", "3000万"], "增加800万元 / (3000万元 − 800万元)")
R(C, "per_unit", X, "2023", "30万元", "a/b", ["3000万", "100"], "专项资金3000万元 / 村100个", "每村平均")


# ======================================================================================================
D = "d_shanxi_rural_revitalization_bureau_final_accounts_2022"; X = "山西省"
TABLE = [("1268.40", "1302.16", "1296.85", "99.6%"), ("486.00", "612.30", "598.72", "97.8%"),
         ("842.60", "856.94", "851.03", "99.3%"), ("3023.00", "3268.50", "3265.87", "99.9%"),
         ("5620.00", "6039.90", "6012.47", "99.5%")]
table_spec = "\n".join(f"{a}|CNY*1e4\n{b}|CNY*1e4\n{c}|CNY*1e4\n{r}|percent" for a, b, c, r in TABLE)
quantities(D, X, f"""
9个|other:机构
2个|other:事业单位
126名|person
118人|person
72人|person
46人|person
53人|person
6842.37万元|CNY
6218.52万元|CNY
623.85万元|CNY
6105.20万元|CNY
98.2%|percent
113.32万元|CNY
1.8%|percent
6842.37万元|CNY
6301.64万元|CNY
540.73万元|CNY
2436.18万元|CNY
38.7%|percent
3865.46万元|CNY
61.3%|percent
428.35万元|CNY
7.3%|percent
5620.00万元|CNY
419.90万元|CNY
6039.90万元|CNY
6012.47万元|CNY
107.0%|percent
99.5%|percent
{table_spec}
97.8%|percent
3265.87万元|CNY
54.3%|percent
2398.46万元|CNY
2016.72万元|CNY
381.74万元|CNY
46.80万元|CNY
38.52万元|CNY
82.3%|percent
0万元|CNY
8.16万元|CNY
30.36万元|CNY
0万元|CNY
30.36万元|CNY
5.24万元|CNY
12.0%|percent
8辆|other:vehicle
381.74万元|CNY
27.65万元|CNY
6.8%|percent
682.15万元|CNY
126.40万元|CNY
555.75万元|CNY
513.36万元|CNY
75.3%|percent
""")
R(D, "sum", X, "2022", "118人", "a+b", ["72", "46"], "行政人员72人 + 事业人员46人")
R(D, "sum", X, "2022", "6842.37万元", "a+b", ["6218.52万", "623.85万"], "本年收入6218.52万元 + 年初结转和结余623.85万元", "收入总计")
R(D, "sum", X, "2022", "6218.52万元", "a+b", ["6105.20万", "113.32万"], "财政拨款收入6105.20万元 + 其他收入113.32万元")
R(D, "share", X, "2022", "98.2%", "a/b", ["6105.20万", "6218.52万"], "财政拨款6105.20万元 / 本年收入6218.52万元")
R(D, "share", X, "2022", "1.8%", "a/b", ["113.32万", "6218.52万"], "其他收入113.32万元 / 本年收入6218.52万元")
R(D, "sum", X, "2022", "6842.37万元", "a+b", ["6301.64万", "540.73万"], "本年支出6301.64万元 + 年末结转和结余540.73万元", "支出总计")
R(D, "sum", X, "2022", "6301.64万元", "a+b", ["2436.18万", "3865.46万"], "基本支出2436.18万元 + 项目支出3865.46万元")
R(D, "share", X, "2022", "38.7%", "a/b", ["2436.18万", "6301.64万"], "基本支出2436.18万元 / 本年支出6301.64万元")
R(D, "share", X, "2022", "61.3%", "a/b", ["3865.46万", "6301.64万"], "项目支出3865.46万元 / 本年支出6301.64万元")
R(D, "growth", X, "2022", "7.3%", "a/(b-a)", ["428.35万", "6301.64万"], "增加428.35万元 / (6301.64万元 − 428.35万元)")
R(D, "sum", X, "2022", "6039.90万元", "a+b", ["5620.00万", "419.90万"], "年初预算5620.00万元 + 调整增加419.90万元", "调整后预算")
R(D, "rate", X, "2022", "107.0%", "a/b", ["6012.47万", "5620.00万"], "决算6012.47万元 / 年初预算5620.00万元", "完成年初预算")
R(D, "rate", X, "2022", "99.5%", "a/b", ["6012.47万", "6039.90万"], "决算6012.47万元 / 调整后预算6039.90万元", "完成调整后预算")
for a, b, c, r in TABLE[:4]:
    R(D, "rate", X, "2022", r, "a/b", [c + "万", b + "万"], f"决算{c} / 调整后预算{b} (万元, table)", "完成率")
for col, name in ((0, "年初预算"), (1, "调整后预算"), (2, "决算数")):
    parts = [row[col] for row in TABLE[:4]]
    R(D, "sum", X, "2022", TABLE[4][col] + "万", "a+b+c+d", [p + "万" for p in parts],
      " + ".join(parts) + f" (万元, table {name})", "合计", bare=TABLE[4][col])
R(D, "share", X, "2022", "54.3%", "a/b", ["3265.87万", "6012.47万"], "其他巩固脱贫支出3265.87万元 / 财政拨款支出6012.47万元")
R(D, "sum", X, "2022", "2398.46万元", "a+b", ["2016.72万", "381.74万"], "人员经费2016.72万元 + 公用经费381.74万元")
R(D, "rate", X, "2022", "82.3%", "a/b", ["38.52万", "46.80万"], "三公决算38.52万元 / 预算46.80万元", "完成预算")
R(D, "sum", X, "2022", "38.52万元", "a+b+c", ["0万", "8.16万", "30.36万"], "因公出国0万元 + 公务接待8.16万元 + 公务用车30.36万元")
R(D, "growth", X, "2022", "12.0%", "a/(a+b)", ["5.24万", "38.52万"], "减少5.24万元 / (38.52万元 + 5.24万元)", "下降")
R(D, "growth", X, "2022", "6.8%", "a/(a+b)", ["27.65万", "381.74万"], "减少27.65万元 / (381.74万元 + 27.65万元)", "下降")
R(D, "sum", X, "2022", "682.15万元", "a+b", ["126.40万", "555.75万"], "货物126.40万元 + 服务555.75万元")
R(D, "share", X, "2022", "75.3%", "a/b", ["513.36万", "682.15万"], "中小企业513.36万元 / 采购682.15万元")


# ======================================================================================================
E = "e_wenweipo_shanghai_kashgar_aid_2021"; X = "喀什地区;上海市"
SC, YC, BC, ZP = "莎车县;上海市", "叶城县;上海市", "巴楚县;上海市", "泽普县;上海市"
quantities(E, X, f"""
四縣|other:county
23.6億元|CNY
312個|project
18.9億元|CNY
80.1%|percent
7.82億元|CNY|{SC}
33.1%|percent|{SC}
5.46億元|CNY|{YC}
5.13億元|CNY|{BC}
3.87億元|CNY|{ZP}
1.32億元|CNY
3.86萬人|person
2.1萬人|person
54.4%|percent
兩個|other:county|莎车县;叶城县;上海市
46家|enterprise|莎车县;叶城县;上海市
1.28萬人|person|莎车县;叶城县;上海市
2600元以上|CNY|莎车县;叶城县;上海市
38.6億元|CNY
31.8億元|CNY
21.4%|percent
58家|enterprise
26.4億元|CNY
3.2萬畝|mu|{BC}
1500元以上|CNY|{BC}
4860座|other:大棚|{ZP}
1.6萬户|household|{ZP}
4200元|CNY|{ZP}
12畝|mu|琼库尔恰克乡;{BC}
6萬多元|CNY|琼库尔恰克乡;{BC}
3.5億元|CNY|喀什经济开发区;喀什地区
2300人|person|喀什经济开发区;喀什地区
1380人|person|喀什经济开发区;喀什地区
60.0%|percent|喀什经济开发区;喀什地区
176名|person
138名|person
96.3%|percent|喀什地区;上海市
2.1個百分點|percentage_point|喀什地区;上海市
84項|item|{SC}
528名|person
1260節|other:节
27所|school
1.45萬個|other:学位
146個|other:卫生院
4200套|housing_unit
2萬元|CNY
8400萬元|CNY
45.2億元|CNY
21.6億元|CNY
23.6億元|CNY
近600個|project
59.2萬人|person
683個|village
9856元|CNY
12.6%|percent
1.8個百分點|percentage_point
1028名|person
314名|person
714名|person
80%以上|percent
""")
R(E, "share", X, "2021", "80.1%", "a/b", ["18.9亿", "23.6亿"], "基层18.9億元 / 援疆资金23.6億元")
R(E, "share", SC, "2021", "33.1%", "a/b", ["7.82亿", "23.6亿"], "莎车县7.82億元 / 援疆资金23.6億元")
R(E, "sum", X, "2021", "23.6亿元", "a+b+c+d+e", ["7.82亿", "5.46亿", "5.13亿", "3.87亿", "1.32亿"],
  "莎车7.82 + 叶城5.46 + 巴楚5.13 + 泽普3.87 + 地区本级1.32 (億元)", bare="23.6億元")
R(E, "share", X, "2021", "54.4%", "a/b", ["2.1万", "3.86万"], "脱贫人口2.1萬人 / 转移就业3.86萬人")
R(E, "growth", X, "2021", "21.4%", "a/b-1", ["38.6亿", "31.8亿"], "38.6億元 / 31.8億元 − 1")
R(E, "share", "喀什经济开发区;喀什地区", "2021", "60.0%", "a/b", ["1380", "2300"], "脱贫家庭劳动力1380人 / 就业2300人")
R(E, "difference", X, "2021", "2.1个百分点", None, [], "96.3% − 上年上线率 (not printed)", "implies 94.2%", bare="2.1個百分點")
R(E, "sum", X, "2021", "8400万元", "a*b", ["4200", "2万"], "安居房4200套 × 每套2萬元", "共计", bare="8400萬元")
R(E, "sum", X, "2020..2021", "45.2亿元", "a+b", ["21.6亿", "23.6亿"], "2020年21.6億元 + 2021年23.6億元", bare="45.2億元")
R(E, "growth", X, "2021-Q3", "12.6%", None, [], "9856元 / 上年同期 (not printed) − 1", "implies about 8753元")
R(E, "difference", X, "2021-Q3", "1.8个百分点", None, [], "12.6% − 全疆增速 (not printed)", "implies 全疆 10.8%", bare="1.8個百分點")
R(E, "sum", X, "2021", "1028名", "a+b", ["314", "714"], "干部314名 + 专业技术人才714名")


# ======================================================================================================
F = "f_qiqihar_monitoring_quarterly_bulletin_2024"; X = "齐齐哈尔市"
COUNTIES = {"泰来县": ("1286户", "2803人", "842户", "65.5%"), "甘南县": ("1034户", "2247人", "598户", "57.8%"),
            "拜泉县": ("1462户", "3185人", "871户", "62.6%"), "克东县": ("786户", "1702人", "513户", "65.3%"),
            "富裕县": ("942户", "2056人", "571户", None), "龙江县": ("1318户", "2893人", "824户", None)}
lines = []
for c, (h, p, x, r) in COUNTIES.items():
    lines += [f"{h}|household|{c}", f"{p}|person|{c}", f"{x}|household|{c}"] + ([f"{r}|percent|{c}"] if r else [])
    if c == "甘南县":
        lines.append(f"3.7个百分点|percentage_point|{c}")
county_spec = "\n".join(lines)
quantities(F, X, f"""
8642户|household
18915人|person
3126户|household
6873人|person
2734户|household
5912人|person
2782户|household
6130人|person
412户|household
906人|person
2.2人|person
188户|household
76户|household
41户|household
107户|household
5318户|household
11426人|person
61.5%|percent
60.4%|percent
3324户|household
7489人|person
634户|household
1387人|person
6个|other:county
6828户|household
14886人|person
79.0%|percent
4219户|household
61.8%|percent
{county_spec}
100%|percent
超过65%|percent|泰来县;克东县
6128户|household
4215人|person
1036人|person
2873户|household
5316人|person
412户|household
436人|person
11286元|CNY
9.8%|percent
3.1个百分点|percentage_point
100%|percent
8642户|household
3862人次|person_time
682.5万元|CNY
76户|household
43户|household
1286.4万元|CNY
2137户|household
6020元|CNY
4862万元|CNY
1124户|household
6个|other:county
2个|other:county
38.6%|percent
2368户|household
71.2%|percent
65%以上|percent
""")
R(F, "sum", X, "2024-06", "8642户", "a+b+c", ["3126", "2734", "2782"], "脱贫不稳定户3126户 + 边缘易致贫户2734户 + 突发严重困难户2782户")
R(F, "sum", X, "2024-06", "18915人", "a+b+c", ["6873", "5912", "6130"], "6873人 + 5912人 + 6130人")
R(F, "per_unit", X, "2024-Q2", "2.2人", "a/b", ["906", "412"], "新识别906人 / 412户", "户均")
R(F, "sum", X, "2024-Q2", "412户", "a+b+c+d", ["188", "76", "41", "107"], "因病188户 + 因灾76户 + 因意外41户 + 因就业不稳107户")
R(F, "rate", X, "2024-06", "61.5%", "a/b", ["5318", "8642"], "消除风险5318户 / 监测对象8642户", "户数风险消除率")
R(F, "rate", X, "2024-06", "60.4%", "a/b", ["11426", "18915"], "消除风险11426人 / 监测对象18915人", "人数风险消除率")
R(F, "difference", X, "2024-06", "3324户", "a-b", ["8642", "5318"], "8642户 − 5318户", "未消除风险")
R(F, "difference", X, "2024-06", "7489人", "a-b", ["18915", "11426"], "18915人 − 11426人", "未消除风险")
R(F, "share", X, "2024-06", "79.0%", "a/b", ["6828", "8642"], "6个县6828户 / 全市8642户")
R(F, "rate", X, "2024-06", "61.8%", "a/b", ["4219", "6828"], "6个县消除4219户 / 6828户", "风险消除率")
for i, (col, unit) in enumerate(((0, "户"), (1, "人"), (2, "户"))):
    parts = [v[col] for v in COUNTIES.values()]
    total = ("6828户", "14886人", "4219户")[i]
    R(F, "sum", X, "2024-06", total, "a+b+c+d+e+f", [p[:-1] for p in parts], " + ".join(parts), "by county")
for c, (h, p, x, r) in COUNTIES.items():
    if r:
        R(F, "rate", c, "2024-06", r, "a/b", [x[:-1], h[:-1]], f"消除风险{x} / 监测对象{h}", "风险消除率" +
          ("; deliberate error: 59.6%" if c == "拜泉县" else ""), verdict="mismatch" if c == "拜泉县" else None)
R(F, "difference", "甘南县", "2024-06", "3.7个百分点", "a-b", ["61.5%", "57.8%"], "全市61.5% − 甘南县57.8%")
R(F, "growth", X, "2024-06", "9.8%", None, [], "11286元 / 上年同期 (not printed) − 1", "implies about 10279元")
R(F, "difference", X, "2024-06", "3.1个百分点", None, [], "9.8% − 全市农村居民收入增速 (not printed)", "implies 6.7%")
R(F, "per_unit", X, "2024-Q2", "6020元", "a/b", ["1286.4万", "2137"], "理赔金1286.4万元 / 2137户", "户均")
R(F, "share", X, "2024-06", "71.2%", "a/b", ["2368", "3324"], "依赖转移性收入2368户 / 未消除风险3324户")


# ------------------------------------------------------------------------------------------------------
GOLD.write_relations()
