"""Stage 7, export: one module per format, each with `write(graph, path)`.

`write_outputs` writes every format to temporary files beside the outputs and renames
them into place only when all were written, so a failed or interrupted build leaves the
previous outputs as they were.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg.export import gexf, graphml, html, jsonfile

Writer = Callable[[nx.DiGraph, Path], None]
FORMATS: dict[str, Writer] = {
    "graph.graphml": graphml.write,
    "graph.gexf": gexf.write,
    "graph.json": jsonfile.write,
    "graph.html": html.write,
}

# Characters XML 1.0 cannot carry (C0 controls but tab/newline, surrogates, U+FFFE/FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Text safe for every format: no control characters, no lone surrogates."""
    return _NOT_XML.sub("", value.replace("\r", ""))


def sanitized(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy whose string attributes are safe for XML (exporters must not change the input)."""
    copy = nx.DiGraph()
    for node, data in graph.nodes(data=True):
        copy.add_node(clean_text(node), **{k: clean_text(v) if isinstance(v, str) else v for k, v in data.items()})
    for source, target, data in graph.edges(data=True):
        copy.add_edge(clean_text(source), clean_text(target),
                      **{k: clean_text(v) if isinstance(v, str) else v for k, v in data.items()})
    copy.graph.update(graph.graph)
    return copy


def write_outputs(graph: nx.DiGraph, out_dir: Path, formats: dict[str, Writer] | None = None) -> list[Path]:
    """Write every format into `out_dir` atomically; returns the paths written."""
    formats = formats or FORMATS
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
