"""Helpers shared by the exporters: safe values, typed columns, display colours, XML output.

Every format gets the graph through `sanitized`, which guarantees what the XML formats
and their readers need: text without characters XML cannot carry, scalar values only
(no None, lists or dicts), one value type per attribute, and unique non-empty node and
edge ids.  The XML writers then describe each attribute once as a typed `Column`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from numbers import Integral, Real
from pathlib import Path

import networkx as nx

from kg.style import MIN_SIZE, style_of

Scalar = bool | int | float | str

# Characters XML 1.0 cannot carry (C0 controls but tab/newline, surrogates, U+FFFE/FFFF),
# plus DEL and the C1 controls, which XML allows but Gephi's importer rejects and which
# never belong in article text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

INT32 = 2**31  # values outside ±2^31 need GraphML "long" (Gephi reads "int" as a Java int)


def clean_text(value: str) -> str:
    """Text safe for every format: Unix line ends, no control characters, no lone surrogates."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("", value)


def _scalar(value: object) -> Scalar | None:
    """One attribute value as bool/int/float/str, or None when it has nothing to write."""
    if value is None:
        return None
    if hasattr(value, "shape") and hasattr(value, "tolist"):
        return _scalar(value.tolist())  # NumPy scalars and arrays (layouts and metrics return them)
    if isinstance(value, bool | str):
        return clean_text(value) if isinstance(value, str) else value
    if isinstance(value, Integral):
        return int(value)
    if isinstance(value, Real):
        number = float(value)
        # NaN and infinities have no JSON form and no useful meaning in a column.
        return number if math.isfinite(number) else None
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, list | tuple):
        # The graph contract joins multi-valued text with "|" (documents, aliases).
        return clean_text("|".join(str(v) for v in value))
    if isinstance(value, Mapping):
        return clean_text(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return clean_text(str(value))


def _as_text(value: Scalar) -> str:
    return xml_value(value) if not isinstance(value, str) else value


def _unify(records: list[dict[str, Scalar]]) -> None:
    """Give each attribute one type across `records`: int+float → float, any other mix → text."""
    kinds: dict[str, set[type]] = {}
    for record in records:
        for name, value in record.items():
            kinds.setdefault(name, set()).add(type(value))
    for name, types in kinds.items():
        if len(types) < 2:
            continue
        convert = float if types <= {int, float} else _as_text
        for record in records:
            if name in record:
                record[name] = convert(record[name])


def _unique(candidate: str, used: set[str], fallback: str) -> str:
    """`candidate` (or `fallback` when empty), suffixed with ~2, ~3… until it is not in `used`."""
    base = candidate or fallback
    name, number = base, 1
    while name in used:
        number += 1
        name = f"{base}~{number}"
    used.add(name)
    return name


def _clean_record(data: Mapping) -> dict[str, Scalar]:
    record = {}
    for key, value in data.items():
        kind = type(value)
        # Exact-type fast paths: the pipeline's values are plain str/int/float (big graphs).
        if kind is str:
            scalar = clean_text(value)
        elif kind is int or (kind is float and math.isfinite(value)):
            scalar = value
        else:
            scalar = _scalar(value)
        name = key if type(key) is str and key.isidentifier() else clean_text(str(key))
        if scalar is not None and name:
            record[name] = scalar
    return record


def sanitized(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy that every exporter can write as is (the input graph is not changed).

    Text is cleaned with `clean_text`; values become scalars (lists and sets joined with
    "|", dicts as JSON, None and non-finite numbers dropped); each attribute gets one type
    per scope; node ids become unique non-empty strings; every edge gets a unique `id`
    (its own when it has one, else `source->target`).
    """
    node_ids: dict[object, str] = {}
    used: set[str] = set()
    for node in graph.nodes:
        node_ids[node] = _unique(clean_text(str(node)), used, "node")
    nodes = [_clean_record(data) for _, data in graph.nodes(data=True)]
    edges = [_clean_record(data) for _, _, data in graph.edges(data=True)]
    used_edges: set[str] = set()
    for (source, target), record in zip(graph.edges, edges, strict=True):
        own = record.pop("id", "")
        record["id"] = _unique(_as_text(own), used_edges, f"{node_ids[source]}->{node_ids[target]}")
    for records in (nodes, edges):
        _unify(records)
    copy = graph.__class__()
    copy.graph.update(_clean_record(graph.graph))
    for node, record in zip(graph.nodes, nodes, strict=True):
        copy.add_node(node_ids[node], **record)
    for (source, target), record in zip(graph.edges, edges, strict=True):
        copy.add_edge(node_ids[source], node_ids[target], **record)
    return copy


def hex_color(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def node_rgb(data: Mapping) -> tuple[int, int, int]:
    """The node's r/g/b when it has valid ones, else its type's colour from kg.style."""
    rgb = tuple(data.get(channel) for channel in "rgb")
    if all(isinstance(c, int) and not isinstance(c, bool) and 0 <= c <= 255 for c in rgb):
        return rgb  # type: ignore[return-value]
    return style_of(str(data.get("type", ""))).rgb


def edge_rgb(source_rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    """The source node's colour half-mixed with white: how the page draws edges (source colour,
    50% opacity on white), so Gephi shows the same tint instead of grey or full-strength lines."""
    return tuple((c + 255 + 1) // 2 for c in source_rgb)  # type: ignore[return-value]


def for_display(graph: nx.DiGraph) -> nx.DiGraph:
    """`sanitized(graph)` plus what Gephi needs to draw every element: r/g/b and `color`
    (#rrggbb, the same colour: Gephi desktop reads either) for nodes and edges, node `size`."""
    safe = sanitized(graph)
    for _, data in safe.nodes(data=True):
        data["r"], data["g"], data["b"] = rgb = node_rgb(data)
        data["color"] = hex_color(rgb)
        size = data.get("size")
        data["size"] = float(size) if isinstance(size, int | float) and not isinstance(size, bool) else MIN_SIZE
    for source, _, data in safe.edges(data=True):
        data["r"], data["g"], data["b"] = rgb = edge_rgb(node_rgb(safe.nodes[source]))
        data["color"] = hex_color(rgb)
    return safe


@dataclass(frozen=True)
class Column:
    """One attribute as a typed column: `kind` is a GraphML type name."""

    name: str
    kind: str  # "boolean", "int", "long", "double" or "string"


def columns(records: Iterable[Mapping[str, Scalar]], skip: Iterable[str] = ()) -> list[Column]:
    """The typed columns of sanitized records, in first-seen order (deterministic for a given graph)."""
    skipped = set(skip)
    values: dict[str, list[Scalar]] = {}
    for record in records:
        for name, value in record.items():
            if name not in skipped:
                values.setdefault(name, []).append(value)
    return [Column(name, _kind(found)) for name, found in values.items()]


def _kind(values: list[Scalar]) -> str:
    first = values[0]  # sanitized: every value of an attribute has the same type
    if isinstance(first, bool):
        return "boolean"
    if isinstance(first, int):
        return "int" if all(-INT32 <= v < INT32 for v in values) else "long"  # type: ignore[operator]
    if isinstance(first, float):
        return "double"
    return "string"


def xml_value(value: Scalar) -> str:
    """A value as XML Schema text: lowercase booleans, shortest round-trip floats (repr)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(text: str) -> str:
    # Line breaks and tabs as character references: a parser would turn them into spaces.
    return (
        _escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    )


class XmlDocument:
    """An indented XML document written line by line, for graphs too big to build as an
    ElementTree first (several times slower, and all of it in memory twice).  Values must
    come from `sanitized` graphs: escaping here handles markup characters, not control ones."""

    def __init__(self) -> None:
        self._lines = [XML_DECLARATION]
        self._open: list[str] = []
        self._reused: dict[tuple, str] = {}

    @staticmethod
    def _start(tag: str, attributes: Mapping[str, str]) -> str:
        return "<" + tag + "".join(f' {name}="{_escape_attribute(value)}"' for name, value in attributes.items())

    def open(self, tag: str, attributes: Mapping[str, str] | None = None) -> None:
        self._lines.append("  " * len(self._open) + self._start(tag, attributes or {}) + ">")
        self._open.append(tag)

    def close(self) -> None:
        tag = self._open.pop()
        self._lines.append("  " * len(self._open) + f"</{tag}>")

    def leaf(
        self, tag: str, attributes: Mapping[str, str] | None = None, text: str | None = None, reuse: bool = False
    ) -> None:
        """An element without children: empty, or holding `text`.  `reuse` remembers the start
        tag, for the few tags written many times over (GraphML's <data key=…>)."""
        if reuse:
            memo = (len(self._open), tag, *(attributes or {}).items())
            start = self._reused.get(memo)
            if start is None:
                start = self._reused[memo] = "  " * len(self._open) + self._start(tag, attributes or {})
        else:
            start = "  " * len(self._open) + self._start(tag, attributes or {})
        self._lines.append(start + " />" if text is None else f"{start}>{_escape_text(text)}</{tag}>")

    def save(self, path: Path) -> None:
        """The document as UTF-8 with "\\n" line ends."""
        if self._open:
            raise ValueError(f"<{self._open[-1]}> is still open")
        path.write_text("\n".join(self._lines) + "\n", encoding="utf-8", newline="\n")
