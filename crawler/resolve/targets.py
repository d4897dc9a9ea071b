"""The targets an item's matches point at, and the files and links their pages introduce.

One rule: every match is followed to what it opens.  A page reached that way may be the
evidence itself (a contact page, a Q&A board: its own text holds the elements) or may only
introduce files ("O13 รายงานผลการดำเนินงาน … ดาวน์โหลด", "ปี 2566 | ปี 2567"); the files and
external links it lists are targets of the same item, unless their own words name another
item.  Judging them is the assessment's job; this module only finds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import urlsplit

from crawler.criteria.models import ItemRule
from crawler.match.evidence import ItemEvidence, ItemMatch
from crawler.match.keywords import keyword_hit
from crawler.match.title import match_title
from crawler.model.outcome import Outcome
from crawler.model.records import ExternalRecord, Link, PageRecord, Record
from crawler.resolve.facts import CrawlFacts
from crawler.thai.codes import is_item_page
from crawler.thai.linkwords import is_generic
from crawler.thai.normalize import compact
from crawler.urls import document_type, external_service, file_name, service_front_page

TargetKind = Literal["page", "document", "external", "empty_link", "not_fetched"]

MAX_TARGETS = 40  # per item: every version of a per-item page, a year of monthly files
MAX_INTRODUCED = 30  # files one page may introduce for an item
# Matches much weaker by title than the best one are other things that share a word.
TITLE_MARGIN = 25.0


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    url: str | None
    match: ItemMatch  # the match that led here (directly, or to the page that lists it)
    label: str  # what names it in the report
    words: str  # the words that describe this target: link text, row, file name, introduction
    path: tuple[tuple[str, str], ...]
    found_on: str | None
    record: Record | None = None  # the page or document record
    service: str | None = None  # for external targets
    introduced_by: str | None = None  # the page whose list holds it
    lists_files: bool = False  # a page with files or external evidence links of its own
    text: str = ""  # a page's own text, without the site template around it
    site: str = ""  # what the whole site shows (facts.site_text), for elements "within: site"
    agency: frozenset[str] = frozenset()  # the site's own agency's names (facts.agency)
    shared_with: frozenset[str] = frozenset()  # other items whose matches point at the same URL
    shared_rules: tuple[ItemRule, ...] = ()  # those items' rules, where the crawl's facts have them
    leads_on: bool = False  # a page on which another of the item's targets was found
    leads_to: frozenset[str] = frozenset()  # the item's other targets its own content links
    dead_links: frozenset[str] = frozenset()  # a page's own links that open nothing (404, a damaged file)
    # a page's own links that opened a document, whatever their URL says ("index.php?mod=download&id=131")
    file_links: frozenset[str] = frozenset()

    @property
    def via_sitemap_only(self) -> bool:
        """No chain of links from the home page leads here (a sitemap does, or pages it listed)."""
        return self.record is not None and not self.record.from_home


def url_claims(evidence: dict[str, ItemEvidence]) -> dict[str, set[str]]:
    """Which items' matches point at each URL: a file whose own words name another item is
    that item's, not the item of the page that lists it."""
    claims: dict[str, set[str]] = {}
    for code, entry in evidence.items():
        for match in entry.matches:
            if match.candidate.url and match.candidate.source == "link":
                claims.setdefault(match.candidate.url, set()).add(code)
    return claims


def resolve_targets(entry: ItemEvidence, facts: CrawlFacts, claims: dict[str, set[str]]) -> list[Target]:
    """Every target of one item, direct ones in match order, each page's introductions after it."""
    targets: list[Target] = []
    seen: set[str] = set()
    expanded: set[str] = set()
    any_external = "any_site" in entry.item.accepts_external
    for match in _peers(entry.matches):
        direct = _shared(_direct(match, facts), entry.item.code, claims, facts)
        key = _identity(direct)
        if key in expanded:
            continue
        # A page first listed by another (the per-item page's "ระบบบริการออนไลน์ E-Service") that
        # the item's words name too is followed as well: its own links are the item's (blind
        # holdout 51's Google Forms).
        expanded.add(key)
        if key not in seen:
            seen.add(key)
            targets.append(direct)
        if isinstance(direct.record, PageRecord) and (direct.record.is_home or match.candidate.section):
            # The home page's sidebar names items ("ผู้บริหาร" over the mayor's photo); what it
            # links is the whole site, not that item's files (blind holdout 50: e-GP's banner).
            # A section of a long page lists only its own links, candidates of their own (field
            # folder 23: "๐๖ กฏหมาย… กำลังปรับปรุงข้อมูล" took the page's structure chart).
            related = []
        elif direct.kind == "page" and direct.record is not None:
            related = _introduced(direct, entry.item, facts, claims, any_external)
        else:
            related = _siblings(direct, entry.item, facts, claims)
        for introduced in map(lambda target: _shared(target, entry.item.code, claims, facts), related):
            if (key := _identity(introduced)) not in seen:
                seen.add(key)
                targets.append(introduced)
        if len(targets) >= MAX_TARGETS:
            break
    targets = _mark_leads_on(_without_outside_copies(targets[:MAX_TARGETS]))
    if any(element.within == "site" for element in entry.item.elements):
        targets = [replace(target, site=facts.site_text) for target in targets]
    if facts.agency:
        targets = [replace(target, agency=facts.agency) for target in targets]
    return targets


