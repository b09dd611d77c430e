"""Gold of tests/data/unseen_at (the fourth damaged set, issue 12), written by hand from the clean texts of
make_pages.py: values are those of the clean figures, raws are the figures AS PRINTED in the damaged page (each
clean raw is looked up in the page with the damage's own insertions allowed between its characters, and typed as
found; None = lost) and are checked with str.find in text order. Run: python build_gold.py (writes
NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py). make_pages.py holds the
clean texts and rewrites the damaged pages.

Six reports, damaged the way PDF text layers, table scrapers and word processors damage pages, with kinds
unseen_ai, unseen_am, unseen_aq (and unseen_aa c, unseen_ad f, benchmarks/scraper_damage.py) did not use:
a (UTF-8) 遂川县 茶产业 汇报, a PDF text layer whose page footers 第N页 共M页 and running head land between a
  figure and its unit (23.4 / 第1页 共5页 / head / 万亩, 4860 / … / 元, 128.6 / … / 万人次), inside a sentence and
  between a rate word and its rate (完工率为 / … / 92.8%);
b (UTF-8) 英山县 就业帮扶 总结, a PDF set with letter spacing: every character of the body followed by a space
  (3 . 4 2 万 人, 1 0 3 . 6 %, 2 3 1 1 . 2 万 元), a space of the text printed as three;
c (UTF-8) 金寨县 中药材产业 调研报告 from a Word file: footnote references left as characters after figures and
  before them (21.6万亩①, 36.8亿元[1], 8650人[2], 9862份¹, 2.24万户², 监测对象³1206户: a superscript ³ before a
  figure must never become its first digit), and the notes with their own figures at the end;
d (UTF-8) 紫云自治县 到户产业奖补 公示, an HTML table whose tags a scraper stripped: one cell a line, an empty
  cell an empty line, the units only in the header cells (奖补资金（万元）: 244.8 is 244.8万元);
e (UTF-8) 库伦旗 工作总结 pasted from WPS/Word: automatic numbers whose tab was lost glued to the figure that
  opens the item (2.186个衔接项目 is item 2 and 186个, 3.12家, 1.8个: never 2.186, 3.12, 1.8), an ideographic space
  U+3000 and a no-break space inside figures (1　286万元, 1　042人, 5 936.8万元), half- and full-width digits mixed
  (1２ 865元, 1２.5万亩);
f (GB18030) 海原县 乡村建设 情况, a PDF converted at a fixed width of 28 characters with hyphenation: a cut
  inside a figure adds a hyphen at the line end (7-/8.3%, 1-/46个, 2-/1.6个百分点, 1-/00%, 109-/62元, 60.-/4%); a
  range cut after its own dash (3-/5个示范村) looks the same.

Three figures are deliberately wrong, the rest agree:
  a 遂川县 茶产业项目 完工率92.8%: 79个 / 87个 = 90.8% (a rate);
  c 金寨县 “金寨四宝”种植面积占59.4%: 12.4万亩 / 21.6万亩 = 57.4% (a share);
  e 库伦旗 衔接资金2.36亿元: 1.52 + 0.46 + 0.13 + 0.28 = 2.39亿元 (a total).
Left out (corpus conventions): dates, page footers (第N页 共M页), footnote numbers (①, [1], ¹), list numbering
(including the numbers glued to figures in e), document titles, phone numbers (0851-36110235, 12317), grades
(10千伏); relations whose numerator is not printed (普及率, 覆盖率, 可靠率, 工资性收入占比 …), targets (2024, 2025 figures,
a 30万亩 and 45亿元, c 25万亩以上), repeats (d 户均0.4万元 restates 户均4000元).

First contact (base 3ef2b5f, before any rule was written for this set; 304 gold quantities, 49 checkable relations):
    extraction F1 0.857 (P 0.967, R 0.770) over 304 gold quantities in 6 files
    region agreement 1.000 (234/234 matched quantities; 0 with no region)
    relations: 29/49 verified right (29 verified), 3/3 real inconsistencies found, 1 false alarm (checks
    2.186个 >= 172个: the item number glued to 186个衔接项目 read as part of the figure)
    wrong numbers (benchmarks/wrong_numbers.py): 6 (e 2.186个, 3.12家, 1.8个: numbering glued to the figure;
    f 7-/8.3% read 8.3%, 1-/46个 read as the range 1-46个 = 1, 60.-/4% read 4%)
    Read at first contact already: a's page footers and running heads between a figure and its unit (segment),
    c's footnote references (①, [1], ¹ after figures, ³ before one), e's no-break spaces and mixed widths.
    Not read at all: b (letter-spaced, 0 of 36), d's table cells (0 of 21).
After the rules: see tests/test_unseen_at.py."""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
sys.path.insert(0, str(HERE))
from gold_build import GoldSet, value  # noqa: E402
from make_pages import A_HEAD, D_TABLE  # noqa: E402

