"""Matching and assessment as pure functions over crawl records (no network)."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.assess.site import assess_crawl, incomplete_reasons
from crawler.model.outcome import Outcome
from crawler.model.results import CrawlError, CrawlSummary, Unvisited
from crawler.model.status import Status
from tests.records import HOME, document, external, link, page


def summary(**kw):
    base = {"start_url": HOME, "home_url": HOME, "reachable": True, "hosts": ["t.go.th"], "started_at": "x"}
    return CrawlSummary(**{**base, **kw})


def scan(catalog, pages, documents=(), externals=(), year=2567, **kw):
    result = assess_crawl(catalog.load(year), summary(**kw), list(pages), list(documents), list(externals))
    return {item.code: item for item in result.items}, result


ITA = "ITA 2567 การเปิดเผยข้อมูลสาธารณะ"


def ita_page(*links_):
    return page("http://t.go.th/ita67", title=ITA, headings=[ITA], links=links_)


def test_page_with_elements_passes(catalog):
    structure = page(
        "http://t.go.th/structure",
        title="โครงสร้างส่วนราชการ",
        text="แผนผังโครงสร้างองค์การบริหารส่วนตำบล สำนักปลัด กองคลัง กองช่าง " * 3,
    )
    items, _ = scan(catalog, [ita_page(link("http://t.go.th/structure", "คลิก", row="O1 โครงสร้าง")), structure])
    assert items["O1"].status is Status.PASS
    assert items["O1"].url == "http://t.go.th/structure"
    assert items["O1"].confidence == "high"  # code and title agree in the ITA 2567 section


def test_page_lacking_an_element_is_incomplete(catalog):
    structure = page("http://t.go.th/structure", title="โครงสร้าง", text="แผนผังองค์กร (ภาพ) " * 5)
    items, _ = scan(catalog, [ita_page(link("http://t.go.th/structure", "O1 โครงสร้าง")), structure])
    assert items["O1"].status is Status.INCOMPLETE
    assert items["O1"].missing_elements


def test_last_years_plan_is_stale(catalog):
    plan = "http://t.go.th/f/plan66.pdf"
    items, _ = scan(
        catalog,
        [ita_page(link(plan, "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี พ.ศ. 2566"))],
        [document(plan)],
    )
    assert items["O11"].status is Status.STALE
    assert "2566" in items["O11"].reason


def test_unread_document_of_the_right_year_is_review_not_pass(catalog):
    plan = "http://t.go.th/f/plan67.pdf"
    items, _ = scan(catalog, [ita_page(link(plan, "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี พ.ศ. 2567"))], [document(plan)])
    assert items["O11"].status is Status.REVIEW
    assert "ต้องตรวจ" in items["O11"].reason


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        ("not_found", Status.BROKEN),
        ("placeholder", Status.BROKEN),
        ("rate_limited", Status.REVIEW),
        ("robots_disallowed", Status.REVIEW),
    ],
)
def test_target_outcomes(catalog, outcome, status):
    url = "http://t.go.th/authority"
    target = page(url, outcome=outcome, title="อำนาจหน้าที่")
    items, _ = scan(catalog, [ita_page(link(url, "ดูข้อมูล", row="O3 อำนาจหน้าที่")), target])
    assert items["O3"].status is status


def test_empty_link_is_broken_and_external_evidence_is_review(catalog):
    drive = "https://drive.google.com/file/d/abc/view"
    menu = ita_page(link(drive, "O3 อำนาจหน้าที่"))
    menu.ignored_links.empty_link_texts.append("O2 ข้อมูลผู้บริหาร")
    items, _ = scan(catalog, [menu], externals=[external(drive, "google_drive")])
    assert items["O2"].status is Status.BROKEN
    assert items["O3"].status is Status.REVIEW and "google_drive" in items["O3"].reason


def test_nothing_found_is_missing_but_review_when_the_crawl_was_incomplete(catalog):
    items, _ = scan(catalog, [ita_page()])
    assert items["O36"].status is Status.MISSING
    unvisited = Unvisited("pages", {"pages": 40}, ["http://t.go.th/ita/o36"])
    items, result = scan(catalog, [ita_page()], unvisited=unvisited)
    assert items["O36"].status is Status.REVIEW
    assert result.incomplete_reasons


@pytest.mark.parametrize(("menu", "unread"), [("ITA ๖๕", False), ("ITA 64", False), ("ITA ๖๖", True), ("ITA", True)])
def test_only_the_assessed_years_ita_page_that_will_not_open_leaves_items_unread(menu, unread):
    """Blind holdout 46: the year menu's "ITA ๖๕" and "ITA ๖๔" answered 404 on a 2566 site, and
    every item not found became review: another year's page holds none of this year's items."""
    summary = CrawlSummary(HOME, HOME, True, ["t.go.th"], "2026-12-04T00:00:00+00:00")
    summary.errors.append(CrawlError("http://t.go.th/ita65", Outcome.NOT_FOUND, 404, found_on=HOME, link_text=menu))
    reasons = incomplete_reasons(summary, set(), 2566)
    assert any("เปิดหน้า ITA ไม่ได้" in reason for reason in reasons) is unread, reasons


def test_the_home_pages_sidebar_lends_the_executives_page_nothing(catalog):
    """Blind holdout 50: the home page's sidebar "ผู้บริหาร" over the mayor's photo, its footer's
    phone and its e-GP banner made an executives page without any contact channel pass (then
    review, for the banner): the home page is evidence on its own or not at all."""
    executives = "http://t.go.th/about/executive.html"
    home = page(
        HOME,
        title="องค์การบริหารส่วนตำบลนาบัว",
        headings=["ผู้บริหาร", "เมนูหลัก"],
        text="ผู้บริหาร นายสมพงษ์ ศรีบุญเรือง นายกองค์การบริหารส่วนตำบลนาบัว โทรศัพท์ ๐-๔๓๕๕-๑๒๓๔ อีเมล saraban@naboa.go.th",
        links=[link(executives, "คณะผู้บริหาร"), link("http://process3.gprocurement.go.th/egp", "ระบบ e-GP กรมบัญชีกลาง")],
        via="start",
    )
    names = (
        "คณะผู้บริหาร นายสมพงษ์ ศรีบุญเรือง นายกองค์การบริหารส่วนตำบลนาบัว นายบุญมี แก้วมณี รองนายก อบต.นาบัว "
        "หัวหน้าส่วนราชการ นางสาววิไลวรรณ พรมมา ปลัด อบต.นาบัว นางสุภาพร ทองดี ผู้อำนวยการกองคลัง"
    )
    board = page(executives, title="คณะผู้บริหาร", headings=["คณะผู้บริหาร", "หัวหน้าส่วนราชการ"], text=names)
    ita = ita_page(link(executives, "คณะผู้บริหาร/หัวหน้าส่วนราชการ", row="๐๒ ข้อมูลผู้บริหาร"))
    egp = external("http://process3.gprocurement.go.th/egp", "egp")
    items, _ = scan(catalog, [home, ita, board], externals=[egp], year=2566)
    assert items["O2"].status is Status.INCOMPLETE, items["O2"].reason


def test_a_page_an_items_page_lists_and_the_menu_names_is_followed_to_its_links(catalog):
    """Blind holdout 51: "/ita/2567/o18.html" lists the E-Service page, which the menu also links
    as "E-Service"; its Google Forms were never judged because the page was first met as a
    listed page (introductions are followed one level), and the item became missing."""
    eservice = "http://t.go.th/eservice.html"
    form = "https://docs.google.com/forms/d/e/1FAIpQLSd8w/viewform"
    item_page = page(
        "http://t.go.th/ita/2567/o18.html",
        title="O18 E–Service",
        headings=["O18 E–Service"],
        links=[link(eservice, "ระบบบริการออนไลน์ E-Service")],
    )
    service = page(
        eservice,
        title="E-Service",
        headings=["บริการออนไลน์ E-Service"],
        text="ประชาชนสามารถยื่นคำร้องออนไลน์ได้ แจ้งซ่อมไฟฟ้าสาธารณะ",
        links=[link(form, "แจ้งซ่อมไฟฟ้าสาธารณะ")],
    )
    home = page(HOME, title="เทศบาลเมืองวังน้ำใส", links=[link(eservice, "E-Service")], via="start")
    ita = ita_page(link("http://t.go.th/ita/2567/o18.html", "O18 E–Service"))
    items, _ = scan(catalog, [home, ita, item_page, service], externals=[external(form, "google_forms")])
    assert items["O18"].status is Status.PASS, items["O18"].reason


MONTHLY_FORM = (
    "แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน {month}\nเทศบาลเมืองห้วยทรายทอง\n"
    "งานที่จัดซื้อ ซื้อวัสดุสำนักงาน วงเงิน ๑๒,๐๐๐ บาท ราคากลาง ๑๒,๐๐๐ บาท วิธีเฉพาะเจาะจง "
    "ผู้เสนอราคา ร้านสมใจ ราคาที่เสนอ ๑๑,๘๐๐ บาท ผู้ได้รับการคัดเลือก ร้านสมใจ ราคาที่ตกลง ๑๑,๘๐๐ บาท "
    "เหตุผลที่คัดเลือก ราคาต่ำสุด เลขที่และวันที่ของสัญญา ใบสั่งซื้อ ๑๒/๒๕๖๕\n"
)


def test_a_page_of_monthly_files_by_year_lists_them_all(catalog):
    """Blind holdout 55: the O23 page lists one XLSX a month under "ปีงบประมาณ ๒๕๖๕" and
    "ปีงบประมาณ ๒๕๖๔": two year headings are not two topics (only links naming the item were
    kept, none), and "sor1_01_2565.xlsx" is January's form, not O1's (a zero read as the letter)."""
    months = ["ตุลาคม ๒๕๖๔", "พฤศจิกายน ๒๕๖๔", "ธันวาคม ๒๕๖๔", "มกราคม ๒๕๖๕", "กุมภาพันธ์ ๒๕๖๕", "มีนาคม ๒๕๖๕"]
    names = ["10_2564", "11_2564", "12_2564", "01_2565", "02_2565", "03_2565"]
    files = [f"http://t.go.th/fileupload/sor/sor1_{name}.xlsx" for name in names]
    links = [
        link(url, "ดาวน์โหลด (xlsx)", row=f"{month} ดาวน์โหลด (xlsx)", heading="ปีงบประมาณ ๒๕๖๕")
        for url, month in zip(files, months, strict=True)
    ]
    old = "http://t.go.th/fileupload/sor/sor1_10_2563.xlsx"
    links.append(link(old, "ดาวน์โหลด", row="ตุลาคม ๒๕๖๓ ดาวน์โหลด", heading="ปีงบประมาณ ๒๕๖๔"))
    title = "O23 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน"
    monthly = page("http://t.go.th/ita/2565/o23.html", title=title, headings=[title], links=links)
    ita = page(
        "http://t.go.th/ita65", title="ITA 2565", headings=["ITA 2565"], links=[link(monthly.url, "แบบ สขร.๑ รายเดือน")]
    )
    documents = [document(url, text=MONTHLY_FORM.format(month=month)) for url, month in zip(files, months, strict=True)]
    documents.append(document(old, text=MONTHLY_FORM.format(month="ตุลาคม ๒๕๖๓")))
    result = assess_crawl(catalog.load(2565), summary(), [ita, monthly], documents, [], as_of=date(2022, 4, 20))
    o23 = next(item for item in result.items if item.code == "O23")
    assert o23.status is Status.PASS, o23.reason


def test_a_qa_row_that_opens_a_contact_page_has_no_channel(catalog):
    """Blind holdout 53: "ช่องทางถาม-ตอบ" opens the contact page (address, phone, e-mail): no
    board, no form, so the Q&A channel is not published (it was "incomplete")."""
    contact = page(
        "http://t.go.th/contact/",
        title="ติดต่อเรา",
        headings=["ติดต่อเรา"],
        text="เทศบาลตำบลห้วยหินลาด ๑๒๓ หมู่ ๕ โทรศัพท์ ๐ ๔๒๒๑ ๙๕๖๗ โทรสาร ๐ ๔๒๒๑ ๙๕๖๘ อีเมล saraban@huayhin.go.th " * 2,
    )
    items, _ = scan(catalog, [ita_page(link(contact.url, "ช่องทางถาม-ตอบ", row="O8 Q&A")), contact])
    assert items["O8"].status is Status.MISSING, items["O8"].reason


def test_a_report_of_one_element_shown_as_a_post_is_the_report(catalog):
    """Blind holdout 53: a WordPress post "รายงานผลการดำเนินการตามนโยบาย No Gift Policy รอบ 6 เดือน"
    holding the table and the evaluation was taken for a post about the report: a page titled with
    the item's name that holds its one element is the document shown as HTML."""
    title = "รายงานผลการดำเนินการตามนโยบาย No Gift Policy รอบ 6 เดือน"
    text = (
        "รายงานผลการดำเนินการตามนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"
        " ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน (ต.ค. ๖๖ – มี.ค. ๖๗) เดือน จำนวนครั้งที่มีผู้ให้ของขวัญ ต.ค. ๖๖ – ธ.ค. ๖๖ ๐"
        " ม.ค. ๖๗ – มี.ค. ๖๗ ๐ ผลการประเมิน บุคลากรปฏิบัติตามนโยบาย ข้อเสนอแนะ ควรประชาสัมพันธ์ต่อเนื่อง"
    )
    post = page("http://t.go.th/2024/04/02/no-gift/", title=title, headings=[title], text=text)
    items, _ = scan(catalog, [ita_page(link(post.url, "รายงานผล No Gift Policy รอบ 6 เดือน", row="O33")), post])
    assert items["O33"].status is Status.PASS, items["O33"].reason


