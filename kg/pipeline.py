"""The pipeline: each article through read → clean → segment → structure → extract, then
one graph for the corpus.  Per-article work is a map (parallel, cached); the merge is a reduce.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import stat
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from kg import __version__, patterns
from kg.clean import clean, load_chrome_rules
from kg.errors import KgError, SkipArticle
from kg.extract import Extractor
from kg.graph import GraphBuilder, add_analytics
from kg.model import Extraction
from kg.parallel import CAN_FORK, forked_pool, run_at_once, worth_forking
from kg.read import file_label, read_file, read_text
from kg.segment import Segmenter, segment
from kg.structure import load_role_words, structure

if TYPE_CHECKING:
    import networkx as nx

# A hundred times a long article; more would cost minutes and gigabytes (measured: 2M characters
# of one line take ~20 s and 450 MB), so the rest of a huge file is dropped with a warning.
MAX_ARTICLE_CHARS = 500_000
# The modules whose code decides what an article yields.  Their source is part of the cache key,
# so editing one invalidates cached results even when kg's version number is not bumped.
ANALYSIS_MODULES = ("read", "clean", "segment", "structure", "extract", "model", "resources")


@dataclass(frozen=True)
class Settings:
    """Everything besides the text that changes what an article yields (part of the cache key)."""

    user_dicts: tuple[Path, ...] = ()
    stopwords: tuple[Path, ...] = ()
    terms: tuple[Path, ...] = ()
    chrome: tuple[Path, ...] = ()
    role_words: tuple[Path, ...] = ()
    max_chars: int = MAX_ARTICLE_CHARS

    def fingerprint(self) -> str:
        """Hash of kg's version, the settings and the content of every data file in use."""
        # The segmenter's version too: a new jieba-rs may cut some text differently.
        versions = " ".join(f"{name} {metadata.version(name)}" for name in ("jieba", "rjieba"))
        digest = hashlib.sha256(f"kg {__version__}\n{versions}\nmax_chars {self.max_chars}\n".encode())
        for module in ANALYSIS_MODULES:
            digest.update((Path(__file__).parent / f"{module}.py").read_bytes() + b"\0")
        data_dir = Path(__file__).parent / "data"
        for path in sorted(data_dir.iterdir()) + [*self.user_dicts, *self.stopwords, *self.terms, *self.chrome,
                                                     *self.role_words]:
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()


class Pipeline:
    """The loaded stages (jieba dictionary, rules); build once per process, reuse for every article."""

    def __init__(self, settings: Settings = Settings()) -> None:
        self.settings = settings
        self.segmenter = Segmenter(settings.user_dicts, settings.stopwords, settings.terms)
        self.chrome = load_chrome_rules(*settings.chrome)
        self.role_words = load_role_words(*settings.role_words)
        self.extract = Extractor(self.segmenter, role_words=self.role_words)
        patterns.save()  # every stage's fixed patterns are compiled by now

    def run(self, doc):
        clean(doc, self.chrome)
        segment(doc, self.segmenter)
        structure(doc, self.role_words)
        self.extract(doc)
        return doc

    def analyse_file(self, path: Path, doc_id: str) -> Extraction:
        return self.run(read_file(path, doc_id, self.settings.max_chars)).to_extraction()

    def analyse_text(self, text: str, doc_id: str = "article.txt") -> Extraction:
        return self.run(read_text(text, doc_id)).to_extraction()


@dataclass(frozen=True)
class Article:
    path: Path
    doc_id: str  # path relative to the folder it was found in, "/"-separated, as clean text (file_label)


