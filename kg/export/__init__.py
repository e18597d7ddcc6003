"""Stage 7, export: one module per format, each with `write(graph, path)`.

`write_outputs` writes every format to temporary files beside the outputs and renames
them into place only when all were written, so a failed or interrupted build leaves the
previous outputs as they were.
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg.export import gexf, graphml, html, jsonfile
from kg.export.common import clean_text, sanitized

# clean_text and sanitized live in kg.export.common (the writers import them from there)
# and are re-exported here for callers of the package.
__all__ = ["FORMATS", "Writer", "clean_text", "sanitized", "write_outputs"]

Writer = Callable[[nx.DiGraph, Path], None]
FORMATS: dict[str, Writer] = {
    "graph.graphml": graphml.write,
    "graph.gexf": gexf.write,
    "graph.json": jsonfile.write,
    "graph.html": html.write,
}

def write_outputs(
    graph: nx.DiGraph,
    out_dir: Path,
    formats: dict[str, Writer] | None = None,
    max_page_nodes: int | None = html.DEFAULT_MAX_NODES,
) -> list[Path]:
    """Write every format into `out_dir` atomically; returns the paths written.

    `max_page_nodes` caps what graph.html draws (None: everything); the other formats keep every node."""
    formats = dict(formats or FORMATS)
    for name, writer in formats.items():
        if writer is html.write:
            formats[name] = functools.partial(html.write, max_nodes=max_page_nodes)
    out_dir.mkdir(parents=True, exist_ok=True)
    safe = sanitized(graph)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, writer in formats.items():
            handle, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            os.close(handle)
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are ordinary files
            staged.append((Path(tmp), out_dir / name))
            writer(safe, Path(tmp))
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return [final for _, final in staged]
