"""Build site 17 (องค์การบริหารส่วนตำบลดงหมากแข้ง): an old PHP site, pages in TIS-620, a left menu, files
behind download.php?id=N.  Writes www/, src/docs/, src/documents.yaml, routes into site.yaml (between the
markers), then prints the binaries with /work/main/tools/build_field_docs.py (imported, not modified).
Run:  /work/main/.venv/bin/python src/make_site.py"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SITE = HERE.parent
WWW = SITE / "www"
sys.path.insert(0, str(HERE))
from docs17 import DOCS, IMAGES  # noqa: E402

TIS = "text/html; charset=tis-620"
ROUTES: dict[str, dict] = {}

MENU = """<table width="200" border="0" cellspacing="0" cellpadding="2" class="leftmenu">
<tr><td><img src="/images/menu_h1.gif" width="200" height="28" alt="ข้อมูลพื้นฐาน"></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=1">ประวัติความเป็นมา</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=2">สภาพทั่วไปและข้อมูลพื้นฐาน</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=3">โครงสร้างส่วนราชการ</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=4">คณะผู้บริหาร</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=5">สมาชิกสภา อบต.</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=6">อำนาจหน้าที่</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=8">กฎหมายและระเบียบที่เกี่ยวข้อง</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=7">ติดต่อ อบต.</a></td></tr>
<tr><td><img src="/images/menu_h2.gif" width="200" height="28" alt="ข่าวสาร"></td></tr>
<tr><td>&nbsp;&raquo; <a href="/news.php">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/gallery.php">ภาพกิจกรรม</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/procurement.php">ประกาศจัดซื้อจัดจ้าง</a></td></tr>
<tr><td><img src="/images/menu_h3.gif" width="200" height="28" alt="แผนงาน"></td></tr>
<tr><td>&nbsp;&raquo; <a href="/list.php?cat=plan">แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/list.php?cat=report">รายงานผลการดำเนินงาน</a></td></tr>
<tr><td><img src="/images/menu_h4.gif" width="200" height="28" alt="งานบุคคล"></td></tr>
<tr><td>&nbsp;&raquo; <a href="/list.php?cat=hr">งานการเจ้าหน้าที่</a></td></tr>
<tr><td><img src="/images/menu_h5.gif" width="200" height="28" alt="จัดซื้อจัดจ้าง"></td></tr>
<tr><td>&nbsp;&raquo; <a href="/list.php?cat=proc">แผน/สรุปผลการจัดซื้อจัดจ้าง</a></td></tr>
<tr><td><img src="/images/menu_h6.gif" width="200" height="28" alt="ป้องกันการทุจริต"></td></tr>
<tr><td>&nbsp;&raquo; <a href="/list.php?cat=ac">ป้องกันการทุจริต/คุณธรรมจริยธรรม</a></td></tr>
<tr><td><img src="/images/menu_h7.gif" width="200" height="28" alt="ร้องเรียน"></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=10">ร้องเรียนการทุจริต</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=11">ร้องทุกข์/ร้องเรียนทั่วไป</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/list.php?cat=complaint">คู่มือ/สถิติเรื่องร้องเรียน</a></td></tr>
<tr><td><img src="/images/menu_h8.gif" width="200" height="28" alt="บริการประชาชน"></td></tr>
<tr><td>&nbsp;&raquo; <a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/list.php?cat=manual">คู่มือสำหรับประชาชน/คู่มือการปฏิบัติงาน</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/page.php?id=9">สถิติการให้บริการ</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="https://drive.google.com/file/d/1dMk-Satisfy2566-xQpL0aZ/view?usp=sharing" target="_blank">ผลสำรวจความพึงพอใจ ปี 2566</a></td></tr>
<tr><td>&nbsp;&raquo; <a href="/webboard.php">กระดานถาม-ตอบ (Webboard)</a></td></tr>
<tr><td align="center"><br><a href="https://www.facebook.com/dongmakkhaeng.sao" target="_blank"><img src="/images/fb.gif" width="180" height="40" border="0" alt="Facebook อบต.ดงหมากแข้ง"></a></td></tr>
<tr><td align="center"><a href="https://line.me/R/ti/p/@dongmak" target="_blank"><img src="/images/line.gif" width="180" height="40" border="0" alt="LINE Official อบต.ดงหมากแข้ง"></a></td></tr>
<tr><td align="center"><font size="1">ผู้เข้าชม 0148233</font></td></tr>
</table>"""

HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>{title} :: องค์การบริหารส่วนตำบลดงหมากแข้ง</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#E9F1DA" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/images/banner_top.jpg" width="980" height="160" alt="องค์การบริหารส่วนตำบลดงหมากแข้ง"></td></tr>
<tr><td colspan="2" bgcolor="#2E6B1F" height="26">&nbsp;<a href="/index.php"><font color="#FFFFFF">หน้าแรก</font></a> <font color="#FFFFFF">|</font>
 <a href="/page.php?id=1"><font color="#FFFFFF">เกี่ยวกับ อบต.</font></a> <font color="#FFFFFF">|</font>
 <a href="/news.php"><font color="#FFFFFF">ข่าวสาร</font></a> <font color="#FFFFFF">|</font>
 <a href="/webboard.php"><font color="#FFFFFF">เว็บบอร์ด</font></a> <font color="#FFFFFF">|</font>
 <a href="/page.php?id=7"><font color="#FFFFFF">ติดต่อเรา</font></a></td></tr>
<tr><td width="200" valign="top" bgcolor="#F4F9EC">
{menu}
</td><td width="780" valign="top" style="padding:8px">
"""

