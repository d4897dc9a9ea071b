"""Give each item exactly one status — pass, stale, incomplete, broken, missing, review — with
the reason and the fix in Thai, the evidence (best first) and a confidence.

Pure: works on the crawl's records.  Each item's matches are resolved to targets
(``crawler.resolve``), each target is judged on its own content (``judge``), and one rule
combines them (``combine``).  The rule is "never a false pass": what cannot be read (a scan
without a readable year, Google Drive, a rate-limited page) is ``review`` with what a person
must look at, and a part of the site the crawl could not reach makes an unfound item
``review``, never ``missing``.
"""

from __future__ import annotations

from dataclasses import replace

from crawler.assess.combine import Decision, combine
from crawler.assess.judge import OTHER_AGENCY, Judged, judge_target
from crawler.criteria.models import ItemRule
from crawler.match.evidence import ItemEvidence
from crawler.model.records import PageRecord
from crawler.model.results import Confidence, EvidenceRef, ItemResult
from crawler.model.status import Status
from crawler.resolve.facts import CrawlFacts
from crawler.resolve.targets import Target, resolve_targets, weaker_matches
from crawler.thai.fiscal import Freshness, first_half_months

MAX_EVIDENCE = 8


def assess_item(
    entry: ItemEvidence, facts: CrawlFacts, claims: dict[str, set[str]] | None = None, *, provisional: bool = False
) -> ItemResult:
    """``claims``: which items' matches point at each URL (see ``resolve.url_claims``)."""
    item = entry.item
    targets = resolve_targets(entry, facts, claims or {})
    if not targets:
        if facts.incomplete_reasons:
            return _result(
                entry,
                provisional,
                Status.REVIEW,
                "ไม่พบข้อมูลในส่วนที่ตรวจได้ แต่ตรวจเว็บไซต์ได้ไม่ครบ: " + "; ".join(facts.incomplete_reasons[:3]),
                "ให้เจ้าหน้าที่ตรวจส่วนที่โปรแกรมเข้าไม่ถึงว่ามีข้อมูลนี้หรือไม่ หากไม่มีให้ " + item.fix,
                "low",
            )
        return _result(
            entry, provisional, Status.MISSING, "ไม่พบลิงก์ หัวข้อ หรือเอกสารที่ตรงกับข้อนี้บนเว็บไซต์", item.fix, "medium"
        )
    judged = [judge_target(item, target, facts.year) for target in targets]
    months = first_half_months(facts.year, facts.as_of) if item.freshness is Freshness.MONTHLY else frozenset()
    decision = combine(item, judged, months)
    if _holds_nothing(decision, judged) and (weaker := weaker_matches(entry)):
        # The best-named places are pages that list nothing of the item: what the site names
        # less exactly ("การเสริมสร้างมาตรฐานทางจริยธรรม" over the ethics-drive file) is judged
        # next.  (A page judged for itself, an E-Service page with no form, is the answer.)
        seen = {target.url for target in targets}
        # (files only: a page named less exactly, "ระบบยื่นคำร้องออนไลน์" under the social network,
        # is another item's page; world seed 17)
        more = [
            t
            for t in resolve_targets(replace(entry, matches=weaker), facts, claims or {})
            if t.url not in seen and t.kind == "document"
        ]
        widened = judged + [judge_target(item, target, facts.year) for target in more]
        if more and (wider := combine(item, widened, months)).status is not Status.MISSING:
            judged, decision = widened, wider
    reason, fix = _explain(item, decision)
    result = _result(entry, provisional, decision.status, reason, fix, _confidence(decision))
    result.evidence = _evidence(decision, judged)
    result.missing_elements = list(decision.missing)
    return result


def _holds_nothing(decision: Decision, judged: list[Judged]) -> bool:
    """Are the judged targets pages that list nothing of the item?  (Not a copy of another
    agency's document: that is what the agency published for it.)"""
    return (
        decision.status is Status.MISSING
        and all(j.pointer for j in judged)
        and not decision.note.startswith(OTHER_AGENCY)
    )


def _result(
    entry: ItemEvidence, provisional: bool, status: Status, reason: str, fix: str, confidence: Confidence
) -> ItemResult:
    item = entry.item
    return ItemResult(item.code, item.title, item.sub, status, reason, fix, confidence, provisional=provisional)


def _evidence(decision: Decision, judged: list[Judged]) -> list[EvidenceRef]:
    """The decisive targets first, then the other versions, then the pages that listed them."""
    decisive = list(decision.decisive)
    rest = [j for j in judged if j not in decisive and not j.pointer]
    pointers = [j for j in judged if j.pointer and j not in decisive]
    return [_ref(j) for j in [*decisive, *rest, *pointers][:MAX_EVIDENCE]]


def _ref(judged: Judged) -> EvidenceRef:
    target: Target = judged.target
    record = target.record
    outcome = (
        record.outcome.value
        if record is not None
        else {"external": "external", "empty_link": "empty_link"}.get(target.kind, "not_fetched")
    )
    return EvidenceRef(
        url=target.url,
        label=target.label,
        path=[text for text, _url in target.path],
        found_on=target.found_on,
        outcome=outcome,
        verdict=judged.status,
        note=judged.note,
    )


def _unanswered(item: ItemRule, decision: Decision) -> str:
    """Why a web board lacks its two-way element: the clerk sees topics and wonders what is missing."""
    boards = [e.label for e in item.elements if e.within == "board" and e.label in decision.missing]
    records = [judged.target.record for judged in decision.decisive]
    if boards and any(isinstance(record, PageRecord) and record.replies == 0 for record in records):
        return " (กระทู้ถามตอบที่มีอยู่ยังไม่มีคำตอบจากหน่วยงานเลย)"
    return ""


def _explain(item: ItemRule, decision: Decision) -> tuple[str, str]:
    best = decision.decisive[0]
    where = f"“{best.target.label[:80]}”"
    match = best.target.match
    section = " (พบเฉพาะในหมวดของปีอื่น)" if match.other_year_section else ""
    note = decision.note or best.note
    status = decision.status
    if status is Status.PASS:
        return f"พบ {where}{section}: {note}", "ไม่ต้องแก้ไข ตรวจซ้ำก่อนส่งแบบ OIT"
    if status is Status.STALE:
        return f"พบ {where} แต่ไม่ใช่ปีที่กำหนด: {note}", f"เผยแพร่ข้อมูลของปีที่ถูกต้อง: {item.fix}"
    if status is Status.INCOMPLETE:
        missing = ", ".join(decision.missing)
        return f"พบ {where} แต่ขาด {missing}{_unanswered(item, decision)}", f"เพิ่ม {missing}: {item.fix}"
    if status is Status.BROKEN:
        return f"พบ {where} แต่{note}", "แก้ลิงก์ให้เปิดถึงเอกสาร/หน้าที่ถูกต้องได้จากหน้าแรก แล้วตรวจซ้ำ"
    if status is Status.MISSING:
        return f"พบหน้า {where} แต่{note}", item.fix
    return f"พบ {where}{section} แต่{note}", "ให้เจ้าหน้าที่เปิดลิงก์นี้ตรวจเอง: " + item.fix


def _confidence(decision: Decision) -> Confidence:
    if decision.status is Status.REVIEW:
        return "low"
    match = decision.decisive[0].target.match
    if match.by_code and match.by_title and not match.other_year_section:
        return "high"
    return "medium"