CN = {
    # c: the count of towns named before it
    # d: cells of the 奖补资金（万元） column
    **{row[3]: float(row[3]) * 1e4 for row in D_TABLE[1:]},
    # e: figures read whole (numbering dropped, spaces inside)
    "1\u3000286万元": 12860000, "1\u3000042人": 1042, "5\u00a0936.8万元": 59368000, "2\u00a0480个": 2480,
    "2\u00a0480人": 2480, "1２\u00a0865元": 12865, "1２.5万亩": 125000, "两镇": 2,
}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


def located(name: str, spec: str, between: str, encoding: str = "utf-8") -> str:
    """A spec of clean raws made the spec of the damaged page: each raw is looked up (in text order) with the
    damage's insertions ``between`` (a regex) allowed between any two of its characters, and typed as printed,
    its value the clean raw's."""
    text = (HERE / f"{name}.txt").read_bytes().decode(encoding)
    pos, out = text.index("\n", text.index("\n") + 1) + 1, []
    for line in spec.strip().splitlines():
        raw, _, rest = line.partition("|")
        m = re.compile(f"(?:{between})".join(map(re.escape, raw))).search(text, pos)
        if m is None:
            sys.exit(f"NOT FOUND {name}: {raw!r}")
        pos = m.end()
        printed = m.group()
        if printed != raw:
            CN[printed] = CN.get(raw, value(raw))
        out.append(printed.replace("\n", "\\n") + "|" + rest)
    return "\n".join(out)


# ======================================================================================================
A = "a_suichuan_tea_industry_2023_pdf"; X = "遂川县"; P = "2023"
T3 = "汤湖镇;左安镇;高坪镇;遂川县"
quantities(A, X, located(A, f"""
28.6万亩|mu
1.2万亩|mu
23.4万亩|mu
1.08万吨|ton
6.9%|percent
38.6亿元|CNY
34.2亿元|CNY
12.9%|percent
21个|other:township
3个|other:township|{T3}
5.6万亩|mu|汤湖镇;遂川县
4.3万亩|mu|左安镇;遂川县
3.8万亩|mu|高坪镇;遂川县
13.7万亩|mu|{T3}
47.9%|percent|{T3}
46家|enterprise
8家|enterprise
21家|enterprise
312家|other:合作社
586个|other:茶场
1.26万户|household
2.08万户|household
60.6%|percent
4860元|CNY
1.46亿元|CNY
0.92亿元|CNY
0.31亿元|CNY
0.23亿元|CNY
87个|project
79个|project
92.8%|percent
2860万元|CNY
7150户|household
4000元|CNY
1863户|household
9315万元|CNY
5万元|CNY
6.8万人次|person_time
2.3万人次|person_time
33.8%|percent
24个|other:扶贫车间
1126人|person
418人|person
15862元|CNY
1486元|CNY
10.3%|percent
16个|other:示范点
5个|other:体验馆
128.6万人次|person_time
9.86亿元|CNY
52.4万人次|person_time|汤湖镇;遂川县
40.7%|percent|汤湖镇;遂川县
13个|village
216家|enterprise
683人|person
500吨以上|ton
7家|enterprise
2.14亿元|CNY
18.6%|percent
30万亩|mu
突破45亿元|CNY
""", rf"(?:\n第\d+页 共\d+页\n{A_HEAD}\n)?"))
R(A, "growth", X, "2023 vs 2022", "6.9%", None, [], "干茶产量1.08万吨; 上年 not printed")
R(A, "growth", X, "2023 vs 2022", "12.9%", "a/b-1", ["38.6亿", "34.2亿"], "综合产值38.6亿元 / 上年34.2亿元")
R(A, "sum", T3, P, "13.7万亩", "a+b+c", ["5.6万", "4.3万", "3.8万"], "汤湖镇5.6 + 左安镇4.3 + 高坪镇3.8万亩")
R(A, "share", T3, P, "47.9%", "a/b", ["13.7万", "28.6万"], "三镇13.7万亩 / 全县茶园28.6万亩")
R(A, "share", X, P, "60.6%", "a/b", ["1.26万", "2.08万"], "带动1.26万户 / 脱贫户和监测户2.08万户 (a page break inside)")
R(A, "sum", X, P, "1.46亿元", "a+b+c", ["0.92亿", "0.31亿", "0.23亿"], "中央0.92 + 省级0.31 + 县级0.23亿元")
R(A, "rate", X, P, "92.8%", "a/b", ["79", "87"], "已完工79个 / 项目87个", "完工率; deliberate error: 90.8%",
  verdict="mismatch")
