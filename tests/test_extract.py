"""Pure extraction from HTML strings: links and their context, placeholders."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from crawler.extract.html import extract_page
from crawler.thai.linkwords import is_generic

BASE = "http://t.go.th/ita/index.php"


def links_of(body: str, url: str = BASE):
    return extract_page(f"<html><body>{body}</body></html>", url).links


@pytest.mark.parametrize(
    ("markup", "target"),
    [
        ("<button onclick=\"location.href='o1.php'\">O1</button>", "http://t.go.th/ita/o1.php"),
        ("<div onclick='window.location = \"/o2.php\"'>O2</div>", "http://t.go.th/o2.php"),
        ("<input type=button value='O3' onclick=\"window.open('../f/o3.pdf','_blank')\">", "http://t.go.th/f/o3.pdf"),
        ("<a href=\"javascript:window.open('/f/o4.pdf')\">O4</a>", "http://t.go.th/f/o4.pdf"),
        ("<span onclick=\"document.location.href='o5.php';\">O5</span>", "http://t.go.th/ita/o5.php"),
        ("<a data-href='/o6.php'>O6</a>", "http://t.go.th/o6.php"),
        (
            "<iframe src='https://drive.google.com/file/d/x/preview'></iframe>",
            "https://drive.google.com/file/d/x/preview",
        ),
        ("<embed src='/f/o7.pdf' type='application/pdf'>", "http://t.go.th/f/o7.pdf"),
        ("<a href='  /f/o8.pdf\n '>O8</a>", "http://t.go.th/f/o8.pdf"),
    ],
)
def test_every_way_of_linking_is_a_link(markup, target):
    assert target in [link.url for link in links_of(markup)]


def test_base_href_and_glued_documents():
    html = (
        "<html><head><base href='http://t.go.th/new/'></head><body><a href='a.php'>A</a></body></html>"
        "<html><body><a href='b.php'>B</a></body></html>"
    )
    page = extract_page(html, BASE)
    assert [link.url for link in page.links] == ["http://t.go.th/new/a.php", "http://t.go.th/new/b.php"]


def test_unfollowable_links_are_counted_by_kind():
    page = extract_page(
        "<html><body><a href='#'>x</a><a href='#top'>t</a><a href=''>O11 รายงาน</a><a href='javascript:void(0)'>j</a>"
        "<a href='mailto:saraban@t.go.th'>m</a><a href='tel:042000000'>p</a>"
        "<!-- <a href='/old.pdf'>old</a> <img src='/x.png'> --></body></html>",
        BASE,
    )
    ignored = page.ignored
    assert (ignored.hash_only, ignored.empty, ignored.javascript, ignored.mail_or_phone) == (2, 1, 1, 2)
    assert ignored.in_comments == 2 and ignored.samples_in_comments[0] == "/old.pdf"
    assert page.empty_link_texts == ["O11 รายงาน"]
    assert page.links == []


def test_a_hash_link_that_names_evidence_is_an_empty_link_but_a_menu_toggle_is_not():
    page = extract_page(
        "<html><body><ul><li><a href='#'>ข้อมูลพื้นฐาน</a><ul><li><a href='/a'>ประวัติ</a></li></ul></li></ul>"
        "<a href='#' data-toggle='collapse'>O14 คู่มือ</a>"
        "14. คู่มือหรือมาตรฐานการปฏิบัติงาน <a href='#'>[คู่มือการปฏิบัติงาน]</a><br></body></html>",
        BASE,
    )
    assert page.empty_link_texts == ["[คู่มือการปฏิบัติงาน]"]


def test_link_context_heading_row_menu_and_image_alt():
    page = extract_page(
        """<html><body>
        <ul class="menu"><li><a href="/">หน้าแรก</a></li>
          <li><a href="#">ข้อมูลพื้นฐาน</a><ul><li><span>ITA</span><ul>
            <li><a href="/ita67.php">ITA&nbsp;&nbsp;&nbsp;2567</a></li></ul></li></ul></li></ul>
        <div class="panel-heading">ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</div>
        <table><tr><td>O10</td><td>แผนดำเนินงานประจำปี</td>
          <td><a href="/f/p.pdf"><img alt="ดาวน์โหลด"></a></td></tr></table>
        </body></html>""",
        BASE,
    )
    by_url = {link.url: link for link in page.links}
    ita = by_url["http://t.go.th/ita67.php"]
    assert ita.text == "ITA 2567"
    assert ita.menu == ("ข้อมูลพื้นฐาน", "ITA")
    plan = by_url["http://t.go.th/f/p.pdf"]
    assert plan.text == "ดาวน์โหลด"
    assert plan.heading == "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"
    assert plan.row.startswith("O10 แผนดำเนินงานประจำปี")


def test_meta_refresh_and_script_redirect_are_links():
    refresh = extract_page("<html><head><meta http-equiv='Refresh' content='0; URL=/main.php'></head></html>", BASE)
    assert [(link.url, link.kind) for link in refresh.links] == [("http://t.go.th/main.php", "meta_refresh")]
    script = extract_page("<html><body><script>window.location.href = '/home.php';</script></body></html>", BASE)
    assert script.links[0].url == "http://t.go.th/home.php"


def test_title_headings_breadcrumb():
    page = extract_page(
        "<html><head><title> อบต.ทดสอบ - ITA </title></head><body>"
        "<ol class='breadcrumb'><li><a href='/'>หน้าแรก</a></li><li><a href='/ita'>ITA 2567</a></li><li>O12</li></ol>"
        "<h1>รายงานผลการดำเนินงาน</h1><h3>ประจำปี ๒๕๖๖</h3></body></html>",
        BASE,
    )
    assert page.title == "อบต.ทดสอบ - ITA"
    assert page.headings == ["รายงานผลการดำเนินงาน", "ประจำปี ๒๕๖๖"]
    assert page.breadcrumb == ["หน้าแรก", "ITA 2567", "O12"]


MENU = "<ul>" + "".join(f"<li><a href='/m{i}'>เมนูที่ {i} ของเว็บไซต์</a></li>" for i in range(40)) + "</ul>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"{MENU}<p>กำลังปรับปรุงข้อมูล...</p>", "placeholder"),
        ("<title>ไม่พบไฟล์</title><h2>ไม่พบไฟล์ที่ต้องการ</h2><p>ไฟล์ที่ท่านเรียกอาจถูกลบหรือย้ายไปแล้ว</p>", "soft 404"),
        (f"<nav>{MENU}</nav><div>อยู่ระหว่างดำเนินการ</div>", "placeholder"),
        (f"{MENU}<center>ยังไม่มีข้อมูล</center>", "placeholder"),
        ("<h1>404 Not Found</h1><p>The requested URL was not found</p>", "soft 404"),
        ("<h1>ขออภัย ไม่พบหน้าที่คุณต้องการ</h1>", "soft 404"),
        ("<div class='content'>&nbsp;</div>", "empty"),
    ],
)
def test_placeholders_are_flagged(body, expected):
    page = extract_page(f"<html><head><title>อบต.ทดสอบ</title></head><body>{body}</body></html>", BASE)
    assert page.placeholder and expected in page.placeholder


@pytest.mark.parametrize(
    "body",
    [
        "<h2>O1 โครงสร้าง</h2><ul><li><a href='/f/1.pdf'>แผนผังโครงสร้าง</a></li></ul>",  # a list of files
        "<iframe src='https://drive.google.com/file/d/x/preview'></iframe>",
        "<table><tr><td>ลำดับ</td><td>เรื่อง</td></tr><tr><td>1</td><td>ไม่มีข้อมูล</td></tr></table>"
        + "<p>"
        + "รายงานสรุปผลการจัดซื้อจัดจ้างประจำเดือน " * 30
        + "</p>",
        f"{MENU}<p>รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ขององค์การบริหารส่วนตำบล</p>",
    ],
)
def test_real_pages_are_not_placeholders(body):
    assert extract_page(f"<html><body>{body}</body></html>", BASE).placeholder is None


def test_a_jump_menu_option_is_a_link_but_a_form_choice_is_not():
    page = extract_page(
        "<html><body><select onchange=\"location=this.value\"><option value=''>เลือกปี</option>"
        "<option value='/ita/2567/'>ITA 2567</option><optgroup label='เก่า'><option value='ita2566.php'>ITA 2566"
        "</option></optgroup></select>"
        "<form><select name='kind'><option value='/x/'>ขอซ่อมไฟฟ้า</option></select></form></body></html>",
        BASE,
    )
    found = {(link.url, link.kind) for link in page.links}
    assert found == {("http://t.go.th/ita/2567/", "option"), ("http://t.go.th/ita/ita2566.php", "option")}


def test_a_bold_paragraph_heads_the_links_below_it():
    page = extract_page(
        "<html><body><p class='sec'><b>แผนพัฒนาท้องถิ่น</b></p><p><a href='/p.pdf'>ฉบับที่ 1</a></p>"
        "<p><b>ข่าว</b> วันนี้มีประชุมสภา</p><p><b><a href='/n'>ข่าวล่าสุด</a></b></p>"
        "<p><a href='/q.pdf'>ฉบับที่ 2</a></p></body></html>",
        BASE,
    )
    # not a bold word inside a sentence, not a bold link
    assert [link.heading for link in page.links] == ["แผนพัฒนาท้องถิ่น"] * 3


def test_forms_to_fill_in_are_counted_search_and_login_boxes_are_not():
    page = extract_page(
        "<html><body><form action='/search'><input name='keyword'><input type=submit></form>"
        "<form action='/login'><input name='u'><input type=password name='p'></form>"
        "<form action='/complain.php' method='post'><input name='name'><textarea name='detail'></textarea>"
        "<input type=hidden name='t' value='1'><input type=submit value='ส่งเรื่อง'></form></body></html>",
        BASE,
    )
    assert page.forms == 1


def test_a_forms_caption_is_a_heading_of_its_page():
    """Blind holdout 49: a page headed "ร้องเรียน / ร้องทุกข์" whose corruption complaint form is
    named only by the bold words of the line above it; a search box's caption names nothing."""
    page = extract_page(
        "<html><body><h3>ร้องเรียน / ร้องทุกข์</h3><p><b>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</b>"
        " (ผู้ร้องเรียนจะได้รับการปกปิดข้อมูล)</p>\n<form method='post' action='/complaint/save.php'>"
        "<input name='name'><textarea name='detail'></textarea></form>"
        "<p><b>ค้นหาข่าว</b></p><form action='/search'><input name='keyword'></form>"
        "<form method='post' action='/opinion.php'><fieldset><legend>แสดงความคิดเห็น</legend>"
        "<textarea name='msg'></textarea></fieldset></form></body></html>",
        BASE,
    )
    assert page.headings == ["ร้องเรียน / ร้องทุกข์", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "แสดงความคิดเห็น"]


