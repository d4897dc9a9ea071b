"""Site 04: a messy อบต. site.  Placeholders answering 200, href="#", a localhost:8080 link, one PDF
reused for two items, last year's files beside this year's, decoy news about plans, a scanned
image-only PDF, XLSX + PDF procurement summaries, meaningless / timestamp / mojibake file names,
download.php?id=17, a 503 report page, an HTML error page saved as .pdf.
Run:  python3 src/build.py"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, 'lib'))  # copy of /work/holdout/_tools
from common import (Builder, doc_html, tdate, MONTHS, fy_months, write_xlsx, proc_xlsx_rows, PROC_HEADER,  # noqa
                    mojibake)
import docs as X  # noqa
import images as IM  # noqa
import data as D  # noqa

AG = dict(
    seed='klongnamsai', kind='อบต', name='องค์การบริหารส่วนตำบลคลองน้ำใส', short='อบต.คลองน้ำใส', org_word='ส่วนท้องถิ่น',
    amphoe='ท่าตะเกียบ', changwat='ฉะเชิงเทรา',
    address='เลขที่ 55 หมู่ที่ 8 ตำบลคลองน้ำใส อำเภอท่าตะเกียบ จังหวัดฉะเชิงเทรา 24160',
    phone='038-508-771', fax='038-508-772', email='saraban_klongnamsai@hotmail.com', lat='13.4480', lng='101.6517',
    chief=('นายสมศักดิ์ แก้วประเสริฐ', 'นายกองค์การบริหารส่วนตำบลคลองน้ำใส'),
    deputies=[('นายประยูร ทองมา', 'รองนายกองค์การบริหารส่วนตำบล'), ('นายเฉลิม สุขเจริญ', 'รองนายกองค์การบริหารส่วนตำบล')],
    secretary=('นางสาวรัชนี บุญมา', 'เลขานุการนายกองค์การบริหารส่วนตำบล'),
    council='สภาองค์การบริหารส่วนตำบลคลองน้ำใส', council_short='สภา อบต.', council_chair='นายบุญส่ง ชื่นใจ',
    clerk=('นางกัลยา ศรีสวัสดิ์', 'ปลัดองค์การบริหารส่วนตำบล'), deputy_clerk=('นายวิทยา พงษ์พันธ์', 'รองปลัดองค์การบริหารส่วนตำบล'),
    heads=[('นางสาวปิยะนุช แสงทอง', 'หัวหน้าสำนักปลัด', 'งานบริหารทั่วไป งานนโยบายและแผน งานป้องกันฯ'),
           ('นางเยาวลักษณ์ จันทร์หอม', 'ผู้อำนวยการกองคลัง', 'งานการเงิน งานพัสดุ งานจัดเก็บรายได้'),
           ('นายไพบูลย์ ทองดี', 'ผู้อำนวยการกองช่าง', 'งานก่อสร้าง งานไฟฟ้า งานประปา'),
           ('นางสุนีย์ มีสุข', 'ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม', 'ศูนย์พัฒนาเด็กเล็ก')],
    units={'office': 'สำนักปลัด', 'finance': 'กองคลัง', 'works': 'กองช่าง', 'edu': 'กองการศึกษา ศาสนาและวัฒนธรรม',
           'health': 'สำนักปลัด (งานสาธารณสุข)'},
    staff_word='พนักงานส่วนตำบล', villages=16, population=10877, households=3544, area='214 ตารางกิโลเมตร',
    short_place='ภายในตำบล',
    vision='คลองน้ำใสน่าอยู่ เศรษฐกิจมั่นคง สังคมเข้มแข็ง ชุมชนมีส่วนร่วม',
    plan_officer=('นายเอกชัย สมใจ', 'นักวิเคราะห์นโยบายและแผน'),
    hr_committee='พนักงานส่วนตำบลจังหวัดฉะเชิงเทรา (ก.อบต.จังหวัดฉะเชิงเทรา)',
)
FB = 'https://www.facebook.com/abt.klongnamsai'
B = Builder(SITE)
UP = '/upload/'


def mk(rel, fn, *args, thai=False, landscape=False, engine='chrome', font='Norasi', **kw):
    title, body = fn(AG, *args, **kw)
    B.pdf(rel, doc_html(title, body, thai_digits=thai, landscape=landscape, font=font), engine=engine)
    return rel


def mj(name):
    return UP + mojibake(name)


# ------------------------------------------------------------------ documents
d = {}
d['O4'] = mk(UP + 'file_45.pdf', X.dev_plan, 2561, 2564, engine='lo')
d['O11'] = mk(UP + '1666152044.pdf', X.annual_plan, 2566, landscape=True, thai=True)
d['O13a'] = mk(UP + '1702891234.pdf', X.annual_report, 2566, thai=True)
d['O13b'] = mk(UP + '1671430000.pdf', X.annual_report, 2565, thai=True)
d['O15'] = mk(UP + 'file_88.pdf', X.service_manual, 'tax')
d['O17'] = mk(UP + 'file_97.pdf', X.satisfaction, 2565, 'มหาวิทยาลัยราชภัฏราชนครินทร์ ')
d['O19'] = mk(mj('แผนจัดซื้อ.pdf'), X.proc_plan, 2566)
d['O22'] = mk('/files/doc17.pdf', X.proc_annual, 2566, thai=True)           # served as /download.php?id=17
d['O23'] = mk(UP + 'file_123.pdf', X.hr_policy, 2567, (2567, 2569))           # linked for O23 and O25
d['O26'] = mk(mj('รายงานผล HR ปี66.pdf'), X.hr_annual, 2566)
d['O29'] = mk(mj('สถิติร้องเรียน.pdf'), X.complaint_stats, fy_months(2567)[:6],
              'ประจำปีงบประมาณ 2567 (ต.ค. 2566 - มี.ค. 2567)')
d['O30'] = mk(UP + 'file_131.pdf', X.participation, 2567, (8, 2))
t, b = X.nogift_declare(AG, 2567, (3, 10))
B.scan(UP + 'scan0001.pdf', doc_html(t, b, thai_digits=True), angle=-0.9)
d['O31'] = UP + 'scan0001.pdf'
d['O32'] = mk(UP + 'file_133.pdf', X.nogift_activity, 2567, (20, 12))
d['O34'] = mk(UP + 'file_135.pdf', X.risk_assessment, 2567)
d['O36'] = mk(UP + 'file_137.pdf', X.ac_plan, 2561, 2564, landscape=True)
d['O38'] = mk(UP + 'file_139.pdf', X.ac_annual, 2566, with_budget=False)
B.raw(UP + 'file_140.pdf', '''<br />
<b>Warning</b>:  readfile(/var/www/html/upload/ประมวลจริยธรรม.pdf): failed to open stream: No such file or directory in <b>/var/www/html/download.php</b> on line <b>41</b><br />
'''.encode('utf-8'))
d['O39'] = UP + 'file_140.pdf'
d['O40'] = mk(UP + 'file_141.pdf', X.ethics_order, 2567, thai=True)
d['O42'] = mk(UP + 'file_143.pdf', X.ita_measures, 2566, 79.12)

# O21: monthly summaries as PDF + XLSX with timestamp names (September 2566 left in place)
import calendar


def epoch(d, m, y_be, sec=0):
    return calendar.timegm((y_be - 543, m, d, 3, 0, 0)) + sec


o21 = []
for m, y in [(9, 2566)] + fy_months(2567)[:6]:
    t, b, rows, cols = X.proc_monthly(AG, m, y)
    ts = epoch(6, m % 12 + 1, y + (1 if m == 12 else 0), (m * 7919) % 20000)
    rel = UP + f'{ts}.pdf'
    B.pdf(rel, doc_html(t, b, landscape=True, size=13, font='Norasi'))
    xrel = UP + f'{ts + 3}.xlsx'
    write_xlsx(os.path.join(B.www, xrel.lstrip('/')), [f'สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน {MONTHS[m-1]} {y}', AG['name']],
               PROC_HEADER, proc_xlsx_rows(rows), [6, 40, 16, 14, 34, 30, 30, 20], sheet=f'{MONTHS[m-1][:3]}{str(y)[-2:]}')
    o21.append((m, y, rel, xrel))
# O20: announcements
o20 = []
for m, y in fy_months(2567)[:6]:
    for k, r in enumerate(D.procurements(AG, m, y)[:2]):
        t, b = X.proc_announce(AG, r, 'winner')
        ts = epoch(*r['cdate'], 3600 + k * 611 + m * 37)
        rel = UP + f'{ts}.pdf'
        B.pdf(rel, doc_html(t, b))
        o20.append((r['cdate'], t.replace(f'ประกาศ{AG["name"]} เรื่อง ', ''), rel))
o20.sort(key=lambda x: (x[0][2], x[0][1], x[0][0]), reverse=True)

# ------------------------------------------------------------------ assets
B.raw('/images/logo.png', IM.logo('อบต.', (0, 110, 140)))
B.raw('/images/top.jpg', IM.banner(AG['name'], 'อำเภอท่าตะเกียบ จังหวัดฉะเชิงเทรา', 1000, 160, (0, 90, 120), (90, 190, 200)))
B.raw('/images/ita.png', IM.button('OIT 2567', (200, 0, 0), 200, 70))
B.raw('/images/org.jpg', IM.org_chart_image('โครงสร้างองค์การบริหารส่วนตำบลคลองน้ำใส',
                                            ['ปลัด อบต.', 'สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษาฯ']))
for i in range(4):
    B.raw(f'/images/exec{i + 1}.jpg', IM.portrait(f'kns{i}'))
for i in range(8):
    B.raw(f'/images/news/{i}.jpg', IM.photo(f'knsn{i}'))
NB = '&nbsp;' * 6


def layout(title, content, home=False):
    menu = [('หน้าแรก', '/'), ('ประวัติความเป็นมา', '/about/history.html'), ('วิสัยทัศน์/พันธกิจ', '/about/vision.html'),
            ('โครงสร้างส่วนราชการ', '/about/structure.html'), ('คณะผู้บริหาร', '/about/executive.html'),
            ('อำนาจหน้าที่', '/about/authority.html'), ('แผนพัฒนาท้องถิ่น', d['O4']), ('แผนการดำเนินงาน', d['O11']),
            ('ข่าวประชาสัมพันธ์', '/news/index.html'), ('ประกาศจัดซื้อจัดจ้าง', '/procurement/announce.html'),
            ('สรุปผลการจัดซื้อจัดจ้าง', '/procurement/summary.html'), ('คู่มือประชาชน', d['O15']),
            ('E-Service', '/eservice.html'), ('กระดานถามตอบ', '/webboard/index.html'), ('ร้องเรียนการทุจริต', '/complaint.html'),
            ('กฎหมายที่เกี่ยวข้อง', '/laws.html'), ('OIT 2567', '/oit2567.html'), ('ติดต่อเรา', '/contact.html')]
    left = ''.join(f'<tr><td>{NB}<a href="{h}">{t}</a>{NB}</td></tr>' for t, h in menu)
    ann31 = ('<!-- expect O31 review: ประกาศ No Gift Policy เป็น pdf สแกนภาพล้วน (scan0001.pdf) ปีอยู่ในภาพเท่านั้น ลิงก์และหน้าเว็บไม่ระบุปี -->\n'
             if home else '')
    ann9 = '<!-- expect O9 pass: ลิงก์เพจ Facebook ของ อบต. ที่ส่วนหัวของทุกหน้า -->\n' if home else ''
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{AG["name"]} - {title}</title>
<style>body{{font-family:Tahoma;font-size:13px;margin:0;background:#cfe6ea}} .m td{{border-bottom:1px solid #9cc}} .c{{background:#fff;padding:10px}}
table.g{{border-collapse:collapse}} table.g td,table.g th{{border:1px solid #999;padding:3px}}</style>
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td colspan="2"><img src="/images/top.jpg" width="1000" height="160"></td></tr>
<tr><td colspan="2" bgcolor="#006e8c" align="right">{ann9}<a href="{FB}" target="_blank"><font color="#ffffff">Facebook อบต.คลองน้ำใส</font></a>&nbsp;&nbsp;</td></tr>
<tr valign="top"><td width="210" bgcolor="#e8f4f6">
<table class="m" width="100%">{left}</table>
<table class="m" width="100%"><tr><td bgcolor="#006e8c"><font color="#fff"><b>{NB}มาตรการภายในหน่วยงาน</b></font></td></tr>
{ann31}<tr><td>{NB}<a href="{d["O31"]}" target="_blank">ประกาศเจตนารมณ์ No Gift Policy</a></td></tr>
<tr><td>{NB}<a href="{d["O32"]}" target="_blank">กิจกรรม No Gift Policy</a></td></tr>
<tr><td>{NB}<a href="/privacy.html">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></td></tr></table>
<p align="center"><a href="/oit2567.html"><img src="/images/ita.png" width="180" border="0"></a></p>
</td>
<td class="c">{content}</td></tr>
<tr><td colspan="2" bgcolor="#006e8c" align="center"><font color="#ffffff">{AG["name"]} {AG["address"]} โทร. {AG["phone"]}<br>
Copyright © 2017 All rights reserved.</font></td></tr>
</table>
</body>
</html>
'''


PLACEHOLDER = '<h3>{}</h3><p align="center"><img src="/images/logo.png"><br><font color="#888" size="4">อยู่ระหว่างปรับปรุงข้อมูล</font></p>'

# ------------------------------------------------------------------ pages
B.page('/about/history.html', layout('ประวัติความเป็นมา', f'<h3>ประวัติความเป็นมา</h3><p>{AG["name"]} ยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบล เมื่อปี พ.ศ. 2540</p>'))
B.page('/about/vision.html', layout('วิสัยทัศน์', PLACEHOLDER.format('วิสัยทัศน์/พันธกิจ')))
B.page('/about/authority.html', layout('อำนาจหน้าที่', PLACEHOLDER.format('อำนาจหน้าที่')))
units = ''.join(f'<li>{h[1]} ({h[2]})</li>' for h in AG['heads'])
B.page('/about/structure.html', layout('โครงสร้างส่วนราชการ', f'''<h3>โครงสร้างส่วนราชการ</h3>
<p><img src="/images/org.jpg" width="760"></p><p><b>ฝ่ายการเมือง</b> : {AG["chief"][1]} / รองนายก อบต. / เลขานุการนายก อบต. / {AG["council"]}</p>
<p><b>ฝ่ายประจำ</b> : {AG["clerk"][1]} / {AG["deputy_clerk"][1]}</p><ul>{units}</ul>'''))
pol = [AG['chief']] + AG['deputies'] + [AG['secretary']]
tels = ['081-945-2270', '089-832-1156', '086-317-4482', '092-660-7731']
cells = ''.join(f'<td align="center" width="25%"><img src="/images/exec{i + 1}.jpg" width="130"><br><b>{n}</b><br>{p}<br>โทร. {tels[i]}</td>'
                for i, (n, p) in enumerate(pol))
B.page('/about/executive.html', layout('คณะผู้บริหาร', f'<h3>คณะผู้บริหาร</h3><table width="100%"><tr>{cells}</tr></table>'))
B.page('/contact.html', layout('ติดต่อเรา', X.contact_block(AG)))
B.page('/privacy.html', layout('นโยบายคุ้มครองข้อมูลส่วนบุคคล', X.pdpa(AG, (1, 11, 2566))[1]))

# laws page: two HTML documents concatenated (CMS include bug)
laws = ''.join(f'<li><a href="https://ratchakitcha.soc.go.th/search?q={i}" target="_blank">{lt}</a></li>'
               for i, (lt, fn) in enumerate(X.LAWS) if 'เทศบาล พ.ศ.' not in lt)
B.page('/laws.html', layout('กฎหมายที่เกี่ยวข้อง', f'<h3>กฎหมายที่เกี่ยวข้อง</h3><ol>{laws}</ol>') +
       '<html><head><title>footer</title></head><body><div id="stat">online 3 users</div></body></html>\n')

NEWS = [
    ((26, 3, 2567), 'ประชุมติดตามผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2567',
     'ปลัด อบต. ประชุมหัวหน้าส่วนราชการ เพื่อติดตามผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต และเร่งรัดโครงการที่ยังไม่ได้ดำเนินการ'),
    ((19, 2, 2567), 'ประชุมคณะกรรมการพัฒนาท้องถิ่น ทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ครั้งที่ 1/2567',
     'คณะกรรมการพัฒนาท้องถิ่นประชุมพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม เพื่อเสนอผู้บริหารและสภา อบต.'),
    ((8, 2, 2567), 'ประชุมประชาคมหมู่บ้าน ประจำปี 2567', 'อบต. จัดประชุมประชาคมหมู่บ้านครบ 16 หมู่บ้าน เพื่อรับฟังความต้องการของประชาชน'),
    ((10, 1, 2567), 'ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567',
     'อบต.คลองน้ำใส ได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567 เพื่อเป็นแนวทางในการดำเนินงาน (รายละเอียดติดต่อสำนักปลัด)'),
    ((20, 12, 2566), 'กิจกรรมรณรงค์ No Gift Policy งดให้ งดรับ ของขวัญ', 'ผู้บริหารมอบนโยบายไม่รับของขวัญและของกำนัลแก่พนักงานในการประชุมประจำเดือน'),
    ((28, 11, 2566), 'ประเพณีลอยกระทง ประจำปี 2566', 'จัดงานประเพณีลอยกระทง ณ คลองน้ำใส'),
    ((14, 9, 2566), 'มอบเบี้ยยังชีพผู้สูงอายุ เดือนกันยายน 2566', 'จ่ายเบี้ยยังชีพผู้สูงอายุและผู้พิการ'),
    ((2, 8, 2566), 'ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 พิจารณาร่างข้อบัญญัติงบประมาณรายจ่าย 2567', 'สภา อบต. รับหลักการร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี 2567'),
]
rows = ''
news_rel = []
for i, (dt, t, body) in enumerate(NEWS):
    rel = f'/news/news_{880 - i * 3}.html'
    B.page(rel, layout(t, f'<h3>{t}</h3><p>วันที่ {tdate(*dt)}</p><p><img src="/images/news/{i}.jpg" width="480"></p><p>{body}</p>'))
    rows += f'<tr><td>{tdate(*dt)}</td><td><a href="{rel}">{t}</a></td></tr>'
    news_rel.append(rel)
B.page('/news/index.html', layout('ข่าวประชาสัมพันธ์', f'<h3>ข่าวประชาสัมพันธ์</h3><table class="g" width="100%">{rows}</table>'))

lis = ''.join(f'<tr><td>{tdate(*dt)}</td><td><a href="{rel}" target="_blank">{t}</a></td></tr>' for dt, t, rel in o20)
B.page('/procurement/announce.html', layout('ประกาศจัดซื้อจัดจ้าง', f'<h3>ประกาศจัดซื้อจัดจ้าง</h3><table class="g" width="100%">{lis}</table>'))
lis = ''.join(f'<tr><td>{MONTHS[m-1]} {y}</td><td><a href="{rel}">PDF</a></td><td><a href="{xrel}">XLSX</a></td></tr>' for m, y, rel, xrel in reversed(o21))
B.page('/procurement/summary.html', layout('สรุปผลการจัดซื้อจัดจ้าง', f'<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h3><table class="g">{lis}</table>'))
B.page('/eservice.html', layout('E-Service', '''<h3>บริการออนไลน์ E-Service</h3>
<form method="post" action="/eservice_save.php"><p>ชื่อ-สกุล <input name="n"></p><p>ที่อยู่ <input name="a" size="50"></p>
<p>ประเภทคำร้อง <select name="t"><option>ขอรับการสนับสนุนน้ำ</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอตัดกิ่งไม้</option></select></p>
<p>รายละเอียด <textarea name="d"></textarea></p><p><input type="submit" value="ส่งคำร้อง"></p></form>'''))
B.page('/webboard/index.html', layout('กระดานถามตอบ', '''<h3>กระดานถามตอบ</h3>
<table class="g" width="100%"><tr><th>คำถาม</th><th>คำตอบ</th></tr>
<tr><td>ถนนสายคลองน้ำใส-หนองคอก ชำรุด จะซ่อมเมื่อไหร่ (ผู้ใช้ถนน, 7 มี.ค. 67)</td><td>กองช่างบรรจุในแผนซ่อมแซม เดือนเมษายน 2567 (admin)</td></tr>
<tr><td>ขอทราบเบอร์ติดต่อกองคลัง (สมหญิง, 15 ม.ค. 67)</td><td>038-508-771 ต่อ 104 ค่ะ (admin)</td></tr></table>
<form method="post" action="/webboard/post.php"><p>คำถาม <input name="q" size="60"> <input type="submit" value="ถาม"></p></form>'''))
B.page('/complaint.html', layout('ร้องเรียนการทุจริต', f'''<h3>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h3>
<p>สำหรับแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ อบต. เท่านั้น (เรื่องร้องทุกข์ทั่วไปโปรดใช้ช่องทางโทรศัพท์ {AG["phone"]}) ข้อมูลผู้แจ้งจะเก็บเป็นความลับ</p>
<form method="post" action="/complaint_save.php"><p>เรื่อง <input name="s" size="60"></p><p>รายละเอียด<br><textarea name="d" rows="6" cols="60"></textarea></p>
<p>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="c"></p><p><input type="submit" value="ส่ง"></p></form>'''))

# the OIT page: a plain numbered list 1. … 43. (no O codes)
L = {}   # n -> (title, [(label, href)], annotation)
L[1] = ('โครงสร้าง', [('โครงสร้างส่วนราชการ', '/about/structure.html')], 'pass: หน้าโครงสร้าง มีแผนผัง (ภาพ) และรายการตำแหน่ง/ส่วนราชการทั้งฝ่ายการเมืองและฝ่ายประจำ')
L[2] = ('ข้อมูลผู้บริหาร', [('คณะผู้บริหาร', '/about/executive.html')], 'incomplete: แสดงเฉพาะฝ่ายการเมือง (นายก รองนายก เลขานุการ) พร้อมรูป ชื่อ ตำแหน่ง โทร ไม่มีผู้บริหารฝ่ายประจำ (ปลัด ผอ.กอง) ที่ใด')
L[3] = ('อำนาจหน้าที่', [('อำนาจหน้าที่', '/about/authority.html')], 'broken: ลิงก์เปิดได้ (HTTP 200) แต่เป็นหน้า placeholder "อยู่ระหว่างปรับปรุงข้อมูล" ไม่มีเนื้อหาอำนาจหน้าที่')
L[4] = ('แผนพัฒนาท้องถิ่น', [('แผนพัฒนาท้องถิ่น', d['O4'])], 'stale: file_45.pdf คือแผนพัฒนาท้องถิ่นสี่ปี พ.ศ. 2561-2564 มีเพียงข่าวประชุมทบทวนแผน 2566-2570 (ข่าวไม่ใช่แผน)')
L[5] = ('ข้อมูลการติดต่อ', [('ติดต่อเรา', '/contact.html')], 'pass: หน้าติดต่อ มีที่อยู่ โทรศัพท์ โทรสาร อีเมล และแผนที่')
L[6] = ('กฎหมายที่เกี่ยวข้อง', [('กฎหมายที่เกี่ยวข้อง', '/laws.html')], 'pass: รายการกฎหมาย 12 ฉบับ (หน้าเป็น HTML สองเอกสารต่อกัน) ลิงก์ไปราชกิจจานุเบกษา')
L[7] = ('ข่าวประชาสัมพันธ์', [('ข่าวประชาสัมพันธ์', '/news/index.html')], 'pass: หน้ารวมข่าว มีข่าวกิจกรรม ต.ค. 2566 - มี.ค. 2567 (ปนข่าวปี 2566)')
L[8] = ('Q&amp;A', [('กระดานถามตอบ', '/webboard/index.html')], 'pass: กระดานถามตอบมีคำถามและคำตอบของเจ้าหน้าที่ และช่องส่งคำถาม')
L[9] = ('Social Network', [], None)
L[10] = ('นโยบายคุ้มครองข้อมูลส่วนบุคคล', [('นโยบายคุ้มครองข้อมูลส่วนบุคคล', '/privacy.html')], 'pass: หน้าประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคล ลงวันที่ 1 พฤศจิกายน 2566 ลงนามนายก อบต.')
L[11] = ('แผนดำเนินงานและการใช้งบประมาณประจำปี', [('แผนการดำเนินงาน', d['O11'])], 'stale: ไฟล์คือแผนการดำเนินงานปีงบประมาณ 2566 ส่วนปี 2567 มีเพียงข่าว "ประกาศใช้แผน" ไม่มีตัวแผน')
L[12] = ('รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน', [('รายงานรอบ 6 เดือน', '/report/report6m.php')],
         'review: ลิงก์ไปหน้ารายงานบนเว็บไซต์ที่ตอบ 503 Service Unavailable ตรวจเนื้อหาไม่ได้')
L[13] = ('รายงานผลการดำเนินงานประจำปี', [('รายงานผลการดำเนินงาน', d['O13a']), ('รายงานผลการดำเนินงาน (เดิม)', d['O13b'])],
         'pass: 1702891234.pdf รายงานผลการดำเนินงานปีงบประมาณ 2566 มีผลโครงการ งบประมาณ ปัญหา ข้อเสนอแนะ (อีกไฟล์เป็นของปี 2565 ค้างไว้)')
L[14] = ('คู่มือหรือมาตรฐานการปฏิบัติงาน', [('คู่มือการปฏิบัติงาน', '#')], 'broken: ลิงก์คู่มือการปฏิบัติงานเป็น href="#" ไม่มีคู่มือที่ใด')
L[15] = ('คู่มือหรือมาตรฐานการให้บริการ', [('คู่มือประชาชน', d['O15'])], 'pass: file_88.pdf คู่มือสำหรับประชาชน การชำระภาษีที่ดินฯ มีขั้นตอน ระยะเวลา เอกสาร')
L[16] = ('ข้อมูลเชิงสถิติการให้บริการ', [('สถิติการให้บริการ', 'http://localhost:8080/abtklongnamsai/upload/stat_6m_2567.pdf')],
         'broken: ลิงก์ฮาร์ดโค้ดไป http://localhost:8080/... เปิดไม่ได้จากภายนอก ไม่มีสถิติอื่น')
L[17] = ('รายงานผลการสำรวจความพึงพอใจการให้บริการ', [('ผลสำรวจความพึงพอใจ', d['O17'])], 'stale: file_97.pdf เป็นรายงานผลสำรวจความพึงพอใจปีงบประมาณ 2565 ไม่มีของปี 2566')
L[18] = ('E-Service', [('E-Service', '/eservice.html')], 'pass: แบบคำร้องออนไลน์บนเว็บไซต์ (ขอน้ำ ซ่อมไฟฟ้า ตัดกิ่งไม้)')
L[19] = ('แผนการจัดซื้อจัดจ้าง', [('แผนจัดซื้อจัดจ้าง', d['O19'])], 'stale: ไฟล์ชื่อ mojibake คือประกาศแผนการจัดซื้อจัดจ้างปีงบประมาณ 2566 ไม่มีของปี 2567')
L[20] = ('ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง', [('ประกาศจัดซื้อจัดจ้าง', '/procurement/announce.html')], 'pass: หน้ารายการประกาศผู้ชนะการเสนอราคา ต.ค. 2566 - มี.ค. 2567 (ไฟล์ชื่อ timestamp)')
L[21] = ('สรุปผลการจัดซื้อจัดจ้างรายเดือน', [('สรุปผลการจัดซื้อจัดจ้าง', '/procurement/summary.html')],
         'pass: สรุปผลรายเดือน ต.ค. 2566 - มี.ค. 2567 ครบ 6 เดือน ทั้ง PDF และ XLSX (มี ก.ย. 2566 ค้างอยู่)')
L[22] = ('รายงานผลการจัดซื้อจัดจ้างประจำปี', [('ดาวน์โหลด', '/download.php?id=17')],
         'pass: download.php?id=17 ได้ pdf รายงานผลการจัดซื้อจัดจ้างปีงบประมาณ 2566 มีงบประมาณ สรุปรายการ ปัญหา ข้อเสนอแนะ')
L[23] = ('นโยบายการบริหารทรัพยากรบุคคล', [('นโยบายบริหารงานบุคคล', d['O23'])], 'pass: file_123.pdf นโยบายการบริหารทรัพยากรบุคคลของนายก อบต. และแผนพัฒนาบุคลากร 2567-2569')
L[24] = ('การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', [('รายงานการดำเนินการ', B.broken(UP + 'file_124.pdf'))], 'broken: file_124.pdf ไม่มีบนเซิร์ฟเวอร์ (404)')
L[25] = ('หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', [('หลักเกณฑ์', d['O23'])],
         'incomplete: ใช้ไฟล์เดียวกับข้อ 23 (นโยบาย HR 2567) มีด้านสรรหา พัฒนา ประเมินผล ขวัญกำลังใจ แต่ไม่มีหลักเกณฑ์การบรรจุแต่งตั้งและการให้คุณให้โทษ')
L[26] = ('รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', [('รายงานผล', d['O26'])], 'pass: ไฟล์ชื่อ mojibake รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลปีงบประมาณ 2566 ครบผล สถิติ ปัญหา ข้อเสนอแนะ')
L[27] = ('แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', [('คู่มือร้องเรียน', B.broken(mj('คู่มือร้องเรียน.pdf')))],
         'broken: ลิงก์ชื่อไฟล์ mojibake ไปไฟล์ที่ไม่มีอยู่ (404)')
L[28] = ('ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', [('แจ้งเรื่องร้องเรียนการทุจริต', '/complaint.html')], 'pass: แบบฟอร์มแจ้งเรื่องทุจริตออนไลน์ แยกจากเรื่องร้องทุกข์ทั่วไป เก็บข้อมูลผู้แจ้งเป็นความลับ')
L[29] = ('ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต', [('สถิติเรื่องร้องเรียน', d['O29'])], 'pass: ไฟล์ชื่อ mojibake สถิติรายเดือน ต.ค. 66 - มี.ค. 67 ครบจำนวนทั้งหมด/เสร็จ/ระหว่างดำเนินการ (0 เรื่อง)')
L[30] = ('การเปิดโอกาสให้เกิดการมีส่วนร่วม', [('ประชาคมหมู่บ้าน', d['O30'])], 'pass: file_131.pdf รายงานประชุมประชาคมหมู่บ้าน ก.พ. 2567')
L[31] = ('ประกาศเจตนารมณ์ No Gift Policy', [], None)
L[32] = ('การสร้างวัฒนธรรม No Gift Policy', [('กิจกรรม', d['O32'])], 'pass: file_133.pdf รายงานกิจกรรม No Gift เมื่อ 20 ธ.ค. 2566')
L[33] = ('รายงานผลตามนโยบาย No Gift Policy', [], 'missing: รายการนี้ไม่มีลิงก์ (ยังไม่มีข้อมูล) และไม่มีรายงานที่ใดบนเว็บไซต์')
L[34] = ('การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี', [('ผลการประเมินความเสี่ยง', d['O34'])], 'pass: file_135.pdf ผลการประเมินความเสี่ยง 2567 มีเหตุการณ์ ระดับ มาตรการ')
L[35] = ('การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', [], 'missing: ไม่มีลิงก์และไม่มีเอกสารที่ใด')
L[36] = ('แผนปฏิบัติการป้องกันการทุจริต', [('แผนป้องกันการทุจริต', d['O36'])], 'stale: file_137.pdf แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2561-2564 ไม่ครอบคลุมปี 2567')
L[37] = ('รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน', [('ข่าวการประชุมติดตาม', news_rel[0])],
         'missing: ลิงก์ไปข่าวการประชุมติดตามแผน ไม่ใช่รายงานความก้าวหน้ารายโครงการ/งบประมาณ')
L[38] = ('รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', [('รายงานผล', d['O38'])], 'incomplete: file_139.pdf รายงานปีงบประมาณ 2566 มีผลโครงการ ปัญหา ข้อเสนอแนะ แต่ไม่มีผลการใช้จ่ายงบประมาณ')
L[39] = ('ประมวลจริยธรรม', [('ประมวลจริยธรรม', d['O39'])], 'broken: file_140.pdf ไม่ใช่ pdf (เป็นข้อความ PHP Warning readfile failed) เปิดไม่ได้')
L[40] = ('การขับเคลื่อนจริยธรรม', [('คำสั่งคณะทำงาน', d['O40'])], "incomplete: มีเพียงคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม 2567 ไม่มี Do & Don't และไม่มีการอบรมจริยธรรม")
L[41] = ('การประเมินจริยธรรมของเจ้าหน้าที่ของรัฐ', [], 'missing: ไม่มีลิงก์ (อยู่ระหว่างปรับปรุงข้อมูล) ไม่มีเอกสารที่ใด')
L[42] = ('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', [('มาตรการ', d['O42'])], 'stale: file_143.pdf วิเคราะห์ผล ITA 2565 และมาตรการปี 2566 ไม่มีฉบับปี 2567')
L[43] = ('การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', [], 'missing: ไม่มีลิงก์ ไม่มีรายงานผลตามมาตรการ และไม่มี QR Code แบบวัด EIT บนเว็บไซต์')
out = []
for n in range(1, 44):
    title, links, ann = L[n]
    if ann:
        out.append(f'<!-- expect O{n} {ann} -->')
    if links:
        ls = ' '.join(f'<a href="{h}"{" target=_blank" if h.endswith((".pdf", ".php")) or "download" in h else ""}>[{l}]</a>' for l, h in links)
    elif n == 9:
        ls = '(Facebook อยู่ด้านบนของเว็บไซต์)'
    elif n == 31:
        ls = '(ดูเมนู มาตรการภายในหน่วยงาน)'
    else:
        ls = '<font color="#999">(ยังไม่มีข้อมูล)</font>' if n not in (41, 43) else '<font color="#999">(อยู่ระหว่างปรับปรุงข้อมูล)</font>'
    out.append(f'{n}. {title} {ls}<br>')
B.page('/oit2567.html', layout('OIT 2567', '<h3>การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2567</h3><p>\n' + '\n'.join(out) + '\n</p>'))

# home
news_box = ''.join(f'<li><a href="{news_rel[i]}">{t}</a> ({tdate(*dt)})</li>' for i, (dt, t, _) in enumerate(NEWS[:6]))
B.page('/index.html', layout('หน้าแรก', f'''<marquee>ยินดีต้อนรับเข้าสู่เว็บไซต์ {AG["name"]}</marquee>
<h3>ข่าวประชาสัมพันธ์</h3><ul>{news_box}</ul><p><a href="/news/index.html">ข่าวทั้งหมด...</a></p>
<h3>ประกาศจัดซื้อจัดจ้าง</h3><ul>{"".join(f'<li><a href="{rel}">{t}</a></li>' for dt, t, rel in o20[:4])}</ul>
<h3>เอกสารเผยแพร่</h3><ul><li><a href="{UP}file_88.pdf">คู่มือประชาชน</a></li><li><a href="/oit2567.html">OIT 2567</a></li></ul>''', home=True))

B.render()
SITE_YAML = '''year: 2567
report: >
  Messy อบต. site (table layout, menu labels padded with &nbsp;).  An "OIT ปี 2567" page lists the
  items as plain numbers 1. … 43. without O codes, several with no link at all.  Placeholders that
  answer 200 ("อยู่ระหว่างปรับปรุงข้อมูล"), href="#", a link hard-coded to http://localhost:8080/,
  one PDF linked for two items, last year's files beside this year's, news posts about plans and a
  follow-up meeting (decoys), a scanned image-only No Gift declaration whose year is only in the
  image, monthly procurement summaries as PDF and XLSX, meaningless names (file_123.pdf, unix
  timestamps, mojibake UTF-8-read-as-windows-874 names, download.php?id=17), a report page that
  answers 503, an HTML error saved as .pdf, and a page made of two concatenated HTML documents.
routes:
  /download.php: {file: files/doc17.pdf, content_type: application/pdf}
  /download.php?id=17: {file: files/doc17.pdf, content_type: application/pdf}
  /report/report6m.php: {status: 503, body: "Service Unavailable"}
expect: {}
'''
open(os.path.join(SITE, 'site.yaml'), 'w', encoding='utf-8').write(SITE_YAML)
print('built', SITE)
