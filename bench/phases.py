"""Where a full build's time goes, phase by phase, in one process (--jobs 1, no cache).

    python bench/phases.py 1000        # generates bench/out/corpus-1000 if needed
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

started = time.perf_counter()
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate  # noqa: E402
from kg.export import FORMATS, sanitized  # noqa: E402
from kg.pipeline import Settings, build  # noqa: E402
from kg.segment import Segmenter, claim_rjieba_default  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    imported = time.perf_counter() - started
    gc.set_threshold(50_000, 20, 100)  # as `kg build` does
    claim_rjieba_default()  # as `kg` does
    corpus = args.work / f"corpus-{args.n}"
    generate(args.n, corpus)
    out = args.work / f"phases-{args.n}"
    out.mkdir(parents=True, exist_ok=True)

    t = time.perf_counter()
    Segmenter()  # what each process pays before its first article (also inside `analyse` below)
    phases = {"import kg": imported, "load dictionaries": time.perf_counter() - t}
    result = build([corpus], Settings(), jobs=1)
    labels = {
        "analyse": "analyse (read, clean, segment, structure, extract) + merge",
        "graph and analytics": "graph (NetworkX graph, Louvain, PageRank)",
        "layout": "layout",
    }
    phases.update({labels.get(name, name): seconds for name, seconds in result.timings.items()})
    t = time.perf_counter()
    safe = sanitized(result.graph, check=False)  # as `kg build` does: the pipeline's graph is clean
    phases["export: sanitize (the pipeline's graph: not checked)"] = time.perf_counter() - t
    for name, write in FORMATS.items():
        t = time.perf_counter()
        write(safe, out / name)
        phases[f"export: {name}"] = time.perf_counter() - t
    total = sum(phases.values()) - phases["load dictionaries"]
    graph = result.graph
    print(f"N={args.n}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    print("| phase | seconds | share |\n|---|---|---|")
    for name, seconds in phases.items():
        print(f"| {name} | {seconds:.2f} | {seconds / total:.0%} |")
    print(f"| total (load counted once, in analyse) | {total:.2f} | |")


if __name__ == "__main__":
    main()
