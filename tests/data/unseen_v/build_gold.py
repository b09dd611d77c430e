"""Relations gold of tests/data/unseen_v, with the interval rule of ../shared/corpus/README.md."""
import csv, itertools, re, sys
from pathlib import Path

COUNT_UNITS = "户人个所座处份件家名只次天亩公里"
def fig(s):
    m = re.match(r"([\d.]+)(万|亿)?(.*)", s)
    num, mul, unit = m.group(1), m.group(2), m.group(3)
    dec = len(num.split(".")[1]) if "." in num else 0
    k = {"万": 1e4, "亿": 1e8, None: 1}[mul]
    v = float(num) * k
    if "%" in unit or "百分点" in unit:
        return v, 0.5 * 10 ** -dec
    if mul or dec:
        return v, 0.5 * 10 ** -dec * k
    if unit.startswith("元"):
        return v, 0.5
    if unit == "" :  # bare table number in 万元 or count column: caller scales
        return v, 0.5 * 10 ** -dec if dec else 0.0
    return v, 0.0

def interval(expr, comps):
    vals = [fig(c) for c in comps]
    outs = []
    for corner in itertools.product(*[(v - h, v + h) for v, h in vals]):
        outs.append(eval(expr, {}, dict(zip("abcdefgh", corner))))
    mid = eval(expr, {}, dict(zip("abcdefgh", [v for v, _ in vals])))
    return min(outs), max(outs), mid

ROWS = {}
def R(art, kind, region, period, raw, expr, comps, text, note="", verdict=None, reported=None):
    ROWS.setdefault(art, [])
    rv, rh = fig(raw) if reported is None else (reported, 0.0)
    if raw.startswith("约") or raw.startswith("超过"):
        pass
    if expr is None:
        ROWS[art].append(dict(kind=kind, region=region, period=period, reported_raw=raw, reported_value=f"{rv:.10g}",
                              components=text, computed_value="", verdict="cannot_compute", note=note))
        return
    lo, hi, mid = interval(expr, comps)
    scale = 100 if ("%" in raw or "百分点" in raw) and kind in ("rate", "share", "growth") else 1
    lo, hi, mid = lo * scale, hi * scale, mid * scale
    ok = not (hi < rv - rh - 1e-9 or lo > rv + rh + 1e-9)
    got = "match" if ok else "mismatch"
    if verdict and verdict != got:
        print("VERDICT DIFFERS", art, raw, text, lo, hi, mid, file=sys.stderr)
    ROWS[art].append(dict(kind=kind, region=region, period=period, reported_raw=raw, reported_value=f"{rv:.10g}",
                          components=text, computed_value=f"{mid:.4g}", verdict=got, note=note))

def T(art, *a, bare=None, **k):
    """A row whose reported figure is printed bare in a table (``bare``), valued as ``raw``."""
    R(art, *a, **k)
    if bare:
        ROWS[art][-1]["reported_raw"] = bare

A = "a_huanan_fund_selfeval_2023"; X = "桦南县"
R(A, "sum", X, "2023", "14862万元", "a+b", ["10385万", "4477万"], "第一批10385万元 + 第二批4477万元")
R(A, "sum", X, "2023", "19032万元", "a+b+c", ["14862万", "3120万", "1050万"], "中央14862万元 + 省级3120万元 + 县本级1050万元")
R(A, "share", X, "2023", "58.0%", "a/b", ["8623万", "14862万"], "产业发展8623万元 / 中央衔接资金14862万元")
R(A, "difference", X, "2023", "3.0个百分点", "a-b", ["58.0%", "55%"], "58.0% − 要求55%", "above the required share")
R(A, "share", X, "2023", "35.6%", "a/b", ["5286万", "14862万"], "基础设施5286万元 / 14862万元")
R(A, "share", X, "2023", "6.4%", "a/b", ["953万", "14862万"], "其他953万元 / 14862万元")
R(A, "rate", X, "2023-12", "95.7%", "a/b", ["14218.6万", "14862万"], "已支出14218.6万元 / 下达14862万元", "支出率 (also the 合计 row of the table)")
R(A, "difference", X, "2022..2023", "7.3个百分点", "a-b", ["95.7%", "88.4%"], "95.7% − 上年同期88.4%")
for name, f, s, r in (("产业发展", "8623", "8195.3", "95.0%"), ("基础设施", "5286", "5102.5", "96.5%"), ("其他", "953", "920.8", "96.6%")):
    R(A, "rate", X, "2023-12", r, "a/b", [s + "万", f + "万"], f"{name}已支出{s}万元 / 下达{f}万元", "table row 支出率")