R(A, "per_unit", X, P, "4000元", "a/b", ["2860万", "7150"], "奖补资金2860万元 / 7150户", "户均")
R(A, "per_unit", X, P, "5万元", "a/b", ["9315万", "1863"], "小额信贷9315万元 / 1863户", "户均")
R(A, "share", X, P, "33.8%", "a/b", ["2.3万", "6.8万"], "脱贫劳动力2.3万人次 / 用工6.8万人次")
R(A, "growth", X, "2023 vs 2022", "10.3%", "b/(a-b)", ["15862元", "1486元"], "增加1486元 / (15862元 − 1486元)")
R(A, "share", "汤湖镇;遂川县", P, "40.7%", "a/b", ["52.4万", "128.6万"], "汤湖镇52.4万人次 / 全县128.6万人次")
R(A, "share", X, P, "18.6%", None, [], "线上销售额2.14亿元; 茶叶销售额 not printed (implied 11.5亿元)")


# ======================================================================================================
B = "b_yingshan_employment_2023_letterspaced"; X = "英山县"; P = "2023"
T3 = "孔家坊乡;方咀乡;杨柳湾镇;英山县"
quantities(B, X, located(B, f"""
3.42万人|person
3.3万人|person
103.6%|percent
2.16万人|person
1.26万人|person
68个|other:扶贫车间
2846人|person
1137人|person
40.0%|percent
612人|person|温泉镇;英山县
438人|person|红山镇;英山县
365人|person|石头咀镇;英山县
5万元|CNY
340万元|CNY
3210个|other:岗位
3210人|person
2311.2万元|CNY
7200元|CNY
126期|other:期
5862人次|person_time
4985人|person
85.0%|percent
1.06万人|person
318万元|CNY
300元|CNY
9个|other:工作站
1.12万人|person
11个|project
1865人|person
1026万元|CNY
5501元|CNY
3个|other:township|{T3}
11个|other:服务站
16285元|CNY
11.2%|percent
62.8%|percent
""", " "))
S = lambda r: " ".join(r)  # noqa: E731  (the reported figure as the letter-spaced page prints it)
R(B, "sum", X, P, "3.42万人", "a+b", ["2.16万", "1.26万"], "县外2.16万人 + 县内1.26万人", bare=S("3.42万人"))
R(B, "rate", X, P, "103.6%", "a/b", ["3.42万", "3.3万"], "务工就业3.42万人 / 目标任务3.3万人", "完成目标任务的",
  bare=S("103.6%"))
