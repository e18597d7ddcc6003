"""Node-link JSON (networkx.node_link_data), for scripts and other tools."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx


def write(graph: nx.DiGraph, path: Path) -> None:
    data = nx.node_link_data(graph, edges="edges")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
