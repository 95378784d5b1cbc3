"""YAML loading that remembers line numbers, so data errors can name file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class DataError(Exception):
    """A data file is invalid; carries every problem found as `file:line: reason`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class LineDict(dict[str, Any]):
    """A mapping read from YAML that knows the line it starts on (1-based)."""

    line: int = 0


class LineList(list[Any]):
    """A sequence read from YAML that knows the line it starts on (1-based)."""

    line: int = 0


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: several times faster


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader whose mappings and sequences carry their line numbers."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file safely; mappings and lists carry a `.line` attribute."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)  # noqa: S506 - _Loader is a (C)SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else 0
        raise DataError([f"{path}:{line}: invalid YAML: {exc.problem}"]) from exc
    except OSError as exc:
        raise DataError([f"{path}:0: cannot read file: {exc.strerror}"]) from exc


def line_of(node: Any, default: int = 0) -> int:
    """The line a loaded YAML node starts on, or `default` for scalars."""
    return int(getattr(node, "line", default))
