"""Which links and pages of a crawl are evidence for which item.  Pure: works on crawl records.

A candidate is a place a person reading the site would take as "this is O12": a link (its
text, or the table row / heading around it when the text is just "คลิก"), an empty link
whose text names an item, or a page whose title or heading names it.  Year-aware code
detection ("O12", "๐๑๒") and fuzzy title matching both vote; the section a link sits in
("ITA 2567" vs "ITA 2566") ranks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

from crawler.criteria.loader import RuleSet
from crawler.criteria.models import ItemRule
from crawler.extract.placeholder import PLACEHOLDER_PHRASES
from crawler.match.keywords import keyword_hit, keyword_pattern
from crawler.match.title import match_title
from crawler.model.outcome import Outcome
from crawler.model.records import Link, PageRecord
from crawler.thai.codes import find_item_codes, has_ita_context
from crawler.thai.linkwords import is_generic
from crawler.thai.normalize import compact, thai_digits_to_arabic
from crawler.urls import (
    external_service,
    file_stem,
    holds_evidence,
    is_account_link,
    looks_like_file,
    service_front_page,
)

CandidateSource = Literal["link", "empty_link", "page"]

# Link texts that say nothing about what they open: the row or heading names the evidence.
SHORT_LINE = 160  # a line this short around a link is about one thing
_YEAR = re.compile(r"(?<!\d)(25[5-7]\d)(?!\d)")
_SHORT_ITA_YEAR = re.compile(r"(?:ita|oit)\s*(?:ปี)?\s*(\d{2})(?!\d)", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    label: str  # what names the evidence (link text, or the row/heading for generic texts)
    context: str  # row, heading, menu, page title
    url: str | None  # the target; None for an empty link
    found_on: str | None
    path: tuple[tuple[str, str], ...]  # (text, url) from the home page to the target
    source: CandidateSource
    section_years: frozenset[int]  # years named by the section (heading, menu, page title)
    ita_section: bool
    row: str = ""  # the table row around a link: its own words, unlike the section context
    heading: str = ""  # the heading above a link (an accordion panel's "O40 การขับเคลื่อนจริยธรรม")
    text: str = ""  # the link's own words, whatever named the evidence
    # A section of a long page under a heading that names an item by code ("๐๓ อำนาจหน้าที่"
    # over the authority's text, on an OIT page of 43 such sections): its own text.
    section: str = ""
    # The innermost heading above a link that is not its own words: the group a card sits in
    # ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส" over a card "ผลการดำเนินการตามมาตรการ").
    topic: str = ""

    @property
    def shown(self) -> str:
        """What the report calls this evidence: the link's words unless they say nothing."""
        return self.text if self.text and not is_generic(self.text) else self.label


@dataclass(frozen=True)
class ItemMatch:
    code: str
    candidate: Candidate
    score: float  # 0..200: title similarity, plus 100 when the row/label carries the item code
    by_code: bool
    by_title: bool
    other_year_section: bool
    reason: str
    combined: bool = False  # one file for a range of codes: only the item's own part is its evidence


@dataclass
class ItemEvidence:
    item: ItemRule
    matches: list[ItemMatch] = field(default_factory=list)


@lru_cache(maxsize=16384)
def _section_years(texts: tuple[str, ...]) -> frozenset[int]:
    return section_years(texts)


@lru_cache(maxsize=16384)
def _ita(text: str) -> bool:
    return has_ita_context(text)


def section_years(texts: Iterable[str]) -> frozenset[int]:
    years: set[int] = set()
    for text in texts:
        if not text:
            continue
        text = thai_digits_to_arabic(text)
        years |= {int(y) for y in _YEAR.findall(text)}
        years |= {2500 + int(y) for y in _SHORT_ITA_YEAR.findall(text) if 50 <= int(y) <= 79}
    return frozenset(years)


_PAGE_TOKEN = re.compile(
    r"^(?:[\d.,|…]+|หน้าถัดไป|ถัดไป|ก่อนหน้า|หน้าก่อน|ย้อนกลับ|กลับ|หน้าแรก|หน้าสุดท้าย|หน้า|next|prev(?:ious)?"
    r"|older|newer|first|last|[«»‹›<>|]+)$",
    re.IGNORECASE,
)


