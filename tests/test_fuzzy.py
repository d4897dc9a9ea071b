"""Why the scorer is what it is: each test pins one reason given in crawler/thai/fuzzy.py."""

from __future__ import annotations

from rapidfuzz import fuzz, utils

from crawler.thai.fuzzy import similarity, thai_words
from crawler.thai.normalize import compact

PLAN = "แผนการใช้จ่ายงบประมาณประจำปี"
REPORT = "รายงานผลการใช้จ่ายงบประมาณประจำปี"


def test_rapidfuzz_default_processor_breaks_thai() -> None:
    # Vowel and tone marks are not alphanumeric to Python: the default processor blanks them.
    assert utils.default_process("ดำเนินงาน") == "ดำเน นงาน"
    assert utils.default_process("ประจำปี").strip() == "ประจำป"
    # ...so two different words become identical, which our path never does.
    assert utils.default_process("ที่") == utils.default_process("ท")
    assert similarity("ที่", "ท") < 80


def test_token_scorers_need_thai_word_segmentation() -> None:
    reordered = "ประจำปี แผนการใช้จ่ายงบประมาณ"
    raw = fuzz.token_set_ratio(PLAN, reordered, processor=None)
    segmented = fuzz.token_set_ratio(thai_words(PLAN), thai_words(reordered), processor=None)
    assert raw < 80 <= segmented == 100
    assert similarity(PLAN, reordered) >= 95


def test_title_inside_a_longer_link_text() -> None:
    link = "O18 แผนการใช้จ่ายงบประมาณประจำปี 2564 (ฉบับปรับปรุงครั้งที่ 1) ดาวน์โหลด"
    assert fuzz.ratio(compact(PLAN), compact(link), processor=None) < 70
    assert similarity(PLAN, link) == 100


def test_a_short_fragment_does_not_score_as_the_whole_title() -> None:
    # partial_ratio alone gives 100 for any substring; coverage scaling stops "แผน" matching every plan.
    assert fuzz.partial_ratio("แผน", compact(PLAN), processor=None) == 100
    assert similarity(PLAN, "แผน") < 50


def test_fuzzy_score_cannot_tell_a_plan_from_its_report() -> None:
    # The reason rules carry must / must-not gates: the wrong document scores in the 80s-90s.
    assert similarity(PLAN, REPORT) >= 80
    assert similarity("รายงานผลการดำเนินงานประจำปี", "รายงานผลการดำเนินงาน รอบ 6 เดือน") >= 75


def test_misspellings_and_variants_still_score_high() -> None:
    assert similarity("กฎหมายที่เกี่ยวข้อง", "กฏหมายที่เกี่ยวข้อง") >= 90
    assert similarity("E-Service", "E–SERVICE") == 100
    assert similarity("นโยบายการบริหารทรัพยากรบุคคล", "นโยบายการบริหาร ทรัพยากรบุคคล") == 100
    assert similarity("ข้อมูลผู้บริหาร", "ข่าวประชาสัมพันธ์") < 50
