<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>ประมวลจริยธรรม :: เทศบาลตำบลท่าช้างทอง</title>
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
<h3>ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ</h3>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&raquo; <a href="/old/files/ethics_code.pdf">ประมวลจริยธรรมของพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง เทศบาลเมืองท่าช้างทอง พ.ศ. 2565</a> <font color="red">(ปรับปรุงใหม่)</font></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&raquo; ประมวลจริยธรรมของข้าราชการการเมืองท้องถิ่น และประมวลจริยธรรมของข้าราชการส่วนท้องถิ่น (ดูที่สำนักงาน)</p>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#8b4513" style="color:#fff;padding:6px">เทศบาลเมืองท่าช้างทอง อ.พิชัย จ.อุตรดิตถ์ &nbsp; โทร. 0-5542-1234</td></tr>
</table>
</body>
</html>
