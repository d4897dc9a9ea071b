"""What several commands share: the consoles, the rule year, the fetch and crawl options.

No command imports another; what two of them need lives here (or in ``progress``).
"""

from __future__ import annotations

import argparse
import os
import ssl
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console

from crawler.batch.runner import BatchOptions
from crawler.crawl.engine import CrawlOptions
from crawler.criteria.loader import RuleCatalog, RuleSet
from crawler.errors import BadOption, InvalidStartUrl, UsageError
from crawler.fetch.cache import HttpCache
from crawler.fetch.policy import MB, FetchPolicy, SizeLimits
from crawler.store.history import HistoryStore
from crawler.thai.fiscal import default_assessment_year
from crawler.urls import prepare_start_url, site_identity, site_key

HISTORY_HELP = "history database (default: $XDG_DATA_HOME/oit-crawler/history.sqlite, ~/.local/share/…)"


@dataclass(frozen=True)
class Context:
    out: Console  # results (tables, JSON on request)
    err: Console  # progress, messages, where reports were written


def rules_dir(directory: Path | None) -> Path | None:
    if directory is not None and not directory.is_dir():
        raise UsageError(f"rules directory {directory} does not exist")
    return directory


def catalog(args: argparse.Namespace) -> RuleCatalog:
    return RuleCatalog(rules_dir(args.rules_dir))


def assessment_year(args: argparse.Namespace, rules: RuleCatalog) -> int:
    years = rules.years()
    if getattr(args, "year", None) is not None:
        if args.year not in years:
            raise UsageError(
                f"no criteria for assessment year {args.year}; known years: "
                f"{', '.join(map(str, years))} (a year without a rule file is never guessed)"
            )
        return int(args.year)
    chosen = default_assessment_year(years, date.today())
    if chosen is None:
        raise UsageError("no rule year is current for today's date; pass --year")
    return chosen


def ruleset(args: argparse.Namespace) -> RuleSet:
    """The rule set of ``--year`` (default: the current assessment year)."""
    rules = catalog(args)
    return rules.load(assessment_year(args, rules))


def add_year_argument(parser: argparse.ArgumentParser, what: str = "assessment year B.E. (default: current)") -> None:
    parser.add_argument("--year", type=int, help=what)


def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    """Budgets, politeness and network options of every command that crawls."""
    budgets = parser.add_argument_group("budgets")
    budgets.add_argument("--max-pages", type=int, default=CrawlOptions.max_pages)
    budgets.add_argument("--max-documents", type=int, default=CrawlOptions.max_documents)
    budgets.add_argument("--max-depth", type=int, default=CrawlOptions.max_depth)
    budgets.add_argument("--max-seconds", type=float, default=CrawlOptions.max_seconds, help="wall-clock limit")
    budgets.add_argument("--max-file-mb", type=float, default=SizeLimits.document / MB, help="largest document")
    polite = parser.add_argument_group("politeness")
    polite.add_argument("--per-host", type=int, default=FetchPolicy.per_host_concurrency, help="requests at once")
    polite.add_argument("--delay", type=float, default=FetchPolicy.per_host_delay, help="seconds between requests")
    polite.add_argument("--concurrency", type=int, default=CrawlOptions.concurrency, help="crawl workers")
    polite.add_argument("--timeout", type=float, default=FetchPolicy.read_timeout, help="read timeout (s)")
    polite.add_argument("--retries", type=int, default=FetchPolicy.retries)
    polite.add_argument(
        "--ignore-robots",
        action="store_true",
        help="for the site's owner checking their own site: do not obey robots.txt",
    )
    more = parser.add_argument_group("other")
    more.add_argument("--no-sitemaps", action="store_true", help="do not read sitemap.xml")
    more.add_argument("--no-documents", action="store_true", help="record document links without fetching them")
    more.add_argument("--no-browser", action="store_true", help="never render JavaScript-built pages in Chromium")
    more.add_argument("--cache", type=Path, help="HTTP cache directory (default: ~/.cache/oit-crawler)")
    more.add_argument("--no-cache", action="store_true", help="no conditional requests, documents not kept")
    more.add_argument("--ca-bundle", help="extra trusted CA certificates (PEM)")
    more.add_argument("--strict-tls", action="store_true", help="fail on TLS problems instead of reading anyway")


