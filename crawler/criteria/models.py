"""Typed models of the rule files (``rules/<year>.yaml``).  docs/rules.md explains each field."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from crawler.model.results import Confidence
from crawler.thai.fiscal import Freshness
from crawler.urls import SERVICE_NAMES

Status = Literal["verified", "provisional"]

EvidenceKind = Literal["page", "document", "external", "any"]
Location = Literal["main_site", "external_ok"]
ElementSource = Literal["content", "signature", "pictures", "site", "links", "board", "opening", "online"]

CODE_PATTERN = r"^O[1-9][0-9]?$"


def _check_keywords(words: list[str]) -> list[str]:
    """A keyword is plain text (alternatives separated by ``|``) or ``re:<regex>``."""
    for word in words:
        if word.startswith("re:"):
            try:
                re.compile(word[3:])
            except re.error as exc:
                raise ValueError(f"bad regular expression {word[3:]!r}: {exc}") from exc
        elif not word.strip() or any(not alt.strip() for alt in word.split("|")):
            raise ValueError(f"empty keyword or empty alternative in {word!r}")
        elif any(alt.strip().startswith("re:") for alt in word.split("|")[1:]):
            raise ValueError(f"{word!r}: 're:' must start the whole keyword (write it as one regular expression)")
    return words


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Element(_Strict):
    """A required element of an item: present when any of its keywords appears."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1, description="Thai label shown in reports")
    any: list[str] = Field(min_length=1)
    optional: bool = False
    # Where it is looked for: the evidence's text; the signature block of a document (who
    # signed a declaration); also the pictures a page shows (the executives' photos); or
    # anywhere on the site, its images and links included (the EIT survey's QR code); or the
    # text of a page that, when it counts its topics' replies, shows one answer (a web board);
    # or a page where a visitor can make the request online (a form, a link to an online system).
    within: ElementSource = "content"
    # The document's own title may show it ("คู่มือการปฏิบัติงาน งานสารบรรณ" names the manual's
    # task); other elements must be in the body, not in a title that repeats the item's name.
    in_title: bool = False

    _keywords = field_validator("any")(_check_keywords)


CaseStatus = Literal["pass", "stale", "incomplete", "broken", "missing", "review"]


class AssessCase(_Strict):
    """A link's words and the document they open, run through the whole assessment: the
    item's elements and freshness tested from YAML (as sqlfluff tests its rules)."""

    title: str = Field(min_length=1)  # the link's words on the agency's ITA page
    # The document's text; {fy} is the assessed fiscal year (B.E.), {fy-1} the one before …
    text: str
    expect: CaseStatus
    missing: list[str] = Field(default_factory=list)  # ids of the elements it lacks


class TestCases(_Strict):
    """Titles that must match the item and near-misses that must not (semgrep-style), and
    documents whose verdict is known."""

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)
    assess: list[AssessCase] = Field(default_factory=list)


class ItemRule(_Strict):
    code: str = Field(pattern=CODE_PATTERN)
    concept: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    sub: str = Field(pattern=r"^\d+\.\d+$")
    group: str | None = None
    kind: EvidenceKind
    freshness: Freshness
    must: list[str] = Field(default_factory=list)
    must_not: list[str] = Field(default_factory=list)
    # Words that make a title news or an event about the thing ("ประชุมประชาคม…จัดทำแผน…"), not
    # the thing; usually set for the whole year in ``defaults`` and emptied by activity items.
    decoys: list[str] = Field(default_factory=list)
    min_score: float = Field(default=80, ge=0, le=100)
    elements: list[Element] = Field(default_factory=list)
    location: Location = "main_site"
    # External services whose page, linked from the main site, is this item's evidence (the
    # agency's Facebook page for the social-network item); "any_site" admits any external system.
    accepts_external: list[str] = Field(default_factory=list)
    # The ITA year a document of this item analyses dates it: "ผลการประเมิน ITA 2566" is the
    # analysis made in FY 2566 + this.  Elsewhere an assessment's year is never a document's period.
    dated_by_assessment: int | None = Field(default=None, ge=0, le=2)
    # An annual report: its periods must reach the fiscal year's last quarter ("ประจำปี ๒๕๖๖" over
    # "ต.ค. ๖๕ – มี.ค. ๖๖" is a half-year report under an annual title).
    whole_year: bool = False
    # Its elements are separate documents (a team order, a Do & Don't sheet, a training report):
    # a scan whose title names one of them is that one, and holds none of the others.
    elements_apart: bool = False
    # Its evidence is other bodies' documents (the laws and the Ministry's orders an agency
    # works under): a document headed by another agency is not a copied one here.
    others_documents: bool = False
    fix: str = Field(min_length=1)
    status: Status
    confidence: Confidence
    source: str = Field(min_length=1)
    note: str | None = None
    tests: TestCases

    _must = field_validator("must", "must_not", "decoys")(_check_keywords)

    @field_validator("accepts_external")
    @classmethod
    def _known_services(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - SERVICE_NAMES - {"any_site"})
        if unknown:
            raise ValueError(f"unknown services {unknown}; known: {sorted(SERVICE_NAMES)} and 'any_site'")
        return value

    @property
    def number(self) -> int:
        return int(self.code[1:])


ITEM_FIELDS = frozenset(ItemRule.model_fields)
_DEFAULTABLE = frozenset({"status", "confidence", "source", "note", "location", "min_score", "decoys"})


class Indicator(_Strict):
    id: str = Field(pattern=r"^\d+$")
    title: str


class SubIndicator(_Strict):
    id: str = Field(pattern=r"^\d+\.\d+$")
    title: str

    @property
    def indicator(self) -> str:
        return self.id.split(".")[0]


class RuleFileHeader(_Strict):
    """Everything in a rule file except the item list, checked before items are resolved."""

    schema_version: Literal[1]
    year: int = Field(ge=2500, le=2700)
    title: str
    status: Status
    confidence: Confidence
    source: str
    notes: list[str] = Field(default_factory=list)
    inherits: int | None = None
    indicators: list[Indicator] | None = None
    sub_indicators: list[SubIndicator] | None = None
    remove: list[str] = Field(default_factory=list)
    # Field values stamped on every item of the year (inherited ones too) unless the item
    # itself sets the field in this file: e.g. a new source or a lower confidence.
    defaults: dict[str, Any] = Field(default_factory=dict)
    items: list[dict] = Field(default_factory=list)

    @field_validator("defaults")
    @classmethod
    def _known_defaults(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - _DEFAULTABLE)
        if unknown:
            raise ValueError(f"defaults may set only {sorted(_DEFAULTABLE)}, not {unknown}")
        return value
