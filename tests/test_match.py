"""Matching candidates to items, pure over records: the link words a listing adds."""

from __future__ import annotations

import pytest

from crawler.match.evidence import candidates_from_pages, is_pagination
from crawler.urls import file_stem
from tests.records import link, page


@pytest.mark.parametrize("text", ["1 2 3 ถัดไป »", "« ก่อนหน้า", "๑ ๒ ๓", "หน้าถัดไป", "next", "|<<", "หน้าสุดท้าย"])
def test_pagination_words(text):
    assert is_pagination(text)


@pytest.mark.parametrize("text", ["แผนดำเนินงาน 2567", "O11", "รายงาน 6 เดือน", "ข่าวถัดไป: ประชุมสภา", ""])
def test_not_pagination(text):
    assert not is_pagination(text)


def test_a_listings_page_numbers_are_not_candidates_but_a_numbered_file_is():
    address = "http://t.go.th/news.php"
    row = "แผนดำเนินงาน ประจำปี 2567 1 2 3"
    listing = page(
        address, title="ข่าว", links=[link(f"{address}?page=2", "2", row=row), link("/f/2.pdf", "2", row=row)]
    )
    found = candidates_from_pages([listing])
    assert [candidate.url for candidate in found if candidate.source == "link"] == ["http://t.go.th/f/2.pdf"]


def test_a_heading_that_links_elsewhere_is_not_what_the_page_is():
    archive = page(
        "http://t.go.th/archive.php",
        title="คลังข่าว",
        headings=["แผนดำเนินงาน ประจำปี 2567", "คลังข่าว"],
        links=[link("http://t.go.th/news/17", "แผนดำเนินงาน ประจำปี 2567")],
    )
    labels = [candidate.label for candidate in candidates_from_pages([archive]) if candidate.source == "page"]
    assert "แผนดำเนินงาน ประจำปี 2567" not in labels and "คลังข่าว" in labels


def test_a_coded_section_of_a_long_page_with_its_own_text_is_a_candidate():
    """One long OIT page of coded sections (blind holdout 6): "๐๓ อำนาจหน้าที่" over the
    authority's text is evidence; "O5 ข้อมูลการติดต่อ" over one line and a link is not; the
    section is placed after the heading's words in the menu above it."""
    authority = "องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบล มาตรา ๖๖ ๖๗ ๖๘ " * 6
    menu = "๐๓ อำนาจหน้าที่ O5 ข้อมูลการติดต่อ ข่าว กิจกรรม"
    text = (
        f"{menu} O2 ผู้บริหาร ดูหน้าผู้บริหาร ๐๓ อำนาจหน้าที่ {authority} O5 ข้อมูลการติดต่อ ที่อยู่ โทรศัพท์ คลิกที่นี่"
        " ข้อ ๖ กฎหมาย - O41 การประเมินจริยธรรม อยู่ระหว่างปรับปรุง"
    )
    oit = page(
        "http://t.go.th/oit.php",
        title="ข้อมูลสาธารณะ (OIT)",
        headings=["O2 ผู้บริหาร", "๐๓ อำนาจหน้าที่", "O5 ข้อมูลการติดต่อ", "ข้อ ๖ กฎหมาย", "O41 การประเมินจริยธรรม"],
        text=text,
        links=[link("http://t.go.th/contact.php", "คลิกที่นี่"), link("http://t.go.th/exec.php", "ดูหน้าผู้บริหาร")],
    )
    sections = {c.label: c.section for c in candidates_from_pages([oit]) if c.section}
    # (blind holdout 54: a section saying only "อยู่ระหว่างปรับปรุง" is the item's empty place)
    assert list(sections) == ["๐๓ อำนาจหน้าที่", "O41 การประเมินจริยธรรม"]
    assert sections["๐๓ อำนาจหน้าที่"] == " ".join(authority.split())


@pytest.mark.parametrize(
    ("url", "stem"),
    [
        ("http://t.go.th/up/แผนดำเนินงาน_2567.pdf", "แผนดำเนินงาน 2567"),
        ("http://t.go.th/up/1699864123.pdf", ""),
        ("http://t.go.th/up/file_123.pdf", ""),
        ("http://t.go.th/up/scan-0001.pdf", ""),
        ("http://t.go.th/up/3f2a9c0d1e4b5a6f7a8b.docx", ""),
    ],
)
def test_a_file_name_is_context_only_when_it_says_something(url, stem):
    assert file_stem(url) == stem


