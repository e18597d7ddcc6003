"""Bad input at the command line: messy corpus folders, --strict, exit codes, one-line errors,
and builds that fail or are killed half way without touching the previous outputs."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import opencc
import pytest
from click.testing import CliRunner, Result
from support import CORPUS, ROOT

import kg.cli
import kg.export
import kg.pipeline
from bench.generate import article, article_name
from kg.cli import EXIT_ERROR, EXIT_OK, EXIT_STRICT, EXIT_USAGE, main
from kg.pipeline import find_articles

OUTPUTS = ("graph.graphml", "graph.gexf", "graph.json", "graph.html")
GOOD = "xiangmu_jingli.txt"


def kg_build(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["build", "--no-cache", "--jobs", "1", *map(str, args)])


def run_kg(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m kg build …` in a real process, to see exactly what a user sees."""
    return subprocess.run(
        [sys.executable, "-m", "kg", "build", "--no-cache", "--jobs", "1", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def assert_valid_outputs(out: Path) -> None:
    """Every output is complete: the JSON parses, the XML is well-formed, the page is whole."""
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert data
    ET.parse(out / "graph.graphml")
    ET.parse(out / "graph.gexf")
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name not in OUTPUTS)


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A corpus folder with one of every kind of file a scraped collection ends up with."""
    folder = tmp_path / "messy"
    folder.mkdir()
    text = (CORPUS / GOOD).read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2tw").convert((CORPUS / "xiaoshou_jingli.txt").read_text(encoding="utf-8"))
    (folder / "utf8.txt").write_text(text, encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + (CORPUS / "shichang_zongjian.txt").read_bytes())
    (folder / "gbk.txt").write_bytes(text.replace("项目经理", "工程经理").encode("gbk"))
    (folder / "big5.txt").write_bytes(traditional.encode("big5"))
    (folder / "crlf.txt").write_bytes(text.replace("项目经理", "产品经理").replace("\n", "\r\n").encode("utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \r\n\t\n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "korean.txt").write_bytes("한국어 텍스트입니다. 회사의 직무에 대한 설명입니다.".encode("euc_kr"))
    (folder / "notes.md").write_text("# not an article", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "loop").symlink_to(folder)  # a folder link back to the corpus: never followed
    os.mkfifo(folder / "pipe.txt")
    return folder


SKIPPED = {
    "empty.txt": "empty, skipped",
    "blank.txt": "empty, skipped",
    "image.txt": "looks binary",
    "korean.txt": "not UTF-8, GB18030/GBK or Big5 text, skipped",
    "dangling.txt": "cannot be read",
    "self.txt": "cannot be read",
    "pipe.txt": "not a regular file, skipped",
    "loop": "symbolic link to a folder, not followed",
}


def test_messy_folder_builds_what_it_can_and_names_what_it_skipped(messy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = kg_build(messy, "--out", out)
    assert result.exit_code == EXIT_OK, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    for name, reason in SKIPPED.items():
        assert [w for w in warnings if name in w and reason in w], f"no warning for {name}: {warnings}"
    assert len(warnings) == len(SKIPPED)
    assert "Traceback" not in result.output + result.stderr
    # Four are skipped when read; the link, the pipe and the dangling links are seen while walking.
    assert "articles: 5 (0 from cache, 4 skipped)" in result.stdout
    assert_valid_outputs(out)
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    text = json.dumps(graph, ensure_ascii=False)
    for role in ("项目经理", "工程经理", "产品经理", "銷售經理", "市场营销总监"):
        assert role in text, role
    assert leftovers(out) == []


def test_strict_turns_warnings_into_a_failure_and_writes_nothing(messy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert kg_build(CORPUS, "--out", out).exit_code == EXIT_OK
    before = snapshot(out)
    result = kg_build(messy, "--out", out, "--strict")
    assert result.exit_code == EXIT_STRICT
    assert error_lines(result) == ["error: --strict: 4 skipped, 4 warnings; nothing written"]
    assert snapshot(out) == before
    # Without anything to warn about, --strict builds as usual.
    assert kg_build(CORPUS / GOOD, "--out", out, "--strict").exit_code == EXIT_OK


def test_strict_fails_on_a_truncated_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.cli, "Settings", functools.partial(kg.pipeline.Settings, max_chars=1000))
    result = kg_build(CORPUS / GOOD, "--out", tmp_path / "out", "--strict")
    assert result.exit_code == EXIT_STRICT
    assert f"warning: {CORPUS / GOOD}: longer than 1,000 characters, only the start is used" in result.stderr
    assert not (tmp_path / "out").exists()


def test_huge_single_line_file_is_cut_with_a_warning(tmp_path: Path) -> None:
    """10 MB on one line: the pipeline reads only what MAX_ARTICLE_CHARS needs (memory and
    time measured in docs/robustness.md); here, that the cut is announced and the rest built."""
    big = tmp_path / "big.txt"
    line = (CORPUS / GOOD).read_text(encoding="utf-8").replace("\n", "").encode("utf-8")
    big.write_bytes(line * (10_000_000 // len(line) + 1))
    assert big.stat().st_size > 10_000_000
    result = kg_build(big, "--out", tmp_path / "out")
    assert result.exit_code == EXIT_OK, result.stderr
    limit = kg.pipeline.MAX_ARTICLE_CHARS
    assert result.stderr.splitlines() == [f"warning: {big}: longer than {limit:,} characters, only the start is used"]
    assert_valid_outputs(tmp_path / "out")


def bad_input(folder: Path, kind: str) -> tuple[Path, str]:
    """A path of the given kind of bad input, and what its error line must say."""
    path = folder / kind
    if kind == "empty-folder":
        path.mkdir()
        return path, f"no article could be read ({path}: no .txt files found); nothing written"
    if kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        return path, f"no article could be read ({path}: looks binary (control bytes), skipped); nothing written"
    if kind == "empty-file":
        path.write_bytes(b"")
        return path, f"no article could be read ({path}: empty, skipped); nothing written"
    if kind == "symlink-loop":
        path.symlink_to(path)
        return path, f"{path}: dangling symbolic link or symlink loop"
    if kind == "pipe":
        os.mkfifo(path)
        return path, f"{path}: not a regular file or folder"
    return path, f"{path}: no such file or folder"


@pytest.mark.parametrize("kind", ["missing", "empty-folder", "binary", "empty-file", "symlink-loop", "pipe"])
def test_bad_input_is_one_error_line_naming_it(tmp_path: Path, kind: str) -> None:
    path, message = bad_input(tmp_path, kind)
    result = kg_build(path, "--out", tmp_path / "out")
    assert result.exit_code == EXIT_ERROR
    assert error_lines(result) == [f"error: {message}"]
    assert not (tmp_path / "out").exists()


def test_bad_settings_files_are_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "chrome.txt").write_text("line (unclosed\n", encoding="utf-8")
    (tmp_path / "chrome2.txt").write_text("frame 推荐\n", encoding="utf-8")
    (tmp_path / "words.txt").write_bytes("停用词".encode("gbk"))
    for option, name, message in [
        ("--chrome", "chrome.txt", "bad chrome rule"),
        ("--chrome", "chrome2.txt", "expected 'line|block|sentence|end REGEX'"),
        ("--stopwords", "words.txt", "not UTF-8 text"),
        ("--user-dict", "words.txt", "not UTF-8 text"),
    ]:
        result = kg_build(CORPUS / GOOD, option, tmp_path / name, "--out", tmp_path / "out")
        assert result.exit_code == EXIT_ERROR
        lines = error_lines(result)
        assert len(lines) == 1 and name in lines[0] and message in lines[0], result.stderr
        assert not (tmp_path / "out").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert kg_build("--jobs", "0").exit_code == EXIT_USAGE
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert kg_build(CORPUS / GOOD, "--out", tmp_path / "file").exit_code == EXIT_USAGE


def test_exit_codes_are_documented_in_help() -> None:
    result = CliRunner().invoke(main, ["build", "--help"])
    assert result.exit_code == 0
    for code in (EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_STRICT):
        assert re.search(rf"^ +{code}  \S", result.output, re.MULTILINE), code


def test_a_real_process_prints_its_whole_summary_and_keeps_its_exit_code(tmp_path: Path) -> None:
    # `python -m kg` ends in os._exit (kg.cli.run, to skip freeing the heap): what it printed must
    # still arrive, and click's exit codes must still come out.
    done = run_kg(CORPUS / GOOD, "--out", tmp_path / "out")
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout.splitlines()[-1].startswith("written:")
    assert run_kg("--no-such-option").returncode == EXIT_USAGE


def test_no_traceback_for_bad_input_in_a_real_process(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)))
    (tmp_path / "chrome.txt").write_text("line [\n", encoding="utf-8")
    for args in (
        [tmp_path / "missing"],
        [tmp_path / "bin.txt"],
        [CORPUS / GOOD, "--chrome", tmp_path / "chrome.txt"],
        [CORPUS / GOOD, "--out", "/proc/kg-cannot-write"],
    ):
        process = run_kg(*args, "--out", tmp_path / "out") if "--out" not in args else run_kg(*args)
        assert process.returncode == EXIT_ERROR, process.stderr
        assert "Traceback" not in process.stderr
        assert process.stderr.splitlines()[-1].startswith("error: ")
        assert len([line for line in process.stderr.splitlines() if line.startswith("error:")]) == 1


def test_an_article_that_crashes_a_stage_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_run = kg.pipeline.Pipeline.run

    def run(self, doc):
        if doc.doc_id == "xiaoshou_jingli.txt":
            raise RecursionError("maximum recursion depth exceeded\nsecond line")
        return real_run(self, doc)

    monkeypatch.setattr(kg.pipeline.Pipeline, "run", run)
    result = kg_build(CORPUS, "--out", tmp_path / "out")
    assert result.exit_code == EXIT_OK
    assert result.stderr.splitlines() == [
        f"warning: {CORPUS / 'xiaoshou_jingli.txt'}: could not be analysed (RecursionError: maximum recursion depth exceeded), "
        "skipped"
    ]
    assert "articles: 2 (0 from cache, 1 skipped)" in result.stdout
    assert kg_build(CORPUS, "--out", tmp_path / "out2", "--strict").exit_code == EXIT_STRICT


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), ValueError("exporter bug")])
def test_failing_writer_leaves_previous_outputs_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    out = tmp_path / "out"
    assert kg_build(CORPUS / GOOD, "--out", out).exit_code == EXIT_OK
    before = snapshot(out)

    def broken(graph, path: Path) -> None:
        path.write_text("half a file", encoding="utf-8")
        raise error

    monkeypatch.setitem(kg.export.FORMATS, "graph.json", broken)  # third of four: two already staged
    result = kg_build(CORPUS, "--out", out)
    assert result.exit_code == EXIT_ERROR
    assert len(error_lines(result)) == 1 and str(out) in error_lines(result)[0]
    assert "previous outputs, if any, left as they were" in result.stderr
    assert snapshot(out) == before
    assert leftovers(out) == []


# A build whose JSON writer hangs after writing: the graph.graphml and graph.gexf temp files
# are complete, graph.json's is written, nothing is renamed yet.  Killing it there is the
# worst moment for the outputs.
SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    import kg.export
    from kg.cli import main
    write_json = kg.export.FORMATS["graph.json"]
    def slow(graph, path):
        write_json(graph, path)
        print("staged", flush=True)
        time.sleep(120)
    kg.export.FORMATS["graph.json"] = slow
    sys.argv = ["kg", *sys.argv[1:]]
    main()
    """
)


