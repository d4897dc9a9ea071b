<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>เทศบาลตำบลท่าช้างทอง :: เว็บไซต์เดิม</title>
<style>body{font-family:MS Sans Serif,Tahoma;font-size:13px;background:#fdf5e6;margin:0} td{font-size:13px} .menu a{display:block;color:#fff;padding:3px 6px;text-decoration:none}</style>
</head>
<body>
<table width="900" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td colspan="2"><img src="/old/images/oldhead.jpg" alt="เทศบาลตำบลท่าช้างทอง" width="900" height="140"></td></tr>
<tr><td width="190" valign="top" bgcolor="#8b4513" class="menu">
<a href="/old/index.php">&raquo; หน้าแรก</a>
<a href="/old/about/authority.php">&raquo; อำนาจหน้าที่</a>
<a href="/old/ita/ethics.php">&raquo; ประมวลจริยธรรม</a>
<a href="/old/ita/report-anti-2565.php">&raquo; รายงานผลการป้องกันการทุจริต</a>
<a href="/">&raquo; กลับสู่เว็บไซต์ใหม่</a>
</td><td valign="top" style="padding:10px">
<p style="color:#a00"><b>ประกาศ</b> : เว็บไซต์นี้เป็นเว็บไซต์เดิมของเทศบาล (ก่อนยกฐานะ/ปรับปรุงระบบ) ข้อมูลบางส่วนยังคงเผยแพร่ไว้เพื่อการอ้างอิง กรุณาใช้ <a href="/">เว็บไซต์ใหม่</a></p>
<table width="100%" border="0" cellpadding="3">
<tr><td bgcolor="#f0d9b5"><b>ข่าวประชาสัมพันธ์ (เก่า)</b></td></tr>
<tr><td>&#8226; 12 ก.ย. 2562 &nbsp; ประชาสัมพันธ์การจัดเก็บภาษีโรงเรือนและที่ดิน ประจำปี 2562</td></tr>
<tr><td>&#8226; 5 ส.ค. 2562 &nbsp; โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)</td></tr>
<tr><td>&#8226; 1 มี.ค. 2563 &nbsp; มาตรการป้องกันโรคติดเชื้อไวรัสโคโรนา 2019</td></tr>
</table>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#8b4513" style="color:#fff;padding:6px">เทศบาลเมืองท่าช้างทอง อ.พิชัย จ.อุตรดิตถ์ &nbsp; โทร. 0-5542-1234</td></tr>
</table>
</body>
</html>
