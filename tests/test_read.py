"""Stage 1, read: encodings, bad files, line ends, widths, HTML saved as .txt, Traditional text."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import opencc
import pytest
from support import CORPUS, analyse

from kg.errors import SkipArticle
from kg.model import Span
from kg.read import decode, file_label, html_to_text, looks_like_html, normalize, read_file, read_text

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")  # Taiwan forms: what Big5 files hold (s2t gives some Big5 lacks, e.g. 着)
T2S = opencc.OpenCC("t2s")

SIMPLIFIED = "项目经理负责统筹全局，把控项目进度。他要和团队一起梳理范围，及时发现偏差并加以纠正。"
TRADITIONAL = "項目經理負責統籌全局，把控項目進度。他要和團隊一起梳理範圍，及時發現偏差並加以糾正。"


def corpus_sentences(min_chars: int = 8) -> list[str]:
    """Every sentence of the dev corpus, as short texts for the encoding guesser."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return [s + "。" for s in re.split(r"[。\n]", text) if len(s.strip()) >= min_chars]


def write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        (TRADITIONAL.encode("gbk"), TRADITIONAL, "gb18030"),  # Traditional text saved as GBK
        (TRADITIONAL.encode("utf-16"), TRADITIONAL, "utf-16"),  # with its BOM
    ],
)
def test_encodings_decode_exactly(tmp_path: Path, data: bytes, text: str, encoding: str) -> None:
    doc = read_file(write(tmp_path, data), "a.txt")
    assert doc.text == text
    assert doc.encoding == encoding
    assert not doc.warnings


def test_short_gbk_and_big5_texts_are_told_apart() -> None:
    """GB18030 accepts almost any byte pair, so Big5 bytes also 'decode' as GB18030 (to
    nonsense); every sentence of the corpus, alone, must come back as written."""
    sentences = corpus_sentences()
    assert len(sentences) > 100
    wrong = []
    for sentence in sentences:
        traditional = S2TW.convert(sentence)
        for text, encoding in ((sentence, "gbk"), (traditional, "big5"), (traditional, "gb18030")):
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue  # a character Big5 lacks: such a file could not exist
            if decode(data, "a.txt")[0] != text:
                wrong.append((encoding, text))
    assert wrong == []


@pytest.mark.parametrize(
    ("encoding", "label", "prefix"),
    [("utf-8", "UTF-8", b""), ("utf-8", "UTF-8", b"\xef\xbb\xbf"), ("gbk", "GB18030", b""), ("big5", "BIG5", b"")],
)
def test_a_few_invalid_bytes_are_replaced_with_a_warning(
    tmp_path: Path, encoding: str, label: str, prefix: bytes
) -> None:
    text = (CORPUS / "xiangmu_jingli.txt").read_text(encoding="utf-8")
    text = S2TW.convert(text) if encoding == "big5" else text
    half = len(text) // 2
    # A stray byte between two characters, and one at the end.
    damaged = prefix + text[:half].encode(encoding) + b"\xff" + text[half:].encode(encoding) + b"\xff"
    path = write(tmp_path, damaged)
    doc = read_file(path, "a.txt")
    assert doc.text.replace("\ufffd", "") == text
    assert doc.warnings == [f"{path}: 2 invalid {label} byte sequence(s) replaced by U+FFFD"]


