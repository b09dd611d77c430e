"""Gold of tests/data/unseen_ao (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below, raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six narrative and spoken reports, where figures sit among people's names, dates and plans: a 人民日报 蹲点 feature on
南猛村 (贵州 雷山县: villagers' own incomes 从2015年的2860元增加到2023年的1.86万元, 村集体经济 by source, quotes in “” and
「」), b 领导讲话稿 at the 湖南 全省 衔接 work meeting (同志们, 一是…四是, province figures, 湘西州/怀化市 growths, 2024 targets
and a 预算安排 compared with last year), c 人民网 领导留言板 question of a villager of 静乐县娘子神乡 (山西 忻州) and the
county's 回复 (光伏扶贫电站 收益 分配 by use, per-post and per-household amounts, the county's 电站 totals), d 福贡县 (云南
怒江) 2024年 工作要点 (2023 base figures, a tab table by 乡（镇） with a 合计 row, then 力争/计划/确保 targets of 2024), e 河池市
(广西) 工商联 公示 of 万企兴万村 donations (six 企业 and four 商会 with 捐款 amounts, 小计, 合计, 都安 拨付率), f 延边州 (吉林)
科技特派员 report (特派员 by level, 覆盖率, 和龙市 延边黄牛, 龙井市 苹果梨, 安图县, 结对户 by 县（市）, 朝鲜族 骨干 share).

Three figures are deliberately wrong, the rest agree:
  a 南猛村 茶叶 带动农户218户，其中脱贫户126户，占62.4%: 126 / 218 = 57.8% (a share);
  c 光伏收益27.6万元, 已支付26.76万元，资金支付率98.0%: 26.76 / 27.6 = 97.0% (a rate);
  e 合计捐款553.6万元 against 企业小计375 + 商会小计150 + 个人18.6 = 543.6万元 (a total).
Left out of the quantities: dates (2019年6月, 3月20日, 公示期), the phone number of e, 十四五 and 四个不摘 (names), 三点意见
(rhetorical), list numbering (1. 一是 （一）) and the title lines.
Left out of the relations: targets of 2024 (a 4000亩 and 突破100万元, b 1.6万元, 180万人以上, 80%以上, 60%以上, 85%以上,
d every figure of 二、三 and the 比例不低于60%, c 不低于80% (a rule, not a result), f 350名以上 and 1.5万人次), the villagers'
incomes at two dates with no growth stated (a 2860元 and 1.86万元), the citizen's 20多万元 (a rough remainder), one-part
groupings (e 吸纳就业3260人 其中 都安1120人, a 收入 from 2017年的不足5万元), shares whose numerator is not printed
(b 支出进度96.8%, a 自来水普及率100%) and b's 12个县 and 90% (a count below a threshold).
Growths whose base is not printed are cannot_compute rows (a 23.5%, b 15.2% and 14.1%, d 13.5% and 8.9%, e 18.6%, f 11.2%).
Regions: the figures of the citizen's village (静乐县娘子神乡某村, 我们村, 该村) are 娘子神乡, the finest place named; the
donations to the 市 fund are 河池市 whatever the donor's name; 延边黄牛 is a breed, its figures those of 和龙市.

First contact (base bae6000, before any rule was written for them), with the gold as first typed:
    extraction F1 1.000 (P 1.000, R 1.000, indicator agreement 0.000) over 240 gold quantities in 6 files
    region agreement 0.892 (214/240 matched quantities; 0 with no region)
    relations: 31/40 verified right (32 verified), 1/3 real inconsistencies found, 2 false alarms
benchmarks/wrong_numbers.py on the set: 0 wrong numbers. No disagreement was a gold mistake; the gold is unchanged.
What first contact showed: 增长12.6%，比全省农村居民人均可支配收入增速7.8%高4.8个百分点 read 7.8% as the growth of the
13198元 -> 14862元 pair (two false alarms, rates and checks); the donation list (numbered lines, 小计 lines, 以上合计) not
summed, so the wrong 合计 was missed and 553.6万元 was only nested over 200万元 + 120万元; 贫困发生率48.7% taken on 132户 with
no base (全村有286户1126人 not a base); 全州1061个行政村中，有…服务的村达到986个，覆盖率92.9% without its numerator; 人均4200元
over 公益岗位42个 unchecked; the village figures of the message (我们村, 该村 after 娘子神乡某村) given to 静乐县; 用于都安瑶族
自治县 lost to 于都 (a homonym across 用于: the text after it was not searched again); 全市延边黄牛饲养量 read as 延边's.
After the rules (tests/test_unseen_ao.py): see that file's docstring for the final lines.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

GOLD = GoldSet(HERE)
quantities, R = GOLD.quantities, GOLD.R


def implied(reported, *printed):
    """The base a growth implies: ``printed[0] / (1 + reported%)``, rounded for a note."""
    return f"{printed[0] / (1 + reported / 100):.4g}"


# ======================================================================================================
A = "a_leishan_nanmeng_village_feature_2024"; X = "南猛村"
quantities(A, X, """
2860元|CNY
1.86万元|CNY
286户|household
1126人|person
132户|household
548人|person
48.7%|percent
3200亩|mu
1280万元|CNY
218户|household
126户|household
62.4%|percent
不足5万元|CNY
68.6万元|CNY
32.4万元|CNY
21.8万元|CNY
14.4万元|CNY
12.5万元|CNY
8.6万元|CNY
23人|person
40多人|person
16间|other:间
3200人次|person_time
46万元|CNY
6户|household
8.6万人次|person_time
23.5%|percent
1060万元|CNY
32家|enterprise
260人|person
3200元|CNY
5亩|mu
6.8万元|CNY
1.52万元|CNY
9000元|CNY
68.9%|percent
386人|person
214人|person
172人|person
12.6公里|km
100%|percent
4000亩|mu
突破100万元|CNY
""")
R(A, "rate", X, "2014", "48.7%", "a/b", ["548", "1126"], "贫困人口548人 / 全村1126人", "贫困发生率")
R(A, "share", X, "2023", "62.4%", "a/b", ["126", "218"], "脱贫户126户 / 带动农户218户", "deliberate error: 57.8%",
  verdict="mismatch")
R(A, "sum", X, "2023", "68.6万元", "a+b+c", ["32.4万", "21.8万", "14.4万"], "分红32.4 + 租金21.8 + 光伏14.4 (万元)",
  "村集体经济收入 by source")
R(A, "growth", X, "2023 vs 2022", "23.5%", None, [], "游客8.6万人次; 上年 not printed",
  f"implies 上年 about {implied(23.5, 8.6e4)}人次")
R(A, "growth", X, "2023 vs 2019", "68.9%", "a/b-1", ["1.52万", "9000元"], "1.52万元 / 9000元 − 1", "农村居民人均可支配收入")
R(A, "sum", X, "2023", "386人", "a+b", ["214", "172"], "省外214 + 县内172 (人)", "外出务工 by 就业地")


# ======================================================================================================
B = "b_hunan_leader_speech_2024"; X = "湖南省"; XX, HH = "湘西土家族苗族自治州", "怀化市"
quantities(B, X, f"""
28.6万户|household
76.4万人|person
20.2万户|household
70.6%|percent
8.4万户|household
13198元|CNY
14862元|CNY
12.6%|percent
7.8%|percent
4.8个百分点|percentage_point
15.2%|percent|{XX}
14.1%|percent|{HH}
142.6亿元|CNY
86.4亿元|CNY
38.7亿元|CNY
17.5亿元|CNY
83.2亿元|CNY
58.3%|percent
96.8%|percent
182.5万人|person
175万人|person
7.5万人|person
326个|workshop
1.8万人|person
12个|other:county
90%|percent
69.4万名|person
1.3万户|household
1.6万元|CNY
180万人以上|person
80%以上|percent
40亿元|CNY
3.4%|percent
60%以上|percent
200万亩|mu
10万元以上|CNY
85%以上|percent
""")
R(B, "rate", X, "2023", "70.6%", "a/b", ["20.2万", "28.6万"], "已消除风险20.2万户 / 监测对象28.6万户", "风险消除率")
R(B, "difference", X, "2023", "8.4万户", "a-b", ["28.6万", "20.2万"], "监测对象28.6万户 − 已消除20.2万户", "风险未消除")
R(B, "growth", X, "2023 vs 2022", "12.6%", "a/b-1", ["14862元", "13198元"], "14862元 / 13198元 − 1", "脱贫人口人均纯收入")
R(B, "difference", X, "2023", "4.8个百分点", "a-b", ["12.6%", "7.8%"], "12.6% − 7.8%", "脱贫人口 vs 农村居民 收入增速")
R(B, "growth", XX, "2023 vs 2022", "15.2%", None, [], "增长15.2%; neither year printed", "no base printed")
R(B, "growth", HH, "2023 vs 2022", "14.1%", None, [], "增长14.1%; neither year printed", "no base printed")
R(B, "sum", X, "2023", "142.6亿元", "a+b+c", ["86.4亿", "38.7亿", "17.5亿"], "中央86.4 + 省级38.7 + 市县17.5 (亿元)",
  "衔接资金 by level")
R(B, "share", X, "2023", "58.3%", "a/b", ["83.2亿", "142.6亿"], "产业发展83.2亿元 / 衔接资金142.6亿元")
R(B, "difference", X, "2023", "7.5万人", "a-b", ["182.5万", "175万"], "务工182.5万人 − 目标175万人", "超出目标")
R(B, "growth", X, "2024 vs 2023", "3.4%", "a/b-1", ["40亿", "38.7亿"], "省级预算安排40亿元 / 上年省级资金38.7亿元 − 1")


# ======================================================================================================
C = "c_jingle_message_board_reply_2024"; V, X = "娘子神乡", "静乐县"
quantities(C, V, f"""
近28万元|CNY
300元|CNY
156户|household
4.68万元|CNY
20多万元|CNY
300千瓦|kw
27.6万元|CNY
不低于80%|percent|{X}
42个|other:岗位
17.64万元|CNY
4200元|CNY
4项|item
4.44万元|CNY
156户|household
4.68万元|CNY
300元|CNY
0.84万元|CNY
27.6万元|CNY
22.08万元|CNY
80.0%|percent
26.76万元|CNY
98.0%|percent
96座|power_station|{X}
2.88万千瓦|kw|{X}
300千瓦|kw|{X}
2652万元|CNY|{X}
4860个|other:岗位|{X}
1.12万户|household|{X}
""")
R(C, "per_unit", V, "2023", "300元", "a/b", ["4.68万", "156"], "发放4.68万元 / 脱贫户156户", "the villager's 每户 (留言)")
R(C, "per_unit", V, "2023", "4200元", "a/b", ["17.64万", "42"], "工资17.64万元 / 公益岗位42个", "人均")
R(C, "per_unit", V, "2023", "300元", "a/b", ["4.68万", "156"], "奖励补助4.68万元 / 脱贫户156户", "户均 (回复)")
R(C, "sum", V, "2023", "27.6万元", "a+b+c+d", ["17.64万", "4.44万", "4.68万", "0.84万"],
  "公益岗位17.64 + 公益事业4.44 + 奖补4.68 + 结余0.84 (万元)", "以上合计")
R(C, "sum", V, "2023", "22.08万元", "a+b", ["17.64万", "4.44万"], "公益岗位17.64 + 公益事业4.44 (万元)")
R(C, "share", V, "2023", "80.0%", "a/b", ["22.08万", "27.6万"], "22.08万元 / 收益27.6万元")
R(C, "rate", V, "2023", "98.0%", "a/b", ["26.76万", "27.6万"], "已支付26.76万元 / 收益27.6万元",
  "资金支付率; deliberate error: 97.0%", verdict="mismatch")
R(C, "per_unit", X, "2023", "300千瓦", "a/b", ["2.88万", "96"], "装机2.88万千瓦 / 电站96座", "平均每座")


# ======================================================================================================
D = "d_fugong_2024_work_plan"; X = "福贡县"
ROWS = [("上帕镇", "2680", "412", "6820", "6850"), ("马吉乡", "1526", "236", "3960", "3920"),
        ("石月亮乡", "1862", "268", "4580", "4560"), ("鹿马登乡", "2245", "315", "5640", "5380"),
        ("架科底乡", "1638", "226", "4120", "3870"), ("子里甲乡", "1156", "178", "2860", "3260"),
        ("匹河怒族乡", "1593", "227", "3220", "4760"), (X, "12700", "1862", "31200", "32600")]
table = "\n".join(f"{h}|household|{r}\n{m}|household|{r}\n{j}|person|{r}\n{c}|CNY*1e4|{r}" for r, h, m, j, c in ROWS)
quantities(D, X, f"""
11286元|CNY
13.5%|percent
10152元|CNY
8.9%|percent
1862户|household
6328人|person
1245户|household
66.9%|percent
3.12万人|person
0.86万人|person
0.94万人|person
1.32万人|person
3.26亿元|CNY
1.98亿元|CNY
60.7%|percent
{table}
1.26万元以上|CNY
10%以上|percent
1.1万元|CNY
8%|percent
80%以上|percent
3.1万人以上|person
3.4亿元|CNY
不低于60%|percent
1.5万亩|mu
3万亩|mu
28万亩|mu
0.5万亩|mu
3000人次|person_time
500个|other:岗位
8个|resettlement_site
1.12万户|household
4.31万人|person
""")
R(D, "growth", X, "2023 vs 2022", "13.5%", None, [], "11286元; 上年 not printed", f"implies 上年 about {implied(13.5, 11286)}元")
R(D, "growth", X, "2023 vs 2022", "8.9%", None, [], "10152元; 上年 not printed", f"implies 上年 about {implied(8.9, 10152)}元")
R(D, "rate", X, "2023", "66.9%", "a/b", ["1245", "1862"], "已消除风险1245户 / 监测对象1862户", "风险消除率")
R(D, "sum", X, "2023", "3.12万人", "a+b+c", ["0.86万", "0.94万", "1.32万"], "省外0.86 + 省内县外0.94 + 县内1.32 (万人)",
  "转移就业 by 就业地")
R(D, "share", X, "2023", "60.7%", "a/b", ["1.98亿", "3.26亿"], "产业发展1.98亿元 / 衔接资金3.26亿元")
GOLD.table_sums(D, X, "2023", ROWS, [("脱贫户", "户"), ("监测对象", "户"), ("转移就业", "人"), ("衔接资金", "万元")], "乡（镇）")


# ======================================================================================================
E = "e_hechi_wanqi_xingwancun_donations_2023"; X = "河池市"; DA = "都安瑶族自治县"
quantities(E, X, f"""
186家|enterprise
18家|chamber_of_commerce
226个|village
312个|project
3.86亿元|CNY
3.24亿元|CNY
0.62亿元|CNY
150万元|CNY
80万元|CNY
60万元|CNY
35万元|CNY
28万元|CNY
22万元|CNY
375万元|CNY
50万元|CNY
45万元|CNY
30万元|CNY
25万元|CNY
150万元|CNY
128人|person
18.6万元|CNY
553.6万元|CNY
200万元|CNY|{DA}
120万元|CNY|{DA}
60.0%|percent|{DA}
1.26亿元|CNY
18.6%|percent
3260人|person
1120人|person|{DA}
""")
R(E, "sum", X, "2023", "3.86亿元", "a+b", ["3.24亿", "0.62亿"], "产业投资3.24亿元 + 公益捐赠0.62亿元")
R(E, "sum", X, "2023", "375万元", "a+b+c+d+e+f", ["150万", "80万", "60万", "35万", "28万", "22万"],
  "150 + 80 + 60 + 35 + 28 + 22 (万元)", "企业捐款小计")
R(E, "sum", X, "2023", "150万元", "a+b+c+d", ["50万", "45万", "30万", "25万"], "50 + 45 + 30 + 25 (万元)", "商会捐款小计")
R(E, "sum", X, "2023", "553.6万元", "a+b+c", ["375万", "150万", "18.6万"], "企业375 + 商会150 + 个人18.6 (万元)",
  "合计; deliberate error: 543.6", verdict="mismatch")
R(E, "rate", DA, "2023", "60.0%", "a/b", ["120万", "200万"], "已拨付120万元 / 定向资金200万元", "拨付率")
R(E, "growth", X, "2023 vs 2022", "18.6%", None, [], "采购1.26亿元; 上年 not printed",
  f"implies 上年 about {implied(18.6, 1.26e8)}元")


# ======================================================================================================
F = "f_yanbian_science_envoys_2023"; X = "延边朝鲜族自治州"
HL, LJ, AT = "和龙市", "龙井市", "安图县"; THREE = f"{HL};{LJ};{AT}"
quantities(F, X, f"""
326名|person
86名|person
148名|person
92名|person
1061个|village
986个|village
92.9%|percent
18个|other:团
28个|other:经营主体
9个|enterprise
19个|other:合作社
42个|other:品种
35项|item
56个|other:基地
680场次|other:场次
1.26万人次|person_time
420个|other:养殖场|{HL}
3.6万头|head|{HL}
11.2%|percent|{HL}
1860户|household|{HL}
5200元|CNY|{HL}
4.2万亩|mu|{LJ}
6.8万吨|ton|{LJ}
6.2万吨|ton|{LJ}
9.7%|percent|{LJ}
2.3万亩|mu|{AT}
3个|other:示范园|{AT}
3860户|household|{THREE}
1240户|household|{HL}
1380户|household|{LJ}
1240户|household|{AT}
1158万元|CNY|{THREE}
3000元|CNY|{THREE}
46名|person
1260名|person
538名|person
42.7%|percent
350名以上|person
1.5万人次|person_time
""")
R(F, "sum", X, "2023", "326名", "a+b+c", ["86", "148", "92"], "省级86 + 州级148 + 县（市）级92 (名)", "科技特派员 by level")
R(F, "rate", X, "2023", "92.9%", "a/b", ["986", "1061"], "服务的村986个 / 行政村1061个", "覆盖率")
R(F, "sum", X, "2023", "28个", "a+b", ["9", "19"], "企业9 + 合作社19 (个)")
R(F, "growth", HL, "2023 vs 2022", "11.2%", None, [], "饲养量3.6万头; 上年 not printed",
  f"implies 上年 about {implied(11.2, 3.6e4)}头")
R(F, "growth", LJ, "2023 vs 2022", "9.7%", "a/b-1", ["6.8万", "6.2万"], "6.8万吨 / 6.2万吨 − 1", "苹果梨产量")
R(F, "sum", THREE, "2023", "3860户", "a+b+c", ["1240", "1380", "1240"], "和龙1240 + 龙井1380 + 安图1240 (户)", "by 县（市）")
R(F, "per_unit", THREE, "2023", "3000元", "a/b", ["1158万", "3860"], "增收1158万元 / 结对户3860户", "户均")
R(F, "share", X, "2023", "42.7%", "a/b", ["538", "1260"], "朝鲜族骨干538名 / 乡土技术骨干1260名")

GOLD.write_relations()