def _codes_of(catalog, links, year=2567):
    from crawler.match.evidence import match_items

    oit = page("http://t.go.th/oit", title="OIT", links=links)
    evidence = match_items(catalog.load(year), candidates_from_pages([oit]))
    return {str(m.candidate.url): code for code, entry in evidence.items() for m in entry.matches}


def test_a_cards_words_under_its_group_heading_name_the_item(catalog):
    """Blind holdout 18: a card "ผลการดำเนินการตามมาตรการ" in the group "มาตรการส่งเสริมคุณธรรมและ
    ความโปร่งใส" is the report on the measures (O43), though neither names it alone; under a
    heading about something else the same words name nothing, and a card the heading names by
    itself keeps its own item."""
    from dataclasses import replace

    group = "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567\nมาตรการส่งเสริมคุณธรรมและความโปร่งใส"

    def card(href, text, section):
        return replace(link(href, text, heading=text), section=f"{section}\n{text}")

    found = _codes_of(
        catalog,
        [
            card("/download.php?file=83", "ผลการดำเนินการตามมาตรการ", group),
            card("/download.php?file=82", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2567", group),
            card("/download.php?file=90", "ผลการดำเนินการตามมาตรการ", "ข่าวประชาสัมพันธ์"),
        ],
    )
    assert found.get("http://t.go.th/download.php?file=83") == "O43"
    assert found.get("http://t.go.th/download.php?file=82") == "O42"
    assert "http://t.go.th/download.php?file=90" not in found


def test_a_panel_heading_stating_an_items_whole_title_names_the_links_in_it(catalog):
    """Blind holdout 52: accordion panels headed by an item's whole title and no code; under
    "รายงานการกำกับติดตาม… รอบ ๖ เดือน" the link's own words ("รายงานผลการดำเนินการป้องกันการทุจริต")
    name the annual report, and "รายงานการดำเนินการตามมาตรการฯ" names nothing by itself.  A heading
    that is only a word of a title, or a group's heading, names no item."""
    from crawler.match.evidence import match_items

    panel40 = "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน"
    panel43 = "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    links = [
        link("/fileupload/report-2564.pdf", "รายงานผลการดำเนินการป้องกันการทุจริต", heading=panel40),
        link("/download.php?id=43", "รายงานการดำเนินการตามมาตรการฯ", heading=panel43),
        link("/download.php?id=44", "รายงานการดำเนินการตามมาตรการฯ", heading="มาตรการ"),
        # field folder 22: the footer's PDPA link after the last group, under the group's heading
        link(
            "/files/doc_0264.pdf",
            "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
            heading="ตัวชี้วัดย่อยที่ ๑๐.๒ มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
        ),
    ]
    oit = page("http://t.go.th/oit", title="OIT ๒๕๖๕", links=links)
    evidence = match_items(catalog.load(2565), candidates_from_pages([oit]))
    codes: dict[str, set[str]] = {}
    for code, entry in evidence.items():
        for m in entry.matches:
            codes.setdefault(str(m.candidate.url).rsplit("/", 1)[-1], set()).add(code)
    assert {"O40", "O41"} <= codes["report-2564.pdf"]
    assert codes["download.php?id=43"] == {"O43"}
    assert "download.php?id=44" not in codes
    assert "O42" not in codes.get("doc_0264.pdf", set())


def test_a_row_naming_an_item_by_code_and_whole_title_is_that_item(catalog):
    """Blind holdout 28: "O32 | การสร้างวัฒนธรรม No Gift Policy | รายงานกิจกรรมสร้างวัฒนธรรม No Gift
    Policy [ดาวน์โหลด]": the file's word "รายงาน" tells O33 from O32 in a title, not against the
    row's code and whole title.  A row that names the item by its code only stays O33's."""
    row = "O32 การสร้างวัฒนธรรม No Gift Policy - รายงานกิจกรรมสร้างวัฒนธรรม No Gift Policy ดาวน์โหลด"
    found = _codes_of(
        catalog,
        [
            link("/files/file_1232.pdf", "ดาวน์โหลด", row=row),
            link("/files/file_1233.pdf", "ดาวน์โหลด", row="O33 รายงานผลตามนโยบาย No Gift Policy ดาวน์โหลด"),
        ],
        year=2566,
    )
    assert found.get("http://t.go.th/files/file_1232.pdf") == "O32"
    assert found.get("http://t.go.th/files/file_1233.pdf") == "O33"
