"""Evidence resolution, between match and assess: what each item's matches point at.

A match names a place ("O13 รายงานผล… ดาวน์โหลด"); the evidence is what that place opens —
a page, a document, an external service — and, when the place is a page that introduces
files, those files too.  ``resolve_targets`` lists them; ``crawler.assess`` judges each on its
own content and combines the verdicts.  Pure: works on crawl records.
"""

from crawler.resolve.facts import CrawlFacts
from crawler.resolve.targets import Target, TargetKind, resolve_targets, url_claims

__all__ = ["CrawlFacts", "Target", "TargetKind", "resolve_targets", "url_claims"]
