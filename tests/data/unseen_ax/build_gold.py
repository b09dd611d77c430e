"""Gold of tests/data/unseen_ax (quantities with regions, and relations with the interval rule of
../shared/corpus/README.md), written by hand from the texts: values are parsed from the raw spans
typed below (Chinese numerals are given explicitly), raws are checked with str.find in text order.
Run: python build_gold.py  (writes NAME.regions.csv and NAME.relations.csv beside NAME.txt; helpers in ../gold_build.py).

Six genres the earlier sets do not have, in places they do not use: a 审计结果公告 of 固原市审计局 (宁夏) on 衔接资金
(问题金额 by kind 闲置/滞留/挤占挪用 and by 县区 with 其中, 整改率), b a 驻村第一书记 news feature from 墨玉县 (新疆 和田;
a village's 账本: 年均增长 over four years, 是…的5.7倍, 户均, 参保率, a villager's quote), c a 考核评估 (后评估) 反馈问题
整改 report of 都安瑶族自治县 (广西 河池; 整改完成率 of 问题 counted in 个, 监测对象 by kind, 由…增加到…增加), d the
rural part of the 政府工作报告 of 石柱土家族自治县 (重庆; 由2018年的…增加到2023年的…年均增长, 增长 with no base, 增速高于
全市…个百分点, targets 左右/以上/突破), e a 消费帮扶 年度总结 of 天镇县 (山西 大同; 832平台 as a name, 销售额 by channel
and by product, 采购 by kind of 预算单位) and f a 粤黔 东西部协作 总结 of 黔南州 with 广州市 (财政援助资金 by use and by
county, 劳务协作, 人才 by kind). Years 2022-2024. Regions name the finest place the text supports; in f the receiving
place first and the giver after it (`三都水族自治县;广州市;广东省`), and what sits in 广州 (工作站, the 326 enterprises) is
`广州市;广东省`.

Three figures are deliberately wrong, the rest agree:
  a 固原 资金闲置6843.5万元 against 原州区2685.2 + 西吉县3016.4 + 彭阳县1171.9 = 6873.5万元 (a total);
  c 都安 住房 已完成改造172户 of 186户, 完成率94.5%: 172 / 186 = 92.5% (a rate);
  e 天镇 黄花销售额1.42亿元 占全县消费帮扶销售额的46.6%: 1.42 / 3.26 = 43.6% (a share).
Left out of the relations: shares whose numerator is not printed (b 60% / 40% of the 大棚 income), targets (d 6%左右,
7%左右, 突破30亿元; e 不低于…30%, 突破4亿元; f 80家以上), repeated figures (a 归还原资金渠道1762.3万元 = 挤占挪用;
b 213户), thresholds (b 超过3万元). Growths and gaps whose base is not printed are cannot_compute rows.

First contact (base 811fd64, before any rule was written for them), with the gold as first typed:
    extraction F1 0.981 (P 0.981, R 0.981, indicator agreement 0.000) over 316 gold quantities in 6 files
    region agreement 0.974 (302/310 matched quantities; 0 with no region)
    relations: 47/58 verified right (47 verified), 2/3 real inconsistencies found, 2 false alarms
      (breakdown 4.16万人 + 2.66万人 = 0.35万人; enumeration_count 3个镇 = 澄江镇、百旺镇)
benchmarks/wrong_numbers.py on the set: 0 wrong numbers.
Gold corrections after first contact (each a mistake of the gold by the corpus conventions, none toward the code):
  a 市县两级 and c 县、乡、村三级 are counts of the levels listed right before it (README: 区市两级 is included), first left out;
  c 新型经营主体46家 are cooperatives, family farms and enterprises, other:经营主体, first typed enterprise;
  d 比2018年翻了一番多 is a multiple (2 other:倍, as 翻了一番多 in unseen_ab and unseen_av), first left out; its
  base is not printed, so it is a cannot_compute growth row.
What first contact showed: 4.16万人 + 2.66万人 checked against 增加0.35万人 (the change restating 由上年的6.47万人增加到
6.82万人, not the whole of 其中; a false alarm); 地苏镇、拉烈镇、下坳镇3个镇 read forward against 澄江镇、百旺镇 of the next
sentence's open list (等8个乡镇; a false alarm); the deliberate 完成率94.5% left unchecked (需改造的农房186户 not taken as
its base); 自治区 in 中央、自治区和市县财政…资金 read as 宁夏 for the audit's 28个乡镇; 其中谷前堡镇2.1万亩 given to 全县;
16.2万群, 412款, 186趟次 not counted (no measure words); figures far from their base (b 比2019年增长92.0%, 是2020年的
5.7倍, a 整改率 over 1.27亿元 two sections back) unchecked.
After the rules (tests/test_unseen_ax.py): F1 0.994 (P 0.994, R 0.994) over 319, regions 0.978 (310/317), relations
49/58 verified right, 3/3 found, 0 false alarms. Still missed: the audit's first figures (28个乡镇…) now go to 彭阳县, the
last of the counties listed after 对 (固原市 is right); 都匀毛尖 (a tea named after 都匀) read as 都匀市; 在县城玉泉镇建成…
1个 given to 北京市 of the clause before; 占全县的37.5% of 谷前堡镇 given to 天镇县; 1286家 民宿和农家乐 as enterprises;
b's growths and multiple over a level printed paragraphs earlier; 151个行政村中已有96个…覆盖率63.6%; 10公斤 per 群
(吨 over 万群).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for the shared helpers
from gold_build import GoldSet  # noqa: E402

CN = {"两座": 2, "三级": 3, "翻了一番多": 2, "两级": 2}
GOLD = GoldSet(HERE, cn=CN)
quantities, R = GOLD.quantities, GOLD.R


# ======================================================================================================
A = "a_guyuan_audit_bridging_funds_2022"; X = "固原市"
YZ, XJ, LD, JY, PY = "原州区", "西吉县", "隆德县", "泾源县", "彭阳县"
quantities(A, X, f"""
28个|other:township
96个|village
412个|project
26.84亿元|CNY
19.37亿元|CNY
5.62亿元|CNY
两级|other:level
1.85亿元|CNY
25.13亿元|CNY
93.6%|percent
15.21亿元|CNY
56.7%|percent
3.2个百分点|percentage_point
1836个|project
1752个|project
95.4%|percent
13862元|CNY
5个|other:county
1.27亿元|CNY
3个|other:county|{YZ};{XJ};{PY};{X}
6843.5万元|CNY|{YZ};{XJ};{PY};{X}
2685.2万元|CNY|{YZ}
3016.4万元|CNY|{XJ}
1171.9万元|CNY|{PY}
2个|other:township|兴隆镇;平峰镇;{XJ}
186万元|CNY|兴隆镇;平峰镇;{XJ}
2986.3万元|CNY|{LD};{JY}
1865.7万元|CNY|{LD}
1120.6万元|CNY|{JY}
6个|other:township|三营镇;头营镇;{YZ}
1140.5万元|CNY|三营镇;头营镇;{YZ}
4126.8万元|CNY
1762.3万元|CNY|{PY};{XJ};{X}
1028.6万元|CNY|{PY}
733.7万元|CNY|{XJ}
18个|other:资产|{YZ};{LD}
2315.4万元|CNY|{YZ};{LD}
2个|other:power_station|联财镇;沙塘镇;{LD}
96.8万元|CNY|联财镇;沙塘镇;{LD}
5件|other:线索
1.02亿元|CNY
80.1%|percent
4360万元|CNY
1762.3万元|CNY
23项|item
23人|person
""")
R(A, "sum", X, "2022", "26.84亿元", "a+b+c", ["19.37亿", "5.62亿", "1.85亿"], "中央19.37 + 自治区5.62 + 市县1.85 (亿元)", "by source")
R(A, "rate", X, "2022", "93.6%", "a/b", ["25.13亿", "26.84亿"], "支出25.13亿元 / 安排26.84亿元", "支出进度")
R(A, "share", X, "2022", "56.7%", "a/b", ["15.21亿", "26.84亿"], "产业发展15.21亿元 / 衔接资金26.84亿元")
R(A, "difference", X, "2022 vs 2021", "3.2个百分点", None, [], "56.7% − 上年比重 (not printed)",
  f"上年比重 not printed; implies {56.7 - 3.2:.1f}%")
R(A, "rate", X, "2022", "95.4%", "a/b", ["1752", "1836"], "已完工1752个 / 项目1836个", "完工率")
R(A, "sum", X, "2022", "1.27亿元", "a+b+c", ["6843.5万", "4126.8万", "1762.3万"], "闲置6843.5 + 滞留4126.8 + 挤占挪用1762.3 (万元)", "问题金额 by kind")
R(A, "sum", f"{YZ};{XJ};{PY};{X}", "2022", "6843.5万元", "a+b+c", ["2685.2万", "3016.4万", "1171.9万"],
  "原州区2685.2 + 西吉县3016.4 + 彭阳县1171.9 (万元)", "deliberate error: the parts add to 6873.5万元", verdict="mismatch")
R(A, "sum", f"{LD};{JY}", "2022", "2986.3万元", "a+b", ["1865.7万", "1120.6万"], "隆德县1865.7 + 泾源县1120.6 (万元)")
R(A, "sum", X, "2022", "4126.8万元", "a+b", ["2986.3万", "1140.5万"], "县级财政2986.3 + 乡镇1140.5 (万元)", "以上共计滞留")
R(A, "sum", f"{PY};{XJ};{X}", "2022", "1762.3万元", "a+b", ["1028.6万", "733.7万"], "彭阳县1028.6 + 西吉县733.7 (万元)")
R(A, "rate", X, "2023-05", "80.1%", "a/b", ["1.02亿", "1.27亿"], "已整改1.02亿元 / 问题金额1.27亿元", "整改率")


# ======================================================================================================
B = "b_moyu_first_secretary_story_2023"; X = "夏合勒克村;加汗巴格乡;墨玉县"
quantities(B, X, f"""
486户|household
2017人|person
213户|household
897人|person
11户|household
43人|person
8260元|CNY
12.1万元|CNY
8个|other:村民小组
1260万元|CNY
780万元|CNY
480万元|CNY
120座|other:座
3200亩|mu
120座|other:座
0.8万元|CNY
96万元|CNY
60%|percent
40%|percent
165公斤|other:公斤
230公斤|other:公斤
39.4%|percent
1180万元|CNY
14期|other:期
620人次|person_time
628人|person
412人|person|{X};乌鲁木齐市;昌吉回族自治州
216人|person
86名|person
2600元|CNY
78户|household
312万元|CNY
4万元|CNY
126户|household
1500元|CNY
142名|person
2名|person
1986人|person
98.5%|percent
15860元|CNY
92.0%|percent
17.7%|percent
68.5万元|CNY
5.7倍|other:倍
213户|household
超过3万元|CNY
182户|household
85.4%|percent
两座|other:座
4.6万元|CNY
2200元|CNY
30座|other:座
80万元以上|CNY
""")
R(B, "sum", X, "2021..2023", "1260万元", "a+b", ["780万", "480万"], "衔接资金780 + 援疆资金480 (万元)")
R(B, "per_unit", X, "2023", "0.8万元", "a/b", ["96万", "120"], "合计96万元 / 大棚120座", "每座大棚年均收益")
R(B, "growth", X, "2023 vs 2020", "39.4%", "a/b-1", ["230公斤", "165公斤"], "核桃亩产230公斤 / 165公斤 − 1")
R(B, "sum", X, "2023", "628人", "a+b", ["412", "216"], "疆内城市412 + 县内216 (人)", "转移就业 by 就业地")
R(B, "per_unit", X, "2023", "4万元", "a/b", ["312万", "78"], "小额信贷312万元 / 78户", "户均")
R(B, "rate", X, "2023", "98.5%", "a/b", ["1986", "2017"], "参保1986人 / 村民2017人", "参保率")
R(B, "growth", X, "2023 vs 2019", "92.0%", "a/b-1", ["15860元", "8260元"], "15860元 / 8260元 − 1")
R(B, "growth", X, "2019..2023", "17.7%", "(a/b)**(1/4)-1", ["15860元", "8260元"], "(15860元 / 8260元)^(1/4) − 1", "年均")
R(B, "growth", X, "2023 vs 2020", "5.7倍", "a/b", ["68.5万", "12.1万"], "68.5万元 / 12.1万元", "是…的5.7倍",
  reported=5.7, half=0.05)
R(B, "share", X, "2023", "85.4%", "a/b", ["182", "213"], "年收入超过3万元182户 / 脱贫户213户")


# ======================================================================================================
C = "c_duan_evaluation_rectification_2024"; X = "都安瑶族自治县"
quantities(C, X, f"""
4个|other:aspect
23个|other:个
86条|other:条
19个|other:township
23个|other:个
21个|other:个
91.3%|percent
2个|other:个
148个|other:个
137个|other:个
92.6%|percent
3865万元|CNY
2410万元|CNY
1455万元|CNY
三级|other:level
3轮|other:轮
15.62万户|household
1286户|household
5347人|person
612户|household
438户|household
236户|household
4862户|household
19735人|person
3104户|household
12683人|person
63.8%|percent
186户|household
172户|household
94.5%|percent
3个|other:township|地苏镇;拉烈镇;下坳镇;{X}
1260万元|CNY
42处|other:site
8个|other:township
1.36万人|person|澄江镇;百旺镇;保安乡;{X}
37名|person
2.86亿元|CNY
4.52亿元|CNY
63.3%|percent
46家|other:经营主体
3.48万户|household
6.47万人|person
6.82万人|person
0.35万人|person
4.16万人|person
2.66万人|person
12个|workshop|高岭镇;安阳镇;{X}
538人|person|高岭镇;安阳镇;{X}
3.95亿元|CNY
2.48亿元|CNY
62.8%|percent
6528个|other:资产
38.6亿元|CNY
14个|other:资产
2个|other:个
""")
R(C, "rate", X, "2024-05", "91.3%", "a/b", ["21", "23"], "已完成整改21个 / 反馈问题23个", "整改完成率")
R(C, "sum", X, "2024-05", "23个", "a+b", ["21", "2"], "已完成整改21 + 其余2 (个)", "反馈问题 by 进展")
R(C, "rate", X, "2024-05", "92.6%", "a/b", ["137", "148"], "已整改137个 / 自查发现148个", "整改完成率")
R(C, "sum", X, "2024-05", "3865万元", "a+b", ["2410万", "1455万"], "衔接资金2410 + 县本级1455 (万元)")
R(C, "sum", X, "2024-05", "1286户", "a+b+c", ["612", "438", "236"], "脱贫不稳定户612 + 边缘易致贫户438 + 突发严重困难户236 (户)")
R(C, "rate", X, "2024-05", "63.8%", "a/b", ["3104", "4862"], "已消除风险3104户 / 监测对象4862户", "风险消除率")
R(C, "rate", X, "2024-05", "94.5%", "a/b", ["172", "186"], "已完成改造172户 / 需改造186户",
  "完成率; deliberate error: 172 / 186 = 92.5%", verdict="mismatch")
R(C, "share", X, "2024", "63.3%", "a/b", ["2.86亿", "4.52亿"], "产业发展2.86亿元 / 中央衔接资金4.52亿元")
R(C, "difference", X, "2024 vs 2023", "0.35万人", "a-b", ["6.82万", "6.47万"], "6.82万人 − 6.47万人", "务工规模 增加")
R(C, "sum", X, "2024", "6.82万人", "a+b", ["4.16万", "2.66万"], "区外4.16 + 区内2.66 (万人)")
R(C, "rate", X, "2024-05", "62.8%", "a/b", ["2.48亿", "3.95亿"], "已支出2.48亿元 / 到位3.95亿元", "支出进度")


# ======================================================================================================
D = "d_shizhu_government_work_report_2024"; X = "石柱土家族自治县"
quantities(D, X, f"""
12578元|CNY
19263元|CNY
8.9%|percent
9860元|CNY
15342元|CNY
11.7%|percent
218.6亿元|CNY
6.2%|percent
36.4亿元|CNY
4.3%|percent
16.7%|percent
19263元|CNY
7.6%|percent
0.8个百分点|percentage_point
15.2万亩|mu
21.6万吨|ton
5.3万亩|mu
9.8亿元|CNY
近60%|percent
16.2万群|other:群
1620吨|ton
10公斤|other:公斤
1.2万亩|mu
38家|enterprise
2家|enterprise
36家|enterprise
46.8亿元|CNY
翻了一番多|other:倍
1200万人次|person_time
2150万人次|person_time
12.4%|percent
86.5亿元|CNY
15.3%|percent
1286家|other:民宿
2.3万名|person
28.6亿元|CNY
1860公里|other:km
100%|percent
82.5%|percent
93.6%|percent
11.1个百分点|percentage_point
4.2万户|household
86.3%|percent
3215户|household
10862人|person
2386户|household
8102人|person
74.2%|percent
5.62亿元|CNY
1.38万户次|other:户次
4.62万人|person
3.15万人|person
1.47万人|person
2860个|other:岗位
6%左右|percent
7%左右|percent
59万亩以上|mu
4.5万人以上|person
突破30亿元|CNY
突破10亿元|CNY
12个|village
""")
R(D, "growth", X, "2018..2023", "8.9%", "(a/b)**(1/5)-1", ["19263元", "12578元"], "(19263元 / 12578元)^(1/5) − 1", "年均")
R(D, "growth", X, "2019..2023", "11.7%", "(a/b)**(1/4)-1", ["15342元", "9860元"], "(15342元 / 9860元)^(1/4) − 1", "年均")
R(D, "growth", X, "2023 vs 2022", "6.2%", None, [], "218.6亿元 / 上年地区生产总值 (not printed) − 1",
  f"上年 not printed; implies {218.6 / 1.062:.1f}亿元")
R(D, "growth", X, "2023 vs 2022", "4.3%", None, [], "36.4亿元 / 上年第一产业增加值 (not printed) − 1",
  f"上年 not printed; implies {36.4 / 1.043:.1f}亿元")
R(D, "share", X, "2023", "16.7%", "a/b", ["36.4亿", "218.6亿"], "第一产业增加值36.4亿元 / 地区生产总值218.6亿元")
R(D, "growth", X, "2023 vs 2022", "7.6%", None, [], "19263元 / 上年 (not printed) − 1",
  f"上年 not printed; implies {19263 / 1.076:.0f}元")
R(D, "difference", X, "2023", "0.8个百分点", None, [], "7.6% − 全市增速 (not printed)",
  f"全市增速 not printed; implies {7.6 - 0.8:.1f}%")
R(D, "share", X, "2023", "60%", None, [], "黄连产值9.8亿元 / 全国黄连产值 (not printed)",
  f"全国 not printed; 近60% implies a little over {9.8 / 0.6:.1f}亿元", bare="近60%")
R(D, "per_unit", X, "2023", "10公斤", "a*1000/b", ["1620", "16.2万"], "蜂蜜1620吨 (×1000公斤) / 16.2万群 ÷ 1000", "每群平均产蜜 (吨 over 万群, in 公斤: 1620e3 / 16.2e4)")
R(D, "sum", X, "2023", "38家", "a+b", ["2", "36"], "国家级2 + 市级36 (家)")
R(D, "growth", X, "2023 vs 2018", "2倍", None, [], "46.8亿元 / 2018年农产品加工产值 (not printed)",
  f"2018年 not printed; 翻了一番多 implies at most {46.8 / 2:.1f}亿元", reported=2, half=0.5, bare="翻了一番多")
R(D, "growth", X, "2018..2023", "12.4%", "(a/b)**(1/5)-1", ["2150万", "1200万"], "(2150万人次 / 1200万人次)^(1/5) − 1", "年均")
R(D, "growth", X, "2023 vs 2022", "15.3%", None, [], "86.5亿元 / 上年 (not printed) − 1", f"上年 not printed; implies {86.5 / 1.153:.1f}亿元")
R(D, "difference", X, "2023 vs 2018", "11.1个百分点", "a-b", ["93.6%", "82.5%"], "93.6% − 82.5%")
R(D, "rate", X, "2023", "74.2%", "a/b", ["2386", "3215"], "已消除风险2386户 / 监测对象3215户", "风险消除率")
R(D, "sum", X, "2023", "4.62万人", "a+b", ["3.15万", "1.47万"], "县外3.15 + 县内1.47 (万人)")


# ======================================================================================================
E = "e_tianzhen_consumption_assistance_2023"; X = "天镇县"
quantities(E, X, f"""
3.26亿元|CNY
2.75亿元|CNY
18.5%|percent
8640万元|CNY
26.5%|percent
5260万元|CNY
18700万元|CNY
1.42亿元|CNY
46.6%|percent
0.86亿元|CNY
0.58亿元|CNY
0.40亿元|CNY
6820户|household
1860元|CNY
126个|other:产品
38家|enterprise
412款|other:款
5.6万亩|mu
2.1万亩|mu|谷前堡镇
37.5%|percent|谷前堡镇
4个|other:加工厂|逯家湾镇;新平堡镇;{X}
1.8万吨|ton|逯家湾镇;新平堡镇;{X}
30%|percent
2865万元|CNY|{X};大同市
1936万元|CNY
2412万元|CNY
1427万元|CNY
6个|other:专馆|{X};大同市;太原市;北京市
48个|other:专柜|{X};大同市;太原市;北京市
1个|other:服务中心|玉泉镇;{X}
5260万元|CNY
24.6%|percent
16场次|other:场次
320场次|other:场次
2350万元|CNY
1680万元|CNY
151个|village
96个|village
63.6%|percent
3处|other:site|马家皂乡;赵家沟乡;{X}
4200立方米|other:立方米|马家皂乡;赵家沟乡;{X}
突破4亿元|CNY
突破1亿元|CNY
30个以上|other:产品
""")
R(E, "growth", X, "2023 vs 2022", "18.5%", "a/b-1", ["3.26亿", "2.75亿"], "3.26亿元 / 2.75亿元 − 1")
R(E, "share", X, "2023", "26.5%", "a/b", ["8640万", "3.26亿"], "832平台8640万元 / 销售额3.26亿元")
R(E, "sum", X, "2023", "3.26亿元", "a+b+c", ["8640万", "5260万", "18700万"], "832平台8640 + 专馆专柜5260 + 社会采购和电商18700 (万元)", "by channel")
R(E, "share", X, "2023", "46.6%", "a/b", ["1.42亿", "3.26亿"], "黄花1.42亿元 / 销售额3.26亿元",
  "deliberate error: 1.42 / 3.26 = 43.6%", verdict="mismatch")
R(E, "sum", X, "2023", "3.26亿元", "a+b+c+d", ["1.42亿", "0.86亿", "0.58亿", "0.40亿"], "黄花1.42 + 杂粮0.86 + 肉羊0.58 + 其他0.40 (亿元)", "by product")
R(E, "share", "谷前堡镇", "2023", "37.5%", "a/b", ["2.1万", "5.6万"], "谷前堡镇2.1万亩 / 全县5.6万亩")
R(E, "sum", X, "2023", "8640万元", "a+b+c+d", ["2865万", "1936万", "2412万", "1427万"], "大同市直2865 + 天镇县1936 + 中央和东西部2412 + 其他1427 (万元)", "832平台 by buyer")
R(E, "growth", X, "2023 vs 2022", "24.6%", None, [], "5260万元 / 上年 (not printed) − 1", f"上年 not printed; implies {5260 / 1.246:.0f}万元")
R(E, "rate", X, "2023", "63.6%", "a/b", ["96", "151"], "建成电商服务站96个村 / 行政村151个", "覆盖率")


# ======================================================================================================
F = "f_qiannan_guangzhou_cooperation_2023"; X = "黔南布依族苗族自治州;广州市;广东省"; GZ = "广州市;广东省"
SD, LB, LDN = "三都水族自治县;广州市;广东省", "荔波县;广州市;广东省", "罗甸县;广州市;广东省"
DY = "都匀市;黔南布依族苗族自治州;广州市;广东省"; LH = "龙里县;惠水县;黔南布依族苗族自治州;广州市;广东省"
quantities(F, X, f"""
11个|other:district|{GZ}
12个|other:county|黔南布依族苗族自治州
9.36亿元|CNY
8.82亿元|CNY
6.1%|percent
5.94亿元|CNY
63.5%|percent
2.48亿元|CNY
0.94亿元|CNY
486个|project
462个|project
95.1%|percent
1.12亿元|CNY|{SD}
58个|project|{SD}
0.86亿元|CNY|{LB}
41个|project|{LB}
0.97亿元|CNY|{LDN}
46个|project|{LDN}
14个|other:industrial_park
76家|enterprise
52.8亿元|CNY
6947万元|CNY
18家|enterprise|{DY}
2360人|person|{DY}
1148人|person|{DY}
48.6%|percent|{DY}
12个|other:基地|{LH}
8.6万亩|mu|{LH}
21.4万吨|ton|{LH}
6.58万人|person
2.14万人|person
4.44万人|person
4.21万人|person
64.0%|percent
132期|other:期
8640人次|person_time
9个|other:工作站|{GZ}
186趟次|other:趟次
32个|workshop
1860人|person
1012人|person
42.6亿元|CNY
13.9%|percent
8.3亿元|CNY
19.5%|percent
68名|person
752名|person
318名|person
296名|person
138名|person
96名|person
3260人次|person_time
1.38亿元|CNY
326家|enterprise|{GZ}
326个|village
6所|school
8家|other:医院
124项|item
80家以上|enterprise
6万人以上|person
""")
R(F, "growth", X, "2023 vs 2022", "6.1%", "a/b-1", ["9.36亿", "8.82亿"], "9.36亿元 / 8.82亿元 − 1")
R(F, "share", X, "2023", "63.5%", "a/b", ["5.94亿", "9.36亿"], "产业发展5.94亿元 / 财政援助资金9.36亿元")
R(F, "sum", X, "2023", "9.36亿元", "a+b+c", ["5.94亿", "2.48亿", "0.94亿"], "产业5.94 + 基础设施和公共服务2.48 + 劳务和人才0.94 (亿元)", "by use")
R(F, "rate", X, "2023", "95.1%", "a/b", ["462", "486"], "已完工462个 / 项目486个", "完工率")
R(F, "per_unit", X, "2023", "6947万元", "a/b", ["52.8亿", "76"], "投资52.8亿元 / 企业76家", "平均每家")
R(F, "share", DY, "2023", "48.6%", "a/b", ["1148", "2360"], "脱贫人口1148人 / 吸纳就业2360人")
R(F, "sum", X, "2023", "6.58万人", "a+b", ["2.14万", "4.44万"], "到广东2.14 + 省内4.44 (万人)", "by 就业地")
R(F, "share", X, "2023", "64.0%", "a/b", ["4.21万", "6.58万"], "脱贫人口4.21万人 / 转移就业6.58万人")
R(F, "growth", X, "2023 vs 2022", "13.9%", None, [], "42.6亿元 / 上年 (not printed) − 1", f"上年 not printed; implies {42.6 / 1.139:.1f}亿元")
R(F, "share", X, "2023", "19.5%", "a/b", ["8.3亿", "42.6亿"], "都匀毛尖8.3亿元 / 农特产品42.6亿元")
R(F, "sum", X, "2023", "752名", "a+b+c", ["318", "296", "138"], "教师318 + 医生296 + 农技138 (名)")

GOLD.write_relations()
