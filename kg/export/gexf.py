"""GEXF 1.2, Gephi's native format, with viz colour, size and position for every node.

Written with ElementTree rather than `networkx.write_gexf`, which stamps the file with
today's date (so the same input would not give the same bytes) and treats list values as
dynamic attributes.  Label, colour, size and position go where GEXF keeps them (the
`label` attribute and viz:color/size/position), so they are not repeated as columns; every
other attribute is a typed column.  Edges carry id, label and weight as attributes and the
page's edge tint as viz:color.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from numbers import Real
from pathlib import Path

import networkx as nx

from kg import __version__
from kg.export.common import Column, columns, for_display, write_xml, xml_value

NAMESPACE = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"
TYPES = {"boolean": "boolean", "int": "integer", "long": "long", "double": "double", "string": "string"}

NODE_VIZ = ("label", "r", "g", "b", "color", "size", "x", "y")  # written as node attributes / viz, not columns
EDGE_VIZ = ("id", "label", "weight", "r", "g", "b", "color")


def _number(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _declare(graph: ET.Element, scope: str, cols: list[Column]) -> dict[str, str]:
    """<attributes> for `scope`; returns the attribute id (its position) per column name."""
    if not cols:
        return {}
    attributes = ET.SubElement(graph, "attributes", {"class": scope, "mode": "static"})
    ids = {}
    for number, col in enumerate(cols):
        ids[col.name] = str(number)
        ET.SubElement(attributes, "attribute", id=str(number), title=col.name, type=TYPES[col.kind])
    return ids


def _add_values(element: ET.Element, data: dict, ids: dict[str, str]) -> None:
    present = [name for name in ids if name in data]
    if present:
        values = ET.SubElement(element, "attvalues")
        for name in present:
            ET.SubElement(values, "attvalue", {"for": ids[name], "value": xml_value(data[name])})


def _add_color(element: ET.Element, data: dict) -> None:
    ET.SubElement(element, "viz:color", r=str(data["r"]), g=str(data["g"]), b=str(data["b"]))


def to_element(graph: nx.DiGraph) -> ET.Element:
    """The GEXF document for `graph` (sanitized and given display colours first)."""
    graph = for_display(graph)
    root = ET.Element(
        "gexf", {"xmlns": NAMESPACE, "xmlns:viz": VIZ, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA, "version": "1.2"}
    )
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = f"kg {__version__}"
    body = ET.SubElement(
        root, "graph", mode="static", defaultedgetype="directed" if graph.is_directed() else "undirected"
    )
    node_ids = _declare(body, "node", columns((d for _, d in graph.nodes(data=True)), skip=NODE_VIZ))
    edge_ids = _declare(body, "edge", columns((d for _, _, d in graph.edges(data=True)), skip=EDGE_VIZ))
    nodes = ET.SubElement(body, "nodes")
    for node, data in graph.nodes(data=True):
        element = ET.SubElement(nodes, "node", id=node, label=str(data.get("label", node)))
        _add_values(element, data, node_ids)
        _add_color(element, data)
        ET.SubElement(element, "viz:size", value=xml_value(data["size"]))
        if _number(data.get("x")) and _number(data.get("y")):
            ET.SubElement(element, "viz:position", x=xml_value(data["x"]), y=xml_value(data["y"]), z="0.0")
    edges = ET.SubElement(body, "edges")
    for source, target, data in graph.edges(data=True):
        attributes = {"id": data["id"], "source": source, "target": target}
        if "label" in data:
            attributes["label"] = str(data["label"])
        if _number(data.get("weight")):
            attributes["weight"] = xml_value(float(data["weight"]))
        element = ET.SubElement(edges, "edge", attributes)
        _add_values(element, data, edge_ids)
        _add_color(element, data)
    return root


def write(graph: nx.DiGraph, path: Path) -> None:
    write_xml(to_element(graph), path)
