"""Give each item exactly one status — pass, stale, incomplete, broken, missing, review — with
the reason and the fix in Thai, the evidence (best first) and a confidence.

Pure: works on the crawl's records.  The rule is "never a false pass": what cannot be read
(a document's content before the document stage, Google Drive, a rate-limited page) is
``review`` with what a person must look at, never ``pass``, and a part of the site the crawl
could not reach makes an unfound item ``review``, never ``missing``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal
from urllib.parse import urlsplit

from crawler.criteria.models import ItemRule
from crawler.documents.model import PROBLEM_TH
from crawler.fetch.outcome import Outcome
from crawler.match.evidence import ItemEvidence, ItemMatch
from crawler.match.keywords import keyword_hit
from crawler.thai.dates import extract_dates
from crawler.thai.fiscal import FreshnessResult, judge_freshness
from crawler.thai.normalize import compact
from crawler.urls import document_type, external_service

Confidence = Literal["high", "medium", "low"]
MAX_EVIDENCE = 5


class Status(StrEnum):
    PASS = "pass"
    STALE = "stale"
    INCOMPLETE = "incomplete"
    BROKEN = "broken"
    MISSING = "missing"
    REVIEW = "review"


STATUS_TH = {
    Status.PASS: "ผ่าน",
    Status.STALE: "ข้อมูลไม่เป็นปัจจุบัน",
    Status.INCOMPLETE: "ข้อมูลไม่ครบ",
    Status.BROKEN: "ลิงก์เสีย/เปิดไม่ได้",
    Status.MISSING: "ไม่พบข้อมูล",
    Status.REVIEW: "ต้องให้เจ้าหน้าที่ตรวจ",
}
# Among candidates of equal standing, the verdict that tells the user most wins.
_PREFERENCE = [Status.PASS, Status.INCOMPLETE, Status.STALE, Status.REVIEW, Status.BROKEN]


@dataclass(frozen=True)
class EvidenceRef:
    url: str | None
    label: str
    path: list[str]
    found_on: str | None
    outcome: str
    verdict: Status
    note: str


@dataclass
class ItemResult:
    code: str
    title: str
    sub: str
    status: Status
    reason: str
    fix: str
    confidence: Confidence
    evidence: list[EvidenceRef] = field(default_factory=list)
    missing_elements: list[str] = field(default_factory=list)
    provisional: bool = False

    @property
    def url(self) -> str | None:
        return next((ref.url for ref in self.evidence if ref.url), None)


@dataclass
class CrawlFacts:
    """What assessment needs to know about the crawl, by URL."""

    year: int
    records: dict[str, dict[str, Any]]  # page and document records (JSON form) by url and final_url
    externals: dict[str, dict[str, Any]]
    incomplete_reasons: list[str]  # why parts of the site were not checked (empty when complete)

    @classmethod
    def from_records(
        cls,
        year: int,
        pages: Iterable[dict[str, Any]],
        documents: Iterable[dict[str, Any]],
        externals: Iterable[dict[str, Any]],
        incomplete_reasons: list[str],
    ) -> CrawlFacts:
        records: dict[str, dict[str, Any]] = {}
        for record in [*pages, *documents]:
            records.setdefault(record["url"], record)
            records.setdefault(record.get("final_url") or record["url"], record)
        return cls(year, records, {e["url"]: e for e in externals}, incomplete_reasons)


@dataclass(frozen=True)
class _Verdict:
    status: Status
    note: str
    missing: tuple[str, ...] = ()
    freshness: FreshnessResult | None = None
    # A page that only points at the evidence ("O12 …  ดาวน์โหลด"): the linked file decides.
    deferred: bool = False


def assess_item(entry: ItemEvidence, facts: CrawlFacts, *, provisional: bool = False) -> ItemResult:
    item = entry.item
    base = {"code": item.code, "title": item.title, "sub": item.sub, "provisional": provisional}
    if not entry.matches:
        if facts.incomplete_reasons:
            return ItemResult(
                **base,
                status=Status.REVIEW,
                reason="ไม่พบข้อมูลในส่วนที่ตรวจได้ แต่ตรวจเว็บไซต์ได้ไม่ครบ: " + "; ".join(facts.incomplete_reasons[:3]),
                fix="ให้เจ้าหน้าที่ตรวจส่วนที่โปรแกรมเข้าไม่ถึงว่ามีข้อมูลนี้หรือไม่ หากไม่มีให้ " + item.fix,
                confidence="low",
            )
        return ItemResult(
            **base,
            status=Status.MISSING,
            reason="ไม่พบลิงก์ หัวข้อ หรือเอกสารที่ตรงกับข้อนี้บนเว็บไซต์",
            fix=item.fix,
            confidence="medium",
        )
    top = entry.matches[0].other_year_section
    peers: list[ItemMatch] = []
    seen_targets: set[str | None] = set()
    for match in entry.matches:
        target = match.candidate.url if match.candidate.source != "empty_link" else f"empty:{match.candidate.label}"
        if match.other_year_section == top and target not in seen_targets:
            seen_targets.add(target)  # the same target linked from several places is one piece of evidence
            peers.append(match)
        if len(peers) == MAX_EVIDENCE:
            break
    judged = [(match, _judge(item, match, facts)) for match in peers]
    if any(not verdict.deferred for _match, verdict in judged):
        judged = [(match, verdict) for match, verdict in judged if not verdict.deferred]
    best_match, best = min(judged, key=lambda pair: _PREFERENCE.index(pair[1].status))
    ordered = sorted(judged, key=lambda pair: (pair[0] is not best_match, _PREFERENCE.index(pair[1].status)))
    evidence = [_ref(match, verdict, facts) for match, verdict in ordered]
    reason, fix = _explain(item, best_match, best, top)
    return ItemResult(
        **base,
        status=best.status,
        reason=reason,
        fix=fix,
        confidence=_confidence(best_match, best),
        evidence=evidence,
        missing_elements=list(best.missing),
    )


def _judge(item: ItemRule, match: ItemMatch, facts: CrawlFacts) -> _Verdict:
    candidate = match.candidate
    if candidate.source == "empty_link":
        return _Verdict(Status.BROKEN, "มีหัวข้อแต่ลิงก์ว่าง คลิกแล้วไม่มีอะไรเปิดขึ้น")
    url = candidate.url
    if url in facts.externals:
        service = facts.externals[url].get("service") or facts.externals[url].get("host")
        return _Verdict(Status.REVIEW, f"หลักฐานอยู่นอกเว็บไซต์ ({service}) โปรแกรมตรวจเนื้อหาไม่ได้")
    record = facts.records.get(url or "")
    if record is None:
        return _Verdict(Status.REVIEW, "ลิงก์นี้ยังไม่ได้ถูกตรวจ (เกินจำนวนหน้าที่กำหนด หรือถูกข้าม)")
    outcome = Outcome(record["outcome"])
    if outcome.family == "broken":
        return _Verdict(Status.BROKEN, f"เปิดลิงก์แล้ว{outcome.label_th}")
    if outcome.family == "unchecked":
        return _Verdict(Status.REVIEW, f"ตรวจไม่ได้: {outcome.label_th}")
    is_page = "links" in record
    if is_page:
        listed = _listed_files(record, facts)
        if listed and all(Outcome(r["outcome"]).family == "broken" for r in listed):
            return _Verdict(Status.BROKEN, "หน้านี้มีลิงก์เอกสาร แต่เปิดเอกสารไม่ได้")
        if _is_pointer(record):
            return _Verdict(Status.REVIEW, "หน้านี้มีเพียงลิงก์ไปยังหลักฐาน ต้องเปิดลิงก์นั้นตรวจ", deferred=True)
    # The section's heading ("ITA 2567") is not the document's year: only the link's own words
    # count, and the text of a short page that introduces the file ("… ประจำปี 2566  ดาวน์โหลด").
    host = facts.records.get(candidate.found_on or "")
    introduction = (host.get("text") or "") if host and _introduces_one_file(host) and host is not record else ""
    own_text = " ".join(
        [
            candidate.label,
            candidate.row,
            record.get("file_name_repaired") or record.get("file_name") or "",
            introduction,
        ]
    )
    problem = None if is_page else record.get("text_problem")
    if problem in ("encrypted", "corrupt"):
        return _Verdict(Status.BROKEN, PROBLEM_TH[problem])
    content = _page_content(record) if is_page else (record.get("text") or "")
    # A year read only by OCR never decides (Tesseract's Thai model misreads ๖ as ๒).
    mentions = extract_dates(own_text) + extract_dates(content, ocr=record.get("text_method") == "ocr")
    freshness = judge_freshness(item.freshness, facts.year, mentions)
    if freshness.verdict == "stale":
        return _Verdict(Status.STALE, freshness.reason_th, freshness=freshness)
    # Elements may sit in the files a page lists; those are read by the document stage.
    readable = bool(content.strip()) and not (is_page and _lists_documents(record))
    # Elements are looked for in the evidence itself (its title and content), never in the link
    # or row that points at it: "ดูข้อมูล" or a menu's claim is not the content the auditor reads.
    evidence_text = compact(content)
    missing = tuple(
        element.label
        for element in item.elements
        if not element.optional and not any(keyword_hit(k, evidence_text) for k in element.any)
    )
    if freshness.verdict == "unknown":
        what = "ปีของเอกสาร" + (f" และ{', '.join(missing)}" if missing and readable else "")
        return _Verdict(Status.REVIEW, f"ต้องตรวจ{what}: {freshness.reason_th}", missing, freshness)
    if missing and not readable:
        why = PROBLEM_TH.get(problem or "", "ยังอ่านเนื้อหาเอกสารไม่ได้")
        return _Verdict(Status.REVIEW, f"{why} ต้องตรวจว่ามี " + ", ".join(missing), missing, freshness)
    if missing:
        return _Verdict(Status.INCOMPLETE, "ขาด " + ", ".join(missing), missing, freshness)
    return _Verdict(Status.PASS, freshness.reason_th, (), freshness)


def _lists_documents(record: dict[str, Any]) -> bool:
    """Does the page list files or external evidence (Google Drive …) that may hold the elements?"""
    return any(
        not link.get("menu")
        and (document_type(link.get("url") or "") or external_service(urlsplit(link.get("url") or "").hostname or ""))
        for link in record.get("links") or []
    )


def _is_pointer(record: dict[str, Any]) -> bool:
    """A short page whose own content is a title and links onward (per-item ITA pages)."""
    own_links = [link for link in record.get("links") or [] if not link.get("menu")]
    return bool(own_links) and len(record.get("text") or "") < 400 and len(own_links) <= 10


def _introduces_one_file(record: dict[str, Any]) -> bool:
    """A short page about a single file (a per-item page): its words describe that file."""
    return _is_pointer(record) and sum(1 for link in record.get("links") or [] if not link.get("menu")) == 1


def _listed_files(record: dict[str, Any], facts: CrawlFacts) -> list[dict[str, Any]]:
    urls = [link.get("url") for link in record.get("links") or [] if not link.get("menu")]
    return [facts.records[url] for url in urls if url and document_type(url) and url in facts.records]


def _page_content(record: dict[str, Any]) -> str:
    parts = [record.get("title") or "", *(record.get("headings") or []), record.get("text") or ""]
    return "\n".join(parts)[:20_000]


def _ref(match: ItemMatch, verdict: _Verdict, facts: CrawlFacts) -> EvidenceRef:
    candidate = match.candidate
    record = facts.records.get(candidate.url or "")
    outcome = record["outcome"] if record else ("external" if candidate.url in facts.externals else "not_fetched")
    return EvidenceRef(
        url=candidate.url,
        label=candidate.label,
        path=[text for text, _url in candidate.path],
        found_on=candidate.found_on,
        outcome=outcome,
        verdict=verdict.status,
        note=verdict.note,
    )


def _explain(item: ItemRule, match: ItemMatch, verdict: _Verdict, other_year: bool) -> tuple[str, str]:
    where = f"“{match.candidate.label[:80]}”"
    section = " (พบเฉพาะในหมวดของปีอื่น)" if other_year else ""
    status = verdict.status
    if status is Status.PASS:
        return f"พบ {where}{section}: {verdict.note}", "ไม่ต้องแก้ไข ตรวจซ้ำก่อนส่งแบบ OIT"
    if status is Status.STALE:
        return f"พบ {where} แต่ไม่ใช่ปีที่กำหนด: {verdict.note}", f"เผยแพร่ข้อมูลของปีที่ถูกต้อง: {item.fix}"
    if status is Status.INCOMPLETE:
        return f"พบ {where} แต่{verdict.note}", f"เพิ่ม {', '.join(verdict.missing)}: {item.fix}"
    if status is Status.BROKEN:
        return f"พบ {where} แต่{verdict.note}", "แก้ลิงก์ให้เปิดถึงเอกสาร/หน้าที่ถูกต้องได้จากหน้าแรก แล้วตรวจซ้ำ"
    return f"พบ {where}{section} แต่{verdict.note}", "ให้เจ้าหน้าที่เปิดลิงก์นี้ตรวจเอง: " + item.fix


def _confidence(match: ItemMatch, verdict: _Verdict) -> Confidence:
    if verdict.status is Status.REVIEW:
        return "low"
    if match.by_code and match.by_title and not match.other_year_section:
        return "high"
    return "medium"
