"""GraphML for Gephi desktop and Gephi Lite: typed keys, unique edge ids, UTF-8 with the XML declaration.

Written directly rather than with `networkx.write_graphml`, whose key ids are `d0`, `d1`…:
Gephi matches keys to node properties by id before name, and takes `d3` (yEd's label
key) as the node label and `d7` as the edge label.  Here key ids are `n_<name>`/`e_<name>`,
which Gephi then resolves by `attr.name`: label, x, y, size, r/g/b and color become its
label, position, size and colour; the rest become columns typed from `attr.type`.  Gephi
Lite (graphology-graphml) reads the same keys, turning r/g/b into its colour.  The edge id
is only the `id` attribute of <edge>, not repeated as a data key.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from kg.export.common import Column, XmlDocument, for_display, xml_value

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

_NMTOKEN = re.compile(r"[A-Za-z0-9_.-]+")


def key_ids(scope: str, cols: list[Column]) -> list[tuple[str, str]]:
    """(column name, key id) pairs: `<scope letter>_<name>`, numbered when the name is not a plain token."""
    prefix = scope[0]
    return [
        (col.name, f"{prefix}_{col.name}" if _NMTOKEN.fullmatch(col.name) else f"{prefix}{number}")
        for number, col in enumerate(cols)
    ]


def _data(doc: XmlDocument, cols: list[Column], keys: list[tuple[str, str]]) -> list[list[str]]:
    """The <data> lines of the elements written next, a column at a time."""
    indent = doc.child_indent
    return [col.cells(f'{indent}<data key="{key}">', "</data>\n") for col, (_, key) in zip(cols, keys, strict=True)]


def document(graph: nx.DiGraph) -> XmlDocument:
    """The GraphML document for `graph` (sanitized and given display colours first)."""
    shown = for_display(graph)
    scopes = {
        "graph": list(shown.attributes.values()),
        "node": list(shown.node_columns.values()),
        "edge": [col for name, col in shown.edge_columns.items() if name != "id"],
    }
    keys = {scope: key_ids(scope, cols) for scope, cols in scopes.items()}
    doc = XmlDocument()
    doc.open("graphml", {"xmlns": NAMESPACE, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA})
    for scope, cols in scopes.items():
        for col, (name, key) in zip(cols, keys[scope], strict=True):
            doc.leaf("key", {"id": key, "for": scope, "attr.name": name, "attr.type": col.kind})
    doc.open("graph", {"id": "G", "edgedefault": "directed" if shown.directed else "undirected"})
    for col, (_, key) in zip(scopes["graph"], keys["graph"], strict=True):
        doc.leaf("data", {"key": key}, xml_value(col.values[0]))  # type: ignore[arg-type]
    doc.elements("node", {"id": shown.nodes}, _data(doc, scopes["node"], keys["node"]))
    edge_attributes = {
        "id": shown.edge_values("id"),
        "source": shown.sources,
        "target": shown.targets,
    }
    doc.elements("edge", edge_attributes, _data(doc, scopes["edge"], keys["edge"]))
    doc.close()
    doc.close()
    return doc


def write(graph: nx.DiGraph, path: Path) -> None:
    document(graph).save(path)
