"""Corpus scale: `--jobs` and `--engine dask` give the same files as one process, and the
per-article cache is reused, invalidated by content and settings, and always safe to delete."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import CORPUS, ROOT, analyse

from bench.generate import article, article_name, vocabulary
from kg.cli import main
from kg.errors import KgError
from kg.export import FORMATS, write_outputs
from kg.model import Extraction
from kg.parallel import run_at_once
from kg.pipeline import BuildResult, Settings, build, plan_corpus
from kg.segment import Segmenter, _state_file
from kg.structure import find_duty_headings

OUTPUTS = ("graph.graphml", "graph.gexf", "graph.json", "graph.html")
GENERATED = 13  # with the 3 real articles, enough for two workers (MIN_ARTICLES_PER_WORKER)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The real articles plus a few synthetic ones, in a folder each test may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    for i in range(GENERATED):
        (folder / article_name(i)).write_text(article(i), encoding="utf-8")
    return folder


def build_and_write(corpus: Path, out: Path, **options) -> tuple[BuildResult, dict[str, bytes]]:
    result = build([corpus], **options)
    write_outputs(result.graph, out)
    return result, {name: (out / name).read_bytes() for name in OUTPUTS}


def cli_build(corpus: Path, out: Path, *options: str, hash_seed: str) -> dict[str, bytes]:
    """`kg build` in a process of its own, with the given string-hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), *options]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_jobs_give_byte_identical_files_whatever_the_hash_seed(corpus, tmp_path):
    # Separate processes with different PYTHONHASHSEED: any set or hash order leaking into the
    # output (worker scheduling, layout, communities) shows up as a difference.
    # This process has its own random hash seed (unless PYTHONHASHSEED is set).
    _, serial = build_and_write(corpus, tmp_path / "j1", jobs=1)
    parallel = cli_build(corpus, tmp_path / "j2", "--no-cache", "--jobs", "2", hash_seed="12345")
    assert b"duty:" in serial["graph.graphml"]
    for name in OUTPUTS:
        assert serial[name] == parallel[name], name


def test_without_fork_spawned_workers_give_the_same_files(corpus, tmp_path, monkeypatch):
    # As on Windows and macOS: analysis in spawned workers, the graph-level steps in turn.
    _, serial = build_and_write(corpus, tmp_path / "j1", jobs=1)
    monkeypatch.setattr("kg.pipeline.CAN_FORK", False)
    monkeypatch.setattr("kg.parallel.CAN_FORK", False)
    monkeypatch.setattr("kg.parallel.MIN_NODES_TO_FORK", 0)
    result = build([corpus], jobs=2)
    write_outputs(result.graph, tmp_path / "spawned", jobs=2)
    assert "layout" in result.timings  # laid out here, not beside the analytics
    for name in OUTPUTS:
        assert (tmp_path / "spawned" / name).read_bytes() == serial[name], name


def test_jobs_start_that_many_workers_when_there_is_enough_work(corpus, monkeypatch):
    import kg.parallel

    made: list[int] = []
    real = kg.parallel.ProcessPoolExecutor

    def spy(*args, **kwargs):
        made.append(kwargs["max_workers"])
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.parallel, "ProcessPoolExecutor", spy)
    assert len(build([corpus], jobs=2).extractions) == 3 + GENERATED
    assert made == [2]
    build([CORPUS], jobs=2)  # three articles: not worth a worker process
    assert made == [2]


def test_layout_beside_the_analytics_gives_the_same_graph(corpus, monkeypatch):
    serial = build([corpus], jobs=1)
    monkeypatch.setattr("kg.parallel.MIN_NODES_TO_FORK", 0)  # this small graph too
    parallel = build([corpus], jobs=2)
    assert "graph and analytics beside layout" in parallel.timings  # the forked path was taken
    assert list(parallel.graph.nodes(data=True)) == list(serial.graph.nodes(data=True))
    assert list(parallel.graph.edges(data=True)) == list(serial.graph.edges(data=True))
    assert {"x", "y", "community", "centrality"} <= set(parallel.graph.nodes[next(iter(parallel.graph))])