def test_a_picture_button_without_words_is_named_by_its_coded_file_name():
    """Blind holdout 58: a grid of <a><img src="/images/ita/o26.png" alt=""></a> buttons; the file
    name is all a program can read of the button.  A picture named otherwise says nothing."""
    page = extract_page(
        "<html><body><a href='/fileupload/file_123.pdf'><img src='/images/ita/o26.png' alt='' title=''></a>"
        "<a href='/news/1.html'><img src='/images/banner-01.jpg' alt=''></a></body></html>",
        BASE,
    )
    assert [link.text for link in page.links] == ["o26", ""]


def test_pictures_keep_their_names_and_alternative_texts():
    page = extract_page(
        "<html><body><img src='/images/qr-eit-2567.png' alt='แบบวัด EIT'><img src='/logo.png'></body></html>",
        BASE,
    )
    assert page.pictures == ["/images/qr-eit-2567.png แบบวัด EIT", "/logo.png"]


def test_a_line_of_links_only_is_named_by_its_blocks_first_line():
    page = extract_page(
        "<html><body><ul><li>O21 สรุปผลการจัดซื้อจัดจ้างรายเดือน<br>- <a href='/m10.pdf'>ต.ค. 66</a>"
        " - <a href='/1707809032.xlsx'>ม.ค. 67</a></li>"
        "<li>ประกาศ <a href='/p.pdf'>ดาวน์โหลด</a></li></ul></body></html>",
        BASE,
    )
    rows = {link.url.rsplit("/", 1)[-1]: link.row for link in page.links}
    assert rows["1707809032.xlsx"] == "O21 สรุปผลการจัดซื้อจัดจ้างรายเดือน - ต.ค. 66 - ม.ค. 67"
    assert rows["p.pdf"] == "ประกาศ ดาวน์โหลด"  # a line with its own words keeps them


