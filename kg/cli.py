"""The `kg` command line: thin wrappers over kg.pipeline and the exporters."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click

from kg import __version__
from kg.clean import load_chrome_rules
from kg.errors import KgError
from kg.freshness import OUTPUT_NAMES, OutputRecord, output_key
from kg.pipeline import ENGINES, Settings, analyse_plan, finish_build, plan_corpus
from kg.segment import claim_rjieba_default
from kg.style import DEFAULT_PAGE_NODES

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_STRICT = 0, 1, 2, 3
PROGRESS_THRESHOLD = 5  # show a progress bar above this many articles


def _paths(ctx, param, value):
    return tuple(Path(v) for v in value)


def settings_options(func):
    """Options shared by every command that analyses articles."""
    options = [
        click.option("--user-dict", multiple=True, type=click.Path(exists=True, dir_okay=False), callback=_paths,
                     help="Extra jieba user dictionary (`word [freq] [tag]` per line). Repeatable."),
        click.option("--stopwords", multiple=True, type=click.Path(exists=True, dir_okay=False), callback=_paths,
                     help="Extra stop words, one per line; they never become nodes. Repeatable."),
        click.option("--terms", multiple=True, type=click.Path(exists=True, dir_okay=False), callback=_paths,
                     help="Extra domain terms, one per line; they are kept as concepts. Repeatable."),
        click.option("--chrome", multiple=True, type=click.Path(exists=True, dir_okay=False), callback=_paths,
                     help="Extra web-chrome rules (format of kg/data/chrome.txt). Repeatable."),
        click.option("--role-words", multiple=True, type=click.Path(exists=True, dir_okay=False), callback=_paths,
                     help="Extra job-title endings (经理, 店长), one per line; a title names its role with one. "
                          "Repeatable."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_settings(user_dict=(), stopwords=(), terms=(), chrome=(), role_words=()) -> Settings:
    """Settings from the options, every file checked here so a bad one is one clear error
    before any work starts (inside worker processes it would be a traceback per worker)."""
    for path in (*user_dict, *stopwords, *terms, *chrome, *role_words):
        try:
            path.read_bytes().decode("utf-8")
        except OSError as exc:
            fail(f"{path}: cannot be read ({exc.strerror or exc})")
        except UnicodeDecodeError:
            fail(f"{path}: not UTF-8 text")
    for path in chrome:
        try:
            load_chrome_rules(path)
        except (ValueError, re.error) as exc:
            fail(f"{path}: bad chrome rule ({exc})")
    return Settings(user_dicts=user_dict, stopwords=stopwords, terms=terms, chrome=chrome, role_words=role_words)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs from Chinese articles about job roles and management.

    \b
    kg build                 corpus/ -> outputs/graph.{html,graphml,gexf,json}
    kg build a.txt dir/ --out out/
    kg eval corpus/x.txt --gold tests/gold/x.gold.json
    """


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="outputs", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.graphml, graph.gexf, graph.json and graph.html.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for per-article analysis. [default: all cores]")
@click.option("--cache-dir", default=".kg-cache", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Per-article results are cached here; deleting it is always safe.")
@click.option("--no-cache", is_flag=True, help="Analyse every article again; neither read nor write the cache.")
@click.option("--strict", is_flag=True, help="Treat every warning (skipped file, truncated article) as a failure.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where articles are analysed: local processes, or Dask (pip install 'kg[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster.")
@click.option("--max-page-nodes", type=click.IntRange(min=0), default=DEFAULT_PAGE_NODES, show_default=True,
              help="graph.html draws at most this many nodes, those of highest centrality, and says so; "
                   "0 draws all. The other files always keep every node.")
@settings_options
def build_command(paths, out_dir, jobs, cache_dir, no_cache, strict, engine, scheduler, max_page_nodes,
                  **word_lists) -> None:
    """Build the graph from .txt files and folders (default: corpus/).

    Files that cannot be used (binary, unknown encoding, empty, unreadable) are skipped
    with a warning naming them; the other articles are still built.  Outputs are written
    to temporary files and renamed into place, so a failed or interrupted build leaves the
    previous outputs intact.

    \b
    Exit codes:
      0  outputs written (warnings, if any, on stderr)
      1  bad input: missing path, bad settings file, no readable article,
         outputs cannot be written - nothing written
      2  bad command-line usage
      3  --strict and something was skipped or warned about - nothing written
    """
    started = time.perf_counter()
    # A build allocates millions of small objects and keeps most of them until it ends; with
    # the default thresholds the cyclic collector rescans them over and over (7 % of a build).
    click.get_current_context().call_on_close(functools.partial(gc.set_threshold, *gc.get_threshold()))
    gc.set_threshold(50_000, 20, 100)
    inputs = list(paths) or [Path("corpus")]
    settings = make_settings(**word_lists)
    jobs = jobs or os.cpu_count() or 1
    with failing_cleanly(cache_dir):
        plan = plan_corpus(inputs, settings, None if no_cache else cache_dir)  # found and hashed, not read
    record = key = None
    if plan.key:  # the cache is in use and every article was hashed: the outputs may already be these
        record = OutputRecord(cache_dir, out_dir)
        # The paths as given too: the recorded messages name the files by them.
        key = output_key(plan.key, max_page_nodes=max_page_nodes, formats=sorted(OUTPUT_NAMES),
                         paths=[str(article.path) for article in plan.articles])
        summary = record.summary_if_current(key)
        if summary is not None and is_summary(summary):  # nothing to read, analyse or write
            check_messages(summary["skipped"], plan.warnings + summary["article_warnings"], strict)
            print_summary(summary, time.perf_counter() - started, f"nothing, {out_dir} is up to date", current=True)
            return
    with failing_cleanly(cache_dir), ProgressBar() as progress:
        analysis = analyse_plan(plan, settings, jobs=jobs, progress=progress, engine=engine, scheduler=scheduler)
    check_messages(analysis.skipped, analysis.warnings, strict)
    if not analysis.extractions:
        reasons = analysis.skipped + analysis.warnings
        why = f" ({reasons[0]}{f', and {len(reasons) - 1} more' if len(reasons) > 1 else ''})" if reasons else ""
        fail(f"no article could be read{why}; nothing written")
    # Imported here, not at the top: the graph stage's libraries (NetworkX, NumPy) load while the
    # workers analyse (kg.pipeline), and `kg --help` and up-to-date builds do not wait for them.
    from kg.export import write_outputs

    try:
        graph = finish_build(analysis, jobs).graph
    except KgError as exc:
        fail(str(exc))
    try:
        # The pipeline's graph is clean by construction: the writers need not check every value.
        written = write_outputs(graph, out_dir, max_page_nodes=max_page_nodes or None, jobs=jobs, check=False)
    except OSError as exc:
        fail(f"{out_dir}: outputs cannot be written ({exc.strerror or exc}); previous outputs, if any, left as they were")
    except Exception as exc:  # an exporter bug: still one line, and the old outputs are intact
        detail = (str(exc).splitlines() or [""])[0]
        fail(f"{out_dir}: outputs could not be written ({type(exc).__name__}: {detail}); previous outputs, if any, "
             "left as they were")
    summary = {
        **graph_summary(graph),
        "articles": len(analysis.extractions),
        "cached": analysis.cached,
        "skipped": analysis.skipped,
        # The articles' own warnings (a truncated article): the same while their keys are;
        # warnings about the folders are found again by each build.
        "article_warnings": [line for extraction in analysis.extractions for line in extraction.warnings],
    }
    if record and key:
        record.save(key, written, summary)
    print_summary(summary, time.perf_counter() - started, ", ".join(str(p) for p in written))


@contextlib.contextmanager
def failing_cleanly(cache_dir: Path) -> Iterator[None]:
    """Bad input (KgError) or a file that cannot be used (the cache folder cannot be written):
    one line and exit 1 instead of a traceback."""
    try:
        yield
    except KgError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or cache_dir}: {exc.strerror or exc}")