def is_pagination(text: str) -> bool:
    """Page numbers and next/previous links of a listing ("1 2 3 ถัดไป »"): they name the
    listing's next page, never evidence, whatever the line around them says."""
    tokens = thai_digits_to_arabic(text).replace("»", " » ").replace("«", " « ").split()
    return bool(tokens) and all(_PAGE_TOKEN.match(token) for token in tokens)


def candidates_from_pages(pages: Iterable[PageRecord]) -> list[Candidate]:
    """Candidates from the crawl's page records."""
    found: list[Candidate] = []
    for page in pages:
        if page.outcome not in (Outcome.OK, Outcome.PLACEHOLDER, Outcome.SERVER_ERROR):
            continue
        path = tuple((step.text, step.url) for step in page.path)
        page_texts = [page.title, *page.breadcrumb, *[s[0] for s in path]]
        page_ita = any(has_ita_context(text) for text in page_texts if text)
        # A heading that is a link to another page is a listing's entry (an archive's post
        # titles), not what this page is.
        elsewhere = {link.text for link in page.links if link.url != page.url}
        headings = [heading for heading in page.headings if heading not in elsewhere]
        title = page.title
        # The title names the page where no <h1> does (old sites put the item in a <b>).
        for heading in [*headings[:3], *([title] if title and title not in headings[:3] else [])]:
            found.append(
                Candidate(
                    label=heading,
                    context=title,
                    url=page.url,
                    found_on=page.url,
                    path=path,
                    source="page",
                    section_years=section_years([heading, *page_texts]),
                    ita_section=page_ita or has_ita_context(heading),
                )
            )
        found.extend(_section_candidates(page, path, page_texts, page_ita))
        for link in page.links:
            if looks_like_file(link.url) or not is_pagination(link.text):
                found.append(_link_candidate(link, page, path, page_texts, page_ita))
        for text in page.ignored_links.empty_link_texts:
            found.append(Candidate(text, "", None, page.url, path, "empty_link", section_years(page_texts), page_ita))
    return found


SECTION_TEXT = 300  # a section's own words, links aside, this long are content, not an introduction


def _section_candidates(
    page: PageRecord, path: tuple[tuple[str, str], ...], page_texts: list[str], page_ita: bool
) -> list[Candidate]:
    """The sections of a page whose headings name one item by code and whose own text (its
    links' words aside) is long enough to be the evidence itself.  A short line that introduces
    a link ("ที่อยู่ โทรศัพท์ โทรสาร อีเมล แผนที่ <a>คลิกที่นี่</a>") is not."""
    if len(page.headings) < 4:
        return []  # a page of a few headings is judged whole
    text, found = page.text, []
    # Headings come in document order: each is looked for after the one before, so a heading's
    # words in a menu above the content do not place its section.
    placed: list[tuple[int, str]] = []
    for heading in page.headings:
        at = text.find(heading, placed[-1][0] + len(placed[-1][1]) if placed else 0)
        if at >= 0:
            placed.append((at, heading))
    coded = [index for index, (_at, heading) in enumerate(placed) if _one_code(heading)]
    if not coded:
        return []
    link_words = sorted({link.text for link in page.links if link.text}, key=len, reverse=True)
    for index in coded:
        at, heading = placed[index]
        end = placed[index + 1][0] if index + 1 < len(placed) else len(text)
        body = text[at + len(heading) : end]
        own = body
        for words in link_words:
            if words in own:
                own = own.replace(words, " ")
        # (a section that says only "อยู่ระหว่างปรับปรุง" is the item's place on the page, empty:
        # blind holdout 54's O6 and O41)
        if len(" ".join(own.split())) < SECTION_TEXT and not _says_placeholder(own):
            continue
        found.append(
            Candidate(
                label=heading,
                context=page.title,
                url=page.url,
                found_on=page.url,
                path=path,
                source="page",
                section_years=section_years([heading, *page_texts]),
                ita_section=page_ita or has_ita_context(heading),
                heading=heading,
                section=" ".join(body.split()),
            )
        )
    return found