def test_a_paragraph_in_a_cell_of_several_is_its_links_row():
    """Old PHP CMS boxes put every entry in one cell (holdout 5, site B): a generic link's row
    is its own paragraph, not its neighbour's words ("รายงานผลการดำเนินงาน ประจำปี ๒๕๖๖" named
    the scanned anti-corruption report and gave it a year it does not show)."""
    page = extract_page(
        "<html><body><table><tr><td>"
        "<p>รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖ <a href='/a.pdf'>ดาวน์โหลด</a></p>"
        "<p>รายงานผลการดำเนินการป้องกันการทุจริต <a href='/b.pdf'>(คลิก)</a></p>"
        "</td></tr>"
        "<tr><td>O13</td><td><p>รายงานผล <a href='/c.pdf'>PDF</a></p></td><td><a href='/c.docx'>DOCX</a></td></tr>"
        "</table></body></html>",
        BASE,
    )
    rows = {link.url.rsplit("/", 1)[-1]: link.row for link in page.links}
    assert rows["b.pdf"] == "รายงานผลการดำเนินการป้องกันการทุจริต (คลิก)"
    assert rows["a.pdf"] == "รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖ ดาวน์โหลด"
    assert rows["c.pdf"] == "O13 รายงานผล PDF DOCX"  # one link in its cell: the whole row