def _without_outside_copies(targets: list[Target]) -> list[Target]:
    """Drop a link to a file on another host when the site serves the same path and the item
    has it: the Google viewer of a WordPress post names the site's production domain
    ("https://www.pawaithong.go.th/wp-content/uploads/….pdf") beside the post's own download
    button to that file (blind holdout 43); what was read on the site is that document."""
    own_paths = {_path_of(target.url) for target in targets if target.kind == "document" and target.url}
    return [
        target
        for target in targets
        if not (target.kind == "external" and target.url and _path_of(target.url) in own_paths)
    ]


def _path_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def _shared(target: Target, code: str, claims: dict[str, set[str]], facts: CrawlFacts) -> Target:
    """``target`` with the other items whose matches point at its URL (one file for two items)."""
    others = claims.get(target.url, set()) - {code} if target.url else set()
    if not others:
        return target
    rules = tuple(facts.items[other] for other in sorted(others) if other in facts.items)
    return replace(target, shared_with=frozenset(others), shared_rules=rules)


def _mark_leads_on(targets: list[Target]) -> list[Target]:
    """Mark the pages on which another target of the item was found (its per-item page that
    links the web board)."""
    sources = {target.introduced_by or target.found_on for target in targets}
    urls = {target.url for target in targets if target.url}
    marked = []
    for target in targets:
        onward = _links_to(target, urls - {target.url}) if target.kind == "page" else frozenset()
        if target.kind == "page" and (target.url in sources or onward):
            target = replace(target, leads_on=True, leads_to=onward)
        marked.append(target)
    return marked


def _links_to(target: Target, urls: set[str]) -> frozenset[str]:
    """The other targets the page's own content (not its menus) links, also those first found
    elsewhere (the web board the home page links too)."""
    record = target.record
    if not isinstance(record, PageRecord):
        return frozenset()
    return frozenset(link.url for link in record.links if not link.menu and link.url in urls)


def _peers(matches: list[ItemMatch]) -> list[ItemMatch]:
    """The matches worth following: those of the best-ranked section (the assessed year's
    ITA section beats another year's), within a margin of the best title score."""
    if not matches:
        return []
    top_section = matches[0].other_year_section
    same = [m for m in matches if m.other_year_section == top_section]
    best = max(_title_score(m) for m in same)
    return [m for m in same if _title_score(m) >= best - TITLE_MARGIN or (m.by_code and not m.by_title)]


def weaker_matches(entry: ItemEvidence) -> list[ItemMatch]:
    """The matches ``_peers`` leaves out, in rank order: followed only when the stronger ones
    hold nothing of the item (a page named for two items that lists only the other's file)."""
    peers = _peers(entry.matches)
    kept = {id(match) for match in peers}
    # (of the same section: last year's ITA page is no weaker name of this year's evidence)
    section = peers[0].other_year_section if peers else False
    return [m for m in entry.matches if id(m) not in kept and m.other_year_section == section]


def _title_score(match: ItemMatch) -> float:
    return match.score - (100 if match.by_code and match.by_title else 0)


def _identity(target: Target) -> str:
    return target.url or f"empty:{target.label}"