def find_articles(paths: Iterable[Path]) -> tuple[list[Article], list[str]]:
    """The `.txt` files named or found under folders, plus a warning for each thing skipped.

    Raises KgError for a path that does not exist or is neither a file nor a folder.
    Symlinked folders are not followed, so a symlink loop cannot trap the walk; files that
    are not regular files (pipes, sockets, dangling links) are skipped with a warning, as
    reading a pipe would block the build forever.
    """
    articles: list[Article] = []
    warnings: list[str] = []
    for path in paths:
        if path.is_dir():
            found = len(articles)
            # os.walk would silently leave out a folder it cannot list; say so instead.
            def unlistable(exc: OSError) -> None:
                warnings.append(f"{exc.filename}: cannot be read ({exc.strerror or exc}), skipped")

            for root, dirs, files in os.walk(path, onerror=unlistable, followlinks=False):
                for name in sorted(d for d in dirs if not d.startswith(".") and os.path.islink(os.path.join(root, d))):
                    warnings.append(f"{Path(root) / name}: symbolic link to a folder, not followed")
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(".txt"):
                        file = Path(root) / name
                        problem = _not_a_regular_file(file)
                        if problem:
                            warnings.append(f"{file}: {problem}, skipped")
                        else:
                            articles.append(Article(file, file_label(file.relative_to(path).as_posix())))
            if len(articles) == found:
                warnings.append(f"{path}: no .txt files found")
        elif path.is_file():
            articles.append(Article(path, file_label(path.name)))
        elif path.is_symlink():
            raise KgError(f"{path}: dangling symbolic link or symlink loop")
        elif path.exists():
            raise KgError(f"{path}: not a regular file or folder")
        else:
            raise KgError(f"{path}: no such file or folder")
    seen: dict[str, Article] = {}
    for article in articles:
        if article.doc_id in seen:
            warnings.append(f"{article.path}: same name as {seen[article.doc_id].path}, skipped")
        else:
            seen[article.doc_id] = article
    return sorted(seen.values(), key=lambda a: a.doc_id), warnings