T(A, "sum", X, "2023", "14862万元", "a+b+c", ["8623万", "5286万", "953万"], "8623 + 5286 + 953 (万元)", "table 合计 下达资金 (printed bare 14862)", bare="14862")
T(A, "sum", X, "2023-12", "14218.6万元", "a+b+c", ["8195.3万", "5102.5万", "920.8万"], "8195.3 + 5102.5 + 920.8 (万元)", "table 合计 已支出 (printed bare 14218.6)", bare="14218.6")
R(A, "rate", X, "2023", "100%", "a/b", ["126", "126"], "已开工126个 / 实施126个", "开工率")
R(A, "rate", X, "2023", "96.4%", "a/b", ["119", "126"], "已完工119个 / 实施126个", "deliberate error: 完工率 is 94.4%")
R(A, "sum", X, "2023", "126个", "a+b+c", ["58", "61", "7"], "产业发展58个 + 基础设施61个 + 其他7个")
R(A, "sum", X, "2023", "1.86万户", "a+b", ["6380", "1.22万"], "务工带动6380户 + 入股分红等1.22万户")
R(A, "per_unit", X, "2023", "1250元", "a/b", ["2325万", "1.86万"], "增收2325万元 / 1.86万户", "户均增收")
R(A, "per_unit", X, "2023", "5739元", "a/b", ["896.4万", "1562"], "劳务报酬896.4万元 / 1562人")
R(A, "rate", X, "2023", "6.0%", "a/b", ["468.6万", "7825万"], "收益468.6万元 / 经营性资产7825万元", "资产收益率")
R(A, "rate", X, "2023", "94.4%", "a/b", ["17", "18"], "完成17项 / 指标18项", "完成率")
R(A, "difference", X, "2023", "1项", "a-b", ["18", "17"], "18项 − 完成17项", "未完成")

B = "b_kelan_monitoring_2024"; X = "岢岚县"
R(B, "sum", X, "2024-11", "1286户", "a+b+c", ["512", "438", "336"], "脱贫不稳定户512户 + 边缘易致贫户438户 + 突发严重困难户336户")
R(B, "sum", X, "2024-11", "3047人", "a+b+c", ["1236", "1015", "796"], "1236人 + 1015人 + 796人")
R(B, "per_unit", X, "2024", "2.3人", "a/b", ["203", "87"], "新纳入203人 / 87户", "户均")
R(B, "share", X, "2024-11", "69.4%", "a/b", ["893", "1286"], "已消除风险893户 / 监测对象1286户")
R(B, "share", X, "2024-11", "70.6%", "a/b", ["2105", "3047"], "已消除风险2105人 / 监测对象3047人", "deliberate error: 69.1%")
R(B, "difference", X, "2024-11", "393户", "a-b", ["1286", "893"], "1286户 − 已消除893户", "尚未消除风险")
R(B, "difference", X, "2024-11", "942人", "a-b", ["3047", "2105"], "3047人 − 已消除2105人", "尚未消除风险")
R(B, "rate", X, "2024", "85.7%", "a/b", ["1395", "1628"], "务工就业1395人 / 有劳动能力1628人", "务工就业率")
R(B, "per_unit", X, "2024", "2617元", "a/b", ["186.3万", "712"], "理赔金186.3万元 / 712户", "户均")
R(B, "per_unit", X, "2024", "4.5万元", "a/b", ["982万", "218"], "贷款982万元 / 218户", "户均")
R(B, "growth", X, "2024", "12.3%", None, [], "11568元 / 上年 (not printed) − 1", f"implies 上年 about {11568/1.123:.0f}元")

