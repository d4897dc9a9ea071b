# generator for the holdout65 pages (cp874); not served
import os, urllib.parse
W = '/work/holdout65/www'
ORG = 'องค์การบริหารส่วนตำบลโนนทองหลาง'
pages = []  # served paths needing tis-620 content type

def write(path, html):
    full = os.path.join(W, path.lstrip('/'))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(html.encode('cp874', errors='xmlcharrefreplace'))

def head(title):
    return f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>{title} :: {ORG}</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="top-banner"><img src="/images/banner_top.jpg" alt="{ORG}"></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-success">
 <ul class="navbar-nav">
  <li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li>
  <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">&nbsp;&nbsp;ข้อมูลพื้นฐาน&nbsp;&nbsp;</a>
   <div class="dropdown-menu">
    <a class="dropdown-item" href="/about/history.html">ประวัติความเป็นมา</a>
    <a class="dropdown-item" href="/about/structure.html">โครงสร้างส่วนราชการ</a>
    <a class="dropdown-item" href="/about/executive.html">คณะผู้บริหาร</a>
    <a class="dropdown-item" href="/about/authority.html">อำนาจหน้าที่</a>
   </div></li>
  <li class="nav-item"><a class="nav-link" href="/news.php">ข่าวประชาสัมพันธ์</a></li>
  <li class="nav-item"><a class="nav-link" href="/procurement.html">ข่าวจัดซื้อจัดจ้าง</a></li>
  <li class="nav-item"><a class="nav-link" href="/law.html">กฏหมายที่เกี่ยวข้อง</a></li>
  <li class="nav-item"><a class="nav-link" href="/eservice.html">E&ndash;Service</a></li>
  <li class="nav-item"><a class="nav-link" href="/complaint.html">ร้องเรียนการทุจริต</a></li>
  <li class="nav-item"><a class="nav-link" href="/webboard.html">กระดานถาม-ตอบ</a></li>
  <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">ITA</a>
   <div class="dropdown-menu">
    <a class="dropdown-item" href="/ita.php?year=2566">ITA 2566</a>
    <a class="dropdown-item" href="/ita.php?year=2565">ITA 2565</a>
    <a class="dropdown-item" href="/ita.php?year=2564">ITA 2564</a>
    <a class="dropdown-item" href="/ita.php?year=2563">ITA 2563</a>
   </div></li>
  <li class="nav-item"><a class="nav-link" href="/contact.html">ติดต่อเรา</a></li>
 </ul>
</nav>
<div class="container main">
'''

FOOT = f'''
</div>
<footer class="footer bg-dark text-white">
 <div class="container">
  <p><b>{ORG}</b><br>
  ๙๙ หมู่ ๓ ตำบลโนนทองหลาง อำเภอบ้านผือ จังหวัดอุดรธานี ๔๑๑๖๐<br>
  โทรศัพท์ ๐-๔๒๒๑-๙๔๕๖ &nbsp; โทรสาร ๐-๔๒๒๑-๙๔๕๗</p>
  <p>ติดตามเรา :
   <a href="https://www.facebook.com/nonthonglang.sao" target="_blank"><img src="/images/icon_fb.png" alt="facebook"> อบต.โนนทองหลาง</a> |
   <a href="https://line.me/R/ti/p/@nonthonglang" target="_blank"><img src="/images/icon_line.png" alt="line"> Line@</a></p>
  <p class="small">&copy; 2565 {ORG} | ผู้เข้าชม 0124587 | ออกแบบเว็บไซต์โดย ThaiLocalWeb</p>
 </div>
