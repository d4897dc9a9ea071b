"""Writes www/*.html, site routes and src/documents.yaml for this holdout (run from anywhere)."""
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parent.parent
WWW = ROOT / "www"

def moj(s):
    """UTF-8 bytes of Thai read as windows-874 (undefined bytes dropped), as some CMS uploads do."""
    return s.encode("utf-8").decode("cp874", errors="ignore")

# ---------------------------------------------------------------- documents
D = {
 "d01": ("fileupload/" + moj("โครงสร้างส่วนราชการ 2567") + ".pdf", "d01-structure.html", {}),
 "d02": ("fileupload/แผนพัฒนาท้องถิ่น 61-65.pdf", "d02-devplan-61-65.html", {}),
 "d03": ("fileupload/file_1623998102.docx", "d03-devplan-add3.html", {}),
 "d04": ("fileupload/law/พรบ.เทศบาล 2496.pdf", "d04-law-thesaban.html", {}),
 "d05": ("fileupload/แผนการดำเนินงาน ปีงบ 2567 (ฉบับประกาศ).docx", "d05-plan-2567.html", {}),
 "d06": ("fileupload/5d41402abc4b2a76b9719d911017c592.pdf", "d06-plan-2566.html", {}),
 "d07": ("fileupload/แผนดำเนินงาน 2565.pdf", "d07-plan-2565.html", {}),
 "d08": ("fileupload/รายงานติดตาม 6 เดือน ต.ค.66-มี.ค.67.pdf", "d08-6m-progress-67.html", {}),
 "d09": ("uploads/2567/04/file_20240405_101522.xlsx", "d09-6m-budget-67.yaml", {}),
 "d10": ("fileupload/" + moj("รายงาน 6 เดือน 2566") + ".pdf", "d10-6m-progress-66.html", {}),
 "d11": ("fileupload/รายงานผลการดำเนินงาน ประจำปี 2566.pdf", "d11-annual-report-66.html", {}),
 "d12": ("fileupload/report2565.pdf", "d12-annual-report-65.html", {}),
 "d13": ("uploads/2567/01/stat_service.xlsx", "d13-service-stats-66.yaml", {}),
 "d14": ("fileupload/ความพึงพอใจ 2566.pdf", "d14-satisfaction-66.html", {"via": "chromium"}),
 "d15": ("fileupload/satisfaction_2565.pdf", "d15-satisfaction-65.html", {"via": "chromium"}),
 "d16": ("fileupload/ita/plan_proc.pdf", "d16-proc-plan-66.html", {}),
 "d17": ("fileupload/egp/W-67-0012.pdf", "d17-egp-invite.html", {"via": "chromium"}),
 "d18": ("fileupload/egp/W-67-0003.pdf", "d18-egp-winner.html", {"via": "chromium"}),
 "d19": ("fileupload/รายงานผลจัดซื้อจัดจ้าง ปี 66.pdf", "d19-proc-annual-66.html", {}),
 "d20": ("fileupload/" + moj("นโยบายบริหารงานบุคคล 2567") + ".pdf", "d20-hr-policy-67.html", {}),
 "d21": ("fileupload/แผนพัฒนาบุคลากร 67-69.docx", "d21-hr-devplan-67-69.html", {}),
 "d22": ("fileupload/hr_rule_67.pdf", "d22-hr-criteria-67.html", {}),
 "d23": ("fileupload/รายงานผล HR ปี 2566.pdf", "d23-hr-report-66.html", {}),
 "d24": ("fileupload/" + moj("สถิติบุคลากร 2566") + ".xlsx", "d24-hr-stats-66.yaml", {}),
 "d25": ("fileupload/manual_complaint.pdf", "d25-complaint-guide.html", {}),
 "d26": ("fileupload/1712032456.pdf", "d26-complaint-stats-67.html", {}),
 "d27": ("fileupload/scan_0012.pdf", "d27-nogift-declaration-scan.html", {"scan": True}),
 "d28": ("fileupload/nogift-report.pdf", "d28-nogift-report-66.html", {}),
 "d29": ("fileupload/" + moj("ประเมินความเสี่ยงการทุจริต 2567") + ".pdf", "d29-risk-67.html", {}),
 "d30": ("fileupload/ita/O37_6m_67.pdf", "d30-anticorr-6m-67.html", {}),
 "d31": ("fileupload/ประมวลจริยธรรม.pdf", "d31-ethics-code.html", {}),
 "d32": ("fileupload/IMG_20231016_0001.pdf", "d32-ethics-order-scan.html", {"scan": True}),
 "d33": ("fileupload/do-dont-67.pdf", "d33-do-dont-67.html", {}),
 "d34": ("fileupload/" + moj("มาตรการส่งเสริมคุณธรรม 67") + ".pdf", "d34-ita-measures-67.html", {}),
 "d35": ("fileupload/ita/o43-2567.pdf", "d35-ita-measures-progress-67.html", {}),
}
MISSING_O21 = "fileupload/" + moj("สขร.1 มี.ค.67") + ".pdf"           # never uploaded: 404
MISSING_O38 = "fileupload/รายงานผลการป้องกันการทุจริต ปี 2566.pdf"      # never uploaded: 404

def u(key):
    return "/" + D[key][0]

# ---------------------------------------------------------------- layout
NAV = """<nav class="navbar navbar-expand-lg navbar-dark bg-success">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="/images/logo.png" width="42" height="42" alt="ตราเทศบาล"> เทศบาลตำบลห้วยม่วงงาม</a>
    <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="mainNav">
      <ul class="navbar-nav mr-auto">
        <li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">&nbsp;&nbsp;ข้อมูลพื้นฐาน&nbsp;&nbsp;</a>
          <div class="dropdown-menu">
            <a class="dropdown-item" href="/ita/O1">โครงสร้างส่วนราชการ</a>
            <a class="dropdown-item" href="/ita/O2">คณะผู้บริหาร</a>
            <a class="dropdown-item" href="/about/authority.html">อำนาจหน้าที่</a>
            <a class="dropdown-item" href="/ita/O6">กฏหมายที่เกี่ยวข้อง</a>
          </div></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">&nbsp;&nbsp;ข่าวสาร&nbsp;&nbsp;</a>
          <div class="dropdown-menu">
            <a class="dropdown-item" href="/news/">ข่าวประชาสัมพันธ์</a>
            <a class="dropdown-item" href="/procurement.html">ประกาศจัดซื้อจัดจ้าง</a>
          </div></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">&nbsp;&nbsp;แผนงาน/รายงาน&nbsp;&nbsp;</a>
          <div class="dropdown-menu">
            <a class="dropdown-item" href="/ita/O4">แผนพัฒนาท้องถิ่น</a>
            <a class="dropdown-item" href="/ita/O11">แผนการดำเนินงาน</a>
            <a class="dropdown-item" href="/ita/O13">รายงานผลการดำเนินงาน</a>
          </div></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">&nbsp;&nbsp;ร้องเรียน/ร้องทุกข์&nbsp;&nbsp;</a>
          <div class="dropdown-menu">
            <a class="dropdown-item" href="/complaint/general.html">ร้องทุกข์ / ร้องเรียนทั่วไป</a>
            <a class="dropdown-item" href="/complaint/corruption.html">แจ้งเรื่องร้องเรียนการทุจริต</a>
          </div></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">&nbsp;&nbsp;ITA&nbsp;&nbsp;</a>
          <div class="dropdown-menu">
            <a class="dropdown-item" href="/ita/">ITA (OIT) การเปิดเผยข้อมูลสาธารณะ</a>
            <a class="dropdown-item" href="/ita-2566/">ITA ปี ๒๕๖๖</a>
            <a class="dropdown-item" href="/ita2565.html">ITA ปี ๒๕๖๕</a>
          </div></li>
        <li class="nav-item"><a class="nav-link" href="/webboard.html">กระดานถาม-ตอบ</a></li>
        <li class="nav-item"><a class="nav-link" href="/contact.html">ติดต่อเรา</a></li>
      </ul>
    </div>
  </div>
</nav>"""