FOOT = """</td></tr>
<tr><td colspan="2" bgcolor="#2E6B1F" align="center" height="50"><font color="#FFFFFF" size="2">
องค์การบริหารส่วนตำบลดงหมากแข้ง เลขที่ 199 หมู่ที่ 3 ตำบลดงหมากแข้ง อำเภอนิคมคำสร้อย จังหวัดมุกดาหาร 49130<br>
โทรศัพท์ 042-681-455 โทรสาร 042-681-456 E-mail : dongmakkhaeng_sao@hotmail.com<br>Copyright &copy; 2012 - 2024 All rights reserved.</font></td></tr>
</table>
</body>
</html>
"""


def tis_page(route: str, fname: str, title: str, body: str):
    html = HEAD.format(title=title, menu=MENU) + body + FOOT
    out = WWW / fname
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(html.encode("tis_620", errors="xmlcharrefreplace"))
    ROUTES[route] = {"file": fname, "content_type": TIS}


def dl(n):
    return f"/download.php?id={n}"


def doclist(title, sections, dated=False):
    out = [f'<p><b><font size="4" color="#2E6B1F">{title}</font></b></p>']
    for head, rows in sections:
        out.append(f'<p><b>{head}</b></p>')
        if dated:
            out.append('<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">'
                       '<tr bgcolor="#DDEBC8"><td width="40">ลำดับ</td><td>ชื่อเอกสาร</td><td width="110">วันที่ลงข้อมูล</td><td width="60">ดาวน์โหลด</td></tr>')
            for i, (label, href, date) in enumerate(rows, 1):
                out.append(f'<tr><td align="center">{i}</td><td>{label}</td><td>{date}</td><td align="center"><a href="{href}">'
                           f'<img src="/images/icon_dl.gif" width="16" height="16" border="0" alt="ดาวน์โหลด"></a></td></tr>')
        else:
            out.append('<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">'
                       '<tr bgcolor="#DDEBC8"><td width="40">ลำดับ</td><td>ชื่อเอกสาร</td><td width="70">เปิดอ่าน</td></tr>')
            for i, (label, href, hits) in enumerate(rows, 1):
                out.append(f'<tr><td align="center">{i}</td><td><a href="{href}">{label}</a></td><td align="center">{hits}</td></tr>')
        out.append("</table><br>")
    return "\n".join(out)


NEWS = [  # id, date, title, img, body
    (215, "๒๑ มี.ค. ๒๕๖๗", "อบต.ดงหมากแข้ง ออกหน่วยบริการรับชำระภาษีที่ดินและสิ่งปลูกสร้างนอกสถานที่ ประจำปี ๒๕๖๗",
     "<p>กองคลัง อบต.ดงหมากแข้ง ออกหน่วยบริการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ณ ศาลาประชาคมหมู่บ้าน ๑๒ หมู่บ้าน ระหว่างวันที่ ๑๘ – ๒๙ มีนาคม ๒๕๖๗ เพื่ออำนวยความสะดวกแก่ประชาชน</p>"),
    (211, "๒๗ ก.พ. ๒๕๖๗", "ประชุมประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐) เพิ่มเติม ครั้งที่ ๑/๒๕๖๗",
     "<p>ระหว่างวันที่ ๑๙ – ๒๗ กุมภาพันธ์ ๒๕๖๗ องค์การบริหารส่วนตำบลดงหมากแข้ง โดยงานวิเคราะห์นโยบายและแผน สำนักปลัด จัดประชุมประชาคมหมู่บ้านครบทั้ง ๑๒ หมู่บ้าน "
     "เพื่อรับฟังปัญหาความต้องการของประชาชน และให้ประชาชนร่วมเสนอโครงการเข้าแผนพัฒนาท้องถิ่นเพิ่มเติม มีประชาชนเข้าร่วมรวม ๖๑๔ คน เสนอโครงการทั้งสิ้น ๔๗ โครงการ "
     "ส่วนใหญ่เป็นโครงการถนนเพื่อการเกษตรและแหล่งน้ำ ทั้งนี้ อบต.จะนำข้อเสนอเข้าสู่การประชุมประชาคมระดับตำบลต่อไป</p>"),
    (207, "๑๕ ม.ค. ๒๕๖๗", "ประชุมพนักงานประจำเดือนมกราคม ๒๕๖๗ มอบนโยบายสร้างวัฒนธรรมองค์กร \"ไม่รับ ไม่ให้\" (No Gift Policy)",
     "<p>วันที่ ๑๕ มกราคม ๒๕๖๗ นายทองใบ ศรีบุญเรือง นายก อบต.ดงหมากแข้ง เป็นประธานการประชุมพนักงานส่วนตำบล ลูกจ้าง และพนักงานจ้าง ประจำเดือนมกราคม "
     "โดยได้มอบนโยบายและชี้แจงแนวทางการปฏิเสธการรับของขวัญ ของกำนัล และประโยชน์อื่นใดจากการปฏิบัติหน้าที่ เพื่อปลูกจิตสำนึกและสร้างวัฒนธรรมองค์กร "
     "พร้อมมอบหมายให้ทุกกองติดป้ายประชาสัมพันธ์ ณ จุดให้บริการ มีผู้เข้าร่วมประชุม ๕๒ คน</p>"),
    (203, "๑๓ ม.ค. ๒๕๖๗", "โครงการจัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๖๗",
     "<p>อบต.ดงหมากแข้ง จัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๖๗ ณ ศูนย์พัฒนาเด็กเล็ก อบต.ดงหมากแข้ง มีกิจกรรมการแสดงของเด็ก เกมส์ และมอบทุนการศึกษา</p>"),
    (198, "๒๒ ธ.ค. ๒๕๖๖", "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
     f'<p>รายละเอียดตามประกาศ <a href="{dl(64)}">ดาวน์โหลดประกาศรับสมัคร</a></p>'),
]


