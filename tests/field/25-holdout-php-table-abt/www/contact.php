<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ติดต่อเรา - องค์การบริหารส่วนตำบลนาคำน้อย</title>
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
<div class="box"><div class="hd">&nbsp;ติดต่อเรา</div>
<!-- expect O5 pass: หน้าติดต่อเรา มีที่อยู่ โทรศัพท์/โทรสาร อีเมล และแผนที่ Google Maps (ฝังแผนที่และลิงก์) -->
<p><b>องค์การบริหารส่วนตำบลนาคำน้อย</b><br>
เลขที่ 199 หมู่ที่ 6 ตำบลนาคำน้อย อำเภอกุดรัง จังหวัดมหาสารคาม 44130<br>
โทรศัพท์/โทรสาร : 0-4301-2468 &nbsp; สายด่วนศูนย์ป้องกันภัย อบต. : 08-1234-5577<br>
E-mail : saraban@nakhamnoi.go.th , nakhamnoi.sao@gmail.com<br>
เวลาทำการ วันจันทร์ – วันศุกร์ เวลา 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</p>
<p><b>แผนที่ตั้ง</b></p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.5!2d103.0911!3d16.0544!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zอบต.นาคำน้อย!5e0!3m2!1sth!2sth" width="700" height="350" frameborder="0" style="border:0"></iframe><br>
<a href="https://goo.gl/maps/NaKhamNoiSAO7" target="_blank">เปิดแผนที่ใน Google Maps</a>
</div>
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
