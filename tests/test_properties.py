"""Property tests over read → clean → segment → structure → extract.

For any input (arbitrary Unicode, lone surrogates and control characters included; arbitrary
bytes for the decoder; generated articles with random heading styles, random web chrome and
random line ends) the stages never raise, every evidence string is a verbatim substring of
the source, and the duties are numbered 1..n.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import analyse

from kg.errors import SkipArticle
from kg.export.common import _already_clean, clean_text
from kg.graph import build_graph
from kg.layout import add_layout
from kg.model import Doc
from kg.read import decode, normalize, read_text

# Modest by default (the suite shares a small machine); KG_PROPERTY_EXAMPLES=1000 digs deeper.
SETTINGS = settings(
    max_examples=int(os.environ.get("KG_PROPERTY_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Every code point, surrogates included (the default strategy leaves them out).
ANY_CHAR = st.characters(exclude_categories=())
# Pieces of text, weighted towards the ones the stages react to (numbers, heading marks,
# punctuation, role words, markup), plus any character at all.
ARTICLE_PIECE = st.one_of(
    st.sampled_from(list("一二三四五六七八九十、。，：；！？（）()【】「」“”\"'.:;,1234567890０１２\n\r\t 　")),
    st.sampled_from(list("市场总监项目经理负责职责管理团队品牌定位第之是指又称也叫")),
    st.sampled_from(["<p>", "</p>", "<br>", "<script>", "</script>", "&amp;", "<!DOCTYPE html>", "\u200b", "\ufeff"]),
    ANY_CHAR,
)


def evidence_of(doc: Doc) -> list[str]:
    """Every string the graph shows as a quotation from the article."""
    quotes = [doc.title_evidence] if doc.title_evidence else []
    if doc.role:
        quotes += doc.role.evidence
    quotes += [d.heading for d in doc.duties]
    for concept in doc.concepts:
        quotes += concept.evidence + list(concept.duty_evidence.values())
    quotes += [e.evidence for e in doc.examples]
    quotes += [link.evidence for link in doc.links]
    return quotes


def labels_of(doc: Doc) -> list[str]:
    """Every label the graph shows, which is also quoted from the article as written."""
    labels = [d.title for d in doc.duties] + [c.label for c in doc.concepts]
    labels += [e.subject for e in doc.examples] + [e.value for e in doc.examples]
    if doc.role:
        labels += [doc.role.label]
    return labels


def check_invariants(doc: Doc, source: str) -> None:
    assert len(doc.norm) == len(doc.text)
    for quote in evidence_of(doc):
        assert quote and quote in doc.text and quote in source, quote
    for label in labels_of(doc):
        assert label and label in doc.text, label
    assert [d.index for d in doc.duties] == list(range(1, len(doc.duties) + 1))
    previous_end = 0
    for duty in doc.duties:
        assert previous_end <= duty.section.start <= duty.section.end <= len(doc.text)
        previous_end = duty.section.start
    for concept in doc.concepts:
        assert set(concept.duties) <= {0, *(d.index for d in doc.duties)}


@SETTINGS
@given(st.text(ANY_CHAR, max_size=400))
def test_read_keeps_length_and_never_raises(text: str) -> None:
    doc = read_text(text, "a.txt")
    assert len(doc.norm) == len(doc.text)
    assert "\r" not in doc.text
    assert clean_text(doc.text) == doc.text  # what the exporters would remove is gone already
    assert normalize(doc.text) == doc.norm


@SETTINGS
@given(st.binary(max_size=600))
def test_decode_any_bytes_gives_text_or_a_named_skip(data: bytes) -> None:
    try:
        text, encoding = decode(data, "x.txt")
    except SkipArticle as exc:
        assert str(exc).startswith("x.txt: ") and str(exc).endswith("skipped")
    else:
        assert isinstance(text, str) and encoding


@SETTINGS
@given(st.lists(ARTICLE_PIECE, max_size=400).map("".join))
def test_stages_never_raise_on_arbitrary_text(text: str) -> None:
    doc = analyse(text)
    # Evidence is quoted from the decoded text; for text without markup that is the input
    # with its line ends normalised.
    check_invariants(doc, doc.text)
    # `kg build` writes the pipeline's graph, laid out, without sanitizing it (check=False): it
    # must be clean.
    graph = build_graph([doc.to_extraction()])
    add_layout(graph)
    assert _already_clean(graph)


# -- generated articles ---------------------------------------------------------------------
CN = "一二三四五六七八九十"
FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
ROLES = ["市场总监", "项目经理", "销售经理", "店长", "品牌经理", "人力资源经理"]
VERBS = ["制定", "管理", "规划", "控制", "维护", "培养", "推动", "评估"]
NOUNS = ["营销战略", "团队", "预算", "品牌形象", "客户关系", "项目进度", "风险", "渠道", "人才", "绩效"]
HEADING_STYLES = [
    "{cn}、{t}",
    "{ar}. {t}",
    "{ar}、{t}",
    "（{cn}）{t}",
    "({ar}) {t}",
    "【{ar}】{t}",
    "职责{cn}：{t}",
    "{role}职责{cn}：{t}",
    "{role}的主要职责{ar}、{t}",
    "第{cn}，{t}。",
    "**{cn}、{t}**",
    "## {ar}. {t}",
]
CHROME = [
    "推荐度：",
    "上一篇：{role}的工作内容",
    "下一篇：{role}的任职要求",
    "版权所有 © 2023 某某网",
    "发布时间：2023-05-01",
    "{role}岗位职责 2023-05-01",
    "猜你喜欢",
]
FILLER = ["下面跟着小编来看看吧。", "希望对大家有所帮助。", "欢迎阅读参考。"]


@st.composite
def articles(draw) -> tuple[str, int]:
    """A generated article and how many numbered duties it has."""
    role = draw(st.sampled_from(ROLES))
    style = draw(st.sampled_from(HEADING_STYLES))
    n = draw(st.integers(min_value=0, max_value=9))
    full_width = draw(st.booleans())

    def sentence() -> str:
        return f"{role}要{draw(st.sampled_from(VERBS))}{draw(st.sampled_from(NOUNS))}和{draw(st.sampled_from(NOUNS))}。"

    def chrome() -> list[str]:
        return [c.format(role=role) for c in draw(st.lists(st.sampled_from(CHROME), max_size=2))]

    lines = chrome() + [f"{role}的主要职责", ""]
    lines.append(
        f"{role}，又称{draw(st.sampled_from(ROLES))}负责人，是企业中负责{draw(st.sampled_from(NOUNS))}的岗位。"
        + draw(st.sampled_from(FILLER))
    )
    titles = draw(st.lists(st.sampled_from([v + n for v in VERBS for n in NOUNS]), min_size=n, max_size=n, unique=True))
    for number, title in enumerate(titles, 1):
        heading = style.format(cn=CN[number - 1], ar=str(number), t=title, role=role)
        lines += ["", heading.translate(FULL_WIDTH_DIGITS) if full_width else heading]
        body = [sentence() for _ in range(draw(st.integers(1, 3)))]
        if draw(st.booleans()):
            body.insert(0, f"比如{draw(st.sampled_from(['北岭电器', '青橙咖啡', '蓝鲸互动']))}把自己定位为“高端品牌”。")
        if draw(st.booleans()):
            body.append(draw(st.sampled_from(FILLER)))
        lines.append("".join(body))
        lines += chrome() if draw(st.integers(0, 4)) == 0 else []
    lines += ["", f"总之，{role}的工作离不开{draw(st.sampled_from(NOUNS))}。"] + chrome()
    # A block of related-article links ends the page (clean drops it with the short lines
    # after it, so it cannot stand before a heading).
    if draw(st.booleans()):
        lines += ["相关文章：", f"{role}的职责", f"{role}的待遇"]
    ending = draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"]))
    if ending == "mixed":
        ends = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=len(lines), max_size=len(lines)))
        return "".join(line + end for line, end in zip(lines, ends, strict=True)), n
    return ending.join(lines) + ending, n


@SETTINGS
@given(articles())
def test_generated_articles_keep_their_duties_and_quote_the_source(article: tuple[str, int]) -> None:
    text, n = article
    source = text.replace("\r\n", "\n").replace("\r", "\n")
    doc = analyse(text)
    check_invariants(doc, source)
    # A single numbered line is not a list; two or more in one style are the duties.
    assert len(doc.duties) == (n if n >= 2 else 0)
    assert doc.role is not None


# The pieces markup is made of, for a page that starts like HTML and then goes anywhere.
MARKUP_PIECE = (
    st.sampled_from([*"<>/!-[]'\"= \np&#;", "--", "script", "style", "amp;", "x3c;", "职责", "一、"]) | ANY_CHAR
)


@SETTINGS
@given(st.lists(MARKUP_PIECE, max_size=300).map("".join))
def test_any_markup_becomes_text_without_raising(markup: str) -> None:
    doc = read_text("<!DOCTYPE html>" + markup, "a.txt")
    assert doc.encoding == "utf-8+html"
    assert len(doc.norm) == len(doc.text)
    assert "\r" not in doc.text