FOOT = """<footer class="footer bg-dark text-light mt-4">
  <div class="container py-3">
    <div class="row">
      <div class="col-md-8">
        <b>เทศบาลตำบลห้วยม่วงงาม</b> อำเภอเวียงป่าเป้า จังหวัดเชียงราย<br>
        โทร. ๐๕๓-๙๕๔-๒๗๑ &nbsp;|&nbsp; <a class="text-light" href="/ita/O10">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a>
      </div>
      <div class="col-md-4 text-right">
        ติดตามเรา: <a class="text-light" href="https://www.facebook.com/HuaymuangngamMunicipality">Facebook</a>
      </div>
    </div>
    <small>Copyright &copy; 2562 เทศบาลตำบลห้วยม่วงงาม &nbsp; ออกแบบและพัฒนาโดย LocalWeb Solution</small>
  </div>
</footer>"""

HEAD = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | เทศบาลตำบลห้วยม่วงงาม</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css">
</head>
<body>
<div class="topbar bg-light small py-1"><div class="container">ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลห้วยม่วงงาม &nbsp;|&nbsp; สำนักงานเปิดทำการ จันทร์ – ศุกร์ ๐๘.๓๐ – ๑๖.๓๐ น.</div></div>
"""

def page(path, title, body, breadcrumb=None):
    bc = ""
    if breadcrumb:
        bc = '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li>' + "".join(
            f'<li class="breadcrumb-item"><a href="{h}">{t}</a></li>' if h else f'<li class="breadcrumb-item active">{t}</li>'
            for t, h in breadcrumb) + "</ol>\n"
    html = HEAD.format(title=title) + NAV + '\n<div class="container mt-3">\n' + bc + body.strip("\n") + "\n</div>\n" + FOOT + "\n</body>\n</html>\n"
    out = WWW / path
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")

def item_page(code, title, body):
    page(f"ita/{code}.html", f"{code} {title}",
         f'<h3 class="ita-title">{code}&nbsp;&nbsp;{title}</h3>\n' + body.strip("\n"),
         breadcrumb=[("ITA (OIT)", "/ita/"), (code, None)])

def table(rows, head=("ปี", "รายการ", "ไฟล์")):
    h = "".join(f"<th>{c}</th>" for c in head)
    return f'<table class="table table-bordered table-sm">\n<thead class="thead-light"><tr>{h}</tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"

def ann(code, status, why):
    return f"<!-- expect {code} {status}: {why} -->"

# ---------------------------------------------------------------- content
NEWS = [  # id, date shown, title, body, image
 ("n252", "๕ มี.ค. ๒๕๖๗", "รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ประจำปี ๒๕๖๗",
  "<p>วันที่ ๕ มีนาคม ๒๕๖๗ กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลห้วยม่วงงาม ร่วมกับ อสม. และโรงพยาบาลส่งเสริมสุขภาพตำบลห้วยม่วง ออกรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย พ่นหมอกควัน และแจกทรายอะเบท ในพื้นที่หมู่ที่ ๑ – ๑๒ ตามโครงการป้องกันและควบคุมโรคไข้เลือดออก</p>", "news/n252.jpg"),
 ("n247", "๑๔ ก.พ. ๒๕๖๗", "ประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐) หมู่ที่ ๑ – ๑๒",
  "<p>ระหว่างวันที่ ๕ – ๑๖ กุมภาพันธ์ ๒๕๖๗ เทศบาลตำบลห้วยม่วงงาม นำโดยนายสมบูรณ์ ใจคำ นายกเทศมนตรี ได้จัดเวทีประชาคมหมู่บ้านครบทั้ง ๑๒ หมู่บ้าน เพื่อเปิดโอกาสให้ประชาชน ผู้นำชุมชน และกลุ่มองค์กรต่าง ๆ ร่วมเสนอปัญหาความต้องการ และร่วมจัดลำดับความสำคัญของโครงการ สำหรับการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐) มีประชาชนเข้าร่วมรวม ๖๘๔ คน</p><p>ข้อเสนอจากเวทีประชาคมจะนำเข้าสู่การประชุมคณะกรรมการพัฒนาเทศบาลในเดือนเมษายน ๒๕๖๗ ต่อไป</p>", "news/n247.jpg"),
 ("n243", "๒๕ ม.ค. ๒๕๖๗", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร ประจำปีงบประมาณ ๒๕๖๗",
  "<p>วันที่ ๒๕ มกราคม ๒๕๖๗ เทศบาลตำบลห้วยม่วงงาม จัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่คณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล และพนักงานจ้าง จำนวน ๔๗ คน ณ หอประชุมเทศบาล โดยมีวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดเชียงราย บรรยายเรื่อง ประมวลจริยธรรมของเจ้าหน้าที่ของรัฐ การป้องกันผลประโยชน์ทับซ้อน และแนวปฏิบัติ Do &amp; Don't พร้อมกิจกรรมกลุ่มกรณีศึกษาพฤติกรรมสีเทา</p>", "news/n243.jpg"),
 ("n241", "๑๐ ม.ค. ๒๕๖๗", "ซ่อมแซมถนนลูกรังที่ได้รับความเสียหายจากฝนตกหนัก หมู่ที่ ๖ และหมู่ที่ ๑๐",
  "<p>กองช่าง เทศบาลตำบลห้วยม่วงงาม ได้นำเครื่องจักรเข้าซ่อมแซมถนนลูกรังเพื่อการเกษตร ที่ได้รับความเสียหายจากฝนตกหนัก ระยะทางรวม ๑.๒ กิโลเมตร เพื่อให้ประชาชนสัญจรและขนส่งผลผลิตทางการเกษตรได้สะดวก</p>", "news/n241.jpg"),
 ("n236", "๘ ธ.ค. ๒๕๖๖", "กิจกรรมมอบนโยบาย No Gift Policy และรณรงค์วันต่อต้านคอร์รัปชันสากล",
  "<p>วันที่ ๘ ธันวาคม ๒๕๖๖ นายสมบูรณ์ ใจคำ นายกเทศมนตรีตำบลห้วยม่วงงาม เป็นประธานการประชุมพนักงานเทศบาลและพนักงานจ้าง เพื่อมอบนโยบายและสร้างความรู้ความเข้าใจเรื่องการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) พร้อมชี้แจงแบบรายงานการรับของขวัญ และร่วมกิจกรรมเดินรณรงค์เนื่องในวันต่อต้านคอร์รัปชันสากล ๙ ธันวาคม ผู้เข้าร่วม ๕๒ คน</p>", "news/n236.jpg"),
 ("n231", "๒๗ พ.ย. ๒๕๖๖", "สืบสานประเพณียี่เป็ง ลอยกระทง ประจำปี ๒๕๖๖",
  "<p>เทศบาลตำบลห้วยม่วงงาม ร่วมกับชุมชนทั้ง ๑๒ หมู่บ้าน จัดงานสืบสานประเพณียี่เป็ง ณ ลำห้วยม่วง มีการประกวดกระทงใหญ่ การปล่อยโคมลอยอย่างปลอดภัย และการแสดงของเด็กนักเรียนศูนย์พัฒนาเด็กเล็ก</p>", "news/n231.jpg"),
 ("n219", "๒๘ ส.ค. ๒๕๖๖", "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๖ พิจารณาร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
  "<p>วันที่ ๒๘ สิงหาคม ๒๕๖๖ สภาเทศบาลตำบลห้วยม่วงงาม ได้ประชุมสมัยสามัญ สมัยที่ ๓ เพื่อพิจารณาร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ในวาระที่ ๒ และวาระที่ ๓ ที่ประชุมมีมติเห็นชอบ และจะเสนอนายอำเภอเวียงป่าเป้าพิจารณาอนุมัติต่อไป</p>", "news/n219.jpg"),
]

def build():
    # ---------------- news
    for nid, date, title, body, img in NEWS:
        page(f"news/{nid}.html", title,
             f'<h3>{title}</h3>\n<p class="text-muted"><i class="fa fa-calendar"></i> วันที่ลงข่าว {date} &nbsp; โดย งานประชาสัมพันธ์</p>\n'
             f'<img class="img-fluid mb-2" src="/images/{img}" alt="{title}">\n{body}',
             breadcrumb=[("ข่าวประชาสัมพันธ์", "/news/"), (title[:30] + "…", None)])
    items = "\n".join(f'<li class="list-group-item"><span class="badge badge-success">{d}</span> <a href="/news/{n}.html">{t}</a></li>'
                      for n, d, t, b, i in NEWS)
    page("news/index.html", "ข่าวประชาสัมพันธ์",
         f'<h3>ข่าวประชาสัมพันธ์</h3>\n<ul class="list-group">\n{items}\n</ul>\n<nav><ul class="pagination mt-2"><li class="page-item active"><a class="page-link" href="/news/">1</a></li><li class="page-item"><a class="page-link" href="/news/?page=2">2</a></li></ul></nav>',
         breadcrumb=[("ข่าวประชาสัมพันธ์", None)])

    # ---------------- home
    latest = "\n".join(f'<div class="media mb-2"><img class="mr-2" src="/images/{i}" width="96" alt=""><div class="media-body"><a href="/news/{n}.html">{t}</a><br><small class="text-muted">{d}</small></div></div>'
                       for n, d, t, b, i in NEWS[:6])
    page("index.html", "หน้าแรก", f"""
