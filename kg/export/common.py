"""Helpers shared by the exporters: safe values, typed columns, display colours, XML output.

Every format gets the graph through `sanitized`, which guarantees what the XML formats
and their readers need: text without characters XML cannot carry, scalar values only
(no None, lists or dicts), one value type per attribute, and unique non-empty node and
edge ids.  The XML writers then take it as a `Display`: each attribute once as a typed
`Column`, written a column at a time (Python calls per value are what export time goes to).
"""

from __future__ import annotations

import json
import math
import re
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
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


# Graphs that `sanitized` returned: passing one back returns it as it is, so `write_outputs`
# sanitizes once and each writer it calls pays nothing more for that.
_SANITIZED: weakref.WeakSet[nx.DiGraph] = weakref.WeakSet()


def sanitized(graph: nx.DiGraph, check: bool = True) -> nx.DiGraph:
    """A read-only graph that every exporter can write as is (the input graph is not changed).

    Text is cleaned with `clean_text`; values become scalars (lists and sets joined with
    "|", dicts as JSON, None and non-finite numbers dropped); each attribute gets one type
    per scope; node ids become unique non-empty strings; every edge gets a unique `id`
    (its own when it has one, else `source->target`).

    A graph that needs none of this (the pipeline's never does) comes back as a frozen view
    of itself instead of a copy, which would cost about as much as writing one format: write
    it before changing the input.  A graph that `sanitized` returned comes back as it is.

    `check=False` skips looking at every value, for a graph known to need nothing: kg's own
    (`kg.pipeline.finish_build`), whose text the read stage cleaned and whose values are plain
    by construction (tests/test_properties.py holds the pipeline to it).  Checking takes a
    sixth of writing a format at 1,000 articles.
    """
    if graph in _SANITIZED:
        return graph
    clean = not check or _already_clean(graph)
    safe = graph.copy(as_view=True) if clean else nx.freeze(_cleaned_copy(graph))
    _SANITIZED.add(safe)
    return safe


_PLAIN_TYPES = {str, int, float, bool}


def _already_clean(graph: nx.DiGraph) -> bool:
    """Whether `sanitized` would change nothing in `graph`.  Checked for all values at once
    (type sets, one regex search over all text) rather than value by value, which costs
    more than writing them."""
    nodes = list(graph)
    edge_records = [data for _, _, data in graph.edges(data=True)]
    edge_ids = [data.get("id") for data in edge_records]
    if not (set(map(type, nodes)) <= {str} and all(nodes)):
        return False
    if not (set(map(type, edge_ids)) <= {str} and all(edge_ids) and len(set(edge_ids)) == len(edge_ids)):
        return False
    texts = list(nodes)
    for records in ([graph.graph], [data for _, data in graph.nodes(data=True)], edge_records):
        values = list(chain.from_iterable(record.values() for record in records))
        typed = set(zip(chain.from_iterable(records), map(type, values), strict=True))
        names = {name for name, _ in typed}
        if len(names) != len(typed) or not {kind for _, kind in typed} <= _PLAIN_TYPES:
            return False  # an attribute with two types of value, or a value that is not a plain scalar
        if not (set(map(type, names)) <= {str} and all(names)):
            return False
        if not all(map(math.isfinite, [value for value in values if type(value) is float])):
            return False
        texts += names
        texts += [value for value in values if type(value) is str]
    text = "".join(texts)
    return _NOT_XML.search(text) is None and "\r" not in text


def _cleaned_copy(graph: nx.DiGraph) -> nx.DiGraph:
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
    copy.add_nodes_from((node_ids[node], record) for node, record in zip(graph.nodes, nodes, strict=True))
    copy.add_edges_from(
        (node_ids[source], node_ids[target], record)
        for (source, target), record in zip(graph.edges, edges, strict=True)
    )
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


@dataclass(frozen=True)
class Column:
    """One attribute of many records as a typed column: `kind` is a GraphML type name, and
    `values` has one value per record, None where the record has none."""

    name: str
    kind: str  # "boolean", "int", "long", "double" or "string"
    values: list[Scalar | None]

    def cells(self, prefix: str, suffix: str, attribute: bool = False) -> list[str]:
        """`prefix` + each value as escaped XML text + `suffix`, or "" where there is no value;
        `attribute` escapes for an attribute value rather than element text."""
        return _spread(self.values, [f"{prefix}{text}{suffix}" for text in _xml_texts(self, attribute)])