C = "c_xiamen_linxia_consumption_2023"; X = "临夏回族自治州;厦门市"
R(C, "growth", X, "2023 vs 2022", "18.5%", "a/b-1", ["13.62亿", "11.49亿"], "13.62亿元 / 上年11.49亿元 − 1")
R(C, "sum", X, "2023", "13.62亿元", "a+b", ["4.87亿", "8.75亿"], "直接采购4.87亿元 + 帮助销售8.75亿元")
R(C, "share", X, "2023", "27.9%", "a/b", ["1.36亿", "4.87亿"], "832平台1.36亿元 / 直接采购4.87亿元")
R(C, "sum", "东乡族自治县;积石山保安族东乡族撒拉族自治县;和政县", "2023", "6.77亿元", "a+b+c", ["2.86亿", "2.13亿", "1.78亿"], "2.86亿元 + 2.13亿元 + 1.78亿元", "三县合计 of a 分别 list")
R(C, "share", "东乡族自治县;积石山保安族东乡族撒拉族自治县;和政县", "2023", "49.7%", "a/b", ["6.77亿", "13.62亿"], "三县6.77亿元 / 全州13.62亿元")
R(C, "growth", X, "2023 vs 2022", "31.3%", "a/b-1", ["1.05亿", "0.8亿"], "1.05亿元 / 上年同期0.8亿元 − 1")
R(C, "per_unit", X, "2023", "1680元", "a/b", ["5476.8万", "3.26万"], "增收5476.8万元 / 3.26万人", "人均增收")

D = "d_qiongzhong_village_teams_2022"; X = "琼中黎族苗族自治县"
R(D, "sum", X, "2022", "312名", "a+b+c", ["26", "148", "138"], "省直26名 + 县直148名 + 乡镇138名")
R(D, "growth", X, "2022 vs 2021", "21.4%", "a/b-1", ["2863.5万", "2358.6万"], "2863.5万元 / 上年2358.6万元 − 1")
R(D, "per_unit", X, "2022", "28.6万元", "a/b", ["2863.5万", "100"], "2863.5万元 / 100个村", "村均")
R(D, "share", X, "2022", "60.9%", "a/b", ["1745.2万", "2863.5万"], "经营性收入1745.2万元 / 总额2863.5万元")
R(D, "share", X, "2022", "72.0%", "a/b", ["72", "100"], "10万元以上的村72个 / 行政村100个")
R(D, "rate", X, "2022", "98.4%", "a/b", ["420", "427"], "化解420起 / 排查427起", "化解率")
R(D, "share", X, "2022", "15.0%", "a/b", ["15", "100"], "优秀15支 / 工作队100支")

E = "e_yudu_relocation_followup_2023"; X = "于都县"
R(E, "sum", X, "2020", "36个", "a+b+c", ["3", "14", "19"], "县城3个 + 集镇14个 + 中心村19个")
R(E, "share", X, "2020", "81.7%", "a/b", ["16241", "19873"], "集中安置16241人 / 搬迁19873人", "按人口计")
R(E, "rate", X, "2023", "95.3%", "a/b", ["9874", "10362"], "就业9874人 / 劳动力10362人", "就业率")
R(E, "sum", X, "2023", "9874人", "a+b+c+d+e", ["5628", "2235", "816", "658", "537"], "5628 + 2235 + 816 + 658 + 537 (人)")
R(E, "share", X, "2023", "99.7%", "a/b", ["4497", "4512"], "1人以上就业4497户 / 有劳动力家庭4512户")
R(E, "difference", X, "2023", "15户", "a-b", ["4512", "4497"], "4512户 − 4497户", "零就业家庭")
R(E, "per_unit", X, "2023", "19.4人", "a/b", ["816", "42"], "816人 / 42个车间")
R(E, "growth", X, "2023", "13.2%", None, [], "15926元 / 上年 (not printed) − 1", f"implies 上年 about {15926/1.132:.0f}元")
R(E, "growth", X, "2023", "8.7%", None, [], "16852元 / 上年 (not printed) − 1", f"implies 上年 about {16852/1.087:.0f}元")
R(E, "difference", X, "2023", "4.5个百分点", "a-b", ["13.2%", "8.7%"], "13.2% − 8.7%", "增速之差")
R(E, "share", X, "2023", "70.9%", "a/b", ["6130万", "8650万"], "产业6130万元 / 后扶8650万元")