def test_a_manuals_service_line_above_the_agency_is_its_content(catalog):
    """Blind holdout 53: "คู่มือสำหรับประชาชน / งานที่ให้บริการ : การลงทะเบียน… / <agency>": the
    service line above the agency's name was cut as part of the title, and the manual lacked its service."""
    manual = "http://t.go.th/uploads/manual.docx"
    text = (
        "คู่มือสำหรับประชาชน\nงานที่ให้บริการ : การลงทะเบียนและยื่นคำขอรับเงินเบี้ยยังชีพผู้สูงอายุ\n"
        "เทศบาลตำบลห้วยหินลาด อำเภอวังสามหมอ จังหวัดอุดรธานี\n"
        "ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ\n๑ | ผู้สูงอายุยื่นคำขอพร้อมเอกสาร | ๑๐ นาที | สำนักปลัด\n"
        "รายการเอกสารหลักฐานประกอบ : บัตรประจำตัวประชาชน ทะเบียนบ้าน\nค่าธรรมเนียม : ไม่มีค่าธรรมเนียม\n"
    )
    ita = ita_page(link(manual, "คู่มือสำหรับประชาชน (เบี้ยยังชีพผู้สูงอายุ)", row="O15 คู่มือหรือมาตรฐานการให้บริการ"))
    items, _ = scan(catalog, [ita], [document(manual, text=text)])
    assert "บริการหรือภารกิจใด" not in items["O15"].missing_elements, items["O15"].reason


def test_a_file_linked_for_two_items_is_the_one_its_title_names(catalog):
    """Blind holdouts 50 and 56 (site-patterns.md: "the same PDF reused for several items"): the
    service statistics linked again under the satisfaction survey's row are not a survey, whatever
    their dates (reported stale); a staff manual whose part ข is the citizens' manual stays both."""
    stats = "http://t.go.th/download.php?id=52"
    manual = "http://t.go.th/uploads/manual.pdf"
    stats_text = (
        "สถิติการให้บริการประชาชน องค์การบริหารส่วนตำบลโคกสะอาด\nประจำปีงบประมาณ ๒๕๖๗ (ต.ค.66-มี.ค.67)\n"
        "งานบริการ | จำนวน (ราย)\nรับชำระภาษี | ๑๒๐ ราย\nขออนุญาตก่อสร้าง | ๑๔ ราย\n"
    )
    manual_text = (
        "คู่มือการปฏิบัติงาน งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง\nกองคลัง องค์การบริหารส่วนตำบลโคกสะอาด\n"
        "ก. สำหรับเจ้าหน้าที่ ภารกิจ การจัดเก็บภาษี ผู้ปฏิบัติ นักวิชาการจัดเก็บรายได้ ขั้นตอนการปฏิบัติงาน ๑. สำรวจ\n"
        "ข. คู่มือสำหรับประชาชน งานที่ให้บริการ การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ขั้นตอน ระยะเวลา ๑๕ นาที"
        " เอกสารประกอบ บัตรประจำตัวประชาชน ค่าธรรมเนียม ไม่มี ช่องทางร้องเรียน กองคลัง โทร ๐ ๔๔๐๕ ๖๑๒๓\n"
    )
    ita = ita_page(
        link(stats, "สถิติการให้บริการ", row="O16 ข้อมูลเชิงสถิติการให้บริการ"),
        link(stats, "ดาวน์โหลด", row="O17 รายงานผลการสำรวจความพึงพอใจการให้บริการ"),
        link(manual, "คู่มือการปฏิบัติงาน", row="O14 คู่มือหรือมาตรฐานการปฏิบัติงาน"),
        link(manual, "คู่มือสำหรับประชาชน", row="O15 คู่มือหรือมาตรฐานการให้บริการ"),
    )
    docs = [document(stats, text=stats_text), document(manual, text=manual_text)]
    items, _ = scan(catalog, [_home("องค์การบริหารส่วนตำบลโคกสะอาด"), ita], docs)
    assert items["O17"].status is Status.MISSING, items["O17"].reason
    assert "O16" in items["O17"].reason
    assert items["O15"].status is not Status.MISSING, items["O15"].reason