def _not_a_regular_file(path: Path) -> str:
    """Why `path` cannot be an article, or "" if it is a regular file (links followed)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return "" if stat.S_ISREG(mode) else "not a regular file"


class ExtractionCache:
    """Per-article results on disk, keyed by content hash + settings fingerprint (which includes kg's version)."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint

    def key(self, article: Article) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(article.doc_id.encode("utf-8") + b"\0")
        with open(article.path, "rb") as handle:  # in chunks: a huge file is never loaded whole
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()

    def has(self, key: str) -> bool:
        """Whether an entry is stored (it may still turn out unreadable: see get)."""
        return (self.folder / key[:2] / f"{key}.json").is_file()

    def get(self, key: str) -> Extraction | None:
        path = self.folder / key[:2] / f"{key}.json"
        try:
            return Extraction.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or unreadable entries are simply rebuilt

    def put(self, key: str, extraction: Extraction) -> None:
        path = self.folder / key[:2] / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(extraction.to_json(), encoding="utf-8")
        os.replace(tmp, path)


@dataclass
class CorpusAnalysis:
    """The map's result: every article analysed (or from cache) and merged, the graph not yet finished."""

    builder: GraphBuilder
    extractions: list[Extraction]
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    cached: int = 0
    # What the graph is made of (settings, kg's code and every article's cache key) when the cache
    # is in use and every article could be hashed, else None: equal keys mean an identical graph.
    key: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class BuildResult:
    graph: nx.DiGraph
    extractions: list[Extraction]
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    cached: int = 0
    # seconds per step: analyse (with cache and merge), then "graph and analytics" and "layout", or
    # "graph and analytics beside layout" when the two ran at once
    timings: dict[str, float] = field(default_factory=dict)


# One Pipeline per worker process, made by the pool's initializer.
_worker_pipeline: Pipeline | None = None


def _init_worker(settings: Settings | None) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(settings) if settings is not None else None


def _analyse_in_worker(article: Article) -> Extraction | str:
    assert _worker_pipeline is not None
    return _analyse(_worker_pipeline, article)


def _analyse(pipeline: Pipeline, article: Article) -> Extraction | str:
    """The article's extraction, or the one-line reason it was skipped."""
    try:
        return pipeline.analyse_file(article.path, article.doc_id)
    except SkipArticle as exc:
        return str(exc)
    except Exception as exc:  # one article that trips a bug must not stop the others
        detail = (str(exc).splitlines() or [""])[0]
        return f"{article.path}: could not be analysed ({type(exc).__name__}: {detail}), skipped"


ENGINES = ("local", "dask")
MIN_ARTICLES_PER_WORKER = 8


def analyse_articles(
    articles: list[Article], settings: Settings, jobs: int = 1, engine: str = "local", scheduler: str | None = None
) -> Iterator[Extraction | str]:
    """Extractions in input order, computed in `jobs` local processes or on a Dask cluster."""
    if not articles:
        return  # all from the cache: no dictionaries to load, no workers to start
    if engine == "dask":
        from kg.dask_engine import analyse_on_dask

        yield from analyse_on_dask(articles, settings, jobs, scheduler)
        return
    if engine != "local":
        raise KgError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    # A worker must have enough articles to repay starting it; the output does not depend on it.
    jobs = min(jobs, len(articles) // MIN_ARTICLES_PER_WORKER)
    if jobs <= 1:
        pipeline = Pipeline(settings)
        for article in articles:
            yield _analyse(pipeline, article)
        return
    # Small chunks: the workers finish within a few articles of each other, and results reach the
    # merge steadily.
    chunk = max(1, min(8, len(articles) // (jobs * 4)))
    if not CAN_FORK:
        # Spawned (the default where fork is missing or unsafe; explicit, so tests on Linux run
        # the same path): each worker imports kg and loads the dictionaries itself.
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(jobs, spawn, initializer=_init_worker, initargs=(settings,)) as pool:
            yield from pool.map(_analyse_in_worker, articles, chunksize=chunk)
        return
    # Load the dictionaries once, here, and analyse the first article (which fills the stages'
    # lazily loaded tables): forked workers inherit all of it instead of each spending a second
    # of CPU loading its own copy.
    _init_worker(settings)
    try:
        yield _analyse_in_worker(articles[0])
        with forked_pool(jobs) as pool:
            analysed = pool.map(_analyse_in_worker, articles[1:], chunksize=chunk)  # forks the workers
            _import_graph_stage()
            yield from analysed
    finally:
        _init_worker(None)


def _analyse_beside(articles: list[Article], settings: Settings, stack: contextlib.ExitStack) -> dict[str, Future[Extraction | str]]:
    """Each article's extraction to come, computed from now on by a forked process (shut down with `stack`)."""
    pool = stack.enter_context(forked_pool(1))
    return {article.doc_id: pool.submit(_analyse_with_settings, settings, article) for article in articles}


def _analyse_with_settings(settings: Settings, article: Article) -> Extraction | str:
    if _worker_pipeline is None:  # the process's first article: load the stages
        _init_worker(settings)
    return _analyse_in_worker(article)


def _import_graph_stage() -> None:
    """Load what the graph stage needs (NetworkX, NumPy, igraph: about 0.2 s) while the workers
    analyse, instead of before they are forked (every worker would wait for it) or after."""
    import igraph  # noqa: F401

    import kg.layout  # noqa: F401  (NumPy and NetworkX)


def build(paths: Iterable[Path], settings: Settings = Settings(), jobs: int = 1, **options) -> BuildResult:
    """Analyse every article (from cache where possible) and build the corpus graph.

    `options` are analyse_corpus's: cache_dir, progress, engine, scheduler."""
    return finish_build(analyse_corpus(paths, settings, jobs, **options), jobs)


def analyse_corpus(
    paths: Iterable[Path],
    settings: Settings = Settings(),
    jobs: int = 1,
    cache_dir: Path | None = None,
    progress=None,
    engine: str = "local",
    scheduler: str | None = None,
) -> CorpusAnalysis:
    """Every article's extraction (from cache where possible), merged in article order."""
    return analyse_plan(plan_corpus(paths, settings, cache_dir), settings, jobs, progress, engine, scheduler)


@dataclass
class CorpusPlan:
    """A build's articles, found and (with the cache) hashed, but not read yet."""

    articles: list[Article]
    warnings: list[str]
    cache: ExtractionCache | None = None
    keys: dict[str, str] = field(default_factory=dict)  # doc_id -> cache key
    unreadable: dict[str, str] = field(default_factory=dict)  # doc_id -> why it is skipped
    # What the graph is made of (settings, kg's code and every article's cache key) when the cache
    # is in use and every article could be hashed, else None: equal keys mean an identical graph.
    key: str | None = None


def plan_corpus(paths: Iterable[Path], settings: Settings = Settings(), cache_dir: Path | None = None) -> CorpusPlan:
    """Find the articles and, with a cache folder, hash them: enough to tell whether outputs
    built before are still current, before any article or cache entry is read."""
    articles, warnings = find_articles(paths)
    plan = CorpusPlan(articles, warnings)
    if cache_dir:
        plan.cache = cache = ExtractionCache(cache_dir, settings.fingerprint())
        for article in articles:
            try:
                plan.keys[article.doc_id] = cache.key(article)
            except OSError as exc:
                plan.unreadable[article.doc_id] = f"{article.path}: cannot be read ({exc.strerror or exc}), skipped"
        if not plan.unreadable:
            plan.key = corpus_key(cache.fingerprint, [(a.doc_id, plan.keys[a.doc_id]) for a in articles])
    return plan


def analyse_plan(
    plan: CorpusPlan,
    settings: Settings = Settings(),
    jobs: int = 1,
    progress=None,
    engine: str = "local",
    scheduler: str | None = None,
) -> CorpusAnalysis:
    """`analyse_corpus` for articles already found and hashed."""
    started = time.perf_counter()
    cache = plan.cache
    articles = plan.articles
    results: dict[str, Extraction | str] = dict(plan.unreadable)
    pending = [a for a in articles if a.doc_id not in results]
    stored = {a.doc_id for a in pending if cache and cache.has(plan.keys[a.doc_id])}
    fresh = [a for a in pending if a.doc_id not in stored]
    with contextlib.ExitStack() as stack:
        # A few articles changed among many cached (a rebuild after an edit): a forked process loads
        # the stages and analyses them while this one reads the cache, instead of one after the other.
        early: dict[str, Future[Extraction | str]] = {}
        if jobs > 1 and CAN_FORK and engine == "local" and stored and 0 < len(fresh) < MIN_ARTICLES_PER_WORKER * jobs:
            early = _analyse_beside(fresh, settings, stack)
        for article in pending:
            hit = cache.get(plan.keys[article.doc_id]) if cache and article.doc_id in stored else None
            if hit is not None:
                results[article.doc_id] = hit
        cached = len(results) - len(plan.unreadable)
        if progress:
            progress(len(results))
        if early:
            _import_graph_stage()  # while the forked process still analyses
        todo = [a for a in pending if a.doc_id not in results and a.doc_id not in early]
        # Merge while the workers analyse: results arrive in article order (the order the graph
        # is merged in), and the merge is done by the time the last article is.
        builder = GraphBuilder()
        analysed = iter(analyse_articles(todo, settings, jobs, engine, scheduler))
        extractions: list[Extraction] = []
        for article in articles:
            if article.doc_id not in results:
                future = early.get(article.doc_id)
                result = results[article.doc_id] = future.result() if future else next(analysed)
                if cache and isinstance(result, Extraction):
                    cache.put(plan.keys[article.doc_id], result)
                if progress:
                    progress(1)
            result = results[article.doc_id]
            if isinstance(result, Extraction):
                extractions.append(result)
                builder.add_extraction(result)
        if next(analysed, None) is not None:
            raise RuntimeError("more results than articles")  # cannot happen: one result per article
    skipped = [r for r in (results.get(a.doc_id) for a in articles) if isinstance(r, str)]
    warnings = list(plan.warnings)
    for extraction in extractions:
        warnings.extend(extraction.warnings)
    timings = {"analyse": time.perf_counter() - started}
    return CorpusAnalysis(builder, extractions, warnings, skipped, cached, plan.key, timings)


def corpus_key(fingerprint: str, article_keys: list[tuple[str, str]]) -> str:
    """Hash of everything the graph is made of: the analysis settings, the code and libraries that
    build and lay out the graph (not covered by the per-article cache key) and each article's key."""
    digest = hashlib.sha256(fingerprint.encode())
    for name in ("networkx", "igraph", "numpy"):
        digest.update(f"{name} {metadata.version(name)}\0".encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for doc_id, key in article_keys:
        digest.update(f"{doc_id}\0{key}\0".encode())
    return digest.hexdigest()


def finish_build(analysis: CorpusAnalysis, jobs: int = 1) -> BuildResult:
    """The reduce: the merged graph with its analytics and layout (side by side when `jobs` > 1)."""
    from kg.layout import compute_layout, set_positions

    started = time.perf_counter()
    timings = dict(analysis.timings)
    builder = analysis.builder
    if worth_forking(len(builder.nodes), jobs):
        # The layout needs only node types and links, which the builder already has: it runs in a
        # forked process while this one makes the NetworkX graph and its analytics.
        graph, positions = run_at_once([partial(_graph_with_analytics, builder), partial(_layout_of, builder)])
        timings["graph and analytics beside layout"] = time.perf_counter() - started
    else:
        graph = _graph_with_analytics(builder)
        timings["graph and analytics"] = time.perf_counter() - started
        positions = compute_layout(graph)
        timings["layout"] = time.perf_counter() - started - timings["graph and analytics"]
    set_positions(graph, positions)
    return BuildResult(graph, analysis.extractions, analysis.warnings, analysis.skipped, analysis.cached, timings)


def _graph_with_analytics(builder: GraphBuilder) -> nx.DiGraph:
    graph = builder.to_networkx()
    add_analytics(graph)
    return graph


def _layout_of(builder: GraphBuilder) -> dict[str, tuple[float, float]]:
    """compute_layout(builder.to_networkx()), read from the builder's tables instead of the graph."""
    from kg.layout import layout_positions

    return layout_positions(*builder.layout_tables())
