"""Which hosts belong to the site being checked (http/https, www/non-www, its own redirects)."""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.urls import literal_ip, site_key


@dataclass
class SiteScope:
    keys: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, host: str) -> SiteScope:
        scope = cls()
        scope.add(host)
        return scope

    def add(self, host: str) -> None:
        self.keys.add(site_key(host))

    def __contains__(self, host: object) -> bool:
        if not isinstance(host, str) or not host:
            return False
        key = site_key(host)
        if key in self.keys:
            return True
        if literal_ip(key) is not None:
            return False
        # Subdomains of the site (ita.example.go.th) belong to it; a bare "go.th" never is a key.
        return any(key.endswith("." + own) and own.count(".") >= 2 for own in self.keys if not literal_ip(own))

    def allows(self, host: str) -> bool:
        return host in self