def test_run_at_once_returns_results_in_order_and_raises_a_workers_error():
    here, forked, third = run_at_once([os.getpid, os.getpid, lambda: "third"])
    assert here == os.getpid() != forked  # the first call runs here, the others in forked processes
    assert third == "third"

    def broken():
        raise ValueError("in a worker")

    with pytest.raises(ValueError, match="in a worker"):
        run_at_once([lambda: 1, broken])


def test_a_killed_worker_is_a_one_line_error():
    with pytest.raises(KgError, match=r"^a worker process stopped unexpectedly .*try fewer --jobs$"):
        run_at_once([lambda: 1, lambda: os._exit(9)])  # as if killed by the OOM killer


def test_extraction_json_is_asdicts_and_reads_back(corpus):
    for extraction in build([corpus]).extractions:
        assert json.loads(extraction.to_json()) == json.loads(json.dumps(asdict(extraction)))
        assert Extraction.from_dict(json.loads(extraction.to_json())) == extraction


def test_starting_kg_loads_no_segmenter_or_graph_library():
    # Start-up is paid by every build: with --jobs the graph libraries load while the workers
    # analyse, rjieba when the first article is, and `kg --help` or an up-to-date build needs neither.
    code = "import sys, kg.cli; print(sorted({'networkx', 'numpy', 'igraph', 'rjieba', 'jieba'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_cache_is_reused_and_gives_the_same_files(corpus, tmp_path):
    cache = tmp_path / "cache"
    first, fresh = build_and_write(corpus, tmp_path / "a", cache_dir=cache)
    again, cached = build_and_write(corpus, tmp_path / "b", cache_dir=cache, jobs=2)
    _, uncached = build_and_write(corpus, tmp_path / "c")
    articles = len(first.extractions)
    assert articles == 3 + GENERATED
    assert (first.cached, again.cached) == (0, articles)
    assert fresh == cached == uncached


def test_changed_article_is_analysed_again(corpus, tmp_path):
    cache = tmp_path / "cache"
    build([corpus], cache_dir=cache)
    edited = corpus / article_name(0)
    sentence = "比如星河物流以“准时送达”著称。"
    edited.write_text(edited.read_text(encoding="utf-8") + sentence + "\n", encoding="utf-8")
    result = build([corpus], cache_dir=cache)
    assert result.cached == 3 + GENERATED - 1
    assert "example:星河物流" in result.graph
    assert result.graph.nodes["positioning:准时送达"]["evidence"] == sentence
    # The edit undone: the original entry is still in the cache.
    edited.write_text(article(0), encoding="utf-8")
    undone = build([corpus], cache_dir=cache)
    assert undone.cached == 3 + GENERATED
    assert "example:星河物流" not in undone.graph


def test_a_few_changed_articles_are_analysed_beside_reading_the_cache(corpus, tmp_path, monkeypatch):
    """With --jobs, a rebuild after an edit analyses the changed articles in a forked process while
    it reads the cache; a damaged entry is analysed too; the files are a fresh build's."""
    import kg.pipeline

    cache = tmp_path / "cache"
    build([corpus], cache_dir=cache)
    edited = corpus / article_name(1)
    edited.write_text(edited.read_text(encoding="utf-8") + "比如星河物流以“准时送达”著称。\n", encoding="utf-8")
    damaged = plan_corpus([corpus], Settings(), cache).keys[article_name(2)]
    (cache / damaged[:2] / f"{damaged}.json").write_text("{", encoding="utf-8")
    beside = []
    analyse_beside = kg.pipeline._analyse_beside
    monkeypatch.setattr(kg.pipeline, "_analyse_beside", lambda articles, *rest: beside.extend(articles) or analyse_beside(articles, *rest))
    rebuilt, files = build_and_write(corpus, tmp_path / "a", cache_dir=cache, jobs=2)
    assert [a.path for a in beside] == [edited]
    assert rebuilt.cached == 3 + GENERATED - 2
    _, fresh = build_and_write(corpus, tmp_path / "b")
    assert files == fresh


