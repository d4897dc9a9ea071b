<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>สถิติเรื่องร้องเรียนการทุจริต - องค์การบริหารส่วนตำบลนาคำน้อย</title>
<style type="text/css">
body{margin:0;background:#e8f1d8;font-family:Tahoma,'MS Sans Serif';font-size:13px}
a{color:#1d4f0b;text-decoration:none} .lm td{border-bottom:1px dotted #9bb87a;padding:4px 0}
.mh{background:#3c7a12;color:#fff;font-weight:bold} .ft{background:#3c7a12;color:#fff;text-align:center;padding:8px} .ft a{color:#ffef9e}
.box{border:1px solid #9bb87a;margin:6px;padding:6px;background:#fff} .hd{background:#6aa32c;color:#fff;padding:4px;font-weight:bold}
</style>
</head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td colspan="2"><img src="/images/header.jpg" width="980" height="180" alt="องค์การบริหารส่วนตำบลนาคำน้อย อำเภอกุดรัง จังหวัดมหาสารคาม"></td></tr>
<tr><td colspan="2" bgcolor="#ffef9e"><marquee scrollamount="3">ยินดีต้อนรับเข้าสู่เว็บไซต์ องค์การบริหารส่วนตำบลนาคำน้อย อำเภอกุดรัง จังหวัดมหาสารคาม &nbsp;&nbsp; "นาคำน้อยน่าอยู่ เกษตรปลอดภัย ชุมชนเข้มแข็ง บริหารโปร่งใส"</marquee></td></tr>
<tr><td colspan="2" bgcolor="#2d5e0c" style="padding:4px">&nbsp;<a href="/index.php" style="color:#fff">หน้าแรก</a> &nbsp;|&nbsp; <a href="/content.php?id=1" style="color:#fff">ข้อมูลพื้นฐาน</a> &nbsp;|&nbsp; <a href="/news.php" style="color:#fff">ข่าวประชาสัมพันธ์</a> &nbsp;|&nbsp; <a href="/ita.php?y=2566" style="color:#fff">การเปิดเผยข้อมูลสาธารณะ (OIT)</a> &nbsp;|&nbsp; <a href="/contact.php" style="color:#fff">ติดต่อเรา</a></td></tr>
<tr>
<td width="210" valign="top" bgcolor="#f3f8ea">
<table width="100%" cellpadding="0" cellspacing="0" class="lm">
<tr><td class="mh">&nbsp;เกี่ยวกับ อบต.</td></tr>
<tr><td><a href="/content.php?id=1">&nbsp;&nbsp;&raquo;&nbsp;ประวัติความเป็นมา&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</a></td></tr>
<tr><td><a href="/content.php?id=2">&nbsp;&nbsp;&raquo;&nbsp;โครงสร้างส่วนราชการ&nbsp;&nbsp;&nbsp;&nbsp;</a></td></tr>
<tr><td><a href="/content.php?id=4">&nbsp;&nbsp;&raquo;&nbsp;คณะผู้บริหาร&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</a></td></tr>
<tr><td><a href="/content.php?id=3">&nbsp;&nbsp;&raquo;&nbsp;อำนาจหน้าที่</a></td></tr>
<tr><td><a href="/content.php?id=5">&nbsp;&nbsp;&raquo;&nbsp;กฏหมายที่เกี่ยวข้อง</a></td></tr>
<tr><td class="mh">&nbsp;ข่าวสาร</td></tr>
<tr><td><a href="/news.php">&nbsp;&nbsp;&raquo;&nbsp;ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td><a href="/procurement.php">&nbsp;&nbsp;&raquo;&nbsp;ข่าวจัดซื้อ-จัดจ้าง</a></td></tr>
<tr><td class="mh">&nbsp;บริการประชาชน</td></tr>
<tr><td><a href="/eservice.php">&nbsp;&nbsp;&raquo;&nbsp;E – Service บริการออนไลน์</a></td></tr>
<tr><td><a href="/webboard/index.php">&nbsp;&nbsp;&raquo;&nbsp;กระดานถาม-ตอบ (Q &amp; A)</a></td></tr>
<tr><td><a href="/complain.php">&nbsp;&nbsp;&raquo;&nbsp;ร้องเรียน/ร้องทุกข์</a></td></tr>
<tr><td><a href="/complain.php?type=corrupt">&nbsp;&nbsp;&raquo;&nbsp;แจ้งเรื่องร้องเรียนการทุจริต</a></td></tr>
<tr><td><a href="/contact.php">&nbsp;&nbsp;&raquo;&nbsp;ติดต่อเรา</a></td></tr>
<tr><td class="mh">&nbsp;ITA / OIT</td></tr>
<tr><td><a href="/ita.php?y=2566">&nbsp;&nbsp;&raquo;&nbsp;ITA 2566</a></td></tr>
<tr><td><a href="/ita.php?y=2565">&nbsp;&nbsp;&raquo;&nbsp;ITA 2565</a></td></tr>
</table>
<br><a href="https://www.dla.go.th/" target="_blank"><img src="/images/bn-dla.gif" width="200" height="60" alt="กรมส่งเสริมการปกครองท้องถิ่น" border="0"></a>
<a href="https://www.nacc.go.th/" target="_blank"><img src="/images/bn-nacc.gif" width="200" height="60" alt="สำนักงาน ป.ป.ช." border="0"></a>
<a href="http://www.info.go.th/" target="_blank"><img src="/images/bn-info.gif" width="200" height="60" alt="ศูนย์ข้อมูลข่าวสารของราชการ" border="0"></a>
</td>
<td width="770" valign="top">
<div class="box"><div class="hd">&nbsp;ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</div>
<p align="center"><b>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖<br>รอบ ๖ เดือน (ต.ค. ๖๕ – มี.ค. ๖๖)</b></p>
<table border="1" cellspacing="0" cellpadding="5" width="100%">
<tr bgcolor="#d9ead0"><th>เดือน</th><th>จำนวนเรื่องร้องเรียนทั้งหมด</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
<tr><td>ตุลาคม ๒๕๖๕</td><td align="center">๐</td><td align="center">๐</td><td align="center">๐</td></tr>
<tr><td>พฤศจิกายน ๒๕๖๕</td><td align="center">๐</td><td align="center">๐</td><td align="center">๐</td></tr>
<tr><td>ธันวาคม ๒๕๖๕</td><td align="center">๐</td><td align="center">๐</td><td align="center">๐</td></tr>
<tr><td>มกราคม ๒๕๖๖</td><td align="center">๐</td><td align="center">๐</td><td align="center">๐</td></tr>
<tr><td>กุมภาพันธ์ ๒๕๖๖</td><td align="center">๐</td><td align="center">๐</td><td align="center">๐</td></tr>
<tr><td>มีนาคม ๒๕๖๖</td><td align="center">๐</td><td align="center">๐</td><td align="center">๐</td></tr>
<tr><td><b>รวม</b></td><td align="center"><b>๐</b></td><td align="center"><b>๐</b></td><td align="center"><b>๐</b></td></tr>
</table>
<p>หมายเหตุ : ในรอบ ๖ เดือนแรกของปีงบประมาณ พ.ศ. ๒๕๖๖ ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่</p>
<p align="right">ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๖ ศูนย์รับเรื่องร้องเรียนการทุจริต สำนักปลัด</p></div>
</td>
</tr>
<tr><td colspan="2" class="ft">
<b>องค์การบริหารส่วนตำบลนาคำน้อย</b> เลขที่ 199 หมู่ที่ 6 ตำบลนาคำน้อย อำเภอกุดรัง จังหวัดมหาสารคาม 44130<br>
โทร. 0-4301-2468 &nbsp; E-mail : saraban@nakhamnoi.go.th<br>
<a href="https://www.facebook.com/nakhamnoi.sao" target="_blank"><img src="/images/fb.png" width="20" height="20" alt="" border="0"> Facebook : อบต.นาคำน้อย</a>
&nbsp;|&nbsp; <a href="/content.php?id=6">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
<font size="1">Copyright &copy; 2012-2023 www.nakhamnoi.go.th &nbsp; พัฒนาระบบโดย สยามเว็บท้องถิ่น (SiamLocalWeb CMS v2.3)</font>
</td></tr>
</table>
</body>
</html>