def test_one_file_for_a_range_of_codes_is_judged_part_by_part(catalog):
    """Blind holdout 60: "o1 - o6 | โครงสร้าง / ข้อมูลผู้บริหาร / … | ดาวน์โหลดเอกสาร (PDF)": one
    combined file for six items was no item's (a range proves none); each item is judged on its
    own part, so the structure part's ปลัด does not complete the executives part, and an item
    whose part the file lacks is not in it."""
    combined = "http://t.go.th/fileupload/ita2564/basic-o1-o6.pdf"
    text = (
        "ข้อมูลพื้นฐาน องค์การบริหารส่วนตำบลโนนทองหลาง (o1 - o6)\n"
        "ส่วนที่ ๑ โครงสร้าง\nแผนผังโครงสร้างการแบ่งส่วนราชการ ปลัด อบต. สำนักปลัด กองคลัง กองช่าง ผู้อำนวยการกองคลัง\n"
        "ส่วนที่ ๒ ข้อมูลผู้บริหาร\nนายสมชาย ใจดี นายกองค์การบริหารส่วนตำบล โทร ๐๘๑-๒๓๔-๕๖๗๘\n"
        "นายสมศักดิ์ ดีงาม รองนายกองค์การบริหารส่วนตำบล โทร ๐๘๙-๘๗๖-๕๔๓๒\n"
        "ส่วนที่ ๓ อำนาจหน้าที่\nอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล มาตรา ๖๖ ๖๗ ๖๘\n"
    )
    row = "o1 - o6 โครงสร้าง / ข้อมูลผู้บริหาร / อำนาจหน้าที่ / แผนพัฒนาท้องถิ่น / ข้อมูลการติดต่อ / กฎหมายที่เกี่ยวข้อง"
    ita = page(
        "http://t.go.th/ita/oit2564.html",
        title="OIT 2564",
        headings=["การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"],
        links=[link(combined, "ดาวน์โหลดเอกสาร (PDF)", row=row)],
    )
    items, _ = scan(catalog, [ita], [document(combined, text=text)], year=2564)
    assert items["O1"].status is Status.PASS, items["O1"].reason
    assert items["O2"].status is Status.INCOMPLETE, items["O2"].reason
    assert items["O6"].status is Status.MISSING, items["O6"].reason


def test_the_assessed_years_section_wins_over_an_older_one(catalog):
    old, new = "http://t.go.th/f/o1-2566.pdf", "http://t.go.th/structure"
    ita66 = page("http://t.go.th/ita66", title="ITA 2566", headings=["ITA 2566"], links=[link(old, "O1 โครงสร้าง")])
    structure = page(new, title="โครงสร้าง", text="แผนผังโครงสร้าง สำนักปลัด กองคลัง " * 5)
    items, _ = scan(catalog, [ita66, ita_page(link(new, "O1 โครงสร้าง")), structure], [document(old)])
    assert items["O1"].evidence[0].url == new and items["O1"].status is Status.PASS


def test_a_row_titled_for_one_item_with_another_years_code_goes_to_the_titled_item(catalog):
    report = "http://t.go.th/f/report.pdf"
    # "O12" is the 6-month report in 2567; the row's title is the annual report (O13 in 2567).
    items, _ = scan(catalog, [ita_page(link(report, "O12 รายงานผลการดำเนินงานประจำปี 2566"))], [document(report)])
    assert items["O12"].status is Status.MISSING
    assert items["O13"].evidence and items["O13"].evidence[0].url == report


def test_score_is_a_range_when_items_need_review(catalog):
    plan = "http://t.go.th/f/plan67.pdf"
    _, result = scan(catalog, [ita_page(link(plan, "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี 2567"))], [document(plan)])
    score = result.score
    assert score.oit.low == 0 and score.oit.high > 0
    assert score.counts["review"] == 1
    # If the one review item passes: sub-indicator 9.2 (8 items in 2567) = 12.5, indicator 9
    # (5 sub-indicators) = 2.5, OIT (2 indicators) = 1.25.
    assert score.sub_indicators["9.2"].high == 12.5
    assert score.indicators["9"].high == 2.5
    assert score.oit.high == 1.25


PLAN_TEXT = "แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. {year}\nโครงการซ่อมถนน งบประมาณ 150,000 บาท ระยะเวลา ต.ค. - ธ.ค."


def scanned(url, year_text):
    return document(url, text=PLAN_TEXT.format(year=year_text), method="ocr")


@pytest.mark.parametrize(
    ("label", "read_year", "status"),
    [
        # "๒๕๖๗" misread as "๒๕๒๒": decades before the assessment, so the scan is as good as
        # undated and the label's period decides; it is not a plan of 2522.
        ("แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567", "๒๕๒๒", Status.PASS),
        # a plausible other year read by OCR against the label's current one: a person looks
        ("แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567", "๒๕๖๔", Status.REVIEW),
        # the label names no period: the OCR year alone never decides
        ("แผนดำเนินงาน", "๒๕๖๗", Status.REVIEW),
        ("แผนดำเนินงาน", "๒๕๒๒", Status.REVIEW),
    ],
)
def test_a_year_read_by_ocr_decides_only_with_the_label(catalog, label, read_year, status):
    plan = "http://t.go.th/f/scan0001.pdf"
    items, _ = scan(catalog, [ita_page(link(plan, label))], [scanned(plan, read_year)])
    assert items["O11"].status is status, items["O11"].reason


MONTH_TEXT = (
    "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month}\n"
    "งานที่จัดซื้อหรือจัดจ้าง | วงเงินที่จัดซื้อหรือจ้าง | ราคากลาง | วิธีซื้อหรือจ้าง | รายชื่อผู้เสนอราคาและราคาที่เสนอ"
    " | ผู้ได้รับการคัดเลือก | เหตุผลที่คัดเลือก | เลขที่และวันที่ของสัญญา\n"
    "ซื้อวัสดุสำนักงาน | 12,500 | 12,500 | เฉพาะเจาะจง | ร้านดี / 12,400 | ร้านดี / 12,400 | ราคาต่ำสุด | 41/2567"
)
MONTHS_2567 = ["ตุลาคม 2566", "พฤศจิกายน 2566", "ธันวาคม 2566", "มกราคม 2567", "กุมภาพันธ์ 2567", "มีนาคม 2567"]


def monthly_site(months: list[str]):
    files = [(f"http://t.go.th/f/{index}.pdf", month) for index, month in enumerate(months)]
    links = [link(url, month[:3], row="O21 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน") for url, month in files]
    documents = [document(url, text=MONTH_TEXT.format(month=month)) for url, month in files]
    return [ita_page(*links)], documents


@pytest.mark.parametrize(
    ("months", "status", "absent"),
    [
        (MONTHS_2567, Status.PASS, ""),
        (
            [m for m in MONTHS_2567 if m not in ("ธันวาคม 2566", "กุมภาพันธ์ 2567")],
            Status.INCOMPLETE,
            "ธ.ค. 2566, ก.พ. 2567",
        ),
    ],
    ids=["all-six-months", "two-months-missing"],
)
def test_a_monthly_series_must_hold_every_month_of_the_first_half(catalog, months, status, absent):
    pages, documents = monthly_site(months)
    result = assess_crawl(catalog.load(2567), summary(), pages, documents, [], as_of=date(2024, 6, 1))
    o21 = next(item for item in result.items if item.code == "O21")
    assert o21.status is status, o21.reason
    assert absent in " ".join(o21.missing_elements)


def test_months_not_yet_ended_are_not_due(catalog):
    pages, documents = monthly_site(MONTHS_2567[:3])  # Oct–Dec, scanned in mid-January
    result = assess_crawl(catalog.load(2567), summary(), pages, documents, [], as_of=date(2024, 1, 15))
    assert next(item for item in result.items if item.code == "O21").status is Status.PASS


def test_an_items_elements_spread_over_the_files_of_its_section(catalog):
    order, training = "http://t.go.th/dl.php?id=86", "http://t.go.th/dl.php?id=87"
    heading = "คุณธรรมจริยธรรม"
    listing = page(
        "http://t.go.th/list-ac.php",
        title="ป้องกันการทุจริต",
        links=[
            link(order, "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม และแนวปฏิบัติ Do & Don't ปี 2567", heading=heading),
            link(training, "รายงานโครงการอบรมคุณธรรมจริยธรรม ปี 2567", heading=heading),
        ],
    )
    documents = [
        document(
            order,
            text="คำสั่ง อบต. เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ประจำปีงบประมาณ 2567\n"
            "แนวปฏิบัติ Do & Don't สิ่งที่ควรทำ สิ่งที่ไม่ควรทำ",
        ),
        document(
            training,
            text="รายงานผลโครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ พ.ศ. 2567\nจัดเมื่อวันที่ 14 กุมภาพันธ์ 2567 ผู้เข้าร่วม 48 คน",
        ),
    ]
    items, _ = scan(catalog, [listing], documents)
    assert items["O40"].status is Status.PASS, items["O40"].reason
    assert {ref.url for ref in items["O40"].evidence} == {order, training}


def test_years_on_the_scanned_pages_of_a_text_layer_document_never_decide(catalog):
    plan = "http://t.go.th/f/plan.pdf"
    layer = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567\nโครงการซ่อมถนน งบประมาณ 150,000 บาท ระยะเวลา ต.ค. - ธ.ค."
    scanned_page = "ลงชื่อ ผู้อนุมัติ ประกาศ ณ วันที่ 5 ตุลาคม 2522"  # "2566" misread by Tesseract
    record = document(plan, text=f"{layer}\n{scanned_page}")
    assert record.text is not None
    record.text.ocr_texts.append(scanned_page)
    items, _ = scan(catalog, [ita_page(link(plan, "แผนดำเนินงาน"))], [record])
    assert items["O11"].status is Status.PASS, items["O11"].reason  # the text layer dates it
    only_scanned = document(
        plan, text=f"แผนการดำเนินงาน\nโครงการซ่อมถนน งบประมาณ 150,000 บาท ต.ค.\n{layer.split(chr(10))[0]}"
    )
    assert only_scanned.text is not None
    only_scanned.text.ocr_texts.append(layer.split("\n")[0])  # the year is only on a scanned page
    items, _ = scan(catalog, [ita_page(link(plan, "แผนดำเนินงาน"))], [only_scanned])
    assert items["O11"].status is Status.REVIEW, items["O11"].reason


