"""Gold of tests/data/unseen_ar (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six institutional genres in provinces the sets had little of: a 民政部 annual report on its 中央单位定点帮扶 of 莲花县 and
遂川县 (江西; a tab table of the six 责任书 indicators: 年度目标 | 完成值 | 其中：莲花县 | 遂川县 | 完成率（%） under
单位：万元、人次, i.e. money and 人次 rows mixed; 高洲乡高滩村 figures), b 黑龙江 新闻发布会 文字实录 (主持人, 局长/副厅长/
县长 turns, 记者（outlet）questions, 一是…四是, 二十个 spoken; 泰来县 and 江桥蒙古族镇), c 海南 省财政厅 report to the
人大常委会 on 衔接资金 决算 (a table in runs of spaces 预算数 | 决算数 | 完成预算% under 单位：万元 with a 合计 row, 结转结余 by
source, five 脱贫市县 with 黎族苗族自治县 names written short 琼中县/白沙县/保亭县), d 朗县 (西藏 林芝) 绩效自评 report with a
tab 绩效目标表 (一级/二级/三级指标 with merged cells left blank, 年度指标值 ≥40个/≥95%/≤11686万元, 实际完成值, 分值, 得分,
合计), e 新宾满族自治县 (辽宁 抚顺) 年鉴 大事记 (month headings, one-line dated entries 3月12日，…, a page footer ·326·
and running head inside, growths whose base is an earlier entry), f 沂南县 (山东 临沂) 财政局 通知 下达 衔接资金 with a
document number line and an 附件 分配表 in tabs by 乡镇（街道）或部门 (项目名称 | 建设内容及规模 with their own figures |
分配资金, 合计 row) and 资金用途 shares before it.
Regions: the county or the group of counties (a `莲花县;遂川县`, c the five counties for their group figures), a township
or village figure takes its place with its county (`高滩村;高洲乡;莲花县`, `岸堤镇;沂南县`); the 黎族苗族自治县 are given
with their short form (`琼中黎族苗族自治县;琼中县`).

Three figures are deliberately wrong, the rest agree:
  a 民政部 table 引进帮扶资金 完成值2046.8 / 年度目标1500，完成率134.5: 136.5% (a rate);
  c 海南 table 决算数 合计 248362 against 159820 + 58436 + 29106 = 247362 (a total; its 完成预算% 94.8 and the text's
    决算数24.84亿元 restate the printed 合计 and agree with it);
  f 沂南 小型公益性基础设施建设526万元，占26.1%: 526 / 2186 = 24.1% (a share).
After the rules (tests/test_unseen_ar.py), with the gold as corrected below: extraction F1 0.912 (P 0.978, R 0.854), regions
0.974 (301/309), relations 54/76 verified right (54 verified), 2/3 found (a 134.5, c 248362), 0 false alarms; wrong_numbers 0.
Rules: 按人口计算/按户数计算 name the count of a 户/人 pair a rate is taken on, and a pair joined by 、 is one statement (b, e);
a 满分 is no part of a score (d); 金东乡 is a township, not 东乡县 (d); 基金会 counted with 家 is no enterprise (a); a scorecard
row naming no unit under 单位：万元、人次 takes the one its label names (a: 年度目标 and 完成值 read, the six 完成率 checked).
Still missed: the two county columns of a (其中：莲花县 | 遂川县) and their six sums, c's space-aligned 决算 table (its
deliberate 合计, three 完成预算%, three 结转结余 differences, the 中央 breakdown), d's bare 分值/得分 columns, f's 建设内容 counts
read as projects (大棚12个, 冷库2座: project), b's 泰来县县长 turn left to 黑龙江省, a's 中国社会福利基金会 read as the country,
growths whose base is an earlier 大事记 entry (e 6.3%, 11.4%) and a share whose parts come in a later turn (b 62.2%).
Gold corrections after first contact: a's figures of the two counties together were first given `莲花县;遂川县`; they
now read `莲花县;遂川县;江西省`, as unseen_ak d gives its two counties' figures (`阜南县;霍邱县;安徽省`): the province is the
smallest place holding both.
Left out of the quantities: dates, datelines and the 年鉴 page footer (·326·), document numbers (沂南财农〔2024〕27号,
鲁财农指〔2024〕36号), ordinals (第七届, 第十一次, 第一批/第二批, 二期), list and table numbering (序号 1-16, 一、二、三、 in the
table of c), durations (超过两年), group labels named again without their list (a 两县, used six times after 莲花县、遂川县),
rhetorical counts (b 三件事). In: counts whose items are listed inline (d 6个乡（镇）, c 5个脱贫市县, f 县、乡、村三级, e 等8个乡镇),
thresholds and targets (≥/≤ 年度指标值, 不低于, 不少于, 以上, c 低于90%).
Left out of the relations: targets (a/b/c/d/f 2024 plans, d 年度指标值 except the stated 低0.4个百分点), subsets that are no
breakdown (a 3家基金会412万元 of 666.8万元, e 脱贫劳动力138人 of 526人), averages whose total is not printed (d 亩均产值,
e 户均年增收), one-part identities (d 满意度 10分 = 10, f 就业帮扶148 = row 14), restatements of a table figure (a 785人次 and
512人次, c 94.8% of the 合计 row, d the table's 96.0% and 9.6%).
First contact (base 3ef2b5f, before any rule was written for them), with the gold as first typed:
    extraction F1 0.889 (P 0.974, R 0.818) over 362 gold quantities in 6 files
    region agreement 0.861 (255/296 matched quantities; 0 with no region)
    relations: 38/76 verified right (42 verified), 1/3 real inconsistencies found (c 248362), 5 false alarms
    benchmarks/wrong_numbers.py: 0.
What first contact showed: the tab table of a (money and 人次 rows under 单位：万元、人次, two county columns) and the
space-aligned 决算 table of c are not read (24 + 12 bare figures, so none of their 完成率/完成预算%/合计/结转结余 is checked);
d's 分值/得分 columns (bare 10, 8, 9) are not read, and 产出指标满分50分，得分50分；效益指标满分40分，得分37分… is summed as
one breakdown of 97分 mixing 满分 and 得分 (a false alarm); 按人口计算风险消除率69.1% (b) and 按人数计算风险消除率65.5% (e)
are taken on the 户 figures (two false alarms each: a check and a rate row); f's 建设内容 counts (大棚12个, 冷库2座, 漫水桥2座)
are read as projects; a's figures of the two counties go to 江西省 (the text says 两县) and b's 泰来县县长 turn to 黑龙江省;
朗县 is read as 东乡县 (金东乡 taken for a 东乡 county); growths whose base is an earlier 大事记 entry (e) and a share whose
parts are stated in a later turn (b 62.2%) are not checked.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"二十个": 20, "三级": 3}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


def cannot(art, region, period, raw, text, note="", kind="growth"):
    R(art, kind, region, period, raw, None, [], text, note)


# ======================================================================================================
A = "a_mca_designated_assistance_lianhua_suichuan_2023"; X = "莲花县;遂川县;江西省"; P = "2023"
LH, SC = "莲花县", "遂川县"
GT = "高滩村;高洲乡;莲花县"
TABLE_A = [("直接投入帮扶资金", "1200", "1385", "742", "643", "115.4", "CNY*1e4"),
           ("引进帮扶资金", "1500", "2046.8", "1126.5", "920.3", "134.5", "CNY*1e4"),
           ("培训基层干部", "600", "785", "402", "383", "130.8", "person_time"),
           ("培训乡村振兴带头人和专业技术人员", "400", "512", "268", "244", "128.0", "person_time"),
           ("购买脱贫地区农产品", "300", "386.5", "205.2", "181.3", "128.8", "CNY*1e4"),
           ("帮助销售脱贫地区农产品", "800", "1126.4", "603.8", "522.6", "140.8", "CNY*1e4")]
spec_a = "\n".join(f"{t}|{u}\n{d}|{u}\n{l}|{u}|{LH}\n{s}|{u}|{SC}\n{p}|percent" for _, t, d, l, s, p, u in TABLE_A)
quantities(A, X, f"""
5次|other:次
3次|other:次
21个|other:问题
6项|item
{spec_a}
586万元|CNY
42.3%|percent
12个|other:幸福院|{LH}
3个|other:养老服务中心|{SC}
420张|other:床位
1.86万名|person
2130名|person
612户|household
1843人|person
1268人|person
68.8%|percent
425万元|CNY
4个|other:基地|{LH}
28万羽|other:羽|{LH}
1260户|household|{LH}
3200元|CNY|{LH}
2400亩|mu|{SC}
2个|other:加工厂|{SC}
1850户|household|{SC}
18.6万元|CNY|{GT}
26.4万元|CNY|{GT}
41.9%|percent|{GT}
2名|person
2名|person
16期|other:期
9期|other:期
785人次|person_time
7期|other:期
512人次|person_time
218.6万元|CNY
167.9万元|CNY
386.5万元|CNY
742.6万元|CNY
383.8万元|CNY
1380万元|CNY
666.8万元|CNY
3家|other:基金会
412万元|CNY
不低于1200万元|CNY
不少于1000人次|person_time
""")
for label, t, d, l, s, p, u in TABLE_A:
    mul = "万" if u.startswith("CNY") else ""
    wrong = label == "引进帮扶资金"
    R(A, "rate", X, P, p, "a/b", [d + mul, t + mul], f"{label} 完成值{d} / 年度目标{t}", "完成率 (table)"
      + ("; deliberate error: 2046.8 / 1500 = 136.5%" if wrong else ""), verdict="mismatch" if wrong else "match", pct=True)
for label, t, d, l, s, p, u in TABLE_A:
    mul = "万" if u.startswith("CNY") else ""
    R(A, "sum", X, P, d + ("万元" if mul else ""), "a+b", [l + mul, s + mul], f"{label} 莲花县{l} + 遂川县{s}",
      "完成值 by county (table)", bare=d)
R(A, "share", X, P, "42.3%", "a/b", ["586万", "1385万"], "民生项目586万元 / 直接投入1385万元 (table)")
R(A, "rate", X, P, "68.8%", "a/b", ["1268", "1843"], "已消除风险1268人 / 新识别监测对象1843人", "风险消除率")
R(A, "growth", GT, "2023 vs 2022", "41.9%", "a/b-1", ["26.4万", "18.6万"], "高滩村 村集体经济收入26.4万元 / 上年18.6万元 − 1")
R(A, "sum", X, P, "16期", "a+b", ["9", "7"], "基层干部培训班9期 + 带头人和社工人才培训班7期")
R(A, "sum", X, P, "386.5万元", "a+b", ["218.6万", "167.9万"], "食堂采购218.6万元 + 工会福利采购167.9万元")
R(A, "sum", X, P, "1126.4万元", "a+b", ["742.6万", "383.8万"], "832平台和专馆专柜742.6万元 + 展销活动383.8万元",
  "帮助销售 (the total is the table's 完成值)", bare="1126.4")
R(A, "sum", X, P, "2046.8万元", "a+b", ["1380万", "666.8万"], "企业投资1380万元 + 社会组织捐赠666.8万元",
  "引进帮扶资金 (the total is the table's 完成值)", bare="2046.8")


# ======================================================================================================
B = "b_heilongjiang_press_conference_2024"; X = "黑龙江省"; P = "2023"
TL, JQ = "泰来县", "江桥蒙古族镇;泰来县"
quantities(B, X, f"""
二十个|other:county
16093元|CNY
12.6%|percent
20个|other:county
16852元|CNY
8.1%|percent
0.5个百分点|percentage_point
3.42万户|household
7.16万人|person
2.31万户|household
4.95万人|person
69.1%|percent
1.11万户|household
2.21万人|person
33.8万人|person
31万人|person
109.0%|percent
5.6万人|person
11.9万人|person
16.3万人|person
62.2%|percent
20个|other:county
386家|enterprise
1124个|other:基地
11.7万户|household
82.6亿元|CNY
4.3亿元|CNY
5.5%|percent
58.3亿元|CNY
19.8亿元|CNY
4.5亿元|CNY
51.4亿元|CNY
79.8亿元|CNY
96.6%|percent
4862个|project
4713个|project
96.9%|percent
4.86亿元|CNY|{TL}
3.12亿元|CNY|{TL}
64.2%|percent|{TL}
86万亩|mu|{TL}
12.6万头|head|{TL}
2.1万平方米|other:平方米|{JQ}
480人|person|{JQ}
1.5万元|CNY|{JQ}
15628元|CNY|{TL}
13.4%|percent|{TL}
31万人以上|person
不低于60%|percent
""")
cannot(B, X, "2023 vs 2022", "12.6%", "脱贫人口人均纯收入16093元; 上年 not printed", "implies 上年 about 14292元")
cannot(B, X, "2023 vs 2022", "8.1%", "脱贫县 农村居民人均可支配收入16852元; 上年 not printed", "implies 上年 about 15589元")
cannot(B, X, P, "0.5个百分点", "脱贫县增速8.1% − 全省农村居民收入增速 (not printed)", "implies 全省 7.6%", kind="difference")
R(B, "difference", X, P, "1.11万户", "a-b", ["3.42万", "2.31万"], "监测对象3.42万户 − 已消除风险2.31万户", "其余")
R(B, "difference", X, P, "2.21万人", "a-b", ["7.16万", "4.95万"], "监测对象7.16万人 − 已消除风险4.95万人", "其余")
R(B, "rate", X, P, "69.1%", "a/b", ["4.95万", "7.16万"], "已消除风险4.95万人 / 监测对象7.16万人", "风险消除率 (按人口)")
R(B, "rate", X, P, "109.0%", "a/b", ["33.8万", "31万"], "务工就业33.8万人 / 年度目标31万人", "完成率")
R(B, "sum", X, P, "33.8万人", "a+b+c", ["5.6万", "11.9万", "16.3万"], "省外5.6 + 省内县外11.9 + 县内16.3 (万人)", "by 就业地")
R(B, "share", X, P, "62.2%", "a/b", ["51.4亿", "82.6亿"], "产业发展51.4亿元 / 衔接资金82.6亿元 (stated in a later turn)")
R(B, "growth", X, "2023 vs 2022", "5.5%", "a/(a-b)-1", ["82.6亿", "4.3亿"], "82.6亿元 / (82.6 − 增加4.3) 亿元 − 1")
R(B, "sum", X, P, "82.6亿元", "a+b+c", ["58.3亿", "19.8亿", "4.5亿"], "中央58.3 + 省级19.8 + 市县4.5 (亿元)")
R(B, "rate", X, P, "96.6%", "a/b", ["79.8亿", "82.6亿"], "支出79.8亿元 / 衔接资金82.6亿元", "支出进度")
R(B, "rate", X, P, "96.9%", "a/b", ["4713", "4862"], "完工4713个 / 项目4862个", "完工率")
R(B, "share", TL, P, "64.2%", "a/b", ["3.12亿", "4.86亿"], "泰来县 产业发展3.12亿元 / 衔接资金4.86亿元")
cannot(B, TL, "2023 vs 2022", "13.4%", "泰来县 脱贫人口人均纯收入15628元; 上年 not printed", "implies 上年 about 13781元")


# ======================================================================================================
C = "c_hainan_npc_linkage_funds_final_accounts_2023"; X = "海南省"; P = "2023"
WZS, LG, BS, QZ, BT = "五指山市", "临高县", "白沙黎族自治县;白沙县", "琼中黎族苗族自治县;琼中县", "保亭黎族苗族自治县;保亭县"
FIVE = "五指山市;临高县;白沙黎族自治县;琼中黎族苗族自治县;保亭黎族苗族自治县"
TABLE_C = [("中央衔接资金", "168500", "159820", "94.8"), ("省级衔接资金", "62000", "58436", "94.3"),
           ("市县衔接资金", "31500", "29106", "92.4")]
TOTAL_C = ("合计", "262000", "248362", "94.8")
spec_c = "\n".join(f"{b}|CNY*1e4\n{d}|CNY*1e4\n{p}|percent" for _, b, d, p in TABLE_C + [TOTAL_C])
quantities(C, X, f"""
26.2亿元|CNY
24.69亿元|CNY
6.1%|percent
24.84亿元|CNY
94.8%|percent
{spec_c}
8680万元|CNY
3564万元|CNY
2394万元|CNY
9856万元|CNY
5个|other:county|{FIVE}
10.92亿元|CNY|{FIVE}
41.7%|percent|{FIVE}
2.48亿元|CNY|{QZ}
2.36亿元|CNY|{BS}
2.12亿元|CNY|{WZS}
1.98亿元|CNY|{BT}
1.98亿元|CNY|{LG}
98650万元|CNY
61.7%|percent
40230万元|CNY
9860万元|CNY
11080万元|CNY
42.6万亩|mu|海南省;{FIVE}
1.36万个|other:岗位
1.28万人|person
1862万元|CNY
3.1万人次|person_time
2168个|project
2043个|project
94.2%|percent
18个|other:county
12个|other:county
5个|other:county
1个|other:county
86.4亿元|CNY
21.6亿元|CNY
62.9亿元|CNY
1.9亿元|CNY
16425元|CNY
13.2%|percent
2个|other:county
90%|percent
不低于60%|percent
95%以上|percent
""")
R(C, "growth", X, "2023 vs 2022", "6.1%", "a/b-1", ["26.2亿", "24.69亿"], "预算数26.2亿元 / 上年24.69亿元 − 1")
R(C, "rate", X, P, "94.8%", "a/b", ["24.84亿", "26.2亿"], "决算数24.84亿元 / 预算数26.2亿元",
  "完成预算 (restates the table's 合计 row, whose 248362 is the deliberate error; 94.8 agrees with the printed 合计)")
for label, b, d, p in TABLE_C:
    R(C, "rate", X, P, p, "a/b", [d + "万", b + "万"], f"{label} 决算数{d} / 预算数{b} (万元)", "完成预算% (table)", pct=True)
GOLD.table_sums(C, X, P, [r[:3] for r in TABLE_C + [TOTAL_C]], [("预算数", "万元"), ("决算数", "万元")], "资金来源",
                bad="决算数", bad_note="159820 + 58436 + 29106 = 247362")
for (label, b, d, _), carry in zip(TABLE_C, ("8680", "3564", "2394")):
    R(C, "difference", X, P, carry + "万元", "a-b", [b + "万", d + "万"], f"{label} 预算数{b} − 决算数{d} (万元, table)", "年末结转结余")
R(C, "share", FIVE, P, "41.7%", "a/b", ["10.92亿", "26.2亿"], "5个脱贫市县10.92亿元 / 全省预算数26.2亿元")
R(C, "sum", FIVE, P, "10.92亿元", "a+b+c+d+e", ["2.48亿", "2.36亿", "2.12亿", "1.98亿", "1.98亿"],
  "琼中2.48 + 白沙2.36 + 五指山2.12 + 保亭1.98 + 临高1.98 (亿元)")
R(C, "share", X, P, "61.7%", "a/b", ["98650万", "159820万"], "产业发展98650万元 / 中央衔接资金决算数159820万元 (table)")
R(C, "sum", X, P, "159820万元", "a+b+c+d", ["98650万", "40230万", "9860万", "11080万"],
  "产业发展98650 + 乡村建设40230 + 就业帮扶9860 + 其他11080 (万元)", "中央衔接资金 决算数 (table) by use", bare="159820")
R(C, "rate", X, P, "94.2%", "a/b", ["2043", "2168"], "已完工2043个 / 项目2168个", "完工率")
R(C, "sum", X, P, "18个", "a+b+c", ["12", "5", "1"], "优12 + 良5 + 中1 (个市县)")
R(C, "sum", X, P, "86.4亿元", "a+b+c", ["21.6亿", "62.9亿", "1.9亿"], "经营性21.6 + 公益性62.9 + 到户类1.9 (亿元)")
cannot(C, X, "2023 vs 2022", "13.2%", "脱贫人口人均纯收入16425元; 上年 not printed", "implies 上年 about 14510元")


# ======================================================================================================
D = "d_langxian_performance_self_evaluation_2023"; X = "朗县"; P = "2023"
DG, CK, JD = "洞嘎镇;朗县", "冲康村;仲达镇;朗县", "金东乡;朗县"
TABLE_D = [("≥40个", "42个", "project", "10"), ("≥1000亩", "1200亩", "mu", "10"), ("≥95%", "100%", "percent", "10"),
           ("≥95%", "96.0%", "percent", "10"), ("≤11686万元", "11215.4万元", "CNY", "10"), ("≥1000人", "1286人", "person", "10"),
           ("≥10%", "9.6%", "percent", "8"), ("≥600人", "684人", "person", "10"), ("≥90%", "93.5%", "percent", "9"),
           ("≥90%", "96.8%", "percent", "10")]
spec_d = "\n".join(f"{t}|{u}\n{a}|{u}\n10|other:分\n{s}|other:分" for t, a, u, s in TABLE_D)
quantities(D, X, f"""
11686万元|CNY
8236万元|CNY
2480万元|CNY
620万元|CNY|朗县;林芝市
350万元|CNY
7128万元|CNY
61.0%|percent
42个|project
6个|other:township
40个|project
95.2%|percent
11215.4万元|CNY
96.0%|percent
1286人|person
12860元|CNY
11734元|CNY
9.6%|percent
1200亩|mu|{DG}
4800元|CNY|{DG}
3600亩|mu|{CK}
218户|household|{CK}
2600头|head|{JD}
{spec_d}
100|other:分
97|other:分
97分|other:分
50分|other:分
50分|other:分
40分|other:分
37分|other:分
10分|other:分
10分|other:分
0.4个百分点|percentage_point
93.5%|percent
98%以上|percent
95%以上|percent
""")
R(D, "sum", X, P, "11686万元", "a+b+c+d", ["8236万", "2480万", "620万", "350万"], "中央8236 + 自治区2480 + 市级620 + 县级350 (万元)")
R(D, "share", X, P, "61.0%", "a/b", ["7128万", "11686万"], "产业发展7128万元 / 资金总额11686万元")
R(D, "rate", X, P, "95.2%", "a/b", ["40", "42"], "已完工40个 / 项目42个", "完工率")
R(D, "rate", X, P, "96.0%", "a/b", ["11215.4万", "11686万"], "支出11215.4万元 / 11686万元", "资金支出率")
R(D, "growth", X, "2023 vs 2022", "9.6%", "a/b-1", ["12860元", "11734元"], "12860元 / 上年11734元 − 1")
R(D, "sum", X, P, "100", "+".join("abcdefghij"), ["10"] * 10, " + ".join(["10"] * 10) + " (分)", "分值, table 合计", reported=100)
R(D, "sum", X, P, "97", "+".join("abcdefghij"), [s for *_, s in TABLE_D], " + ".join(s for *_, s in TABLE_D) + " (分)",
  "得分, table 合计", reported=97)
R(D, "sum", X, P, "97分", "a+b+c", ["50", "37", "10"], "产出50 + 效益37 + 满意度10 (分)", "自评得分", reported=97)
R(D, "sum", X, P, "50分", "a+b+c+d+e", ["10"] * 5, "产出指标 满分 10 × 5 rows (table 分值)", reported=50)
R(D, "sum", X, P, "50分", "a+b+c+d+e", [s for *_, s in TABLE_D[:5]], "产出指标 得分 " + " + ".join(s for *_, s in TABLE_D[:5]),
  reported=50)
R(D, "sum", X, P, "40分", "a+b+c+d", ["10"] * 4, "效益指标 满分 10 × 4 rows (table 分值)", reported=40)
R(D, "sum", X, P, "37分", "a+b+c+d", [s for *_, s in TABLE_D[5:9]], "效益指标 得分 " + " + ".join(s for *_, s in TABLE_D[5:9]),
  reported=37)
R(D, "difference", X, P, "0.4个百分点", "a-b", ["10%", "9.6%"], "年度指标值10% − 增幅9.6%")


# ======================================================================================================
E = "e_xinbin_yearbook_chronicle_2023"; X = "新宾满族自治县;新宾县"
YL, NZM, SJH, HS = "永陵镇;新宾满族自治县", "南杂木镇;新宾满族自治县", "上夹河镇;新宾满族自治县", "红升乡;新宾满族自治县"
HT, JY = "赫图阿拉村;永陵镇;新宾满族自治县", "江沿村;旺清门镇;新宾满族自治县"
quantities(E, X, f"""
17862元|CNY
5.6%|percent
14236元|CNY
13.8%|percent
1260户|household
63万元|CNY
3862万元|CNY
2450万元|CNY
1068万元|CNY
344万元|CNY
46家|enterprise|{YL}
1380个|other:岗位|{YL}
526人|person|{YL}
138人|person|{YL}
12.6万亩|mu
4.8亿元|CNY
400人|person
120人|person|{NZM}
46人|person|{NZM}
486户|household
1126人|person
312户|household
738人|person
65.5%|percent
18.6万人次|person_time|{HT}
1260万元|CNY|{HT}
23.5%|percent|{HT}
8个|other:township
2.36万亩|mu
1860人|person
86万元|CNY
2.14万名|person
40元|CNY
32个|other:订单|{SJH}
2860万元|CNY|{SJH}
86.5万元|CNY|{SJH}
120栋|other:栋|{HS}
1460万元|CNY|{HS}
860万元|CNY|{HS}
58.9%|percent|{HS}
210户|household|{HS}
4000元以上|CNY|{HS}
4.26亿元|CNY
1.38亿元|CNY
2.79亿元|CNY
0.09亿元|CNY
400千瓦|other:kw|{JY}
36万元|CNY|{JY}
18983元|CNY
6.3%|percent
15864元|CNY
11.4%|percent
126个|project
118个|project
93.7%|percent
""")
cannot(E, X, "2022 vs 2021", "5.6%", "2022年 农村居民人均可支配收入17862元; 2021 not printed", "implies 2021 about 16915元")
cannot(E, X, "2022 vs 2021", "13.8%", "2022年 脱贫人口人均纯收入14236元; 2021 not printed", "implies 2021 about 12510元")
R(E, "sum", X, "2023", "3862万元", "a+b+c", ["2450万", "1068万", "344万"], "中央2450 + 省级1068 + 市级344 (万元)", "第一批")
R(E, "rate", X, "2023-05", "65.5%", "a/b", ["738", "1126"], "已消除风险738人 / 监测对象1126人", "风险消除率 (按人数)")
cannot(E, HT, "2023-01..06 vs 2022-01..06", "23.5%", "赫图阿拉村 旅游收入1260万元; 上年同期 not printed", "implies about 1020万元")
R(E, "per_unit", X, "2023", "40元", "a/b", ["86万", "2.14万"], "县财政出资86万元 / 投保2.14万人", "人均保费")
R(E, "share", HS, "2023", "58.9%", "a/b", ["860万", "1460万"], "衔接资金860万元 / 总投资1460万元")
R(E, "sum", X, "2023", "4.26亿元", "a+b+c", ["1.38亿", "2.79亿", "0.09亿"], "经营性1.38 + 公益性2.79 + 到户类0.09 (亿元)")
R(E, "growth", X, "2023 vs 2022", "6.3%", "a/b-1", ["18983元", "17862元"], "2023年18983元 / 2022年17862元 (1月9日 entry) − 1")
R(E, "growth", X, "2023 vs 2022", "11.4%", "a/b-1", ["15864元", "14236元"], "2023年15864元 / 2022年14236元 (1月9日 entry) − 1")
R(E, "rate", X, "2023", "93.7%", "a/b", ["118", "126"], "已完工118个 / 项目126个", "完工率")


# ======================================================================================================
F = "f_yinan_allocation_notice_2024"; X = "沂南县"; P = "2024"
TABLE_F = [("朱家林村;岸堤镇;沂南县", "2.6公里|other:km\n1.8公里|other:km", "198"),
           ("孙祖镇;沂南县", "12个|other:大棚", "236"),
           ("双堠镇;沂南县", "1座|other:冷藏库\n800吨|ton", "168"),
           ("青驼镇;沂南县", "1200平方米|other:平方米", "145"),
           ("张庄镇;沂南县", "2个|other:温室", "176"),
           ("砖埠镇;沂南县", "2座|other:冷库", "124"),
           ("常山庄村;马牧池乡;沂南县", "3200平方米|other:平方米\n1.2公里|other:km", "186"),
           ("竹泉村;铜井镇;沂南县", "4座|other:厕所\n2.4公里|other:km", "165"),
           ("辛集镇;沂南县", "16眼|other:well\n6.8公里|other:km", "126"),
           ("杨家坡镇;沂南县", "3.2公里|other:km", "118"),
           ("大庄镇;沂南县", "2座|other:bridge", "96"),
           ("苏村镇;沂南县", "2.1公里|other:km", "104"),
           ("湖头镇;沂南县", "3座|other:塘坝", "82"),
           (X, "1850人|person", "148"),
           (X, "2860户|household", "68"),
           (X, "307人次|person_time", "46")]
spec_f = "\n".join("\n".join(f"{line}|{r}" for line in inner.split("\n")) + f"\n{amt}|CNY*1e4|{r}" for r, inner, amt in TABLE_F)
quantities(F, X, f"""
2186万元|CNY
1256万元|CNY
618万元|CNY
312万元|CNY
1398万元|CNY
64.0%|percent
526万元|CNY
26.1%|percent
148万元|CNY
6.8%|percent
114万元|CNY
5.2%|percent
80%以上|percent
不低于30%|percent
三级|other:level
{spec_f}
2186|CNY*1e4
""")
R(F, "sum", X, P, "2186万元", "a+b+c", ["1256万", "618万", "312万"], "中央1256 + 省级618 + 市级312 (万元)")
R(F, "share", X, P, "64.0%", "a/b", ["1398万", "2186万"], "产业发展1398万元 / 本批资金2186万元")
R(F, "share", X, P, "26.1%", "a/b", ["526万", "2186万"], "小型公益性基础设施526万元 / 2186万元",
  "deliberate error: 24.1%", verdict="mismatch")
R(F, "share", X, P, "6.8%", "a/b", ["148万", "2186万"], "就业帮扶148万元 / 2186万元")
R(F, "share", X, P, "5.2%", "a/b", ["114万", "2186万"], "小额信贷贴息和雨露计划114万元 / 2186万元")
R(F, "sum", X, P, "2186万元", "a+b+c+d", ["1398万", "526万", "148万", "114万"], "产业1398 + 基础设施526 + 就业148 + 其他114 (万元)", "by use")
amts = [a for *_, a in TABLE_F]
R(F, "sum", X, P, "2186万元", "+".join("abcdefghijklmnop"), [a + "万" for a in amts], " + ".join(amts) + " (万元)",
  "分配资金, table 合计", bare="2186")
R(F, "sum", X, P, "114万元", "a+b", ["68万", "46万"], "小额信贷贴息68 + 雨露计划46 (万元, table)")

GOLD.write_relations()
