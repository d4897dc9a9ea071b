"""The assessment of one site's crawl: match, resolve, judge, combine, score.  Pure: typed
records in, results out, so it is tested without a network (and runs the rule files'
``assess`` cases)."""

from __future__ import annotations

import re
from datetime import date

from crawler.assess.items import assess_item
from crawler.assess.score import estimate_score
from crawler.crawl.priority import EVIDENCE, PriorityModel
from crawler.criteria.loader import RuleSet
from crawler.match.evidence import candidates_from_pages, match_items, section_years
from crawler.model.records import DocumentRecord, ExternalRecord, PageRecord
from crawler.model.results import CrawlSummary, RulesInfo, ScanResult
from crawler.resolve import CrawlFacts, url_claims
from crawler.thai.agency import site_agency
from crawler.thai.codes import find_item_codes
from crawler.thai.normalize import normalize_text


def rules_info(ruleset: RuleSet) -> RulesInfo:
    return RulesInfo(
        year=ruleset.year,
        title=ruleset.title,
        status=ruleset.status,
        confidence=ruleset.confidence,
        provisional=ruleset.provisional,
        sub_indicators={sub.id: sub.title for sub in ruleset.sub_indicators},
    )


# The ITA page's own names; "คุณธรรมและความโปร่งใส" alone is an item's (the measures O42).
# Where a home page names its agency: the title, the banner's headings, the first words.
HOME_HEADINGS = 5
HOME_TEXT = 500
_HUB = re.compile(r"(?<![a-z])(?:ita|oit)(?![a-z])|เปิดเผยข้อมูลสาธารณะ|การประเมินคุณธรรม")
# …and an item's words are an item's link ("ผลการวิเคราะห์ ITA และมาตรการ ปี ๒๕๖๗" is O42's)
_NOT_HUB = re.compile(r"รายงาน|ผลการ|วิเคราะห์|มาตรการ|แผน|คู่มือ|สถิติ|ประกาศ|คำสั่ง|นโยบาย|แบบ")


def _ita_hub(text: str, year: int | None) -> bool:
    """Is ``text`` the link to the ITA page of the assessed year ("ITA 2567", "การเปิดเผยข้อมูล
    สาธารณะ (OIT)"), not an item's row ("O22 …") nor another year's page ("ITA 2566")?"""
    flat = normalize_text(text)
    if not _HUB.search(flat) or _NOT_HUB.search(flat) or find_item_codes(text, max_code=99, ita_context=True):
        return False
    # ("ITA ๖๕", a year menu's short form, names another year as plainly as "ITA 2565")
    years = section_years([text])
    return not years or year in years


def incomplete_reasons(
    summary: CrawlSummary, accounted_for: set[str], year: int | None = None, home: PageRecord | None = None
) -> list[str]:
    """Why parts of the site that might hold unfound evidence went unchecked, in Thai; empty
    when nothing of interest was left unseen.  ``accounted_for`` are URLs already matched to an
    item: their item gets its own ``review``."""
    reasons: list[str] = []
    unvisited = summary.unvisited
    if unvisited.stopped_by == "interrupted":
        reasons.append("ตรวจได้ไม่ครบ (หยุดโดยผู้ใช้): ส่วนที่ยังไม่ได้ตรวจต้องตรวจซ้ำ")
    elif unvisited.stopped_by and unvisited.likely_evidence:
        left = len(unvisited.likely_evidence)
        reasons.append(f"หยุดตรวจเพราะครบงบ ({unvisited.stopped_by}) ยังมีลิงก์ที่น่าจะเป็นหลักฐานไม่ได้เปิดอย่างน้อย {left} ลิงก์")
    model = PriorityModel()
    unchecked = [
        error
        for error in summary.errors
        if error.family == "unchecked"
        and error.url not in accounted_for
        and model.score(error.link_text, error.url) >= EVIDENCE
    ]
    if unchecked:
        kinds = sorted({error.outcome.label_th for error in unchecked})
        sample = ", ".join(f"“{error.link_text or error.url}”" for error in unchecked[:3])
        reasons.append(f"เปิดไม่ได้ {len(unchecked)} ลิงก์ที่อาจมีหลักฐาน ({', '.join(kinds)}): {sample}")
    # The ITA page itself would not open (a timeout, a 500, a redirect loop, a body that cannot be
    # decoded): the items it lists are unread, not unpublished (hostile-site campaign).
    hubs = [
        error
        for error in summary.errors
        if error.family in ("broken", "unchecked")
        and error.url not in accounted_for
        and error not in unchecked
        and _ita_hub(error.link_text, year)
    ]
    if hubs:
        kinds = sorted({error.outcome.label_th for error in hubs})
        sample = ", ".join(f"“{error.link_text}”" for error in hubs[:3])
        reasons.append(f"เปิดหน้า ITA ไม่ได้ ({', '.join(kinds)}): {sample} ข้อที่ไม่พบอาจอยู่ในหน้านั้น")
    if "js_not_rendered" in {finding.code for finding in summary.findings}:
        reasons.append("บางหน้าสร้างด้วย JavaScript แต่ไม่มีเบราว์เซอร์ให้เปิด")
    if not summary.reachable:
        reasons.append("เปิดหน้าแรกของเว็บไซต์ไม่ได้")
    elif home is not None and not home.links:
        # A home page answering 200 with nothing on it leads nowhere: nothing found is not nothing published.
        reasons.append("หน้าแรกของเว็บไซต์ว่างหรือไม่มีลิงก์ให้ตรวจต่อ จึงตรวจส่วนอื่นของเว็บไซต์ไม่ได้")
    elif summary.home_outcome is not None and summary.home_outcome.could_not_check:
        reasons.append(f"หน้าแรกตรวจไม่ได้: {summary.home_outcome.label_th}")

    return reasons


def assess_crawl(
    ruleset: RuleSet,
    summary: CrawlSummary,
    pages: list[PageRecord],
    documents: list[DocumentRecord],
    externals: list[ExternalRecord],
    *,
    as_of: date | None = None,
) -> ScanResult:
    """``as_of``: the day the site was seen (default today): a monthly series is due up to it."""
    evidence = match_items(ruleset, candidates_from_pages(pages))
    claims = url_claims(evidence)
    home = next((page for page in pages if page.is_home), None)
    reasons = incomplete_reasons(summary, set(claims), ruleset.year, home)
    facts = CrawlFacts.from_records(ruleset.year, pages, documents, externals, reasons, summary.aliases)
    facts.as_of = as_of or facts.as_of
    facts.items = {item.code: item for item in ruleset.items}
    if home is not None:
        facts.agency = site_agency([home.title, *home.headings[:HOME_HEADINGS], home.text[:HOME_TEXT]])
    provisional = ruleset.provisional
    items = [assess_item(evidence[item.code], facts, claims, provisional=provisional) for item in ruleset.items]
    return ScanResult(rules_info(ruleset), summary, items, estimate_score(items, ruleset), reasons)