def test_a_channel_items_page_that_says_in_a_line_what_it_links_is_not_the_channel(catalog):
    """Holdout 7: "O๘ Q&A / ช่องทางถาม-ตอบ ระหว่างประชาชนกับเทศบาล / คลิกเข้าสู่กระดานถาม-ตอบ", and
    the board says only "กำลังปรับปรุงข้อมูล…": the words describe the channel, the board is it."""
    post, board = "http://t.go.th/post.php?id=308", "http://t.go.th/webboard/"
    per_item = page(
        post,
        title="O๘ Q&A",
        headings=["O๘ Q&A"],
        text="โพสต์เมื่อ : ๕ ม.ค. ๒๕๖๗ ช่องทางถาม-ตอบ ระหว่างประชาชนกับเทศบาล คลิกเข้าสู่กระดานถาม-ตอบ",
        links=[link(board, "คลิกเข้าสู่กระดานถาม-ตอบ")],
    )
    placeholder = page(board, title="กระดานถาม-ตอบ", headings=["กระดานถาม-ตอบ (Q&A)"], text="กำลังปรับปรุงข้อมูล...")
    items, _ = scan(catalog, [ita_page(link(post, "O๘ Q&A")), per_item, placeholder])
    assert items["O8"].status is Status.BROKEN, items["O8"].reason
    working = page(board, title="กระดานถาม-ตอบ", text="กระทู้ถาม ถนนชำรุด ตอบโดยเจ้าหน้าที่ รับแจ้งแล้ว " * 4, forms=1)
    items, _ = scan(catalog, [ita_page(link(post, "O๘ Q&A")), per_item, working])
    assert items["O8"].status is Status.PASS, items["O8"].reason


def test_an_empty_attachment_link_on_the_items_page_is_its_broken_file(catalog):
    """Holdout 7: the per-item post of O43 lists "ไฟล์แนบ 1" with href="": the file the item links
    opens nothing, which is broken, not unpublished."""
    post = "http://t.go.th/post.php?id=343"
    title = "O๔๓ การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    per_item = page(
        post,
        title=title,
        headings=[title],
        text="รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๗ ไฟล์แนบ : ไฟล์แนบ 1",
        empty=["ไฟล์แนบ 1"],
    )
    items, _ = scan(catalog, [ita_page(link(post, title)), per_item])
    assert items["O43"].status is Status.BROKEN, items["O43"].reason
    assert "ไฟล์แนบ 1" in items["O43"].reason


def test_a_post_that_says_its_details_are_in_the_attachment_introduces_it(catalog):
    """Holdout 9: "ขอเผยแพร่รายงานการดำเนินการตามมาตรการบริหารจัดการความเสี่ยง รายละเอียดตาม
    เอกสารแนบ" names the item's words, but the report is the attachment, and it answers 404."""
    post, pdf = "http://t.go.th/archives/1455/", "http://t.go.th/uploads/2024/03/file_65f0a9d3.pdf"
    title = "รายงานผลการดำเนินการตามมาตรการบริหารจัดการความเสี่ยงการทุจริต ปี ๒๕๖๗"
    text = (
        "๑๕ มี.ค. ๒๕๖๗ admin เทศบาลตำบลท่าช้างทองขอเผยแพร่รายงานการดำเนินการตามมาตรการบริหารจัดการ"
        "ความเสี่ยง รายละเอียดตามเอกสารแนบ เอกสารแนบ"
    )
    listing = page("http://t.go.th/category/risk/", title="การบริหารความเสี่ยง", links=[link(post, title)])
    the_post = page(post, title=title, headings=[title], text=text, links=[link(pdf, "เอกสารแนบ")])
    items, _ = scan(catalog, [listing, the_post], [document(pdf, outcome="not_found")])
    assert items["O35"].status is Status.BROKEN, items["O35"].reason


def test_a_facebook_post_in_the_items_row_is_evidence_to_look_at(catalog):
    """Holdout 8: "O32 | การสร้างวัฒนธรรม No Gift Policy | » ภาพกิจกรรม (คลิก)" linking a Facebook
    post: the row says which item it is, the post must be opened (review), not "not found"."""
    post = "https://www.facebook.com/nakhamnoi.sao/posts/pfbid02NkXq7"
    row = "O32 การสร้างวัฒนธรรม No Gift Policy » ภาพกิจกรรม (คลิก)"
    ita = ita_page(link(post, "» ภาพกิจกรรม (คลิก)", row=row))
    items, _ = scan(catalog, [ita], externals=[external(post, "facebook")])
    assert items["O32"].status is Status.REVIEW, items["O32"].reason
    assert items["O32"].url == post


def test_a_page_titled_as_a_meeting_is_not_the_policy_its_row_names(catalog):
    """Holdout 11: the ITA row "นโยบายการบริหารทรัพยากรบุคคล" links a news post "ประชุมพนักงาน
    เทศบาลประจำเดือนมกราคม ๒๕๖๖" in which the mayor gave directions: a meeting, not the policy."""
    news = "http://t.go.th/news/108.html"
    post = page(
        news,
        title="ประชุมพนักงานเทศบาลประจำเดือนมกราคม ๒๕๖๖ - เทศบาลเมืองท่าช้างทอง",
        headings=["เทศบาลเมืองท่าช้างทอง", "ประชุมพนักงานเทศบาลประจำเดือนมกราคม ๒๕๖๖"],
        text="นายกเทศมนตรีมอบนโยบายด้านการบริหารงานบุคคล การลงเวลาปฏิบัติราชการ การแต่งกาย " * 12 + "วันที่ ๑๐ มกราคม ๒๕๖๖",
    )
    ita = page(
        "http://t.go.th/ita66",
        title="ITA 2566",
        headings=["ITA 2566"],
        links=[link(news, "นโยบายการบริหารทรัพยากรบุคคล", row="O23 นโยบายการบริหารทรัพยากรบุคคล")],
    )
    items, _ = scan(catalog, [ita, post], year=2566)
    assert items["O23"].status is Status.MISSING, items["O23"].reason


def test_a_banner_to_the_itas_home_page_is_not_the_eit_survey(catalog):
    """Holdout 11: the O43 element "QR code แบบวัด EIT" is not met by a banner linking
    https://itas.nacc.go.th (the assessment system's home page)."""
    report = "http://t.go.th/uploads/measures-2567.pdf"
    home = page(
        "http://t.go.th/",
        title="เทศบาลเมืองทดสอบ",
        links=[link("https://itas.nacc.go.th", "ITAS ระบบประเมินคุณธรรมและความโปร่งใส")],
    )
    text = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567\nผลการดำเนินการ ดำเนินการแล้ว"
    ita = ita_page(link(report, "O43 ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"))
    items, _ = scan(catalog, [home, ita], [document(report, text=text)])
    assert items["O43"].status is Status.INCOMPLETE, items["O43"].reason


def test_a_laws_page_is_its_list_of_linked_laws_not_the_word_law(catalog):
    """Holdouts 8 and 12: a laws page lists "พ.ร.บ.…" each linked to its text on another site (pass);
    a page that says "กฎหมายที่เกี่ยวข้อง… สืบค้นได้จากเว็บไซต์ต่อไปนี้" and links two agencies'
    home pages lists no law (it passed before)."""
    laws = "http://t.go.th/content.php?id=5"
    listed = page(
        laws,
        title="กฏหมายที่เกี่ยวข้อง",
        headings=["กฏหมายที่เกี่ยวข้อง"],
        text="กฏหมายที่เกี่ยวข้อง พ.ร.บ.สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐",
        links=[
            link("https://www.krisdika.go.th/law?id=1", "พ.ร.บ.สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗"),
            link("https://www.krisdika.go.th/law?id=2", "พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐"),
        ],
    )
    ita = ita_page(link(laws, "O6 กฎหมายที่เกี่ยวข้อง"))
    items, _ = scan(catalog, [ita, listed])
    assert items["O6"].status is Status.PASS, items["O6"].reason
    elsewhere = page(
        laws,
        title="กฏหมายที่เกี่ยวข้อง",
        headings=["กฏหมายที่เกี่ยวข้อง"],
        text="กฎหมายที่เกี่ยวข้องกับการปฏิบัติงาน ท่านสามารถสืบค้นได้จากเว็บไซต์ต่อไปนี้ สำนักงานคณะกรรมการกฤษฎีกา กรมส่งเสริมการปกครองท้องถิ่น",
        links=[
            link("https://www.krisdika.go.th/", "สำนักงานคณะกรรมการกฤษฎีกา"),
            link("https://www.dla.go.th/", "กรมส่งเสริมการปกครองท้องถิ่น"),
        ],
    )
    items, _ = scan(catalog, [ita, elsewhere])
    assert items["O6"].status is not Status.PASS, items["O6"].reason


def test_a_laws_page_whose_every_law_link_is_dead_lists_nothing_to_read(catalog):
    """Holdout 13: seven law names, each linked to a wp-content PDF that answers 404."""
    laws = "http://t.go.th/laws/"
    files = [f"http://t.go.th/wp-content/uploads/2019/05/law{n}.pdf" for n in range(3)]
    names = ["พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖", "พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐", "ระเบียบกระทรวงมหาดไทยว่าด้วยการพัสดุ"]
    listing = page(
        laws,
        title="กฎหมายที่เกี่ยวข้อง",
        headings=["กฎหมายที่เกี่ยวข้อง"],
        text="กฎหมายที่เกี่ยวข้อง " + " ".join(names),
        links=[link(url, name) for url, name in zip(files, names, strict=True)],
    )
    ita = ita_page(link(laws, "O6 กฎหมายที่เกี่ยวข้อง"))
    items, _ = scan(catalog, [ita, listing], [document(url, outcome="not_found") for url in files])
    assert items["O6"].status is Status.BROKEN, items["O6"].reason