def check_messages(skipped: list[str], warnings: list[str], strict: bool) -> None:
    """Each skipped file and warning on stderr; with --strict, any of them ends the build."""
    for line in skipped + warnings:
        click.echo(f"warning: {line}", err=True)
    if strict and (skipped or warnings):
        fail(f"--strict: {len(skipped)} skipped, {len(warnings)} warnings; nothing written", EXIT_STRICT)


@main.command("eval")
@click.argument("articles", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--gold", "golds", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold file for each article, in the same order. Repeatable.")
@click.option("--gold-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold files named like the articles: x.txt -> x.gold.json.")
@settings_options
def eval_command(articles, golds, gold_dir, **word_lists) -> None:
    """Score articles, each built alone, against gold files; exit 1 if a threshold is missed.

    \b
    kg eval corpus/a.txt --gold tests/gold/a.gold.json
    kg eval corpus/*.txt --gold-dir tests/gold
    """
    from kg.evaluate import evaluate_file, gold_for
    from kg.pipeline import Pipeline

    if bool(golds) == bool(gold_dir) or (golds and len(golds) != len(articles)):
        raise click.UsageError("give either one --gold per article, or --gold-dir")
    pairs = list(zip(articles, golds, strict=True)) if golds else [(a, gold_for(a, gold_dir)) for a in articles]
    for article, gold in pairs:
        if not gold.is_file():
            fail(f"{gold}: no gold file for {article}")
    pipeline = Pipeline(make_settings(**word_lists))
    failed = 0
    for article, gold in pairs:
        try:
            metrics = evaluate_file(article, gold, pipeline)
        except (KgError, ValueError, KeyError) as exc:
            fail(f"{gold}: {exc}")
        passed = all(m.passed for m in metrics)
        failed += not passed
        click.echo(f"{article}: {'pass' if passed else 'FAIL'}")
        for metric in metrics:
            click.echo(f"  {metric}")
    click.echo(f"{len(pairs) - failed} passed, {failed} failed")
    if failed:
        sys.exit(EXIT_ERROR)


