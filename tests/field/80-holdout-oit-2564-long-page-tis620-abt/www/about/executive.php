<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>คณะผู้บริหาร :: องค์การบริหารส่วนตำบลทุ่งยาวใต้</title>
<link rel="stylesheet" type="text/css" href="/images/style.css">
</head>
<body bgcolor="#e8f4e0" topmargin="0" leftmargin="0">
<table width="990" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff" border="0">
<tr><td colspan="2"><img src="/images/top_banner.jpg" width="990" height="180" alt="องค์การบริหารส่วนตำบลทุ่งยาวใต้ อ.ปะเหลียน จ.ตรัง"></td></tr>
<tr><td colspan="2" bgcolor="#2e7d32" height="30" class="topmenu">
&nbsp;&nbsp;<a href="/index.html"><font color="#ffffff">หน้าแรก</font></a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="/about/history.html"><font color="#ffffff">ข้อมูลพื้นฐาน</font></a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="/news/index.html"><font color="#ffffff">ข่าวประชาสัมพันธ์</font></a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="/procurement/index.html"><font color="#ffffff">ข่าวจัดซื้อจัดจ้าง</font></a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="/webboard/index.php"><font color="#ffffff">กระดานถาม-ตอบ</font></a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="/about/contact.html"><font color="#ffffff">ติดต่อเรา</font></a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="/sitemap.html"><font color="#ffffff">แผนผังเว็บไซต์</font></a>
</td></tr>
<tr>
<td width="220" valign="top" bgcolor="#f1f8e9" class="leftmenu">
<table width="100%" cellpadding="3">
<tr><td bgcolor="#558b2f"><font color="#ffffff"><b>&nbsp;ข้อมูลพื้นฐาน</b></font></td></tr>
<tr><td>&nbsp;&raquo; <a href="/about/history.html">ประวัติความเป็นมา</a><br>
&nbsp;&raquo; <a href="/about/vision.html">วิสัยทัศน์/พันธกิจ</a><br>
&nbsp;&raquo; <a href="/about/structure.html">โครงสร้างส่วนราชการ</a><br>
&nbsp;&raquo; <a href="/about/executive.php">คณะผู้บริหาร</a><br>
&nbsp;&raquo; <a href="/about/staff.html">ทำเนียบบุคลากร</a><br>
&nbsp;&raquo; <a href="/about/authority.html">อำนาจหน้าที่</a><br>
&nbsp;&raquo; <a href="/about/contact.html">ติดต่อ อบต.</a></td></tr>
<tr><td bgcolor="#558b2f"><font color="#ffffff"><b>&nbsp;ITA&nbsp;/&nbsp;OIT</b></font></td></tr>
<tr><td>&nbsp;&raquo; <a href="/ita/oit2563.html">ITA 2563</a><br>
&nbsp;&raquo; <a href="/ita/oit2564.html"><b>ITA 2564</b></a> <img src="/images/new.gif" alt="new"><br>
&nbsp;&raquo; <a href="/ita/oit2565.html">ITA 2565</a><br>
&nbsp;&raquo; <a href="/ita/eb2562.php">ITA 2562 (EBIT)</a></td></tr>
<tr><td bgcolor="#558b2f"><font color="#ffffff"><b>&nbsp;งานบริการ</b></font></td></tr>
<tr><td>&nbsp;&raquo; <a href="/plan/index.html">แผนพัฒนาท้องถิ่น</a><br>
&nbsp;&raquo; <a href="/finance/index.html">งานการเงินการคลัง</a><br>
&nbsp;&raquo; <a href="/procurement/index.html">จัดซื้อจัดจ้าง</a><br>
&nbsp;&raquo; <a href="/hr/index.html">งานบริหารบุคคล</a><br>
&nbsp;&raquo; <a href="/service/index.html">คู่มือสำหรับประชาชน</a><br>
&nbsp;&raquo; <a href="/law/law.php">กฏหมายน่ารู้</a><br>
&nbsp;&raquo; <a href="/eservice/index.html">E-Service</a><br>
&nbsp;&raquo; <a href="/complaint/index.html">ร้องเรียน/ร้องทุกข์</a><br>
&nbsp;&raquo; <a href="/opinion/index.html">แสดงความคิดเห็น</a><br>
&nbsp;&raquo; <a href="/gallery.html">ภาพกิจกรรม</a></td></tr>
<tr><td align="center"><a href="https://www.facebook.com/ThungyaotaiSAO" target="_blank"><img src="/images/fb_banner.png" width="200" alt="Facebook อบต.ทุ่งยาวใต้"></a><br>
<a href="http://www.nacc.go.th" target="_blank"><img src="/images/banner_nacc.png" width="200" alt="สำนักงาน ป.ป.ช."></a><br>
<a href="http://www.dla.go.th" target="_blank"><img src="/images/banner_dla.png" width="200" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a><br>
<a href="http://www.gprocurement.go.th" target="_blank"><img src="/images/banner_egp.png" width="200" alt="e-GP"></a></td></tr>
</table></td>
<td valign="top" style="padding:10px">