def test_a_page_that_copies_the_criteria_holds_none_of_them(catalog):
    """Holdout 15: "การสร้างวัฒนธรรม No Gift Policy / องค์ประกอบ: ๑) กิจกรรม… ๒) การประชุม…" names
    every element of the item and shows no activity (it passed)."""
    url = "http://t.go.th/nogift-culture"
    copied = page(
        url,
        title="การสร้างวัฒนธรรม No Gift Policy",
        headings=["การสร้างวัฒนธรรม No Gift Policy"],
        text="การสร้างวัฒนธรรม No Gift Policy องค์ประกอบ: ๑) มีการดำเนินกิจกรรมหรือการประชุม ที่แสดงถึงการสร้าง"
        "วัฒนธรรมองค์กร No Gift Policy ๒) เป็นการดำเนินการในปี พ.ศ. ๒๕๖๗ ภาพกิจกรรม การประชุม ผู้บริหาร",
    )
    items, _ = scan(catalog, [ita_page(link(url, "O32 การสร้างวัฒนธรรม No Gift Policy")), copied])
    assert items["O32"].status is not Status.PASS, items["O32"].reason


def test_a_page_whose_first_words_name_what_the_item_excludes_is_not_the_item(catalog):
    """Holdout 14: "ข้อมูลเชิงสถิติ ประจำปีงบประมาณ ๒๕๖๗ / สถิติผู้เข้าชมเว็บไซต์ จำนวน (ครั้ง) …" under
    the service-statistics row is a visitor counter (it passed)."""
    url = "http://t.go.th/ita/view.php?id=216"
    counter = page(
        url,
        title="ข้อมูลเชิงสถิติการให้บริการ",
        headings=["ข้อมูลเชิงสถิติการให้บริการ"],
        text="ข้อมูลเชิงสถิติ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สถิติผู้เข้าชมเว็บไซต์ จำนวน (ครั้ง) วันนี้ ๔๗ เมื่อวาน ๖๑"
        " ปีงบประมาณ ๒๕๖๗ (ต.ค. ๖๖ – มี.ค. ๖๗) ๑๑,๓๔๘ ทั้งหมด ๑๘๔,๒๒๐",
    )
    items, _ = scan(catalog, [ita_page(link(url, "O16 ข้อมูลเชิงสถิติการให้บริการ")), counter])
    assert items["O16"].status is not Status.PASS, items["O16"].reason


ESERVICE_TEXT = (
    "E-Service ขอรับบริการออนไลน์ ท่านสามารถขอรับบริการได้ โดยติดต่อหน่วยงานผู้รับผิดชอบตามหมายเลขด้านล่าง "
    "ขออนุญาตก่อสร้างอาคาร กองช่าง 0-7541-2345 ต่อ 130 ชำระภาษีป้าย กองคลัง 0-7541-2345 ต่อ 121"
)


@pytest.mark.parametrize(
    ("forms", "links", "status"),
    [
        (0, [], Status.MISSING),  # holdout 18: phone numbers under "E-Service" take no request
        # a partner agency's banner in the template is not the agency's service
        (0, [link("https://www.dla.go.th/", "กรมส่งเสริมการปกครองท้องถิ่น")], Status.MISSING),
        (0, [link("/files/คำร้องขออนุญาตก่อสร้าง.pdf", "ยื่นคำร้องขออนุญาตก่อสร้าง (ดาวน์โหลด)")], Status.MISSING),
        (1, [], Status.PASS),  # the page's own request form
        (0, [link("/eservice/request.php?type=2", "ยื่นคำร้องขอรับถังขยะ")], Status.PASS),
        (0, [link("https://eservice.example.org/khuan", "ระบบขอรับบริการออนไลน์")], Status.PASS),
    ],
)
def test_an_online_service_is_a_page_that_takes_requests(catalog, forms, links, status):
    own = ESERVICE_TEXT + " " + " ".join(li.text for li in links if "dla.go.th" not in li.url)
    eservice = page("http://t.go.th/e-service", title="E-Service", text=own, links=links, forms=forms)
    # a paper form to print is fetched and read like any other document; it takes no request
    blank_forms = [
        document(str(li.url), name="คำร้องขออนุญาตก่อสร้าง.pdf", text="แบบคำร้องขออนุญาตก่อสร้างอาคาร ชื่อผู้ขอ ........")
        for li in links
        if str(li.url).endswith(".pdf")
    ]
    items, _ = scan(catalog, [ita_page(link("http://t.go.th/e-service", "O18 E-Service")), eservice], blank_forms)
    assert items["O18"].status is status, items["O18"].reason


def test_a_link_to_the_naccs_hotline_is_not_the_agencys_own_complaint_channel(catalog):
    """Blind holdout 25: the O28 row's page links the NACC's complaint page; an online channel of
    another agency is not the agency's own (any other site would be)."""
    nacc = "https://www.nacc.go.th/complaint"
    own = "https://complaint.t.go.th/corruption"
    row = "O28 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"
    items, _ = scan(catalog, [ita_page(link(nacc, "แจ้งเบาะแสการทุจริต", row=row))], externals=[external(nacc, None)])
    assert items["O28"].status is Status.INCOMPLETE, items["O28"].reason
    assert "หน่วยงานอื่น" in items["O28"].evidence[0].note
    items, _ = scan(catalog, [ita_page(link(own, "แจ้งเบาะแสการทุจริต", row=row))], externals=[external(own, None)])
    assert items["O28"].status is Status.PASS, items["O28"].reason


def test_the_provincial_naccs_call_to_publicise_its_hotline_is_not_the_agencys_channel(catalog):
    """Blind holdout 25: a news post "สำนักงาน ป.ป.ช. ประจำจังหวัด… ขอความร่วมมือประชาสัมพันธ์ช่องทาง
    แจ้งเบาะแสการทุจริต" is the NACC's channel forwarded, not the municipality's."""
    news = "http://t.go.th/th/news/nacc-province"
    title = "สำนักงาน ป.ป.ช. ประจำจังหวัดฉะเชิงเทรา ขอความร่วมมือประชาสัมพันธ์ช่องทางแจ้งเบาะแสการทุจริต"
    post = page(
        news,
        title=f"{title} | เทศบาลตำบลคลองตะเคียนงาม",
        headings=[title],
        text="ประชาชนสามารถแจ้งเบาะแสการทุจริตได้ที่สายด่วน ป.ป.ช. ๑โ๐๕ หรือเว็บไซต์ของสำนักงาน " * 3,
    )
    listing = page("http://t.go.th/th/news", title="ข่าวประชาสัมพันธ์", links=[link(news, title)])
    items, _ = scan(catalog, [listing, post])
    assert items["O28"].status is not Status.PASS, items["O28"].reason


KHOK = "องค์การบริหารส่วนตำบลโคกเครือ"
COMPLAINT_MANUAL = (
    "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\n{agency}\n"
    "ช่องทางการร้องเรียน ยื่นเรื่องด้วยตนเอง ทางไปรษณีย์ หรือทางเว็บไซต์\n"
    "กระบวนการดำเนินงาน ๑. รับเรื่อง ๒. ตรวจสอบข้อเท็จจริง ๓. แจ้งผล\n"
    "หน่วยงานที่รับผิดชอบ สำนักปลัด ศูนย์รับเรื่องร้องเรียน ดำเนินการภายใน ๑๕ วัน\n"
)


def _home(name: str):
    return page(HOME, title=f"{name} อำเภอยางตลาด จังหวัดกาฬสินธุ์", headings=[name], via="start")


@pytest.mark.parametrize(
    ("agency", "expected"),
    [
        (KHOK, Status.PASS),
        ("องค์การบริหารส่วนตำบลนาเชือก อำเภอยางตลาด", Status.MISSING),
        ("สำนักงาน ป.ป.ช.", Status.MISSING),
    ],
)
def test_another_agencys_document_is_not_the_agencys(catalog, agency, expected):
    """Blind holdouts 27-30: a neighbour's complaint manual, the NACC's handbook, linked under
    the item's row: another agency heads it and the site's own name is nowhere in it."""
    manual = "http://t.go.th/uploads/manual.pdf"
    row = "O27 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"
    ita = ita_page(link(manual, "คู่มือการจัดการเรื่องร้องเรียน", row=row))
    items, _ = scan(catalog, [_home(KHOK), ita], [document(manual, text=COMPLAINT_MANUAL.format(agency=agency))])
    assert items["O27"].status is expected, items["O27"].reason


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖", Status.PASS),
        ("๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖", Status.INCOMPLETE),
        (
            "๑ ตุลาคม ๒๕๖๕ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๖\n"
            "หมายเหตุ ผลการจัดซื้อจัดจ้างในช่วงเดือนเมษายน – กันยายน ๒๕๖๖ จะรายงานเพิ่มเติมในภายหลัง",
            Status.INCOMPLETE,
        ),
    ],
)
def test_an_annual_report_must_cover_the_whole_year(catalog, period, expected):
    """Blind holdouts 27-30: "รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๖" whose table covers
    six months is a half-year report under an annual title.  Blind holdout 46: the months it
    says it will report later ("…เมษายน – กันยายน … จะรายงานเพิ่มเติมในภายหลัง") are not covered."""
    report = "http://t.go.th/uploads/proc-2566.pdf"
    text = (
        f"รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\n{KHOK}\n"
        f"ระหว่างวันที่ {period}\nสรุปรายการจัดซื้อจัดจ้าง จำนวนโครงการ ๔๒ โครงการ งบประมาณ ๑๒,๔๕๐,๐๐๐ บาท\n"
        "ปัญหาอุปสรรค ผู้ค้าน้อยราย ข้อเสนอแนะ ควรวางแผนล่วงหน้า\n"
    )
    row = "O22 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี"
    ita = ita_page(link(report, "รายงานผลการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๖", row=row))
    items, _ = scan(catalog, [_home(KHOK), ita], [document(report, text=text)])
    assert items["O22"].status is expected, items["O22"].reason