R(B, "share", X, P, "40.0%", "a/b", ["1137", "2846"], "脱贫人口和监测对象1137人 / 吸纳就业2846人", bare=S("40.0%"))
R(B, "per_unit", X, P, "5万元", "a/b", ["340万", "68"], "车间奖补资金340万元 / 68个车间", "每个车间", bare=S("5万元"))
R(B, "per_unit", X, P, "7200元", "a/b", ["2311.2万", "3210"], "岗位补贴2311.2万元 / 3210人", "人均", bare=S("7200元"))
R(B, "rate", X, P, "85.0%", "a/b", ["4985", "5862"], "培训后就业4985人 / 培训5862人次", "就业率", bare=S("85.0%"))
R(B, "per_unit", X, P, "300元", "a/b", ["318万", "1.06万"], "交通补贴318万元 / 1.06万人", "人均", bare=S("300元"))
R(B, "per_unit", X, P, "5501元", "a/b", ["1026万", "1865"], "劳务报酬1026万元 / 1865人", "人均", bare=S("5501元"))
R(B, "growth", X, "2023 vs 2022", "11.2%", None, [], "人均纯收入16285元; 上年 not printed", bare=S("11.2%"))


# ======================================================================================================
C = "c_jinzhai_herbs_survey_2023_footnotes"; X = "金寨县"; P = "2023"
quantities(C, X, """
8个|other:township|梅山镇;青山镇;斑竹园镇;金寨县
26个|village
21.6万亩|mu
12.4万亩|mu
59.4%|percent
36.8亿元|CNY
24.5亿元|CNY
14.5%|percent
18家|enterprise
246家|other:合作社
132家|other:家庭农场
2.24万户|household
1.38万户|household
61.6%|percent
1206户|household
782户|household
64.8%|percent
9862份|other:协议
3.2万吨|ton
4.16亿元|CNY
1.3万元|CNY
8650人|person
1.2万元|CNY
8260万元|CNY
34个|project
562万元|CNY
6.8%|percent
5620户|household
1000元|CNY
23个|other:认证
42个|other:服务站
1.28亿元|CNY
21.9%|percent
1126户|household|梅山镇;金寨县
864户|household|青山镇;金寨县
3.1万亩|mu
14.4%|percent
26个|village
超过50万元|CNY
9个|village
6个|village
326户|household
4.2亩|mu
1.86万元|CNY
6320元|CNY
1万亩|mu
25万亩以上|mu
3.5万亩|mu
112万元|CNY
326户|household
2130份|other:协议
""")
R(C, "share", X, P, "59.4%", "a/b", ["12.4万", "21.6万"], "“金寨四宝”12.4万亩 / 中药材种植面积21.6万亩",
  "deliberate error: 57.4%", verdict="mismatch")
R(C, "growth", X, "2020-2023", "14.5%", "(a/b)**(1/3)-1", ["36.8亿", "24.5亿"], "(36.8亿元 / 2020年24.5亿元)^(1/3) − 1",
  "年均增长")
R(C, "share", X, P, "61.6%", "a/b", ["1.38万", "2.24万"], "参与中药材产业1.38万户 / 脱贫户2.24万户")
R(C, "share", X, P, "64.8%", "a/b", ["782", "1206"], "参与782户 / 监测对象1206户 (³ before the figure)")
R(C, "per_unit", X, P, "1.3万元", "a/b", ["4.16亿", "3.2万"], "收购金额4.16亿元 / 3.2万吨", "平均每吨")
R(C, "rate", X, P, "6.8%", "a/b", ["562万", "8260万"], "收益资金562万元 / 衔接资金8260万元", "收益率")
R(C, "per_unit", X, P, "1000元", "a/b", ["562万", "5620"], "收益资金562万元 / 5620户", "户均")
R(C, "growth", X, "2023 vs 2022", "21.9%", None, [], "线上销售1.28亿元; 上年 not printed")
R(C, "share", X, P, "14.4%", "a/b", ["3.1万", "21.6万"], "参保面积3.1万亩 / 种植面积21.6万亩")
R(C, "difference", X, P, "6320元", None, [], "种植户户均1.86万元; 未种植户 not printed (implied 12280元)")


