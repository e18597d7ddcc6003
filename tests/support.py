"""Shared helpers for the stage tests: one loaded pipeline per test process."""

from __future__ import annotations

import functools
from pathlib import Path

from kg.model import Doc
from kg.pipeline import Pipeline
from kg.read import read_text

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).parent / "gold"


@functools.cache
def pipeline() -> Pipeline:
    return Pipeline()


def analyse(text: str, doc_id: str = "article.txt") -> Doc:
    """Run every stage on `text` and return the Doc, for assertions on any stage's output."""
    return pipeline().run(read_text(text, doc_id))