def test_an_items_own_page_introduces_the_news_post_it_lists(catalog):
    """Blind holdout 30: the page "O35 การมีส่วนร่วมของผู้บริหาร" lists one news post whose title
    names no word of the item (and the executives item's "ผู้บริหาร"): the post is the evidence."""
    news = "http://t.go.th/news/view.php?id=1222"
    title = "นายกเทศมนตรีนำคณะผู้บริหารและพนักงาน ร่วมกิจกรรมปลูกป่าชายเลนเฉลิมพระเกียรติ"
    text = f"{title} ๑๕ มกราคม ๒๕๖๕ นายกเทศมนตรีนำคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ร่วมกิจกรรม " * 3
    post = page(news, title=title, headings=[title], text=text)
    item_page = page(
        "http://t.go.th/ita/2565/o35.html",
        title="O35 การมีส่วนร่วมของผู้บริหาร",
        headings=["O35 การมีส่วนร่วมของผู้บริหาร"],
        text=title,
        links=[link(news, title)],
    )
    ita = page(
        "http://t.go.th/ita/2565/",
        title="ITA 2565",
        headings=["ITA 2565"],
        links=[link("http://t.go.th/ita/2565/o35.html", "O35 การมีส่วนร่วมของผู้บริหาร")],
    )
    items, _ = scan(catalog, [ita, item_page, post], year=2565)
    assert items["O35"].status is Status.PASS, items["O35"].reason
    assert items["O35"].url == news


def test_a_weaker_name_is_judged_when_the_best_named_page_holds_nothing_of_the_item(catalog):
    """World seed 18: the menu's "ประมวลผลจริยธรรมและการขับเคลื่อนจริยธรรม" (two items in one
    name) opens a post with only the code of ethics; the ethics-drive file of FY 2566 sits under
    the group's name "การเสริมสร้างมาตรฐานทางจริยธรรม".  That file is judged: stale, not missing."""
    post = "http://t.go.th/list/485"
    code = "http://t.go.th/uploads/ประมวลจริยธรรม พนักงาน.docx"
    drive = "http://t.go.th/uploads/ethics_drive_2566.pdf"
    both = "ประมวลผลจริยธรรมและการขับเคลื่อนจริยธรรม"
    home = page(
        HOME,
        title="องค์การบริหารส่วนตำบลโคกสูง",
        links=[
            link(post, both, menu=["ศูนย์ข้อมูลข่าวสาร"]),
            link(drive, "การเสริมสร้างมาตรฐานทางจริยธรรม", menu=["ศูนย์ข้อมูลข่าวสาร"]),
        ],
    )
    listing = page(
        post,
        title=both,
        headings=[both],
        text="ประมวลจริยธรรมพนักงานส่วนท้องถิ่น โพสต์เมื่อ ๒ เม.ย. ๖๗",
        links=[link(code, "ประมวลจริยธรรมพนักงานส่วนท้องถิ่น")],
    )
    text = (
        "การขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนตำบลโคกสูง\n"
        "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม แนวทางปฏิบัติ Do & Don't\n"
        "โครงการอบรมคุณธรรมจริยธรรมพนักงาน วันที่ 12 มีนาคม 2566 ผู้เข้าร่วม 40 คน\n"
    )
    items, _ = scan(
        catalog, [home, listing], [document(code, text="ประมวลจริยธรรมของพนักงานส่วนตำบล"), document(drive, text=text)]
    )
    assert items["O40"].status is Status.STALE, items["O40"].reason
    assert items["O40"].url == drive


def test_a_six_month_report_under_the_annual_title_is_part_of_the_year(catalog):
    """Blind holdout 34: "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ 2565" opens a report
    of ๑ ต.ค. ๖๔ – ๓๑ มี.ค. ๖๕ that names a training planned for ก.ค.: July is an event in it,
    not a month it covers.  (Its title cites the HR plan it follows: "…ตามแผนพัฒนาบุคลากร".)"""
    report = "http://t.go.th/download.php?file_id=30"
    text = (
        "รายงานผลการดำเนินงานตามแผนพัฒนา\nบุคลากร\nประจำปี งบประมาณ พ.ศ. ๒๕๖๕ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๔ \n"
        "– ๓๑ มีนาคม ๒๕๖๕)\nเทศบาลเมืองศรีสำราญ\n๑. ผลการดำเนินงานตามแผน\n"
        "อบรมคุณธรรมจริยธรรมบุคลากร ยังไม่ดำเนินการ (กำหนดจัด ก.ค. ๒๕๖๕)\n"
        "ส่งบุคลากรเข้ารับการฝึกอบรมตามสายงาน ส่งอบรมแล้ว ๑๔ ราย\n๒. ข้อมูลสถิติบุคลากร พนักงานเทศบาล ๗๒ คน\n"
    )
    label = "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ 2565"
    ita = page(
        "http://t.go.th/ita66", title="ITA 2566", headings=["ITA 2566"], links=[link(report, label, row=f"O26 {label}")]
    )
    items, _ = scan(catalog, [ita], [document(report, text=text)], year=2566)
    assert items["O26"].status is Status.INCOMPLETE, items["O26"].reason
    assert "ทั้งปีงบประมาณ" in items["O26"].reason


def test_a_cms_counter_is_no_statistic(catalog):
    """Blind holdout 32: a K2 item "สถิติการให้บริการ ปี ๒๕๖๖" introduces its spreadsheet of one
    quarter; its "(ดาวน์โหลด ๑๗ ครั้ง)" and "อ่าน 137 ครั้ง" are the CMS's counters, so the page
    is no statistics of its own and the quarter alone is judged: incomplete."""
    post = "http://t.go.th/index.php?option=com_k2&view=item&id=17"
    sheet = "http://t.go.th/index.php?option=com_k2&view=item&task=download&id=55"
    title = "ข้อมูลเชิงสถิติการให้บริการ ปีงบประมาณ ๒๕๖๖"
    k2 = page(
        post,
        title=title,
        headings=[title],
        text=f"{title} เขียนโดย Administrator สถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ "
        "ดาวน์โหลดไฟล์แนบ สถิติการให้บริการ 2566.xlsx (ดาวน์โหลด ๑๗ ครั้ง) เผยแพร่ใน รายงาน อ่าน 137 ครั้ง",
        links=[link(sheet, "สถิติการให้บริการ 2566.xlsx")],
    )
    text = (
        "[สถิติ ไตรมาส 1]\nข้อมูลสถิติการให้บริการ เทศบาลตำบลดอนหันใต้ ปีงบประมาณ พ.ศ. 2566\n"
        "ไตรมาสที่ 1 (ตุลาคม – ธันวาคม 2565)\nที่ | งานบริการ | ต.ค. 65 | พ.ย. 65 | ธ.ค. 65 | รวม\n"
        "1 | รับชำระภาษีที่ดินและสิ่งปลูกสร้าง | 12 | 18 | 25 | 55\n"
    )
    ita = page(
        "http://t.go.th/ita66", title="ITA 2566", headings=["ITA 2566"], links=[link(post, "สถิติการให้บริการ ปี ๒๕๖๖")]
    )
    items, _ = scan(catalog, [ita, k2], [document(sheet, text=text, doc_type="xlsx", name="x.xlsx")], year=2566)
    assert items["O16"].status is Status.INCOMPLETE, items["O16"].reason


def test_a_services_front_page_in_a_sidebar_is_no_evidence(catalog):
    """Blind holdout 32: the sidebar's "ระบบจัดซื้อจัดจ้างภาครัฐ e-GP" (the system's front page) under
    a post "แผนพัฒนาท้องถิ่น…" was taken for the procurement plan, and, unreadable, made it review."""
    post = "http://t.go.th/index.php?option=com_k2&view=item&id=19"
    plan = "http://t.go.th/images/procure/plan66.pdf"
    egp = "https://www.gprocurement.go.th/"
    title = "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    k2 = page(
        post,
        title=title,
        headings=[title],
        text=f"{title} ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง",
        links=[link(plan, "แผนการจัดซื้อจัดจ้าง 66"), link(egp, "ระบบจัดซื้อจัดจ้างภาครัฐ e-GP", heading=title)],
    )
    text = "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕\nเทศบาลตำบลดอนหันใต้\nลงวันที่ ๒๒ ตุลาคม ๒๕๖๔"
    ita = page("http://t.go.th/ita66", title="ITA 2566", headings=["ITA 2566"], links=[link(post, f"O19 {title}")])
    items, _ = scan(catalog, [ita, k2], [document(plan, text=text)], [external(egp, "egp")], year=2566)
    assert items["O19"].status is Status.STALE, items["O19"].reason
    assert egp not in [ref.url for ref in items["O19"].evidence]


