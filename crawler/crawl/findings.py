"""Site-level findings: each trap the crawl met, named once, with its Thai explanation."""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.model.findings import CATALOGUE, Finding

MAX_SAMPLES = 10


@dataclass
class FindingCollector:
    findings: dict[str, Finding] = field(default_factory=dict)

    def add(self, code: str, url: str | None = None, detail: str | None = None, count: int = 1) -> None:
        finding = self.findings.get(code)
        if finding is None:
            severity, message, message_th = CATALOGUE[code]
            finding = Finding(code, severity, message, message_th)
            self.findings[code] = finding
        finding.count += count
        if url and url not in finding.urls and len(finding.urls) < MAX_SAMPLES:
            finding.urls.append(url)
        if detail and detail not in finding.details and len(finding.details) < MAX_SAMPLES:
            finding.details.append(detail)

    def sorted(self) -> list[Finding]:
        order = {"error": 0, "warning": 1, "info": 2}
        return sorted(self.findings.values(), key=lambda f: (order[f.severity], f.code))
