"""Stage 3, segment: sentences, words and tags."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import jieba
import pytest
from support import CORPUS, ROOT

from kg.clean import clean, load_chrome_rules
from kg.read import read_text
from kg.segment import Segmenter, _dictionary, segment

ARTICLES = sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter()


def test_words_cover_each_sentence_exactly(segmenter):
    doc = read_text("市场总监负责品牌定位。\n他又称营销总监，管理市场部！", "a.txt")
    doc = segment(clean(doc, load_chrome_rules()), segmenter)
    assert [doc.text[s.span.start : s.span.end] for s in doc.sentences] == ["市场总监负责品牌定位。", "他又称营销总监，管理市场部！"]
    for sentence in doc.sentences:
        assert sentence.tokens[0].start == sentence.span.start
        assert sentence.tokens[-1].end == sentence.span.end
        assert all(a.end == b.start for a, b in zip(sentence.tokens, sentence.tokens[1:], strict=False))


def test_tags_come_from_the_dictionary_and_the_word_lists(segmenter):
    text = "品牌定位需要每月总结一次还应考虑，ABC公司2024年营收。"
    tags = {text[t.start : t.end]: t.tag for t in segmenter.tokens(text, 0)}
    assert tags["品牌定位"] == "n"  # a domain term: one word, a noun
    assert tags["，"] == "x" and tags["ABC"] == "eng" and tags["2024"] == "m"
    assert tags["总结"] == "v"  # jieba says noun; kg/data/verbs.txt says verb
    assert tags["还应"] == "un"  # not in the dictionary (jieba's HMM joined it): an unknown word


def test_a_rate_jieba_cuts_off_is_one_noun(segmenter):
    text = "提高收缴率，效率要高，率先完成"
    words = [(text[t.start : t.end], t.tag) for t in segmenter.tokens(text, 0)]
    assert ("收缴率", "n") in words and ("效率", "n") in words and ("率先", "d") in words


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_rjieba_cuts_like_jieba_with_the_same_words(segmenter, path):
    """rjieba (jieba-rs) replaces jieba's Python cutting for speed; with the same dictionary and
    added words it must cut the same way.  The one known difference: jieba-rs keeps a date such
    as 03-17 whole where jieba splits it at the hyphen."""
    reference = jieba.Tokenizer()
    for word, freq, tag in segmenter.added_words:
        reference.add_word(word, freq, tag)
    for line in path.read_text(encoding="utf-8").splitlines():
        ours, jiebas = segmenter.cutter.cut(line), reference.lcut(line)
        if ours != jiebas:
            assert [w for w in ours if not re.fullmatch(r"\d+-\d+", w)] == [
                w for w in jiebas if not re.fullmatch(r"\d+|-", w)
            ], line


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_tags_are_jiebas_dictionary_tags_unless_kg_retags_the_word(segmenter, path):
    """Tags come from rjieba with the words; kg keeps only the words it tags differently (verbs.txt,
    domain terms, user words).  So rjieba's tags must be those of jieba's dict.txt."""
    dictionary, _ = _dictionary()
    text = path.read_text(encoding="utf-8")
    tokens = segmenter.tokens(text, 0)
    for token in tokens:
        word = text[token.start : token.end]
        if word in segmenter.tag_overrides:
            assert token.tag == segmenter.tag_overrides[word], word
        elif word in dictionary:
            assert token.tag == dictionary[word], word
        elif word.endswith("率"):
            assert token.tag == "n", word  # a rate kg closed (收缴|率)
        else:
            assert token.tag in {"x", "un", "eng", "m"}, word
    assert sum(text[t.start : t.end] in segmenter.tag_overrides for t in tokens) > 10  # both kinds are checked


def test_rjieba_default_instance_is_taken_only_when_kg_owns_the_process():
    """`kg` (kg.cli.run) lets its first segmenter take rjieba's default instance, unbinding
    rjieba's module functions; a library user's process keeps them working."""
    script = textwrap.dedent(
        """
        import rjieba
        from kg.segment import Segmenter, claim_rjieba_default
        Segmenter()
        assert rjieba.cut("市场总监") and hasattr(rjieba, "_DEFAULT_JIEBA")  # a library user's process
        claim_rjieba_default()
        first, second = Segmenter(), Segmenter()
        assert not hasattr(rjieba, "cut") and not hasattr(rjieba, "_DEFAULT_JIEBA")
        assert first.cutter is not second.cutter and first.tokens("市场总监", 0) == second.tokens("市场总监", 0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)