<div id="banner" class="carousel slide mb-3">
  <div class="carousel-inner">
    <div class="carousel-item active"><img class="d-block w-100" src="/images/banner-yeepeng.jpg" alt="ประเพณียี่เป็ง ห้วยม่วงงาม"></div>
    <div class="carousel-item"><a href="/ita/"><img class="d-block w-100" src="/images/banner-ita.jpg" alt="ITA การประเมินคุณธรรมและความโปร่งใส"></a></div>
    <div class="carousel-item"><a href="/news/n236.html"><img class="d-block w-100" src="/images/banner-nogift.jpg" alt="No Gift Policy"></a></div>
  </div>
</div>
<div class="row">
  <div class="col-md-8">
    <h4 class="border-bottom">ข่าวประชาสัมพันธ์ / ข่าวกิจกรรม</h4>
{latest}
    <p class="text-right"><a href="/news/">ดูข่าวทั้งหมด &raquo;</a></p>
  </div>
  <div class="col-md-4">
    <div class="card mb-2"><div class="card-body text-center">
      <img src="/images/mayor.jpg" width="160" alt="นายกเทศมนตรี"><br><b>นายสมบูรณ์ ใจคำ</b><br>นายกเทศมนตรีตำบลห้วยม่วงงาม
    </div></div>
    <div class="card mb-2"><div class="card-body">
      <a class="btn btn-outline-success btn-block" href="/ita/">&nbsp;&nbsp;&nbsp;ITA / OIT&nbsp;&nbsp;&nbsp;</a>
      <a class="btn btn-outline-danger btn-block" href="/complaint/corruption.html">แจ้งเรื่องร้องเรียนการทุจริต</a>
      <a class="btn btn-outline-primary btn-block" href="/ita/O18">E-Service บริการออนไลน์</a>
      <a class="btn btn-outline-secondary btn-block" href="/webboard.html">กระดานถาม-ตอบ</a>
    </div></div>
    <div class="card mb-2"><div class="card-body text-center">
      <img src="/images/qr-eit.png" width="150" alt="QR Code แบบวัด EIT"><br><small>ร่วมประเมิน EIT ของเทศบาล</small>
    </div></div>
  </div>
</div>""")

    # ---------------- contact, authority, webboard, complaints, procurement
    page("contact.html", "ติดต่อเรา", """
<h3>ติดต่อเทศบาลตำบลห้วยม่วงงาม</h3>
<div class="row">
  <div class="col-md-6">
    <p><b>ที่อยู่</b> สำนักงานเทศบาลตำบลห้วยม่วงงาม เลขที่ ๙๙ หมู่ที่ ๔ ตำบลห้วยม่วง อำเภอเวียงป่าเป้า จังหวัดเชียงราย ๕๗๑๗๐</p>
    <p><b>โทรศัพท์</b> ๐๕๓-๙๕๔-๒๗๑ &nbsp; <b>โทรสาร</b> ๐๕๓-๙๕๔-๒๗๒</p>
    <p><b>สายด่วนกู้ชีพ</b> ๑๖๖๙ / ๐๘๑-๐๒๓-๔๔๑๘</p>
    <p><b>E-mail</b> saraban@huaymuangngam.go.th</p>
    <p><b>เวลาทำการ</b> วันจันทร์ – วันศุกร์ เวลา ๐๘.๓๐ – ๑๖.๓๐ น. (เว้นวันหยุดราชการ)</p>
  </div>
  <div class="col-md-6">
    <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3755.2!2d99.4612!3d19.3461!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="300" style="border:0" title="แผนที่ตั้งสำนักงานเทศบาล"></iframe>
    <p><a href="https://goo.gl/maps/Hm9Wq3kYv2Rr5nT7A">เปิดแผนที่ใน Google Maps</a></p>
  </div>
</div>""", breadcrumb=[("ติดต่อเรา", None)])

    page("about/authority.html", "อำนาจหน้าที่", """
<h3>อำนาจหน้าที่ของเทศบาลตำบลห้วยม่วงงาม</h3>
<p>เทศบาลตำบลห้วยม่วงงาม มีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ และที่แก้ไขเพิ่มเติม และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒ ดังนี้</p>
<h5>๑. หน้าที่ที่ต้องทำ (มาตรา ๕๐ แห่ง พ.ร.บ.เทศบาล พ.ศ. ๒๔๙๖)</h5>
<ol>
<li>รักษาความสงบเรียบร้อยของประชาชน</li>
<li>ให้มีและบำรุงทางบกและทางน้ำ</li>
<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล</li>
<li>ป้องกันและระงับโรคติดต่อ</li>
<li>ให้มีเครื่องใช้ในการดับเพลิง</li>
<li>ให้ราษฎรได้รับการศึกษาอบรม</li>
<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>
<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li>
</ol>
<h5>๒. หน้าที่ที่อาจจัดทำ (มาตรา ๕๑)</h5>
<p>ให้มีน้ำสะอาดหรือการประปา ให้มีโรงฆ่าสัตว์ ให้มีตลาด ให้มีสุสานและฌาปนสถาน บำรุงและส่งเสริมการทำมาหากินของราษฎร ให้มีและบำรุงการไฟฟ้า ให้มีและบำรุงทางระบายน้ำ เทศพาณิชย์</p>
<h5>๓. อำนาจหน้าที่ตามมาตรา ๑๖ แห่ง พ.ร.บ.กำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒</h5>
<p>การจัดทำแผนพัฒนาท้องถิ่นของตนเอง การจัดให้มีและบำรุงรักษาทางบก ทางน้ำ และทางระบายน้ำ การจัดให้มีและควบคุมตลาด การสาธารณูปโภค การจัดการศึกษา การสังคมสงเคราะห์ การส่งเสริมกีฬา จารีตประเพณี การปรับปรุงแหล่งชุมชนแออัด การรักษาความสะอาด การผังเมือง การป้องกันและบรรเทาสาธารณภัย และการดูแลรักษาที่สาธารณะ เป็นต้น</p>
""", breadcrumb=[("ข้อมูลพื้นฐาน", None), ("อำนาจหน้าที่", None)])

    page("webboard.html", "กระดานถาม-ตอบ", """
