"""The ``oit`` command: one module per command, none importing another.

Each command module has ``register(commands)`` (its sub-parser, with ``run`` as default) and
``run(args, context) -> exit code``; what several share is in ``options`` and ``progress``.
``main`` holds the only ``except`` that turns the tool's errors (``crawler.errors``) into a
message and an exit code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console

from crawler import __version__
from crawler.cli import batch, crawl, demo, diff, history, monitor, rules, scan
from crawler.cli.options import Context
from crawler.errors import OitError, RuleFileError

COMMANDS = (rules, monitor, diff, history, batch, demo, scan, crawl)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="oit",
        description="ตรวจเว็บไซต์ อปท. ตามเกณฑ์ OIT ของ ITA ก่อนการประเมิน / "
        "Pre-assess a Thai local government website against the ITA OIT checklist.",
    )
    root.add_argument("--version", action="version", version=f"oit-crawler {__version__}")
    root.add_argument("--rules-dir", type=Path, help="directory of <year>.yaml rule files (default: bundled rules)")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    # emoji=False: rich would turn "2569.yaml:100:" into a 💯 emoji in a file:line message.
    context = Context(out=Console(soft_wrap=True, emoji=False), err=Console(stderr=True, soft_wrap=True, emoji=False))
    try:
        return int(args.run(args, context))
    except RuleFileError as exc:
        context.err.print("[red]rule file error:[/red]", highlight=False)
        for problem in exc.problems:
            context.err.print(f"  {problem}", highlight=False, markup=False)
        return exc.exit_code
    except OitError as exc:
        context.err.print("[red]error:[/red] ", end="", highlight=False)
        context.err.print(str(exc), highlight=False, markup=False)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
