"""Stage 7, export: one module per format, each with `write(graph, path)`.

`write_outputs` writes every format to temporary files beside the outputs and renames
them into place only when all were written, so a failed or interrupted build leaves the
previous outputs as they were.
"""

from __future__ import annotations

import functools
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import networkx as nx

from kg.export import gexf, graphml, html, jsonfile
from kg.export.common import clean_text, sanitized
from kg.freshness import OUTPUT_NAMES
from kg.parallel import run_at_once, worth_forking
from kg.style import DEFAULT_PAGE_NODES

# clean_text and sanitized live in kg.export.common (the writers import them from there)
# and are re-exported here for callers of the package.
__all__ = ["FORMATS", "Writer", "clean_text", "sanitized", "write_outputs"]

Writer = Callable[[nx.DiGraph, Path], None]
# Named by kg.freshness.OUTPUT_NAMES, heaviest first (seconds at 1,000 articles: about 0.45,
# 0.35, 0.3, 0.15): parallel writing deals them out in this order.
FORMATS: dict[str, Writer] = dict(
    zip(OUTPUT_NAMES, (graphml.write, gexf.write, jsonfile.write, html.write), strict=True)
)


def write_outputs(
    graph: nx.DiGraph,
    out_dir: Path,
    formats: dict[str, Writer] | None = None,
    max_page_nodes: int | None = DEFAULT_PAGE_NODES,
    jobs: int = 1,
    check: bool = True,
) -> list[Path]:
    """Write every format into `out_dir` atomically; returns the paths written.

    `max_page_nodes` caps what graph.html draws (None: everything); the other formats keep every node.
    With `jobs` > 1 (and a big graph) the formats are split among `jobs` processes and written at once.
    `check=False`: the graph is kg's own and needs no sanitizing (see `sanitized`)."""
    formats = dict(formats or FORMATS)
    for name, writer in formats.items():
        if writer is html.write:
            formats[name] = functools.partial(html.write, max_nodes=max_page_nodes)
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out_dir, formats)
    staged: list[tuple[Path, Path]] = []
    try:
        for name in formats:
            handle, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            os.close(handle)
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are ordinary files
            staged.append((Path(tmp), out_dir / name))
        tasks = [(writer, tmp) for writer, (tmp, _) in zip(formats.values(), staged, strict=True)]
        # Unchecked (kg's own graph): its frozen view is marked sanitized once, here, and every
        # writer process takes it as is; checked: each writer process sanitizes for itself.
        _write_staged(graph if check else sanitized(graph, check=False), tasks, jobs)
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return [final for _, final in staged]


STALE_AFTER_SECONDS = 3600


def _remove_stale_staging(out_dir: Path, formats: dict[str, Writer]) -> None:
    """Temporary files left by a build that was killed while writing (older than an hour, so a
    build still writing into the same folder keeps its own)."""
    now = time.time()
    for name in formats:
        for leftover in out_dir.glob(f".{name}.*.tmp"):
            try:
                if now - leftover.stat().st_mtime > STALE_AFTER_SECONDS:
                    leftover.unlink()
            except OSError:
                pass  # gone already, or not ours to remove: harmless either way


def _write_each(graph: nx.DiGraph, tasks: Sequence[tuple[Writer, Path]]) -> None:
    safe = sanitized(graph)  # once per process: every writer starts with this, and gets it back as is
    for writer, path in tasks:
        writer(safe, path)


def _write_staged(graph: nx.DiGraph, tasks: list[tuple[Writer, Path]], jobs: int) -> None:
    """Each writer to its file; the formats are independent, so they can be written at once."""
    if len(tasks) <= 1 or not worth_forking(graph.number_of_nodes(), jobs):
        _write_each(graph, tasks)
        return
    # `jobs` groups of formats, one written here and the others by forked processes: few
    # processes, as each pays for copying the memory pages it touches while reading the
    # inherited graph (copy-on-write), about a quarter second at 1,000 articles.  Each process
    # sanitizes the graph for itself, at the same time as the others, rather than this one
    # before forking.  The tasks, heaviest first, are dealt out in snake order (0, 1, 1, 0, ...),
    # which balances the groups' times.
    groups = min(jobs, len(tasks))
    dealt: list[list[tuple[Writer, Path]]] = [[] for _ in range(groups)]
    for number, task in enumerate(tasks):
        turn, seat = divmod(number, groups)
        dealt[seat if turn % 2 == 0 else groups - 1 - seat].append(task)
    run_at_once([functools.partial(_write_each, graph, group) for group in dealt])