def test_a_post_that_shows_the_document_as_a_picture_is_for_a_person_to_look_at(catalog):
    """Blind holdout 32: the satisfaction survey is a K2 post of that name whose only content is an
    infographic: review (look at the picture), not missing."""
    post = "http://t.go.th/index.php?option=com_k2&view=item&id=18"
    k2 = page(
        post, title="ผลการสำรวจความพึงพอใจ", headings=["ผลการสำรวจความพึงพอใจ"], text="เขียนโดย Administrator", images=1
    )
    ita = page(
        "http://t.go.th/ita66", title="ITA 2566", headings=["ITA 2566"], links=[link(post, "ผลการสำรวจความพึงพอใจ")]
    )
    items, _ = scan(catalog, [ita, k2], year=2566)
    assert items["O17"].status is Status.REVIEW, items["O17"].reason


def test_a_laws_item_page_lists_the_laws_it_links(catalog):
    """Blind holdout 31: "O6 กฏหมายที่เกี่ยวข้อง" names six Acts, each a link to the Council of State:
    the names are the page's content, not links on to the evidence."""
    acts = [
        "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ และที่แก้ไขเพิ่มเติม",
        "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐",
        "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐",
    ]
    links_ = [link(f"https://www.krisdika.go.th/librarian/get?sysid={i}&ext=pdf", act) for i, act in enumerate(acts)]
    laws = page(
        "http://t.go.th/ita-2567/o6",
        title="O6 กฏหมายที่เกี่ยวข้อง",
        headings=["O6 กฏหมายที่เกี่ยวข้อง"],
        text=" ".join(acts),
        links=links_,
    )
    ita = page(
        "http://t.go.th/ita-2567",
        title=ITA,
        headings=[ITA],
        links=[link("http://t.go.th/ita-2567/o6", "O6 กฏหมายที่เกี่ยวข้อง")],
    )
    items, _ = scan(catalog, [ita, laws], externals=[external(u.url, None) for u in links_])
    assert items["O6"].status is Status.PASS, items["O6"].reason


def test_a_plan_linked_as_the_actions_taken_is_not_them(catalog):
    """Blind holdout 40: "การดำเนินการเพื่อจัดการความเสี่ยง" opens the anti-corruption plan 2566–2570,
    in force in 2566 and full of projects: a plan is not what was done."""
    plan = "http://t.go.th/files/anticorruption-plan.pdf"
    text = (
        "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐)\nเทศบาลตำบลนาดีวงศ์\n"
        "มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต โครงการอบรมคุณธรรม งบประมาณ ๒๐,๐๐๐ บาท\n"
        "มาตรการจัดการความเสี่ยงการทุจริต กิจกรรมตรวจสอบการใช้รถราชการ\n"
    )
    row = "O35 การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ"
    ita = page(
        "http://t.go.th/ita66",
        title="ITA 2566",
        headings=["ITA 2566"],
        links=[link(plan, "การดำเนินการเพื่อจัดการความเสี่ยง", row=row)],
    )
    items, _ = scan(catalog, [ita], [document(plan, text=text)], year=2566)
    assert items["O35"].status is Status.MISSING, items["O35"].reason


def test_a_page_that_says_when_it_will_publish_is_a_placeholder(catalog):
    """Blind holdout 37: "อยู่ระหว่างดำเนินการ / เทศบาลนคร…จะเผยแพร่รายงาน… เมื่อดำเนินการแล้วเสร็จ"."""
    item_page = "http://t.go.th/ita-2567/o33.html"
    text = (
        "อยู่ระหว่างดำเนินการ เทศบาลนครสีมาธานีจะเผยแพร่รายงานผลการดำเนินการตามนโยบาย No Gift Policy "
        "รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เมื่อดำเนินการแล้วเสร็จ"
    )
    o33 = page(
        item_page,
        title="O33 รายงานผลตามนโยบาย No Gift Policy",
        headings=["O33 รายงานผลตามนโยบาย No Gift Policy"],
        text=text,
    )
    items, _ = scan(catalog, [ita_page(link(item_page, "รายงานผลตามนโยบาย No Gift Policy รอบ ๖ เดือน")), o33])
    assert items["O33"].status is Status.BROKEN, items["O33"].reason


def test_a_structure_page_that_cites_the_manpower_plan_is_the_structure(catalog):
    """Blind holdout 41: "โครงสร้างส่วนราชการ… (แผนอัตรากำลัง ๓ ปี พ.ศ. ๒๕๖๗–๒๕๖๙)" opens with the
    structure; the manpower plan it follows is cited, not what the page is."""
    structure = "http://t.go.th/oit.php?id=1"
    text = (
        "โครงสร้างส่วนราชการของเทศบาลเมืองนาโพธิ์ทอง ตามประกาศ (แผนอัตรากำลัง 3 ปี พ.ศ. 2567 – 2569) "
        "ฝ่ายการเมือง นายกเทศมนตรี รองนายกเทศมนตรี ฝ่ายข้าราชการประจำ ปลัดเทศบาล สำนักปลัดเทศบาล กองคลัง กองช่าง "
    )
    o1 = page(structure, title="O1 โครงสร้าง", headings=["O1 โครงสร้าง"], text=text)
    items, _ = scan(catalog, [ita_page(link(structure, "O1 โครงสร้าง")), o1])
    assert items["O1"].status is Status.PASS, items["O1"].reason


def test_a_weaker_name_is_followed_to_files_only(catalog):
    """World seed 17: the social-network item's only strong match is a share button; the e-service
    page "ระบบยื่นคำร้องออนไลน์", named for it only weakly, is another item's page: still missing."""
    share = "https://www.facebook.com/sharer/sharer.php?u=https://example"
    service = "http://t.go.th/index.php?option=com_content&view=article&id=938"
    home = page(
        HOME,
        title="องค์การบริหารส่วนตำบลโคกสูง",
        links=[link(share, "แชร์ไปยัง Facebook"), link(service, "ระบบยื่นคำร้องออนไลน์", menu=["บริการ"])],
    )
    e_service = page(
        service,
        title="ระบบยื่นคำร้องออนไลน์",
        headings=["ระบบยื่นคำร้องออนไลน์"],
        text="ยื่นคำร้องขอรับบริการออนไลน์ กรอกแบบฟอร์ม",
        forms=1,
        links=[link(share, "แชร์ไปยัง Facebook")],
    )
    items, _ = scan(catalog, [home, e_service], externals=[external(share, "facebook")])
    assert items["O9"].status is Status.MISSING, items["O9"].reason


def test_what_ocr_did_not_read_is_for_a_person_to_look_for(catalog):
    """Blind holdout 44: a scanned annual anti-corruption report whose year its label and OCR agree
    on; OCR broke its results table into single letters.  What the OCR text lacks may be in the
    image: review, not incomplete."""
    report = "http://t.go.th/fileupload/anticorruption-report-2565.pdf"
    text = (
        "รายงานผลการดำเนินการป้องกันการทุจริต\nประจำปีงบประมาณ พ.ศ. ๒๕๖๕\nกา\nร\nงบประมาณ ๑๓๐,๐๐๐ บาท\nปัญหาอุปสรรค\nข้อเสนอแนะ"
    )
    label = "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"
    ita = page(
        "http://t.go.th/ita66", title="ITA 2566", headings=["ITA 2566"], links=[link(report, label, row=f"O38 {label}")]
    )
    items, _ = scan(catalog, [ita], [document(report, text=text, method="ocr")], year=2566)
    assert items["O38"].status is Status.REVIEW, items["O38"].reason
    assert "ภาพสแกน" in items["O38"].reason


def test_an_outside_copy_of_a_file_the_site_serves_is_that_file(catalog):
    """Blind holdout 43: a WordPress post shows its report in Google's viewer, which names the
    production domain, beside a download button to the same path on the site itself."""
    own = "http://t.go.th/wp-content/uploads/2023/12/report-2566.pdf"
    outside = "https://www.t-prod.go.th/wp-content/uploads/2023/12/report-2566.pdf"
    post = page(
        "http://t.go.th/ita67/o13",
        title="O13 รายงานผลการดำเนินงานประจำปี",
        headings=["O13 รายงานผลการดำเนินงานประจำปี"],
        links=[
            link(outside, "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566", kind="iframe"),
            link(own, "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566 ดาวน์โหลดเอกสาร (PDF)"),
        ],
    )
    text = "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566\nผลการดำเนินงานตามแผน โครงการ 40 โครงการ งบประมาณ 12 ล้านบาท\n"
    items, _ = scan(
        catalog,
        [ita_page(link("http://t.go.th/ita67/o13", "O13 รายงานผลการดำเนินงานประจำปี")), post],
        [document(own, text=text * 3)],
        [external(outside, None)],
    )
    assert items["O13"].status is Status.INCOMPLETE, items["O13"].reason  # not review for the copy
    assert all("t-prod" not in ref.url for ref in items["O13"].evidence)


