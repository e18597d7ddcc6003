"""GEXF, Gephi's native format, with viz colour, size and position for every node."""

from __future__ import annotations

from pathlib import Path

import networkx as nx


def write(graph: nx.DiGraph, path: Path) -> None:
    copy = graph.copy()
    for _, data in copy.nodes(data=True):
        data["viz"] = {
            "color": {"r": data["r"], "g": data["g"], "b": data["b"], "a": 1.0},
            "size": data["size"],
            "position": {"x": data.get("x", 0.0), "y": data.get("y", 0.0), "z": 0.0},
        }
    nx.write_gexf(copy, path, encoding="utf-8", prettyprint=True, version="1.2draft")