<h3>กระดานถาม-ตอบ (Q&amp;A)</h3>
<p>ท่านสามารถสอบถามข้อมูลการให้บริการของเทศบาลได้ที่นี่ เจ้าหน้าที่จะตอบภายใน ๓ วันทำการ</p>
<div class="card mb-2"><div class="card-header"><b>สอบถามขั้นตอนการขออนุญาตปลูกสร้างบ้าน</b> <small>โดย คุณบัวจันทร์ (หมู่ ๕) – ๑๒ ม.ค. ๒๕๖๗</small></div>
<div class="card-body"><p>อยากทราบว่าต้องใช้เอกสารอะไรบ้างคะ</p>
<div class="alert alert-success mb-0"><b>ตอบโดย Admin (กองช่าง) – ๑๓ ม.ค. ๒๕๖๗</b><br>ใช้แบบคำขอ ข.๑ สำเนาโฉนด/น.ส.๓ แบบแปลน และสำเนาบัตรประชาชน ยื่นที่กองช่าง ใช้เวลาพิจารณาไม่เกิน ๔๕ วันค่ะ</div></div></div>
<div class="card mb-2"><div class="card-header"><b>ไฟกิ่งหน้าบ้านหมู่ ๘ ดับ ๓ ต้น</b> <small>โดย ผู้ใหญ่ทองสุข – ๓ ก.พ. ๒๕๖๗</small></div>
<div class="card-body"><p>แจ้งซ่อมครับ</p>
<div class="alert alert-success mb-0"><b>ตอบโดย Admin – ๕ ก.พ. ๒๕๖๗</b><br>เจ้าหน้าที่กองช่างเข้าซ่อมแซมเรียบร้อยแล้วเมื่อวันที่ ๕ ก.พ. ครับ</div></div></div>
<div class="card mb-2"><div class="card-header"><b>ชำระภาษีที่ดินผ่านการโอนเงินได้หรือไม่</b> <small>โดย somchai_k – ๒๐ มี.ค. ๒๕๖๗</small></div>
<div class="card-body"><p>ทำงานต่างจังหวัดครับ</p>
<div class="alert alert-success mb-0"><b>ตอบโดย Admin (กองคลัง) – ๒๑ มี.ค. ๒๕๖๗</b><br>ชำระผ่าน QR Code พร้อมเพย์ของเทศบาลได้ โดยขอใบแจ้งการประเมินทางโทรศัพท์ ๐๕๓-๙๕๔-๒๗๑ ต่อ ๑๒ ครับ</div></div></div>
<h5 class="mt-3">ตั้งกระทู้ใหม่</h5>
<form method="post" action="/webboard/post.php">
  <div class="form-group"><label>ชื่อผู้ถาม</label><input class="form-control" name="name"></div>
  <div class="form-group"><label>หัวข้อคำถาม</label><input class="form-control" name="subject"></div>
  <div class="form-group"><label>รายละเอียด</label><textarea class="form-control" name="detail" rows="4"></textarea></div>
  <button class="btn btn-success" type="submit">ส่งคำถาม</button>
</form>""", breadcrumb=[("กระดานถาม-ตอบ", None)])

    page("complaint/general.html", "ร้องทุกข์ / ร้องเรียนทั่วไป", """
<h3>ร้องทุกข์ / ร้องเรียนทั่วไป</h3>
<p>สำหรับแจ้งปัญหาความเดือดร้อน เช่น ถนนชำรุด ไฟฟ้าสาธารณะดับ ขยะ น้ำประปา เหตุรำคาญ</p>
<form method="post" action="/complaint/save_general.php">
  <div class="form-group"><label>ชื่อ-สกุล</label><input class="form-control" name="name"></div>
  <div class="form-group"><label>เบอร์โทรศัพท์</label><input class="form-control" name="tel"></div>
  <div class="form-group"><label>เรื่องที่ร้องทุกข์</label><select class="form-control" name="type"><option>ถนน/ทางระบายน้ำ</option><option>ไฟฟ้าสาธารณะ</option><option>ขยะ/สิ่งแวดล้อม</option><option>เหตุเดือดร้อนรำคาญ</option><option>อื่น ๆ</option></select></div>
  <div class="form-group"><label>รายละเอียด</label><textarea class="form-control" name="detail" rows="4"></textarea></div>
  <button class="btn btn-primary" type="submit">ส่งเรื่อง</button>
</form>
<p class="mt-2">กรณีต้องการแจ้งเรื่องการทุจริตของเจ้าหน้าที่ กรุณาใช้ <a href="/complaint/corruption.html">ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>""",
         breadcrumb=[("ร้องเรียน/ร้องทุกข์", None), ("ร้องทุกข์ทั่วไป", None)])

    page("complaint/corruption.html", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ann("O28", "pass", "แบบฟอร์มออนไลน์แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ แยกจากหน้าร้องทุกข์ทั่วไป (/complaint/general.html) มีการปกปิดข้อมูลผู้แจ้ง เข้าถึงได้จากเมนูหลักและแถว ITA") + """
<h3>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่</h3>
<div class="alert alert-warning">ช่องทางนี้แยกจากการร้องทุกข์ทั่วไป ข้อมูลของผู้แจ้งเบาะแสจะถูกเก็บเป็นความลับ และไม่เปิดเผยต่อผู้ถูกร้องเรียน ผู้แจ้งสามารถไม่ระบุชื่อได้</div>
<form method="post" action="/complaint/save_corruption.php">
  <div class="form-group"><label>ชื่อ-สกุลผู้แจ้ง (ไม่บังคับ)</label><input class="form-control" name="name"></div>
  <div class="form-group"><label>ช่องทางติดต่อกลับ (โทรศัพท์/อีเมล)</label><input class="form-control" name="contact"></div>
  <div class="form-group"><label>ชื่อ/ตำแหน่งเจ้าหน้าที่ที่ถูกร้องเรียน</label><input class="form-control" name="officer"></div>
  <div class="form-group"><label>รายละเอียดการกระทำ (วัน เวลา สถานที่)</label><textarea class="form-control" name="detail" rows="5"></textarea></div>
  <div class="form-group"><label>แนบหลักฐาน</label><input type="file" class="form-control-file" name="evidence"></div>
  <button class="btn btn-danger" type="submit">ส่งเรื่องร้องเรียน</button>
