<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>สรุปผลการจัดซื้อจัดจ้าง - เทศบาลตำบลบ้านโคกกลาง</title><style>body{font-family:Tahoma,sans-serif;font-size:14px;margin:0;background:#f3efe2}.wrap{width:1000px;margin:auto;background:#fff}
.topmenu ul{list-style:none;margin:0;padding:0;background:#6b2d0c}.topmenu>ul>li{display:inline-block;position:relative}
.topmenu a{color:#fff;display:block;padding:8px 12px;text-decoration:none}.topmenu li ul{display:none;position:absolute;background:#8a4a22;min-width:220px}
.topmenu li:hover ul{display:block}.side{float:right;width:230px;padding:8px}.main{margin-right:250px;padding:10px}
.footer{clear:both;background:#6b2d0c;color:#fff;padding:10px;font-size:12px}.footer a{color:#ffd}</style></head><body><div class="wrap">
<div class="head"><img src="/images/banner.jpg" alt="เทศบาลตำบลบ้านโคกกลาง" width="1000"></div><div class="topmenu"><ul>
<li><a href="/">หน้าแรก</a></li>
<li class="dd"><a href="#">ข้อมูลหน่วยงาน&nbsp;&nbsp;&nbsp;&nbsp;&#9662;</a><ul>
  <li><a href="/about/structure.html">โครงสร้างส่วนราชการ</a></li><li><a href="/about/executive.html">คณะผู้บริหาร</a></li>
  <li><a href="/old/authority.php">อำนาจหน้าที่</a></li><li><a href="/about/laws.html">กฏหมายที่เกี่ยวข้อง</a></li></ul></li>
<li class="dd"><a href="#">นโยบายและแผน&nbsp;&nbsp;&#9662;</a><ul><li><a href="/plan/index.html">แผนพัฒนา / แผนดำเนินงาน</a></li></ul></li>
<li class="dd"><a href="#">จัดซื้อจัดจ้าง&nbsp;&nbsp;&#9662;</a><ul><li><a href="/procurement/announce.html">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/procurement/sko1.php?year=2566">สรุปผลการจัดซื้อจัดจ้าง (สขร.1)</a></li></ul></li>
<li><a href="/news/index.html">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/eservice/index.html">E–Service</a></li>
<li class="dd"><a href="#">ITA&nbsp;&nbsp;&#9662;</a><ul><li><a href="/ita/oit2566.html">ITA 2566</a></li><li><a href="/ita/oit2565.html">ITA 2565</a></li></ul></li>
<li><a href="/about/contact.html">ติดต่อเรา</a></li></ul></div><div class="side"><h4>ลิงก์หน่วยงาน</h4><ul>
<li><a href="http://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="http://www.buriram.go.th" target="_blank">จังหวัดบุรีรัมย์</a></li>
<li><a href="http://www.nacc.go.th" target="_blank">สำนักงาน ป.ป.ช.</a></li>
<li><a href="https://www.gprocurement.go.th" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></li>
<li><a href="http://www.ratchakitcha.soc.go.th" target="_blank">ราชกิจจานุเบกษา</a></li>
<li><a href="https://www.info.go.th" target="_blank">ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์ของราชการ</a></li>
<li><a href="https://www.damrongdhama.moi.go.th" target="_blank">ศูนย์ดำรงธรรม กระทรวงมหาดไทย</a></li>
<li><a href="http://www.lampaimat.go.th" target="_blank">ที่ว่าการอำเภอลำปลายมาศ</a></li>
<li><a href="https://www.laas.go.th" target="_blank">ระบบบัญชีคอมพิวเตอร์ อปท. (e-LAAS)</a></li>
<li><a href="http://www.thaimsfoundation.org/" target="_blank">ศูนย์พัฒนาครอบครัวในชุมชน</a></li></ul>
<h4>ปฏิทินกิจกรรม</h4><p>ไม่มีกิจกรรมในเดือนนี้</p></div><div class="main"><h2>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1)</h2>
<h3>ปีงบประมาณ ๒๕๖๖</h3><ul><li><a href="/fileupload/sko1/2566/สขร.1 ต.ค. 65.pdf">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ต.ค. 65</a></li><li><a href="/fileupload/sko1/2566/สขร.1 พ.ย. 65.pdf">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน พ.ย. 65</a></li><li><a href="/fileupload/sko1/2566/สขร.1 ธ.ค. 65.pdf">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ธ.ค. 65</a></li><li><a href="/fileupload/sko1/2566/สขร.1 ม.ค. 66.pdf">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ม.ค. 66</a></li><li><a href="/fileupload/sko1/2566/สขร.1 ก.พ. 66.pdf">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ก.พ. 66</a></li><li><a href="/fileupload/sko1/2566/สขร.1 มี.ค. 66.pdf">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน มี.ค. 66</a></li></ul><h3>ปีงบประมาณ ๒๕๖๕</h3><ul><li><a href="/fileupload/sko1/2565/sko1_01.pdf">สขร.1 เดือน ต.ค. 64</a></li><li><a href="/fileupload/sko1/2565/sko1_02.pdf">สขร.1 เดือน พ.ย. 64</a></li><li><a href="/fileupload/sko1/2565/sko1_03.pdf">สขร.1 เดือน ธ.ค. 64</a></li><li>...</li></ul></div><div class="footer">เทศบาลตำบลบ้านโคกกลาง เลขที่ 99 หมู่ 3 ตำบลโคกกลาง อำเภอลำปลายมาศ จังหวัดบุรีรัมย์ 31130<br>
โทรศัพท์ 0 4466 1234 โทรสาร 0 4466 1235 &nbsp;|&nbsp; อีเมล saraban@bankhokklang.go.th<br>
<a href="https://www.facebook.com/bankhokklang.municipality" target="_blank"><img src="/images/logo.png" width="20"> Facebook เทศบาลตำบลบ้านโคกกลาง</a> &nbsp;
Copyright © 2022 bankhokklang.go.th All rights reserved. ผู้เข้าชม 0152847</div></div></body></html>