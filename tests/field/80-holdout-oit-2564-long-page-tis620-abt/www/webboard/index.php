<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>กระดานถาม-ตอบ :: องค์การบริหารส่วนตำบลทุ่งยาวใต้</title>
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

<h3>&nbsp;กระดานถาม - ตอบ (Q&amp;A) / เว็บบอร์ด</h3>
<p><a href="/webboard/post.php"><img src="/images/btn_newtopic.gif" alt="ตั้งกระทู้ใหม่"> ตั้งกระทู้ใหม่</a></p>
<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#c5e1a5">
<tr bgcolor="#dcedc8"><th>หัวข้อกระทู้</th><th>ผู้ตั้งกระทู้</th><th>วันที่</th><th>อ่าน</th><th>ตอบ</th></tr>
<tr><td><img src="/images/topic.gif"> <a href="/webboard/view.php?id=17">สอบถามเรื่องการยื่นแบบชำระภาษีที่ดินฯ ปี 64 ต้องใช้เอกสารอะไรบ้างคะ</a></td><td align="center">ชาวบ้านหมู่ 2</td><td align="center">22 ม.ค. 2564</td><td align="center">41</td><td align="center">0</td></tr>
<tr><td><img src="/images/topic.gif"> <a href="/webboard/view.php?id=15">ไฟกิ่งหน้าโรงเรียนบ้านควนโพธิ์ดับหลายวันแล้วครับ</a></td><td align="center">somchai_k</td><td align="center">3 ธ.ค. 2563</td><td align="center">57</td><td align="center">0</td></tr>
<tr><td><img src="/images/topic.gif"> <a href="/webboard/view.php?id=12">ขอสอบถามกำหนดการรับสมัครเด็กเข้าศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2564</a></td><td align="center">แม่น้องเมย์</td><td align="center">10 พ.ย. 2563</td><td align="center">88</td><td align="center">0</td></tr>
</table>
<p><font size="2" color="gray">หน้า 1 จาก 1 &nbsp;|&nbsp; กรุณาใช้ถ้อยคำสุภาพ ผู้ดูแลระบบขอสงวนสิทธิ์ลบกระทู้ที่ไม่เหมาะสม</font></p>

</td></tr>
<tr><td colspan="2" bgcolor="#33691e" align="center"><font color="#ffffff" size="2">
องค์การบริหารส่วนตำบลทุ่งยาวใต้ หมู่ที่ ๔ ถนนตรัง-ปะเหลียน ตำบลทุ่งยาวใต้ อำเภอปะเหลียน จังหวัดตรัง ๙๒๑๘๐<br>
โทร. ๐-๗๕๒๐-๔๔๑๗&nbsp;&nbsp;โทรสาร ๐-๗๕๒๐-๔๔๑๘&nbsp;&nbsp;E-mail : saraban_tyt@hotmail.com<br>
Copyright &copy; 2011 www.thungyaotai.go.th &nbsp;All rights reserved. Designed by SouthWeb Studio
</font></td></tr>
</table>
</body>
</html>
