"""Gold of tests/data/unseen_h (NAME.regions.csv): raw, unit and region typed by hand; values parsed from the raw
(万/亿) or typed; every raw is checked to occur in order (str.find from the end of the previous match)."""
import csv, re, math, sys
from pathlib import Path
D = Path(__file__).resolve().parent
HB='河北省'; GZ='赣州市'; BZ='巴中市'; JL='吉林省'; LA='六安市'; YC='宜昌县;夷陵区'; YCS='宜昌县;夷陵区;上海市'
BASHANG='张北县;康保县;沽源县;尚义县;坝上地区;张家口市'; TH='涞源县;易县;涞水县'
G = {
's_hebei_8_7_plan_summary_2000': [
 ('39个','other:county',HB),('11个','other:county',HB),('658万人','person',HB),('78万人','person',HB),('580万人','person',HB),
 ('15.6%','percent',HB),('1.8%','percent',HB),('13.8个百分点','percentage_point',HB),('50个','other:county',HB),
 ('462元','CNY',HB),('1386元','CNY',HB),('17.0%','percent',HB),('2478元','CNY',HB),('55.9%','percent',HB),('12.4个百分点','percentage_point',HB),
 ('86.4亿元','CNY',HB),('18.2亿元','CNY',HB),('21.5亿元','CNY',HB),('35.6亿元','CNY',HB),('11.1亿元','CNY',HB),
 ('7.9亿元','CNY',HB),('36.7%','percent',HB),('9.3亿元','CNY',HB),('43.3%','percent',HB),('4.3亿元','CNY',HB),
 ('1.26万公里','other:km',HB),('216万人','person',HB),('184万头','head',HB),('96万亩','mu',HB),
 ('98.6%','percent',HB),('95.2%','percent',HB),('93.4%','percent',HB),
 ('4个','other:county',BASHANG),('86.5万人','person',BASHANG),('9.7万人','person',BASHANG),('88.8%','percent',BASHANG),
 ('11.2万人','person','阜平县'),('1.6万人','person','阜平县'),('398元','CNY','丰宁满族自治县'),('1296元','CNY','丰宁满族自治县'),
 ('3县','other:county',TH),('3.2亿元','CNY',TH),('18.6万亩','mu',TH),('1.3亩','mu',TH),
 ('78万人','person',HB),('三分之一','percent',HB,100/3),('39个','other:county',HB),('8%以上','percent',HB),
],
't_ganzhou_whole_village_2008': [
 ('11个','other:county',GZ),('386个','village',GZ),('1419个','village',GZ),('27.2%','percent',GZ),
 ('2.87亿元','CNY',GZ),('18.6%','percent',GZ),('74.4万元','CNY',GZ),('1.16亿元','CNY',GZ),('0.98亿元','CNY',GZ),('0.73亿元','CNY',GZ),
 ('1863公里','other:km',GZ),('2417处','other:site',GZ),('1.52万户','household',GZ),('8650口','other:口',GZ),('2.3万户','household',GZ),
 ('3216元','CNY',GZ),('412元','CNY',GZ),('14.7%','percent',GZ),('3.2个百分点','percentage_point',GZ),
 ('15.8万人','person',GZ),('5.9万人','person',GZ),('9.9万人','person',GZ),('27.6%','percent',GZ),('10.3%','percent',GZ),
 ('42个','village','赣县;赣县区'),('35个','village','南康市;南康区'),('48个','village','宁都县'),('51个','village','兴国县'),
 ('3120万元','CNY','赣县;赣县区'),('2650万元','CNY','南康市;南康区'),('3580万元','CNY','宁都县'),('3760万元','CNY','兴国县'),
 ('44个','village','于都县'),('3170万元','CNY','于都县'),('72.0万元','CNY','于都县'),
 ('6个','village','澄江镇;寻乌县'),('1.2万亩','mu','澄江镇;寻乌县'),
 ('两级','other:level',GZ,2),('1160人','person',GZ),('2.41亿元','CNY',GZ),('84.0%','percent',GZ),('2次','other:次',GZ),('86万元','CNY',GZ),
 ('400个','village',GZ),('1419个','village',GZ),('12%以上','percent',GZ),
],
'u_bazhong_poverty_work_2012': [
 ('2300元','CNY','全国'),('68.4万人','person',BZ),('14.6万人','person',BZ),('26.5%','percent',BZ),('21.8%','percent',BZ),
 ('5862元','CNY',BZ),('16.3%','percent',BZ),('4个','other:county',BZ),('5614元','CNY',BZ),('16.8%','percent',BZ),('0.5个百分点','percentage_point',BZ),
 ('3.32亿元','CNY',BZ),('10300万元','CNY',BZ),('31.1%','percent',BZ),
 ('6820','CNY','巴州区',68200000),('4350','CNY','巴州区',43500000),('2150','CNY','巴州区',21500000),('320','CNY','巴州区',3200000),
 ('9460','CNY','通江县',94600000),('6180','CNY','通江县',61800000),('2860','CNY','通江县',28600000),('420','CNY','通江县',4200000),
 ('8750','CNY','南江县',87500000),('5640','CNY','南江县',56400000),('2750','CNY','南江县',27500000),('360','CNY','南江县',3600000),
 ('8130','CNY','平昌县',81300000),('5270','CNY','平昌县',52700000),('2540','CNY','平昌县',25400000),('320','CNY','平昌县',3200000),
 ('33160','CNY',BZ,331600000),('21440','CNY',BZ,214400000),('10300','CNY',BZ,103000000),('1420','CNY',BZ,14200000),
 ('4.25亿元','CNY',BZ),('31.2%','percent',BZ),('1.38亿元','CNY',BZ),('32.5%','percent',BZ),('2.76万户','household',BZ),('5000元','CNY',BZ),
 ('2.87亿元','CNY',BZ),('63个','enterprise',BZ),('1275万元','CNY',BZ),('3%','percent',BZ),
 ('两县','other:county','通江县;南江县',2),
 ('126个','village',BZ),('32个','village','通江县'),('35个','village','南江县'),('31个','village','平昌县'),('28个','village','巴州区'),
 ('1.68万户','household',BZ),('812公里','other:km',BZ),('118个','other:卫生室',BZ),('3260户','household','长赤镇;沙溪镇;南江县;通江县'),
 ('12万人以上','person',BZ),('14%以上','percent',BZ),('130个','village',BZ),
],
'v_jilin_rain_dew_training_2010': [
 ('3.62万人','person',JL),('3.5万人','person',JL),('103.4%','percent',JL),('2.48万人','person',JL),('0.86万人','person',JL),('0.28万人','person',JL),
 ('1.31万人','person',JL),('36.2%','percent',JL),('2.54万人','person',JL),
 ('2.21万人','person',JL),('89.1%','percent',JL),('0.93万人','person',JL),('42.1%','percent',JL),('1680元','CNY',JL),('160元','CNY',JL),('10.5%','percent',JL),('约3.7亿元','CNY',JL),
 ('5430万元','CNY',JL),('3260万元','CNY',JL),('2170万元','CNY',JL),('1500元','CNY',JL),
 ('1.12万人','person','延边州;延边朝鲜族自治州'),('0.94万人','person','白城市'),('0.67万人','person','松原市'),
 ('30.9%','percent','延边州;延边朝鲜族自治州'),('26.0%','percent','白城市'),('18.5%','percent','松原市'),('0.89万人','person',JL),
 ('4个','other:county','扶余县;扶余市;镇赉县;通榆县;汪清县'),('0.86万人','person','扶余县;扶余市;镇赉县;通榆县;汪清县'),
 ('0.71万人','person','扶余县;扶余市;镇赉县;通榆县;汪清县'),('86.6%','percent','扶余县;扶余市;镇赉县;通榆县;汪清县'),
 ('90%以上','percent','和龙市;安图县'),
 ('4万人','person',JL),('3万人','person',JL),('85%以上','percent',JL),
],
'w_luan_dabie_registration_2014': [
 ('510个','village',LA),('20.87万户','household',LA),('53.6万人','person',LA),('443.2万人','person',LA),('12.1%','percent',LA),
 ('12.3万人','person','金寨县'),('11.9万人','person','霍邱县'),('8.7万人','person','裕安区'),('8.4万人','person','寿县'),
 ('5.8万人','person','舒城县'),('3.9万人','person','霍山县'),('2.6万人','person','金安区'),('22.4%','percent','金寨县'),
 ('9.32万户','household',LA),('44.7%','percent',LA),('4.16万户','household',LA),('19.9%','percent',LA),('2.95万户','household',LA),('14.8%','percent',LA),
 ('4.44万户','household',LA),('21.3%','percent',LA),('12.6万户','household',LA),('8.27万户','household',LA),
 ('三级','other:level',LA,3),
 ('8.7万人','person',LA),('10.1%','percent',LA),('2.0个百分点','percentage_point',LA),('8862元','CNY',LA),('12.6%','percent',LA),
 ('7235元','CNY','金寨县'),('13.9%','percent','金寨县'),
 ('4.86亿元','CNY',LA),('22.1%','percent',LA),('2.73亿元','CNY',LA),('1.52亿元','CNY',LA),('0.61亿元','CNY',LA),
 ('1.97亿元','CNY',LA),('9860户','household',LA),('2.0万元','CNY',LA),('56个','village','金寨县'),('1.12亿元','CNY','金寨县'),('200万元','CNY','金寨县'),
 ('8万人','person',LA),('100个','village',LA),
],
'x_shanghai_yichang_county_aid_1996_2000': [
 ('8650万元','CNY',YCS),('47个','project',YCS),('3.18亿元','CNY',YCS),('725万元','CNY',YCS),
 ('8650万元','CNY',YCS),('6120万元','CNY',YCS),('2530万元','CNY',YCS),('3940万元','CNY',YCS),('64.4%','percent',YCS),('2180万元','CNY',YCS),
 ('23所','other:school',YCS),('11个','other:卫生院',YCS),('46公里','other:km',YCS),
 ('1860人次','person_time',YCS),('2340人','person',YCS),('1570人','person',YCS),('67.1%','percent',YCS),
 ('3.26万人','person',YC),('2.18万人','person',YC),('1.08万人','person',YC),('33.1%','percent',YC),
 ('3个','other:township','太平溪镇;三斗坪镇;乐天溪镇;'+YC),('0.92万人','person','太平溪镇;'+YC),('0.86万人','person','三斗坪镇;'+YC),('0.40万人','person','乐天溪镇;'+YC),
 ('286户','household','许家冲村;三斗坪镇;'+YC),('1032人','person','许家冲村;三斗坪镇;'+YC),
 ('1120元','CNY',YC),('1985元','CNY',YC),('12.1%','percent',YC),('2146元','CNY',YC),
 ('10个以上','project',YCS),
],
}
def val(raw):
    m = re.search(r'(\d+(?:\.\d+)?)', raw); v = float(m.group(1)); rest = raw[m.end():]
    if rest.startswith('万'): v *= 1e4
    elif rest.startswith('亿'): v *= 1e8
    return v
for name, rows in G.items():
    text = (D/f'{name}.txt').read_text(encoding='utf-8')
    body = text.split('\n',2)[2]
    pos = len(text.split('\n',2)[0]) + len(text.split('\n',2)[1]) + 2
    out = []
    for r in rows:
        raw, unit, reg = r[:3]
        i = text.find(raw, pos)
        if i < 0: sys.exit(f'{name}: {raw} not found after {pos}')
        # report skipped digits between pos and i
        pos = i + len(raw)
        v = r[3] if len(r) > 3 else val(raw)
        out.append((raw, ('%.12g' % v) if v != int(v) else str(int(v)), unit, reg))
    with open(D/f'{name}.regions.csv','w',encoding='utf-8',newline='') as f:
        w = csv.writer(f, lineterminator='\n'); w.writerow(['raw','value','unit','region']); w.writerows(out)
    print(name, len(out))  # a township or village is followed by its county (README: 15's `**镇;我县`)
