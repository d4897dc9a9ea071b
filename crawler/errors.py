"""The tool's errors, one tree; each class carries the exit code ``oit`` ends with.

``crawler.cli.main`` holds the only ``except`` that turns them into a message and an exit
code; the library raises them and never prints.

    OitError                    exit 2   (base: nothing raises it directly)
    ├── UsageError              exit 2   the command cannot be run as given
    │   ├── BadOption                    an option's value is out of range or unknown
    │   ├── InvalidStartUrl              the address to crawl is not a usable http(s) URL
    │   ├── SiteListError                the site list cannot be used at all (missing, not CSV…)
    │   ├── RulesNotFound                no rules directory, or no rule file for the year
    │   └── UnfinishedBatch              a batch of this list is unfinished: --resume or --fresh
    ├── RuleFileError           exit 1   a rule file is malformed: one "file:line: message" per problem
    ├── NothingScanned          exit 3   no site of the run could be reached at all
    └── BrowserUnavailable      exit 3   no Playwright or Chromium; the crawl catches it and
                                         records the finding ``js_not_rendered`` instead

Exit codes of a run that raised nothing: ``EXIT_OK`` it ran (findings are not errors),
``EXIT_FINDINGS`` a check failed (rule cases, regressions, a ``--fail-on`` status),
``EXIT_UNREACHABLE`` the site could not be reached at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3


class OitError(Exception):
    exit_code = EXIT_USAGE


class UsageError(OitError):
    exit_code = EXIT_USAGE


class BadOption(UsageError, ValueError):
    pass


class InvalidStartUrl(UsageError, ValueError):
    pass


class SiteListError(UsageError, ValueError):
    pass


class RulesNotFound(UsageError):
    pass


class UnfinishedBatch(UsageError):
    pass


@dataclass(frozen=True)
class Problem:
    """One problem in a file, located: printed as "file:line: message"."""

    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class RuleFileError(OitError):
    """A rule file is malformed.  ``str()`` is "file:line: message" lines, one per problem."""

    exit_code = EXIT_FINDINGS

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class NothingScanned(OitError):
    exit_code = EXIT_UNREACHABLE


class BrowserUnavailable(OitError, RuntimeError):
    """Playwright or a Chromium binary is missing; the reason says which."""

    exit_code = EXIT_UNREACHABLE