def test_a_link_to_the_agencys_facebook_page_is_the_social_item_whatever_its_footer_line_says(catalog):
    """Blind holdout 62: "เพจ อบต.โนนแดงน้อย" beside a Facebook icon, in a footer line that also
    links the PDPA policy, was the PDPA item's evidence (review) and the social item missing."""
    fb = "https://www.facebook.com/nondaengnoi.sao"
    line = "โทรศัพท์ ๐-๔๓๗๙-๑๒๓๔ | นโยบายคุ้มครองข้อมูลส่วนบุคคล | เพจ อบต.โนนแดงน้อย"
    home = page(
        HOME,
        title="อบต.โนนแดงน้อย",
        via="start",
        links=[link("/page.php?id=21", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", row=line), link(fb, "เพจ อบต.โนนแดงน้อย", row=line)],
    )
    policy = page("http://t.go.th/page.php?id=21", title="นโยบายคุ้มครองข้อมูลส่วนบุคคล", text="อยู่ระหว่างปรับปรุงข้อมูล")
    items, _ = scan(catalog, [home, policy], externals=[external(fb, "facebook")], year=2566)
    assert items["O9"].status is Status.PASS and items["O9"].url == fb
    assert items["O10"].status is Status.BROKEN  # its own page, not the Facebook link


def test_the_permanent_branch_on_a_page_of_its_own_completes_the_executives_item(catalog):
    """Blind holdouts 62 and 63: "๐๒ ข้อมูลผู้บริหาร | • คณะผู้บริหาร (ฝ่ายการเมือง) • หัวหน้าส่วนราชการ
    (ฝ่ายประจำ)": the second page holds the permanent branch; it was never judged (incomplete)."""
    row = "๐๒ ข้อมูลผู้บริหาร • คณะผู้บริหาร (ฝ่ายการเมือง) • หัวหน้าส่วนราชการ (ฝ่ายประจำ)"
    ita = ita_page(
        link("/about/executives.html", "คณะผู้บริหาร (ฝ่ายการเมือง)", row=row),
        link("/about/officials.html", "หัวหน้าส่วนราชการ (ฝ่ายประจำ)", row=row),
    )
    people = "นายสมชาย ใจดี นายกเทศมนตรี โทร 081-234-5678 นายสมศักดิ์ รักดี รองนายกเทศมนตรี โทร 081-234-5679 ภาพถ่าย"
    executives = page("http://t.go.th/about/executives.html", title="คณะผู้บริหาร", text=people, images=2)
    staff = "นางสาวสุดา มีสุข ปลัดเทศบาล โทร 089-111-2222 นายวิชัย ศรีสุข ผู้อำนวยการกองคลัง โทร 089-111-3333 ภาพถ่าย"
    officials = page("http://t.go.th/about/officials.html", title="หัวหน้าส่วนราชการ", text=staff, images=2)
    items, _ = scan(catalog, [ita, executives, officials])
    assert items["O2"].status is Status.PASS, items["O2"].reason


def test_what_a_scans_title_says_it_is_counts_with_the_other_evidence(catalog):
    """Blind holdout 61: a scanned team order (its title names it and its year), a Do & Don't
    sheet and a training post make the ethics item; the scan's unread text made it review."""
    order, sheet, training = "http://t.go.th/f/IMG_0001.pdf", "http://t.go.th/f/dodont.pdf", "http://t.go.th/news/243"
    ita = ita_page(
        link(order, "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ปีงบประมาณ ๒๕๖๗", row="O40 การขับเคลื่อนจริยธรรม"),
        link(sheet, "แนวปฏิบัติ Do & Don't", row="O40 การขับเคลื่อนจริยธรรม"),
        link(training, "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร ประจำปีงบประมาณ ๒๕๖๗", row="O40 การขับเคลื่อนจริยธรรม"),
    )
    post = page(
        training,
        title="โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร",
        text="เมื่อวันที่ ๒๕ มกราคม ๒๕๖๗ เทศบาลจัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร ณ ห้องประชุม " * 2,
        images=3,
    )
    docs = [
        document(order, text="ที่ ๑๕/๒๕๖๗ เรื่อง แต่ง ... ๒๕๖๗", method="ocr", name="IMG_0001.pdf"),
        document(
            sheet,
            text="แนวทางปฏิบัติ Do & Don't ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nสิ่งที่ควรทำ (Do) ... สิ่งที่ไม่ควรทำ (Don't) ...",
            name="dodont.pdf",
        ),
    ]
    items, _ = scan(catalog, [ita, post], docs)
    assert items["O40"].status is Status.PASS, items["O40"].reason
    # …and a team order is a team order: without the training post the item lacks the training
    # (blind holdouts 63 and 69: the ethics item's elements are documents apart)
    items, _ = scan(catalog, [ita_page(*ita.links[:2])], docs)
    assert items["O40"].status is Status.INCOMPLETE, items["O40"].reason
    assert items["O40"].missing_elements == ["การฝึกอบรมที่มีเนื้อหาด้านจริยธรรม"]


def test_a_post_listed_under_an_items_coded_heading_is_its_evidence_unless_it_is_a_decoy(catalog):
    """Blind holdout 64 (2564, one long OIT page): a news post listed under "O35 การมีส่วนร่วมของ
    ผู้บริหาร" was no item's (its title has O2's word "ผู้บริหาร"); the council's meeting on the
    budget bill listed under "O18 แผนการใช้จ่ายงบประมาณประจำปี" is not the plan."""
    oit = "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"
    post, meeting = "http://t.go.th/news/view.php?id=219", "http://t.go.th/news/view.php?id=198"
    title = "นายก อบต. นำคณะผู้บริหารและพนักงานร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล"
    bill = "การประชุมสภา สมัยสามัญ สมัยที่ ๓ พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๔"
    ita = page(
        "http://t.go.th/ita/oit2564.html",
        title=oit,
        headings=[oit],
        links=[
            link(post, title, heading="O35 การมีส่วนร่วมของผู้บริหาร"),
            link(meeting, bill, heading="O18 แผนการใช้จ่ายงบประมาณประจำปี"),
        ],
    )
    news = page(post, title=title, text=f"เมื่อวันที่ ๙ ธันวาคม ๒๕๖๓ {title} และประชุมคณะทำงานป้องกันการทุจริต ครั้งที่ ๑/๒๕๖๔ " * 2)
    council = page(meeting, title=bill, text=f"{bill} วันที่ ๑๕ สิงหาคม ๒๕๖๓ งบประมาณ ๓๑,๒๕๐,๐๐๐ บาท " * 2)
    items, _ = scan(catalog, [ita, news, council], year=2564)
    assert items["O35"].status is Status.PASS, items["O35"].reason
    assert items["O18"].status is Status.MISSING, items["O18"].reason


def test_a_page_linked_for_two_items_is_the_one_its_title_names(catalog):
    """Blind holdout 66: the O3 card opened the page headed "O2 ข้อมูลผู้บริหาร" (a copy-paste slip);
    the executives' page is not an incomplete authority page: O3 is missing."""
    executives = "http://t.go.th/detail.php?cid=202"
    ita = ita_page(link(executives, "O2 ข้อมูลผู้บริหาร"), link(executives, "O3 อำนาจหน้าที่"))
    people = "นายสมชาย ใจดี นายกองค์การบริหารส่วนตำบล โทร 081-234-5678 ภาพถ่าย " * 3
    detail = page(executives, title="O2 ข้อมูลผู้บริหาร", headings=["O2 ข้อมูลผู้บริหาร"], text=people, images=2)
    items, _ = scan(catalog, [ita, detail])
    assert items["O3"].status is Status.MISSING, items["O3"].reason
    assert "O2" in items["O3"].reason


def test_a_page_whose_words_besides_a_menu_say_only_that_it_is_being_updated_is_broken(catalog):
    """Blind holdout 71: an item's page with the ITA section's menu down its side and only
    "อยู่ระหว่างปรับปรุงข้อมูล" of its own was review ("no year found")."""
    menu = [
        "9.1 ข้อมูลพื้นฐาน",
        "9.2 การบริหารงาน",
        "9.3 การจัดซื้อจัดจ้าง",
        "9.4 การบริหารและพัฒนาทรัพยากรบุคคล",
        "9.5 การส่งเสริมความโปร่งใส",
        "10.1 การดำเนินการเพื่อป้องกันการทุจริต",
        "10.2 มาตรการภายในเพื่อป้องกันการทุจริต",
    ]
    address = "http://t.go.th/ita/2567/o35-risk-action.html"
    title = "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ"
    item_page = page(
        address,
        title=title,
        headings=[title],
        text=f"ITA ปีงบประมาณ ๒๕๖๗ {' '.join(menu)} « กลับหน้ารวม ITA 2567 {title} อยู่ระหว่างปรับปรุงข้อมูล",
        links=[link(f"/ita/2567/{n}.html", words) for n, words in enumerate(menu)],
    )
    items, _ = scan(catalog, [ita_page(link(address, f"O35 {title}")), item_page])
    assert items["O35"].status is Status.BROKEN, items["O35"].reason


@pytest.mark.parametrize(
    ("words", "status"),
    [("แบบฟอร์มร้องเรียน/ร้องทุกข์ ออนไลน์", Status.INCOMPLETE), ("แจ้งเรื่องร้องเรียนการทุจริตออนไลน์", Status.PASS)],
)
def test_an_online_form_is_the_corruption_channel_only_when_its_link_says_so(catalog, words, status):
    """Blind holdout 70: the complaints page under O28 linked the general complaints form (roads,
    lights, rubbish and corruption in one): it passed as the separate corruption channel."""
    form, complaints = "https://forms.gle/abc", "http://t.go.th/complaint.html"
    hub = page(complaints, title="แจ้งเรื่องร้องเรียนการทุจริต", text="ช่องทางการร้องเรียน", links=[link(form, words)])
    ita = ita_page(link(complaints, "แจ้งเรื่องร้องเรียนการทุจริต", row="O28 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"))
    items, _ = scan(catalog, [ita, hub], externals=[external(form, "google_forms")])
    assert items["O28"].status is status, items["O28"].reason