def _direct(match: ItemMatch, facts: CrawlFacts) -> Target:
    candidate = match.candidate
    url = candidate.url
    if candidate.source == "empty_link" or url is None:
        return Target("empty_link", None, match, candidate.label, candidate.label, candidate.path, candidate.found_on)
    words = _join(candidate.label, candidate.text, candidate.row, file_name(url))
    unfetched = Target("not_fetched", url, match, candidate.shown, words, candidate.path, candidate.found_on)
    if (external := facts.external(url)) is not None:
        return replace(unfetched, kind="external", service=_service(external))
    if (page := facts.page(url)) is not None:
        if candidate.section:
            # one item's section of a long page: its own text is the content, its links are
            # candidates of their own
            return replace(unfetched, kind="page", record=page, text=candidate.section)
        own = list(_own_links(page, facts))
        lists = any(_introduces(link, facts, False) for link in own)
        dead = frozenset(link.url for link in own if _dead(link.url, facts))
        files = frozenset(link.url for link in own if facts.document(link.url) is not None)
        return replace(
            unfetched,
            kind="page",
            record=page,
            lists_files=lists,
            text=facts.own_text(page),
            dead_links=dead,
            file_links=files,
        )
    if (document := facts.document(url)) is not None:
        words = _join(candidate.label, candidate.text, candidate.row, document.name)
        return replace(unfetched, kind="document", record=document, words=words)
    return unfetched


def _introduced(
    page_target: Target, item: ItemRule, facts: CrawlFacts, claims: dict[str, set[str]], any_external: bool
) -> list[Target]:
    """The files and external links a page lists for the item (not its menus, not the site's
    navigation, not links whose own words name another item or say they are not this one:
    a page titled "แผนพัฒนาท้องถิ่น" that lists only meeting minutes lists no plan)."""
    page = page_target.record
    if not isinstance(page, PageRecord) or page.outcome is not Outcome.OK:
        return []
    code = item.code
    # a file another item claims is that item's, unless this item's own words name it too (a
    # post's heading "รายงานสรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ…" names the monthly and the annual
    # summary alike: blind holdout 24); the file's title then says whose it is (shared_with)
    # An item's own ITA page ("O35 การมีส่วนร่วมของผู้บริหาร") introduces the posts it lists, whatever
    # their titles ("นายกเทศมนตรีนำคณะผู้บริหาร… ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล", which
    # names the executives item's words too: blind holdout 30).
    item_page = is_item_page(item.number, [page.title, *page.headings])
    links = []
    for link in _own_links(page, facts):
        story = item_page and _story(link, page, facts)
        introduced = code in claims.get(link.url, {code}) and _introduces(link, facts, any_external)
        if (story or introduced) and not _disowns(item, link):
            links.append(link)
    links = _in_item_section(item, links)[:MAX_INTRODUCED]
    only_one = len(links) == 1
    introduction = facts.own_text(page) if only_one else ""
    found: list[Target] = []
    for link in links:
        url = link.url
        text = link.text or link.title
        label = text if not is_generic(text) else (link.row or page_target.label)
        words = " ".join(part for part in (text, link.row, introduction) if part)
        path = (*page_target.path, (text or label, url))
        listed = Target("not_fetched", url, page_target.match, label, f"{words} {file_name(url)}", path, page.url)
        listed = replace(listed, introduced_by=page.url)
        if (external := facts.external(url)) is not None:
            found.append(replace(listed, kind="external", words=words, service=_service(external)))
        elif (document := facts.document(url)) is not None:
            name = document.name or file_name(url)
            found.append(replace(listed, kind="document", words=f"{words} {name}", record=document))
        elif (linked_page := facts.page(url)) is not None:
            found.append(
                replace(listed, kind="page", words=words, record=linked_page, text=facts.own_text(linked_page))
            )
        else:
            found.append(listed)
    # "ไฟล์แนบ 1" with an empty href: the item's file that opens nothing.
    for text in page.ignored_links.empty_link_texts:
        if is_generic(text):
            label = f"{text} (ใน “{page_target.label[:60]}”)"
            empty = Target("empty_link", None, page_target.match, label, text, page_target.path, page.url)
            found.append(replace(empty, introduced_by=page.url))
    return found[:MAX_INTRODUCED]