def columns(records: list[Mapping[str, Scalar]]) -> dict[str, Column]:
    """The typed columns of sanitized records by name, in first-seen order (deterministic for a given graph)."""
    names = dict.fromkeys(chain.from_iterable(records))
    return {name: _column(name, [record.get(name) for record in records]) for name in names}


def _present(values: Iterable[Scalar | None]) -> list[Scalar]:
    return [value for value in values if value is not None]


def _column(name: str, values: list[Scalar | None]) -> Column:
    present = _present(values)
    first = present[0]  # sanitized: every value of an attribute has the same type
    if isinstance(first, bool):
        kind = "boolean"
    elif isinstance(first, int):
        kind = "int" if min(present) >= -INT32 and max(present) < INT32 else "long"  # type: ignore[type-var]
    elif isinstance(first, float):
        kind = "double"
    else:
        kind = "string"
    return Column(name, kind, values)


def _spread(values: Sequence[object | None], cells: list[str]) -> list[str]:
    """`cells` (one per value that is not None, in order) put back in the places of `values`,
    with "" where a value is None."""
    if len(cells) == len(values):
        return cells
    found = iter(cells)
    return [next(found) if value is not None else "" for value in values]


@dataclass(frozen=True)
class Display:
    """A sanitized graph as typed columns, in graph order, with what Gephi needs to draw every
    element: r/g/b and `color` (#rrggbb, the same colour: Gephi desktop reads either) for
    nodes and edges, and node `size`."""

    directed: bool
    attributes: dict[str, Column]  # the graph's own, one value each
    nodes: list[str]
    node_columns: dict[str, Column]
    sources: list[str]  # each edge's source node
    targets: list[str]
    edge_columns: dict[str, Column]  # with each edge's `id`

    def node_values(self, name: str) -> list[Scalar | None]:
        """Each node's `name` attribute, None where it has none."""
        column = self.node_columns.get(name)
        return column.values if column else [None] * len(self.nodes)

    def edge_values(self, name: str) -> list[Scalar | None]:
        """Each edge's `name` attribute, None where it has none."""
        column = self.edge_columns.get(name)
        return column.values if column else [None] * len(self.sources)


# Both XML formats draw the same graph: a sanitized graph's Display is made once.
_DISPLAYS: weakref.WeakKeyDictionary[nx.DiGraph, Display] = weakref.WeakKeyDictionary()


def for_display(graph: nx.DiGraph) -> Display:
    """`sanitized(graph)` as a Display.  Shared by the writers of one sanitized graph: read only."""
    safe = sanitized(graph)
    if safe not in _DISPLAYS:
        _DISPLAYS[safe] = _display(safe)
    return _DISPLAYS[safe]


def _display(safe: nx.DiGraph) -> Display:
    nodes = list(safe.nodes)
    node_records = [data for _, data in safe.nodes(data=True)]
    node_columns = columns(node_records)
    rgbs = list(map(node_rgb, node_records))
    # dict.update keeps a column the graph already has in its place and adds the others after.
    node_columns.update(_colour_columns(rgbs))
    if nodes:
        sizes: list[Scalar | None] = [
            float(size) if isinstance(size, int | float) and not isinstance(size, bool) else MIN_SIZE
            for size in (node_columns["size"].values if "size" in node_columns else [None] * len(nodes))
        ]
        node_columns["size"] = Column("size", "double", sizes)
    sources, targets = [], []
    edge_records = []
    for source, target, data in safe.edges(data=True):
        sources.append(source)
        targets.append(target)
        edge_records.append(data)
    edge_columns = columns(edge_records)
    tints = {node: edge_rgb(rgb) for node, rgb in zip(nodes, rgbs, strict=True)}
    edge_columns.update(_colour_columns([tints[source] for source in sources]))
    graph_columns = columns([safe.graph])
    return Display(safe.is_directed(), graph_columns, nodes, node_columns, sources, targets, edge_columns)


def _colour_columns(rgbs: list[tuple[int, int, int]]) -> dict[str, Column]:
    """r, g, b and color columns for elements drawn in `rgbs` (none for no elements)."""
    if not rgbs:
        return {}
    names = {rgb: hex_color(rgb) for rgb in set(rgbs)}  # a graph has a few colours and many elements
    return {
        "r": Column("r", "int", [rgb[0] for rgb in rgbs]),
        "g": Column("g", "int", [rgb[1] for rgb in rgbs]),
        "b": Column("b", "int", [rgb[2] for rgb in rgbs]),
        "color": Column("color", "string", [names[rgb] for rgb in rgbs]),
    }


