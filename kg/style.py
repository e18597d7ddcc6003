"""How each node type looks, shared by the page and the Gephi exports so they match."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    color: str  # "#rrggbb"
    shape: str  # vis-network shape
    label: str  # Chinese name of the type, for legends

    @property
    def rgb(self) -> tuple[int, int, int]:
        return tuple(int(self.color[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


NODE_STYLES: dict[str, NodeStyle] = {
    "document": NodeStyle("#7f7f7f", "box", "文章"),
    "role": NodeStyle("#d62728", "star", "角色"),
    "duty": NodeStyle("#1f77b4", "box", "职责"),
    "concept": NodeStyle("#2ca02c", "dot", "概念"),
    "example": NodeStyle("#ff7f0e", "diamond", "案例"),
    "positioning": NodeStyle("#9467bd", "triangle", "定位"),
    "principle": NodeStyle("#8c564b", "triangle", "主张"),
    "slogan": NodeStyle("#e377c2", "triangle", "口号"),
}
FALLBACK_STYLE = NodeStyle("#17becf", "dot", "其他")

# The page draws at most this many nodes, the most central (GraphML, GEXF and JSON keep all):
# a 3,000-node page is drawn and still within about a second in headless Chromium, and a few
# thousand nodes are as many as one can read on a screen.
DEFAULT_PAGE_NODES = 3000

MIN_SIZE = 8.0
MAX_SIZE = 40.0


def style_of(node_type: str) -> NodeStyle:
    return NODE_STYLES.get(node_type, FALLBACK_STYLE)


def size_from_centrality(centrality: float, top: float) -> float:
    """Node size between MIN_SIZE and MAX_SIZE, by centrality relative to the graph's highest."""
    if top <= 0:
        return MIN_SIZE
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (centrality / top) ** 0.5, 2)
