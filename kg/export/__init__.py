"""Stage 7, export: one module per format, each with `write(graph, path)`.

`write_outputs` writes every format to temporary files beside the outputs and renames
them into place only when all were written, so a failed or interrupted build leaves the
previous outputs as they were.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import networkx as nx

from kg.export import gexf, graphml, html, jsonfile
from kg.export.common import clean_text, for_display, sanitized

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
    jobs: int = 1,
) -> list[Path]:
    """Write every format into `out_dir` atomically; returns the paths written.

    `max_page_nodes` caps what graph.html draws (None: everything); the other formats keep every node.
    With `jobs` > 1 (and a big graph) each format is written by a forked process of its own, at once."""
    formats = dict(formats or FORMATS)
    for name, writer in formats.items():
        if writer is html.write:
            formats[name] = functools.partial(html.write, max_nodes=max_page_nodes)
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out_dir, formats)
    safe = sanitized(graph)
    staged: list[tuple[Path, Path]] = []
    try:
        for name in formats:
            handle, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            os.close(handle)
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are ordinary files
            staged.append((Path(tmp), out_dir / name))
        _write_staged(safe, [(writer, tmp) for writer, (tmp, _) in zip(formats.values(), staged, strict=True)], jobs)
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


PARALLEL_MIN_NODES = 5000  # below this (about 400 articles) forking costs what writing in parallel saves

# What forked export workers write: set just before the pool forks, so they inherit the graph
# instead of receiving a pickled copy of it.
_to_write: tuple[nx.DiGraph, list[tuple[Writer, Path]]] | None = None


def _write_group(numbers: range) -> None:
    assert _to_write is not None
    graph, tasks = _to_write
    for number in numbers:
        writer, path = tasks[number]
        writer(graph, path)


def _write_staged(graph: nx.DiGraph, tasks: list[tuple[Writer, Path]], jobs: int) -> None:
    """Each writer to its file; the formats are independent, so they can be written at once."""
    global _to_write
    serial = jobs <= 1 or len(tasks) <= 1 or graph.number_of_nodes() < PARALLEL_MIN_NODES
    if serial or "fork" not in multiprocessing.get_all_start_methods():
        for writer, path in tasks:
            writer(graph, path)
        return
    for_display(graph)  # the XML writers' shared columns, made once here rather than in each process
    _to_write = (graph, tasks)
    try:
        context = multiprocessing.get_context("fork")
        # `jobs` - 1 forked processes and this one share the formats (this one would otherwise
        # sit idle).  Few processes, because each pays for copying the memory pages it touches
        # while reading the inherited graph (copy-on-write): about a quarter second at 1,000 articles.
        groups = min(jobs, len(tasks))
        with ProcessPoolExecutor(max_workers=groups - 1, mp_context=context) as pool:
            others = [pool.submit(_write_group, range(group, len(tasks), groups)) for group in range(1, groups)]
            _write_group(range(0, len(tasks), groups))
            for future in others:
                future.result()  # re-raises a writer's exception here
    finally:
        _to_write = None