</footer>
<script src="/js/jquery.min.js"></script>
<script src="/js/bootstrap.bundle.min.js"></script>
</body>
</html>
'''

def page(path, title, body):
    write(path, head(title) + body + FOOT)
    pages.append(path)

def q(p):
    return urllib.parse.quote(p)

# ---------------- home -----------------
page('/index.html', 'หน้าหลัก', f'''
<div class="row">
 <div class="col-md-3 sidebar">
  <div class="card"><div class="card-header">ผู้บริหาร</div>
   <div class="card-body text-center"><img src="/images/nayok.jpg" alt="นายก อบต."><br>นายสมพงษ์ ศรีบุญเรือง<br>นายก อบต.โนนทองหลาง<br>สายด่วนนายก ๐๘๑-๗๓๘-๒๒๔๕</div></div>
  <div class="card"><div class="card-header">ITA ประเมินคุณธรรมและความโปร่งใส</div>
   <div class="card-body">
    <a href="/ita.php?year=2565"><img src="/images/banner_ita2565.png" alt="ITA 2565"></a>
    <ul class="list-unstyled">
     <li><a href="/ita.php?year=2563">ITA 2563</a></li>
     <li><a href="/ita.php?year=2564">ITA 2564</a></li>
     <li><a href="/ita.php?year=2565">ITA 2565</a></li>
     <li><a href="/ita.php?year=2566">ITA 2566</a></li>
    </ul></div></div>
  <div class="card"><div class="card-header">เมนูสำหรับประชาชน</div>
   <ul class="list-group">
    <li class="list-group-item"><a href="/eservice.html">บริการออนไลน์ (E-Service)</a></li>
    <li class="list-group-item"><a href="/complaint.html">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
    <li class="list-group-item"><a href="/contact.html">ติดต่อ อบต.</a></li>
    <li class="list-group-item"><a href="/webboard.html">กระดานถาม-ตอบ</a></li>
   </ul></div>
  <div class="card"><div class="card-header">ปฏิทินกิจกรรม</div>
   <div class="card-body"><table class="calendar"><caption>มีนาคม ๒๕๖๕</caption>
    <tr><th>อา</th><th>จ</th><th>อ</th><th>พ</th><th>พฤ</th><th>ศ</th><th>ส</th></tr>
    <tr><td></td><td></td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr>
    <tr><td>6</td><td>7</td><td>8</td><td>9</td><td class="event">10</td><td>11</td><td>12</td></tr>
    <tr><td>13</td><td>14</td><td>15</td><td>16</td><td>17</td><td>18</td><td>19</td></tr>
    <tr><td>20</td><td>21</td><td>22</td><td>23</td><td>24</td><td>25</td><td>26</td></tr>
    <tr><td>27</td><td>28</td><td>29</td><td>30</td><td>31</td><td></td><td></td></tr>
   </table><p class="small">๑๐ มี.ค. ๖๕ ประชุมสภา อบต. สมัยสามัญ สมัยที่ ๑</p></div></div>
 </div>
 <div class="col-md-9">
  <div id="slide" class="carousel slide"><div class="carousel-inner">
   <div class="carousel-item active"><img src="/images/slide_king.jpg" alt="ทรงพระเจริญ"></div>
   <div class="carousel-item"><img src="/images/slide_tax2565.jpg" alt="ชำระภาษีที่ดินและสิ่งปลูกสร้าง ๒๕๖๕"></div>
   <div class="carousel-item"><img src="/images/slide_covid.jpg" alt="ร่วมใจต้านภัย COVID-19"></div>
  </div></div>
  <h3 class="head-title">ข่าวประชาสัมพันธ์</h3>
  <ul class="news-list">
   <li><a href="/news.php?id=118">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๕</a> <span class="date">(๒๑ มี.ค. ๖๕)</span> <img src="/images/new.gif" alt="new"></li>
   <li><a href="/news.php?id=115">ประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี ๒๕๖๕</a> <span class="date">(๑๕ ก.พ. ๖๕)</span></li>
   <li><a href="/news.php?id=112">โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ปี ๒๕๖๕</a> <span class="date">(๒๕ ม.ค. ๖๕)</span></li>
   <li><a href="/news.php?id=104">ประชุมคณะกรรมการพัฒนา อบต. พิจารณาร่างแผนดำเนินงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๕</a> <span class="date">(๒๒ พ.ย. ๖๔)</span></li>
  </ul>
  <p class="text-right"><a href="/news.php">อ่านข่าวทั้งหมด &raquo;</a></p>
  <h3 class="head-title">ภาพกิจกรรม</h3>
  <div class="row gallery">
   <div class="col-4"><a href="https://www.facebook.com/nonthonglang.sao/photos"><img src="/images/act_1.jpg" alt="กิจกรรม"></a><p>ฉีดวัคซีนสุนัข-แมว ม.๑-ม.๘</p></div>
   <div class="col-4"><a href="https://www.facebook.com/nonthonglang.sao/photos"><img src="/images/act_2.jpg" alt="กิจกรรม"></a><p>ล้างตลาด ป้องกันโควิด</p></div>
   <div class="col-4"><a href="https://www.facebook.com/nonthonglang.sao/photos"><img src="/images/act_3.jpg" alt="กิจกรรม"></a><p>แจกถุงยังชีพผู้กักตัว</p></div>
  </div>
  <h3 class="head-title">ประกาศจัดซื้อจัดจ้าง</h3>
  <ul class="news-list">
   <li><a href="/procurement.html">ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองแวง หมู่ที่ ๕</a> (๒๘ ก.พ. ๖๕)</li>
   <li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch" target="_blank">ค้นหาประกาศในระบบ e-GP</a></li>
  </ul>
  <h3 class="head-title">ลิงก์หน่วยงาน</h3>
  <p class="links">
   <a href="http://www.dla.go.th" target="_blank"><img src="/images/link_dla.png" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a>
   <a href="https://www.nacc.go.th" target="_blank"><img src="/images/link_nacc.png" alt="สำนักงาน ป.ป.ช."></a>
   <a href="http://www.udonthani.go.th" target="_blank"><img src="/images/link_udon.png" alt="จังหวัดอุดรธานี"></a>
   <a href="https://info.dla.go.th" target="_blank">ระบบข้อมูลกลาง อปท.</a>
   <a href="https://www.oic.go.th" target="_blank">สขร.</a>
  </p>
 </div>