def test_an_empty_generic_link_is_named_by_its_line():
    """ "ประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA) <a href=''>คลิกที่นี่</a>" (blind holdout 6): the
    words of the line say which item lost its link; "คลิกที่นี่" alone says nothing."""
    page = extract_page(
        "<html><body><h4>๐๑๐ นโยบายคุ้มครองข้อมูลส่วนบุคคล</h4>"
        "<p>ประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA) ของ อบต. <a href=''>คลิกที่นี่</a></p>"
        "<p><a href=''>O11 แผนดำเนินงาน</a></p></body></html>",
        BASE,
    )
    assert page.empty_link_texts == ["ประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA) ของ อบต. คลิกที่นี่", "O11 แผนดำเนินงาน"]


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("ไฟล์แนบ 1", True),
        ("เอกสารแนบที่ 2", True),
        ("ดาวน์โหลด (3)", True),
        ("ไฟล์แนบ : ไฟล์แนบ 1", True),
        ("[ดาวน์โหลด]", True),
        ("แผน 2567", False),
        ("ข่าว 12", False),
        ("คลิกเข้าสู่กระดานถาม-ตอบ", False),
        ("รายงาน : ผลการดำเนินงาน", False),
        # blind holdout 60: a file type after the words says which format, not what
        ("ดาวน์โหลดเอกสาร (PDF)", True),
        ("ดาวน์โหลด (xlsx)", True),
        ("แผนพัฒนา (PDF)", False),
    ],
)
def test_a_numbered_attachment_says_which_not_what(text, generic):
    assert is_generic(text) is generic


def test_a_link_to_nothing_alone_in_an_accordion_panel_is_named_by_the_panels_heading():
    """Holdout 10: "ข้อ ๖ กฏหมายที่เกี่ยวข้อง" heads a panel whose only link is "คลิกที่นี่" to "#"."""
    page = extract_page(
        "<div class='accordion-group'><div class='accordion-heading'><strong>"
        "<a href='#p6' data-toggle='collapse' class='accordion-toggle'>ข้อ ๖ กฏหมายที่เกี่ยวข้อง</a></strong></div>"
        "<div class='accordion-body' id='p6'><p>กฎหมาย ระเบียบ ที่เกี่ยวข้อง</p><p><a href='#'>คลิกที่นี่</a></p>"
        "<p><a href=''>ดาวน์โหลด</a></p></div></div>",
        "http://t.go.th/ita",
    )
    assert page.empty_link_texts == ["ข้อ ๖ กฏหมายที่เกี่ยวข้อง คลิกที่นี่", "ข้อ ๖ กฏหมายที่เกี่ยวข้อง ดาวน์โหลด"]