def test_a_badly_damaged_file_is_skipped(tmp_path: Path) -> None:
    data = bytearray((CORPUS / "xiangmu_jingli.txt").read_bytes())
    data[::40] = b"\xff" * len(data[::40])  # one byte in 40: too much to be the same article
    path = write(tmp_path, bytes(data))
    with pytest.raises(SkipArticle, match=rf"^{re.escape(str(path))}: not UTF-8, GB18030/GBK or Big5 text, skipped$"):
        read_file(path, "a.txt")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("日本語のテキストです。これは会社の職務について説明しています。", "shift_jis"),
        ("한국어 텍스트입니다. 이것은 회사의 직무에 대한 설명입니다. 관리자의 책임.", "euc_kr"),
        ("Ceci est un texte français, très café, à côté de l'école.", "latin-1"),
        ("Это русский текст о должностных обязанностях менеджера.", "cp1251"),
    ],
)
def test_other_encodings_are_skipped_naming_the_file(tmp_path: Path, text: str, encoding: str) -> None:
    path = write(tmp_path, text.encode(encoding), "odd.txt")
    with pytest.raises(SkipArticle, match=rf"^{re.escape(str(path))}: not UTF-8, GB18030/GBK or Big5 text, skipped$"):
        read_file(path, "odd.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)) * 4,
        b"\x1f\x8b\x08\x00" + bytes([3, 7, 1, 2, 5, 0x11, 0x12, 0x13]) * 100,  # gzip-like, no NUL early
        "UTF-16 without a BOM 中文".encode("utf-16-le"),
    ],
    ids=["png", "all-bytes", "gzip-like", "utf-16-no-bom"],
)
def test_binaries_are_skipped(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data, "bin.txt")
    with pytest.raises(SkipArticle, match=rf"^{re.escape(str(path))}: .*skipped$"):
        read_file(path, "bin.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  \n", "\u3000\u3000\n".encode(), b"\xef\xbb\xbf \n"])
def test_empty_and_whitespace_files_are_skipped(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data, "e.txt")
    with pytest.raises(SkipArticle, match=rf"^{re.escape(str(path))}: empty, skipped$"):
        read_file(path, "e.txt")


def test_html_without_visible_text_is_skipped(tmp_path: Path) -> None:
    data = b"<!DOCTYPE html><html><head><title>t</title></head><body><script>x()</script></body></html>"
    with pytest.raises(SkipArticle, match="no visible text"):
        read_file(write(tmp_path, data, "h.txt"), "h.txt")


def test_unreadable_paths_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing")
    (tmp_path / "folder.txt").mkdir()
    for name in ("loop.txt", "dangling.txt", "folder.txt"):
        with pytest.raises(SkipArticle, match=rf"^{re.escape(str(tmp_path / name))}: .*skipped$"):
            read_file(tmp_path / name, name)