def xml_value(value: Scalar) -> str:
    """A value as XML Schema text: lowercase booleans, shortest round-trip floats (repr)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _xml_texts(column: Column, attribute: bool) -> list[str]:
    """`xml_value` of each value present, escaped, a column at a time."""
    present = _present(column.values)
    if column.kind == "string":
        return _escape_all(present, attribute)  # type: ignore[arg-type]
    if column.kind == "boolean":
        return ["true" if value else "false" for value in present]
    return list(map(repr, present))  # ints and floats: repr is their xml_value


XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# Line breaks and tabs as character references in attributes: a parser would turn them into spaces.
_ATTRIBUTE_ESCAPES = (*_TEXT_ESCAPES, ('"', "&quot;"), ("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;"))

# Joins values for escaping them all at once; sanitized text never holds it (clean_text removes it).
_SEPARATOR = "\x00"


def _escape(text: str, attribute: bool = False) -> str:
    """`text` as XML element text, or as an attribute value."""
    for old, new in _ATTRIBUTE_ESCAPES if attribute else _TEXT_ESCAPES:
        text = text.replace(old, new)
    return text


def _escape_all(texts: list[str], attribute: bool = False) -> list[str]:
    """`_escape` of each of `texts`, done on all of them joined into one string: calling
    str.replace a few times per value costs several times more than the replacing."""
    if not texts:
        return []
    escaped = _escape(_SEPARATOR.join(texts), attribute).split(_SEPARATOR)
    if len(escaped) != len(texts):
        raise ValueError("text holding NUL characters: export a sanitized graph")
    return escaped


class XmlDocument:
    """An indented XML document built as text, for graphs too big to build as an ElementTree
    first (several times slower, and all of it in memory twice).  Values must come from
    `sanitized` graphs: escaping here handles markup characters, not control ones.

    `open`, `close` and `leaf` write one element at a time; `elements` writes a whole list of
    nodes or edges at once, a column of values at a time."""

    def __init__(self) -> None:
        self._chunks = [XML_DECLARATION + "\n"]
        self._open: list[str] = []

    @property
    def child_indent(self) -> str:
        """The indentation of what goes inside the elements given to `elements` next."""
        return "  " * (len(self._open) + 1)

    def _start(self, tag: str, attributes: Mapping[str, str]) -> str:
        escaped = "".join(f' {name}="{_escape(value, attribute=True)}"' for name, value in attributes.items())
        return f"{'  ' * len(self._open)}<{tag}{escaped}"

    def open(self, tag: str, attributes: Mapping[str, str] | None = None) -> None:
        self._chunks.append(self._start(tag, attributes or {}) + ">\n")
        self._open.append(tag)

    def close(self) -> None:
        tag = self._open.pop()
        self._chunks.append(f"{'  ' * len(self._open)}</{tag}>\n")

    def leaf(self, tag: str, attributes: Mapping[str, str] | None = None, text: str | None = None) -> None:
        """An element without children: empty, or holding `text`."""
        start = self._start(tag, attributes or {})
        self._chunks.append(f"{start} />\n" if text is None else f"{start}>{_escape(text)}</{tag}>\n")

    def elements(
        self, tag: str, attributes: Mapping[str, Sequence[str | None]], children: Iterable[Sequence[str]]
    ) -> None:
        """One <tag> element per position in the `attributes` columns (a None value leaves that
        attribute out), holding that position's text from each of `children`: lines indented
        with `child_indent`, or "" for none."""
        indent = "  " * len(self._open)
        count = len(next(iter(attributes.values())))
        starts = [
            _spread(values, [f' {name}="{text}"' for text in _escape_all(_present(values), attribute=True)])
            for name, values in attributes.items()
        ]
        start, end, close = [f"{indent}<{tag}"] * count, [">\n"] * count, [f"{indent}</{tag}>\n"] * count
        self._chunks += map("".join, zip(start, *starts, end, *children, close, strict=True))

    def save(self, path: Path) -> None:
        """The document as UTF-8 with "\\n" line ends."""
        if self._open:
            raise ValueError(f"<{self._open[-1]}> is still open")
        path.write_text("".join(self._chunks), encoding="utf-8", newline="\n")
