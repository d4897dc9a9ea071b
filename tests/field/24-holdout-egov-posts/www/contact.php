<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ติดต่อเรา :: เทศบาลตำบลห้วยน้ำใส</title><style>body{margin:0;font-family:Tahoma,sans-serif;font-size:13px;background:#dde7f0} #wrap{width:1000px;margin:auto;background:#fff} #side{float:left;width:210px;background:#f2f6fa;border-right:1px solid #c5d3e0} #side .h{background:#1f4e79;color:#fff;padding:6px 8px;font-weight:bold} #side a{display:block;padding:4px 10px;color:#1f4e79;text-decoration:none;border-bottom:1px dotted #c5d3e0} #main{margin-left:220px;padding:10px 14px;min-height:500px} table.list{border-collapse:collapse;width:100%} table.list th{background:#1f4e79;color:#fff;padding:5px} table.list td{border-bottom:1px solid #ddd;padding:5px} #foot{clear:both;background:#1f4e79;color:#fff;padding:8px;text-align:center;font-size:12px} .att a{display:inline-block;margin:3px 0}</style></head>
<body><div id="wrap">
<div id="head"><img src="/images/header.jpg" alt="เทศบาลตำบลห้วยน้ำใส อำเภอเกาะคา จังหวัดลำปาง" width="1000" height="140"></div>
<div id="side">
 <div class="h">เมนูหลัก</div>
 <a href="/">หน้าแรก</a>
 <a href="/category.php?id=1">&nbsp;&nbsp;ข่าวประชาสัมพันธ์</a>
 <a href="/executive.php">&nbsp;&nbsp;คณะผู้บริหาร</a>
 <a href="/contact.php">&nbsp;&nbsp;ติดต่อเรา</a>
 <div class="h">ข้อมูลเทศบาล</div>
 <a href="/category.php?id=4">&nbsp;&nbsp;แผนพัฒนาท้องถิ่น / แผนดำเนินงาน</a>
 <div class="h">การประเมินคุณธรรมและความโปร่งใส</div>
 <a href="/category.php?id=9">&nbsp;&nbsp;ITA ๒๕๖๗</a>
 <div class="h">บริการประชาชน</div>
 <a href="https://forms.gle/Hn7sQw2kTzLp9yVb8" target="_blank">&nbsp;&nbsp;ยื่นคำร้องออนไลน์ (E-Service)</a>
</div>
<div id="main">
<h2>ติดต่อเรา</h2>
<!-- expect O5 pass: ที่อยู่ โทรศัพท์ โทรสาร อีเมล และแผนที่ Google Maps (iframe) ในหน้าติดต่อเรา -->
<p>เทศบาลตำบลห้วยน้ำใส<br>เลขที่ ๙๙ หมู่ ๓ ตำบลห้วยน้ำใส อำเภอเกาะคา จังหวัดลำปาง ๕๒๑๓๐</p>
<p>โทรศัพท์ ๐-๕๔๒๘-๑๔๕๖ &nbsp; โทรสาร ๐-๕๔๒๘-๑๔๕๗<br>E-mail : saraban@huaynamsai.go.th</p>
<p>แผนที่ตั้งสำนักงาน</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3781.2!2d99.52!3d18.21" width="600" height="320" style="border:0"></iframe>
</div>
<div id="foot">เทศบาลตำบลห้วยน้ำใส เลขที่ ๙๙ หมู่ ๓ ตำบลห้วยน้ำใส อำเภอเกาะคา จังหวัดลำปาง ๕๒๑๓๐ โทร. ๐-๕๔๒๘-๑๔๕๖<br>
<a style="color:#ffd966" href="https://www.facebook.com/huaynamsai.municipality">Facebook : เทศบาลตำบลห้วยน้ำใส</a> &nbsp;|&nbsp; Copyright &copy; 2024 e-Gov CMS by ThaiWebLocal</div>
</div></body></html>
