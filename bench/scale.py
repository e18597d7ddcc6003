"""Corpus-scale benchmark: kg build against plain jieba on synthetic corpora of N articles.

For each N it prints wall seconds, articles/s, MB/s, peak memory, nodes and edges of
`kg build --no-cache --jobs 1`, and its ratio to plain `jieba.lcut` segmenting the same files
in a process of its own (start-up and dictionary load included on both sides).  Then the
same build with --jobs J (speed-up, and whether the four output files are byte-identical),
and an incremental rebuild after changing one article (time as a share of a full build
with the cache).  Every number is the best of --repeat runs, all in this one run, since the
machines are shared and noisy: compare ratios, not seconds across runs.  jieba, -j1 and -jN
take turns, so a slow spell of the machine affects each of them.  "CPU ratio" compares
CPU seconds (user + system) instead of wall seconds: on a loaded machine it is the steadier one.

    python bench/scale.py                      # N = 10, 100, 1000
    python bench/scale.py --sizes 100 --repeat 3
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import jieba

if __package__ in (None, ""):  # run as a script: make `bench` and `kg` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import article, article_name, generate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.graphml", "graph.gexf", "graph.json", "graph.html")

# The baseline: what segmentation alone costs, as a user would write it.
PLAIN_JIEBA = """
import sys
from pathlib import Path
import jieba
jieba.setLogLevel(60)
words = 0
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    words += len(jieba.lcut(path.read_text(encoding="utf-8")))
print(words)
"""


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system CPU seconds of the process and the workers it waited for
    peak_mb: float  # largest resident set of the process or any of its workers
    stdout: str


def run(command: list[str], cwd: Path = ROOT) -> Run:
    """Run a command; wall time and peak RSS from wait4 (covers workers it waited for)."""
    # stdout to a file: reading it and stderr from two pipes in turn could deadlock.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.PIPE, text=True)
        stderr = process.stderr.read() if process.stderr else ""
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        stdout = out.read()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout)


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.seconds)


def kg_build(corpus: Path, out: Path, jobs: int, cache: Path | None) -> Run:
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", str(jobs)]
    command += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    return run(command)


def summary_number(stdout: str, field: str) -> int:
    for line in stdout.splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise ValueError(f"no '{field}:' line in kg's output:\n{stdout}")


def kg_digest() -> str:
    """Hash of kg's code, data and templates: a comparison of outputs means nothing if it changed."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "kg").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def same_outputs(a: Path, b: Path) -> bool:
    return all(filecmp.cmp(a / name, b / name, shallow=False) for name in OUTPUTS)


def incremental(corpus: Path, work: Path, n: int, jobs: int, repeat: int) -> tuple[float, float]:
    """(full build with an empty cache, rebuild after one article changed), best of `repeat`."""
    full: list[Run] = []
    rebuild: list[Run] = []
    target = corpus / article_name(n // 2)
    original = article(n // 2)
    try:
        for attempt in range(repeat):
            cache = work / "cache"
            shutil.rmtree(cache, ignore_errors=True)
            full.append(kg_build(corpus, work / "out-cached", jobs, cache))
            # A real edit: one more sentence in a duty (a new concept mention), different each time.
            target.write_text(original + f"第{attempt + 1}次修改补充了客户关系管理的说明。\n", encoding="utf-8")
            rebuild.append(kg_build(corpus, work / "out-cached", jobs, cache))
            target.write_text(original, encoding="utf-8")
    finally:
        target.write_text(original, encoding="utf-8")
    return best(full).seconds, best(rebuild).seconds


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text(encoding="utf-8").split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{model}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, jieba {jieba.__version__}, rjieba {metadata.version('rjieba')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the parallel build")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best is kept")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "out", help="corpora and outputs go here")
    parser.add_argument("--no-incremental", action="store_true", help="skip the cache rebuild measurement")
    args = parser.parse_args()

    print(f"machine: {machine()}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"command: python bench/scale.py {' '.join(sys.argv[1:])}".rstrip())
    print()
    header = (
        "| N | MB | jieba s | kg -j1 s | ratio | CPU ratio | articles/s | MB/s | peak MB | nodes | edges "
        f"| kg -j{args.jobs} s | speed-up | identical | rebuild s | rebuild/full |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    per_article: dict[int, float] = {}
    for n in args.sizes:
        work = args.work / f"n{n}"
        corpus = args.work / f"corpus-{n}"
        paths = generate(n, corpus)
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        before = kg_digest()
        # Interleaved (jieba, -j1, -jN, jieba, ...) so that a slow spell of the machine, which
        # lasts minutes here, weighs on all three alike rather than on one of them.
        runs: dict[str, list[Run]] = {"plain": [], "serial": [], "parallel": []}
        for _ in range(args.repeat):
            runs["plain"].append(run([sys.executable, "-c", PLAIN_JIEBA, str(corpus)]))
            runs["serial"].append(kg_build(corpus, work / "out-j1", 1, None))
            runs["parallel"].append(kg_build(corpus, work / "out-jN", args.jobs, None))
        plain, serial, parallel = best(runs["plain"]), best(runs["serial"]), best(runs["parallel"])
        if kg_digest() != before:
            identical = "kg changed during the run"
        else:
            identical = "yes" if same_outputs(work / "out-j1", work / "out-jN") else "NO"
        if args.no_incremental:
            rebuild_cells = "| - | - |"
        else:
            full, rebuild = incremental(corpus, work, n, args.jobs, args.repeat)
            rebuild_cells = f"| {rebuild:.2f} | {rebuild / full:.0%} |"
        per_article[n] = serial.seconds / n
        print(
            f"| {n} | {megabytes:.2f} | {plain.seconds:.2f} | {serial.seconds:.2f} | {serial.seconds / plain.seconds:.2f} "
            f"| {serial.cpu / plain.cpu:.2f} "
            f"| {n / serial.seconds:.1f} | {megabytes / serial.seconds:.2f} | {serial.peak_mb:.0f} "
            f"| {summary_number(serial.stdout, 'nodes')} | {summary_number(serial.stdout, 'edges')} "
            f"| {parallel.seconds:.2f} | {serial.seconds / parallel.seconds:.2f} | {identical} "
            + rebuild_cells,
            flush=True,
        )
    if 100 in per_article and 1000 in per_article:
        print(f"\nseconds per article, N=1000 / N=100: {per_article[1000] / per_article[100]:.2f}")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
