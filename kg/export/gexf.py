"""GEXF 1.2, Gephi's native format, with viz colour, size and position for every node.

Written directly rather than with `networkx.write_gexf`, which stamps the file with
today's date (so the same input would not give the same bytes) and treats list values as
dynamic attributes.  Label, colour, size and position go where GEXF keeps them (the
`label` attribute and viz:color/size/position), so they are not repeated as columns; every
other attribute is a typed column.  Edges carry id, label and weight as attributes and the
page's edge tint as viz:color.
"""

from __future__ import annotations

from numbers import Real
from pathlib import Path

import networkx as nx

from kg import __version__
from kg.export.common import Column, XmlDocument, columns, for_display, xml_value

NAMESPACE = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"
TYPES = {"boolean": "boolean", "int": "integer", "long": "long", "double": "double", "string": "string"}

NODE_VIZ = ("label", "r", "g", "b", "color", "size", "x", "y")  # written as node attributes / viz, not columns
EDGE_VIZ = ("id", "label", "weight", "r", "g", "b", "color")


def _number(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _declare(doc: XmlDocument, scope: str, cols: list[Column]) -> list[tuple[str, str]]:
    """<attributes> for `scope`; returns (column name, attribute id) pairs, ids by position."""
    ids = [(col.name, str(number)) for number, col in enumerate(cols)]
    if cols:
        doc.open("attributes", {"class": scope, "mode": "static"})
        for col, (name, attribute) in zip(cols, ids, strict=True):
            doc.leaf("attribute", {"id": attribute, "title": name, "type": TYPES[col.kind]})
        doc.close()
    return ids


def _add_values(doc: XmlDocument, data: dict, ids: list[tuple[str, str]]) -> None:
    present = [(name, attribute) for name, attribute in ids if name in data]
    if present:
        doc.open("attvalues")
        for name, attribute in present:
            doc.leaf("attvalue", {"for": attribute, "value": xml_value(data[name])})
        doc.close()


def _add_color(doc: XmlDocument, data: dict) -> None:
    doc.leaf("viz:color", {"r": str(data["r"]), "g": str(data["g"]), "b": str(data["b"])})


def document(graph: nx.DiGraph) -> XmlDocument:
    """The GEXF document for `graph` (sanitized and given display colours first)."""
    graph = for_display(graph)
    doc = XmlDocument()
    doc.open("gexf", {"xmlns": NAMESPACE, "xmlns:viz": VIZ, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA,
                      "version": "1.2"})
    doc.open("meta")
    doc.leaf("creator", text=f"kg {__version__}")
    doc.close()
    doc.open("graph", {"mode": "static", "defaultedgetype": "directed" if graph.is_directed() else "undirected"})
    node_ids = _declare(doc, "node", columns((d for _, d in graph.nodes(data=True)), skip=NODE_VIZ))
    edge_ids = _declare(doc, "edge", columns((d for _, _, d in graph.edges(data=True)), skip=EDGE_VIZ))
    doc.open("nodes")
    for node, data in graph.nodes(data=True):
        doc.open("node", {"id": node, "label": str(data.get("label", node))})
        _add_values(doc, data, node_ids)
        _add_color(doc, data)
        doc.leaf("viz:size", {"value": xml_value(data["size"])})
        if _number(data.get("x")) and _number(data.get("y")):
            doc.leaf("viz:position", {"x": xml_value(data["x"]), "y": xml_value(data["y"]), "z": "0.0"})
        doc.close()
    doc.close()
    doc.open("edges")
    for source, target, data in graph.edges(data=True):
        attributes = {"id": data["id"], "source": source, "target": target}
        if "label" in data:
            attributes["label"] = str(data["label"])
        if _number(data.get("weight")):
            attributes["weight"] = xml_value(float(data["weight"]))
        doc.open("edge", attributes)
        _add_values(doc, data, edge_ids)
        _add_color(doc, data)
        doc.close()
    doc.close()
    doc.close()
    doc.close()
    return doc


def write(graph: nx.DiGraph, path: Path) -> None:
    document(graph).save(path)