def test_a_generic_link_in_a_row_of_blocks_is_named_by_the_row():
    """Holdout 15: a Google Sites export lays the OIT list out as blocks, not a table:
    ``<div><div><p>O16 ข้อมูลเชิงสถิติการให้บริการ</p></div><div><p><a>ดูข้อมูล</a></p></div></div>``."""
    rows = "".join(
        f"<div class='row'><div class='col-l'><p>{label}</p></div>"
        f"<div class='col-r'><p><a href='/{n}'>ดูข้อมูล</a></p></div></div>"
        for n, label in enumerate(["O16 ข้อมูลเชิงสถิติการให้บริการ", "O17 รายงานผลการสำรวจความพึงพอใจการให้บริการ"])
    )
    page = extract_page(f"<main>{rows}</main>", BASE)
    assert [link.row for link in page.links] == [
        "O16 ข้อมูลเชิงสถิติการให้บริการ ดูข้อมูล",
        "O17 รายงานผลการสำรวจความพึงพอใจการให้บริการ ดูข้อมูล",
    ]


BOARDS = {
    "a reply column of zeros": (
        "<table><tr><th>หัวข้อกระทู้</th><th>ผู้ตั้ง</th><th>วันที่</th><th>ตอบ</th></tr>"
        "<tr><td><a href='/t/1'>ไฟถนนดับ</a></td><td>ชาวบ้าน</td><td>02/02/2567</td><td>๐</td></tr>"
        "<tr><td><a href='/t/2'>ภาษีที่ดิน</a></td><td>หมู่ 3</td><td>15/01/2567</td><td>0</td></tr></table>"
    ),
    "a reply column with an answer": (
        "<table><tr><th>หัวข้อ</th><th>อ่าน</th><th>คำตอบ</th></tr>"
        "<tr><td><a href='/t/1'>ไฟถนนดับ</a></td><td>25</td><td>2</td></tr></table>"
    ),
    "counts beside the topics": "<ul><li><a href='/t/1'>ไฟถนนดับ</a> (0 ตอบ)</li><li>ภาษี ตอบ: 0 อ่าน: 12</li></ul>",
    "the words on a topic": "<h2>สอบถามเบี้ยยังชีพ</h2><p>ยังไม่มีการตอบกระทู้นี้</p>",
    "an answer under a question": "<h2>สอบถามเบี้ยยังชีพ</h2><p>ตอบกลับโดย เจ้าหน้าที่กองสวัสดิการ 12/03/2567</p>",
    "no board at all": "<h1>ติดต่อเรา</h1><p>โทร 0 4481 2345 ตอบทุกข้อสงสัย</p>",
    # blind holdout 22: a status column "สถานะ" of "รอเจ้าหน้าที่ตอบ", each row numbered
    "waiting for the staff": (
        "<table><tr><th>#</th><th>คำถาม</th><th>ผู้ถาม</th><th>วันที่</th><th>สถานะ</th></tr>"
        "<tr><td>11</td><td>ไฟกิ่งถนนดับ</td><td>แม่บ้าน ม.5</td><td>02/03/2567</td><td>รอเจ้าหน้าที่ตอบ</td></tr>"
        "<tr><td>10</td><td>ขออนุญาตต่อเติม</td><td>somchai_p</td><td>14/02/2567</td><td>รอเจ้าหน้าที่ตอบ</td></tr></table>"
    ),
}
BOARD_REPLIES = {
    "a reply column of zeros": 0,
    "a reply column with an answer": 2,
    "counts beside the topics": 0,
    "the words on a topic": 0,
    "an answer under a question": 1,
    "no board at all": None,
    "waiting for the staff": 0,
}


@pytest.mark.parametrize("name", BOARDS)
def test_a_web_board_page_says_how_many_answers_it_shows(name):
    """Field folder 29 (O8): a board whose every topic has 0 replies passed as the two-way channel."""
    assert extract_page(f"<html><body>{BOARDS[name]}</body></html>", BASE).replies == BOARD_REPLIES[name]


