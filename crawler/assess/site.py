"""The assessment of one site's crawl: match, resolve, judge, combine, score.  Pure: typed
records in, results out, so it is tested without a network (and runs the rule files'
``assess`` cases)."""

from __future__ import annotations

from datetime import date

from crawler.assess.items import assess_item
from crawler.assess.score import estimate_score
from crawler.crawl.priority import EVIDENCE, PriorityModel
from crawler.criteria.loader import RuleSet
from crawler.match.evidence import candidates_from_pages, match_items
from crawler.model.records import DocumentRecord, ExternalRecord, PageRecord
from crawler.model.results import CrawlSummary, RulesInfo, ScanResult
from crawler.resolve import CrawlFacts, url_claims


def rules_info(ruleset: RuleSet) -> RulesInfo:
    return RulesInfo(
        year=ruleset.year,
        title=ruleset.title,
        status=ruleset.status,
        confidence=ruleset.confidence,
        provisional=ruleset.provisional,
        sub_indicators={sub.id: sub.title for sub in ruleset.sub_indicators},
    )


def incomplete_reasons(summary: CrawlSummary, accounted_for: set[str]) -> list[str]:
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
    if "js_not_rendered" in {finding.code for finding in summary.findings}:
        reasons.append("บางหน้าสร้างด้วย JavaScript แต่ไม่มีเบราว์เซอร์ให้เปิด")
    if not summary.reachable:
        reasons.append("เปิดหน้าแรกของเว็บไซต์ไม่ได้")
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
    reasons = incomplete_reasons(summary, set(claims))
    facts = CrawlFacts.from_records(ruleset.year, pages, documents, externals, reasons, summary.aliases)
    facts.as_of = as_of or facts.as_of
    provisional = ruleset.provisional
    items = [assess_item(evidence[item.code], facts, claims, provisional=provisional) for item in ruleset.items]
    return ScanResult(rules_info(ruleset), summary, items, estimate_score(items, ruleset), reasons)