</form>
<p class="mt-2">ช่องทางอื่น: ศูนย์ปฏิบัติการต่อต้านการทุจริต สำนักงาน ป.ป.ช. <a href="https://www.nacc.go.th/">www.nacc.go.th</a> สายด่วน ๑๒๐๕</p>""",
         breadcrumb=[("ร้องเรียน/ร้องทุกข์", None), ("แจ้งเรื่องร้องเรียนการทุจริต", None)])

    proc_rows = [
        '<tr><td>๒๖ ก.พ. ๒๕๖๗</td><td>ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างถนน คสล. หมู่ที่ ๔ ด้วยวิธี e-bidding</td><td><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId=67019384512">e-GP</a></td></tr>',
        f'<tr><td>๑๒ ม.ค. ๒๕๖๗</td><td>ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๔ สายบ้านห้วยม่วง – ป่าแงะ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</td><td><a href="{u("d17")}">PDF</a></td></tr>',
        f'<tr><td>๘ พ.ย. ๒๕๖๖</td><td>ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน (กองคลัง) โดยวิธีเฉพาะเจาะจง</td><td><a href="{u("d18")}">PDF</a></td></tr>',
        '<tr><td>๑๙ ก.ค. ๒๕๖๖</td><td>ประกาศผู้ชนะการเสนอราคา จัดซื้อรถบรรทุกขยะ ขนาด ๖ ตัน</td><td><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?projectId=66059912873">e-GP</a></td></tr>',
    ]
    page("procurement.html", "ประกาศจัดซื้อจัดจ้าง",
         '<h3>ประกาศจัดซื้อจัดจ้าง</h3>\n'
         + ann("O20", "pass", "หน้าประกาศจัดซื้อจัดจ้างมีประกาศเชิญชวน e-bidding (๑๒ ม.ค. ๒๕๖๗) และประกาศผู้ชนะ (๘ พ.ย. ๒๕๖๖) เป็น PDF บนเว็บไซต์ ของปีงบประมาณ ๒๕๖๗") + '\n'
         + table(proc_rows, head=("วันที่ประกาศ", "เรื่อง", "เอกสาร")),
         breadcrumb=[("ประกาศจัดซื้อจัดจ้าง", None)])

    # ---------------- old ITA year page (2564/65 numbering)
    page("ita2565.html", "ITA ปี ๒๕๖๕", '<h3>การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. ๒๕๖๕</h3>\n' + table([
        '<tr><td>O1</td><td>โครงสร้าง</td><td><a href="/ita/O1">เปิด</a></td></tr>',
        f'<tr><td>O10</td><td>แผนดำเนินงานประจำปี</td><td><a href="{u("d07")}">แผนดำเนินงาน ๒๕๖๕</a></td></tr>',
        f'<tr><td>O12</td><td>รายงานผลการดำเนินงานประจำปี</td><td><a href="{u("d12")}">รายงานผล ๒๕๖๕</a></td></tr>',
        '<tr><td>O13 – O43</td><td colspan="2">ย้ายข้อมูลไปยังระบบใหม่แล้ว ดูที่เมนู ITA (OIT)</td></tr>',
    ], head=("ข้อ", "รายการ", "ลิงก์")), breadcrumb=[("ITA ปี ๒๕๖๕", None)])

    build_ita()


def doc(href, text, note=""):
    n = f' <small class="text-muted">{note}</small>' if note else ""
    return f'<a href="{href}" target="_blank"><img src="/images/icon-pdf.png" width="16" alt=""> {text}</a>{n}'


def build_ita():
    P = "/ita/"
    # (label shown, title shown, href or None, annotation or None, sub-indicator heading or None)
    rows = [
     ("9.1 ข้อมูลพื้นฐาน", None),
     ("O1", "โครงสร้าง", P + "O1", None),
     ("o2", "ข้อมูลผู้บริหาร", P + "O2", None),
     ("O 3", "อำนาจหน้าที่", "/about/authority.html", ann("O3", "pass", "หน้าอำนาจหน้าที่ระบุหน้าที่ตามมาตรา ๕๐ ๕๑ พ.ร.บ.เทศบาล และมาตรา ๑๖ พ.ร.บ.กำหนดแผนฯ ๒๕๔๒")),
     ("ข้อ O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", P + "O4", None),
     ("O5", "ข้อมูลการติดต่อ", "/contact.html", ann("O5", "pass", "หน้าติดต่อเรามีที่อยู่ โทรศัพท์ โทรสาร อีเมล และแผนที่ Google Maps")),
     ("O6", "กฏหมายที่เกี่ยวข้อง", P + "O6", None),
     ("O7", "ข่าวประชาสัมพันธ์", "/news/", ann("O7", "pass", "หน้าข่าวประชาสัมพันธ์และหน้าแรกมีข่าวภารกิจลงวันที่ในปีงบประมาณ ๒๕๖๗ (พ.ย. ๖๖ – มี.ค. ๖๗)")),
     ("O8", "Q &amp; A", "/webboard.html", ann("O8", "pass", "กระดานถาม-ตอบมีฟอร์มตั้งกระทู้ และกระทู้ปี ๒๕๖๗ ที่เจ้าหน้าที่ตอบแล้ว (สื่อสารสองทาง)")),
     ("O9", "Social Network", "https://www.facebook.com/HuaymuangngamMunicipality", ann("O9", "pass", "ลิงก์ไปยังเพจ Facebook ของเทศบาล (หน้าเพจ ไม่ใช่โพสต์เดียว) จากแถว ITA และส่วนท้ายของทุกหน้า")),
     ("O10", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", P + "O10", None),
     ("9.2 การบริหารงาน", None),
     ("O11", "แผนดำเนินงานและการใช้งบประมาณประจำปี", P + "O11", None),
     ("O12", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปี รอบ ๖ เดือน", P + "O12", None),
     ("O13", "รายงานผลการดำเนินงานประจำปี", P + "O13", None),
     ("O14", "คู่มือหรือมาตรฐานการปฏิบัติงาน", P + "O14", None),
     ("O15", "คู่มือหรือมาตรฐานการให้บริการ", P + "O15", None),
     ("O16", "ข้อมูลเชิงสถิติการให้บริการ", P + "O16", None),
     ("O17", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", P + "O17", None),
     ("O18", "E–Service", P + "O18", None),
     ("9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", None),
     ("O19", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", P + "O19", None),
     ("O20", "ประกาศต่างๆเกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "/procurement.html", None),
     ("O21", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", P + "O21", None),
     ("O22", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", P + "O22", None),
     ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", None),
     ("O23", "นโยบายการบริหารทรัพยากรบุคคล", P + "O23", None),
     ("O24", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", None, ann("O24", "missing", "แถว O24 ไม่มีลิงก์และไม่มีหน้าย่อย ไม่พบรายงานความก้าวหน้าตามนโยบาย/แผน HR รอบ ๖ เดือนปี ๒๕๖๗ ที่ใดในเว็บ (หน้า O23 มีแต่นโยบายและแผนพัฒนาบุคลากร ซึ่งเป็นแผน ไม่ใช่ผลการดำเนินการ; หน้า O26 เป็นรายงานปี ๒๕๖๖)")),
     ("O25", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", u("d22"), ann("O25", "incomplete", "hr_rule_67.pdf เป็นหลักเกณฑ์ปี ๒๕๖๗ มีการสรรหา บรรจุแต่งตั้ง พัฒนา และประเมินผล แต่ไม่มีหัวข้อการให้คุณให้โทษและการสร้างขวัญกำลังใจ (องค์ประกอบที่ ๕)")),
     ("O26", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", P + "O26", None),
     ("9.5 การส่งเสริมความโปร่งใส", None),
     ("O27", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", u("d25"), ann("O27", "incomplete", "manual_complaint.pdf มีช่องทางร้องเรียน ขั้นตอน และระยะเวลา แต่ไม่ระบุส่วนงานที่รับผิดชอบ (ผู้ตรวจ ITA ให้ ๐ คะแนนด้วยเหตุนี้ใน seed 002)")),
     ("O28", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "/complaint/corruption.html", None),
     ("O29", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี", u("d26"), ann("O29", "pass", "1712032456.pdf สถิติรายเดือน ต.ค. ๖๖ – มี.ค. ๖๗ ทั้งหมด/แล้วเสร็จ/อยู่ระหว่างดำเนินการ เป็น ๐ ทุกช่อง พร้อมข้อความว่าไม่มีเรื่องร้องเรียน (ตารางศูนย์ถือว่าครบ)")),
     ("O30", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", P + "O30", None),
     ("10.1 การดำเนินการเพื่อป้องกันการทุจริต", None),
     ("O31", "ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่", P + "O31", None),
     ("O32", "การสร้างวัฒนธรรม No Gift Policy", "/news/n236.html", ann("O32", "pass", "ข่าว ๘ ธ.ค. ๒๕๖๖ นายกเทศมนตรีประชุมมอบนโยบายและสร้างความเข้าใจเรื่อง No Gift Policy แก่พนักงาน ๕๒ คน (กิจกรรมลักษณะการประชุม ในปีงบประมาณ ๒๕๖๗)")),
     ("O33", "รายงานผลตามนโยบาย No Gift Policy", P + "O33", None),
     ("O34", "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี", u("d29"), ann("O34", "pass", "PDF ชื่อไฟล์ mojibake เป็นรายงานประเมินความเสี่ยงปีงบประมาณ ๒๕๖๗ (ต.ค. ๒๕๖๖) มีเหตุการณ์ความเสี่ยง ระดับความเสี่ยง และมาตรการบริหารจัดการความเสี่ยง")),
     ("O35", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", P + "O35", None),
     ("O36", "แผนปฏิบัติการป้องกันการทุจริต", P + "O36", None),
     ("O37", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปี รอบ ๖ เดือน", u("d30"), ann("O37", "pass", "O37_6m_67.pdf รายงานรอบ ๖ เดือน (๑ ต.ค. ๖๖ – ๓๑ มี.ค. ๖๗) มีความก้าวหน้ารายโครงการและงบประมาณตามแผน/ใช้จ่ายจริง")),
     ("O38", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", P + "O38", None),
     ("10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส", None),
     ("O39", "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ", u("d31"), ann("O39", "pass", "ประมวลจริยธรรม.pdf ประมวลจริยธรรมของพนักงานเทศบาล มีมาตรฐานจริยธรรมและข้อกำหนดจริยธรรม (เอกสารไม่ผูกกับปี)")),
     ("O40", "การขับเคลื่อนจริยธรรม", P + "O40", None),
     ("O41", "การประเมินจริยธรรมของเจ้าหน้าที่ของรัฐ", P + "O41", None),
     ("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", P + "O42", None),
     ("O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", P + "O43", None),
    ]
    out = []
    for r in rows:
        if r[1] is None:
            out.append(f'<tr class="table-success"><th colspan="3">&nbsp;&nbsp;ตัวชี้วัดย่อยที่ {r[0]}</th></tr>')
            continue
        label, title, href, a = r
        if a:
            out.append(a)
        if href:
            out.append(f'<tr><td>{label}</td><td>&nbsp;&nbsp;&nbsp;{title}</td><td><a href="{href}">รายละเอียด</a></td></tr>')
        else:
            out.append(f'<tr><td>{label}</td><td>&nbsp;&nbsp;&nbsp;{title}</td><td></td></tr>')
    page("ita/index.html", "ITA (OIT) การเปิดเผยข้อมูลสาธารณะ",
         '<h3>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</h3>\n'
         '<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) – คลิก “รายละเอียด” เพื่อดูเอกสารของแต่ละข้อ (แต่ละข้อแสดงเอกสารปีปัจจุบันและปีก่อนไว้คู่กัน)</p>\n'
         + table(out, head=("ข้อ", "ข้อมูล", "ลิงก์")),
         breadcrumb=[("ITA (OIT)", None)])

    # ------------------------------------------------ per-item pages
    item_page("O1", "โครงสร้าง", ann("O1", "pass", "หน้าย่อยมีแผนภูมิ (รูป) และ PDF ชื่อไฟล์ mojibake แสดงโครงสร้างทั้งฝ่ายการเมืองและฝ่ายประจำ ส่วนราชการ ๕ กอง/สำนัก หัวหน้าส่วนราชการ และการแบ่งงานภายใน") + f"""
