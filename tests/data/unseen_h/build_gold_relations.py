"""Gold of tests/data/unseen_h (NAME.relations.csv): components typed by hand, computed values and verdicts by this
script (a verdict that differs from the typed expectation is printed as CHECK; 31.1% of 巴中 is a match only on the
interval of the rounded 3.32亿元, see its note)."""
import csv
from pathlib import Path
D = Path(__file__).resolve().parent
HB='河北省'; GZ='赣州市'; BZ='巴中市'; JL='吉林省'; LA='六安市'; YC='宜昌县;夷陵区'; YCS='宜昌县;夷陵区;上海市'
W=1e4; Y=1e8
# (kind, region, period, raw, reported, components text, computed (None = cannot), half-width of reported, note, expected verdict)
def pct(x): return 100*x
R = {
's_hebei_8_7_plan_summary_2000': [
 ('difference',HB,'1993..2000','580万人',580*W,'658万人 − 78万人',(658-78)*W,0.5*W,'解决温饱','match'),
 ('difference',HB,'1993..2000','13.8个百分点',13.8,'15.6% − 1.8%',15.6-1.8,0.05,'贫困发生率下降','match'),
 ('rate',HB,'1993','15.6%',15.6,'658万人 / 农村人口 (not printed)',None,0,'implies 4218万人','cannot_compute'),
 ('rate',HB,'2000','1.8%',1.8,'78万人 / 农村人口 (not printed)',None,0,'implies 4333万人','cannot_compute'),
 ('growth','河北省','1993..2000','17.0%',17.0,'(1386元 / 462元)^(1/7) − 1',pct((1386/462)**(1/7)-1),0.05,'贫困县收入年均增长 over 7 years','match'),
 ('share',HB,'2000','55.9%',55.9,'贫困县1386元 / 全省2478元',pct(1386/2478),0.05,'相当于全省平均水平','match'),
 ('difference',HB,'1993..2000','12.4个百分点',12.4,'55.9% − 1993年比值 (全省1993年收入 not printed)',None,0,'implies 43.5% in 1993','cannot_compute'),
 ('sum',HB,'1994..2000','86.4亿元',86.4*Y,'18.2亿元 + 21.5亿元 + 35.6亿元 + 11.1亿元',(18.2+21.5+35.6+11.1)*Y,0.05*Y,'扶贫资金 by source','match'),
 ('share',HB,'1994..2000','36.7%',36.7,'公路7.9亿元 / 以工代赈21.5亿元',pct(7.9/21.5),0.05,'以工代赈资金中','match'),
 ('share',HB,'1994..2000','43.3%',43.3,'水利9.3亿元 / 以工代赈21.5亿元',pct(9.3/21.5),0.05,'以工代赈资金中','match'),
 ('sum',HB,'1994..2000','21.5亿元',21.5*Y,'7.9亿元 + 9.3亿元 + 4.3亿元',(7.9+9.3+4.3)*Y,0.05*Y,'以工代赈 by use','match'),
 ('sum','张北县;康保县;沽源县;尚义县;张家口市','2000','4个',4,'count: 张北县、康保县、沽源县、尚义县',4,0,'坝上4县','match'),
 ('growth','张北县;康保县;沽源县;尚义县;张家口市','1993..2000','88.8%',88.8,'1 − 9.7万人 / 86.5万人',pct(1-9.7/86.5),0.05,'减少88.8%','match'),
 ('sum','涞源县;易县;涞水县','1994..2000','3县',3,'count: 涞源、易县、涞水',3,0,'太行山区3县','match'),
 ('per_unit','涞源县;易县;涞水县','2000','1.3亩',1.3,'基本农田 / 人口 (neither printed)',None,0,'人均基本农田; the 18.6万亩 梯田 is only the new part','cannot_compute'),
],
't_ganzhou_whole_village_2008': [
 ('share',GZ,'2008','27.2%',27.2,'386个 / 1419个',pct(386/1419),0.05,'实施村 of 重点贫困村','match'),
 ('growth',GZ,'2008 vs 2007','18.6%',18.6,'2.87亿元 / 上年 (not printed)',None,0,'implies 2.42亿元','cannot_compute'),
 ('per_unit',GZ,'2008','74.4万元',74.4*W,'2.87亿元 / 386个',2.87*Y/386,0.05*W,'村均','match'),
 ('sum',GZ,'2008','2.87亿元',2.87*Y,'1.16亿元 + 0.98亿元 + 0.73亿元',(1.16+0.98+0.73)*Y,0.005*Y,'其中 by source','match'),
 ('growth',GZ,'2008 vs 2007','14.7%',14.7,'增加412元 / (3216元 − 412元)',pct(412/(3216-412)),0.05,'实施村收入','match'),
 ('difference',GZ,'2008','3.2个百分点',3.2,'14.7% − 全市增幅 (not printed)',None,0,'implies 11.5%','cannot_compute'),
 ('difference',GZ,'2007..2008','9.9万人',9.9*W,'15.8万人 − 5.9万人',(15.8-5.9)*W,0.05*W,'实施村贫困人口减少','match'),
 ('rate',GZ,'2007','27.6%',27.6,'15.8万人 / 实施村人口 (not printed)',None,0,'implies 57.2万人','cannot_compute'),
 ('rate',GZ,'2008','10.3%',10.3,'5.9万人 / 实施村人口 (not printed)',None,0,'implies 57.3万人','cannot_compute'),
 ('per_unit','于都县','2008','72.0万元',72.0*W,'3170万元 / 44个',3170*W/44,0.05*W,'村均','match'),
 ('sum',GZ,'2008','两级',2,'count: 市、县',2,0,'驻村干部 levels','match'),
 ('rate',GZ,'2008','84.0%',84.0,'报账2.41亿元 / 投入2.87亿元',pct(2.41/2.87),0.05,'报账率','match'),
],
'u_bazhong_poverty_work_2012': [
 ('difference',BZ,'2011..2012','14.6万人',14.6*W,'上年贫困人口 (not printed) − 68.4万人',None,0,'implies 83.0万人 in 2011','cannot_compute'),
 ('rate',BZ,'2011','26.5%',26.5,'上年贫困人口 (not printed) / 农村人口 (not printed)',None,0,'with 83.0万人 implies 313.2万人','cannot_compute'),
 ('rate',BZ,'2012','21.8%',21.8,'68.4万人 / 农村人口 (not printed)',None,0,'implies 313.8万人','cannot_compute'),
 ('growth',BZ,'2012 vs 2011','16.3%',16.3,'5862元 / 上年 (not printed)',None,0,'implies 5040元','cannot_compute'),
 ('growth',BZ,'2012 vs 2011','16.8%',16.8,'5614元 / 上年 (not printed)',None,0,'implies 4807元','cannot_compute'),
 ('difference',BZ,'2012','0.5个百分点',0.5,'16.8% − 16.3%',16.8-16.3,0.05,'重点县增幅高于全市','match'),
 ('share',BZ,'2012','31.1%',31.1,'以工代赈10300万元 / 3.32亿元',pct(10300*W/(3.32*Y)),0.05,'31.02% on the rounded 3.32亿元, within its ±0.005亿; 10300/33160 = 31.06%','match'),
 ('sum',BZ,'2012','33160',33160*W,'6820 + 9460 + 8750 + 8130',(6820+9460+8750+8130)*W,0,'table 合计 column (万元)','match'),
 ('sum',BZ,'2012','21440',21440*W,'4350 + 6180 + 5640 + 5270',(4350+6180+5640+5270)*W,0,'table 发展资金 column','match'),
 ('sum',BZ,'2012','10300',10300*W,'2150 + 2860 + 2750 + 2540',(2150+2860+2750+2540)*W,0,'table 以工代赈 column','match'),
 ('sum',BZ,'2012','1420',1420*W,'320 + 420 + 360 + 320',(320+420+360+320)*W,0,'table 少数民族发展资金 column','match'),
 ('sum','巴州区','2012','6820',6820*W,'4350 + 2150 + 320',(4350+2150+320)*W,0,'table row','match'),
 ('sum','通江县','2012','9460',9460*W,'6180 + 2860 + 420',(6180+2860+420)*W,0,'table row','match'),
 ('sum','南江县','2012','8750',8750*W,'5640 + 2750 + 360',(5640+2750+360)*W,0,'table row','match'),
 ('sum','平昌县','2012','8130',8130*W,'5270 + 2540 + 320',(5270+2540+320)*W,0,'table row','match'),
 ('sum',BZ,'2012','33160',33160*W,'21440 + 10300 + 1420',(21440+10300+1420)*W,0,'table 合计 row','match'),
 ('growth',BZ,'2012 vs 2011','31.2%',31.2,'4.25亿元 / 上年 (not printed)',None,0,'implies 3.24亿元','cannot_compute'),
 ('sum',BZ,'2012','4.25亿元',4.25*Y,'到户1.38亿元 + 项目2.87亿元',(1.38+2.87)*Y,0.005*Y,'扶贫贴息贷款','match'),
 ('share',BZ,'2012','32.5%',32.5,'到户1.38亿元 / 4.25亿元',pct(1.38/4.25),0.05,'其中 到户贷款','match'),
 ('per_unit',BZ,'2012','5000元',5000,'1.38亿元 / 2.76万户',1.38*Y/(2.76*W),0.5,'户均','match'),
 ('rate',BZ,'2012','3%',3,'贴息1275万元 / 贷款4.25亿元',pct(1275*W/(4.25*Y)),0.5,'年贴息率','match'),
 ('sum','通江县;南江县','2012','两县',2,'count: 通江、南江',2,0,'互助资金试点','match'),
 ('sum',BZ,'2012','126个',126,'32个 + 35个 + 31个 + 28个',32+35+31+28,0,'扶贫新村 by county','match'),
],
'v_jilin_rain_dew_training_2010': [
 ('sum',JL,'2010','3.62万人',3.62*W,'2.48万人 + 0.86万人 + 0.28万人',(2.48+0.86+0.28)*W,0.005*W,'培训 by kind','match'),
 ('rate',JL,'2010','103.4%',103.4,'3.62万人 / 计划3.5万人',pct(3.62/3.5),0.05,'完成年度计划','match'),
 ('share',JL,'2010','36.2%',36.2,'女性1.31万人 / 3.62万人',pct(1.31/3.62),0.05,'女性','match'),
 ('rate',JL,'2010','89.1%',89.1,'就业2.21万人 / 转移培训2.48万人',pct(2.21/2.48),0.05,'转移就业率 on 转移培训 (on all 3.62万 it would be 61.0%)','match'),
 ('share',JL,'2010','42.1%',42.1,'省外0.93万人 / 2.21万人',pct(0.93/2.21),0.05,'占转移就业人数','match'),
 ('growth',JL,'2010 vs 2009','10.5%',10.5,'增加160元 / (1680元 − 160元)',pct(160/1520),0.05,'月均工资','match'),
 ('sum',JL,'2010','5430万元',5430*W,'中央3260万元 + 省级2170万元',(3260+2170)*W,0.5*W,'雨露计划资金','match'),
 ('per_unit',JL,'2010','1500元',1500,'5430万元 / 3.62万人',5430*W/(3.62*W),0.5,'人均培训补助','match'),
 ('share','延边州;延边朝鲜族自治州','2010','30.9%',30.9,'1.12万人 / 3.62万人',pct(1.12/3.62),0.05,'分别占全省','match'),
 ('share','白城市','2010','26.0%',26.0,'0.94万人 / 3.62万人',pct(0.94/3.62),0.05,'分别占全省','match'),
 ('share','松原市','2010','18.5%',18.5,'0.67万人 / 3.62万人',pct(0.67/3.62),0.05,'分别占全省','match'),
 ('sum',JL,'2010','3.62万人',3.62*W,'1.12万人 + 0.94万人 + 0.67万人 + 其余0.89万人',(1.12+0.94+0.67+0.89)*W,0.005*W,'by area','match'),
 ('sum','扶余县;扶余市;镇赉县;通榆县;汪清县','2010','4个',4,'count: 扶余县、镇赉县、通榆县、汪清县',4,0,'重点县','match'),
 ('rate','扶余县;扶余市;镇赉县;通榆县;汪清县','2010','86.6%',86.6,'0.71万人 / 0.86万人',pct(0.71/0.86),0.05,'deliberate: 0.71/0.86 = 82.6%','mismatch'),
],
'w_luan_dabie_registration_2014': [
 ('rate',LA,'2014','12.1%',12.1,'53.6万人 / 农业人口443.2万人',pct(53.6/443.2),0.05,'贫困发生率','match'),
 ('sum',LA,'2014','53.6万人',53.6*W,'12.3 + 11.9 + 8.7 + 8.4 + 5.8 + 3.9 + 2.6 (万人)',(12.3+11.9+8.7+8.4+5.8+3.9+2.6)*W,0.05*W,'by county','match'),
 ('rate','金寨县','2014','22.4%',22.4,'12.3万人 / 金寨县农业人口 (not printed)',None,0,'implies 54.9万人','cannot_compute'),
 ('sum',LA,'2014','20.87万户',20.87*W,'9.32万户 + 4.16万户 + 2.95万户 + 4.44万户',(9.32+4.16+2.95+4.44)*W,0.005*W,'by cause','match'),
 ('share',LA,'2014','44.7%',44.7,'9.32万户 / 20.87万户',pct(9.32/20.87),0.05,'因病','match'),
 ('share',LA,'2014','19.9%',19.9,'4.16万户 / 20.87万户',pct(4.16/20.87),0.05,'缺资金','match'),
 ('share',LA,'2014','14.8%',14.8,'2.95万户 / 20.87万户',pct(2.95/20.87),0.05,'deliberate: 2.95/20.87 = 14.1%','mismatch'),
 ('share',LA,'2014','21.3%',21.3,'4.44万户 / 20.87万户',pct(4.44/20.87),0.05,'其他原因','match'),
 ('sum',LA,'2014','20.87万户',20.87*W,'有劳动能力12.6万户 + 无劳动能力8.27万户',(12.6+8.27)*W,0.005*W,'by labour','match'),
 ('sum',LA,'2014','三级',3,'count: 市、县、乡',3,0,'帮扶 levels','match'),
 ('rate',LA,'2014','10.1%',10.1,'(53.6万人 − 8.7万人) / 443.2万人',pct((53.6-8.7)/443.2),0.05,'year-end 贫困发生率','match'),
 ('difference',LA,'2014','2.0个百分点',2.0,'12.1% − 10.1%',12.1-10.1,0.05,'下降','match'),
 ('growth',LA,'2014 vs 2013','12.6%',12.6,'8862元 / 上年 (not printed)',None,0,'implies 7870元','cannot_compute'),
 ('growth','金寨县','2014 vs 2013','13.9%',13.9,'7235元 / 上年 (not printed)',None,0,'implies 6352元','cannot_compute'),
 ('growth',LA,'2014 vs 2013','22.1%',22.1,'4.86亿元 / 上年 (not printed)',None,0,'implies 3.98亿元','cannot_compute'),
 ('sum',LA,'2014','4.86亿元',4.86*Y,'2.73亿元 + 1.52亿元 + 0.61亿元',(2.73+1.52+0.61)*Y,0.005*Y,'by source','match'),
 ('per_unit',LA,'2014','2.0万元',2.0*W,'1.97亿元 / 9860户',1.97*Y/9860,0.05*W,'户均','match'),
 ('per_unit','金寨县','2014','200万元',200*W,'1.12亿元 / 56个',1.12*Y/56,0.5*W,'村均','match'),
],
'x_shanghai_yichang_county_aid_1996_2000': [
 ('per_unit',YCS,'1996..2000','725万元',725*W,'3.18亿元 / 47个',3.18*Y/47,0.5*W,'deliberate: 3.18亿/47 = 676.6万元','mismatch'),
 ('sum',YCS,'1996..2000','8650万元',8650*W,'资金6120万元 + 物资2530万元',(6120+2530)*W,0.5*W,'无偿援助','match'),
 ('share',YCS,'1996..2000','64.4%',64.4,'3940万元 / 6120万元',pct(3940/6120),0.05,'无偿援助资金中','match'),
 ('sum',YCS,'1996..2000','6120万元',6120*W,'3940万元 + 2180万元',(3940+2180)*W,0.5*W,'by use','match'),
 ('share',YCS,'1996..2000','67.1%',67.1,'1570人 / 2340人',pct(1570/2340),0.05,'到上海就业','match'),
 ('sum',YC,'1996..2000','3.26万人',3.26*W,'后靠2.18万人 + 外迁1.08万人',(2.18+1.08)*W,0.005*W,'移民安置','match'),
 ('share',YC,'1996..2000','33.1%',33.1,'外迁1.08万人 / 3.26万人',pct(1.08/3.26),0.05,'外迁安置比例','match'),
 ('sum','太平溪镇;三斗坪镇;乐天溪镇;'+YC,'2000','3个',3,'count: 太平溪、三斗坪、乐天溪',3,0,'库区乡镇','match'),
 ('growth',YC,'1995..2000','12.1%',12.1,'(1985元 / 1120元)^(1/5) − 1',pct((1985/1120)**(1/5)-1),0.05,'移民收入年均增长','match'),
],
}
bad = 0
for name, rows in R.items():
    with open(D/f'{name}.relations.csv','w',encoding='utf-8',newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow('relation_id,kind,region,period,reported_raw,reported_value,components,computed_value,verdict,note'.split(','))
        for k,(kind,reg,per,raw,rep,comp,cv,hw,note,exp) in enumerate(rows,1):
            if cv is None: verdict = 'cannot_compute'
            else:
                tol = hw + 1e-9*max(1,abs(rep))
                if raw.endswith('%') or '百分点' in raw:
                    verdict = 'match' if abs(cv-rep) <= tol else 'mismatch'
                else:
                    verdict = 'match' if abs(cv-rep) <= tol else 'mismatch'
            if verdict != exp:
                # interval slack from component rounding
                print('CHECK', name, raw, rep, cv, verdict, exp); bad += 1
            w.writerow([f'R{k:02d}',kind,reg,per,raw,('%.10g'%rep),comp,'' if cv is None else '%.4g'%cv,exp,note])
    print(name, len(rows))
print('bad', bad)