<h3>คณะผู้บริหารองค์การบริหารส่วนตำบลทุ่งยาวใต้</h3>
<p align="center"><i>“ซื่อสัตย์ โปร่งใส ใส่ใจบริการ”</i></p>
<table width="100%" cellpadding="6" border="0">
<tr><td colspan="3" bgcolor="#dcedc8"><b>&nbsp;ฝ่ายบริหาร (ฝ่ายการเมือง)</b></td></tr>
<tr><td></td><td align="center" valign="top" width="33%"><img src="/images/exec/nayok.jpg" width="120" height="150" border="1"><br>
<b>นายสมพร ศรีทองคำ</b><br><font color="#2e7d32">นายกองค์การบริหารส่วนตำบลทุ่งยาวใต้</font><br><font size="2">โทร. 08-1897-2245</font></td><td></td></tr>
<tr><td align="center" valign="top" width="33%"><img src="/images/exec/rong1.jpg" width="120" height="150" border="1"><br>
<b>นายอำนวย ทองเนื้อดี</b><br><font color="#2e7d32">รองนายก อบต.ทุ่งยาวใต้</font><br><font size="2">โทร. 08-9733-1052</font></td>
<td align="center" valign="top" width="33%"><img src="/images/exec/rong2.jpg" width="120" height="150" border="1"><br>
<b>นางสาวจินตนา หมื่นราช</b><br><font color="#2e7d32">รองนายก อบต.ทุ่งยาวใต้</font><br><font size="2">โทร. 08-6944-7120</font></td>
<td align="center" valign="top" width="33%"><img src="/images/exec/lekha.jpg" width="120" height="150" border="1"><br>
<b>นายเอกชัย ชูแก้ว</b><br><font color="#2e7d32">เลขานุการนายก อบต.</font><br><font size="2">โทร. 09-3581-2276</font></td></tr>
<tr><td colspan="3" bgcolor="#dcedc8"><b>&nbsp;ฝ่ายข้าราชการประจำ (พนักงานส่วนตำบล)</b></td></tr>
<tr><td align="center" valign="top" width="33%"><img src="/images/exec/palad.jpg" width="120" height="150" border="1"><br>
<b>นางวิไลวรรณ เพชรรัตน์</b><br><font color="#2e7d32">ปลัดองค์การบริหารส่วนตำบล</font><br><font size="2">โทร. 08-1535-6048</font></td>
<td align="center" valign="top" width="33%"><img src="/images/exec/rongpalad.jpg" width="120" height="150" border="1"><br>
<b>นายธนกร บุญช่วย</b><br><font color="#2e7d32">รองปลัดองค์การบริหารส่วนตำบล</font><br><font size="2">โทร. 08-4065-3391</font></td>
<td align="center" valign="top" width="33%"><img src="/images/exec/hua_palad.jpg" width="120" height="150" border="1"><br>
<b>นางสาวรัชนี แก้วประดิษฐ์</b><br><font color="#2e7d32">หัวหน้าสำนักปลัด</font><br><font size="2">โทร. 08-7290-4418</font></td></tr>
<tr><td align="center" valign="top" width="33%"><img src="/images/exec/kong_klang.jpg" width="120" height="150" border="1"><br>
<b>นางสาวสุภาพร ขาวสุด</b><br><font color="#2e7d32">ผู้อำนวยการกองคลัง</font><br><font size="2">โทร. 08-9871-6620</font></td>
<td align="center" valign="top" width="33%"><img src="/images/exec/kong_chang.jpg" width="120" height="150" border="1"><br>
<b>นายชาตรี หนูนาค</b><br><font color="#2e7d32">ผู้อำนวยการกองช่าง</font><br><font size="2">โทร. 08-1079-3354</font></td>
<td align="center" valign="top" width="33%"><img src="/images/exec/kong_suksa.jpg" width="120" height="150" border="1"><br>
<b>นางกัลยา ทิพย์มณี</b><br><font color="#2e7d32">ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม</font><br><font size="2">โทร. 08-6281-0937</font></td></tr>
</table>
<p><font size="2">ติดต่อคณะผู้บริหารได้ที่ สำนักงาน อบต. โทร. 0-7520-4417 ต่อ 11 หรือ E-mail : saraban_tyt@hotmail.com … (ข้อมูล ณ ตุลาคม 2563)</font></p>

</td></tr>
<tr><td colspan="2" bgcolor="#33691e" align="center"><font color="#ffffff" size="2">
องค์การบริหารส่วนตำบลทุ่งยาวใต้ หมู่ที่ ๔ ถนนตรัง-ปะเหลียน ตำบลทุ่งยาวใต้ อำเภอปะเหลียน จังหวัดตรัง ๙๒๑๘๐<br>
โทร. ๐-๗๕๒๐-๔๔๑๗&nbsp;&nbsp;โทรสาร ๐-๗๕๒๐-๔๔๑๘&nbsp;&nbsp;E-mail : saraban_tyt@hotmail.com<br>
Copyright &copy; 2011 www.thungyaotai.go.th &nbsp;All rights reserved. Designed by SouthWeb Studio
</font></td></tr>
</table>
</body>
</html>
