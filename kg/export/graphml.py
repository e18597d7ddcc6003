"""GraphML for Gephi and Gephi Lite: typed keys, unique edge ids, UTF-8 with the XML declaration."""

from __future__ import annotations

from pathlib import Path

import networkx as nx


def write(graph: nx.DiGraph, path: Path) -> None:
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")
