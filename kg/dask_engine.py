"""Per-article analysis on a Dask cluster: the map step of `kg build --engine dask`.

Analysis of one article needs nothing but the article and the settings, so it maps over a
cluster as it maps over local processes; the merge (graph, layout, export) stays on the
machine that runs `kg build`, which receives only the small per-article extractions.
Without a scheduler address a local cluster of `jobs` single-threaded worker processes is
started (jieba holds the GIL, so threads would not help).  With one, workers must have kg
installed and see the article files at the same paths (a shared file system).

Dask is an optional extra: `pip install 'kg[dask]'`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.model import Extraction
    from kg.pipeline import Article, Pipeline, Settings

# One loaded Pipeline per worker process and settings (loading jieba costs about a second).
_pipelines: dict[Settings, Pipeline] = {}


def _analyse_remote(article: Article, settings: Settings) -> Extraction | str:
    from kg.pipeline import Pipeline, _analyse

    pipeline = _pipelines.get(settings)
    if pipeline is None:
        pipeline = _pipelines[settings] = Pipeline(settings)
    return _analyse(pipeline, article)


def analyse_on_dask(
    articles: list[Article], settings: Settings, jobs: int, scheduler: str | None
) -> Iterator[Extraction | str]:
    """Extractions in input order, each computed on a Dask worker."""
    if not articles:
        return
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise KgError("--engine dask needs Dask: pip install 'kg[dask]'") from None
    if scheduler:
        cluster = None
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        # Absolute paths: workers do not share this process's working directory.  pure=False:
        # the result depends on the file's content, not only on the path passed in.
        absolute = [replace(a, path=a.path.resolve()) for a in articles]
        futures = client.map(_analyse_remote, absolute, settings=settings, pure=False)
        for future in futures:
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