def _says_placeholder(text: str) -> bool:
    flat = compact(text)
    return len(flat) < PLACEHOLDER_SECTION and any(phrase in flat for phrase in PLACEHOLDER_PHRASES)


PLACEHOLDER_SECTION = 60  # compact characters: "อยู่ระหว่างปรับปรุงข้อมูล" and little else


def _one_code(heading: str) -> bool:
    mentions = find_item_codes(heading, max_code=99, ita_context=True)
    return len(mentions) == 1 and mentions[0].first == mentions[0].last


def _link_candidate(
    link: Link, page: PageRecord, path: tuple[tuple[str, str], ...], page_texts: list[str], page_ita: bool
) -> Candidate:
    text, row, heading = link.text or link.title, link.row, link.heading
    menu = link.menu
    label = text
    if is_generic(text):
        # "O12 รายงาน… คลิก": the row without the link's own word names the evidence
        label = (row.replace(text, " ").strip() if text else row) or heading or text
        if not row and link.caption:
            # a button's caption names the document, the heading above them the item ("O40
            # การขับเคลื่อนจริยธรรม • คำสั่งแต่งตั้งคณะทำงาน… ปี ๒๕๖๖": blind holdout 65)
            label = f"{heading} {link.caption}" if heading else link.caption
    context = " ".join(part for part in (row, link.caption, heading, *menu, page.title) if part)
    outline = (link.section or heading).split("\n")
    # The innermost menu or heading that names a year places the link ("ITA 2566 (ย้อนหลัง)"
    # under "ITA 2567"); a year-less sub-heading ("ตัวชี้วัดย่อยที่ 9.2") leaves it in the outer one.
    enclosing = (*reversed(menu), *reversed(outline))
    years = next((found for text in enclosing if (found := _section_years((text,)))), frozenset())
    section = years or _section_years(tuple(page_texts))  # menus repeat: cached
    ita = page_ita or _ita(f"{' '.join(outline)} {' '.join(menu)}")
    return Candidate(
        label=label,
        context=context,
        url=link.url,
        found_on=page.url,
        path=(*path, (text or label, link.url)),
        source="link",
        section_years=section,
        ita_section=ita,
        row=row,
        heading=heading,
        text=text,
        topic=next((line.strip() for line in reversed(outline) if line.strip() not in ("", text, heading)), ""),
    )


def match_candidate(
    item: ItemRule, candidate: Candidate, ruleset: RuleSet, codes: list[int] | None = None, flat: str | None = None
) -> ItemMatch | None:
    """Does this candidate name ``item``?  Code and title both vote.  ``codes`` are the item
    numbers the label carries (computed once per candidate by ``match_items``)."""
    year = ruleset.year
    if codes is None:
        codes = label_codes(candidate, ruleset.max_code)
    by_code = codes == [item.number]  # a row naming several codes ("O1-O6") proves none of them
    title = match_title(item, candidate.label, flat)
    other_year = bool(candidate.section_years) and year not in candidate.section_years
    if title.ok:
        score = title.score + (100 if by_code else 0)
        reason = f"{'code and ' if by_code else ''}title {title.reason}"
        return ItemMatch(item.code, candidate, score, by_code, True, other_year, reason)
    # "O32 การสร้างวัฒนธรรม No Gift Policy - รายงานกิจกรรม…": the row says which item by code and
    # by its whole title; the word that tells O32 from O33 ("รายงาน") is the file's (blind
    # holdout 28).  A decoy's word still refuses it.
    whole = compact(candidate.label) if flat is None else flat
    if by_code and _states_title(item, whole) and not any(keyword_hit(keyword, whole) for keyword in item.decoys):
        return ItemMatch(item.code, candidate, 200.0, True, True, other_year, "code and whole title")
    # A code alone counts only inside an ITA section of the assessed year: numbering changes
    # from year to year (O10 is the annual plan in 2564 and the PDPA policy in 2566).
    if by_code and candidate.ita_section and year in candidate.section_years:
        return ItemMatch(item.code, candidate, 100.0, True, False, False, f"code {item.code} in the ITA {year} section")
    return None


_WHOLE_TITLE = 12  # compact characters: shorter titles ("E-Service") are words, not a statement


def _states_title(item: ItemRule, flat: str) -> bool:
    return _stated_length(item, flat) >= _WHOLE_TITLE


