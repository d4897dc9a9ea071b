"""The agency a text names (crawler.thai.agency)."""

from __future__ import annotations

import pytest

from crawler.thai.agency import local_names, other_agency, site_agency


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ประกาศองค์การบริหารส่วนตำบลควนโพธิ์ทอง เรื่อง เจตนารมณ์", ["ควนโพธิ์ทอง"]),
        ("องค์การบริหารส่วนตำบลโคกเครืออำเภอยางตลาด", ["โคกเครือ"]),
        ("อบต.นาเชือก อ.ยางตลาด", ["นาเชือก"]),
        ("ปลัดเทศบาลเมืองท่าช้างทอง", ["ท่าช้างทอง"]),
        ("เทศบาลนครขอนแก่น", ["ขอนแก่น"]),
        ("นายกองค์การบริหารส่วนตำบล ทุกแห่ง", []),
        ("พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗", []),
    ],
)
def test_local_names(text, names):
    assert local_names(text) == names


def test_other_agency_needs_the_sites_name_absent():
    own = site_agency(["องค์การบริหารส่วนตำบลโคกเครือ อำเภอยางตลาด", "อบต.โคกเครือ"])
    assert own == frozenset({"โคกเครือ"})
    assert other_agency("รายงานผล อบต.นาเชือก", "", "รายงานผล อบต.นาเชือก ปี ๒๕๖๖", own) == "นาเชือก"
    assert other_agency("คู่มือ สำนักงาน ป.ป.ช.", "", "คู่มือการประเมิน", own) == "สำนักงานป.ป.ช."
    # the site's name anywhere (a joint project, an OCR slip of one tone mark) makes it its own
    assert other_agency("อบต.นาเชือก", "", "ร่วมกับ อบต.โคกเครือ", own) is None
    assert other_agency("อบต.นาเชือก", "", "องค์การบริหารส่วนตำบลโคกเครีอ", own) is None
    assert other_agency("อบต.นาเชือก", "", "x", frozenset()) is None  # the site's agency unknown


def test_a_law_is_no_agencys_own_document():
    own = frozenset({"โคกเครือ"})
    law = "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒\nมาตรา ๑"
    assert other_agency(law, "", law, own) == "พระราชบัญญัติ"
    gazette = "เล่ม ๑๓๖ ตอนที่ ๖๙ ก ราชกิจจานุเบกษา ๒๗ พฤษภาคม ๒๕๖๒\nพระราชบัญญัติ\nคุ้มครองข้อมูลส่วนบุคคล"
    assert other_agency(gazette, "", gazette, own) == "ราชกิจจานุเบกษา"  # blind holdout 32
    policy = "ประกาศองค์การบริหารส่วนตำบลโคกเครือ\nเรื่อง นโยบายคุ้มครองข้อมูลส่วนบุคคล ตามพระราชบัญญัติ…"
    assert other_agency(policy, "", policy, own) is None


def test_the_provinces_and_the_districts_documents_are_another_bodys():
    """Blind holdout 31: the province's development plan linked beside the agency's own."""
    own = frozenset({"ห้วยทรายทอง"})
    plan = "แผนพัฒนาจังหวัดสระแก้ว\n(พ.ศ. ๒๕๖๖ – ๒๕๗๐) ฉบับทบทวน\nสำนักงานจังหวัดสระแก้ว"
    assert other_agency(plan, "", plan, own) == "แผนพัฒนาจังหวัด"
    letter = "ที่ สก ๐๐๒๓/ว ๑๒๓\nเรื่อง ขอความร่วมมือ"
    assert other_agency(letter, "(นายสมชาย ใจดี)\nผู้ว่าราชการจังหวัดสระแก้ว", letter, own) == "ผู้ว่าราชการจังหวัด"
    # the agency's own plan names its province in its address, and itself
    mine = "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐)\nองค์การบริหารส่วนตำบลห้วยทรายทอง อำเภอวัฒนานคร จังหวัดสระแก้ว"
    assert other_agency(mine, "", mine, own) is None