def _siblings(direct: Target, item: ItemRule, facts: CrawlFacts, claims: dict[str, set[str]]) -> list[Target]:
    """The other files of a matched file's section that its item's elements name: under
    "คุณธรรมจริยธรรม", beside "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม…" (the ethics item),
    "รายงานโครงการอบรมคุณธรรมจริยธรรม" is its training.  Only files no other item claims, whose
    own words hit an element keyword: an item's elements spread over files."""
    candidate = direct.match.candidate
    page = facts.page(candidate.found_on)
    required = [element for element in item.elements if not element.optional]
    if direct.kind != "document" or page is None or not candidate.heading or len(required) < 2:
        return []
    found: list[Target] = []
    for link in _own_links(page, facts):
        if link.heading != candidate.heading or link.url == direct.url or claims.get(link.url):
            continue
        document = facts.document(link.url)
        words = compact(f"{link.text} {link.title}")
        if document is None or _disowns(item, link):
            continue
        if any(keyword_hit(keyword, words) for element in required for keyword in element.any):
            path = (*direct.path[:-1], (link.text, link.url))
            name = document.name or file_name(link.url)
            words_shown = _join(link.text, link.row, name)
            sibling = Target("document", link.url, direct.match, link.text, words_shown, path, page.url)
            found.append(replace(sibling, record=document, introduced_by=page.url))
    return found[:MAX_INTRODUCED]


def _own_links(page: PageRecord, facts: CrawlFacts) -> Iterable[Link]:
    for link in page.links:
        if not link.menu and link.url not in facts.common_links and link.url != page.url:
            yield link


_YEAR_WORDS = re.compile(r"ปีงบประมาณ|ประจำปี|ปีงบ|ปี|พ\.ศ\.?|[\d๐-๙]+|[-–().:]")


def _in_item_section(item: ItemRule, links: list[Link]) -> list[Link]:
    """On a page of several sections (an information centre: แผนพัฒนา…, คู่มือ…, แบบฟอร์ม…),
    only the links of the item's own section, or whose own words name it.  Sections that are
    years of one thing ("ปีงบประมาณ ๒๕๖๕", "ปีงบประมาณ ๒๕๖๔" over a month-by-month table of
    files: blind holdout 55) are one section."""
    if len({_YEAR_WORDS.sub("", compact(link.heading)) for link in links}) < 2:
        return links
    return [link for link in links if any(match_title(item, text).ok for text in (link.heading, link.text) if text)]


def _disowns(item: ItemRule, link: Link) -> bool:
    """Do the link's own words say it is news or an event about the item, not the item?
    (Its ``must_not`` words are for titles of the item: a page of the laws lists
    "พ.ร.บ.การจัดซื้อจัดจ้างฯ" among them.)"""
    text = link.text or link.title
    if is_generic(text):
        # "ดาวน์โหลด" names nothing: its row does ("๒๐ ก.พ. ๖๗ | หนังสือกรมบัญชีกลาง… | ดาวน์โหลด")
        text = link.row if link.row and not link.menu else ""
    flat = compact(text)
    return bool(flat) and any(keyword_hit(keyword, flat) for keyword in item.decoys)


def _introduces(link: Link, facts: CrawlFacts, any_external: bool) -> bool:
    """A file, an external evidence host (Drive, a flipbook, Facebook), any external system for
    an item that is one, or a page opened by a "คลิก"/"อ่านต่อ" link."""
    url = link.url
    if (document := facts.document(url)) is not None:
        return document.doc_type != "image"  # banners and icons
    if facts.external(url) is not None:
        if service_front_page(url):
            return False  # "ระบบจัดซื้อจัดจ้างภาครัฐ e-GP" in a sidebar shows nothing of the agency's
        # (a service, not any outside file: the Gazette's PDF of the Act is no evidence host)
        parts = urlsplit(url)
        return any_external or external_service(parts.hostname or "", parts.path) is not None
    kind = document_type(url)
    if kind is not None:
        return kind != "image"
    return facts.page(url) is not None and is_generic(link.text)


def _story(link: Link, page: PageRecord, facts: CrawlFacts) -> bool:
    """A page the item's page lists in its content: not a menu entry, not the page it came from
    (the ITA page it links back to), not one that lists it in turn."""
    linked = facts.page(link.url)
    if link.menu or linked is None or linked.outcome is not Outcome.OK:
        return False
    back = {page.url, page.final_url}
    return not any(other.url in back for other in linked.links)


def _dead(url: str, facts: CrawlFacts) -> bool:
    record = facts.document(url) or facts.page(url)
    return record is not None and record.outcome.family == "broken"


def _join(*parts: str) -> str:
    """Words that describe a target, each once (a link's text is often its whole row)."""
    unique: list[str] = []
    for part in parts:
        if part and part not in unique:
            unique.append(part)
    return " ".join(unique)


def _service(external: ExternalRecord) -> str:
    return external.service or external.host or "external"