# ======================================================================================================
D = "d_ziyun_household_subsidy_notice_2024_cells"; X = "紫云苗族布依族自治县"; P = "2024"
rows = "\n".join(f"{c[1]}|household|{c[0]};{X}\n{c[2]}|household|{c[0]};{X}\n{c[3]}|CNY|{c[0]};{X}"
                 for c in D_TABLE[1:-1])
tot = D_TABLE[-1]
quantities(D, X, f"""
1286.4万元|CNY
6个|other:township
3216户|household
2770户|household
446户|household
4000元|CNY
500元|CNY
1000元|CNY
3000元|CNY
不超过5000元|CNY
{rows}
{tot[1]}|household
{tot[2]}|household
{tot[3]}|CNY
0.4万元|CNY
1.86亿元|CNY
6.9%|percent
两镇|other:township|猫营镇;大营镇;{X}
1186户|household|猫营镇;大营镇;{X}
474.4万元|CNY|猫营镇;大营镇;{X}
3216户|household
""")
R(D, "per_unit", X, P, "4000元", "a/b", ["1286.4万", "3216"], "奖补资金1286.4万元 / 3216户", "户均")
R(D, "sum", X, P, "3216户", "a+b", ["2770", "446"], "脱贫户2770户 + 监测户446户")
GOLD.table_sums(D, X, P, [r[:4] for r in D_TABLE[1:]],
                [("受益户数", "户"), ("其中监测户", "户"), ("奖补资金", "万元")], "乡镇")
R(D, "share", X, P, "6.9%", "a/b", ["1286.4万", "1.86亿"], "本批次1286.4万元 / 已下达衔接资金1.86亿元")
R(D, "sum", "猫营镇;大营镇;" + X, P, "1186户", "a+b", ["612", "574"], "猫营镇612户 + 大营镇574户 (table)")
R(D, "sum", "猫营镇;大营镇;" + X, P, "474.4万元", "a+b", ["244.8万", "229.6万"], "猫营镇244.8 + 大营镇229.6万元 (table)")


# ======================================================================================================
E = "e_kulun_summary_2023_word"; X = "库伦旗"; P = "2023"
quantities(E, X, """
1.08万户|household
2.46万人|person
1236户|household
3285人|person
868户|household
70.2%|percent
2.36亿元|CNY
1.52亿元|CNY
0.46亿元|CNY
0.13亿元|CNY
0.28亿元|CNY
186个|project
172个|project
92.5%|percent
12家|enterprise
3864户|household
38.6万头|head
7.8%|percent
6120户|household
1\u3000286万元|CNY
8个|other:township
1.26万人|person
0.32万人|person
0.94万人|person
2\u00a0480个|other:岗位
600元|CNY
2\u00a0480人|person
16场|other:场
5600个|other:岗位
1862人|person
8126人|person
1\u3000042人|person
5\u00a0936.8万元|CNY
286.5万元|CNY
1910人|person
1500元|CNY
2.56万人|person
100%|percent
88.4%|percent
1.26亿元|CNY
126个|village
3862座|other:户厕
72.6%|percent
126.8公里|km
38.5公里|km
187个|village
8个|other:township
187个|village
1126名|person
1２\u00a0865元|CNY
12.6%|percent
1２.5万亩|mu
4.6万亩|mu
10万元以下|CNY
41.2%|percent
10%以上|percent
2万头|head
""")
R(E, "rate", X, P, "70.2%", "a/b", ["868", "1236"], "已消除风险868户 / 监测对象1236户", "风险消除率")
R(E, "sum", X, P, "2.36亿元", "a+b+c+d", ["1.52亿", "0.46亿", "0.13亿", "0.28亿"],
  "中央1.52 + 自治区0.46 + 市级0.13 + 旗级0.28亿元", "deliberate error: 2.39亿元", verdict="mismatch")
