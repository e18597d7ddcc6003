"""Up-to-date outputs: a build whose inputs have not changed leaves the written files as they are.

After writing its outputs, `kg build` records in the cache folder what they were made from (the
corpus key — settings, kg's code and libraries, every article's cache key — plus the export
options), each file's size and modification time, and the summary and warnings it printed.  A
later build computes the corpus key from the articles' hashes alone (kg.pipeline.plan_corpus);
when it matches, for the same folder, that build reads no article and no cache entry, repeats
the recorded summary and warnings, and skips analysis, graph, layout and export.  If any file
was changed or removed since, everything is built again.  Deleting the cache only means the
next build does all the work.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

# The files `kg build` writes (kg.export.FORMATS writes them, in this order): named here so an
# up-to-date build can tell without loading the exporters and their libraries.
OUTPUT_NAMES = ("graph.graphml", "graph.gexf", "graph.json", "graph.html")


class OutputRecord:
    """What the outputs in `out_dir` were built from, kept under `cache_dir`."""

    def __init__(self, cache_dir: Path, out_dir: Path) -> None:
        folder = hashlib.sha256(str(out_dir.resolve()).encode("utf-8")).hexdigest()[:24]
        self.path = cache_dir / "outputs" / f"{folder}.json"

    def summary_if_current(self, key: str) -> dict[str, Any] | None:
        """The recorded summary of the outputs if they were built from `key` and are untouched."""
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            if record["key"] != key:
                return None
            for name, (size, mtime_ns) in record["files"].items():
                stat = os.stat(name)
                if (stat.st_size, stat.st_mtime_ns) != (size, mtime_ns):
                    return None
            return dict(record["summary"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no record, a damaged one or a missing file: build

    def save(self, key: str, written: list[Path], summary: dict[str, Any]) -> None:
        """Record a finished build (atomically; if it cannot be written, the next build just does the work)."""
        files = {}
        for path in written:
            stat = path.stat()
            files[str(path.resolve())] = (stat.st_size, stat.st_mtime_ns)
        record = {"key": key, "files": files, "summary": summary}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(record, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            tmp.unlink(missing_ok=True)


def output_key(corpus_key: str, **options: object) -> str:
    """The corpus key combined with the export options (which change the files but not the graph)."""
    text = json.dumps(options, sort_keys=True, default=str)
    return hashlib.sha256(f"{corpus_key}\0{text}".encode()).hexdigest()