def test_changed_settings_analyse_everything_again(corpus, tmp_path):
    cache = tmp_path / "cache"
    build([corpus], cache_dir=cache)
    terms = tmp_path / "terms.txt"
    # A word the synthetic articles use, so the setting really changes what is extracted.
    term = next(w for w in vocabulary().nouns if w in (corpus / article_name(1)).read_text(encoding="utf-8"))
    terms.write_text(term + "\n", encoding="utf-8")
    with_terms = build([corpus], Settings(terms=(terms,)), cache_dir=cache)
    assert with_terms.cached == 0
    assert f"concept:{term}" in with_terms.graph
    # Editing the settings file is a change of settings too.
    terms.write_text(term + "\n项目管理\n", encoding="utf-8")
    assert build([corpus], Settings(terms=(terms,)), cache_dir=cache).cached == 0
    assert build([corpus], cache_dir=cache).cached == 3 + GENERATED  # the default settings' entries remain


def test_kg_version_is_part_of_the_cache_key(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build([corpus], cache_dir=cache)
    monkeypatch.setattr("kg.pipeline.__version__", "0.0.0-test")
    assert build([corpus], cache_dir=cache).cached == 0


def kg_build(corpus: Path, out: Path, cache: Path, *options: str) -> str:
    """`kg build` in this process; its summary's `written:` line."""
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--cache-dir", str(cache), *options])
    assert result.exit_code == 0, result.output
    return next(line for line in result.output.splitlines() if line.startswith("written:"))


def test_unchanged_build_leaves_current_outputs_alone(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert "graph.graphml" in kg_build(corpus, out, cache)
    stamps = {name: (out / name).stat().st_mtime_ns for name in OUTPUTS}
    assert "up to date" in kg_build(corpus, out, cache)
    assert {name: (out / name).stat().st_mtime_ns for name in OUTPUTS} == stamps
    assert "graph.graphml" in kg_build(corpus, tmp_path / "elsewhere", cache)  # another folder: its own outputs


def test_up_to_date_build_reads_no_article_and_loads_no_graph_library(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    kg_build(corpus, out, cache)
    script = (
        "import sys; from kg.cli import main; import kg.pipeline as p\n"
        "p.ExtractionCache.get = None  # reading a cache entry would fail\n"
        f"main(['build', {str(corpus)!r}, '--out', {str(out)!r}, '--cache-dir', {str(cache)!r}], standalone_mode=False)\n"
        "print('loaded:', sorted(m for m in ('networkx', 'numpy', 'igraph', 'rjieba') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "up to date" in result.stdout and "loaded: []" in result.stdout, result.stdout + result.stderr


def test_up_to_date_build_repeats_the_warnings_and_strict_still_fails(corpus, tmp_path):
    folder = corpus  # this test's own copy
    (folder / "empty.txt").write_text("", encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--cache-dir", str(cache)])
    (folder / "elsewhere").symlink_to(tmp_path)  # found and warned about by this build only
    again = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--cache-dir", str(cache)])
    assert "up to date" in again.output
    assert "empty.txt: empty, skipped" in first.stderr and "empty.txt: empty, skipped" in again.stderr
    assert "symbolic link" not in first.stderr and "elsewhere: symbolic link to a folder" in again.stderr
    assert "1 skipped" in again.output
    strict = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--cache-dir", str(cache), "--strict"])
    assert strict.exit_code == 3


def test_summary_counts_say_what_the_build_did(corpus, tmp_path):
    out, cache = tmp_path / "nothing_here", tmp_path / "cache"  # an --out name like the up-to-date message
    runs = [CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--cache-dir", str(cache)])
            for _ in range(2)]
    assert all(run.exit_code == 0 for run in runs)
    articles = len(list(corpus.glob("*.txt")))
    assert f"articles: {articles} (0 from cache, 0 skipped)" in runs[0].output
    assert f"articles: {articles} (unchanged, 0 skipped)" in runs[1].output


def test_a_record_edited_by_hand_means_a_full_build(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    kg_build(corpus, out, cache)
    (record,) = (cache / "outputs").glob("*.json")
    data = json.loads(record.read_text(encoding="utf-8"))
    del data["summary"]["skipped"]
    record.write_text(json.dumps(data), encoding="utf-8")
    assert "graph.graphml" in kg_build(corpus, out, cache)  # no KeyError: the record is ignored


def test_the_same_corpus_named_by_another_path_is_built_again(corpus, tmp_path, monkeypatch):
    out, cache = tmp_path / "out", tmp_path / "cache"
    kg_build(corpus, out, cache)
    monkeypatch.chdir(corpus.parent)
    # The messages of the first build named the files by its paths; this build names them otherwise.
    assert "graph.graphml" in kg_build(Path(corpus.name), out, cache)
    assert "up to date" in kg_build(Path(corpus.name), out, cache)


def test_outputs_are_written_again_after_any_change(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    kg_build(corpus, out, cache)
    expected = {name: (out / name).read_bytes() for name in OUTPUTS}
    (out / "graph.json").write_text("{}", encoding="utf-8")  # an output changed by hand
    assert "graph.json" in kg_build(corpus, out, cache)
    (out / "graph.gexf").unlink()  # ... or removed
    assert "graph.gexf" in kg_build(corpus, out, cache)
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == expected
    assert "graph.html" in kg_build(corpus, out, cache, "--max-page-nodes", "5")  # another export option
    edited = corpus / article_name(0)
    edited.write_text(article(0) + "比如星河物流以“准时送达”著称。\n", encoding="utf-8")
    assert "graph.graphml" in kg_build(corpus, out, cache)  # another article
    assert "星河物流" in (out / "graph.graphml").read_text(encoding="utf-8")
    (corpus / article_name(1)).unlink()
    assert "graph.graphml" in kg_build(corpus, out, cache)  # one article fewer
    assert "graph.graphml" in kg_build(corpus, out, cache, "--no-cache")  # --no-cache always writes


def test_damaged_or_deleted_cache_is_rebuilt(corpus, tmp_path):
    cache = tmp_path / "cache"
    _, expected = build_and_write(corpus, tmp_path / "a", cache_dir=cache)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 3 + GENERATED
    entries[0].write_text('{"doc_id": "trunc', encoding="utf-8")
    entries[1].write_bytes(b"\xff\xfe not json")
    damaged, files = build_and_write(corpus, tmp_path / "b", cache_dir=cache)
    assert damaged.cached == 3 + GENERATED - 2
    assert files == expected
    shutil.rmtree(cache)
    deleted, files = build_and_write(corpus, tmp_path / "c", cache_dir=cache)
    assert deleted.cached == 0
    assert files == expected


def test_dask_engine_gives_the_same_files(corpus, tmp_path):
    # dask is in the test extra: a missing one fails here (kg's own error) rather than skipping.
    _, local = build_and_write(corpus, tmp_path / "local", jobs=1)
    _, on_dask = build_and_write(corpus, tmp_path / "dask", jobs=2, engine="dask")  # a local cluster
    assert local == on_dask


def test_saved_segmenter_state_segments_like_a_fresh_one(monkeypatch):
    restored = Segmenter()  # from the state file, written by an earlier Segmenter if not by this one
    assert _state_file((), (), ()).exists()
    monkeypatch.setattr(Segmenter, "_restore", lambda self, path: False)
    fresh = Segmenter()  # prepared from jieba's dictionary and the word lists
    assert (restored.tag_overrides, restored.added_words, restored.stopwords, restored.domain_terms) == (
        fresh.tag_overrides, fresh.added_words, fresh.stopwords, fresh.domain_terms)
    text = (CORPUS / "xiangmu_jingli.txt").read_text(encoding="utf-8")[:2000]
    assert restored.tokens(text, 0) == fresh.tokens(text, 0)
    assert "v" in {token.tag for token in fresh.tokens(text, 0)}


def test_damaged_segmenter_state_is_prepared_afresh(tmp_path):
    terms = tmp_path / "terms.txt"
    terms.write_text("星河物流\n", encoding="utf-8")
    state = _state_file((), (), (terms,))
    state.write_bytes(b"not a pickle")
    try:
        segmenter = Segmenter(term_files=(terms,))
        assert "星河物流" in segmenter.domain_terms
        assert ("星河物流", None, "n") in segmenter.added_words
        assert Segmenter(term_files=(terms,)).added_words == segmenter.added_words  # rewritten, readable
    finally:
        state.unlink(missing_ok=True)


def test_generated_articles_have_numbered_duties_and_examples():
    assert article(7) == article(7)
    assert article(7) != article(8)
    for i in range(12):
        doc = analyse(article(i), article_name(i))
        assert len(find_duty_headings(doc)) >= 3, i
        assert doc.role is not None, i


def test_formats_written_in_parallel_are_the_same_files(corpus, tmp_path, monkeypatch):
    result = build([corpus])
    write_outputs(result.graph, tmp_path / "serial")
    monkeypatch.setattr("kg.parallel.MIN_NODES_TO_FORK", 0)  # forked writers inherit the patched value
    write_outputs(result.graph, tmp_path / "parallel", jobs=2)
    for name in OUTPUTS:
        assert (tmp_path / "serial" / name).read_bytes() == (tmp_path / "parallel" / name).read_bytes(), name


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_pipelines_graph_written_unchecked_gives_the_same_files(corpus, tmp_path, monkeypatch, jobs):
    result = build([corpus])
    monkeypatch.setattr("kg.parallel.MIN_NODES_TO_FORK", 0)
    write_outputs(result.graph, tmp_path / "checked", jobs=jobs)
    write_outputs(result.graph, tmp_path / "unchecked", jobs=jobs, check=False)  # as `kg build` does
    for name in OUTPUTS:
        assert (tmp_path / "checked" / name).read_bytes() == (tmp_path / "unchecked" / name).read_bytes(), name


def test_a_failing_writer_in_a_worker_leaves_the_old_outputs(corpus, tmp_path, monkeypatch):
    result = build([corpus])
    out = tmp_path / "out"
    write_outputs(result.graph, out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    monkeypatch.setattr("kg.parallel.MIN_NODES_TO_FORK", 0)

    def broken(graph, path):
        raise RuntimeError("disk full")

    formats = {**FORMATS, "graph.gexf": broken}
    with pytest.raises(RuntimeError, match="disk full"):
        write_outputs(result.graph, out, formats=formats, jobs=2)
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert not list(out.glob(".*.tmp"))


CAPPED_PAGE = """
import json, networkx as nx
from kg.export.html import page_data
graph = nx.DiGraph()
for i in range(300):
    graph.add_node(f"concept:{i:03d}", label=str(i), type="concept", centrality=(i % 7) / 10, documents="a.txt")
for i in range(300):
    graph.add_edge(f"concept:{i:03d}", f"concept:{(i * 37) % 300:03d}", relation="co_occurs", weight=1.0)
print(json.dumps(page_data(graph, max_nodes=60), sort_keys=True))
"""


def test_capped_page_is_the_same_whatever_the_hash_seed():
    # A page capped to a few of the nodes once listed its edges in the order of a Python set.
    pages = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", CAPPED_PAGE], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        pages.append(done.stdout)
    assert '"edges": [{' in pages[0]
    assert pages[0] == pages[1] == pages[2]
