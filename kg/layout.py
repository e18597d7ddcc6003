"""Node positions computed once in Python, so the page needs no physics and Gephi opens laid out.

Placement is type-aware: roles (or documents, for articles without a role) get spots on a
grid, their duties a ring around them, and every other node starts near the nodes it is
linked to (documents next to their role).  A fixed number of force-directed steps (Fruchterman-Reingold: springs along
edges, repulsion between nodes, mild gravity) then relax the whole.  Repulsion is exact for
small graphs; for big ones each node is pushed by the centres of mass of a coarse grid of
cells (one level of Barnes-Hut), which keeps a step O(n · cells) instead of O(n²): a
20,000-node graph lays out in about a second.  Everything is seeded and rounded, so the
same graph always gets the same x/y, which go to the page, GraphML and GEXF alike.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Hashable, Iterable

import networkx as nx
import numpy as np

EXACT_LIMIT = 600  # up to this many nodes, repulsion between every pair of nodes
GRID = 16  # cells per side for the approximate repulsion of bigger graphs
BLOCK = 2**15  # node-source pairs per block of the pairwise computations: small blocks stay in cache
SMALL_ITERATIONS = 80
LARGE_ITERATIONS = 25
GRAVITY = 0.4  # pull towards the centre: keeps components together and fills the disc evenly (fewer overlaps)
SPACING = 130.0  # page pixels per node along each axis: the layout spans SPACING * sqrt(n)
MIN_SPAN = 1000.0  # ...but never less than this, so small graphs are not cramped


def compute_layout(graph: nx.Graph) -> dict[Hashable, tuple[float, float]]:
    """Seeded positions in page pixels (centred on 0, 1 decimal) for every node of `graph`."""
    types = [data.get("type") for _, data in graph.nodes(data=True)]
    return layout_positions(list(graph.nodes), types, list(graph.edges), graph.neighbors)


def layout_positions(
    nodes: list[Hashable],
    types: list[str | None],
    edges: list[tuple[Hashable, Hashable]],
    following: Callable[[Hashable], Iterable[Hashable]],
) -> dict[Hashable, tuple[float, float]]:
    """`compute_layout` from plain tables: the node ids and their types in graph order, the
    linked pairs, and each node's successors (its neighbours, undirected) in graph order.
    What the layout reads of a graph is only this, so it can start before the graph exists."""
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = _edge_pairs(edges, index)
    pos = _relax(_initial_positions(nodes, dict(zip(nodes, types, strict=True)), following, index, pairs), pairs)
    pos -= (pos.min(axis=0) + pos.max(axis=0)) / 2
    extent = float(np.abs(pos).max()) or 1.0
    span = max(MIN_SPAN, SPACING * math.sqrt(len(nodes)))
    pos *= span / 2 / extent
    pos = np.round(pos, 1) + 0.0  # + 0.0 turns -0.0 into 0.0, so files do not differ by a sign
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos.tolist(), strict=True)}


def add_layout(graph: nx.Graph) -> None:
    """Set the `x` and `y` attributes of every node."""
    set_positions(graph, compute_layout(graph))


def set_positions(graph: nx.Graph, positions: dict[Hashable, tuple[float, float]]) -> None:
    nodes = graph.nodes
    for node, (x, y) in positions.items():
        data = nodes[node]
        data["x"], data["y"] = x, y


def _edge_pairs(edges: list[tuple[Hashable, Hashable]], index: dict) -> np.ndarray:
    """Each linked pair of node numbers once (direction and self-loops dropped), sorted: shape (m, 2)."""
    ends = np.fromiter((index[end] for edge in edges for end in edge), dtype=np.int64,
                       count=2 * len(edges)).reshape(-1, 2)
    low, high = ends.min(axis=1), ends.max(axis=1)
    keys = np.unique((low * len(index) + high)[low != high])
    return np.stack([keys // len(index), keys % len(index)], axis=1)


def _jitter(nodes: list, which: np.ndarray) -> np.ndarray:
    """Stable unit vectors from the node ids (crc32, not Python's salted hash), so nodes that
    share an anchor spread out instead of starting on one spot."""
    angles = np.array([zlib.crc32(str(nodes[i]).encode("utf-8")) for i in which], dtype=float) / 2**32 * 2 * np.pi
    return np.stack([np.cos(angles), np.sin(angles)], axis=1)


def _is_hub(node: Hashable, type_of: dict, following: Callable[[Hashable], Iterable[Hashable]]) -> bool:
    """Roles, and documents that have no role (their duties hang off the document itself)."""
    kind = type_of[node]
    if kind == "document":
        return not any(type_of[m] == "role" for m in following(node))
    return kind == "role"


def _initial_positions(
    nodes: list, type_of: dict, following: Callable[[Hashable], Iterable[Hashable]], index: dict, edges: np.ndarray
) -> np.ndarray:
    """Hubs on a grid in the unit square, duties on a ring around their hub, the rest near their neighbours."""
    n = len(nodes)
    pos = np.zeros((n, 2))
    placed = np.zeros(n, dtype=bool)
    hubs = [node for node in nodes if _is_hub(node, type_of, following)]
    side = max(1, math.ceil(math.sqrt(len(hubs))))
    cell = 1.0 / side
    for number, hub in enumerate(hubs):
        pos[index[hub]] = ((number % side + 0.5) * cell, (number // side + 0.5) * cell)
        placed[index[hub]] = True
    ring = 0.3 * cell
    for hub in hubs:
        duties = [m for m in following(hub) if type_of[m] == "duty" and not placed[index[m]]]
        for k, duty in enumerate(duties):
            angle = 2 * math.pi * k / len(duties)
            pos[index[duty]] = pos[index[hub]] + ring * np.array((math.cos(angle), math.sin(angle)))
            placed[index[duty]] = True
    # Breadth-first, one ring of neighbours at a time: each new node starts at the mean of its
    # placed neighbours, nudged in its own direction.
    ends = np.concatenate([edges, edges[:, ::-1]])  # both directions: (from, to)
    while True:
        reach = placed[ends[:, 0]] & ~placed[ends[:, 1]]
        if not reach.any():
            break
        sources, targets = ends[reach, 0], ends[reach, 1]
        count = np.bincount(targets, minlength=n)
        new = np.flatnonzero(count)
        for axis in (0, 1):
            pos[new, axis] = np.bincount(targets, pos[sources, axis], n)[new] / count[new]
        pos[new] += 0.5 * ring * _jitter(nodes, new)
        placed[new] = True
    # Nodes unreachable from any hub (or every node, when there are no hubs): a seeded scatter.
    rest = np.flatnonzero(~placed)
    if len(rest):
        pos[rest] = np.random.default_rng(n).random((len(rest), 2))
    return pos


def _relax(pos: np.ndarray, edges: np.ndarray, iterations: int | None = None) -> np.ndarray:
    """Fruchterman-Reingold steps in a unit square, with a linearly cooling step cap."""
    n = len(pos)
    if n < 2:
        return pos
    pos = pos.copy()
    k = 1.0 / math.sqrt(n)  # ideal distance between neighbours
    iterations = iterations or (SMALL_ITERATIONS if n <= EXACT_LIMIT else LARGE_ITERATIONS)
    start = 0.1
    for step in range(iterations):
        force = _repulsion(pos, k) if n <= EXACT_LIMIT else _grid_repulsion(pos, k)
        if len(edges):
            delta = pos[edges[:, 1]] - pos[edges[:, 0]]
            pull = delta * (np.hypot(delta[:, 0], delta[:, 1]) / k)[:, None]
            for axis in (0, 1):
                force[:, axis] += np.bincount(edges[:, 0], pull[:, axis], n)
                force[:, axis] -= np.bincount(edges[:, 1], pull[:, axis], n)
        force -= GRAVITY * n * k * (pos - pos.mean(axis=0))
        length = np.maximum(np.hypot(force[:, 0], force[:, 1]), 1e-12)
        limit = start * (1 - step / iterations)
        pos += force * (np.minimum(length, limit) / length)[:, None]
    return pos


def _repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    """k²/d pushes between every pair of nodes."""
    return _push(pos, pos, np.ones(len(pos)), 1e-6 * k * k, k)


def _grid_repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    """Pushes from the centre of mass of each occupied cell of a GRID x GRID grid, weighted by its
    node count; distances are floored at half a cell so a node is not flung by its own cell."""
    low = pos.min(axis=0)
    size = max(float((pos.max(axis=0) - low).max()), 1e-9) / GRID
    cells = np.minimum(((pos - low) / size).astype(np.int64), GRID - 1)
    flat = cells[:, 0] * GRID + cells[:, 1]
    counts = np.bincount(flat, minlength=GRID * GRID).astype(float)
    occupied = counts > 0
    mass = counts[occupied]
    centres = np.stack([np.bincount(flat, pos[:, axis], GRID * GRID)[occupied] for axis in (0, 1)], axis=1)
    centres /= mass[:, None]
    # Single precision: a position is good to 1e-7 of the layout, far below the 0.1 px it is
    # rounded to, and half the bytes make this, the layout's main cost, 40 % faster.
    return _push(pos, centres, mass, (0.5 * size) ** 2, k, np.float32)


def _push(
    pos: np.ndarray, sources: np.ndarray, mass: np.ndarray, floor: float, k: float, dtype: type[np.floating] = np.float64
) -> np.ndarray:
    """Sum over sources j of mass_j * k² * (pos_i - source_j) / d², with d² floored at `floor`,
    computed in `dtype`.

    Block by block, in place, so no n x m x 2 temporary is made; the products are einsum's,
    not BLAS's: BLAS threads spin against each other on a busy machine (20x slower here) and
    their summation order may vary between runs, einsum's does not."""
    force = np.empty_like(pos)
    points = pos.astype(dtype)
    sx, sy = sources[:, 0].astype(dtype), sources[:, 1].astype(dtype)
    weights = ((k * k) * mass).astype(dtype)
    rows = max(1, BLOCK // len(sources))
    for lo in range(0, len(pos), rows):
        dx = points[lo : lo + rows, 0:1] - sx
        dy = points[lo : lo + rows, 1:2] - sy
        d2 = dx * dx
        d2 += dy * dy
        np.maximum(d2, floor, out=d2)
        weight = np.divide(weights, d2, out=d2)
        force[lo : lo + rows, 0] = np.einsum("ij,ij->i", weight, dx)
        force[lo : lo + rows, 1] = np.einsum("ij,ij->i", weight, dy)
    return force