def label_codes(candidate: Candidate, max_code: int) -> list[int]:
    mentions = find_item_codes(candidate.label, max_code=max_code, ita_context=candidate.ita_section or None)
    return sorted({number for mention in mentions for number in range(mention.first, mention.last + 1)})


_SeenKey = tuple[str, str | None, CandidateSource, frozenset[int]]  # label, target, source, section years


def match_items(ruleset: RuleSet, candidates: list[Candidate]) -> dict[str, ItemEvidence]:
    evidence = {item.code: ItemEvidence(item) for item in ruleset.items}
    seen: set[_SeenKey] = set()
    seen_rows: set[tuple[_SeenKey, str]] = set()
    # Every item has required words; a label with none of any item's first one (and no code)
    # can match nothing, and most links of a site are such labels.
    gate = re.compile("|".join(f"(?:{keyword_pattern(item.must[0]).pattern})" for item in ruleset.items if item.must))
    if any(not item.must for item in ruleset.items):
        gate = re.compile("")
    item_gates = [(item, keyword_pattern(item.must[0]) if item.must else None) for item in ruleset.items]
    max_code = ruleset.max_code
    groups = _group_names(ruleset)
    for candidate in candidates:
        # The same link in the ITA 2567 section and on the ITA 2566 page are two candidates.
        key = (candidate.label, candidate.url, candidate.source, candidate.section_years)
        if not candidate.label:
            continue
        if key in seen and not _coded_repeat(candidate, (key, candidate.row), seen_rows, max_code):
            continue  # menus repeat on every page; the first (shortest path) occurrence is kept
        seen.add(key)
        if candidate.row:
            seen_rows.add((key, candidate.row))
        codes = label_codes(candidate, max_code)
        flat = compact(candidate.label)
        if len(codes) > 1 and (ranged := _range_matches(candidate, ruleset)):
            for one in ranged:
                evidence[one.code].matches.append(one)
            continue
        if not codes and not gate.search(flat):
            # names no item: no code, and not one item's first required word
            for around in _by_surroundings(candidate, ruleset):
                evidence[around.code].matches.append(around)
            continue
        found = [
            match
            for item, first_must in item_gates
            if (item.number in codes or first_must is None or first_must.search(flat))
            and (match := match_candidate(item, candidate, ruleset, codes, flat)) is not None
        ]
        panel = None if any(m.by_code for m in found) else _heading_names_item(candidate, ruleset, groups)
        if (
            panel is not None
            and panel.code not in {m.code for m in found}
            and not _refuses(ruleset.item(panel.code), flat)
        ):
            # The link's words name one item, the panel it sits in another: both are judged on
            # the file's content.
            found.append(panel)
        elif found and panel is None and not any(m.by_code for m in found):
            # …and so is a post listed under an item's coded heading whose title has another
            # item's word ("นายก อบต. นำคณะผู้บริหาร…" under "O35 การมีส่วนร่วมของผู้บริหาร")
            named = {m.code for m in found}
            found.extend(m for m in _post_under_coded_heading(candidate, ruleset) if m.code not in named)
        if not found:
            # The row or the file name may say which item a link is, but not against its own
            # words: "รายงานผลการอบรม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล" is a training, whatever its
            # file name (pdpa-training-report.pdf) says.
            found = [m for m in _by_surroundings(candidate, ruleset) if not _refuses(ruleset.item(m.code), flat)]
            if not found and (row := _row_names_item(candidate, ruleset)) is not None:
                # "o.6 | กฏหมายที่เกี่ยวข้อง | [กฎหมายน่ารู้]": the row's code and title agree on
                # the item the link's own words do not name (blind holdout 23)
                found = [row]
        elif not any(m.by_code for m in found) and (row := _row_names_item(candidate, ruleset)) is not None:
            # "O37 รายงานการกำกับติดตาม…ป้องกันการทุจริต | รายงาน 6 เดือน ปี 2567": the row's code
            # and title agree on O37; the link's few words ("รายงาน 6 เดือน") would make it O12.
            found = [row]
        if any(m.by_code and m.by_title for m in found):
            found = [m for m in found if m.by_code and m.by_title]  # the row says which item it is
        elif any(m.by_title for m in found):
            # A row whose title names one item and whose code is another year's number for it
            # ("O12 รายงานผลการดำเนินงานประจำปี" in 2567, where that report is O13) is the titled item.
            found = [m for m in found if m.by_title]
        for match in found:
            evidence[match.code].matches.append(match)
    for entry in evidence.values():
        entry.matches.sort(key=rank_key)
    return evidence