R(E, "rate", X, P, "92.5%", "a/b", ["172", "186"], "已完工172个 / 项目186个 (2.186个: item 2)", "完工率")
R(E, "growth", X, "2023 vs 2022", "7.8%", None, [], "肉牛存栏38.6万头; 上年 not printed")
R(E, "sum", X, P, "1.26万人", "a+b", ["0.32万", "0.94万"], "区外0.32万人 + 区内0.94万人")
R(E, "per_unit", X, P, "1500元", "a/b", ["286.5万", "1910"], "补助资金286.5万元 / 1910人", "每生每年")
R(E, "rate", X, P, "100%", None, [], "参保2.56万人; 应参保人数 not printed (implied 2.56万人)", "参保率")
R(E, "growth", X, "2023 vs 2022", "12.6%", None, [], "人均纯收入12 865元; 上年 not printed")


# ======================================================================================================
F = "f_haiyuan_rural_construction_2022_hyphen"; X = "海原县"; P = "2022"
quantities(F, X, located(F, """
3.46亿元|CNY
1.82亿元|CNY
52.6%|percent
186.4公里|km
154个|village
162个|village
95.1%|percent
12项|project
1268公里|km
96.8%|percent
1.6个百分点|percentage_point
4862座|other:户厕
78.3%|percent
1126座|other:户厕|三河镇;海原县
986座|other:户厕|关桥乡;海原县
1035座|other:户厕|李旺镇;海原县
86个|village
3.26万吨|ton
1432名|person
3-5名|person
386户|household
218户|household
56.5%|percent
2635户|household
6000元|CNY
1581万元|CNY
212.6公里|km
99.82%|percent
146个|other:基站
88.3%|percent
21.6个百分点|percentage_point
34个|other:服务中心
100%|percent
3个|other:幸福院|西安镇;海原县
2个|other:幸福院|史店乡;海原县
120张|other:床位
38.6%|percent
1.2个百分点|percentage_point
12186元|CNY
10962元|CNY
11.2%|percent
7362元|CNY
60.4%|percent
268个|project
196个|project
73.1%|percent
182个|project
92.9%|percent
4126人|person
2063万元|CNY
5000元|CNY
162个|village
2860户|household
3-5个|village
1次|other:次
6所|other:school
100%|percent
96.5%|percent
3.8亿元|CNY
200公里|km
5000座|other:户厕
""", r"(?:-?\n)?", encoding="gb18030"), encoding="gb18030")
R(F, "share", X, P, "52.6%", "a/b", ["1.82亿", "3.46亿"], "衔接资金1.82亿元 / 各类资金3.46亿元")
R(F, "share", X, P, "95.1%", "a/b", ["154", "162"], "通硬化路154个 / 行政村162个")
R(F, "difference", X, "2022 vs 2021", "1.6个百分点", None, [], "自来水普及率96.8%; 上年 not printed (implied 95.2%)")
R(F, "share", X, P, "56.5%", "a/b", ["218", "386"], "脱贫户和监测户危房218户 / 危房386户")
R(F, "per_unit", X, P, "6000元", "a/b", ["1581万", "2635"], "补助资金1581万元 / 2635户", "户均")
R(F, "difference", X, "2022 vs 2021", "21.6个百分点", None, [], "5G覆盖率88.3%; 上年 not printed (implied 66.7%)",
  bare="2-\n1.6个百分点")
R(F, "difference", X, "2022 vs 2021", "1.2个百分点", None, [], "城镇化率38.6%; 上年 not printed (implied 37.4%)")
R(F, "growth", X, "2022 vs 2021", "11.2%", "a/b-1", ["12186元", "10962元"], "12186元 / 上年10962元 (109-/62元)")
R(F, "share", X, P, "60.4%", "a/b", ["7362元", "12186元"], "工资性收入7362元 / 人均纯收入12186元", bare="60.-\n4%")
R(F, "share", X, P, "73.1%", "a/b", ["196", "268"], "当年实施196个 / 入库268个")
R(F, "rate", X, P, "92.9%", "a/b", ["182", "196"], "已完工182个 / 实施196个", "完工率")
R(F, "per_unit", X, P, "5000元", "a/b", ["2063万", "4126"], "劳务报酬2063万元 / 4126人", "人均")

GOLD.write_relations()