class ProgressBar:
    """A click progress bar that appears only once there are more than a few articles."""

    def __init__(self) -> None:
        self.bar = None
        self.done = 0

    def __enter__(self) -> ProgressBar:
        return self

    def __call__(self, step: int) -> None:
        self.done += step
        if self.bar is None and self.done > PROGRESS_THRESHOLD and sys.stderr.isatty():
            self.bar = click.progressbar(length=None, label="analysing", file=sys.stderr)
            self.bar.__enter__()
        if self.bar is not None:
            self.bar.update(step)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def graph_summary(graph) -> dict:
    """Node and edge counts for the summary (also recorded, for a build that finds its outputs current)."""
    types = Counter(data["type"] for _, data in graph.nodes(data=True))
    return {"nodes": graph.number_of_nodes(), "types": dict(sorted(types.items())), "edges": graph.number_of_edges()}


# What `kg build` records with its outputs, by type: a record that differs (edited by hand) is ignored.
SUMMARY_FIELDS = {"nodes": int, "types": dict, "edges": int, "articles": int, "cached": int, "skipped": list,
                  "article_warnings": list}


def is_summary(summary: dict) -> bool:
    return all(isinstance(summary.get(name), kind) for name, kind in SUMMARY_FIELDS.items())


def print_summary(summary: dict, seconds: float, written: str, current: bool = False) -> None:
    """The one-screen summary; `summary` is what `kg build` records with its outputs, and
    `current` says the outputs were found up to date (nothing was read)."""
    types = ", ".join(f"{t} {n}" for t, n in summary["types"].items())
    source = "unchanged" if current else f"{summary['cached']} from cache"
    click.echo(f"articles: {summary['articles']} ({source}, {len(summary['skipped'])} skipped)")
    click.echo(f"nodes:    {summary['nodes']} ({types})")
    click.echo(f"edges:    {summary['edges']}")
    click.echo(f"seconds:  {seconds:.2f}")
    click.echo(f"written:  {written}")


def run() -> None:
    """The `kg` command (and `python -m kg`): `main`, then an exit that skips freeing the heap.

    At the end of a big build the interpreter would spend a quarter of a second (1,000 articles)
    freeing objects one by one before the process ends.  Every file kg writes is closed by then;
    only the standard streams need flushing."""
    code: int | str | None = 0
    claim_rjieba_default()  # this process is kg's: its first segmenter may take rjieba's own instance
    try:
        main()  # standalone mode: always ends in SystemExit
    except SystemExit as exc:
        code = exc.code
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (kg build | head): nothing more to say
            stream.flush()
    os._exit(code if isinstance(code, int) else 0 if code is None else EXIT_ERROR)


def fail(message: str, code: int = EXIT_ERROR):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)