def test_pipe_is_skipped_without_blocking(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(SkipArticle, match=rf"^{re.escape(str(tmp_path))}/pipe\.txt: not a regular file, skipped$"):
        read_file(tmp_path / "pipe.txt", "pipe.txt")


def test_long_file_is_cut_with_a_warning_and_read_only_in_part(tmp_path: Path) -> None:
    # GBK: two bytes a character, so the byte limit falls in the middle of a character.
    path = write(tmp_path, ("市场总监" * 30_001 + "尾").encode("gbk"), "big.txt")
    doc = read_file(path, "big.txt", max_chars=1001)
    assert doc.text == ("市场总监" * 300)[:1001]
    assert doc.warnings == [f"{path}: longer than 1,001 characters, only the start is used"]
    assert read_file(path, "big.txt", max_chars=200_000).warnings == []


def test_long_utf8_file_cut_inside_a_character(tmp_path: Path) -> None:
    path = write(tmp_path, ("a" + "职" * 50).encode("utf-8"), "u.txt")
    doc = read_file(path, "u.txt", max_chars=10)  # reads 43 bytes: 'a' + 14 characters
    assert doc.text == "a" + "职" * 9
    assert doc.warnings


def test_line_ends_are_normalised() -> None:
    doc = read_text("一\r\n二\r三\n四\u2028五\u2029六\x85七\x0c八", "a.txt")
    assert doc.text.split("\n") == list("一二三四五六七八")
    assert len(doc.norm) == len(doc.text)


def test_crlf_article_gives_the_same_structure_as_lf() -> None:
    text = (CORPUS / "xiangmu_jingli.txt").read_text(encoding="utf-8")
    lf = analyse(text)
    for variant in (text.replace("\n", "\r\n"), text.replace("\n", "\r"), _mixed_line_ends(text)):
        doc = analyse(variant)
        assert [d.title for d in doc.duties] == [d.title for d in lf.duties]
        assert doc.role == lf.role
        assert [e.subject for e in doc.examples] == [e.subject for e in lf.examples]


def _mixed_line_ends(text: str) -> str:
    ends = ["\r\n", "\n", "\r"]
    return "".join(line + ends[i % 3] for i, line in enumerate(text.split("\n")))


def test_zero_width_characters_are_dropped() -> None:
    doc = read_text("\ufeff市场\u200b总监\u200d负责", "a.txt")
    assert doc.text == "市场总监负责"


def test_full_width_forms_fold_in_norm_only() -> None:
    text = "１．ＡＢＣ管理　（ＫＰＩ）「品牌」"
    doc = read_text(text, "a.txt")
    assert doc.text == text
    assert doc.norm == "1.ABC管理 (KPI)“品牌”"
    assert len(normalize(text)) == len(text)


def test_full_width_numbered_duties_are_found_and_quoted_as_written() -> None:
    text = (
        "店长的职责\n\n店长是门店的负责人，管理门店的日常经营。\n\n"
        "１．管理门店团队\n店长要招聘、培训和排班，让团队保持稳定。\n\n"
        "２．控制经营成本\n店长要盘点库存，控制损耗和人力成本。\n\n"
        "３．维护顾客关系\n店长要处理投诉，提升顾客的满意度。\n"
    )
    doc = analyse(text)
    assert [d.index for d in doc.duties] == [1, 2, 3]
    assert [d.heading for d in doc.duties] == ["１．管理门店团队", "２．控制经营成本", "３．维护顾客关系"]
    assert doc.role is not None and doc.role.label == "店长"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_whole_articles_in_gbk_and_big5(tmp_path: Path, path: Path) -> None:
    simplified = path.read_text(encoding="utf-8")
    traditional = S2TW.convert(simplified)
    for text, encoding, name in ((simplified, "gbk", "gb18030"), (traditional, "big5", "big5")):
        doc = read_file(write(tmp_path, text.encode(encoding)), "a.txt")
        assert (doc.text, doc.encoding) == (text, name)


@pytest.mark.parametrize("converter", [S2T, S2TW], ids=["s2t", "s2tw"])
def test_traditional_articles_yield_what_simplified_ones_do(converter: opencc.OpenCC) -> None:
    """Matching runs on the Simplified `norm`; labels and evidence stay Traditional."""
    for path in sorted(CORPUS.glob("*.txt")):
        simplified = path.read_text(encoding="utf-8")
        traditional = converter.convert(simplified)
        assert traditional != simplified
        want, got = analyse(simplified, path.name), analyse(traditional, path.name)
        assert [d.index for d in got.duties] == [d.index for d in want.duties]
        assert [T2S.convert(d.title) for d in got.duties] == [d.title for d in want.duties]
        assert got.role is not None and want.role is not None
        assert T2S.convert(got.role.label) == want.role.label
        assert [T2S.convert(e.subject) for e in got.examples] == [e.subject for e in want.examples]
        assert sorted(T2S.convert(c.label) for c in got.concepts) == sorted(c.label for c in want.concepts)
        # Labels and evidence are quoted from the Traditional text itself.
        for label in [got.role.label, *(d.title for d in got.duties), *(e.subject for e in got.examples)]:
            assert label in traditional
        for evidence in [*got.role.evidence, *(e.evidence for e in got.examples)]:
            assert evidence in traditional


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>店长的职责_某某网</title>
<style>p { color: red }</style><script>var x = "<p>一、不是职责</p>";</script></head>
<body><div class="nav"><a href="/">首页</a></div>
<h1>店长的职责</h1>
<p>店长是门店的负责人，
   管理门店的日常经营&amp;服务。</p>
<h2>一、管理门店团队</h2><p>店长要招聘、培训和排班，让团队保持稳定。</p>
<h2>二、控制经营成本</h2><p>店长要盘点库存，控制损耗&lt;和&gt;人力成本。</p>
<h2>三、维护顾客关系</h2><p>店长要处理投诉，<br>提升顾客的满意度。</p>
<noscript>请启用脚本</noscript><footer>版权所有</footer><ul id="related-list"><li>相关文章</li></ul>
</body></html>
"""


def test_html_saved_as_txt_becomes_its_visible_text(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path, PAGE.encode("gbk"), "page.txt"), "page.txt")
    assert doc.encoding == "gb18030+html"
    assert doc.text.split("\n") == [
        "店长的职责",
        "店长是门店的负责人，管理门店的日常经营&服务。",
        "一、管理门店团队",
        "店长要招聘、培训和排班，让团队保持稳定。",
        "二、控制经营成本",
        "店长要盘点库存，控制损耗<和>人力成本。",
        "三、维护顾客关系",
        "店长要处理投诉，",
        "提升顾客的满意度。",
    ]


def test_html_article_is_analysed_from_its_visible_text() -> None:
    doc = analyse(PAGE)
    assert doc.title == "店长的职责"
    assert doc.role is not None and doc.role.label == "店长"
    assert [d.title for d in doc.duties] == ["管理门店团队", "控制经营成本", "维护顾客关系"]
    assert all("<" not in d.heading for d in doc.duties)
    for concept in doc.concepts:
        assert all(evidence in doc.text for evidence in concept.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "<html><body><p>正文</p></body></html>",
        "  <?xml version='1.0'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0'><html>",
        "<!-- saved from url=(0014)about:internet -->\n<html lang='zh'>",
        "标题\n" + "<p>一段</p><br/>" * 8,
    ],
)
def test_web_pages_are_recognised(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        '标题<script>alert(1)</script>\n一、职责</script>\n二、<img src=x onerror=alert(1)>\n"}]);',
        "页面用 <p> 标签分段，用 <br> 换行。",
        "a < b 且 c > d，html 是一种语言。",
    ],
)
def test_text_that_only_mentions_tags_stays_as_written(text: str) -> None:
    assert not looks_like_html(text)
    assert read_text(text, "a.txt").text == text


def test_html_parser_keeps_unclosed_head_pages() -> None:
    assert html_to_text("<html><head><meta charset=utf-8><title>t</title><body><p>正文</p>") == "正文"


@pytest.mark.parametrize(
    "piece",
    ["<a ", "<", "<a b='>y", "<![CDATA[ >", "<a b=\"'>", "</", "<!"],
)
def test_malformed_html_is_read_in_linear_time(piece: str) -> None:
    """html.parser alone rescans the rest of the page for each of these: 20,000 of them took
    35 s.  Escaped first, 60,000 characters of them take well under a second."""
    page = "<!DOCTYPE html><p>正文</p>" + piece * (60_000 // len(piece))
    started = time.perf_counter()
    doc = read_text(page, "a.txt")
    assert time.perf_counter() - started < 5
    assert doc.text.startswith("正文")


def test_ordered_list_items_are_numbered_as_a_browser_shows_them() -> None:
    html = (
        "<html><body><h1>财务经理岗位职责</h1><ol><li>负责编制预算；<li>负责<b>审核</b>凭证；</ol>"
        "<ol start='3'><li>负责税务申报。</li></ol><ol><li>1、本科学历；</li></ol><ul><li>福利好</li></ul></body></html>"
    )
    assert html_to_text(html).splitlines() == [
        "财务经理岗位职责",
        "1. 负责编制预算；",
        "2. 负责审核凭证；",
        "3. 负责税务申报。",
        "1、本科学历；",  # an item that numbers itself keeps its own number only
        "福利好",
    ]


def test_straight_double_quotes_pair_up_within_a_line_as_curly_ones() -> None:
    # the third quote of the first line has no partner on it: it stays straight
    assert normalize('他说"好",又说"不\n好"了"') == '他说“好”,又说"不\n好“了”'


def test_list_numbering_stops_at_an_item_without_text() -> None:
    html = "<ol><li><img src=a.png></li></ol><p>正文第一段</p><ol><li>1.5倍工资</li></ol>"
    assert html_to_text(html).splitlines() == ["正文第一段", "1. 1.5倍工资"]


def test_straight_quotes_pair_only_around_a_short_phrase() -> None:
    assert normalize('屏幕27"的显示器,品牌叫"小米"') == '屏幕27"的显示器,品牌叫“小米”'
    # …or a saying with commas that opens right after a Chinese character
    assert normalize('社群里一直坚持"先做朋友，再做生意"，老粉复购') == "社群里一直坚持“先做朋友,再做生意”,老粉复购"
    assert normalize('口号只有一句："先对口径，再谈结论"。') == "口号只有一句:“先对口径,再谈结论”。"  # …or a colon


@pytest.mark.parametrize(
    ("raw", "label"),
    [(b"caf\xe9.txt", "caf\\xe9.txt"), (b"a\x01b.txt", "a\\x01b.txt"), ("市场.txt".encode(), "市场.txt")],
)
def test_file_labels_are_printable_and_keep_names_apart(raw: bytes, label: str) -> None:
    assert file_label(os.fsdecode(raw)) == label


# Text copied from a PDF: a paragraph cut every WIDTH characters, mid-word, with a page's
# footer and header between two of its lines.
WIDTH = 38
PARAGRAPH = (
    "负责组织供应商到货预约、卸货、验收和上架作业，核对送货单、采购订单与实物的品名、规格、数量和批号；"
    "发现短少、破损或标签不符的，应当场拍照留证，并在两小时内反馈采购部及质量部；督促收货组于到货当日"
    "在仓储管理系统中完成收货确认，不得积压单据，月末组织全面盘点，盘点差异超过千分之三的须出具差异分析报告。"
)


def _wrapped(paragraph: str, width: int = WIDTH) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


def _pdf_page_text() -> str:
    lines = _wrapped(PARAGRAPH * 2)
    header, footer = "仓储主管岗位说明书（培训版）    YT-HR-017", "远通供应链 内部资料    第 {} 页 共 2 页"
    page_break = ["", footer.format(1), header, ""]
    body = lines[:3] + page_break + lines[3:]
    second = _wrapped(PARAGRAPH[40:] + PARAGRAPH[:40])
    return "\n".join([header, "仓储主管岗位说明书", "3.1 入库管理", *body, "3.2 库存管理", *second, "", footer.format(2)]) + "\n"


def test_lines_wrapped_by_a_page_are_joined_and_quotes_stay_verbatim() -> None:
    text = _pdf_page_text()
    doc = read_text(text, "pdf")
    assert PARAGRAPH * 2 in doc.text  # each paragraph whole, the page's footer and header out of it
    assert "第 1 页" not in doc.text
    assert "3.1 入库管理\n" in doc.text and "\n3.2 库存管理\n" in doc.text  # headings keep their lines
    assert len(doc.norm) == len(doc.text)
    start = doc.text.index("督促收货组")
    quote = doc.quote(Span(start, doc.text.index("。", start) + 1))
    assert "\n" in quote and quote in text  # evidence is quoted as the file has it


def test_a_wrapped_pages_field_line_keeps_its_break() -> None:
    title = "证券投资顾问的职责有哪些证券投资顾问是做什么的"  # as wide as the column, no stop at its end
    lines = _wrapped(PARAGRAPH * 2)
    doc = read_text("\n".join([title, "发布时间：2023-08-14  来源：网络整理", *lines]) + "\n", "pdf")
    assert doc.text.startswith(title + "\n发布时间")


def test_latin_words_broken_across_lines_are_joined_with_a_space_but_one_word_is_not() -> None:
    lines = _wrapped(PARAGRAPH * 2) * 2
    lines[0] = lines[0][:-10] + "英文写作 Warehouse"
    lines[1] = "Manager" + lines[1][7:]
    lines[2] = lines[2][:-4] + "简称Q"
    lines[3] = "E，" + lines[3][2:]
    doc = read_text("\n".join(lines), "pdf")
    assert "Warehouse Manager" in doc.text and "简称QE，" in doc.text


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPH * 2 + "\n" + PARAGRAPH + "\n",  # a web page: a paragraph is a line
        # a post of short lines that are lines of their own
        "\n".join(f"第{i}条小技巧先说清楚再动手做事情别拖到最后一天再说" for i in range(20)) + "\n",
        # a posting's items, each a line, none ending in a full stop
        "\n".join(f"{i}、负责门店的日常运营管理工作包括排班盘点和库存控制确保门店各项运营指标达成" for i in range(1, 12)) + "\n",
    ],
)
def test_text_that_is_not_wrapped_keeps_its_lines(text: str) -> None:
    doc = read_text(text, "web")
    assert doc.text == text and not doc.joins
