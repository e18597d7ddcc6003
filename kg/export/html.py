"""The interactive page: one self-contained HTML file drawn with vis-network.

vis-network (9.1.2, as bundled with pyvis) and its CSS are inlined, so the page makes no
request anywhere when opened from disk.  pyvis's own templates load Bootstrap from a CDN
and its `local` mode copies a `lib/` folder into the working directory, hence our own
template (`kg/templates/graph.html`).  Positions come from the Python layout; physics is
off, so the page is still as soon as it is drawn.

Graph data is embedded as JSON escaped for a <script> element, and the page's script only
ever puts it into the document as text (textContent, canvas labels), never as markup.

Big graphs are capped: the page shows the `max_nodes` nodes of highest centrality and the
edges between them, and says so; the other formats always keep everything.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import networkx as nx

from kg.style import DEFAULT_PAGE_NODES, FALLBACK_STYLE, NODE_STYLES, NodeStyle

TEMPLATE = Path(__file__).parent.parent / "templates" / "graph.html"
# Found without importing pyvis: its import pulls in IPython, most of a second per build.
VIS_DIR = Path(importlib.util.find_spec("pyvis").origin).parent / "templates" / "lib" / "vis-9.1.2"


def script_json(value: object) -> str:
    """JSON that is safe inside <script>: no `</script>`, `<!--` or line separators can end it early."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def shown_nodes(graph: nx.DiGraph, max_nodes: int | None) -> list:
    """The nodes the page draws, in graph order: all, or the `max_nodes` of highest centrality
    (ties broken by id, so the choice is deterministic)."""
    if max_nodes is None or graph.number_of_nodes() <= max_nodes:
        return list(graph.nodes)
    ranked = sorted(graph.nodes(data=True), key=lambda item: (-float(item[1].get("centrality", 0.0)), str(item[0])))
    keep = {node for node, _ in ranked[:max_nodes]}
    return [node for node in graph.nodes if node in keep]


def _split(value: object, separator: str) -> list[str]:
    return [part for part in str(value or "").split(separator) if part]


def _style(style: NodeStyle) -> dict[str, str]:
    return {"color": style.color, "shape": style.shape, "label": style.label}


def page_data(graph: nx.DiGraph, max_nodes: int | None = DEFAULT_PAGE_NODES) -> dict:
    """What the page's script reads: the shown nodes and edges, styles, articles and counts."""
    keep = shown_nodes(graph, max_nodes)
    # Edges in graph order, not graph.subgraph(keep).edges: a subgraph view of less than half the
    # graph iterates its node set, whose order changes with PYTHONHASHSEED (pages would differ
    # from run to run, and between --jobs 1 and --jobs 2).
    shown = set(keep)
    shown_edges = ((s, t, d) for s, t, d in graph.edges(data=True) if s in shown and t in shown)
    nodes = []
    for node in keep:
        data = graph.nodes[node]
        record = {
            "id": str(node),
            "label": str(data.get("label", node)),
            "type": str(data.get("type", "")),
            "aliases": _split(data.get("aliases"), "|"),
            "documents": _split(data.get("documents"), "|"),
            "evidence": _split(data.get("evidence"), "\n"),
            "size": float(data.get("size", 10.0)),
            "centrality": float(data.get("centrality", 0.0)),
            "x": float(data.get("x", 0.0)),
            "y": float(data.get("y", 0.0)),
        }
        if "index" in data:
            record["index"] = data["index"]
        nodes.append(record)
    edges = [
        {
            "id": str(data.get("id", f"{source}->{target}")),
            "from": str(source),
            "to": str(target),
            "relation": str(data.get("relation", "")),
            "label": str(data.get("label", data.get("relation", ""))),
            "evidence": str(data.get("evidence", "")),
            "weight": float(data.get("weight", 1.0)),
        }
        for source, target, data in shown_edges
    ]
    documents = sorted({d for _, data in graph.nodes(data=True) for d in _split(data.get("documents"), "|")})
    # An article's title is the label of its document node (the node of type "document" that
    # comes from that article alone), so menus can show titles rather than file names.
    titles = {
        data["documents"]: str(data.get("label", ""))
        for _, data in graph.nodes(data=True)
        if data.get("type") == "document" and len(_split(data.get("documents"), "|")) == 1
    }
    return {
        "nodes": nodes,
        "edges": edges,
        "styles": {name: _style(style) for name, style in NODE_STYLES.items()},
        "fallback": _style(FALLBACK_STYLE),
        "documents": documents,
        "titles": {d: titles[d] for d in documents if titles.get(d) and titles[d] != d},
        "total": {"articles": len(documents), "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()},
        "capped": len(nodes) < graph.number_of_nodes(),
    }


def render(graph: nx.DiGraph, max_nodes: int | None = DEFAULT_PAGE_NODES) -> str:
    template = TEMPLATE.read_text(encoding="utf-8")
    replacements = {
        "/*VIS_CSS*/": (VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        "/*VIS_JS*/": (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
        "/*GRAPH_DATA*/null": script_json(page_data(graph, max_nodes)),
    }
    for marker, value in replacements.items():
        template = template.replace(marker, value, 1)
    return template


def write(graph: nx.DiGraph, path: Path, max_nodes: int | None = DEFAULT_PAGE_NODES) -> None:
    """The page for `graph`, drawing at most `max_nodes` nodes (None: all of them)."""
    path.write_text(render(graph, max_nodes), encoding="utf-8", newline="\n")