MAX_RANGE = 8  # items one combined file may stand for ("o1 - o6 | โครงสร้าง / … | ดาวน์โหลด")


def _range_matches(candidate: Candidate, ruleset: RuleSet) -> list[ItemMatch]:
    """One file linked in the assessed year's ITA section for a range of codes ("o1 - o6",
    "๐๒๕ - ๒๘"): a combined document, a candidate of every item in the range, each judged on
    what the file holds for it (blind holdout 60).  A range names no item by title."""
    if candidate.source != "link" or not candidate.url or not looks_like_file(candidate.url):
        return []
    if not candidate.ita_section or ruleset.year not in candidate.section_years:
        return []
    mentions = find_item_codes(candidate.label, max_code=ruleset.max_code, ita_context=True)
    if len(mentions) != 1 or not 1 < mentions[0].last - mentions[0].first + 1 <= MAX_RANGE:
        return []
    first, last = mentions[0].first, mentions[0].last
    reason = f"code range O{first}-O{last} in the ITA {ruleset.year} section (one file for all)"
    return [
        ItemMatch(item.code, candidate, 100.0, True, False, False, reason, combined=True)
        for item in ruleset.items
        if first <= item.number <= last
    ]


def _coded_repeat(
    candidate: Candidate, row_key: tuple[_SeenKey, str], seen_rows: set[tuple[_SeenKey, str]], max_code: int
) -> bool:
    """A repeat of a link kept all the same: in a new row that names an item by code (a menu's
    "กฎหมายน่ารู้" first, then the ITA table's "o.6 | กฏหมายที่เกี่ยวข้อง | กฎหมายน่ารู้": blind
    holdout 23).  Only repeats pay for reading their row's codes."""
    if not candidate.row or row_key in seen_rows:
        return False
    return bool(label_codes(replace(candidate, label=candidate.row), max_code))


def _refuses(item: ItemRule, flat: str) -> bool:
    """Do the label's own (compact) words exclude ``item``: an excluded word or a decoy's?"""
    return any(keyword_hit(keyword, flat) for keyword in (*item.must_not, *item.decoys))


def _row_names_item(candidate: Candidate, ruleset: RuleSet) -> ItemMatch | None:
    """The item a link's table row names by code and title together, if one."""
    if candidate.source != "link" or not candidate.row or candidate.row == candidate.label:
        return None
    around = replace(candidate, label=candidate.row)
    codes = label_codes(around, ruleset.max_code)
    if len(codes) != 1:
        return None
    match = match_candidate(ruleset.item(f"O{codes[0]}"), around, ruleset, codes)
    return match if match is not None and match.by_code and match.by_title else None


def _name_leads_with_code(name: str, max_code: int) -> bool:
    """Does a file name carry an item code as a code, not as a month or a part number?  A code
    written with the letter ("ita_o5", "O01") anywhere; one typed with a digit zero for the letter
    ("030.pdf", "029รายงาน") only at the start of the name."""
    mentions = find_item_codes(name, max_code=max_code, ita_context=True)
    return any(mention.form != "zero" or mention.start == 0 for mention in mentions)