</div>
''')

# ---------------- about -----------------
page('/about/history.html', 'ประวัติความเป็นมา', '''
<h2>ประวัติความเป็นมา</h2>
<p>องค์การบริหารส่วนตำบลโนนทองหลาง ยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบล เมื่อวันที่ ๒๓ กุมภาพันธ์ ๒๕๔๐
ตามประกาศกระทรวงมหาดไทย มีพื้นที่ประมาณ ๔๒ ตารางกิโลเมตร จำนวน ๘ หมู่บ้าน ประชากร ๖,๓๒๑ คน (ข้อมูล ณ ธันวาคม ๒๕๖๔)</p>
<p>ทิศเหนือ จรด ต.กลางใหญ่ &nbsp; ทิศใต้ จรด ต.คำด้วง &nbsp; ทิศตะวันออก จรด ต.หนองหัวคู &nbsp; ทิศตะวันตก จรด ต.เมืองพาน</p>
''')

page('/about/structure.html', 'โครงสร้างส่วนราชการ', '''
<h2>โครงสร้างองค์การบริหารส่วนตำบลโนนทองหลาง</h2>
<p><img src="/images/structure_2565.jpg" alt="แผนภูมิโครงสร้าง อบต.โนนทองหลาง"></p>
<h4>ฝ่ายการเมือง</h4>
<ul><li>สภาองค์การบริหารส่วนตำบล (ประธานสภา รองประธานสภา สมาชิกสภา ๘ คน เลขานุการสภา)</li>
<li>นายกองค์การบริหารส่วนตำบล &ndash; รองนายก ๒ คน &ndash; เลขานุการนายก</li></ul>
<h4>ฝ่ายข้าราชการประจำ</h4>
<ul><li>ปลัดองค์การบริหารส่วนตำบล / รองปลัด อบต.</li>
<li>สำนักปลัด (งานบริหารทั่วไป งานนโยบายและแผน งานกฎหมายและคดี งานป้องกันและบรรเทาสาธารณภัย งานสวัสดิการสังคม)</li>
<li>กองคลัง (งานการเงิน งานบัญชี งานพัฒนาและจัดเก็บรายได้ งานทะเบียนทรัพย์สินและพัสดุ)</li>
<li>กองช่าง (งานก่อสร้าง งานออกแบบและควบคุมอาคาร งานประสานสาธารณูปโภค)</li>
<li>กองการศึกษา ศาสนาและวัฒนธรรม (ศูนย์พัฒนาเด็กเล็ก ๒ แห่ง)</li>
<li>หน่วยตรวจสอบภายใน</li></ul>
''')

EXEC = [('นายสมพงษ์ ศรีบุญเรือง','นายกองค์การบริหารส่วนตำบลโนนทองหลาง','081-738-2245','exec1.jpg'),
        ('นายบุญมี แก้วคำ','รองนายก อบต.','089-411-0923','exec2.jpg'),
        ('นางสาวจันทร์เพ็ญ พรมมา','รองนายก อบต.','086-225-7781','exec3.jpg'),
        ('นายทองใบ สีหาวงษ์','เลขานุการนายก อบต.','093-552-1180','exec4.jpg')]
STAFF = [('นางวิไลวรรณ ทองดี','ปลัด อบต.','042-219456 ต่อ 11','staff1.jpg'),
         ('นายอนุชา ภูผาทอง','รองปลัด อบต.','042-219456 ต่อ 12','staff2.jpg'),
         ('นางสาวกาญจนา บุญประเสริฐ','หัวหน้าสำนักปลัด','042-219456 ต่อ 13','staff3.jpg'),
         ('นางพรทิพย์ ศรีสุข','ผู้อำนวยการกองคลัง','042-219456 ต่อ 14','staff4.jpg'),
         ('นายวีระพงษ์ คำภูแสน','ผู้อำนวยการกองช่าง','042-219456 ต่อ 15','staff5.jpg'),
         ('นางสุภาพร ไชยมาตย์','ผู้อำนวยการกองการศึกษาฯ','042-219456 ต่อ 16','staff6.jpg')]
def cards(lst):
    return '\n'.join(f'<div class="col-md-4 text-center"><img src="/images/{i}" alt="{n}"><p><b>{n}</b><br>{p}<br>โทร. {t}</p></div>' for n,p,t,i in lst)
page('/about/executive.html', 'คณะผู้บริหาร', f'''
<h2>คณะผู้บริหาร</h2>
<h4>ฝ่ายการเมือง (ผู้บริหารท้องถิ่น)</h4><div class="row">{cards(EXEC)}</div>
<h4>ฝ่ายข้าราชการประจำ</h4><div class="row">{cards(STAFF)}</div>
''')

page('/about/authority.html', 'อำนาจหน้าที่', '''
<h2>อำนาจหน้าที่ขององค์การบริหารส่วนตำบล</h2>
<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ และที่แก้ไขเพิ่มเติม (ฉบับที่ ๗) พ.ศ. ๒๕๖๒</p>
<p><b>มาตรา ๖๖</b> องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ในการพัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม</p>
<p><b>มาตรา ๖๗</b> ภายใต้บังคับแห่งกฎหมาย องค์การบริหารส่วนตำบล มีหน้าที่ต้องทำในเขตองค์การบริหารส่วนตำบล ดังต่อไปนี้
(๑) จัดให้มีและบำรุงรักษาทางน้ำและทางบก (๒) รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล
(๓) ป้องกันโรคและระงับโรคติดต่อ (๔) ป้องกันและบรรเทาสาธารณภัย (๕) ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม
(๖) ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ (๗) คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม
(๘) บำรุงรักษาศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น (๙) ปฏิบัติหน้าที่อื่นตามที่ทางราชการมอบหมาย</p>
<p><b>มาตรา ๖๘</b> องค์การบริหารส่วนตำบลอาจจัดทำกิจการในเขต อบต. เช่น ให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร ให้มีและบำรุงการไฟฟ้า ฯลฯ</p>
<p>และตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒ มาตรา ๑๖</p>
''')

page('/contact.html', 'ติดต่อเรา', '''
<h2>ติดต่อองค์การบริหารส่วนตำบลโนนทองหลาง</h2>
<p>ที่อยู่ : ๙๙ หมู่ ๓ ตำบลโนนทองหลาง อำเภอบ้านผือ จังหวัดอุดรธานี ๔๑๑๖๐<br>
โทรศัพท์ : ๐-๔๒๒๑-๙๔๕๖ &nbsp; โทรสาร : ๐-๔๒๒๑-๙๔๕๗<br>
E-mail : saraban_nonthonglang@dla.go.th , nonthonglang.sao@gmail.com<br>
เวลาทำการ : วันจันทร์ - วันศุกร์ เวลา ๐๘.๓๐ - ๑๖.๓๐ น. (เว้นวันหยุดราชการ)</p>
<h4>แผนที่</h4>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3806.1!2d102.47!3d17.70!5e0!3m2!1sth!2sth" width="600" height="400"></iframe>
<p><a href="https://goo.gl/maps/NonThongLangSAO" target="_blank">เปิดใน Google Maps</a></p>
''')

page('/law.html', 'กฏหมายที่เกี่ยวข้อง', '''
<h2>กฏหมาย ระเบียบ ที่เกี่ยวข้อง</h2>
<table class="table table-bordered"><tr><th>ลำดับ</th><th>ชื่อกฎหมาย</th></tr>
<tr><td>๑</td><td><a href="https://www.krisdika.go.th/librarian/get?sysid=1" target="_blank">พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ แก้ไขเพิ่มเติมถึง (ฉบับที่ ๗) พ.ศ. ๒๕๖๒</a></td></tr>
<tr><td>๒</td><td><a href="https://www.krisdika.go.th/librarian/get?sysid=2" target="_blank">พ.ร.บ.กำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒</a></td></tr>
<tr><td>๓</td><td><a href="https://www.krisdika.go.th/librarian/get?sysid=3" target="_blank">พ.ร.บ.การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</a></td></tr>
<tr><td>๔</td><td><a href="https://www.krisdika.go.th/librarian/get?sysid=4" target="_blank">พ.ร.บ.ภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</a></td></tr>
<tr><td>๕</td><td><a href="https://www.krisdika.go.th/librarian/get?sysid=5" target="_blank">พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</a></td></tr>
<tr><td>๖</td><td><a href="https://www.krisdika.go.th/librarian/get?sysid=6" target="_blank">ระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๘ และแก้ไขเพิ่มเติม</a></td></tr>
</table>
''')

# ---------------- news -----------------
NEWS = {
 118: ('ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๕', '๒๑ มีนาคม ๒๕๖๕',
       '<p>งานพัฒนาและจัดเก็บรายได้ กองคลัง ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๕ ชำระภาษีได้ตั้งแต่บัดนี้ถึงวันที่ ๓๐ เมษายน ๒๕๖๕ ณ ที่ทำการ อบต.โนนทองหลาง ในวันและเวลาราชการ</p><p><img src="/images/news118.jpg" alt="ภาษี"></p>'),
 115: ('ประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี ๒๕๖๕', '๑๕ กุมภาพันธ์ ๒๕๖๕',
       '<p>วันที่ ๑๕ กุมภาพันธ์ ๒๕๖๕ องค์การบริหารส่วนตำบลโนนทองหลาง โดยงานนโยบายและแผน สำนักปลัด ได้จัดประชุมประชาคมหมู่บ้าน ณ ศาลากลางบ้านหนองแวง หมู่ที่ ๕ และบ้านโนนทองหลาง หมู่ที่ ๓ '
       'เพื่อเปิดโอกาสให้ประชาชน ผู้นำชุมชน และกลุ่มอาชีพ ร่วมเสนอปัญหาความต้องการ และร่วมจัดลำดับความสำคัญของโครงการ เพื่อบรรจุในแผนพัฒนาท้องถิ่น มีผู้เข้าร่วมประชุมทั้งสิ้น ๑๘๔ คน '
       'ข้อเสนอที่ได้รับ เช่น ซ่อมแซมถนนลูกรังเพื่อการเกษตร ขุดลอกหนองน้ำสาธารณะ และติดตั้งไฟฟ้าส่องสว่าง</p>'
       '<p><img src="/images/news115_1.jpg" alt="ประชาคม"> <img src="/images/news115_2.jpg" alt="ประชาคม"></p>'),
 112: ('โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ปี ๒๕๖๕', '๒๕ มกราคม ๒๕๖๕',
       '<p>อบต.โนนทองหลาง ร่วมกับปศุสัตว์อำเภอบ้านผือ ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สุนัขและแมว ทั้ง ๘ หมู่บ้าน ระหว่างวันที่ ๒๔ - ๒๘ มกราคม ๒๕๖๕</p><p><img src="/images/news112.jpg" alt="วัคซีน"></p>'),
 104: ('ประชุมคณะกรรมการพัฒนา อบต. พิจารณาร่างแผนดำเนินงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๕', '๒๒ พฤศจิกายน ๒๕๖๔',
       '<p>วันที่ ๒๒ พฤศจิกายน ๒๕๖๔ เวลา ๐๙.๓๐ น. ปลัด อบต.โนนทองหลาง เป็นประธานการประชุมคณะกรรมการสนับสนุนการจัดทำแผนพัฒนา อบต. '
       'เพื่อพิจารณาร่างแผนดำเนินงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๕ ก่อนเสนอคณะกรรมการพัฒนาท้องถิ่นและผู้บริหารท้องถิ่นพิจารณาประกาศใช้ต่อไป ณ ห้องประชุม อบต.</p>'
       '<p><img src="/images/news104.jpg" alt="ประชุม"></p>'),
}
lis = '\n'.join(f'<li><a href="/news.php?id={k}">{t}</a> <span class="date">{d}</span></li>' for k,(t,d,_) in sorted(NEWS.items(), reverse=True))
page('/news/list.html', 'ข่าวประชาสัมพันธ์', f'''
<h2>ข่าวประชาสัมพันธ์</h2>
<ul class="news-list">
{lis}
<li><a href="/news.php?id=96">ประกาศ อบต.โนนทองหลาง เรื่อง มาตรการป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙</a> <span class="date">๒๘ ตุลาคม ๒๕๖๔</span></li>
</ul>
<p>หน้า 1 <a href="/news.php?page=2">2</a> <a href="/news.php?page=3">3</a></p>
''')
NEWS[96] = ('ประกาศ อบต.โนนทองหลาง เรื่อง มาตรการป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙', '๒๘ ตุลาคม ๒๕๖๔',
            '<p>ขอความร่วมมือประชาชนที่เดินทางมาจากพื้นที่เสี่ยง รายงานตัวต่อ อสม. ประจำหมู่บ้าน และกักตัวสังเกตอาการ ๑๔ วัน</p>')
for k,(t,d,b) in NEWS.items():
    page(f'/news/{k}.html', t, f'<h2>{t}</h2><p class="date">โพสต์เมื่อ {d} | ผู้ดูแลระบบ</p>{b}<p><a href="/news.php">&laquo; กลับหน้าข่าว</a></p>')

# ---------------- procurement etc -----------------
AWARD = '/fileupload/procure/ประกาศผู้ชนะ ถนน คสล. ม.5 บ้านหนองแวง.pdf'
page('/procurement.html', 'ข่าวจัดซื้อจัดจ้าง', f'''
<h2>ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๕</h2>
<table class="table table-striped"><tr><th>วันที่</th><th>เรื่อง</th><th>ไฟล์</th></tr>
<tr><td>๒๘ ก.พ. ๖๕</td><td>ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองแวง หมู่ที่ ๕ ด้วยวิธีประกาศเชิญชวนทั่วไป (e-bidding)</td><td><a href="{AWARD}"><img src="/images/pdf.gif" alt="pdf"> ดาวน์โหลด</a></td></tr>
<tr><td>๑๐ ก.พ. ๖๕</td><td>ประกาศเชิญชวน ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองแวง หมู่ที่ ๕ (e-bidding)</td><td><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure&projectId=65027123456" target="_blank">ดูในระบบ e-GP</a></td></tr>
<tr><td>๑๗ ม.ค. ๖๕</td><td>ประกาศราคากลาง โครงการขุดลอกหนองสาธารณะ บ้านโนนสว่าง หมู่ที่ ๗</td><td><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?projectId=65017012345" target="_blank">ดูในระบบ e-GP</a></td></tr>
</table>
''')

page('/eservice.html', 'E-Service', '''
<h2>ระบบบริการออนไลน์ (E-Service) อบต.โนนทองหลาง</h2>
<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด ๒๔ ชั่วโมง โดยไม่ต้องเดินทางมาที่ อบต. เจ้าหน้าที่จะติดต่อกลับภายใน ๓ วันทำการ</p>
<ul>
<li><a href="https://forms.gle/NtlWaterReq2565" target="_blank">คำร้องขอติดตั้งมาตรวัดน้ำประปา</a></li>
<li><a href="https://forms.gle/NtlLampRepair" target="_blank">แจ้งซ่อมไฟฟ้าส่องสว่างสาธารณะ</a></li>
<li><a href="https://forms.gle/NtlGarbageTruck" target="_blank">ขอรับบริการเก็บขนขยะมูลฝอย</a></li>
<li><a href="https://forms.gle/NtlWaterTruck" target="_blank">ขอรับการช่วยเหลือน้ำอุปโภคบริโภค (รถบรรทุกน้ำ)</a></li>
</ul>
''')

page('/complaint.html', 'แจ้งเรื่องร้องเรียนการทุจริต', '''
<h2>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<p>ผู้ร้องเรียนสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ อบต.โนนทองหลาง ได้ทางแบบฟอร์มด้านล่าง ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ
(แยกจากเรื่องร้องเรียนร้องทุกข์ทั่วไป)</p>
<form action="/complaint_send.php" method="post">
<p>ชื่อ-สกุล (ไม่ระบุได้) <input type="text" name="name"></p>
<p>เบอร์โทรติดต่อกลับ <input type="text" name="tel"></p>
<p>เรื่องที่ร้องเรียน <input type="text" name="subject"></p>
<p>รายละเอียด / ชื่อเจ้าหน้าที่ที่ถูกร้องเรียน <textarea name="detail"></textarea></p>
<p>แนบหลักฐาน <input type="file" name="file1"></p>
<p><button type="submit">ส่งเรื่องร้องเรียน</button></p>
</form>
<p>ช่องทางอื่น : ตู้รับเรื่องร้องเรียนหน้าที่ทำการ อบต. | โทร ๐-๔๒๒๑-๙๔๕๖ | สายด่วน ป.ป.ช. ๑๒๐๕ |
<a href="https://www.nacc.go.th/categorycontent/20220101" target="_blank">ร้องเรียนผ่านเว็บไซต์ ป.ป.ช.</a> |
<a href="https://www.damrongdhama.moi.go.th" target="_blank">ศูนย์ดำรงธรรม</a></p>
<p><a href="/complaint_stat.html">สถิติเรื่องร้องเรียนการทุจริต</a></p>
''')

page('/complaint_stat.html', 'สถิติเรื่องร้องเรียนการทุจริต', '''
<h2>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h2>
<p>รอบ ๖ เดือน (๑ ต.ค. ๒๕๖๔ - ๓๑ มี.ค. ๒๕๖๕)</p>
<table class="table table-bordered">
<tr><th>เดือน</th><th>จำนวนเรื่องร้องเรียน</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th><th>หมายเหตุ</th></tr>
<tr><td>ต.ค. ๖๔</td><td>๐</td><td>๐</td><td>๐</td><td>-</td></tr>
<tr><td>พ.ย. ๖๔</td><td>๐</td><td>๐</td><td>๐</td><td>-</td></tr>
<tr><td>ธ.ค. ๖๔</td><td>๐</td><td>๐</td><td>๐</td><td>-</td></tr>
<tr><td>ม.ค. ๖๕</td><td>๐</td><td>๐</td><td>๐</td><td>-</td></tr>
<tr><td>ก.พ. ๖๕</td><td>๐</td><td>๐</td><td>๐</td><td>-</td></tr>
<tr><td>มี.ค. ๖๕</td><td>๐</td><td>๐</td><td>๐</td><td>-</td></tr>
<tr><td><b>รวม</b></td><td>๐</td><td>๐</td><td>๐</td><td>ไม่มีเรื่องร้องเรียนการทุจริต</td></tr>
</table>
<p>ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๕</p>
''')

page('/webboard.html', 'กระดานถาม-ตอบ', '''
<h2>กระดานถาม-ตอบ</h2>
<p class="text-center" style="color:red">กำลังปรับปรุงข้อมูล...</p>
''')

# ---------------- ITA -----------------
D = {
 'O4': '/fileupload/แผนพัฒนาท้องถิ่น 2561-2565.pdf',
 'O11': '/fileupload/datafiles/รายงานติดตามแผนดำเนินงาน รอบ 6 เดือน ต.ค.64-มี.ค.65.docx',
 'O11_64': '/fileupload/datafiles/รายงานติดตามแผนดำเนินงาน รอบ 6 เดือน ต.ค.63-มี.ค.64.pdf',
 'O12': '/images/file_123.pdf',
 'O13': '/fileupload/คู่มือการปฏิบัติงาน งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง.docx',
 'O16': '/fileupload/ผลสำรวจความพึงพอใจ ปีงบประมาณ 2564.pdf',
 'O20': '/fileupload/รายงานผลการใช้จ่ายงบประมาณ ปี 2564.pdf',
 'O23': '/fileupload/procure/สขร.1 ต.ค.64 - มี.ค.65.xlsx',
 'O24a': '/fileupload/procure/รายงานผลการจัดซื้อจัดจ้าง ประจำปี 2563.pdf',
 'O24b': '/fileupload/procure/รายงานผลการจัดซื้อจัดจ้าง ประจำปี 2564.pdf',
 'O25': '/fileupload/hr/แผนพัฒนาบุคลากร 2564.pdf',
 'O27': '/fileupload/hr/หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.docx',
 'O28': '/fileupload/hr/รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2563.pdf',
 'O29': '/fileupload/คู่มือการจัดการเรื่องร้องเรียนการทุจริต.pdf',
 'O34': '/fileupload/ประกาศเจตจำนงสุจริต ปี 2565.pdf',
 'O36': '/fileupload/ประเมินความเสี่ยงการทุจริต 2565.docx',
 'O39': '/fileupload/แผนปฏิบัติการป้องกันการทุจริต 4 ปี (2561-2564).pdf',
 'O41': '/fileupload/รายงานผลการดำเนินการตามแผนป้องกันการทุจริต ประจำปี 2564.pdf',
}
FB = 'https://www.facebook.com/nonthonglang.sao'
PDF = '<img src="/images/pdf.gif" alt="">'

def tabs(active):
    t = []
    for y in (2563, 2564, 2565, 2566):
        cls = 'nav-link active' if y == active else 'nav-link'
        t.append(f'<li class="nav-item"><a class="{cls}" href="/ita.php?year={y}">ITA {y}</a></li>')
    return '<ul class="nav nav-tabs">' + ''.join(t) + '</ul>'

def panel(pid, label, body, ann=None, parent='accITA'):
    a = f'\n<!-- expect {ann} -->' if ann else ''
    return f'''