def test_a_board_that_posts_its_question_box_and_writes_answers_in_a_column_is_two_way():
    """Field folder 13: a question box named "q" read as a search box, answers as text, not counts."""
    page = extract_page(
        "<html><body><table><tr><th>คำถาม</th><th>คำตอบ</th></tr>"
        "<tr><td>ถนนชำรุด จะซ่อมเมื่อไหร่</td><td>กองช่างบรรจุในแผนซ่อมแซม เดือนเมษายน 2567 (admin)</td></tr></table>"
        "<form method='post' action='/webboard/post.php'>คำถาม <input name='q'> <input type='submit'></form>"
        "</body></html>",
        BASE,
    )
    assert (page.forms, page.replies) == (1, 1)


def test_a_document_embedded_in_a_viewer_is_a_link_to_the_document():
    """Blind holdout 24: a post shows its report in a pdf.js <iframe> and links nothing else."""
    page = extract_page(
        "<html><body><h1>รายงานติดตาม รอบ 6 เดือน</h1><iframe title='Embedded PDF' "
        "src='/wp-content/plugins/pdfjs-viewer/web/viewer.html?file=%2Fuploads%2Freport.pdf'></iframe></body></html>",
        BASE,
    )
    # the viewer's own page is a script shell, no evidence (blind holdout 43: pdf.js's viewer.php
    # was judged an empty placeholder over the file it showed)
    assert [str(link.url) for link in page.links] == ["http://t.go.th/uploads/report.pdf"]
    assert is_generic("Embedded PDF")


def test_a_cell_of_a_table_of_years_is_of_its_columns_year():
    """Blind holdout 35: "ข้อ | รายการข้อมูล | ปี ๒๕๖๕ | ปี ๒๕๖๖ | ปี ๒๕๖๗": the 2565 cell's "คลิก" is
    last-but-one year's, not of every year the row names."""
    page = extract_page(
        "<html><body><table><tr><th>ข้อ</th><th>รายการข้อมูล</th><th>ปี ๒๕๖๕</th><th>ปี ๒๕๖๖</th><th>ปี ๒๕๖๗</th></tr>"
        "<tr><td>O12</td><td>รายงานการกำกับติดตาม รอบ 6 เดือน</td><td><a href='/old.php?id=11'>คลิก</a></td>"
        "<td><a href='/r66.pdf'>รายงานรอบ 6 เดือน</a></td><td>-</td></tr></table></body></html>",
        BASE,
    )
    rows = {link.url.rsplit("/", 1)[-1]: link.row for link in page.links}
    assert rows["old.php?id=11"] == "O12 รายงานการกำกับติดตาม รอบ 6 เดือน ปี ๒๕๖๕ คลิก"
    assert rows["r66.pdf"] == "O12 รายงานการกำกับติดตาม รอบ 6 เดือน ปี ๒๕๖๖ รายงานรอบ 6 เดือน"


def test_a_long_line_of_files_is_named_by_its_start():
    """Blind holdouts 36 and 42: the seventh month of "o21 สรุปผล…รายเดือน : <a>ก.ย.65</a> | … |
    <a>มี.ค.66</a>" is further back than a line's few nodes from the words that name it."""
    months = ["ต.ค.65", "พ.ย.65", "ธ.ค.65", "ม.ค.66", "ก.พ.66", "มี.ค.66", "เม.ย.66"]
    anchors = " | ".join(f"<a href='/download/?id={i}'>{m}</a>" for i, m in enumerate(months))
    page = extract_page(f"<html><body><ul><li>o21 สรุปผลการจัดซื้อจัดจ้างรายเดือน : {anchors}</li></ul></body></html>", BASE)
    assert all(link.row.startswith("o21 สรุปผลการจัดซื้อจัดจ้างรายเดือน") for link in page.links), [
        link.row for link in page.links
    ]


def test_an_empty_link_in_a_coded_row_is_named_by_the_row():
    """Blind holdouts 39 and 40: "O43 | การดำเนินการตามมาตรการ… | <a href=''>รายงานผล…ตามมาตรการฯ ปี
    ๒๕๖๗</a>": the row's code says which item lost its file."""
    page = extract_page(
        "<html><body><table><tr><td>O43</td><td>การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td>"
        "<td><a href=''>รายงานผลการดำเนินการตามมาตรการฯ ปี ๒๕๖๗</a></td></tr></table></body></html>",
        BASE,
    )
    assert page.empty_link_texts == [
        "O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รายงานผลการดำเนินการตามมาตรการฯ ปี ๒๕๖๗"
    ]