def _heading_names_item(candidate: Candidate, ruleset: RuleSet, groups: frozenset[str]) -> ItemMatch | None:
    """The item a link's own panel heading states by its whole title, without a code (blind
    holdout 52: "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน" over an
    accordion's files), when the heading states exactly one item's title and the link may hold
    evidence."""
    heading = candidate.heading
    if candidate.source != "link" or not heading or heading == candidate.label or len(heading) > SHORT_LINE:
        return None
    # (a footer's "Line@" after the last panel sits under its heading too, and holds no file)
    if not candidate.url or not _holds_files(candidate.url) or is_account_link(candidate.url):
        return None
    around = replace(candidate, label=heading)
    if label_codes(around, ruleset.max_code):
        return None  # a coded heading is _by_surroundings' business
    flat = compact(heading)
    # A group's heading ("ตัวชี้วัดย่อยที่ ๑๐.๒ มาตรการส่งเสริมคุณธรรมและความโปร่งใส") is not a panel:
    # sub-indicators are named like their first item, and the footer after the last group
    # sits under it too (field folder 22's PDPA link).
    if _SUB_INDICATOR.match(flat) or flat in groups:
        return None
    # A title inside a longer one ("…ป้องกันการทุจริต" in "รายงานการกำกับติดตาม…ป้องกันการทุจริต…")
    # is the longer one's word: the item whose title is stated longest.
    stated = sorted(
        ((length, item) for item in ruleset.items if (length := _stated_length(item, flat)) >= _WHOLE_TITLE),
        key=lambda pair: -pair[0],
    )
    stated = [(length, item) for length, item in stated if not _refuses(item, flat)]
    if not stated or (len(stated) > 1 and stated[1][0] == stated[0][0]):
        return None
    match = match_candidate(stated[0][1], around, ruleset, [], flat)
    if match is None:
        return None
    return replace(match, reason=f"{match.reason} (the panel heading above the link states its title)")


_SUB_INDICATOR = re.compile(r"ตัวชี้วัด|ดัชนี|องค์ประกอบที่|หมวด")


def _group_names(ruleset: RuleSet) -> frozenset[str]:
    """The compact names of the year's groups and sub-indicators (computed once per match)."""
    names = {item.group for item in ruleset.items if item.group}
    names |= {sub.title for sub in ruleset.sub_indicators}
    return frozenset(compact(name) for name in names)


def _stated_length(item: ItemRule, flat: str) -> int:
    return max((len(name) for name in map(compact, (item.title, *item.aliases)) if name in flat), default=0)


def _by_surroundings(candidate: Candidate, ruleset: RuleSet) -> list[ItemMatch]:
    """A file whose own words name no item ("(๑) คำสั่งแต่งตั้งคณะทำงาน") is the evidence of the
    item its table row or panel heading names by code ("O40 การขับเคลื่อนจริยธรรม").  So is
    a link to where files are kept elsewhere (a Drive folder, a Facebook post of "ภาพกิจกรรม").
    A link to the agency's social account is named by its service (``_as_account``), a page
    listed under an item's coded heading by that heading (``_post_under_coded_heading``)."""
    if candidate.source != "link" or not candidate.url:
        return []
    if account := _as_account(candidate, ruleset):
        return account  # a social page is named by its service, not by the footer line around it
    if not _holds_files(candidate.url):
        return _post_under_coded_heading(candidate, ruleset)
    # A raw Thai file name says what the file is ("รายงานผลการดำเนินการตามมาตรการส่งเสริม
    # คุณธรรม ปี 2567.pdf" under "ผลการดำเนินการตามมาตรการฯ").
    name = file_stem(candidate.url)
    for context in (candidate.row, candidate.heading, name):
        if not context or context == candidate.label:
            continue
        around = replace(candidate, label=context)
        codes = label_codes(around, ruleset.max_code)
        if context is name and codes and not _name_leads_with_code(name, ruleset.max_code):
            codes = []  # "sor1_01_2565.xlsx" is January's form, not O1's (blind holdout 55)
        if len(codes) > 1:
            continue  # a row about several items names none of them
        found: list[ItemMatch] = []
        if codes:
            coded = match_candidate(ruleset.item(f"O{codes[0]}"), around, ruleset, codes)
            found = [coded] if coded is not None and coded.by_code else []
        elif context is not candidate.heading and len(context) <= SHORT_LINE:
            # "25. หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล [หลักเกณฑ์]": a short line's title
            flat = compact(context)
            found = [m for item in ruleset.items if (m := match_candidate(item, around, ruleset, [], flat))]
            found = sorted(found, key=lambda m: -m.score)[:1]
        if found:
            return [replace(found[0], reason=f"{found[0].reason} (from the row or heading around the link)")]
    return _by_heading_topic(candidate, ruleset)


