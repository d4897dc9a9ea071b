"""Read a YAML file and remember the line of every value, so errors can say file:line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from crawler.errors import Problem, RuleFileError

Path_ = tuple[str | int, ...]


@dataclass
class SourceFile:
    """A parsed YAML document plus the line (1-based) of each value, by path."""

    path: Path
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int:
        """Line of ``path``, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def problem(self, path: Path_, message: str) -> Problem:
        return Problem(self.path, self.line_of(path), message)


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], problems: list[Problem], file: Path) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(Problem(file, line, f"duplicate key {key!r} (first at line {seen[key]})"))
            seen[key] = line
            _walk(value_node, (*path, key), lines, problems, file)
            lines[(*path, key)] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            _walk(child, (*path, index), lines, problems, file)


def load_source(path: Path) -> SourceFile:
    """Parse ``path``; raise :class:`RuleFileError` with file:line on any YAML problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError([Problem(path, 1, f"cannot read file: {exc}")]) from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise RuleFileError([Problem(path, line, f"invalid YAML: {exc.problem}")]) from exc
    except yaml.YAMLError as exc:
        raise RuleFileError([Problem(path, 1, f"invalid YAML: {exc}")]) from exc
    lines: dict[Path_, int] = {}
    problems: list[Problem] = []
    if node is not None:
        _walk(node, (), lines, problems, path)
    if problems:
        raise RuleFileError(problems)
    return SourceFile(path, data, lines)