def generated_corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / article_name(i)).write_text(article(i), encoding="utf-8")
    return folder


@contextlib.contextmanager
def python_process(args: list[str], **options: object) -> Iterator[subprocess.Popen]:
    """`python ARGS` run from the repository; killed and reaped however the test ends."""
    process = subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, **options
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def kill(process: subprocess.Popen) -> None:
    """SIGKILL, as a crash or an impatient user would: no chance to clean up."""
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def test_build_killed_while_writing_leaves_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert kg_build(CORPUS, "--out", out).exit_code == EXIT_OK
    before = snapshot(out)
    corpus = generated_corpus(tmp_path / "corpus", 4)
    command = ["-c", SLOW_WRITER, "build", str(corpus), "--out", str(out), "--no-cache", "-j", "1"]
    with python_process(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "staged"  # blocks until the writer is mid-way
        assert any(name.startswith(".graph.") for name in leftovers(out))
        kill(process)
    assert snapshot(out) == before
    assert_valid_outputs(out)
    # The next build is not confused by the dead build's temp files and replaces the outputs.
    assert kg_build(corpus, "--out", out).exit_code == EXIT_OK
    assert snapshot(out) != before
    assert_valid_outputs(out)


def test_build_killed_while_analysing_leaves_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert kg_build(CORPUS, "--out", out).exit_code == EXIT_OK
    before = snapshot(out)
    corpus = generated_corpus(tmp_path / "corpus", 60)
    cache = tmp_path / "cache"
    command = ["-m", "kg", "build", str(corpus), "--out", str(out), "--cache-dir", str(cache), "-j", "1"]
    with python_process(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as process:
        # Midway: some articles are analysed (their cache entries exist), most are not.
        deadline = time.monotonic() + 60
        while len(list(cache.glob("*/*.json"))) < 3 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert process.poll() is None, "the build finished before it could be killed"
        kill(process)
    assert 3 <= len(list(cache.glob("*/*.json"))) < 60
    assert snapshot(out) == before
    assert_valid_outputs(out)
    # The cache entries a killed build left behind are whole and are reused.
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--cache-dir", str(cache), "-j", "1"])
    assert result.exit_code == EXIT_OK, result.stderr
    assert "from cache" in result.stdout and "(0 from cache" not in result.stdout
    assert_valid_outputs(out)


def test_folder_that_cannot_be_listed_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """os.walk skips a folder it cannot list without a word; kg warns (and --strict fails)."""
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    shutil.copy(CORPUS / GOOD, corpus / GOOD)
    real_scandir = os.scandir

    def scandir(path: str | Path = ".") -> object:
        if Path(path).name == "locked":  # what a folder without read permission does (tests run as root)
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    articles, warnings = find_articles([corpus])
    assert [a.doc_id for a in articles] == [GOOD]
    assert warnings == [f"{corpus / 'locked'}: cannot be read (Permission denied), skipped"]


def test_article_without_numbered_duties_is_still_a_document_with_concepts(tmp_path: Path) -> None:
    # The duty headings' numbers removed: prose paragraphs only.
    text = (CORPUS / GOOD).read_text(encoding="utf-8")
    prose = re.sub(r"(?m)^第[一二三四五六七八九十]+，", "", text)
    assert prose != text
    (tmp_path / "prose.txt").write_text(prose, encoding="utf-8")
    result = kg_build(tmp_path / "prose.txt", "--out", tmp_path / "out", "--strict")
    assert result.exit_code == EXIT_OK, result.stderr
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    types = [node["type"] for node in graph["nodes"]]
    assert types.count("document") == 1
    assert "duty" not in types
    assert types.count("concept") >= 10
    # The concepts belong to the document and hang off its role (there is no duty to hold them).
    concepts = {node["id"]: node for node in graph["nodes"] if node["type"] == "concept"}
    assert all("prose.txt" in node["documents"] for node in concepts.values())
    held = {edge["target"] for edge in graph["edges"] if edge["relation"] == "mentions"}
    assert set(concepts) <= held


def test_staging_files_left_by_a_killed_build_are_removed_later(tmp_path):
    old = tmp_path / ".graph.json.abc123.tmp"
    fresh = tmp_path / ".graph.json.def456.tmp"
    old.write_text("partial", encoding="utf-8")
    fresh.write_text("another build still writing", encoding="utf-8")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    kg.export.write_outputs(nx.DiGraph(), tmp_path)
    assert not old.exists() and fresh.exists()
    assert (tmp_path / "graph.json").is_file()


def test_file_names_that_are_not_utf8_or_hold_control_characters_still_build(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    article = (CORPUS / "xiaoshou_jingli.txt").read_bytes()
    for raw in (b"caf\xe9.txt", b"a\x01b.txt"):  # Latin-1 bytes; a control character
        with open(os.path.join(os.fsencode(folder), raw), "wb") as handle:
            handle.write(article)
    out = tmp_path / "out"
    result = kg_build(folder, "--out", out, "--no-cache")
    assert result.exit_code == EXIT_OK, result.stderr
    assert_valid_outputs(out)
    graph = nx.read_graphml(out / "graph.graphml")
    assert {"document:caf\\xe9.txt", "document:a\\x01b.txt"} <= set(graph)