F = "f_anhui_income_employment_2024"; X = "安徽省"
R(F, "growth", X, "2024 vs 2023", "6.6%", "a/b-1", ["22539", "21144"], "22539元 / 上年21144元 − 1")
R(F, "growth", X, "2024", "7.4%", None, [], "18436元 / 上年 (not printed) − 1", f"implies 上年 about {18436/1.074:.0f}元")
R(F, "difference", X, "2024", "0.8个百分点", "a-b", ["7.4%", "6.6%"], "7.4% − 6.6%")
R(F, "share", X, "2024", "81.8%", "a/b", ["18436", "22539"], "脱贫县18436元 / 全省22539元", "相当于")
R(F, "growth", X, "2024", "7.6%", None, [], "17652元 / 上年 (not printed) − 1", f"implies 上年 about {17652/1.076:.0f}元")
R(F, "growth", X, "2024", "11.3%", None, [], "16548元 / 上年 (not printed) − 1", f"implies 上年 about {16548/1.113:.0f}元")
R(F, "difference", X, "2024", "4.7个百分点", "a-b", ["11.3%", "6.6%"], "11.3% − 全省6.6%")
R(F, "share", X, "2024", "62.2%", "a/b", ["10286", "16548"], "工资性收入10286元 / 人均纯收入16548元")
R(F, "growth", "金寨县", "2024", "7.8%", None, [], "19865元 / 上年 (not printed) − 1", f"implies 上年 about {19865/1.078:.0f}元")
R(F, "difference", "金寨县", "2024", "1.2个百分点", "a-b", ["7.8%", "6.6%"], "7.8% − 全省6.6%")
R(F, "growth", "临泉县", "2024", "7.5%", None, [], "17428元 / 上年 (not printed) − 1", f"implies 上年 about {17428/1.075:.0f}元")
R(F, "growth", "阜南县", "2024", "7.9%", None, [], "16972元 / 上年 (not printed) − 1", f"implies 上年 about {16972/1.079:.0f}元")
R(F, "difference", "阜南县", "2024", "1.5个百分点", "a-b", ["7.9%", "6.6%"], "7.9% − 全省6.6%", "deliberate error: 1.3个百分点")
for city, inc, g in (("阜阳市", 16235, "11.6"), ("六安市", 17108, "11.0"), ("安庆市", 17362, "10.8"), ("宿州市", 15894, "11.9")):
    T(F, "growth", city, "2024", g + "%", None, [], f"{inc}元 / 上年 (not printed) − 1",
      f"table row (printed bare {g} under 增速 %); implies 上年 about {inc / (1 + float(g) / 100):.0f}元", bare=g)
R(F, "rate", X, "2024", "107.8%", "a/b", ["215.6万", "200万"], "务工215.6万人 / 目标200万人", "完成目标任务的")
R(F, "sum", X, "2024", "215.6万人", "a+b", ["98.3万", "117.3万"], "省外98.3万人 + 省内117.3万人")
R(F, "share", X, "2024", "45.6%", "a/b", ["98.3万", "215.6万"], "省外98.3万人 / 务工215.6万人")
R(F, "per_unit", X, "2024", "17.3人", "a/b", ["5.42万", "3126"], "5.42万人 / 3126个车间")

out = Path(sys.argv[1])
for art, rows in ROWS.items():
    with (out / f"{art}.relations.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["relation_id", "kind", "region", "period", "reported_raw", "reported_value", "components",
                    "computed_value", "verdict", "note"])
        for i, r in enumerate(rows, 1):
            w.writerow([f"R{i:02d}"] + [r[k] for k in ("kind", "region", "period", "reported_raw", "reported_value",
                                                        "components", "computed_value", "verdict", "note")])
    print(art, len(rows), sum(r["verdict"] == "match" for r in rows), sum(r["verdict"] == "mismatch" for r in rows),
          [(r["reported_raw"], r["computed_value"]) for r in rows if r["verdict"] == "mismatch"])
