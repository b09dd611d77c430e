"""Gold of tests/data/unseen_ai (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans typed below
(damaged figures are given explicitly in CN, raw as printed and value repaired; None = lost), raws are checked
with str.find in text order. Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside
NAME.txt; helpers in ../gold_build.py).

Five reports damaged the way mirror and repost sites damage pages, in combinations the corpus does not show:
a (UTF-8) 东乡族自治县 衔接资金 通报: 。 as the decimal point before 亿/%/个百分点, ASCII commas and narrow no-break or
  thin spaces as thousands separators, % dropped before a closing bracket and at a sentence end, HTML entities
  left in the text (1&nbsp;350元, 11&#8203;265元);
b (GB18030) 晴隆县 搬迁后续扶持: pinyin glosses inside and after figures (3。41万(wàn)人, 1。2个(gè)百分点), full-width
  digits (１５８２６人, ２。８６亿元), spaces and commas as separators, a dropped % after 就业率;
c (UTF-16 with BOM) 福贡县 产业项目 公示: a table with masked digits (2*8*.4, 1**0.0, **6), line breaks inside figures
  (78.\\n4%, 28.6\\n万亩, 1.2万\\n人), a caption with stripped digits (.6万元);
d (UTF-8) 布拖县 防返贫监测: Traditional script damaged by the seeds' GBK mechanism (fupin.gbk_damage with 保, 戶 …
  annotated): two full-width figures swallowed into mojibake runs, 1?bǎo)玻福稇?hù) = １２８６戶 and
  1?bǎo)玻秲|(yì)元 = １．２６億元 (typed 1?bǎo)玻秲: the spec separator | is in the run; the bytes re-pair to them with no choice, as corpus 03's 。保踩f(wàn)戶);
e (Big5) 深圳—百色 东西部协作: Traditional, 。 decimals before 億 and ％, full-width digits with a full-width comma as
  thousands separator (２３，６８５人), % dropped before ） and at a sentence end, &nbsp; in a figure.

Three figures are deliberately wrong, the rest agree:
  a 东乡族自治县 资金拨付率62。4%: 2.91亿元 / 4.86亿元 = 59.9% (a rate);
  b 晴隆县 扶贫车间 投产率86.2%: 32个 / 38个 = 84.2% (a rate);
  c 福贡县 产业帮扶带动覆盖率51.2%: 5934户 / 12368户 = 48.0% (a share).
Left out (corpus conventions): dates, 十三五, list numbering; relations whose numerator is not printed (e 资金拨付率100,
a 开工率低于80 and 支出进度为0 are thresholds of groups); c's table sums over masked cells are cannot_compute."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

NNB, THIN = "\u202f", "\u2009"
CN = {
    # a
    "4。86亿元": 4.86e8, "7。5%": 7.5, "35,612.4万元": 356124000, f"8{NNB}427.6万元": 84276000,
    "1,860万元": 18600000, "2,700万元": 27000000, "3。12亿元": 3.12e8, "64。2%": 64.2, "2。3个百分点": 2.3,
    f"12{THIN}706.3万元": 127063000, "62。4%": 62.4, f"12{NNB}486户": 12486, "1&nbsp;350元": 1350,
    "3,215人": 3215, "1,286.0万元": 12860000, "11&#8203;265元": 11265, "0。8个百分点": 0.8,
    # b
    "7 632户": 7632, "3。41万(wàn)人": 34100, "5,216户": 5216, "2 416户": 2416, "1。2个(gè)百分点": 1.2,
    "6 853人": 6853, "8 385人": 8385, "２。８６亿元": 2.86e8, "2 146人": 2146, "1 872人": 1872, "87。2%": 87.2,
    "3。12万(wàn)张": 31200, "12 586元": 12586, "11 278元": 11278,
    # c
    "5 934户": 5934, "2*8*.4": None, "1**0.0": None, "**6": None, "10 819.2万元": 108192000, "78.\n4%": 78.4,
    "12 368户": 12368, "28.6\n万亩": 286000, "1.2万\n人": 12000, ".6万元": None,
    # d
    "1?bǎo)玻福稇?hù)": 1286, "1?bǎo)玻秲": 1.26e8,
    # e
    "8。26億元": 8.26e8, "5。40億元": 5.40e8, "2。86億元": 2.86e8, "1,046名": 1046, "２３，６８５人": 23685,
    "１６，２２４人": 16224, "68。5％": 68.5, "１２。６％": 12.6, "4&nbsp;500萬元": 4.5e7,
}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_dongxiang_linkage_fund_progress_2024q1_damaged"; X = "东乡族自治县"
TOWNS = "锁南镇;达板镇;那勒寺镇;东乡族自治县"
quantities(A, X, f"""
4。86亿元|CNY
4.52亿元|CNY
7。5%|percent
35,612.4万元|CNY
8{NNB}427.6万元|CNY
1,860万元|CNY
2,700万元|CNY
3。12亿元|CNY
64。2%|percent
2。3个百分点|percentage_point
1.21亿元|CNY
24.9%|percent
216个|project
203个|project
94.0|percent
158个|project
73.1|percent
12{THIN}706.3万元|CNY
26.1|percent
2.91亿元|CNY
62。4%|percent
12{NNB}486户|household
1&nbsp;350元|CNY
3,215人|person
1,286.0万元|CNY
4000元|CNY
11&#8203;265元|CNY
0。8个百分点|percentage_point
3个|other:township|{TOWNS}
低于80|percent|{TOWNS}
13个|project
0|percent
""")
R(A, "sum", X, "2024", "4.86亿元", "a+b+c+d", ["35612.4万", "8427.6万", "1860万", "2700万"],
  "中央35,612.4万元 + 省级8 427.6万元 + 州级1,860万元 + 县级2,700万元", "4。86亿元 (4.86亿元)")
R(A, "growth", X, "2024 vs 2023", "7.5%", "a/b-1", ["4.86亿", "4.52亿"], "4。86亿元 / 4.52亿元 − 1", bare="7。5%")
R(A, "share", X, "2024", "64.2%", "a/b", ["3.12亿", "4.86亿"], "产业发展3。12亿元 / 衔接资金4。86亿元", bare="64。2%")
R(A, "difference", X, "2024 vs 2023", "2.3个百分点", None, [], "64.2% − 上年 产业资金占比 (not printed)",
  "implies 上年 61.9%", bare="2。3个百分点")
R(A, "share", X, "2024", "24.9%", "a/b", ["1.21亿", "4.86亿"], "基础设施1.21亿元 / 衔接资金4。86亿元")
R(A, "rate", X, "2024", "94.0%", "a/b", ["203", "216"], "已开工203个 / 项目216个", "开工率, % dropped", bare="94.0")
R(A, "rate", X, "2024", "73.1%", "a/b", ["158", "216"], "已完工158个 / 项目216个", "完工率, % dropped", bare="73.1")
R(A, "rate", X, "2024", "26.1%", "a/b", ["12706.3万", "4.86亿"], "支出12 706.3万元 / 衔接资金4。86亿元",
  "支出进度, % dropped", bare="26.1")
R(A, "rate", X, "2024", "62.4%", "a/b", ["2.91亿", "4.86亿"], "拨付2.91亿元 / 衔接资金4。86亿元", "资金拨付率 (deliberate error)",
  verdict="mismatch", bare="62。4%")
R(A, "per_unit", X, "2024", "4000元", "a/b", ["1286.0万", "3215"], "劳务报酬1,286.0万元 / 务工3,215人", "人均")
R(A, "difference", X, "2023", "0.8个百分点", None, [], "脱贫人口人均纯收入增速 − 全省平均 (neither printed)",
  "", bare="0。8个百分点")


# ======================================================================================================
B = "b_qinglong_relocation_follow_up_2023_gb18030"; X = "晴隆县"
quantities(B, X, """
9个|other:resettlement_site
7 632户|household
3。41万(wàn)人|person
5,216户|household
2.38万人|person
2 416户|household
1.03万(wàn)人|person
１５８２６人|person
１５２３８人|person
96.3|percent
1。2个(gè)百分点|percentage_point
6 853人|person
8 385人|person
２。８６亿元|CNY
1.52亿元|CNY
0.63亿元|CNY
0.71亿元|CNY
38个|other:workshop
32个|other:workshop
86.2%|percent
2 146人|person
1 872人|person
87。2%|percent
3。12万(wàn)张|other:张
6所|other:school
9个|other:卫生室
12 586元|CNY
11 278元|CNY
11.6%|percent
0.9个(gè)百分点|percentage_point
""", encoding="gb18030")
R(B, "sum", X, "十三五", "7632户", "a+b", ["5216", "2416"], "跨区域5,216户 + 县内2 416户", bare="7 632户")
R(B, "sum", X, "十三五", "3.41万人", "a+b", ["2.38万", "1.03万"], "跨区域2.38万人 + 县内1.03万人", bare="3。41万(wàn)人")
R(B, "rate", X, "2023", "96.3%", "a/b", ["15238", "15826"], "就业１５２３８人 / 劳动力１５８２６人", "就业率, % dropped",
  bare="96.3")
R(B, "difference", X, "2023 vs 2022", "1.2个百分点", None, [], "96.3% − 上年就业率 (not printed)", "implies 上年 95.1%",
  bare="1。2个(gè)百分点")
R(B, "sum", X, "2023", "15238", "a+b", ["6853", "8385"], "省外6 853人 + 县内8 385人", bare="１５２３８人")
R(B, "sum", X, "2023", "2.86亿元", "a+b+c", ["1.52亿", "0.63亿", "0.71亿"], "产业1.52亿元 + 就业0.63亿元 + 社区治理0.71亿元",
  bare="２。８６亿元")
R(B, "rate", X, "2023", "86.2%", "a/b", ["32", "38"], "已投产32个 / 扶贫车间38个", "投产率 (deliberate error)",
  verdict="mismatch")
R(B, "share", X, "2023", "87.2%", "a/b", ["1872", "2146"], "搬迁群众1 872人 / 吸纳就业2 146人", bare="87。2%")
R(B, "growth", X, "2023 vs 2022", "11.6%", "a/b-1", ["12586元", "11278元"], "12 586元 / 11 278元 − 1")
R(B, "difference", X, "2023", "0.9个百分点", None, [], "11.6% − 全县农村居民收入增幅 (not printed)", "implies 10.7%",
  bare="0.9个(gè)百分点")


# ======================================================================================================
C = "c_fugong_industry_projects_2023_utf16"; X = "福贡县"
SP, PH, ZL, JK, LM, SY, MJ = (f"{t};{X}" for t in ("上帕镇", "匹河怒族乡", "子里甲乡", "架科底乡", "鹿马登乡", "石月亮乡", "马吉乡"))
quantities(C, X, f"""
46个|project
1.38亿元|CNY
5 934户|household
8|project|{SP}
2415.6|CNY*1e4|{SP}
1032|household|{SP}
7|project|{PH}
2*8*.4|CNY|{PH}
948|household|{PH}
6|project|{ZL}
1876.2|CNY*1e4|{ZL}
865|household|{ZL}
5|project|{JK}
1**0.0|CNY|{JK}
524|household|{JK}
9|project|{LM}
3058.3|CNY*1e4|{LM}
1247|household|{LM}
6|project|{SY}
1724.5|CNY*1e4|{SY}
**6|household|{SY}
5|project|{MJ}
1365.0|CNY*1e4|{MJ}
612|household|{MJ}
46|project
13800.0|CNY*1e4
5934|household
10 819.2万元|CNY
78.\\n4%|percent
12 368户|household
51.2%|percent
28.6\\n万亩|mu
3.2万吨|ton
1.2万\\n人|person
.6万元|CNY|鹿马登乡;{X}
""", encoding="utf-16")
R(C, "sum", X, "2023", "46", "a+b+c+d+e+f+g", ["8", "7", "6", "5", "9", "6", "5"], "项目数 by 乡镇, 合计46")
R(C, "sum", X, "2023", "13800.0万", None, [], "投资 by 乡镇: 匹河乡 2*8*.4 and 架科底乡 1**0.0 masked",
  "the five readable rows add to 10439.6万元; the masked two imply 3360.4万元", bare="13800.0")
R(C, "sum", X, "2023", "5934", None, [], "带动脱贫户 by 乡镇: 石月亮乡 **6 masked", "the six readable rows imply 706户",
  bare="5934")
R(C, "rate", X, "2023", "78.4%", "a/b", ["10819.2万", "13800.0万"], "已支出10 819.2万元 / 投资13800.0万元", "支出进度",
  bare="78.\n4%")
R(C, "share", X, "2023", "51.2%", "a/b", ["5934", "12368"], "带动脱贫户5 934户 / 全县脱贫户12 368户",
  "带动覆盖率 (deliberate error)", verdict="mismatch")


# ======================================================================================================
D = "d_butuo_monitoring_2023_mojibake"; X = "布拖县"
quantities(D, X, """
1?bǎo)玻福稇?hù)|household
5421人|person
612戶|household
435戶|household
239戶|household
786戶|household
3256人|person
61.1%|percent
500戶|household
1?bǎo)玻秲|CNY
986戶|household
76.7%|percent
2135個|other:岗位
1028人|person
386.4萬元|CNY
1932人|person
2000元|CNY
538戶|household
41.8%|percent
172戶|household
13.4%|percent
164戶|household
12.8%|percent
""")
R(D, "sum", X, "2023", "1286", "a+b+c", ["612", "435", "239"], "612戶 + 435戶 + 239戶", "1286 re-paired from the GBK run",
  bare="1?bǎo)玻福稇?hù)")
R(D, "rate", X, "2023", "61.1%", "a/b", ["786", "1286"], "已消除786戶 / 監測對象１２８６戶")
R(D, "share", X, "2023", "76.7%", "a/b", ["986", "1286"], "覆蓋986戶 / 監測戶１２８６戶")
R(D, "per_unit", X, "2023", "2000元", "a/b", ["386.4万", "1932"], "理賠386.4萬元 / 1932人", "人均")
R(D, "share", X, "2023", "41.8%", "a/b", ["538", "1286"], "因病538戶 / １２８６戶")
R(D, "share", X, "2023", "13.4%", "a/b", ["172", "1286"], "因學172戶 / １２８６戶")
R(D, "share", X, "2023", "12.8%", "a/b", ["164", "1286"], "因災164戶 / １２８６戶")


# ======================================================================================================
E = "e_shenzhen_baise_cooperation_2022_big5"; X = "百色市;深圳市"
quantities(E, X, """
8。26億元|CNY
7.86億元|CNY
5.1％|percent
5。40億元|CNY
2。86億元|CNY
412個|project
398個|project
96.6|percent
100|percent
128名|person
1,046名|person
２３，６８５人|person
１６，２２４人|person
68。5％|percent
86個|project
103.6億元|CNY
12個|other:industrial_park
217家|enterprise
31.28億元|CNY
１２。６％|percent
1.63億元|CNY
1.18億元|CNY
4&nbsp;500萬元|CNY
10個|other:district|深圳市
12個|other:county|百色市
""", encoding="big5")
R(E, "growth", X, "2022 vs 2021", "5.1%", "a/b-1", ["8.26亿", "7.86亿"], "8。26億元 / 7.86億元 − 1", bare="5.1％")
R(E, "sum", X, "2022", "8.26亿元", "a+b", ["5.40亿", "2.86亿"], "市級5。40億元 + 區級2。86億元", bare="8。26億元")
R(E, "rate", X, "2022", "96.6%", "a/b", ["398", "412"], "已完工398個 / 項目412個", "完工率, % dropped", bare="96.6")
R(E, "share", X, "2022", "68.5%", "a/b", ["16224", "23685"], "脫貧勞動力１６，２２４人 / ２３，６８５人", bare="68。5％")
R(E, "growth", X, "2022 vs 2021", "12.6%", None, [], "消費幫扶31.28億元; 上年 not printed", "implies 上年 about 27.78億元",
  bare="１２。６％")
R(E, "sum", X, "2022", "1.63亿元", "a+b", ["1.18亿", "4500万"], "捐款1.18億元 + 捐物4 500萬元")

GOLD.write_relations()