<div class="card">
 <div class="card-header" id="h{pid}"><h5 class="mb-0"><button class="btn btn-link collapsed" type="button" data-toggle="collapse" data-target="#c{pid}" aria-expanded="false">{label}</button></h5></div>
 <div id="c{pid}" class="collapse" aria-labelledby="h{pid}" data-parent="#{parent}"><div class="card-body">{a}
{body}
 </div></div>
</div>'''

def group(title, panels):
    return f'<h4 class="ita-group">{title}</h4>\n<div class="accordion" id="accITA">' + ''.join(panels) + '\n</div>'

g91 = [
 panel('O1', 'O1 โครงสร้าง', '<a href="/about/structure.html">โครงสร้างส่วนราชการ อบต.โนนทองหลาง</a><br><a href="/images/structure_2565.jpg">แผนภูมิโครงสร้าง (รูปภาพ)</a>',
       'O1 pass: หน้าโครงสร้างมีแผนภูมิและรายการส่วนราชการทั้งฝ่ายการเมืองและฝ่ายประจำ (สำนักปลัด กองคลัง กองช่าง กองการศึกษา)'),
 panel('O2', 'o2 ข้อมูลผู้บริหาร', '<a href="/about/executive.html">คณะผู้บริหาร อบต.</a>',
       'O2 pass: หน้าคณะผู้บริหารมีรูป ชื่อ-สกุล ตำแหน่ง เบอร์โทร ทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ'),
 panel('O3', 'ข้อ O3 อำนาจหน้าที่', '<a href="/about/authority.html">อำนาจหน้าที่ อบต. ตาม พ.ร.บ.สภาตำบลและ อบต. ๒๕๓๗</a>',
       'O3 pass: หน้าอำนาจหน้าที่อ้าง พ.ร.บ.สภาตำบลฯ มาตรา ๖๖ ๖๗ ๖๘ และ พ.ร.บ.กำหนดแผนฯ'),
 panel('O4', 'O4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', f'<a href="{D["O4"]}">{PDF} แผนพัฒนาท้องถิ่น (พ.ศ.๒๕๖๑ - ๒๕๖๕)</a>',
       'O4 pass: แผนพัฒนาท้องถิ่น (พ.ศ.๒๕๖๑-๒๕๖๕) ครอบคลุมปี ๒๕๖๕ มีวิสัยทัศน์ ยุทธศาสตร์ เป้าประสงค์ ตัวชี้วัด'),
 panel('O5', 'O5 ข้อมูลการติดต่อ', '<a href="/contact.html">ติดต่อเรา</a>',
       'O5 pass: หน้าติดต่อมีที่อยู่ โทรศัพท์ โทรสาร อีเมล และแผนที่ Google Maps'),
 panel('O6', 'O6 กฏหมายที่เกี่ยวข้อง', '<a href="/law.html">กฏหมาย ระเบียบ ที่เกี่ยวข้อง</a>',
       'O6 pass: หน้ารวมกฎหมายที่เกี่ยวข้อง ๖ ฉบับ ลิงก์ไปกฤษฎีกา'),
 panel('O7', 'O7 ข่าวประชาสัมพันธ์', '<a href="/news.php">ข่าวประชาสัมพันธ์ อบต.</a>',
       'O7 pass: หน้าข่าวมีข่าวภารกิจ อบต. ลงวันที่ ต.ค. ๒๕๖๔ - มี.ค. ๒๕๖๕ (ปีงบประมาณ ๒๕๖๕)'),
 panel('O8', 'O8 Q&amp;A', '<a href="/webboard.html">กระดานถาม-ตอบ (Q &amp; A)</a>',
       'O8 broken: ลิงก์กระดานถาม-ตอบเปิดได้ (200) แต่มีเพียงข้อความ "กำลังปรับปรุงข้อมูล..." ไม่มีช่องทางถามตอบใดๆ'),
 panel('O9', 'O9 Social Network', f'<a href="{FB}" target="_blank">Facebook : อบต.โนนทองหลาง</a><br><a href="https://line.me/R/ti/p/@nonthonglang" target="_blank">Line Official</a>',
       'O9 pass: ลิงก์ไปเพจ Facebook และ Line ของ อบต. (มีที่ส่วนท้ายทุกหน้าด้วย)'),
]
g92 = [
 panel('O10', 'O10 แผนดำเนินงานประจำปี', '<a href="/news.php?id=104">ประชุมพิจารณาร่างแผนดำเนินงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๕</a>',
       'O10 missing: ลิงก์เป็นข่าวการประชุมพิจารณาร่างแผนดำเนินงาน ๒๕๖๕ ไม่มีตัวแผนดำเนินงาน (โครงการ งบประมาณ ระยะเวลา) ที่ใดในเว็บไซต์'),
 panel('O11', 'O11 รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน', f'<a href="{D["O11"]}">รายงานผลการติดตามแผนดำเนินงาน รอบ ๖ เดือน (ต.ค.๖๔ - มี.ค.๖๕) .docx</a>',
       'O11 pass: รายงานรอบ ๖ เดือน ๑ ต.ค. ๒๕๖๔ - ๓๑ มี.ค. ๒๕๖๕ (docx ชื่อไทยดิบ) มีความก้าวหน้ารายโครงการและงบประมาณที่ใช้'),
 panel('O12', 'O12 รายงานผลการดำเนินงานประจำปี', f'<a href="{D["O12"]}">{PDF} รายงานผลการดำเนินงาน ประจำปี ๒๕๖๔</a>',
       'O12 incomplete: รายงานผลการดำเนินงาน ปีงบประมาณ ๒๕๖๔ (file_123.pdf) มีผลรายโครงการและงบประมาณ แต่ไม่มีหัวข้อปัญหาอุปสรรคและข้อเสนอแนะ'),
 panel('O13', 'O13 คู่มือหรือมาตรฐานการปฏิบัติงาน', f'<a href="{q(D["O13"])}">คู่มือการปฏิบัติงาน งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง</a>',
       'O13 pass: คู่มือการปฏิบัติงาน (docx ลิงก์ percent-encoded) ระบุงาน ตำแหน่งผู้ปฏิบัติ และขั้นตอนการปฏิบัติงาน'),
 panel('O14', 'O14 คู่มือหรือมาตรฐานการให้บริการ', '<a href="https://online.fliphtml5.com/nthlg/kumuprachachon2565/" target="_blank">คู่มือสำหรับประชาชน (E-book)</a>',
       'O14 review: คู่มือสำหรับประชาชนมีเพียงเป็น E-book บน fliphtml5 ภายนอก ไม่มีไฟล์บนเว็บไซต์หลัก ตรวจเนื้อหาไม่ได้'),
 panel('O15', 'O15 ข้อมูลเชิงสถิติการให้บริการ', '<a href="https://drive.google.com/drive/folders/1Qx7NtlStat2565aBcDeFgHiJkLmNoP" target="_blank">สถิติการให้บริการ ต.ค.๖๔-มี.ค.๖๕ (Google Drive)</a>',
       'O15 review: สถิติการให้บริการอยู่ในโฟลเดอร์ Google Drive เท่านั้น ไม่อยู่บนเว็บไซต์หลัก'),
 panel('O16', 'O16 รายงานผลการสำรวจความพึงพอใจการให้บริการ', f'<a href="{D["O16"]}">{PDF} รายงานผลการสำรวจความพึงพอใจ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (ม.ราชภัฏอุดรธานี)</a>',
       'O16 pass: PDF สแกนภาพ แต่ข้อความลิงก์และชื่อไฟล์ระบุปีงบประมาณ ๒๕๖๔ (ปีก่อน ตรงตามเกณฑ์) เป็นผลสำรวจความพึงพอใจ'),
 panel('O17', 'O17 E-Service', '<a href="/eservice.html">ระบบบริการออนไลน์ (E-Service)</a>',
       'O17 pass: หน้า E-Service มีแบบคำร้องออนไลน์ (Google Forms) ๔ บริการ เชื่อมจากเว็บไซต์หลัก'),
]
g93 = [
 panel('O18', 'O18 แผนการใช้จ่ายงบประมาณประจำปี', f'<a href="/download.php?id=17">แผนการใช้จ่ายงบประมาณ ประจำปี ๒๕๖๕ (excel)</a>',
       'O18 stale: ป้ายบอกปี ๒๕๖๕ แต่ไฟล์ xlsx (download.php?id=17) เป็นแผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (ต.ค.๖๓-ก.ย.๖๔) ไม่มีฉบับ ๒๕๖๕'),
 panel('O19', 'O19 รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน', f'<a href="{D["O11"]}">รายงานการใช้จ่ายงบประมาณ รอบ ๖ เดือน (ต.ค.๖๔-มี.ค.๖๕)</a><br><a href="{FB}/posts/pfbid02Nt6mRk5565budget6m" target="_blank">ดูเพิ่มเติมที่เพจ Facebook</a>',
       'O19 pass: ใช้ไฟล์ docx เดียวกับ O11 ซึ่งมีงบประมาณตามแผนและยอดเบิกจ่ายรายยุทธศาสตร์/รายโครงการ ช่วง ๑ ต.ค. ๖๔ - ๓๑ มี.ค. ๖๕ (โพสต์ Facebook เป็นเพียงส่วนเสริม)'),
 panel('O20', 'O20 รายงานผลการใช้จ่ายงบประมาณประจำปี', f'<a href="{D["O20"]}">{PDF} รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๔</a>',
       'O20 broken: ลิงก์ไปไฟล์ที่ไม่มีบนเซิร์ฟเวอร์ ตอบ 404 และไม่มีหลักฐานอื่น'),
 panel('O21', 'O21 แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', f'<a href="/download.php?id=21">{PDF} ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๕</a>',
       'O21 pass: ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ๒๕๖๕ (PDF ผ่าน download.php?id=21)'),
 panel('O22', 'O22 ประกาศต่างๆเกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', '<a href="/procurement.html">ประกาศจัดซื้อจัดจ้าง</a>',
       'O22 pass: หน้าประกาศจัดซื้อจัดจ้างมีประกาศเชิญชวน ราคากลาง และประกาศผู้ชนะ (PDF) ลงวันที่ ม.ค.-ก.พ. ๒๕๖๕'),
 panel('O23', 'O23 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', f'<a href="{D["O23"]}">สรุปผลการจัดซื้อจัดจ้าง (สขร.๑) ต.ค.๖๔ - มี.ค.๖๕ (xlsx)</a>',
       'O23 pass: xlsx ชื่อไทยดิบ แยกแผ่นงานรายเดือน ต.ค.๖๔-มี.ค.๖๕ มีงาน วงเงิน ราคากลาง วิธี ผู้เสนอราคา ผู้ได้รับคัดเลือก เหตุผล เลขที่และวันที่สัญญา'),
 panel('O24', 'O24 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', f'<a href="{D["O24a"]}">{PDF} รายงานผลการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๓</a><br><a href="{D["O24b"]}">{PDF} รายงานผลการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๔</a>',
       'O24 pass: สองฉบับเรียงกัน ฉบับปีงบประมาณ ๒๕๖๔ (ปีก่อน) มีงบประมาณ สรุปรายการ ปัญหาอุปสรรค ข้อเสนอแนะ ครบ'),
]
g94 = [
 panel('O25', 'O25 นโยบายการบริหารทรัพยากรบุคคล', f'<a href="{D["O25"]}">{PDF} แผนพัฒนาบุคลากร</a>',
       'O25 stale: มีเพียงแผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ ไม่มีนโยบาย/แผนที่ใช้ในปี ๒๕๖๕'),
 panel('O27', 'O27 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', f'<a href="{D["O27"]}">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล อบต.โนนทองหลาง</a>',
       'O27 pass: ประกาศหลักเกณฑ์ฯ ลงวันที่ ๕ ต.ค. ๒๕๖๔ ใช้ในปี ๒๕๖๕ ครบ สรรหา แต่งตั้ง พัฒนา ประเมินผล ให้คุณให้โทษ/ขวัญกำลังใจ'),
 panel('O28', 'O28 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', f'<a href="{D["O28"]}">{PDF} รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี ๒๕๖๓</a>',
       'O28 pass: ป้ายและชื่อไฟล์เขียนปี ๒๕๖๓ ผิด แต่เนื้อหาเอกสารเป็นรายงานปีงบประมาณ ๒๕๖๔ (ปีก่อน) มีผลการดำเนินงาน สถิติบุคลากร ปัญหาอุปสรรค ข้อเสนอแนะ'),
]
g95 = [
 panel('O29', 'O29 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', f'<a href="{D["O29"]}">{PDF} คู่มือการจัดการเรื่องร้องเรียนการทุจริต</a>',
       'O29 incomplete: คู่มือมีช่องทาง ขั้นตอน และระยะเวลา แต่ไม่ระบุหน่วยงาน/ส่วนงานที่รับผิดชอบ'),
 panel('O30', 'O30 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', '<a href="/complaint.html">แจ้งเรื่องร้องเรียนการทุจริต (ออนไลน์)</a>',
       'O30 pass: แบบฟอร์มร้องเรียนการทุจริตออนไลน์บนเว็บไซต์หลัก แยกจากเรื่องร้องทุกข์ทั่วไป พร้อมลิงก์ ป.ป.ช.'),
 panel('O31', 'O31 ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี', '<a href="/complaint_stat.html">สถิติเรื่องร้องเรียนการทุจริต ปี ๒๕๖๕</a>',
       'O31 pass: ตารางสถิติ ต.ค.๖๔-มี.ค.๖๕ ทุกช่องเป็น ๐ และระบุ "ไม่มีเรื่องร้องเรียนการทุจริต" (จำนวน เสร็จ อยู่ระหว่างดำเนินการ)'),
 panel('O32', 'O32 ช่องทางการรับฟังความคิดเห็น', '<a href="/webboard.html">แสดงความคิดเห็น</a>',
       'O32 broken: ลิงก์ไปหน้ากระดานเดียวกับ O8 ซึ่งมีแต่ "กำลังปรับปรุงข้อมูล..." ไม่มีช่องทางรับฟังความคิดเห็นอื่น'),
 panel('O33', 'O33 การเปิดโอกาสให้เกิดการมีส่วนร่วม', '<a href="/news.php?id=115">ประชุมประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น ๒๕๖๕</a>',
       'O33 pass: ข่าวประชาคมหมู่บ้าน ๑๕ ก.พ. ๒๕๖๕ ประชาชน ๑๘๔ คนร่วมเสนอโครงการ อยู่บนเว็บไซต์หลัก'),
]
g101 = [
 panel('O34', '๐๓๔ เจตจำนงสุจริตของผู้บริหาร', f'<a href="{D["O34"]}">{PDF} ประกาศเจตจำนงสุจริตในการบริหารงาน ปี ๒๕๖๕</a>',
       'O34 pass: PDF สแกนภาพ ป้ายลิงก์และชื่อไฟล์ระบุปี ๒๕๖๕ ประกาศลงนามโดยนายก อบต. คนปัจจุบัน'),
 panel('O35', '๐๓๕ การมีส่วนร่วมของผู้บริหาร', f'<a href="{D["O34"]}">{PDF} ประกาศเจตจำนงสุจริต</a>',
       'O35 missing: ลิงก์เป็นไฟล์ประกาศเจตจำนงสุจริตไฟล์เดียวกับ O34 ไม่ใช่กิจกรรมที่ผู้บริหารเข้าร่วม ไม่มีหลักฐานอื่น'),
 panel('O36', '๐๓๖ การประเมินความเสี่ยงการทุจริตประจำปี', f'<a href="{D["O36"]}">การประเมินความเสี่ยงการทุจริต ประจำปี ๒๕๖๕ (word)</a>',
       'O36 incomplete: การประเมินความเสี่ยง ปี ๒๕๖๕ มีเหตุการณ์ความเสี่ยงและระดับความเสี่ยง แต่ไม่มีมาตรการ/แนวทางจัดการความเสี่ยง'),
 panel('O37', '๐๓๗ การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', '(อยู่ระหว่างรวบรวมข้อมูล)',
       'O37 missing: แถวมีแต่ข้อความ "(อยู่ระหว่างรวบรวมข้อมูล)" ไม่มีลิงก์หรือหลักฐานใดบนเว็บไซต์'),
 panel('O38', '๐๓๘ การเสริมสร้างวัฒนธรรมองค์กร', f'<a href="{FB}/posts/pfbid0Ntl2565moralcamp" target="_blank">โครงการอบรมคุณธรรมจริยธรรม พนักงาน อบต. ๒๕๖๕ (ภาพกิจกรรมบน Facebook)</a>',
       'O38 review: กิจกรรมเสริมสร้างวัฒนธรรมองค์กรมีเพียงโพสต์ Facebook ไม่มีบนเว็บไซต์หลัก'),
 panel('O39', 'แผนปฏิบัติการป้องกันการทุจริต', f'<a href="{D["O39"]}">{PDF} แผนปฏิบัติการป้องกันการทุจริต ๔ ปี</a>',
       'O39 stale: แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ.๒๕๖๑-๒๕๖๔) สิ้นสุดก่อนปี ๒๕๖๕ ไม่มีแผนที่ครอบคลุม ๒๕๖๕'),
 panel('O40', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน', f'<a href="{D["O41"]}">{PDF} รายงานผลการดำเนินการป้องกันการทุจริต</a>',
       'O40 stale: ลิงก์เป็นรายงานผลประจำปีงบประมาณ ๒๕๖๔ (ต.ค.๖๓-ก.ย.๖๔) ไฟล์เดียวกับ O41 ไม่มีรายงานรอบ ๖ เดือน ต.ค.๖๔-มี.ค.๖๕'),
 panel('O41', 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', f'<a href="{D["O41"]}">{PDF} รายงานผลการดำเนินการตามแผนป้องกันการทุจริต ประจำปี ๒๕๖๔</a>',
       'O41 pass: รายงานผลปีงบประมาณ ๒๕๖๔ (ปีก่อน) มีผลรายโครงการ งบประมาณ ปัญหาอุปสรรค ข้อเสนอแนะ'),
]
g102 = [
 panel('O42', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', f'<a href="/download.php?id=42">การวิเคราะห์ผลการประเมิน ITA ๒๕๖๔ และมาตรการส่งเสริมคุณธรรมฯ ๒๕๖๕</a>',
       'O42 pass: docx (download.php?id=42) วิเคราะห์ผล ITA ๒๕๖๔ ประเด็นที่ต้องแก้ไขเร่งด่วน ประเด็นที่ต้องพัฒนา และมาตรการปี ๒๕๖๕'),
 panel('O43', 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', f'<a href="/download.php?id=43">รายงานการดำเนินการตามมาตรการฯ</a>',
       'O43 broken: ลิงก์ download.php?id=43 ตอบ 500 Internal Server Error ไม่มีหลักฐานอื่น'),
]
body = f'''
<h2>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)</h2>
<h3>ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h3>
{tabs(2565)}
<div class="tab-content">
{group('ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน (o1 - o9)', g91)}
{group('ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน', g92)}
{group('ตัวชี้วัดย่อยที่ 9.3 การบริหารเงินงบประมาณ', g93)}
{group('ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล', g94)}
{group('ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส', g95)}
{group('ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต', g101)}
{group('ตัวชี้วัดย่อยที่ 10.2 มาตรการภายในเพื่อป้องกันการทุจริต', g102)}
</div>
'''
page('/ita/ita2565.html', 'ITA 2565', body)

old = [
 panel('y64O4', 'O4 แผนพัฒนาท้องถิ่น', f'<a href="{D["O4"]}">{PDF} แผนพัฒนาท้องถิ่น (พ.ศ.๒๕๖๑ - ๒๕๖๕)</a>'),
 panel('y64O11', 'O11 รายงานกำกับติดตามการดำเนินงาน รอบ 6 เดือน', f'<a href="{D["O11_64"]}">{PDF} รายงานติดตามแผนดำเนินงาน รอบ ๖ เดือน ต.ค.๖๓-มี.ค.๖๔</a>'),
 panel('y64O24', 'O24 รายงานผลการจัดซื้อจัดจ้างประจำปี', f'<a href="{D["O24a"]}">{PDF} รายงานผลการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๓</a>'),
 panel('y64O39', 'O39 แผนปฏิบัติการป้องกันการทุจริต', f'<a href="{D["O39"]}">{PDF} แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (๒๕๖๑-๒๕๖๔)</a>'),
]
page('/ita/ita2564.html', 'ITA 2564', f'''
<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</h2>
{tabs(2564)}
<div class="accordion" id="accITA">{''.join(old)}</div>
<p class="small">หมายเหตุ ข้อมูลบางส่วนย้ายไปที่ระบบใหม่</p>
''')
page('/ita/ita2566.html', 'ITA 2566', f'''
<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</h2>
{tabs(2566)}
<div class="accordion" id="accITA"></div>
<p class="text-center">อยู่ระหว่างจัดทำข้อมูล</p>
''')

import json
json.dump(pages, open('/tmp/hp65_pages.json', 'w'), ensure_ascii=False)
