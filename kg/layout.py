"""Node positions computed once in Python, so the page needs no physics and Gephi opens laid out.

Placement is type-aware: each role (or document) gets a spot on a grid, its duties a ring
around it, and everything else starts near the duty it is linked to; a short seeded spring
layout then relaxes the whole.  The same x/y go to the page, GraphML and GEXF.
"""

from __future__ import annotations

import math

import networkx as nx

SEED = 11
SCALE = 1000.0  # page pixels across the whole layout, per sqrt(1000 nodes)


def compute_layout(graph: nx.DiGraph) -> dict[str, tuple[float, float]]:
    if graph.number_of_nodes() == 0:
        return {}
    initial = _initial_positions(graph)
    iterations = 50 if graph.number_of_nodes() <= 2000 else 15
    pos = nx.spring_layout(graph.to_undirected(as_view=True), pos=initial, iterations=iterations, seed=SEED,
                           weight=None)
    scale = SCALE * max(1.0, math.sqrt(graph.number_of_nodes() / 1000))
    return {node: (round(float(x) * scale, 2), round(float(y) * scale, 2)) for node, (x, y) in pos.items()}


def _initial_positions(graph: nx.DiGraph) -> dict[str, tuple[float, float]]:
    hubs = sorted(n for n, d in graph.nodes(data=True) if d["type"] in ("role", "document"))
    side = max(1, math.ceil(math.sqrt(len(hubs))))
    pos: dict[str, tuple[float, float]] = {}
    for number, hub in enumerate(hubs):
        pos[hub] = ((number % side) / side * 2 - 1, (number // side) / side * 2 - 1)
    ring = 0.6 / side
    for hub in hubs:
        duties = sorted(n for n in graph.successors(hub) if graph.nodes[n]["type"] == "duty")
        for k, duty in enumerate(duties):
            angle = 2 * math.pi * k / max(1, len(duties))
            hx, hy = pos[hub]
            pos.setdefault(duty, (hx + ring * math.cos(angle), hy + ring * math.sin(angle)))
    for node in sorted(graph.nodes):
        if node in pos:
            continue
        anchors = [pos[m] for m in nx.all_neighbors(graph, node) if m in pos]
        # Deterministic jitter from the id, so nodes sharing an anchor do not start on top of each other.
        h = sum(ord(c) * (i + 1) for i, c in enumerate(node)) % 3600
        jitter = (math.cos(h / 10) * ring, math.sin(h / 10) * ring)
        if anchors:
            ax = sum(p[0] for p in anchors) / len(anchors)
            ay = sum(p[1] for p in anchors) / len(anchors)
        else:
            ax, ay = 0.0, 0.0
        pos[node] = (ax + jitter[0], ay + jitter[1])
    return pos


def add_layout(graph: nx.DiGraph) -> None:
    for node, (x, y) in compute_layout(graph).items():
        graph.nodes[node]["x"] = x
        graph.nodes[node]["y"] = y
