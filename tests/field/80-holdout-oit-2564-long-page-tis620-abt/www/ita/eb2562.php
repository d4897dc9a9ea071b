<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>ITA 2562 (EBIT) :: องค์การบริหารส่วนตำบลทุ่งยาวใต้</title>
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

<h3>&nbsp;การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2562</h3>
<p>แบบสำรวจหลักฐานเชิงประจักษ์ (Evidence-Based Integrity &amp; Transparency Assessment : EBIT)</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#aed581">
<tr bgcolor="#dcedc8"><th width="50">ข้อ</th><th>ประเด็นคำถาม</th><th width="220">เอกสาร/หลักฐาน</th></tr>
<tr><td align="center"><b>EB1</b></td><td>หน่วยงานมีการเปิดเผยข้อมูลพื้นฐานของหน่วยงาน (โครงสร้าง ผู้บริหาร อำนาจหน้าที่ ข้อมูลการติดต่อ) ผ่านทางเว็บไซต์</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB2</b></td><td>หน่วยงานมีการเผยแพร่แผนการดำเนินงานประจำปี</td><td><a href="/fileupload/แผนดำเนินงาน ประจำปี 2562.pdf">แผนดำเนินงาน ปี 2562</a></td></tr>
<tr><td align="center"><b>EB3</b></td><td>หน่วยงานมีการเผยแพร่ผลการดำเนินงานตามแผนประจำปี</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB4</b></td><td>หน่วยงานมีการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี</td><td><a href="/eb/EB4_แผนการจัดซื้อจัดจ้าง_2562.pdf">แผนการจัดซื้อจัดจ้าง ปี 2562</a></td></tr>
<tr><td align="center"><b>EB5</b></td><td>หน่วยงานมีการเผยแพร่ประกาศการจัดซื้อจัดจ้าง</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB6</b></td><td>หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างเป็นรายเดือน</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB7</b></td><td>หน่วยงานมีการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB8</b></td><td>หน่วยงานมีมาตรการหรือแนวทางการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB9</b></td><td>หน่วยงานมีคู่มือหรือมาตรฐานการปฏิบัติงาน</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB10</b></td><td>หน่วยงานมีคู่มือหรือมาตรฐานการให้บริการ</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB11</b></td><td>หน่วยงานมีการรายงานข้อมูลสถิติการให้บริการ</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB12</b></td><td>หน่วยงานมีนโยบายการบริหารทรัพยากรบุคคล</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB13</b></td><td>หน่วยงานมีหลักเกณฑ์การบริหารทรัพยากรบุคคล</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB14</b></td><td>หน่วยงานมีช่องทางการรับเรื่องร้องเรียน</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB15</b></td><td>หน่วยงานมีการรายงานสถิติเรื่องร้องเรียน</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB16</b></td><td>หน่วยงานเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB17</b></td><td>ผู้บริหารแสดงเจตจำนงสุจริตในการบริหารงาน</td><td><a href="/ita/files/ประกาศเจตจำนงสุจริต.pdf">ประกาศเจตจำนงสุจริตของผู้บริหาร</a></td></tr>
<tr><td align="center"><b>EB18</b></td><td>ผู้บริหารมีส่วนร่วมในการป้องกันการทุจริต</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB19</b></td><td>หน่วยงานมีการประเมินความเสี่ยงการทุจริต</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB20</b></td><td>หน่วยงานมีการเสริมสร้างวัฒนธรรมองค์กรสุจริต</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB21</b></td><td>หน่วยงานมีแผนป้องกันการทุจริต</td><td><a href="/ita/files/แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ.2561-2564).pdf">แผนปฏิบัติการป้องกันการทุจริต 4 ปี</a></td></tr>
<tr><td align="center"><b>EB22</b></td><td>หน่วยงานมีการรายงานผลการป้องกันการทุจริต</td><td><center>-</center></td></tr>
<tr><td align="center"><b>EB23</b></td><td>หน่วยงานมีมาตรการป้องกันการรับสินบน</td><td><a href="/eb/eb23.pdf">มาตรการป้องกันการรับสินบน</a></td></tr>
<tr><td align="center"><b>EB24</b></td><td>หน่วยงานมีมาตรการจัดการกรณีได้ทราบหรือรับแจ้งหรือตรวจสอบพบการทุจริต</td><td><center>-</center></td></tr>
</table>
<p><font size="2" color="gray">หมายเหตุ : หน้านี้เป็นข้อมูลการประเมินปี 2562 (ข้อมูลเก่า)</font></p>

</td></tr>
<tr><td colspan="2" bgcolor="#33691e" align="center"><font color="#ffffff" size="2">
องค์การบริหารส่วนตำบลทุ่งยาวใต้ หมู่ที่ ๔ ถนนตรัง-ปะเหลียน ตำบลทุ่งยาวใต้ อำเภอปะเหลียน จังหวัดตรัง ๙๒๑๘๐<br>
โทร. ๐-๗๕๒๐-๔๔๑๗&nbsp;&nbsp;โทรสาร ๐-๗๕๒๐-๔๔๑๘&nbsp;&nbsp;E-mail : saraban_tyt@hotmail.com<br>
Copyright &copy; 2011 www.thungyaotai.go.th &nbsp;All rights reserved. Designed by SouthWeb Studio
</font></td></tr>
</table>
</body>
</html>
