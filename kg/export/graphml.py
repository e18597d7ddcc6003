"""GraphML for Gephi desktop and Gephi Lite: typed keys, unique edge ids, UTF-8 with the XML declaration.

Written with ElementTree rather than `networkx.write_graphml`, whose key ids are `d0`, `d1`…:
Gephi matches keys to node properties by id before name, and takes `d3` (yEd's label
key) as the node label and `d7` as the edge label.  Here key ids are `n_<name>`/`e_<name>`,
which Gephi then resolves by `attr.name`: label, x, y, size and r/g/b become its label,
position, size and colour; the rest become columns typed from `attr.type`.  Gephi Lite
(graphology-graphml) reads the same keys, turning r/g/b into its colour.  The edge id is
only the `id` attribute of <edge>, not repeated as a data key.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from kg.export.common import Column, columns, for_display, write_xml, xml_value

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
KEY_TYPES = ("boolean", "int", "long", "float", "double", "string")  # all that graphology-graphml knows

_NMTOKEN = re.compile(r"[A-Za-z0-9_.-]+")


def key_ids(scope: str, cols: list[Column]) -> dict[str, str]:
    """Key id per column name: `<scope letter>_<name>`, or numbered when the name is not a plain token."""
    prefix = scope[0]
    return {
        col.name: f"{prefix}_{col.name}" if _NMTOKEN.fullmatch(col.name) else f"{prefix}{number}"
        for number, col in enumerate(cols)
    }


def _add_data(element: ET.Element, data: dict, cols: list[Column], ids: dict[str, str]) -> None:
    for col in cols:
        if col.name in data:
            ET.SubElement(element, "data", key=ids[col.name]).text = xml_value(data[col.name])


def to_element(graph: nx.DiGraph) -> ET.Element:
    """The GraphML document for `graph` (sanitized and given display colours first)."""
    graph = for_display(graph)
    root = ET.Element("graphml", {"xmlns": NAMESPACE, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA})
    scopes = {
        "graph": columns([graph.graph]),
        "node": columns(data for _, data in graph.nodes(data=True)),
        "edge": columns((data for _, _, data in graph.edges(data=True)), skip=["id"]),
    }
    ids = {scope: key_ids(scope, cols) for scope, cols in scopes.items()}
    for scope, cols in scopes.items():
        for col in cols:
            ET.SubElement(
                root, "key", {"id": ids[scope][col.name], "for": scope, "attr.name": col.name, "attr.type": col.kind}
            )
    body = ET.SubElement(root, "graph", id="G", edgedefault="directed" if graph.is_directed() else "undirected")
    _add_data(body, graph.graph, scopes["graph"], ids["graph"])
    for node, data in graph.nodes(data=True):
        _add_data(ET.SubElement(body, "node", id=node), data, scopes["node"], ids["node"])
    for source, target, data in graph.edges(data=True):
        edge = ET.SubElement(body, "edge", id=data["id"], source=source, target=target)
        _add_data(edge, data, scopes["edge"], ids["edge"])
    return root


def write(graph: nx.DiGraph, path: Path) -> None:
    write_xml(to_element(graph), path)