def build_pages():
    # ---------------------------------------------------------------- home
    newsrows = "\n".join(f'<tr><td><img src="/images/bullet.gif" width="9" height="9"> <a href="/news.php?id={n}">{t}</a> <font color="#999999" size="2">[{d}]</font></td></tr>'
                         for n, d, t, _ in NEWS)
    home = HEAD.format(title="หน้าแรก", menu=MENU) + f"""
<marquee scrollamount="3"><font color="#2E6B1F">ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลดงหมากแข้ง อำเภอนิคมคำสร้อย จังหวัดมุกดาหาร</font></marquee>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#DDEBC8"><b>ข่าวประชาสัมพันธ์</b></td></tr>
{newsrows}
<tr><td align="right"><a href="/news.php">อ่านทั้งหมด &gt;&gt;</a></td></tr>
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#DDEBC8"><b>ภาพกิจกรรม</b></td></tr>
<tr><td><a href="/gallery.php"><img src="/images/gallery/kids67_1.jpg" width="240" height="160" border="0" alt="วันเด็ก"></a>
<a href="/gallery.php"><img src="/images/gallery/tree_1.jpg" width="240" height="160" border="0" alt="ปลูกต้นไม้"></a></td></tr>
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#DDEBC8"><b>ร่วมประเมินคุณธรรมและความโปร่งใส ITA 2567</b></td></tr>
<tr><td align="center"><a href="https://itas.nacc.go.th/go/eit/dmk2567" target="_blank"><img src="/images/qr_eit67.png" width="200" height="200" border="0" alt="QR Code แบบวัด EIT ประจำปี 2567"></a><br>
สแกน QR Code เพื่อตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)</td></tr>
</table>
""" + FOOT
    (WWW / "index.html").write_bytes(home.encode("tis_620", errors="xmlcharrefreplace"))
    ROUTES["/"] = {"file": "index.html", "content_type": TIS}
    ROUTES["/index.php"] = {"file": "index.html", "content_type": TIS}
    ROUTES["/index.html"] = {"file": "index.html", "content_type": TIS}

    # ---------------------------------------------------------------- static pages
    pages = {
        1: ("ประวัติความเป็นมา", """<p><b><font size="4">ประวัติความเป็นมา</font></b></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;องค์การบริหารส่วนตำบลดงหมากแข้ง ได้รับการยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบล เมื่อวันที่ ๒๓ กุมภาพันธ์ ๒๕๔๐ ตามประกาศกระทรวงมหาดไทย
ชื่อ "ดงหมากแข้ง" มาจากป่าดงที่มีต้นมะเขือพวง (หมากแข้ง) ขึ้นอยู่หนาแน่นในอดีต</p>"""),
        2: ("สภาพทั่วไปและข้อมูลพื้นฐาน", """<p><b><font size="4">สภาพทั่วไปและข้อมูลพื้นฐาน</font></b></p>
<p>พื้นที่ ๖๒ ตารางกิโลเมตร จำนวน ๑๒ หมู่บ้าน ประชากร ๘,๑๐๗ คน ครัวเรือน ๒,๔๕๐ ครัวเรือน อาชีพหลัก ทำนา ปลูกมันสำปะหลัง อ้อย และยางพารา</p>"""),
        3: ("โครงสร้างส่วนราชการ", """<p><b><font size="4">โครงสร้างองค์การบริหารส่วนตำบลดงหมากแข้ง</font></b></p>
<p align="center"><img src="/images/org/council.jpg" width="700" height="260" alt="โครงสร้างฝ่ายบริหารและสภา อบต."></p>
<p>ฝ่ายการเมือง : นายก อบต. รองนายก อบต. ๒ คน เลขานุการนายก อบต. ๑ คน / สภา อบต. สมาชิก ๑๒ คน (ประธานสภา รองประธานสภา เลขานุการสภา)</p>
<p align="center"><img src="/images/org/structure.jpg" width="700" height="420" alt="แผนภูมิโครงสร้างส่วนราชการ"></p>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">
<tr bgcolor="#DDEBC8"><td>ส่วนราชการ</td><td>ตำแหน่งหัวหน้า</td><td>ฝ่าย/งาน</td></tr>
<tr><td>ปลัด อบต. / รองปลัด อบต.</td><td>นักบริหารงานท้องถิ่น ระดับกลาง / ระดับต้น</td><td>บังคับบัญชาพนักงานส่วนตำบล</td></tr>
<tr><td>สำนักปลัด</td><td>หัวหน้าสำนักปลัด (นักบริหารงานทั่วไป)</td><td>งานบริหารทั่วไป งานนโยบายและแผน งานการเจ้าหน้าที่ งานป้องกันฯ งานสวัสดิการสังคม</td></tr>
<tr><td>กองคลัง</td><td>ผู้อำนวยการกองคลัง (นักบริหารงานการคลัง)</td><td>งานการเงิน งานบัญชี งานพัสดุ งานจัดเก็บรายได้</td></tr>
<tr><td>กองช่าง</td><td>ผู้อำนวยการกองช่าง (นักบริหารงานช่าง)</td><td>งานก่อสร้าง งานควบคุมอาคาร งานประปา</td></tr>
<tr><td>กองการศึกษา ศาสนาและวัฒนธรรม</td><td>ผู้อำนวยการกองการศึกษาฯ</td><td>งานบริหารการศึกษา ศูนย์พัฒนาเด็กเล็ก ๒ แห่ง</td></tr>
</table>"""),
        4: ("คณะผู้บริหาร", "".join([
            '<p><b><font size="4">คณะผู้บริหาร อบต.ดงหมากแข้ง</font></b></p><table width="100%" border="0" cellpadding="6">']
            + [f'<tr><td width="160" align="center"><img src="/images/exec/{i}.jpg" width="150" height="190"></td><td>{n}<br>{p}<br>โทร. {t}</td></tr>'
               for i, n, p, t in [
                   (1, "นายทองใบ ศรีบุญเรือง", "นายกองค์การบริหารส่วนตำบลดงหมากแข้ง", "081-974-2231"),
                   (2, "นายสุพจน์ พรมมา", "รองนายกองค์การบริหารส่วนตำบล", "089-717-0452"),
                   (3, "นายเสถียร แก้วคำ", "รองนายกองค์การบริหารส่วนตำบล", "093-118-6620"),
                   (4, "นายชาญวิทย์ โพธิ์ศรี", "เลขานุการนายกองค์การบริหารส่วนตำบล", "087-225-9013"),
                   (5, "นางสาววราภรณ์ พลซา", "ปลัดองค์การบริหารส่วนตำบล", "042-681-455 ต่อ 101"),
                   (6, "นายอภิชาติ ศรีสุข", "รองปลัดองค์การบริหารส่วนตำบล", "042-681-455 ต่อ 102"),
                   (7, "นางสุดารัตน์ บุตรดี", "หัวหน้าสำนักปลัด", "042-681-455 ต่อ 103"),
                   (8, "นางนิตยา วงศ์ละคร", "ผู้อำนวยการกองคลัง", "042-681-455 ต่อ 104"),
                   (9, "นายเกรียงไกร ทองสุข", "ผู้อำนวยการกองช่าง", "042-681-455 ต่อ 105")]]
            + ["</table>"])),
        5: ("สมาชิกสภา อบต.", """<p><b><font size="4">สมาชิกสภาองค์การบริหารส่วนตำบลดงหมากแข้ง</font></b></p>
<p>ประธานสภา อบต. นายบุญมี แสนสุข / รองประธานสภา นายสมหมาย ไชยชนะ / เลขานุการสภา นางสาววราภรณ์ พลซา / สมาชิกสภา อบต. หมู่ที่ ๑ – ๑๒</p>"""),
        6: ("อำนาจหน้าที่", """<p><b><font size="4">อำนาจหน้าที่ขององค์การบริหารส่วนตำบล</font></b></p>
<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ แก้ไขเพิ่มเติมถึง (ฉบับที่ ๗) พ.ศ. ๒๕๖๒</p>
<p><b>มาตรา ๖๖</b> องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ในการพัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม</p>
<p><b>มาตรา ๖๗</b> ภายใต้บังคับแห่งกฎหมาย องค์การบริหารส่วนตำบล มีหน้าที่ต้องทำในเขตองค์การบริหารส่วนตำบล ดังต่อไปนี้ (๑) จัดให้มีและบำรุงรักษาทางน้ำและทางบก (๒) รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล (๓) ป้องกันโรคและระงับโรคติดต่อ (๔) ป้องกันและบรรเทาสาธารณภัย (๕) ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม (๖) ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ (๗) คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม (๘) บำรุงรักษาศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น</p>
<p><b>มาตรา ๖๘</b> ภายใต้บังคับแห่งกฎหมาย องค์การบริหารส่วนตำบลอาจจัดทำกิจการในเขตองค์การบริหารส่วนตำบล ... (๑) ให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร (๒) ให้มีและบำรุงการไฟฟ้าหรือแสงสว่างโดยวิธีอื่น ...</p>
<p>และอำนาจหน้าที่ตามมาตรา ๑๖ และมาตรา ๑๗ แห่งพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒</p>"""),
        7: ("ติดต่อ อบต.", """<p><b><font size="4">ติดต่อองค์การบริหารส่วนตำบลดงหมากแข้ง</font></b></p>
<p>ที่อยู่ : เลขที่ 199 หมู่ที่ 3 ตำบลดงหมากแข้ง อำเภอนิคมคำสร้อย จังหวัดมุกดาหาร 49130<br>
โทรศัพท์ : 042-681-455<br>โทรสาร : 042-681-456<br>E-mail : dongmakkhaeng_sao@hotmail.com<br>
เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>
<p><b>แผนที่ตั้ง อบต.</b><br><a href="https://goo.gl/maps/Dmk49130SaoXyZ" target="_blank"><img src="/images/map_small.jpg" width="400" height="260" border="0" alt="แผนที่ตั้ง อบต.ดงหมากแข้ง (Google Maps)"></a><br>
<a href="https://goo.gl/maps/Dmk49130SaoXyZ" target="_blank">เปิดแผนที่ Google Maps</a></p>"""),
        8: ("กฎหมายและระเบียบที่เกี่ยวข้อง", """<p><b><font size="4">กฎหมายและระเบียบที่เกี่ยวข้อง</font></b></p><ol>
<li><a href="http://www.krisdika.go.th/">พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ และที่แก้ไขเพิ่มเติม</a></li>
<li><a href="http://www.krisdika.go.th/">พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒</a></li>
<li><a href="http://www.krisdika.go.th/">พระราชบัญญัติระเบียบบริหารงานบุคคลส่วนท้องถิ่น พ.ศ. ๒๕๔๒</a></li>
<li><a href="http://www.krisdika.go.th/">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</a></li>
<li><a href="http://www.krisdika.go.th/">พระราชบัญญัติวิธีปฏิบัติราชการทางปกครอง พ.ศ. ๒๕๓๙</a></li>
<li><a href="http://www.krisdika.go.th/">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</a></li>
<li><a href="http://www.krisdika.go.th/">ระเบียบกระทรวงมหาดไทยว่าด้วยการรับเงิน การเบิกจ่ายเงิน การฝากเงิน การเก็บรักษาเงิน และการตรวจเงินขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๗</a></li>
<li><a href="http://www.krisdika.go.th/">ระเบียบกระทรวงมหาดไทยว่าด้วยการจ่ายเงินเบี้ยยังชีพผู้สูงอายุขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๕๒</a></li>
</ol>"""),
        9: ("สถิติการให้บริการ", """<p><b><font size="4">สถิติการให้บริการประชาชน ปีงบประมาณ ๒๕๖๗ (ต.ค. ๖๖ - มี.ค. ๖๗)</font></b></p>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">
<tr bgcolor="#DDEBC8"><td>งานบริการ</td><td>ต.ค. ๖๖</td><td>พ.ย. ๖๖</td><td>ธ.ค. ๖๖</td><td>ม.ค. ๖๗</td><td>ก.พ. ๖๗</td><td>มี.ค. ๖๗</td><td>รวม</td></tr>
<tr><td>ชำระภาษีที่ดินและสิ่งปลูกสร้าง</td><td>๔</td><td>๖</td><td>๓</td><td>๑๘</td><td>๓๕</td><td>๑๑๒</td><td>๑๗๘</td></tr>
<tr><td>ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ/ผู้พิการ</td><td>๑๑</td><td>๗</td><td>๙</td><td>๑๒</td><td>๘</td><td>๑๐</td><td>๕๗</td></tr>
<tr><td>ขออนุญาตก่อสร้างอาคาร</td><td>๑</td><td>๒</td><td>๑</td><td>๒</td><td>๑</td><td>๒</td><td>๙</td></tr>
<tr><td>ขอรับน้ำอุปโภคบริโภค</td><td>๐</td><td>๐</td><td>๐</td><td>๒</td><td>๕</td><td>๑๔</td><td>๒๑</td></tr>
<tr><td>คำร้องผ่าน E-Service</td><td>๓</td><td>๕</td><td>๔</td><td>๖</td><td>๗</td><td>๙</td><td>๓๔</td></tr>
</table><p><font size="2">ข้อมูล ณ วันที่ ๓ เมษายน ๒๕๖๗ สำนักปลัด</font></p>"""),
        10: ("ร้องเรียนการทุจริต", """<p><b><font size="4">ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</font></b></p>
<p>ผู้ที่พบเห็นการทุจริตหรือการประพฤติมิชอบของเจ้าหน้าที่ อบต.ดงหมากแข้ง สามารถแจ้งได้ทางแบบฟอร์มออนไลน์ด้านล่าง (แยกจากเรื่องร้องทุกข์ทั่วไป)
ไม่ต้องเปิดเผยชื่อ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ โดยเรื่องจะส่งตรงถึงศูนย์รับเรื่องร้องเรียน สำนักปลัด</p>
<p align="center"><a href="https://forms.gle/DmkCorruption2567Report" target="_blank"><b>&gt;&gt; แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (Google Form) &lt;&lt;</b></a></p>
<p>หรือแจ้ง ศูนย์ดำรงธรรมจังหวัดมุกดาหาร สายด่วน ๑๕๖๗ / สำนักงาน ป.ป.ช. สายด่วน ๑๒๐๕</p>"""),
        11: ("ร้องทุกข์/ร้องเรียนทั่วไป", """<p><b><font size="4">ร้องทุกข์/ร้องเรียนทั่วไป</font></b></p>
<p>แจ้งความเดือดร้อน ไฟฟ้าสาธารณะดับ ถนนชำรุด น้ำไม่ไหล ได้ที่ โทร. 042-681-455 หรือทาง LINE @dongmak หรือยื่นคำร้องผ่าน <a href="/eservice/">E-Service</a></p>"""),
    }
    for pid, (title, body) in pages.items():
        tis_page(f"/page.php?id={pid}", f"p/page-{pid}.html", title, body)

    # ---------------------------------------------------------------- news
    tis_page("/news.php", "p/news.html", "ข่าวประชาสัมพันธ์", '<p><b><font size="4">ข่าวประชาสัมพันธ์</font></b></p><table width="100%" border="0" cellpadding="3">'
             + "".join(f'<tr><td>&bull; <a href="/news.php?id={n}">{t}</a> <font color="#999999" size="2">[{d}]</font></td></tr>' for n, d, t, _ in NEWS)
             + "</table><p>หน้า 1 | <a href=\"/news.php?page=2\">2</a></p>")
    ROUTES["/news.php?page=2"] = {"file": "p/news-page2.html", "content_type": TIS}
    older = [("๒๗ พ.ย. ๒๕๖๖", "ประเพณีลอยกระทง ประจำปี ๒๕๖๖"), ("๓๐ ต.ค. ๒๕๖๖", "มอบเบี้ยยังชีพผู้สูงอายุ ประจำเดือนตุลาคม ๒๕๖๖"),
             ("๒๔ ส.ค. ๒๕๖๖", "ประชุมสภา อบต. สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๖ พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๗")]
    (WWW / "p/news-page2.html").write_bytes((HEAD.format(title="ข่าวประชาสัมพันธ์ หน้า 2", menu=MENU)
        + '<p><b><font size="4">ข่าวประชาสัมพันธ์</font></b></p><table width="100%" border="0" cellpadding="3">'
        + "".join(f'<tr><td>&bull; {t} <font color="#999999" size="2">[{d}]</font></td></tr>' for d, t in older)
        + '</table><p><a href="/news.php">1</a> | หน้า 2</p>' + FOOT).encode("tis_620", errors="xmlcharrefreplace"))
    for n, d, t, body in NEWS:
        img = f'<p align="center"><img src="/images/news/{n}.jpg" width="300" height="200"></p>' if n in (215, 211, 207, 203) else ""
        tis_page(f"/news.php?id={n}", f"p/news-{n}.html", t,
                 f'<p><b><font size="4">{t}</font></b></p><p><font color="#999999" size="2">วันที่ {d} &nbsp; โดย : งานประชาสัมพันธ์</font></p>{img}{body}'
                 '<p><a href="/news.php">&lt;&lt; กลับหน้ารวมข่าว</a></p>')

    tis_page("/gallery.php", "p/gallery.html", "ภาพกิจกรรม", """<p><b><font size="4">ภาพกิจกรรม</font></b></p>
<table width="100%" border="0" cellpadding="4">
<tr><td align="center"><img src="/images/gallery/kids67_1.jpg" width="240" height="160"><br>วันเด็กแห่งชาติ ๒๕๖๗ (๑๓ ม.ค. ๖๗)</td>
<td align="center"><img src="/images/gallery/kids67_2.jpg" width="240" height="160"><br>วันเด็กแห่งชาติ ๒๕๖๗</td></tr>
<tr><td align="center"><img src="/images/gallery/tree_1.jpg" width="240" height="160"><br>กิจกรรมปลูกต้นไม้ เนื่องในวันที่ ๕ ธันวาคม ๒๕๖๖</td>
<td align="center"><img src="/images/gallery/acday_1.jpg" width="240" height="160"><br>ร่วมงานวันต่อต้านคอร์รัปชันสากล ณ ศาลากลางจังหวัดมุกดาหาร (๙ ธ.ค. ๖๖)</td></tr>
<tr><td align="center"><img src="/images/gallery/council_1.jpg" width="240" height="160"><br>ประชุมสภา อบต. สมัยสามัญ สมัยที่ ๓/๒๕๖๖</td><td></td></tr>
</table>""")

    # ---------------------------------------------------------------- procurement announcements
    tis_page("/procurement.php", "p/procurement.html", "ประกาศจัดซื้อจัดจ้าง", f"""<p><b><font size="4">ประกาศจัดซื้อจัดจ้าง</font></b></p>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">
<tr bgcolor="#DDEBC8"><td width="110">วันที่ประกาศ</td><td>เรื่อง</td><td width="90">ประเภท</td></tr>
<tr><td>๒๑ ก.พ. ๒๕๖๗</td><td><a href="{dl(43)}">ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านโนนสวรรค์ หมู่ที่ ๔</a></td><td>ประกาศผู้ชนะ</td></tr>
<tr><td>๒๒ ม.ค. ๒๕๖๗</td><td><a href="{dl(42)}">ประกวดราคาจ้างก่อสร้างถนน คสล. บ้านโนนสวรรค์ หมู่ที่ ๔ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a></td><td>ประกาศเชิญชวน</td></tr>
<tr><td>๑๗ ต.ค. ๒๕๖๖</td><td><a href="{dl(44)}">ประกาศผู้ชนะการเสนอราคา ซื้ออาหารเสริม (นม) ภาคเรียนที่ ๒/๒๕๖๖ โดยวิธีเฉพาะเจาะจง</a></td><td>ประกาศผู้ชนะ</td></tr>
</table>""")

    # ---------------------------------------------------------------- document lists
    tis_page("/list.php?cat=plan", "p/list-plan.html", "แผนพัฒนาท้องถิ่น", doclist("แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", [
        ("แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. ๒๕๖๑ - ๒๕๖๕)", "/upload/plan/แผนพัฒนาสี่ปี 61-65.pdf", "๓๐ ต.ค. ๒๕๖๐"),
                              ("แผนพัฒนาท้องถิ่นสี่ปี เพิ่มเติม ฉบับที่ ๒", dl(12), "๑๕ มิ.ย. ๒๕๖๓")]),
        ("แผนการดำเนินงาน", [("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", dl(21), "๑ พ.ย. ๒๕๖๖")])], dated=True))
    tis_page("/list.php?cat=report", "p/list-report.html", "รายงานผลการดำเนินงาน", doclist("รายงานผลการดำเนินงาน", [
        ("รายงานการติดตามแผน", [("รายงานผลการติดตามการดำเนินงาน รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๗", dl(22), "๒๐ เม.ย. ๒๕๖๗"),
                                ("รายงานผลการดำเนินงาน ประจำปี (รายงานติดตามและประเมินผลแผนพัฒนาท้องถิ่น)", dl(23), "๒๕ ธ.ค. ๒๕๖๖")])], dated=True))
    tis_page("/list.php?cat=hr", "p/list-hr.html", "งานการเจ้าหน้าที่", doclist("งานการเจ้าหน้าที่", [
        ("นโยบาย/แผน", [("นโยบายการบริหารทรัพยากรบุคคลและแผนพัฒนาบุคลากร ปี ๒๕๖๗ - ๒๕๖๙", dl(61), "321")]),
        ("หลักเกณฑ์", [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", dl(62), "188")]),
        ("รายงาน", [("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ ๒๕๖๖", dl(63), "97")]),
        ("ประกาศ", [("ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง", dl(64), "1,204")])]))
    tis_page("/list.php?cat=proc", "p/list-proc.html", "แผน/สรุปผลการจัดซื้อจัดจ้าง", doclist("การจัดซื้อจัดจ้าง", [
        ("แผนการจัดซื้อจัดจ้าง", [("ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๗ (Excel)", dl(41), "76")]),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)", [
            ("สขร.๑ ประจำเดือน ต.ค. ๖๖", dl(45), "22"), ("สขร.๑ ประจำเดือน พ.ย. ๖๖", dl(46), "18"), ("สขร.๑ ประจำเดือน ธ.ค. ๖๖", dl(47), "15"),
            ("สขร.๑ ประจำเดือน ม.ค. ๖๗ (Excel)", dl(48), "12"), ("สขร.๑ ประจำเดือน ก.พ. ๖๗ (Excel)", dl(49), "9"), ("สขร.๑ ประจำเดือน มี.ค. ๖๗ (Excel)", dl(50), "4")]),
        ("รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๖", dl(51), "31")])]))
    tis_page("/list.php?cat=manual", "p/list-manual.html", "คู่มือ", doclist("คู่มือ", [
        ("คู่มือสำหรับประชาชน", [("คู่มือสำหรับประชาชน : การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", dl(32), "144")]),
        ("คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน งานการเจ้าหน้าที่ (Word)", dl(31), "39")])]))
    tis_page("/list.php?cat=complaint", "p/list-complaint.html", "เรื่องร้องเรียน", doclist("เรื่องร้องเรียน", [
        ("คู่มือ/แนวปฏิบัติ", [("คู่มือการปฏิบัติงานการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", dl(71), "58")]),
        ("สถิติ", [("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", dl(72), "41")])]))
    tis_page("/list.php?cat=ac", "p/list-ac.html", "ป้องกันการทุจริต", doclist("ป้องกันการทุจริต / คุณธรรมจริยธรรม", [
        ("นโยบาย No Gift Policy", [("ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy)", dl(75), "66"),
                                   ("รายงานผลการดำเนินการตามนโยบาย No Gift Policy", dl(77), "12")]),
        ("การประเมินความเสี่ยง", [("การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ", dl(78), "35"),
                                  ("รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", dl(79), "20")]),
        ("แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ๕ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)", dl(81), "102"),
                                 ("รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน", dl(82), "7"),
                                 ("รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี ๒๕๖๖", dl(83), "29")]),
        ("คุณธรรมจริยธรรม", [("ประมวลจริยธรรมของพนักงานส่วนตำบล", dl(85), "77"),
                             ("คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม และแนวปฏิบัติ Do &amp; Don't ปี ๒๕๖๗", dl(86), "25"),
                             ("รายงานโครงการอบรมคุณธรรมจริยธรรม ปี ๒๕๖๗", dl(87), "19")]),
        ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [
            ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ดูที่เพจ Facebook อบต.)",
             "https://www.facebook.com/dongmakkhaeng.sao/posts/pfbid02Dmk7ITA2567measuresQwErTy", "-"),
            ("รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๗", dl(88), "14")])]))

    # ---------------------------------------------------------------- web board
    topics = [(34, "สอบถามการลงทะเบียนเบี้ยยังชีพผู้สูงอายุ ปี ๖๘ ค่ะ", "ลูกหลาน ม.๕", "๘ ม.ค. ๒๕๖๗",
               "แม่จะอายุครบ ๖๐ ปี ในเดือนมิถุนายน ๒๕๖๗ ต้องไปลงทะเบียนเมื่อไหร่คะ ใช้เอกสารอะไรบ้าง",
               "admin อบต.", "๙ ม.ค. ๒๕๖๗", "เรียนคุณลูกหลาน ม.๕ ผู้ที่จะมีอายุครบ ๖๐ ปีบริบูรณ์ในปีงบประมาณ ๒๕๖๘ ลงทะเบียนล่วงหน้าได้ตั้งแต่เดือนมกราคม – กันยายน ๒๕๖๗ ที่สำนักปลัด ใช้บัตรประชาชน ทะเบียนบ้าน และสมุดบัญชีธนาคาร หรือยื่นผ่าน E-Service ได้ครับ"),
              (31, "ไฟทางดับ ซอยหลังวัด หมู่ ๓", "ชาวบ้าน", "๒๐ ธ.ค. ๒๕๖๖", "ไฟทางดับมา ๑ อาทิตย์แล้วครับ มืดมาก",
               "กองช่าง อบต.", "๒๑ ธ.ค. ๒๕๖๖", "กองช่างได้ออกตรวจสอบและเปลี่ยนหลอดไฟเรียบร้อยแล้วเมื่อวันที่ ๒๑ ธ.ค. ๖๖ ขอบคุณที่แจ้งครับ")]
    tis_page("/webboard.php", "p/webboard.html", "กระดานถาม-ตอบ", '<p><b><font size="4">กระดานถาม-ตอบ (Webboard)</font></b></p>'
             '<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC"><tr bgcolor="#DDEBC8"><td>หัวข้อ</td><td>ผู้ตั้ง</td><td>วันที่</td><td>ตอบ</td></tr>'
             + "".join(f'<tr><td><a href="/webboard.php?topic={t[0]}">{t[1]}</a></td><td>{t[2]}</td><td>{t[3]}</td><td>1</td></tr>' for t in topics)
             + '</table><br><form method="post" action="/webboard.php?action=post"><b>ตั้งคำถามใหม่</b><br>หัวข้อ <input type="text" name="subject" size="50"><br>'
             'รายละเอียด<br><textarea name="detail" cols="60" rows="5"></textarea><br>ชื่อผู้ถาม <input type="text" name="name"> <input type="submit" value="ตั้งกระทู้"></form>')
    for t in topics:
        tis_page(f"/webboard.php?topic={t[0]}", f"p/topic-{t[0]}.html", t[1],
                 f'<p><b>{t[1]}</b></p><table width="100%" border="1" cellspacing="0" cellpadding="5" bordercolor="#CCCCCC">'
                 f'<tr><td bgcolor="#F4F9EC">ถามโดย : {t[2]} [{t[3]}]<br>{t[4]}</td></tr>'
                 f'<tr><td>ตอบโดย : {t[5]} [{t[6]}]<br>{t[7]}</td></tr></table><p><a href="/webboard.php">&lt;&lt; กลับ</a></p>')

    # ---------------------------------------------------------------- e-service (a newer UTF-8 module)
    (WWW / "eservice").mkdir(parents=True, exist_ok=True)
    (WWW / "eservice/index.html").write_text("""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>E-Service ยื่นคำร้องออนไลน์ - อบต.ดงหมากแข้ง</title>
<link rel="stylesheet" href="/eservice/assets/es.css"></head>
<body><div class="es-wrap">
<h2>ระบบยื่นคำร้องออนไลน์ (E-Service) องค์การบริหารส่วนตำบลดงหมากแข้ง</h2>
<p>ยื่นคำร้องได้ตลอด 24 ชั่วโมง ไม่ต้องเดินทางมาที่ อบต. เจ้าหน้าที่จะตรวจสอบและติดต่อกลับทางโทรศัพท์ภายใน 1 วันทำการ</p>
<!-- expect O18 pass: หน้า E-Service (โมดูลใหม่ UTF-8 ในเว็บไซต์หลัก เมนูซ้าย "E-Service ยื่นคำร้องออนไลน์") มีแบบฟอร์มยื่นคำร้องขอรับบริการออนไลน์ ส่งได้โดยไม่ต้องเดินทางมา -->
<form method="post" action="/eservice/save.php" enctype="multipart/form-data">
<p><label>ประเภทคำร้อง
<select name="req_type">
<option value="1">ขอรับน้ำอุปโภคบริโภค</option>
<option value="2">ขอซ่อมไฟฟ้าสาธารณะ</option>
<option value="3">ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ/ผู้พิการ</option>
<option value="4">ขอความช่วยเหลือสาธารณภัย</option>
<option value="5">คำร้องทั่วไป</option>
</select></label></p>
<p><label>ชื่อ-นามสกุล <input type="text" name="fullname" required></label></p>
<p><label>เลขประจำตัวประชาชน <input type="text" name="idcard" maxlength="13"></label></p>
<p><label>ที่อยู่ <input type="text" name="address" size="60"></label></p>
<p><label>เบอร์โทรศัพท์ <input type="tel" name="phone" required></label></p>
<p><label>รายละเอียดคำร้อง<br><textarea name="detail" rows="5" cols="60"></textarea></label></p>
<p><label>แนบไฟล์/รูปภาพ <input type="file" name="attach"></label></p>
<p><button type="submit">ส่งคำร้อง</button></p>
</form>
<p><a href="/eservice/track.html">ติดตามสถานะคำร้อง</a> | <a href="/index.php">กลับหน้าหลักเว็บไซต์</a></p>
</div></body></html>
""", encoding="utf-8")
    (WWW / "eservice/track.html").write_text("""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>ติดตามสถานะคำร้อง - E-Service อบต.ดงหมากแข้ง</title>
<link rel="stylesheet" href="/eservice/assets/es.css"></head>
<body><div class="es-wrap"><h2>ติดตามสถานะคำร้อง</h2>
<form method="get" action="/eservice/track.html"><label>เลขที่คำร้อง หรือ เบอร์โทรศัพท์ <input type="text" name="q"></label> <button type="submit">ค้นหา</button></form>
<p><a href="/eservice/">กลับหน้ายื่นคำร้อง</a></p></div></body></html>
""", encoding="utf-8")
    (WWW / "eservice/assets").mkdir(exist_ok=True)
    (WWW / "eservice/assets/es.css").write_text(".es-wrap{max-width:760px;margin:20px auto;font-family:sans-serif}\n", encoding="utf-8")
    (WWW / "css").mkdir(exist_ok=True)
    (WWW / "css/style.css").write_text("body,td{font-family:Tahoma,'MS Sans Serif';font-size:13px}\na{color:#2E6B1F;text-decoration:none}\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------- documents
def build_docs():
    srcdir = HERE / "docs"
    if srcdir.exists():
        shutil.rmtree(srcdir)
    srcdir.mkdir()
    listing = []
    for n, (www, d) in enumerate(DOCS.items()):
        name = f"d{n:02}." + ("yaml" if d["kind"] == "xlsx" else "html")
        if d["kind"] == "xlsx":
            (srcdir / name).write_text(yaml.safe_dump(d["spec"], allow_unicode=True, sort_keys=False), encoding="utf-8")
        else:
            (srcdir / name).write_text(d["body"], encoding="utf-8")
        if www.startswith("src-only/"):
            continue  # printed separately below, then damaged
        entry = {"www": www, "src": f"docs/{name}"}
        if d.get("scan"):
            entry["scan"] = True
        if d.get("via"):
            entry["via"] = d["via"]
        listing.append(entry)
        if d.get("id"):
            ROUTES[f"/download.php?id={d['id']}"] = {"file": www, "content_type": d["ctype"]}
    for www, (label, size) in IMAGES.items():
        listing.append({"www": www, "label": label, "size": size})
    listing.append({"www": "images/icon_dl.gif", "label": "DL", "size": [16, 16]})
    listing.append({"www": "images/bullet.gif", "label": "•", "size": [9, 9]})
    (HERE / "documents.yaml").write_text(yaml.safe_dump(listing, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # O33: the No Gift report is served as application/pdf but the stored file was cut off during upload
    ROUTES["/download.php?id=77"] = {"file": "files/dl/77.bin", "content_type": "application/pdf"}
    # O37: the six-month anti-corruption report was deleted from the server
    ROUTES["/download.php?id=82"] = {"status": 404}


def damaged_77():
    """Print the O33 source to PDF (LibreOffice) and keep only its first 3 KB: a truncated upload."""
    src = next(HERE / "docs" / f"d{n:02}.html" for n, www in enumerate(DOCS) if www == "src-only/77-full.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(src, Path(tmp) / "d77.html")
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/lo",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp,
                        str(Path(tmp) / "d77.html")], check=True, capture_output=True, timeout=300)
        data = (Path(tmp) / "d77.pdf").read_bytes()
    out = WWW / "files/dl/77.bin"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data[:3072])


def write_routes():
    spec = SITE / "site.yaml"
    text = spec.read_text(encoding="utf-8")
    begin, end = "# --- routes (generated by src/make_site.py) ---", "# --- end routes ---"
    lines = [begin, "routes:"]
    for key in sorted(ROUTES, key=lambda k: (k.split("?")[0], len(k), k)):
        v = ROUTES[key]
        inner = ", ".join(f"{k}: {json.dumps(val, ensure_ascii=False)}" for k, val in v.items())
        lines.append(f'  "{key}": {{{inner}}}')
    lines.append(end)
    block = "\n".join(lines)
    a, b = text.index(begin), text.index(end) + len(end)
    spec.write_text(text[:a] + block + text[b:], encoding="utf-8")


if __name__ == "__main__":
    if WWW.exists():
        shutil.rmtree(WWW)
    WWW.mkdir()
    build_pages()
    build_docs()
    write_routes()
    if "--no-docs" not in sys.argv:
        sys.path.insert(0, "/work/main/tools")
        import build_field_docs  # noqa: E402

        build_field_docs.build([SITE])
        damaged_77()