def _as_account(candidate: Candidate, ruleset: RuleSet) -> list[ItemMatch]:
    """A link to an account on a social network whose words name no item ("เพจ อบต.โนนแดงน้อย"
    beside a Facebook icon, blind holdout 62) is named by its service: the agency's page there.
    Not by the footer line it shares with other links ("… | นโยบายคุ้มครองข้อมูลส่วนบุคคล | เพจ …")."""
    if candidate.source != "link" or not candidate.url or not is_account_link(candidate.url):
        return []
    if service_front_page(candidate.url):
        return []  # "facebook.com/": the service, nobody's page on it
    parts = urlsplit(candidate.url)
    service = external_service(parts.hostname or "", parts.path) or ""
    named = replace(candidate, label=f"{candidate.label} {service}")
    flat = compact(named.label)
    found = [
        match
        for item in ruleset.items
        if service in item.accepts_external and (match := match_candidate(item, named, ruleset, [], flat)) is not None
    ]
    found.sort(key=lambda m: -m.score)
    return [replace(m, reason=f"{m.reason} (a link to the agency's {service} account)") for m in found[:1]]


POST_TITLE = 20  # compact characters: a post's title ("นายก อบต. นำคณะ…ร่วมกิจกรรม…"), not a menu's word


def _post_under_coded_heading(candidate: Candidate, ruleset: RuleSet) -> list[ItemMatch]:
    """A page the OIT page lists under an item's coded heading, by its own title ("O35 การมีส่วน
    ร่วมของผู้บริหาร" over "• นายก อบต. นำคณะผู้บริหารร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล": blind
    holdout 64).  Only in the assessed year's ITA section, and not a template's short links (a
    footer after the last section sits under its heading too)."""
    heading = candidate.heading
    if not heading or not candidate.ita_section or ruleset.year not in candidate.section_years:
        return []
    if candidate.source != "link" or not candidate.url or _holds_files(candidate.url):
        return []
    if len(compact(candidate.text)) < POST_TITLE or is_generic(candidate.text) or candidate.row:
        return []
    around = replace(candidate, label=heading)
    codes = label_codes(around, ruleset.max_code)
    if len(codes) != 1:
        return []
    item = ruleset.item(f"O{codes[0]}")
    if _refuses(item, compact(candidate.text)):
        return []  # "การประชุมสภา…พิจารณาร่างข้อบัญญัติงบประมาณ" under the spending plan's heading
    coded = match_candidate(item, around, ruleset, codes)
    if coded is None or not coded.by_code:
        return []
    return [replace(coded, reason=f"{coded.reason} (a post listed under the item's heading)")]


def _by_heading_topic(candidate: Candidate, ruleset: RuleSet) -> list[ItemMatch]:
    """ "ผลการดำเนินการตามมาตรการ" under the group heading "มาตรการส่งเสริมคุณธรรมและความโปร่งใส":
    the link's words say what kind of document, the heading what it is about.  Only an item the
    heading alone does not name: the link's words must add something."""
    heading = candidate.topic
    if not heading or heading == candidate.label or len(heading) > SHORT_LINE or is_generic(candidate.label):
        return []
    around = replace(candidate, label=f"{heading} {candidate.label}")
    if label_codes(around, ruleset.max_code):
        return []  # a code is the row's or heading's business (above)
    alone = replace(candidate, label=heading)
    named = {item.code for item in ruleset.items if match_candidate(item, alone, ruleset, [], compact(heading))}
    flat = compact(around.label)
    found = [
        match
        for item in ruleset.items
        if item.code not in named
        and not _refuses(item, compact(candidate.label))
        and (match := match_candidate(item, around, ruleset, [], flat)) is not None
    ]
    found.sort(key=lambda m: -m.score)
    return [replace(m, reason=f"{m.reason} (the link's words under the heading “{heading[:40]}”)") for m in found[:1]]


def _holds_files(url: str) -> bool:
    return holds_evidence(url) and not service_front_page(url)


def rank_key(match: ItemMatch) -> tuple[bool, int, float, bool]:
    """Best first: the assessed year's section, code and title agreeing, higher score, a real link."""
    return (
        match.other_year_section,
        -(match.by_code and match.by_title),
        -match.score,
        match.candidate.source != "link",
    )