<p>โครงสร้างส่วนราชการของเทศบาลตำบลห้วยม่วงงาม ประกอบด้วย ฝ่ายการเมือง (นายกเทศมนตรี สภาเทศบาล) และฝ่ายข้าราชการประจำ (ปลัดเทศบาล สำนักปลัดเทศบาล กองคลัง กองช่าง กองสาธารณสุขและสิ่งแวดล้อม กองการศึกษา หน่วยตรวจสอบภายใน)</p>
<img class="img-fluid" src="/images/structure-2567.png" alt="แผนภูมิโครงสร้างส่วนราชการ">
<p class="mt-2">{doc(u("d01"), "แผนภูมิโครงสร้างส่วนราชการ (ฉบับเต็ม)")}</p>""")

    people = [
        ("ฝ่ายการเมือง", [
            ("mayor.jpg", "นายสมบูรณ์ ใจคำ", "นายกเทศมนตรีตำบลห้วยม่วงงาม", "๐๘๑-๗๖๕-๒๒๓๔"),
            ("dep1.jpg", "นายบุญเลิศ กันทะวงศ์", "รองนายกเทศมนตรี คนที่ ๑", "๐๘๙-๔๓๒-๑๑๐๙"),
            ("dep2.jpg", "นางศรีนวล ปัญญาดี", "รองนายกเทศมนตรี คนที่ ๒", "๐๘๖-๑๘๗-๕๕๔๐"),
            ("sec.jpg", "นายอินสม ธรรมใจ", "เลขานุการนายกเทศมนตรี", "๐๙๓-๒๒๑-๘๗๖๕"),
        ]),
        ("ฝ่ายข้าราชการประจำ", [
            ("palad.jpg", "นางสาวพรทิพย์ วงศ์ไชย", "ปลัดเทศบาล", "๐๕๓-๙๕๔-๒๗๑ ต่อ ๑๐๑ / ๐๘๔-๘๙๐-๓๓๒๑"),
            ("rpalad.jpg", "นายธนากร สุริยะ", "รองปลัดเทศบาล", "๐๕๓-๙๕๔-๒๗๑ ต่อ ๑๐๒"),
            ("h1.jpg", "นางจันทร์เพ็ญ อินทร์แก้ว", "หัวหน้าสำนักปลัดเทศบาล", "๐๕๓-๙๕๔-๒๗๑ ต่อ ๑๐๓"),
            ("h2.jpg", "นางสาวอรุณี คำมา", "ผู้อำนวยการกองคลัง", "๐๕๓-๙๕๔-๒๗๑ ต่อ ๑๒"),
            ("h3.jpg", "นายวีระพงษ์ ตาคำ", "ผู้อำนวยการกองช่าง", "๐๕๓-๙๕๔-๒๗๑ ต่อ ๑๔"),
            ("h4.jpg", "นางกาญจนา สมใจ", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", "๐๕๓-๙๕๔-๒๗๑ ต่อ ๑๕"),
            ("h5.jpg", "นายประเสริฐ ศรีวิชัย", "ผู้อำนวยการกองการศึกษา", "๐๕๓-๙๕๔-๒๗๑ ต่อ ๑๖"),
        ]),
    ]
    cards = []
    for grp, ps in people:
        cards.append(f'<h5 class="mt-3">{grp}</h5>\n<div class="row">')
        for img, name, pos, tel in ps:
            cards.append(f'<div class="col-md-3 text-center mb-3"><img class="img-thumbnail" src="/images/exec/{img}" width="140" alt="{name}"><br><b>{name}</b><br>{pos}<br><small>โทร. {tel}</small></div>')
        cards.append("</div>")
    item_page("O2", "ข้อมูลผู้บริหาร", ann("O2", "pass", "หน้าผู้บริหารแสดงทั้งฝ่ายการเมืองและฝ่ายประจำ แต่ละคนมีรูป ชื่อ-สกุล ตำแหน่ง และเบอร์โทรศัพท์") + "\n" + "\n".join(cards))

    item_page("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", ann("O4", "stale", "แถวติดป้าย ๒๕๖๗ แต่ไฟล์คือแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๑–๒๕๖๕) และฉบับเพิ่มเติมครั้งที่ ๓ ปี ๒๕๖๔ ไม่ครอบคลุมปี ๒๕๖๗; แผน ๒๕๖๖–๒๕๗๐ ปรากฏแค่ในข่าวประชาคม (ข่าวเกี่ยวกับแผนไม่ใช่ตัวแผน)") + "\n" + table([
        f'<tr><td rowspan="2">๒๕๖๗</td><td>แผนพัฒนาท้องถิ่น</td><td>{doc(u("d02"), "ดาวน์โหลด")}</td></tr>',
        f'<tr><td>แผนพัฒนาท้องถิ่น เพิ่มเติม ครั้งที่ ๓</td><td>{doc(u("d03"), "ดาวน์โหลด (Word)")}</td></tr>',
    ]))

    item_page("O6", "กฎหมายที่เกี่ยวข้อง", ann("O6", "pass", "รายการกฎหมายที่เกี่ยวข้องกับเทศบาล มี PDF พ.ร.บ.เทศบาล บนเว็บไซต์ และลิงก์กฎหมายอื่นไปยังเว็บไซต์กฤษฎีกา") + f"""
<ul class="list-group">
<li class="list-group-item">{doc(u("d04"), "พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ และที่แก้ไขเพิ่มเติม")}</li>
<li class="list-group-item"><a href="https://www.krisdika.go.th/librarian/getfile?sysid=316420&amp;ext=pdf">พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒</a></li>
<li class="list-group-item"><a href="https://www.krisdika.go.th/librarian/getfile?sysid=321422&amp;ext=pdf">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</a></li>
<li class="list-group-item"><a href="https://www.krisdika.go.th/librarian/getfile?sysid=765123&amp;ext=pdf">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</a></li>
<li class="list-group-item"><a href="https://www.krisdika.go.th/librarian/getfile?sysid=808211&amp;ext=pdf">พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</a></li>
</ul>""")

    item_page("O10", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", ann("O10", "broken", "ลิงก์ O10 (และลิงก์ท้ายเว็บ) เปิดหน้าที่ตอบ 200 แต่มีเพียงข้อความ อยู่ระหว่างปรับปรุงข้อมูล ไม่มีนโยบาย PDPA ที่ใดในเว็บ") + """
