"""Node-link JSON (networkx.node_link_data), for scripts and other tools.

Written from `sanitized(graph)` like the XML formats, so the three files carry the same
values (no lone surrogates, which UTF-8 cannot encode, no NaN, which JSON cannot carry).
Compact, on one line: `indent` would make `json` use its pure-Python encoder, several
times slower than the C one on a big graph.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.export.common import sanitized


def write(graph: nx.DiGraph, path: Path) -> None:
    data = nx.node_link_data(sanitized(graph), edges="edges")
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
    path.write_text(text + "\n", encoding="utf-8", newline="\n")
