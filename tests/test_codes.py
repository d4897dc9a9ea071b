"""Item-code detection, with the forms real sites and the seed reports use."""

from __future__ import annotations

import pytest

from crawler.thai.codes import find_item_codes, has_ita_context

FOUND = [
    ("O1 โครงสร้าง", None, ["O1"]),
    ("o01 โครงสร้าง", None, ["O1"]),
    ("O-34 การประเมินความเสี่ยง", None, ["O34"]),
    ("OIT 31", None, ["O31"]),
    ("oit14", None, ["O14"]),
    ("o10:คู่มือหรือแนวทาง", None, ["O10"]),
    ("o13_2.pdf", None, ["O13"]),
    ("/ITA/O27", None, ["O27"]),
    ("oit-3-อำนาจหนาท", None, ["O3"]),
    ("ข้อ O2 ข้อมูลผู้บริหาร", None, ["O2"]),
    ("ข้อ ๐๒ ข้อมูลผู้บริหาร", None, ["O2"]),  # seed 000
    ("ข้อ ๐๑๐ แผนดำเนินงาน", None, ["O10"]),  # seed 000: Thai zero stands for the letter O
    ("O๒๐ รายงานผลการใช้จ่ายงบประมาณประจำปี", None, ["O20"]),  # seed 002
    ("ksp-ita-05.php", None, ["O5"]),
    ("#ITA031", None, ["O31"]),
    ("ITA 2567 O12 รายงาน", None, ["O12"]),
    ("๐๑๐\tนโยบายคุ้มครองข้อมูลส่วนบุคคล", True, ["O10"]),  # seed 003 table code
    ("๐ ๑๒ รายงานผลการ ดำเนินงานประจำปี", True, ["O12"]),  # seed 002, spaced
    ("030 ช่องทางแจ้งเรื่องร้องเรียน", True, ["O30"]),  # digit zero typed for the letter
    ("029ประกาศหลักเกณฑ์.pdf", True, ["O29"]),
]


@pytest.mark.parametrize(("text", "context", "codes"), FOUND)
def test_codes_found(text: str, context: bool | None, codes: list[str]) -> None:
    assert [c.code for c in find_item_codes(text, max_code=43, ita_context=context)] == codes


NOT_FOUND = [
    ("MOIT1 หน่วยงานมีการกำหนดมาตรการ", True),  # health-ministry checklist
    ("MOIT 22", True),
    ("EB10", True),  # older scheme
    ("EB 1.1", True),
    ("ISO 9001", True),
    ("030 ช่องทางแจ้งเรื่องร้องเรียน", False),  # bare zero form needs an ITA context
    ("ข้อ 12 ของระเบียบกระทรวงมหาดไทย", True),  # a clause number, not an item
    ("oit2567", None),  # a year
    ("ITA2567", None),
    ("โทร 02-123-4567", True),
    ("ข้อมูล ณ วันที่ 01/10/2566", True),
    ("O50", None),  # no such item
    ("งบประมาณ 0.5 ล้านบาท", True),
]


@pytest.mark.parametrize(("text", "context"), NOT_FOUND)
def test_codes_rejected(text: str, context: bool | None) -> None:
    assert find_item_codes(text, max_code=43, ita_context=context) == []


def test_code_validity_depends_on_the_year() -> None:
    # 2569 has 26 items: O30 exists in 2566 but not in 2569.
    assert [c.code for c in find_item_codes("O30 การเปิดโอกาส", max_code=43)] == ["O30"]
    assert find_item_codes("O30 การเปิดโอกาส", max_code=26) == []


def test_ranges() -> None:
    (mention,) = find_item_codes("ข้อ ๐๒๕ - ๒๘ นโยบายการบริหารทรัพยากรบุคคล", max_code=43)
    assert mention.codes == ["O25", "O26", "O27", "O28"]
    (mention,) = find_item_codes("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน (o1 - o6)", max_code=43)
    assert mention.codes == ["O1", "O2", "O3", "O4", "O5", "O6"]
    # a range that runs backwards is not a range
    (mention,) = find_item_codes("O12 - 6 เดือน", max_code=43)
    assert mention.codes == ["O12"]


def test_context_is_read_from_the_text_when_not_given() -> None:
    assert has_ita_context("การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2567")
    assert has_ita_context("ITA 2566")
    assert not has_ita_context("ข่าวประชาสัมพันธ์ capital")
    assert [c.code for c in find_item_codes("ITA 2566: 030 ช่องทางแจ้งเรื่องร้องเรียน", max_code=43)] == ["O30"]


def test_seed000_headings(fixtures_dir) -> None:
    lines = [
        line
        for line in (fixtures_dir / "seed000_ita2564_list.txt").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    codes = [code for line in lines for m in find_item_codes(line, max_code=43) for code in m.codes]
    # Every heading yields its code; the seed skips O1, O3–O5, O7, O22 and O31.
    assert len(lines) == 26
    assert codes[:5] == ["O2", "O6", "O8", "O9", "O10"]
    assert "O43" in codes and "O25" in codes and "O28" in codes
    assert len(codes) == len(set(codes)) == 36