def add_site_run_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of any run over several sites (``oit batch``, ``oit monitor``)."""
    parser.add_argument("--db", type=Path, help=HISTORY_HELP)
    parser.add_argument("--sites-at-once", type=int, default=BatchOptions.concurrency, help="sites scanned at once")
    parser.add_argument("--document-workers", type=int, default=BatchOptions.document_workers)
    parser.add_argument("--no-progress", action="store_true", help="plain log lines instead of a progress bar")


def history_db(args: argparse.Namespace) -> Path:
    """The history database: ``--db``, or one per user wherever the command is started from (a
    nightly cron job in another directory must find the history the last run wrote)."""
    if args.db is not None:
        return Path(args.db)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "oit-crawler" / "history.sqlite"


def open_history(db: Path) -> HistoryStore:
    """The history to read (``oit diff``, ``oit history``): never creates an empty one."""
    if not db.exists():
        raise UsageError(f"no history database at {db} (oit batch and oit monitor write one; see --db)")
    return HistoryStore(db)


def find_site(store: HistoryStore, text: str) -> str:
    """The history's id of a site named by its id, its start URL, or its host when only one
    site of the history is on that host."""
    sites = {site.id: site for site in store.sites()}
    if text in sites:
        return text
    try:
        url = prepare_start_url(text)
    except InvalidStartUrl:
        url = None
    if url is not None:
        if (identity := site_identity(url)) in sites:
            return identity
        host = site_key(urlsplit(url).hostname or "")
        same = sorted(site.id for site in sites.values() if site_key(urlsplit(site.url).hostname or "") == host)
        if len(same) == 1:
            return same[0]
        if same:
            raise UsageError(f"{text}: {len(same)} sites on this host in the history ({', '.join(same)}); give one")
    raise UsageError(f"no scans of {text} in {store.path} (oit history lists the sites it holds)")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oit-crawler"


CrawlSettings = tuple[FetchPolicy, CrawlOptions, HttpCache | None]


def crawl_settings(args: argparse.Namespace) -> CrawlSettings:
    for name in ("max_pages", "max_documents", "per_host", "concurrency"):
        if getattr(args, name) < 1:
            raise BadOption(f"--{name.replace('_', '-')} must be at least 1")
    policy = FetchPolicy(
        per_host_concurrency=args.per_host,
        per_host_delay=max(0.0, args.delay),
        read_timeout=args.timeout,
        retries=max(0, args.retries),
        sizes=SizeLimits(document=int(args.max_file_mb * MB)),
        obey_robots=not args.ignore_robots,
        ca_bundle=args.ca_bundle,
        lenient_tls=not args.strict_tls,
    )
    options = CrawlOptions(
        max_pages=args.max_pages,
        max_documents=args.max_documents,
        max_depth=args.max_depth,
        max_seconds=args.max_seconds,
        concurrency=args.concurrency,
        fetch_documents=not args.no_documents,
        obey_robots=not args.ignore_robots,
        use_sitemaps=not args.no_sitemaps,
        render_js=not args.no_browser,
    )
    if args.ca_bundle:
        # a bad bundle is the user's input: say so now, not as a traceback on the first https request
        try:
            ssl.create_default_context().load_verify_locations(cafile=args.ca_bundle)
        except (OSError, ssl.SSLError) as exc:
            raise BadOption(f"--ca-bundle {args.ca_bundle}: not a readable PEM file of certificates ({exc})") from exc
    try:
        cache = None if args.no_cache else HttpCache(args.cache or default_cache_dir())
    except OSError as exc:
        raise BadOption(f"--cache {args.cache or default_cache_dir()}: cannot be used as a folder ({exc})") from exc
    return policy, options, cache


def writable_folder(folder: Path, option: str) -> Path:
    """``folder`` created and writable, checked before a crawl that may take minutes (its
    report must not be lost at the end to a path that is a file or read-only)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".oit-write-test"
        probe.write_text("", "utf-8")
        probe.unlink()
    except OSError as exc:
        raise BadOption(f"{option} {folder}: cannot write reports there ({exc.strerror or exc})") from exc
    return folder


def writable_file(path: Path, option: str) -> Path:
    """``path``'s folder exists and ``path`` is not a folder (checked before the crawl)."""
    if path.is_dir():
        raise BadOption(f"{option} {path}: is a folder, not a file")
    if not path.parent.exists():
        raise BadOption(f"{option} {path}: folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise BadOption(f"{option} {path}: folder {path.parent} is not writable")
    return path
