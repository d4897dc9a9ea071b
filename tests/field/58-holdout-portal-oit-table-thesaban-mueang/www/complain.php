<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>ร้องเรียน/ร้องทุกข์ - เทศบาลเมืองนาโพธิ์ทอง</title>
<link rel="stylesheet" href="/css/style.css"></head><body>
<div class="top"><img src="/images/logo.png" alt="ตราสัญลักษณ์" height="60"><h1>เทศบาลเมืองนาโพธิ์ทอง</h1>
<div>อำเภอนาโพธิ์ทอง จังหวัดกาฬสินธุ์ &nbsp; "เมืองน่าอยู่ ประชาชนมีสุข"</div></div>
<div class="nav"><a href="/">หน้าหลัก</a><a href="/about.php">ข้อมูลพื้นฐาน</a><a href="/oit.php?id=1">โครงสร้าง</a>
<a href="/oit.php?id=2">คณะผู้บริหาร</a><a href="/news.php?cat=1">ข่าวสาร</a><a href="/procurement.php">จัดซื้อจัดจ้าง</a>
<a href="/oit.php?id=5">ติดต่อเรา</a></div>
<div class="wrap"><div class="left">
<div class="left-box"><div class="left-head">ข้อมูลสาธารณะ OIT ๒๕๖๗</div>
<div class="left-sub">9.1 ข้อมูลพื้นฐาน</div><ul class="left-menu">
<li><a href="/oit.php?id=1">&nbsp;&nbsp;O1 โครงสร้าง</a></li>
<li><a href="/oit.php?id=2">&nbsp;&nbsp;O2 ข้อมูลผู้บริหาร</a></li>
<li><a href="/oit.php?id=3">&nbsp;&nbsp;O3 อำนาจหน้าที่</a></li>
<li><a href="/oit.php?id=4">&nbsp;&nbsp;O4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</a></li>
<li><a href="/oit.php?id=5">&nbsp;&nbsp;o5 ข้อมูลการติดต่อ</a></li>
<li><a href="/oit.php?id=6">&nbsp;&nbsp;o6 กฏหมายที่เกี่ยวข้อง</a></li>
<li><a href="/oit.php?id=7">&nbsp;&nbsp;o7 ข่าวประชาสัมพันธ์</a></li>
<li><a href="/oit.php?id=8">&nbsp;&nbsp;O8 Q&amp;A</a></li>
<li><a href="/oit.php?id=9">&nbsp;&nbsp;O9 Social Network</a></li>
<li><a href="/oit.php?id=10">&nbsp;&nbsp;O๑๐ นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>
</ul>
<div class="left-sub">9.2 การบริหารงาน</div><ul class="left-menu">
<li><a href="/oit.php?id=11">&nbsp;&nbsp;O11 แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี</a></li>
<li><a href="/oit.php?id=12">&nbsp;&nbsp;O12 รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปี รอบ 6 เดือน</a></li>
<li><a href="/oit.php?id=13">&nbsp;&nbsp;O13 รายงานผลการดำเนินงานประจำปี</a></li>
<li><a href="/oit.php?id=14">&nbsp;&nbsp;O14 คู่มือหรือมาตรฐานการปฏิบัติงาน</a></li>
<li><a href="/oit.php?id=15">&nbsp;&nbsp;O15 คู่มือหรือมาตรฐานการให้บริการ</a></li>
<li><a href="/oit.php?id=16">&nbsp;&nbsp;O16 ข้อมูลเชิงสถิติการให้บริการ</a></li>
<li><a href="/oit.php?id=17">&nbsp;&nbsp;O17 รายงานผลการสำรวจความพึงพอใจการให้บริการ</a></li>
<li><a href="/oit.php?id=18">&nbsp;&nbsp;O18 E–Service</a></li>
</ul>
<div class="left-sub">9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</div><ul class="left-menu">
<li><a href="/oit.php?id=19">&nbsp;&nbsp;O19 แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ</a></li>
<li><a href="/oit.php?id=20">&nbsp;&nbsp;O๒๐ ประกาศต่างๆเกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</a></li>
<li><a href="/oit.php?id=21">&nbsp;&nbsp;O21 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน</a></li>
<li><a href="/oit.php?id=22">&nbsp;&nbsp;O22 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี</a></li>
</ul>
<div class="left-sub">9.4 การบริหารและพัฒนาทรัพยากรบุคคล</div><ul class="left-menu">
<li><a href="/oit.php?id=23">&nbsp;&nbsp;O23 นโยบายการบริหารทรัพยากรบุคคล</a></li>
<li><a href="/oit.php?id=24">&nbsp;&nbsp;O24 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</a></li>
<li><a href="/oit.php?id=25">&nbsp;&nbsp;O25 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</a></li>
<li><a href="/oit.php?id=26">&nbsp;&nbsp;O26 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี</a></li>
</ul>
<div class="left-sub">9.5 การส่งเสริมความโปร่งใส</div><ul class="left-menu">
<li><a href="/oit.php?id=27">&nbsp;&nbsp;O27 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="/oit.php?id=28">&nbsp;&nbsp;O28 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="/oit.php?id=29">&nbsp;&nbsp;O29 ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี</a></li>
<li><a href="/oit.php?id=30">&nbsp;&nbsp;O๓๐ การเปิดโอกาสให้เกิดการมีส่วนร่วม</a></li>
</ul>
<div class="left-sub">10.1 การดำเนินการเพื่อป้องกันการทุจริต</div><ul class="left-menu">
<li><a href="/oit.php?id=31">&nbsp;&nbsp;O31 ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่</a></li>
<li><a href="/oit.php?id=32">&nbsp;&nbsp;O32 การสร้างวัฒนธรรม No Gift Policy</a></li>
<li><a href="/oit.php?id=33">&nbsp;&nbsp;O33 รายงานผลตามนโยบาย No Gift Policy</a></li>
<li><a href="/oit.php?id=34">&nbsp;&nbsp;O34 การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี</a></li>
<li><a href="/oit.php?id=35">&nbsp;&nbsp;O35 การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="/oit.php?id=36">&nbsp;&nbsp;O36 แผนปฏิบัติการป้องกันการทุจริต</a></li>
<li><a href="/oit.php?id=37">&nbsp;&nbsp;O37 รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปี รอบ 6 เดือน</a></li>
<li><a href="/oit.php?id=38">&nbsp;&nbsp;O38 รายงานผลการดำเนินการป้องกันการทุจริตประจำปี</a></li>
</ul>
<div class="left-sub">10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</div><ul class="left-menu">
<li><a href="/oit.php?id=39">&nbsp;&nbsp;O39 ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ</a></li>
<li><a href="/oit.php?id=40">&nbsp;&nbsp;O40 การขับเคลื่อนจริยธรรม</a></li>
<li><a href="/oit.php?id=41">&nbsp;&nbsp;O41 การประเมินจริยธรรมของเจ้าหน้าที่ของรัฐ</a></li>
<li><a href="/oit.php?id=42">&nbsp;&nbsp;O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a></li>
<li><a href="/oit.php?id=43">&nbsp;&nbsp;O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a></li>
</ul>
<div class="left-sub">ITA ปีที่ผ่านมา</div><ul class="left-menu"><li><a href="/ita2566/">ITA ๒๕๖๖</a></li><li><a href="/ita2565/">ITA ๒๕๖๕</a></li></ul></div>
<div class="left-box"><div class="left-head">เมนูหลัก</div><ul class="left-menu"><li><a href="/news.php?cat=1">ข่าวประชาสัมพันธ์</a></li><li><a href="/procurement.php">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/complain.php">ร้องเรียน/ร้องทุกข์</a></li><li><a href="/files/แบบฟอร์มคำร้องทั่วไป.docx">ดาวน์โหลดแบบฟอร์ม</a></li><li><a href="/gallery.php">ภาพกิจกรรม</a></li></ul></div>
</div><div class="main">
<h2>ร้องเรียน / ร้องทุกข์ ทั่วไป</h2><p>แจ้งปัญหาความเดือดร้อน เช่น ถนนชำรุด ไฟฟ้าดับ ขยะตกค้าง น้ำท่วมขัง</p>
<form action="/complain/send.php" method="post" class="box">ชื่อ-สกุล <input name="n"><br>โทรศัพท์ <input name="t"><br>เรื่อง <input name="s"><br>รายละเอียด <textarea name="d"></textarea><br><input type="submit" value="ส่ง"></form>
<p>กรณีร้องเรียนการทุจริตของเจ้าหน้าที่ โปรดใช้ <a href="/oit.php?id=28">ช่องทางแจ้งเบาะแสการทุจริต</a></p>
</div></div>
<div class="foot">เทศบาลเมืองนาโพธิ์ทอง &nbsp;เลขที่ 99 หมู่ 5 ถนนนาโพธิ์–กุฉินารายณ์ ตำบลนาโพธิ์ อำเภอนาโพธิ์ทอง จังหวัดกาฬสินธุ์ 46130<br>
โทรศัพท์ 043-861-234 &nbsp;โทรสาร 043-861-235 &nbsp; E-mail: saraban@naphothong.go.th<br>
Copyright © 2567 เทศบาลเมืองนาโพธิ์ทอง | ผู้เข้าชม 1,284,556 ครั้ง</div>
</body></html>
