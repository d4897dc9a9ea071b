"""Date extraction and fiscal-year windows, with strings from the seed reports and real sites."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.thai.dates import extract_dates
from crawler.thai.fiscal import (
    default_assessment_year,
    first_half_window,
    fiscal_year_of,
    fiscal_year_window,
    freshness_window,
    judge_freshness,
)


def one(text: str):
    mentions = extract_dates(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "fiscal_year", date(2022, 10, 1), date(2023, 9, 30)),
        ("ประจำปีงบประมาณ 2563", "fiscal_year", date(2019, 10, 1), date(2020, 9, 30)),  # seed 000
        ("ปีงบประมาณ 67", "fiscal_year", date(2023, 10, 1), date(2024, 9, 30)),
        ("ปีงบประมาณ ๖๗", "fiscal_year", date(2023, 10, 1), date(2024, 9, 30)),
        ("fiscal year 2024", "fiscal_year", date(2023, 10, 1), date(2024, 9, 30)),
        ("๑ ต.ค ๖๕ - ๓๑ มี.ค. ๖๖", "period", date(2022, 10, 1), date(2023, 3, 31)),  # seed 003 O12
        ("ต.ค. ๖๖ - มี.ค. ๖๗", "period", date(2023, 10, 1), date(2024, 3, 31)),
        ("ตุลาคม 2566 - มีนาคม 2567", "period", date(2023, 10, 1), date(2024, 3, 31)),
        ("ต.ค. - มี.ค. 2567", "period", date(2023, 10, 1), date(2024, 3, 31)),  # first year inferred
        ("1 ตุลาคม 2566 ถึง 31 มีนาคม 2567", "period", date(2023, 10, 1), date(2024, 3, 31)),
        ("ณ วันที่ 5 มีนาคม พ.ศ. 2568", "date", date(2025, 3, 5), date(2025, 3, 5)),
        ("ประกาศ ณ วันที่ ๑๕ ธ.ค. ๖๖", "date", date(2023, 12, 15), date(2023, 12, 15)),
        ("ข้อมูล ณ วันที่ 1/10/2566", "date", date(2023, 10, 1), date(2023, 10, 1)),
        ("เดือนมกราคม 2567", "month", date(2024, 1, 1), date(2024, 1, 31)),
        ("ประจำเดือน ก.พ. 67", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("กรกฏาคม 2566", "month", date(2023, 7, 1), date(2023, 7, 31)),  # common misspelling
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "year_range", date(2022, 10, 1), date(2027, 9, 30)),
        ("รายงาน ประจำปี 2563", "year", date(2019, 10, 1), date(2020, 9, 30)),  # seed 000 O41
        ("ค.ศ. 2023", "year", date(2022, 10, 1), date(2023, 9, 30)),
        ("วันที่ 2022-08-09", "date", date(2022, 8, 9), date(2022, 8, 9)),  # a CMS's stamp (world seed 10)
        ("โพสต์ 2567-03-15 10:20", "date", date(2024, 3, 15), date(2024, 3, 15)),
        # holdout 8: a PDF draws the dash after both years; "ถึง" joins a range as "–" does
        ("แผนพัฒนาบุคลากร ประจำปี งบประมาณ พ.ศ. ๒๕๖๔ ๒๕๖๖ –", "year_range", date(2020, 10, 1), date(2023, 9, 30)),
        ("ปีงบประมาณ ๒๕๖๔ ถึง ๒๕๖๖", "year_range", date(2020, 10, 1), date(2023, 9, 30)),
        # holdout 12: the span of the plan a report follows is cited, not the report's period
        (
            "รายงานผลตามแผนพัฒนาบุคลากร ๓ ปี (พ.ศ. ๒๕๖๗ – ๒๕๖๙) รอบ ๖ เดือน (ต.ค. ๖๖ – มี.ค. ๖๗)",
            "period",
            date(2023, 10, 1),
            date(2024, 3, 31),
        ),
    ],
)
def test_extract(text: str, kind: str, start: date, end: date) -> None:
    mention = one(text)
    assert (mention.kind, mention.start, mention.end) == (kind, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "งบประมาณ 2565 บาท",  # an amount
        "ข้อมูลเดือนตุลาคม - มีนาคม",  # no year at all
        "โทร 075-123456",
        "สมคบ",  # contains the letters of an abbreviation without its dots
        "ISBN 978-2024-01-99",
        "รหัส 1234-56-78",
        "โทร. ๐-๔๓๐๑-๒๔๖๘ อีเมล saraban@x.go.th",  # holdout 8: a phone number's last four digits
        "โทรศัพท์ 043-012566",
        "เป็นไปตามพ ระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. ๒๕๖๒",  # holdout 13: a PDF broke the word
    ],
)
def test_not_dates(text: str) -> None:
    assert extract_dates(text) == []


def test_impossible_day_falls_back_to_its_month() -> None:
    assert [m.kind for m in extract_dates("31 กุมภาพันธ์ 2567")] == ["month"]


def test_implausible_year_in_a_typo_range_is_dropped() -> None:
    # site-patterns.md: "๒๕๖๑ - ๓๕๖๓"; the second year cannot be right.
    years = [m.fiscal_years for m in extract_dates("๒๕๖๑ - ๓๕๖๓")]
    assert years == [(2561, 2561)]


def test_fiscal_arithmetic() -> None:
    assert fiscal_year_of(date(2023, 10, 1)) == 2567
    assert fiscal_year_of(date(2023, 9, 30)) == 2566
    assert fiscal_year_window(2566) == (date(2022, 10, 1), date(2023, 9, 30))
    assert first_half_window(2567) == (date(2023, 10, 1), date(2024, 3, 31))


def test_default_assessment_year() -> None:
    years = [2564, 2565, 2566, 2567, 2568, 2569]
    assert default_assessment_year(years, date(2026, 11, 21)) == 2569  # FY2570 has no rules yet
    assert default_assessment_year(years, date(2024, 3, 1)) == 2567
    assert default_assessment_year(years, date(2023, 10, 2)) == 2567
    assert default_assessment_year(years, date(2019, 1, 1)) is None


@pytest.mark.parametrize(
    ("freshness", "text", "verdict"),
    [
        ("current_fy", "แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567", "fresh"),
        ("current_fy", "แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566", "stale"),  # last year's plan
        ("covers_current_fy", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "fresh"),
        ("covers_current_fy", "แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561-2565)", "stale"),
        ("first_half_fy", "รายงาน รอบ 6 เดือน (ต.ค. 66 - มี.ค. 67)", "fresh"),
        ("first_half_fy", "รายงาน รอบ 6 เดือน (ต.ค. 65 - มี.ค. 66)", "stale"),
        ("first_half_fy", "สถิติการให้บริการ เดือนพฤศจิกายน 2566", "fresh"),
        ("first_half_fy", "สถิติการให้บริการ เดือนกรกฎาคม 2567", "stale"),  # FY2567 but after March
        ("monthly", "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมกราคม 2567", "fresh"),
        ("previous_fy", "รายงานผลการดำเนินงานประจำปีงบประมาณ 2566", "fresh"),
        ("previous_fy", "รายงานผลการดำเนินงานประจำปีงบประมาณ 2567", "stale"),
        ("previous_fy", "รายงานผลการดำเนินงาน", "unknown"),
        # a report of FY2566 signed in FY2567: the subject year decides, not the signature date
        ("previous_fy", "รายงานผลการดำเนินงานประจำปีงบประมาณ 2566 ประกาศ ณ วันที่ 15 ธันวาคม 2566", "fresh"),
        ("timeless", "โครงสร้าง", "not_required"),
    ],
)
def test_freshness_for_assessment_2567(freshness: str, text: str, verdict: str) -> None:
    assert judge_freshness(freshness, 2567, extract_dates(text)).verdict == verdict


def test_ocr_dates_never_decide_alone() -> None:
    # Tesseract read ๒๕๖๗ as ๒๕๒๓: an OCR-only year must leave the verdict unknown.
    mentions = extract_dates("ประจำปีงบประมาณ พ.ศ. ๒๕๒๓", ocr=True)
    result = judge_freshness("current_fy", 2567, mentions)
    assert result.verdict == "unknown"
    assert "OCR" in result.reason_th


def test_windows_move_with_the_year() -> None:
    w66 = freshness_window("previous_fy", 2566)
    w67 = freshness_window("previous_fy", 2567)
    assert (w66.start, w66.end) == (date(2021, 10, 1), date(2022, 9, 30))
    assert (w67.start, w67.end) == (date(2022, 10, 1), date(2023, 9, 30))
    assert "2566" in w67.describe_th()


@pytest.mark.parametrize(
    "text",
    [
        "ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
        "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติม",
        "มาตรการส่งเสริมคุณธรรมจากผลการประเมิน ITA 2566",
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2566",
        # holdout 18: "ผลการวิเคราะห์การประเมิน…", and "(ITA)" in brackets before its year
        "ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน\n(ITA) ประจำปี พ.ศ. ๒๕๖๖",
        "ผลการวิเคราะห์ผลการประเมิน (ITA) ปี ๒๕๖๖",
        # blind holdout 42: the title wrapped over lines by the PDF
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความ\nโปร่งใส\nในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี งบประมาณ\nพ.ศ. ๒๕๖๕",
        # blind holdout 19: an order's number ("ที่ ๓๕๒/๒๕๖๕", signed 10 พ.ย. ๒๕๖๕, FY 2566)
        "คำสั่งองค์การบริหารส่วนตำบลดอนหมากแข้งที่ ๓๕๒/๒๕๖๕เรื่อง แต่งตั้งคณะทำงาน",
        # blind holdout 30: a national day is named by its calendar year
        "ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล (ประเทศไทย) ประจำปี 2564 ณ หอประชุมเทศบาล",
        "จัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๖๖",
        "นายกเทศมนตรี ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ๒๕๖๔",
        # blind holdout 33: a festival and a council session, in a news list of FY 2567
        "งานประเพณีลอยกระทง ประจำปี ๒๕๖๖",
        "การประชุมสภา อบต. สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๖",
        # blind holdout 56: the Act's name broken over two lines of the PDF's text
        "เป็นไปตามพระราชบัญญัติมาตรฐานทาง\nจริยธรรม พ.ศ. ๒๕๖๒ จึงแต่งตั้งคณะทำงาน",
        # blind holdout 50: the day the Act came into force, in the policy that cites it
        "ตามที่พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒ มีผลใช้บังคับทั้งฉบับ เมื่อวันที่ ๑ มิถุนายน ๒๕๖๕",
    ],
)
def test_a_laws_year_and_an_assessments_year_are_not_the_documents_period(text: str) -> None:
    assert extract_dates(text) == []


def test_the_documents_own_period_is_read_beside_a_law_citation() -> None:
    mentions = extract_dates("อาศัยอำนาจตามพระราชบัญญัติสภาตำบล พ.ศ. 2537 ประกาศ ณ วันที่ 5 ตุลาคม 2566")
    assert [(m.kind, m.start) for m in mentions] == [("date", date(2023, 10, 5))]


def test_a_year_after_a_word_of_a_rule_is_not_a_law_citation() -> None:
    mentions = extract_dates("ระเบียบวาระการประชุม ประจำปี พ.ศ. ๒๕๖๗")
    assert [(m.kind, m.start) for m in mentions] == [("year", date(2023, 10, 1))]


def test_a_documents_own_day_of_coming_into_force_is_its_date() -> None:
    mentions = extract_dates("ประกาศนโยบายฯ ให้มีผลใช้บังคับตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๕ เป็นต้นไป")
    assert [(m.kind, m.start) for m in mentions] == [("date", date(2022, 10, 1))]


def test_first_half_months_are_those_ended_by_the_day_of_the_scan() -> None:
    from crawler.thai.fiscal import first_half_months, months_between

    everything = first_half_months(2567, date(2024, 6, 1))
    assert sorted(everything) == [(2023, 10), (2023, 11), (2023, 12), (2024, 1), (2024, 2), (2024, 3)]
    # in mid-January, December has ended and January has not
    assert sorted(first_half_months(2567, date(2024, 1, 15))) == [(2023, 10), (2023, 11), (2023, 12)]
    assert months_between(date(2023, 10, 1), date(2024, 3, 31)) == everything
    assert len(months_between(date(2020, 1, 1), date(2024, 1, 1))) == 12  # a span of years is not months


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # blind holdout 19: the first quarter under a "รอบ 6 เดือน" link, the year before the quarter
        ("ประจำปี งบประมาณ พ.ศ. ๒๕๖๖ ไตรมาสที่ ๑ (ตุลาคม ธันวาคม –\n๒๕๖๕)", date(2022, 10, 1), date(2022, 12, 31)),
        ("รายงานผล ไตรมาสที่ 2 ปีงบประมาณ 2567", date(2024, 1, 1), date(2024, 3, 31)),
        ("ไตรมาส 1-2 ปีงบประมาณ พ.ศ. 2567", date(2023, 10, 1), date(2024, 3, 31)),
        ("สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๔/๒๕๖๖", date(2023, 7, 1), date(2023, 9, 30)),
        # blind holdout 24: the months in brackets between the quarter and its fiscal year
        ("ไตรมาสที่ ๑ (ตุลาคม ธันวาคม ๒๕๖๕ – )\nประจำปี งบประมาณ พ.ศ. ๒๕๖๖", date(2022, 10, 1), date(2022, 12, 31)),
    ],
)
def test_a_quarter_of_the_fiscal_year_is_its_months(text: str, start: date, end: date) -> None:
    first = extract_dates(text)[0]
    assert (first.kind, first.start, first.end) == ("period", start, end)


@pytest.mark.parametrize(
    "text",
    [
        # blind holdout 33: a PDF text layer draws the dash after the second month, the year below
        "ประจำปี งบประมาณ พ.ศ. ๒๕๖๖ (ตุลาคม ๒๕๖๕ มีนาคม – \n๒๕๖๖)",
        "ประจำปี งบประมาณ พ.ศ. ๒๕๖๖ (ตุลาคม ๒๕๖๕ – มีนาคม\n๒๕๖๖)",
        # blind holdout 31: the dash after both days
        "ประจำปี งบประมาณ พ.ศ. ๒๕๖๖\n(ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๕ ๓๑ มีนาคม ๒๕๖๖ – )",
        "ประจำปี งบประมาณ พ.ศ. ๒๕๖๖ (ตุลาคม ๒๕๖๕ มีนาคม ๒๕๖๖ – )",
    ],
)
def test_a_month_range_laid_out_over_two_lines_is_a_period(text: str) -> None:
    periods = [(m.start, m.end) for m in extract_dates(text) if m.kind == "period"]
    assert periods == [(date(2022, 10, 1), date(2023, 3, 31))]


def test_a_period_the_text_says_is_still_to_come_is_marked_pending() -> None:
    """Blind holdout 46: "ผลการจัดซื้อจัดจ้างในช่วงเดือนเมษายน – กันยายน ๒๕๖๕ จะรายงานเพิ่มเติมในภายหลัง"."""
    text = (
        "ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๔ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๕\n"
        "หมายเหตุ ผลการจัดซื้อจัดจ้างในช่วงเดือนเมษายน – กันยายน ๒๕๖๕ จะรายงานเพิ่มเติมในภายหลัง"
    )
    periods = [(m.start, m.pending) for m in extract_dates(text) if m.kind == "period"]
    assert periods == [(date(2021, 10, 1), False), (date(2022, 4, 1), True)]
