"""docs/screenshot.png: the corpus page in headless Chromium, with the side panel open on a duty.

    python bench/screenshot.py [--out docs/screenshot.png]

Builds corpus/ into a temporary folder, opens graph.html offline at 1400x900, selects the
most central duty as a click would (the whole graph stays in view) and saves the picture.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import launch_chromium  # noqa: E402  (the tests' Chromium launch, one definition)
from playwright.sync_api import sync_playwright  # noqa: E402

from kg.export import write_outputs  # noqa: E402
from kg.pipeline import build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = parser.parse_args()
    graph = build([args.corpus]).graph
    duties = [n for n, d in graph.nodes(data=True) if d["type"] == "duty"]
    duty = max(duties, key=lambda n: (graph.nodes[n]["centrality"], n))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        write_outputs(graph, Path(tmp))
        browser = launch_chromium(playwright)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
            page.goto((Path(tmp) / "graph.html").as_uri())
            page.wait_for_selector("body[data-drawn-at]", state="attached")
            # What a click on the node does (select, label its edges, open the panel), without zooming in.
            page.evaluate("id => { network.selectNodes([id]); selectNode(id); }", duty)
            page.wait_for_timeout(300)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
        finally:
            browser.close()
    print(f"{args.out}: {graph.nodes[duty]['label']} selected")


if __name__ == "__main__":
    main()