<div class="alert alert-info text-center my-5">อยู่ระหว่างปรับปรุงข้อมูล</div>""")

    item_page("O11", "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี", ann("O11", "pass", "แผนการดำเนินงานปีงบประมาณ ๒๕๖๗ (docx ชื่อไทยมีวงเล็บและช่องว่าง) มีโครงการ งบประมาณ และระยะเวลา ต.ค. ๖๖ – ก.ย. ๖๗ วางคู่กับแผนปี ๒๕๖๖ (PDF ชื่อ md5)") + "\n" + table([
        f'<tr><td>๒๕๖๗</td><td>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</td><td>{doc(u("d05"), "ดาวน์โหลด (.docx)")}</td></tr>',
        f'<tr><td>๒๕๖๖</td><td>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</td><td>{doc(u("d06"), "ดาวน์โหลด")}</td></tr>',
    ]))

    item_page("O12", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปี รอบ ๖ เดือน", ann("O12", "pass", "ปี ๒๕๖๗ มีสองไฟล์: PDF ความก้าวหน้ารายโครงการ (ต.ค. ๖๖ – มี.ค. ๖๗ เลขไทย) และ XLSX งบประมาณ/เบิกจ่ายรายโครงการ ณ ๓๑ มี.ค. ๒๕๖๗ องค์ประกอบครบเมื่อรวมกัน; แถวปี ๒๕๖๖ เป็นฉบับเก่า") + "\n" + table([
        f'<tr><td rowspan="2">๒๕๖๗</td><td>รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน (ต.ค. ๖๖ – มี.ค. ๖๗)</td><td>{doc(u("d08"), "PDF")}</td></tr>',
        f'<tr><td>แบบรายงานการใช้จ่ายงบประมาณ รอบ ๖ เดือน</td><td>{doc(u("d09"), "Excel")}</td></tr>',
        f'<tr><td>๒๕๖๖</td><td>รายงานผลการติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ ๖ เดือน</td><td>{doc(u("d10"), "PDF")}</td></tr>',
    ]))

    item_page("O13", "รายงานผลการดำเนินงานประจำปี", ann("O13", "incomplete", "แถว ๒๕๖๗ คือรายงานผลปีงบประมาณ ๒๕๖๖ (ปีที่ถูกต้อง) มีผลตามแผนและผลโครงการ แต่ไม่มีหัวข้อปัญหา อุปสรรค และข้อเสนอแนะ; ฉบับปี ๒๕๖๕ ที่อยู่คู่กันมีหัวข้อนี้แต่เป็นปีเก่า") + "\n" + table([
        f'<tr><td>๒๕๖๗</td><td>รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖</td><td>{doc(u("d11"), "ดาวน์โหลด")}</td></tr>',
        f'<tr><td>๒๕๖๖</td><td>รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๕</td><td>{doc(u("d12"), "ดาวน์โหลด")}</td></tr>',
    ]))

    item_page("O14", "คู่มือหรือมาตรฐานการปฏิบัติงาน", ann("O14", "broken", "ลิงก์คู่มือทั้งสามใช้ไม่ได้: download.php?id=412 ตอบ 500, id=413 ตอบ 404, งานจัดเก็บรายได้ href ว่าง ไม่มีคู่มือที่เปิดได้") + """
<ul class="list-group">
<li class="list-group-item"><a href="/download.php?id=412">คู่มือการปฏิบัติงาน งานธุรการและงานสารบรรณ</a></li>
<li class="list-group-item"><a href="/download.php?id=413">คู่มือการปฏิบัติงาน งานพัสดุ</a></li>
<li class="list-group-item"><a href="">คู่มือการปฏิบัติงาน งานพัฒนาและจัดเก็บรายได้</a></li>
</ul>""")

    item_page("O15", "คู่มือหรือมาตรฐานการให้บริการ", ann("O15", "review", "คู่มือสำหรับประชาชนมีเฉพาะบน FlipHTML5 และโฟลเดอร์ Google Drive ไม่มีไฟล์บนเว็บไซต์หลัก ตรวจเนื้อหาจากเว็บไม่ได้") + """
<ul>
<li><a href="https://online.fliphtml5.com/hmngw/xkqa/">คู่มือสำหรับประชาชน ตาม พ.ร.บ.การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ (E-Book)</a></li>
<li><a href="https://drive.google.com/drive/folders/1qZr8TnP0aXwV3kLmYc7sDfG4hJ2uBe9R?usp=sharing">คู่มือการขออนุญาตก่อสร้างอาคาร / ขอรับเบี้ยยังชีพ (Google Drive)</a></li>
</ul>""")

    item_page("O16", "ข้อมูลเชิงสถิติการให้บริการ", ann("O16", "stale", "แถวติดป้ายปี ๒๕๖๗ แต่ stat_service.xlsx เป็นสถิติปีงบประมาณ ๒๕๖๖ (ต.ค. ๖๕ – ก.ย. ๖๖) ไม่มีสถิติ ต.ค. ๖๖ – มี.ค. ๖๗") + "\n" + table([
        f'<tr><td>ปี ๒๕๖๗</td><td>สถิติการให้บริการประชาชน</td><td>{doc(u("d13"), "Excel")}</td></tr>',
    ]))

    item_page("O17", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", ann("O17", "pass", "รายงานผลสำรวจความพึงพอใจปีงบประมาณ ๒๕๖๖ โดย มรภ.เชียงราย (ร้อยละ ๙๒.๐๑) เป็นรายงานของปีก่อนตามเกณฑ์ ๒๕๖๗ วางคู่กับฉบับ ๒๕๖๕") + "\n" + table([
        f'<tr><td>๒๕๖๗</td><td>รายงานผลการสำรวจความพึงพอใจ ปีงบประมาณ ๒๕๖๖</td><td>{doc(u("d14"), "PDF")}</td></tr>',
        f'<tr><td>๒๕๖๖</td><td>รายงานผลการสำรวจความพึงพอใจ ปีงบประมาณ ๒๕๖๕</td><td>{doc(u("d15"), "PDF")}</td></tr>',
    ]))

    item_page("O18", "E-Service", ann("O18", "pass", "หน้า E-Service ลิงก์แบบฟอร์มออนไลน์ขอรับบริการ ๓ รายการ (Google Forms) ยื่นได้โดยไม่ต้องเดินทาง เข้าถึงจากเว็บไซต์หลัก") + """
<p>ประชาชนสามารถยื่นคำร้องขอรับบริการออนไลน์ได้ตลอด ๒๔ ชั่วโมง โดยไม่ต้องเดินทางมาที่สำนักงาน</p>
<div class="list-group">
<a class="list-group-item list-group-item-action" href="https://forms.gle/Hm7kQ2pXv9LrT4aB8">ยื่นคำร้องขอรับบริการน้ำอุปโภคบริโภค</a>
<a class="list-group-item list-group-item-action" href="https://forms.gle/Z3wYc8nRt5KpQ1mE6">แจ้งซ่อมไฟฟ้าสาธารณะ</a>
<a class="list-group-item list-group-item-action" href="https://forms.gle/Qa2sD7fGh4JkL9zX3">ขอรับถังขยะ / ขอใช้บริการจัดเก็บขยะ</a>
</div>""")

    item_page("O19", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", ann("O19", "stale", "ทั้งแถว ๒๕๖๗ และ ๒๕๖๖ เปิดไฟล์เดียวกัน plan_proc.pdf ซึ่งเป็นประกาศแผนจัดซื้อจัดจ้างปีงบประมาณ ๒๕๖๖ (ประกาศ ๓๑ ต.ค. ๒๕๖๕) ไม่มีแผนปี ๒๕๖๗") + "\n" + table([
        f'<tr><td>๒๕๖๗</td><td>ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๗</td><td>{doc(u("d16"), "PDF")}</td></tr>',
        f'<tr><td>๒๕๖๖</td><td>ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๖</td><td>{doc(u("d16"), "PDF")}</td></tr>',
    ]))

    months = ["ต.ค. ๖๖", "พ.ย. ๖๖", "ธ.ค. ๖๖", "ม.ค. ๖๗", "ก.พ. ๖๗"]
    mrows = [f'<tr><td>{m}</td><td>สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.๑) ประจำเดือน {m}</td><td><a href="">ดาวน์โหลด</a></td></tr>' for m in months]
    mrows.append(f'<tr><td>มี.ค. ๖๗</td><td>สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.๑) ประจำเดือน มี.ค. ๖๗</td><td><a href="/{MISSING_O21}">ดาวน์โหลด</a></td></tr>')
    item_page("O21", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", ann("O21", "broken", "ตาราง สขร.๑ ต.ค. ๖๖ – ก.พ. ๖๗ ลิงก์ href ว่าง และ มี.ค. ๖๗ ชี้ไฟล์ชื่อ mojibake ที่ตอบ 404 ไม่มีสรุปรายเดือนที่เปิดได้เลย") + "\n" + table(mrows, head=("เดือน", "รายการ", "ไฟล์")))

    item_page("O22", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", ann("O22", "incomplete", "รายงานผลการจัดซื้อจัดจ้างปีงบประมาณ ๒๕๖๖ มีงบประมาณที่ใช้และสรุปรายการจัดซื้อจัดจ้าง แต่ไม่มีปัญหา/อุปสรรค และข้อเสนอแนะ") + "\n" + table([
        f'<tr><td>๒๕๖๗</td><td>รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</td><td>{doc(u("d19"), "PDF")}</td></tr>',
    ]))

    item_page("O23", "นโยบายการบริหารทรัพยากรบุคคล", ann("O23", "pass", "ประกาศนโยบายการบริหารทรัพยากรบุคคลปีงบประมาณ ๒๕๖๗ ลงนามโดยนายกเทศมนตรี (PDF ชื่อ mojibake) และแผนพัฒนาบุคลากร ๒๕๖๗–๒๕๖๙ (docx)") + "\n" + table([
        f'<tr><td rowspan="2">๒๕๖๗</td><td>ประกาศนโยบายการบริหารทรัพยากรบุคคล</td><td>{doc(u("d20"), "PDF")}</td></tr>',
        f'<tr><td>แผนพัฒนาบุคลากร ประจำปีงบประมาณ ๒๕๖๗ – ๒๕๖๙</td><td>{doc(u("d21"), "Word")}</td></tr>',
    ]))

    item_page("O26", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", ann("O26", "pass", "รายงานผล HR ปีงบประมาณ ๒๕๖๖ มีผลตามนโยบาย/แผน ปัญหา/อุปสรรค ข้อเสนอแนะ ส่วนสถิติบุคลากร (อัตรากำลัง บรรจุ/โอนย้าย อบรม) อยู่ใน XLSX ชื่อ mojibake ข้างกัน ครบเมื่อรวมสองไฟล์") + "\n" + table([
        f'<tr><td rowspan="2">๒๕๖๗</td><td>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๖</td><td>{doc(u("d23"), "PDF")}</td></tr>',
        f'<tr><td>ตารางสถิติบุคลากร ปี ๒๕๖๖</td><td>{doc(u("d24"), "Excel")}</td></tr>',
    ]))

    item_page("O30", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", ann("O30", "pass", "ข่าวเวทีประชาคมหมู่บ้าน ๑๒ หมู่บ้าน ๕–๑๖ ก.พ. ๒๕๖๗ ให้ประชาชนร่วมเสนอและจัดลำดับโครงการ (กิจกรรมมีส่วนร่วมในปีงบประมาณ ๒๕๖๗)") + """
