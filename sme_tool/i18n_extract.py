"""Babel extractor for the YAML data files: every translatable text, with its line and context."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml

TRANSLATABLE = frozenset({
    "title", "intro", "label", "help", "guidance", "advice", "meaning", "reason",
    "low", "high", "unit", "strength", "because", "description", "answer",
})  # fmt: skip


def extract_yaml(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Yield (line, function, message, comments) for Babel, one per translatable value."""
    node = yaml.compose(fileobj.read().decode("utf-8"), Loader=yaml.SafeLoader)
    if node is not None:
        yield from _walk(node, "")


def _walk(node: yaml.Node, context: str) -> Iterator[tuple[int, str | None, str, list[str]]]:
    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            yield from _walk(child, context)
    elif isinstance(node, yaml.MappingNode):
        own_id = next((v.value for k, v in node.value if k.value in ("id", "value")
                       and isinstance(v, yaml.ScalarNode)), "")  # fmt: skip
        where = f"{context} {own_id}".strip()
        for key, value in node.value:
            if key.value in TRANSLATABLE and isinstance(value, yaml.ScalarNode) and value.value.strip():
                comment = f"i18n: {key.value} of {where}" if where else f"i18n: {key.value}"
                yield value.start_mark.line + 1, None, value.value.strip(), [comment]
            else:
                yield from _walk(value, where if key.value in ("sections", "questions", "options") else context)
