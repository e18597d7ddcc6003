"""GEXF 1.2, Gephi's native format, with viz colour, size and position for every node.

Written directly rather than with `networkx.write_gexf`, which stamps the file with
today's date (so the same input would not give the same bytes) and treats list values as
dynamic attributes.  Label, colour, size and position go where GEXF keeps them (the
`label` attribute and viz:color/size/position), so they are not repeated as columns; every
other attribute is a typed column.  Edges carry id, label and weight as attributes and the
page's edge tint as viz:color.
"""

from __future__ import annotations

from collections.abc import Callable
from numbers import Real
from pathlib import Path

import networkx as nx

from kg import __version__
from kg.export.common import Column, XmlDocument, for_display

NAMESPACE = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"
TYPES = {"boolean": "boolean", "int": "integer", "long": "long", "double": "double", "string": "string"}

NODE_VIZ = ("label", "r", "g", "b", "color", "size", "x", "y")  # written as node attributes / viz, not columns
EDGE_VIZ = ("id", "label", "weight", "r", "g", "b", "color")


def _number(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _declare(doc: XmlDocument, scope: str, cols: list[Column]) -> None:
    """<attributes> for `scope`; attribute ids are column positions."""
    if cols:
        doc.open("attributes", {"class": scope, "mode": "static"})
        for number, col in enumerate(cols):
            doc.leaf("attribute", {"id": str(number), "title": col.name, "type": TYPES[col.kind]})
        doc.close()


def _children(doc: XmlDocument, cols: list[Column], values_of: Callable[[str], list]) -> list[list[str]]:
    """What each element written next holds: its <attvalues> (when it has any value) and viz:color.
    `values_of(name)` gives the elements' values of an attribute."""
    indent = doc.child_indent
    values = [
        col.cells(f'{indent}  <attvalue for="{number}" value="', '" />\n', attribute=True)
        for number, col in enumerate(cols)
    ]
    opening, closing = f"{indent}<attvalues>\n", f"{indent}</attvalues>\n"
    blocks = map("".join, zip(*values, strict=True)) if values else [""] * len(values_of("r"))
    attvalues = [f"{opening}{block}{closing}" if block else "" for block in blocks]
    rgb = zip(values_of("r"), values_of("g"), values_of("b"), strict=True)
    colors = [f'{indent}<viz:color r="{r}" g="{g}" b="{b}" />\n' for r, g, b in rgb]
    return [attvalues, colors]


def document(graph: nx.DiGraph) -> XmlDocument:
    """The GEXF document for `graph` (sanitized and given display colours first)."""
    shown = for_display(graph)
    doc = XmlDocument()
    doc.open("gexf", {"xmlns": NAMESPACE, "xmlns:viz": VIZ, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA,
                      "version": "1.2"})
    doc.open("meta")
    doc.leaf("creator", text=f"kg {__version__}")
    doc.close()
    doc.open("graph", {"mode": "static", "defaultedgetype": "directed" if shown.directed else "undirected"})
    node_cols = [col for name, col in shown.node_columns.items() if name not in NODE_VIZ]
    edge_cols = [col for name, col in shown.edge_columns.items() if name not in EDGE_VIZ]
    _declare(doc, "node", node_cols)
    _declare(doc, "edge", edge_cols)

    doc.open("nodes")
    indent = doc.child_indent
    # repr is xml_value for floats (every size) and ints alike.
    sizes = [f'{indent}<viz:size value="{size!r}" />\n' for size in shown.node_values("size")]
    # Only nodes with a position get one; Gephi places the others.
    positions = [
        f'{indent}<viz:position x="{x!r}" y="{y!r}" z="0.0" />\n' if _number(x) and _number(y) else ""
        for x, y in zip(shown.node_values("x"), shown.node_values("y"), strict=True)
    ]
    labels = [
        node if label is None else str(label)
        for node, label in zip(shown.nodes, shown.node_values("label"), strict=True)
    ]
    children = [*_children(doc, node_cols, shown.node_values), sizes, positions]
    doc.elements("node", {"id": shown.nodes, "label": labels}, children)
    doc.close()

    doc.open("edges")
    edge_attributes = {
        "id": shown.edge_values("id"),
        "source": shown.sources,
        "target": shown.targets,
        "label": [None if label is None else str(label) for label in shown.edge_values("label")],
        "weight": [repr(float(weight)) if _number(weight) else None for weight in shown.edge_values("weight")],
    }
    doc.elements("edge", edge_attributes, _children(doc, edge_cols, shown.edge_values))
    doc.close()
    doc.close()
    doc.close()
    return doc


def write(graph: nx.DiGraph, path: Path) -> None:
    document(graph).save(path)