<ul>
<li><a href="/news/n247.html">ประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น หมู่ที่ ๑ – ๑๒ (ก.พ. ๒๕๖๗)</a></li>
</ul>""")

    item_page("O31", "ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่", ann("O31", "review", "มีเพียง scan_0012.pdf เป็นภาพสแกนไม่มีข้อความ ปีและผู้ลงนามอยู่ในภาพเท่านั้น ลิงก์ หน้า และชื่อไฟล์ไม่บอกปี (ข่าว ๘ ธ.ค. ๖๖ เป็นกิจกรรม ไม่ใช่ตัวประกาศ)") + f"""
<p>{doc(u("d27"), "ประกาศเจตนารมณ์ No Gift Policy (ฉบับลงนาม)")}</p>""")

    item_page("O33", "รายงานผลตามนโยบาย No Gift Policy", ann("O33", "stale", "nogift-report.pdf เป็นรายงานรอบ ๖ เดือนปีงบประมาณ ๒๕๖๖ (ต.ค. ๖๕ – มี.ค. ๖๖) ไม่มีรายงานของปี ๒๕๖๗") + f"""
<p>{doc(u("d28"), "รายงานผลการดำเนินการตามนโยบาย No Gift Policy รอบ ๖ เดือน")}</p>""")

    item_page("O35", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", ann("O35", "missing", "ลิงก์เปิด PDF ไฟล์เดียวกับ O34 (รายงานการประเมินความเสี่ยง มีแต่มาตรการที่วางไว้) ไม่มีรายงานกิจกรรมที่ดำเนินการจัดการความเสี่ยงแล้ว") + f"""
<p>{doc(u("d29"), "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ปี ๒๕๖๗")}</p>""")

    item_page("O36", "แผนปฏิบัติการป้องกันการทุจริต", ann("O36", "review", "แผนปฏิบัติการป้องกันการทุจริต ๔ ปี อยู่บน Google Drive เท่านั้น ไม่มีไฟล์บนเว็บไซต์หลัก") + """
<p><a href="https://drive.google.com/file/d/1aB3xYz9QwErTy7UiOpAsDfGhJkL2mNbV/view?usp=sharing">แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๖ – ๒๕๖๙) (Google Drive)</a></p>""")

    item_page("O38", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", ann("O38", "broken", "ลิงก์รายงานผลปี ๒๕๖๖ ชี้ไฟล์ชื่อไทยมีช่องว่างที่ไม่มีอยู่ ตอบ 404 ไม่มีเอกสารอื่น") + f"""
<p><a href="/{MISSING_O38}">รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๖</a></p>""")

    item_page("O40", "การขับเคลื่อนจริยธรรม", ann("O40", "pass", "สามหลักฐานรวมกัน: คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม (สแกน ปีอยู่ในข้อความลิงก์ ๒๕๖๗), แนวปฏิบัติ Do &amp; Don't ปี ๒๕๖๗ (PDF) และข่าวอบรมคุณธรรมจริยธรรม ๒๕ ม.ค. ๒๕๖๗") + f"""
<ol>
<li>{doc(u("d32"), "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ปีงบประมาณ ๒๕๖๗")}</li>
<li>{doc(u("d33"), "แนวปฏิบัติ Do &amp; Don't")}</li>
<li><a href="/news/n243.html">โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร ประจำปีงบประมาณ ๒๕๖๗</a></li>
</ol>""")

    item_page("O41", "การประเมินจริยธรรมของเจ้าหน้าที่ของรัฐ", ann("O41", "missing", "ลิงก์เปิดประมวลจริยธรรม.pdf ไฟล์เดียวกับ O39 ไม่มีรายงานการนำผลประเมินจริยธรรมไปใช้ในการบริหารงานบุคคล") + f"""
<p>{doc(u("d31"), "การประเมินจริยธรรมของเจ้าหน้าที่")}</p>""")

    item_page("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", ann("O42", "pass", "PDF ชื่อ mojibake: วิเคราะห์ผล ITA ๒๕๖๖ มีจุดอ่อนที่ต้องแก้เร่งด่วน ประเด็นที่ต้องพัฒนา และมาตรการพร้อมผู้รับผิดชอบ/ระยะเวลา ประกาศ พ.ย. ๒๕๖๖") + f"""
<p>{doc(u("d34"), "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี ๒๕๖๗")}</p>""")

    item_page("O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", ann("O43", "pass", "รายงานผลตามมาตรการ ข้อมูล ณ ๓๑ มี.ค. ๒๕๖๗ และ QR Code แบบวัด EIT บนหน้านี้และหน้าแรก พร้อมลิงก์ไป ITAS") + f"""
<p>{doc(u("d35"), "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๗")}</p>
<div class="text-center"><img src="/images/qr-eit.png" width="180" alt="QR Code แบบวัด EIT"><br>สแกน QR Code หรือ <a href="https://itas.nacc.go.th/go/eit/hmng67">คลิกที่นี่</a> เพื่อตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)</div>""")


if __name__ == "__main__":
    build()
    listing = ROOT / "src" / "documents.yaml"
    images = []
    if listing.exists():   # keep the image placeholders added by build.py --add-missing-images
        images = [e for e in (yaml.safe_load(listing.read_text(encoding="utf-8")) or []) if "label" in e]
    docs = []
    for key, (www, src, extra) in D.items():
        e = {"www": www, "src": src}
        e.update(extra)
        docs.append(e)
    (ROOT / "src" / "documents.yaml").write_text(
        "# built with /work/holdout-tools/build.py; pages from make_pages.py\n" +
        yaml.safe_dump(docs + images, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print("pages written:", len(list(WWW.rglob("*.html"))))
