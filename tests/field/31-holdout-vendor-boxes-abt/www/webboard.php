<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>กระดานถาม-ตอบ (Q&A) :: องค์การบริหารส่วนตำบลหนองแวงน้อย</title>
<link rel="stylesheet" href="/css/template.css"></head>
<body><div id="wrap">
<div id="header"><img src="/images/banner.jpg" alt="องค์การบริหารส่วนตำบลหนองแวงน้อย">
 <div class="social"><a href="https://www.facebook.com/nongwaengnoi.sao" target="_blank"><img src="/images/ic_fb.png" alt="Facebook"> เพจ อบต.หนองแวงน้อย</a></div>
</div>
<div id="menu"><ul class="nav">
 <li><a href="/">หน้าหลัก</a></li>
 <li class="dd"><a href="#">ข้อมูลพื้นฐาน</a>
  <ul>
   <li><a href="/history.php">ประวัติความเป็นมา</a></li>
   <li><a href="/ita/view.php?id=201">โครงสร้างส่วนราชการ</a></li>
   <li><a href="/ita/view.php?id=202">คณะผู้บริหาร</a></li>
   <li><a href="/ita/view.php?id=203">อำนาจหน้าที่</a></li>
  </ul></li>
 <li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
 <li><a href="/procurement.php">ประกาศจัดซื้อจัดจ้าง</a></li>
 <li><a href="/ita/index.php">&nbsp;&nbsp;ITA 2567&nbsp;&nbsp;</a></li>
 <li><a href="/webboard.php">กระดานถาม-ตอบ</a></li>
 <li><a href="/complaint-corruption.php">แจ้งเบาะแสการทุจริต</a></li>
 <li><a href="/contact.php">ติดต่อเรา</a></li>
</ul></div>
<div id="main"><div id="content">
<h2 class="title">กระดานถาม-ตอบ (Q&A)</h2>

<form action="/webboard.php" method="post" class="post">
<p>ชื่อผู้ถาม <input name="name"> &nbsp; อีเมล <input name="email"></p>
<p>หัวข้อคำถาม <input name="topic" size="50"></p><p><textarea name="detail" rows="4" cols="60"></textarea></p>
<p><button type="submit">ส่งคำถาม</button></p></form>
<table class="board"><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>วันที่</th><th>ตอบ</th></tr>
<tr><td>ขอทราบกำหนดจ่ายเบี้ยยังชีพผู้สูงอายุเดือนเมษายน</td><td>ยายบัว</td><td>๐๒/๐๔/๒๕๖๗</td><td>๑</td></tr>
<tr><td>ไฟทางหมู่ ๗ ดับหลายจุด แจ้งซ่อมได้ที่ไหนครับ</td><td>ชาวบ้านหมู่ ๗</td><td>๑๔/๐๓/๒๕๖๗</td><td>๑</td></tr></table>
<div class="answer"><b>ตอบ (แอดมิน อบต.)</b> : เบี้ยยังชีพผู้สูงอายุโอนเข้าบัญชีภายในวันที่ ๑๐ ของทุกเดือนค่ะ</div>
<div class="answer"><b>ตอบ (กองช่าง)</b> : แจ้งได้ที่กองช่าง โทร ๐-๔๒๒๑-๙๔๓๕ ต่อ ๑๔ หรือตั้งกระทู้ที่นี่ เจ้าหน้าที่จะออกตรวจภายใน ๓ วันทำการ</div>

</div>
<div id="right">
 <div class="box"><div class="box-title">ข่าวล่าสุด</div><ul class="latest"><li><a href="/news.php?id=61">อบต.หนองแวงน้อย ประชุมติดตามผลการดำเนินงานตามแผนป้องกันการทุจริต รอบ ๖ เดือน</a> <span class="date">(๒๘ มี.ค. ๒๕๖๗)</span></li><li><a href="/news.php?id=60">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๗</a> <span class="date">(๑๕ มี.ค. ๒๕๖๗)</span></li><li><a href="/news.php?id=58">ประชุมประชาคมตำบล เพื่อรับฟังความคิดเห็นและจัดลำดับปัญหาความต้องการ</a> <span class="date">(๒๒ ก.พ. ๒๕๖๗)</span></li><li><a href="/news.php?id=52">กิจกรรมมอบนโยบาย No Gift Policy และวันต่อต้านคอร์รัปชันสากล</a> <span class="date">(๑๙ ธ.ค. ๒๕๖๖)</span></li></ul>
 <a class="more" href="/news.php">ดูทั้งหมด &raquo;</a></div>
 <div class="box"><div class="box-title">ปฏิทินกิจกรรม</div><div class="calendar"><div class="cal-head">&laquo; มีนาคม ๒๕๖๗ &raquo;</div><table><tr><th>อา</th><th>จ</th><th>อ</th><th>พ</th><th>พฤ</th><th>ศ</th><th>ส</th></tr><tr><td></td><td></td><td></td><td></td><td></td><td>๑</td><td>๒</td></tr><tr><td>๓</td><td>๔</td><td>๕</td><td>๖</td><td>๗</td><td>๘</td><td>๙</td></tr><tr><td>๑๐</td><td>๑๑</td><td>๑๒</td><td>๑๓</td><td>๑๔</td><td>๑๕</td><td>๑๖</td></tr><tr><td>๑๗</td><td>๑๘</td><td>๑๙</td><td>๒๐</td><td>๒๑</td><td>๒๒</td><td>๒๓</td></tr><tr><td>๒๔</td><td>๒๕</td><td>๒๖</td><td>๒๗</td><td>๒๘</td><td>๒๙</td><td>๓๐</td></tr><tr><td>๓๑</td><td></td><td></td><td></td><td></td><td></td><td></td></tr></table></div></div>
 <div class="box"><a href="http://www.dla.go.th"><img src="/images/bn_dla.png" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a>
 <a href="https://itas.nacc.go.th"><img src="/images/bn_itas.png" alt="ITAS"></a></div>
</div>
</div>
<div id="footer">
 <p><b>องค์การบริหารส่วนตำบลหนองแวงน้อย</b><br>
 ๙๙ หมู่ ๓ ตำบลหนองแวงน้อย อำเภอพิบูลย์รักษ์ จังหวัดอุดรธานี ๔๑๑๓๐<br>
 โทรศัพท์ ๐-๔๒๒๑-๙๔๓๕ &nbsp; โทรสาร ๐-๔๒๒๑-๙๔๓๖ &nbsp; E-mail : saraban@nongwaengnoi.go.th</p>
 <p class="vendor">เว็บไซต์สำเร็จรูป อปท. พัฒนาโดย ThaiLocalWeb</p>
</div>
</div></body></html>
