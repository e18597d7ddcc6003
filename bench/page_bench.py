"""Time-to-stable of graph.html in headless Chromium, for the corpus graph and a synthetic big one.

Time-to-stable is measured from navigation start to the first frame vis-network draws (the
page records it in `body[data-drawn-at]`); the script then watches for another second and
reports whether any node moved (it must not: the layout comes from Python, physics is off).
Each page is opened RUNS times in a fresh offline context; the median is reported.

    python bench/page_bench.py                 # corpus/ and a 3,000-node synthetic graph
    python bench/page_bench.py --nodes 10000 --max-page-nodes 0
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from conftest import launch_chromium  # noqa: E402  (the tests' Chromium launch, one definition)
from playwright.sync_api import Browser, sync_playwright  # noqa: E402
from synthetic import synthetic_graph  # noqa: E402

from kg.export import write_outputs  # noqa: E402
from kg.layout import add_layout  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.style import DEFAULT_PAGE_NODES  # noqa: E402

RUNS = 3
POSITIONS = "() => JSON.stringify(network.getPositions())"


def time_to_stable(browser: Browser, page_file: Path) -> tuple[float, bool, int]:
    """(ms from navigation start to first drawn frame, whether it stayed still for 1 s, nodes drawn)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(page_file.as_uri(), wait_until="commit")
        # A selector, not wait_for_function: polling a function needs eval, which the page's CSP forbids.
        page.wait_for_selector("body[data-drawn-at]", state="attached", timeout=60_000)
        drawn = float(page.evaluate("document.body.dataset.drawnAt"))
        before = page.evaluate(POSITIONS)
        page.wait_for_timeout(1000)
        still = page.evaluate(POSITIONS) == before
        nodes = page.evaluate("network.body.data.nodes.length")
        if errors:
            raise RuntimeError(f"{page_file}: {errors[0]}")
        return drawn, still, nodes
    finally:
        context.close()


def measure(browser: Browser, name: str, graph, out: Path, max_page_nodes: int | None) -> None:
    started = time.perf_counter()
    add_layout(graph)
    layout = time.perf_counter() - started
    write_outputs(graph, out, max_page_nodes=max_page_nodes)
    page_file = out / "graph.html"
    runs = [time_to_stable(browser, page_file) for _ in range(RUNS)]
    median = statistics.median(ms for ms, _, _ in runs)
    still = all(s for _, s, _ in runs)
    print(
        f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {runs[0][2]} drawn; "
        f"layout {layout:.2f} s; page {page_file.stat().st_size / 1e6:.1f} MB; "
        f"time-to-stable median {median:.0f} ms (runs: {', '.join(f'{ms:.0f}' for ms, _, _ in runs)}); "
        f"{'still after 1 s' if still else 'MOVED after the first frame'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--nodes", type=int, default=3000, help="size of the synthetic graph")
    parser.add_argument("--max-page-nodes", type=int, default=DEFAULT_PAGE_NODES, help="page cap; 0 for none")
    args = parser.parse_args()
    cap = args.max_page_nodes or None
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            measure(browser, f"corpus ({args.corpus})", build([args.corpus]).graph, Path(tmp) / "corpus", cap)
            measure(browser, "synthetic", synthetic_graph(args.nodes), Path(tmp) / "synthetic", cap)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