def test_a_page_builders_caption_names_the_lone_button_after_it():
    """Blind holdout 65 (Elementor): "<div><p>• คำสั่งแต่งตั้งคณะทำงาน… ปี ๒๕๖๖</p></div><div><div>
    <a>ดาวน์โหลด</a></div></div>": the caption names the file, the heading above both the item."""
    page = extract_page(
        "<html><body><div class='tab'>"
        "<div class='w'><div><h4>O40 การขับเคลื่อนจริยธรรม</h4></div></div>"
        "<div class='w'><div><p>&nbsp;&#8226; คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ปี ๒๕๖๖</p></div></div>"
        "<div class='w'><div class='wrap'><a href='/f/img0001.pdf'><span>ดาวน์โหลด</span></a></div></div>"
        "<div class='w'><div class='wrap'><a href='/f/other.pdf'><span>ดาวน์โหลด</span></a></div></div>"
        "<div class='w'><div><h4>O41 การประเมินจริยธรรม</h4></div></div>"
        "<div class='w'><div class='wrap'><a href='/f/o41.pdf'>ดาวน์โหลด</a></div></div>"
        "<p>ติดต่อ <a href='/contact'>คลิก</a></p>"
        "</div></body></html>",
        BASE,
    )
    captions = {urlsplit(str(link.url)).path: link.caption for link in page.links}
    assert captions["/f/img0001.pdf"] == "• คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ปี ๒๕๖๖"
    assert captions["/f/other.pdf"] == ""  # after another button: no caption of its own
    assert captions["/f/o41.pdf"] == ""  # a heading names its section, not as a caption
    assert captions["/contact"] == ""  # a line's words are its row


def test_a_table_row_of_icon_links_is_a_bar_not_a_row_that_names_each_link():
    """Blind holdout 64: "Facebook | Line@ | E-Service | ถาม-ตอบ" in a home page's table: the Line
    link was named by its neighbour "ถาม-ตอบ" and made the Q&A channel (a false pass)."""
    page = extract_page(
        "<html><body><table><tr>"
        "<td><a href='https://www.facebook.com/t'><img src='/fb.png'><br>Facebook</a></td>"
        "<td><a href='https://line.me/R/ti/p/@t'><img src='/line.png'><br>Line@</a></td>"
        "<td><a href='/eservice'>E-Service</a></td><td><a href='/webboard'>ถาม-ตอบ</a></td>"
        "</tr></table><table><tr><td>O12</td><td>รายงานผล</td><td><a href='/a.pdf'>PDF</a></td>"
        "<td><a href='/a.xlsx'>Excel</a></td></tr></table></body></html>",
        BASE,
    )
    rows = {urlsplit(str(link.url)).path: link.row for link in page.links}
    assert rows["/R/ti/p/@t"] == "" and rows["/webboard"] == ""
    assert rows["/a.xlsx"].startswith("O12 รายงานผล")  # a data row still names its links


def test_an_inline_element_holding_line_breaks_is_a_block_of_lines():
    """Blind holdout 72: an old site's whole list inside one <font>; the "[ดาวน์โหลด]" beside a
    dead link on line 35 was named by nothing and the item was judged on the dead link alone."""
    page = extract_page(
        "<html><body><table><tr><td><font size=2>34.&nbsp;<a href='/a.pdf'>การประเมินความเสี่ยง ๒๕๖๖</a><br>"
        "35.&nbsp;<a href='http://192.168.1.25/r.pdf'>การดำเนินการเพื่อจัดการความเสี่ยง ปี ๒๕๖๖</a> &nbsp;"
        "[<a href='/r66.docx'>ดาวน์โหลด</a>]<br>36.&nbsp;<a href='/p.pdf'>แผนปฏิบัติการ</a><br></font></td></tr></table>"
        "</body></html>",
        BASE,
    )
    rows = {urlsplit(str(link.url)).path: link.row for link in page.links}
    assert rows["/r66.docx"] == "35. การดำเนินการเพื่อจัดการความเสี่ยง ปี ๒๕๖๖ [ ดาวน์โหลด ]"
    assert rows["/a.pdf"] == "34. การประเมินความเสี่ยง ๒๕๖๖"
