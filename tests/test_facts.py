"""What the crawl's records say together: the site template a page's own text is read without."""

from __future__ import annotations

from crawler.resolve.facts import CrawlFacts
from tests.records import page

MENU = " ".join(f"แผนพัฒนาท้องถิ่น ปีงบประมาณ 2567 รายการที่ {n}" for n in range(12))  # a script-built menu


def facts_of(pages):
    return CrawlFacts.from_records(2567, pages, [], [], [])


def test_a_menu_that_a_minority_of_pages_start_with_is_template_too():
    """The pages a browser drew carry the menu a script built (world seed 10: its "ปีงบประมาณ
    2567" dated a news page of 2565); the site's other pages share a short header."""
    plain = [
        page(f"http://t.go.th/p{n}.php", text=f"หน้าแรก เกี่ยวกับเรา ติดต่อเรา ศูนย์ข้อมูลข่าวสาร {n} เนื้อหาของหน้า{n}")
        for n in range(8)
    ]
    posts = ["ภาษีที่ดิน", "วัคซีน", "ขยะ", "ประปา"]
    drawn = [page(f"http://t.go.th/d{n}.php", text=f"{MENU} {post} วันที่ 2022-08-09") for n, post in enumerate(posts)]
    facts = facts_of([*plain, *drawn])
    assert facts.own_text(drawn[0]) == "ภาษีที่ดิน วันที่ 2022-08-09"
    assert facts.own_text(plain[3]) == "3 เนื้อหาของหน้า3"


def test_a_short_start_shared_by_a_few_pages_is_their_content():
    """Four news posts beginning with the same words are not a template when most pages are not
    like them and what they share is shorter than a menu."""
    plain = [
        page(f"http://t.go.th/p{n}.php", text=f"หน้าแรก เกี่ยวกับเรา ติดต่อเรา ศูนย์ข้อมูลข่าวสาร {n} เนื้อหาของหน้า{n}")
        for n in range(8)
    ]
    news = [page(f"http://t.go.th/n{n}.php", text=f"ข่าวประชาสัมพันธ์ องค์การบริหารส่วนตำบลโคกสูง เรื่องที่ {n}") for n in range(4)]
    facts = facts_of([*plain, *news])
    assert facts.own_text(news[2]) == "ข่าวประชาสัมพันธ์ องค์การบริหารส่วนตำบลโคกสูง เรื่องที่ 2"


def test_templates_nest_a_side_box_under_the_banner_every_page_ends_with():
    """Holdout 9: every page ends with a cookie banner; above it, all pages but the home page
    carry a "เรื่องล่าสุด" box whose "ประจำปี ๒๕๖๗" dated every page, and made a page saying only
    "กำลังปรับปรุงข้อมูล..." look long."""
    banner = " เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาการให้บริการ อ่าน นโยบายคุ้มครองข้อมูลส่วนบุคคล ยอมรับ"
    recent = " เรื่องล่าสุด " + " ".join(
        f"ประชาสัมพันธ์ การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๗ ข่าวที่ {n} ๑๐ เม.ย. ๒๕๖๗" for n in range(5)
    )
    home = page("http://t.go.th/", text="หน้าแรก ข่าวเด่น ประชุมประชาคม" + banner)
    pages = [page(f"http://t.go.th/p{n}/", text=f"เนื้อหาของหน้าที่ {n} ผู้รับผิดชอบ {n}{recent}{banner}") for n in range(6)]
    placeholder = page("http://t.go.th/hr-progress/", text=f"ผลการดำเนินการ กำลังปรับปรุงข้อมูล...{recent}{banner}")
    facts = facts_of([home, *pages, placeholder])
    assert facts.own_text(placeholder) == "ผลการดำเนินการ กำลังปรับปรุงข้อมูล..."
    assert facts.own_text(pages[2]) == "เนื้อหาของหน้าที่ 2 ผู้รับผิดชอบ 2"
    assert facts.own_text(home) == "หน้าแรก ข่าวเด่น ประชุมประชาคม"
