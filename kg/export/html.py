"""The interactive page: one self-contained HTML file drawn with vis-network.

vis-network (9.1.2, as bundled with pyvis) and its CSS are inlined, so the page makes no
request anywhere when opened from disk.  pyvis's own templates load Bootstrap from a CDN
and its `local` mode copies a `lib/` folder into the working directory, hence our own
template (`kg/templates/graph.html`).  Positions come from the Python layout; physics is
off.  Graph data is embedded as JSON escaped for a <script> element and is only ever put
into the page as text, never as markup.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyvis

from kg.style import NODE_STYLES

TEMPLATE = Path(__file__).parent.parent / "templates" / "graph.html"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


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


def page_data(graph: nx.DiGraph) -> dict:
    nodes = [{"id": node, **data} for node, data in graph.nodes(data=True)]
    edges = [{"from": s, "to": t, **data} for s, t, data in graph.edges(data=True)]
    documents = sorted({d for _, data in graph.nodes(data=True) for d in data["documents"].split("|") if d})
    return {
        "nodes": nodes,
        "edges": edges,
        "styles": {name: {"color": s.color, "shape": s.shape, "label": s.label} for name, s in NODE_STYLES.items()},
        "documents": documents,
    }


def render(graph: nx.DiGraph) -> str:
    template = TEMPLATE.read_text(encoding="utf-8")
    replacements = {
        "/*VIS_CSS*/": (VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        "/*VIS_JS*/": (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
        "/*GRAPH_DATA*/null": script_json(page_data(graph)),
    }
    for marker, value in replacements.items():
        template = template.replace(marker, value, 1)
    return template


def write(graph: nx.DiGraph, path: Path) -> None:
    path.write_text(render(graph), encoding="utf-8")
