"""Stage 1, read: decode a file and build the normalised copy used for matching.

`Doc.text` is the article as written (line ends normalised, invisible zero-width characters
removed, HTML saved as .txt reduced to its visible text), so evidence can always be quoted
verbatim; `Doc.norm` has the same length, with full-width forms folded to ASCII, corner
quotes folded to curly ones and Traditional characters mapped to Simplified, so the later
stages match one spelling.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import os
import re
import stat
from array import array
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

from kg import patterns
from kg.errors import SkipArticle
from kg.model import Doc, Join
from kg.resources import JIEBA_DICT

# Legacy Chinese encodings tried after the BOM check and UTF-8.  GB18030 is a superset of
# GBK and GB2312; cp950 is Big5 as Windows writes it (Big5 plus a few extension characters).
LEGACY_ENCODINGS = ("gb18030", "cp950")
# Below this plausibility (0..2) no reading is believable: the file is in some other
# encoding (Shift-JIS, EUC-KR, Latin-1 …) and is skipped rather than garbled.  Real Chinese
# scores about 1.5; wrong readings of Chinese, Korean or Japanese bytes score below 1.
MIN_PLAUSIBILITY = 1.1
MIN_PAIRS = 8  # fewer Han character pairs than this: judge on the characters alone
MIN_CHAR_SHARE = 0.6
# A file that fails strict decoding is still read if at most this share of it is invalid.
MAX_REPLACED_SHARE = 0.01
# Share of control bytes (other than tab, line ends, form feed, escape) that marks a binary.
MAX_CONTROL_SHARE = 0.01
SNIFF_BYTES = 8192
# Text copied from a PDF (join_wrapped_lines): lines at least MIN_BODY_WIDTH columns wide are
# the body, and most are as wide as the page's column; a line of at least FULL_LINE of the column
# width that stops mid-sentence was wrapped.  At least MIN_WRAPPED_BREAKS such breaks inside a
# word or between two words, and WRAPPED_SHARE of the body lines, mark the text.
MIN_BODY_WIDTH = 20
FULL_LINE = 0.6
MIN_WRAP_WIDTH = 60  # an A4 page holds 35-45 Chinese characters a line, a phone's screen under 30
MAX_WRAP_WIDTH = 100
MIN_WRAPPED_BREAKS = 8
WRAPPED_SHARE = 0.25
PAGE_FURNITURE_REACH = 2  # a running header or footer stands this close to the page number
PLAUSIBILITY_SAMPLE = 20000

_SENTENCE_ENDS = frozenset("。！？!?；;：:…")
_WORD_CHARACTER = patterns.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_LATIN_END = patterns.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{2,}$|[A-Za-z0-9]{2,}[.,;:]$")
_LATIN_START = patterns.compile(r"[A-Za-z0-9]{2,}")
_COLUMNS = patterns.compile(r"\S(?:\s{2,}|\u3000)\S")
# A line that opens a numbered item or heading (3.2 库存管理 / 4  任职资格 / (二) / 第三条 / •): no continuation.
_ITEM_START = patterns.compile(
    r"\s*(?:\d{1,2}(?:\.\d{1,2})+|\d{1,2}\s*[.、)）:：]|\d{1,2}\s|[(（][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|第[\d一二三四五六七八九十]{1,3}[条章节部分项]|[①-⑳•·*●○■□▪◆◇▶►★☆【#-])"
)
# …nor does a page's field line (发布时间:… 来源:…)
_FIELD_START = patterns.compile(r"\s*[\u4e00-\u9fff]{2,4}\s*[:：]")
_PAGE_NUMBER = patterns.compile(
    r"(?:.{0,40}?\s)?(?:第\s*\d{1,4}\s*页(?:\s*[/,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4})"
)
_WIDTH_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD.update({"\u3000": " ", "\xa0": " ", "「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”"})
_FOLDABLE = patterns.compile("[" + "".join(map(re.escape, _WIDTH_FOLD)) + "]")
# A pair of straight double quotes around a short phrase (no comma or sentence mark inside):
# 屏幕27"的显示器,品牌叫"小米" pairs only "小米".
_STRAIGHT_QUOTES = patterns.compile(r'"([^"\n,，。;；!！?？]{1,30}|[A-Za-z][A-Za-z0-9 ,.\'&-]{30,60})"')  # …English runs longer
# …or a saying with commas, opened right after a Chinese character or a colon: 一直坚持"先做朋友,再做生意",
# 口号只有一句:"先对口径,再谈结论".
_STRAIGHT_SAYING = patterns.compile(r'(?<=[\u4e00-\u9fff:])"([^"\n。;；!！?？]{1,30})"')
# Straight single quotes around a word or a name set in a sentence (很早就用 'OKR' 来…), not an
# English apostrophe (don't): paired within a line, with a space or a Chinese character outside.
_STRAIGHT_SINGLE = patterns.compile(r"(?<=[\s\u4e00-\u9fff])'([^'\n,，。;；!！?？]{1,30})'(?=[\s\u4e00-\u9fff，。,.;；:：!！?？]|$)")

# Every line break Unicode knows becomes "\n"; zero-width characters are dropped because
# they are invisible yet split words (市场\u200b总监) for every later stage, and so are the
# control characters (C0 but tab and newline, DEL, C1), lone surrogates and U+FFFE/FFFF, which
# no article means and no XML file can carry: every string kg takes from an article is then
# safe to export as it is (kg.export trusts the pipeline's graphs to be).
_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff"
_LINE_BREAKS = patterns.compile(f"\r\n|[{_BREAKS}]")
_DROPPED = patterns.compile(f"[{_ZERO_WIDTH}{_CONTROLS}\ud800-\udfff]")
# In file names they are escaped instead (file_label), tabs and newlines too.
_UNPRINTABLE_IN_NAMES = patterns.compile(f"[\t\n{_BREAKS}{_ZERO_WIDTH}{_CONTROLS}]")
_CONTROL_BYTES = patterns.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SURROGATE = patterns.compile("[\ud800-\udfff]")
_COMMON_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】〔〕—…·「」『』﹁﹂　\u00a0") | frozenset(
    chr(c) for c in range(0xFF01, 0xFF5F)
)


def decode(data: bytes, name: str, final: bool = True, warnings: list[str] | None = None) -> tuple[str, str]:
    """Return (text, encoding) or raise SkipArticle naming the file.

    `final=False` means `data` is the start of a longer file: a character cut in half at
    the end is dropped instead of making the decode fail.  A file with a few invalid bytes
    is still read, with U+FFFD in their place and a line appended to `warnings`.
    """
    notes = warnings if warnings is not None else []
    if data.startswith(codecs.BOM_UTF8):
        return _lenient(data[len(codecs.BOM_UTF8) :], "utf-8", final, name, notes), "utf-8-sig"
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _lenient(data[len(bom) :], encoding, final, name, notes), "utf-16"
    if looks_binary(data[:SNIFF_BYTES]):
        raise SkipArticle(f"{name}: looks binary (control bytes), skipped")
    try:
        return _decode(data, "utf-8", final), "utf-8"
    except UnicodeDecodeError:
        pass
    readings: dict[str, str] = {}
    for encoding in LEGACY_ENCODINGS:
        try:
            readings[encoding] = _decode(data, encoding, final)
        except UnicodeDecodeError:
            continue
    # GB18030 accepts almost any byte pair, so a Big5 file also "decodes" as GB18030: keep
    # the reading whose characters look most like real Chinese; ties go to GB18030.
    scored = sorted((*plausibility(text), encoding == "gb18030", encoding) for encoding, text in readings.items())
    if scored and scored[-1][1]:
        encoding = scored[-1][3]
        return readings[encoding], _ENCODING_NAMES.get(encoding, encoding)
    # A damaged file (a truncated download, one stray byte) fails every strict decoder;
    # a few bad bytes should not cost the whole article.
    for encoding in ("utf-8", *LEGACY_ENCODINGS):
        text, bad = _replacing(data, encoding, final)
        if bad <= MAX_REPLACED_SHARE * len(text) and plausibility(text)[1]:
            _note(bad, encoding, name, notes)
            return text, _ENCODING_NAMES.get(encoding, encoding)
    raise SkipArticle(f"{name}: not UTF-8, GB18030/GBK or Big5 text, skipped")


_ENCODING_NAMES = {"cp950": "big5"}


def _lenient(data: bytes, encoding: str, final: bool, name: str, notes: list[str]) -> str:
    text, bad = _replacing(data, encoding, final)
    _note(bad, encoding, name, notes)
    return text


def _replacing(data: bytes, encoding: str, final: bool) -> tuple[str, int]:
    """The text with U+FFFD for invalid bytes, and how many were replaced."""
    text = _decode(data, encoding, final, errors="replace")
    return text, text.count("\ufffd") - _decode(data, encoding, final, errors="ignore").count("\ufffd")


def _note(bad: int, encoding: str, name: str, notes: list[str]) -> None:
    if bad:
        label = _ENCODING_NAMES.get(encoding, encoding).upper()
        notes.append(f"{name}: {bad} invalid {label} byte sequence(s) replaced by U+FFFD")


def _decode(data: bytes, encoding: str, final: bool, errors: str = "strict") -> str:
    return codecs.getincrementaldecoder(encoding)(errors).decode(data, final=final)


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or many control bytes: no text encoding kg reads produces those."""
    if b"\x00" in sample:
        return True
    return len(_CONTROL_BYTES.findall(sample)) > MAX_CONTROL_SHARE * max(len(sample), 100)


def plausibility(text: str) -> tuple[float, bool]:
    """How much `text` reads like Chinese (0 to 2), and whether that is believable.

    The score is the share of its non-ASCII characters that are common characters or
    punctuation, plus the share of its adjacent Han character pairs that occur inside some
    dictionary word.  Common characters alone are not enough: Korean EUC-KR bytes read as
    GB18030 give common characters in an order no Chinese text has, and the pair share
    exposes them.  A text with too few pairs to judge is believable on its characters alone.
    Traditional characters are first mapped to Simplified, because both lists come from
    jieba's (Simplified) dictionary.
    """
    sample = _to_simplified("".join(ch for ch in text[:PLAUSIBILITY_SAMPLE] if not ch.isascii()))
    if not sample:
        return 2.0, True
    common = _common_characters()
    char_share = sum(1 for ch in sample if ch in common or ch in _COMMON_PUNCT) / len(sample)
    pairs = [(ord(a) << 21) | ord(b) for a, b in pairwise(sample) if _is_han(a) and _is_han(b)]
    known = _dictionary_pairs() if pairs else array("q")
    pair_share = sum(1 for pair in pairs if _contains(known, pair)) / len(pairs) if pairs else 0.0
    score = char_share + pair_share
    if len(pairs) < MIN_PAIRS:
        return score, char_share >= MIN_CHAR_SHARE
    return score, score >= MIN_PLAUSIBILITY


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _contains(ordered: array, value: int) -> bool:
    at = bisect.bisect_left(ordered, value)
    return at < len(ordered) and ordered[at] == value


def _common_characters() -> frozenset[str]:
    return _dictionary_statistics()[0]


def _dictionary_pairs() -> array:
    return _dictionary_statistics()[1]


@functools.cache
def _dictionary_statistics() -> tuple[frozenset[str], array]:
    """The 4,000 most frequent characters of jieba's dictionary, and every adjacent character
    pair inside one of its words as sorted integers (a compact array: a set of 300,000
    strings would cost tens of megabytes in every worker)."""
    counts: dict[str, int] = {}
    pairs: set[int] = set()
    with open(JIEBA_DICT, encoding="utf-8") as handle:
        for line in handle:
            word, freq = line.split(" ", 2)[:2]
            for ch in word:
                counts[ch] = counts.get(ch, 0) + int(freq)
            pairs.update((ord(a) << 21) | ord(b) for a, b in pairwise(word))
    ranked = sorted(counts, key=lambda ch: (-counts[ch], ch))
    return frozenset(ranked[:4000]), array("q", sorted(pairs))


def normalize(text: str) -> str:
    """Same-length copy of `text` for matching: ASCII widths, curly quotes, Simplified script."""
    folded = _fold_width(text)
    if '"' in folded:  # straight double quotes, paired within a line, as the curly ones they stand for
        folded = _STRAIGHT_QUOTES.sub(r"“\1”", _STRAIGHT_SAYING.sub(r"“\1”", folded))
    if "'" in folded:
        folded = _STRAIGHT_SINGLE.sub(r"‘\1’", folded)
    simplified = _to_simplified(folded)
    return simplified if len(simplified) == len(folded) else folded


def _fold_width(text: str) -> str:
    """`text` with _WIDTH_FOLD applied.  str.translate would look every character up in the
    table (a sixth of reading); an article holds only a few distinct foldable characters, each
    replaced in one fast pass.  No replacement is itself foldable, so the order does not matter."""
    for ch in set(_FOLDABLE.findall(text)):
        text = text.replace(ch, _WIDTH_FOLD[ch])
    return text


def _to_simplified(text: str) -> str:
    """Traditional → Simplified, keeping the length whenever a phrase rule would change it."""
    converter = _opencc()
    if converter is None or text.isascii():
        return text
    # OpenCC takes UTF-8, which cannot carry a lone surrogate; U+FFFD keeps the length.
    text = _SURROGATE.sub("\ufffd", text)
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    # A phrase rule changed the length somewhere: convert in chunks, and character by
    # character only inside the chunks that changed, so a huge line stays fast.
    pieces = []
    for start in range(0, len(text), 4096):
        chunk = text[start : start + 4096]
        converted = converter.convert(chunk)
        pieces.append(converted if len(converted) == len(chunk) else "".join(map(_char_to_simplified, chunk)))
    return "".join(pieces)


@functools.cache
def _char_to_simplified(ch: str) -> str:
    converted = _opencc().convert(ch)
    return converted if len(converted) == 1 else ch


@functools.cache
def _opencc():
    try:
        import opencc
    except ImportError:  # optional: without it Traditional text is matched as written
        return None
    return opencc.OpenCC("t2s")


# -- HTML saved as .txt ------------------------------------------------------------------
_HTML_START = patterns.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.DOTALL
)
# Page-structure tags: an article that merely quotes a <script> or <img> is still text.
_STRUCTURE_TAG = patterns.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|section|article|body|html|head)\b[^<>]*>", re.IGNORECASE
)
MIN_STRUCTURE_TAGS = 8
# A source line break between two Chinese characters is wrapping, not a word space.
_WRAP = patterns.compile(r"(?<=[^\x00-\x7f])[ \t]*\n\s*(?=[^\x00-\x7f])")
_WHITESPACE = patterns.compile(r"\s+")
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_VOID_TAGS = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]
)
# Elements whose content a reader never sees as the article: invisible ones, and the site's
# own navigation, side bars and footers.
_HIDDEN_TAGS = frozenset(
    [
        "script",
        "style",
        "head",
        "title",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "select",
        "button",
        "nav",
        "aside",
        "footer",
    ]
)
# class/id words that mark site chrome in pages without HTML5 tags (<div class="nav">).
# "header" is not one: article headers hold the title.
_CHROME_NAMES = frozenset(
    [
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "sidebar",
        "footer",
        "share",
        "comment",
        "comments",
        "related",
        "recommend",
        "ad",
        "ads",
        "advert",
        "banner",
        "copyright",
        "toolbar",
        "pager",
        "pagination",
    ]
)
_NAME_WORD = patterns.compile(r"[a-z]+")


def looks_like_html(text: str) -> bool:
    """A web page saved as .txt: starts like one, or is full of page-structure tags."""
    return bool(_HTML_START.match(text[:2000])) or len(_STRUCTURE_TAG.findall(text[:50000])) >= MIN_STRUCTURE_TAGS


_LIST_NUMBER = patterns.compile(r"\s*[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[、．:：)）]|\.(?!\d))")


class _VisibleText(HTMLParser):
    """The text a browser would show, minus site chrome: blocks on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[]]
        self.open: list[tuple[str, bool]] = []  # open elements, and whether each hides its content
        # The next item number of each open list, None for unordered ones: a browser numbers the
        # items of <ol>, and those numbers are what makes a list of duties a list (1. 负责…).
        self.lists: list[int | None] = []
        self.item_number: int | None = None  # to show before the open <li>'s first text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.lines.append([])
        if tag in ("ol", "ul"):
            self.item_number = None  # a list that opens before its item's text: that item goes unnumbered
            start = dict(attrs).get("start") or ""
            self.lists.append((int(start) if start.isdigit() else 1) if tag == "ol" else None)
        elif tag == "li" and self.lists and self.lists[-1] is not None:
            self.item_number = self.lists[-1]
            self.lists[-1] += 1
        if tag in _VOID_TAGS:
            return
        if tag == "body":  # pages often leave <head> unclosed; <body> ends it
            self.open = [(t, hides) for t, hides in self.open if t == "html"]
        hides = tag in _HIDDEN_TAGS or any(
            name in ("class", "id") and value and not _CHROME_NAMES.isdisjoint(_NAME_WORD.findall(value.lower()))
            for name, value in attrs
        )
        self.open.append((tag, hides))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.lines.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.lines.append([])
        if tag in ("li", "ol", "ul"):
            self.item_number = None  # an item without text (an image) numbers nothing after it
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        # Close the innermost open element of this name (and anything left open inside it);
        # a stray end tag closes nothing.
        for at in range(len(self.open) - 1, -1, -1):
            if self.open[at][0] == tag:
                del self.open[at:]
                break

    def handle_data(self, data: str) -> None:
        if any(hides for _, hides in self.open):
            return
        if self.item_number is not None and data.strip():
            if not _LIST_NUMBER.match(data):  # an item that numbers itself (1、负责…) keeps its own
                self.lines[-1].append(f"{self.item_number}. ")
            self.item_number = None
        self.lines[-1].append(data)

    def text(self) -> str:
        # Source line breaks inside a paragraph are layout, not content: whitespace runs
        # collapse to one space as in a browser, and each block becomes one line.
        lines = (_WHITESPACE.sub(" ", _WRAP.sub("", "".join(parts))).strip() for parts in self.lines)
        return "\n".join(line for line in lines if line)


# A "<" that does not open a tag closed (with balanced quotes) before the next "<", and "<!["
# (CDATA, rare in pages).  html.parser rescans the rest of the page for every such "<"
# (10,000 of them took 8 s), so they are escaped first and read as text.
_STRAY_LT = patterns.compile(r"""<(?!(?:[A-Za-z/?]|!(?!\[))(?:[^<>"']|"[^"<>]*"|'[^'<>]*')*>)""")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block per line, entities unescaped."""
    parser = _VisibleText()
    parser.feed(_STRAY_LT.sub("&lt;", html))
    parser.close()
    return parser.text()


def _plain(text: str) -> str:
    """`text` with "\n" for every line break and none of the characters _DROPPED removes."""
    return _DROPPED.sub("", _LINE_BREAKS.sub("\n", text))


def file_label(name: str) -> str:
    """A file name as text kg can show and export: bytes that are not UTF-8 (which Python keeps
    as lone surrogates) and control, invisible and line break characters are written as escapes
    (caf\\xe9.txt), so such names stay apart (only a name that spells out the same escape
    itself collides, and is then skipped as a duplicate with a warning)."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _UNPRINTABLE_IN_NAMES.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def read_text(text: str, doc_id: str, encoding: str = "utf-8") -> Doc:
    """Make a Doc from already decoded text (HTML is reduced to its visible text, text copied
    from a PDF has its wrapped lines joined)."""
    text = _plain(text)
    if looks_like_html(text):
        text = _plain(html_to_text(text))  # character references may hold what _plain removes
        encoding += "+html"
    text, joins = join_wrapped_lines(text)
    return Doc(doc_id=doc_id, text=text, norm=normalize(text), encoding=encoding, joins=joins)


def join_wrapped_lines(text: str) -> tuple[str, list[Join]]:
    """`text` with the line breaks of a page's layout taken out, and what each took out.

    Text copied from a PDF breaks its lines where the page ran out of width, mid-sentence and
    mid-word (库存安|全), and carries each page's footer and header into the middle of a
    sentence.  Such text is recognised by its lines: no line wider than a page's column
    (MAX_WRAP_WIDTH), and many full lines that stop mid-sentence with more text on the next.
    Each such break is joined (its whitespace out, a space kept between two Latin words), and so
    is a page break between them, its footer and header lines dropped with it.  A short line
    (a heading), a line that ends a sentence or a line before a numbered item keeps its break.
    Text that does not look wrapped is returned unchanged."""
    lines = text.split("\n")
    widths = [_display_width(line.strip()) for line in lines]
    body = sorted(w for w in widths if w >= MIN_BODY_WIDTH)
    if len(body) < MIN_WRAPPED_BREAKS:
        return text, []
    column = body[(len(body) - 1) * 9 // 10]  # the page's width, ignoring a few wider lines
    if not MIN_WRAP_WIDTH <= column <= MAX_WRAP_WIDTH:
        return text, []  # a web page (a paragraph is one long line), or short lines of their own (a post, a poem, subtitles)
    furniture = _page_furniture(lines)
    cuts: list[tuple[int, int, str]] = []  # (start, end) of each break in `text`, and what replaces it
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    resume = 0  # the first line not yet joined to one before it
    mid_word = 0  # breaks between two characters of words (库存安|全, 采|购部): the mark of wrapped text
    for number, line in enumerate(lines):
        content = line.strip()
        if (
            number < resume
            or number in furniture
            or widths[number] < FULL_LINE * column
            or content[-1] in _SENTENCE_ENDS
            or _COLUMNS.search(content)  # a layout line (编制:王敏   审核:陈建国)
        ):
            continue
        following = number + 1
        crossed = False  # a page's footer or header crossed
        while following < len(lines) and (following in furniture or not lines[following].strip()):
            crossed = crossed or following in furniture
            following += 1
        if (
            following == len(lines)
            or (following > number + 1 and not crossed)
            or _ITEM_START.match(lines[following])
            or _FIELD_START.match(lines[following])
        ):
            continue  # the last line, a paragraph break, a list item or a page's field (发布时间:…) next
        nxt = lines[following]
        head_end = starts[number] + len(line.rstrip())
        tail_start = starts[following] + len(nxt) - len(nxt.lstrip())
        before, after = line.rstrip()[-1], nxt.lstrip()[0]
        spaced = tail_start - head_end > 1 and (before.isascii() or after.isascii())  # 英文 |Warehouse
        # …and between two Latin words (Warehouse|Manager), not inside one (英文简称Q|E)
        latin = bool(_LATIN_END.search(line.rstrip()) and _LATIN_START.match(nxt.lstrip()))
        cuts.append((head_end, tail_start, " " if spaced or latin else ""))
        mid_word += bool(_WORD_CHARACTER.match(before) and _WORD_CHARACTER.match(after))
        resume = following
    if mid_word < max(MIN_WRAPPED_BREAKS, WRAPPED_SHARE * len(body)):
        return text, []
    pieces: list[str] = []
    joins: list[Join] = []
    last = shift = 0
    for cut_start, cut_end, joint in cuts:
        pieces += [text[last:cut_start], joint]
        joins.append(Join(cut_start - shift, len(joint), text[cut_start:cut_end]))
        shift += cut_end - cut_start - len(joint)
        last = cut_end
    pieces.append(text[last:])
    return "".join(pieces), joins


def _display_width(line: str) -> int:
    """Columns a line takes on a page: two for a Chinese character (three bytes in UTF-8), one
    for a Latin one (one byte), counted without a loop in Python."""
    return len(line) + (len(line.encode("utf-8", "surrogatepass")) - len(line)) // 2


def _page_furniture(lines: list[str]) -> set[int]:
    """The lines of a page's footer and header: its page number (第 2 页 共 3 页, - 2 -, 2/3) and
    the lines next to one that come back next to every other (or at the top of the first page)."""
    numbers = {n for n, line in enumerate(lines) if _PAGE_NUMBER.fullmatch(line.strip())}
    near = {n + d for n in numbers for d in range(-PAGE_FURNITURE_REACH, PAGE_FURNITURE_REACH + 1)}
    near |= set(range(PAGE_FURNITURE_REACH + 1))
    places: dict[str, list[int]] = {}
    for number, line in enumerate(lines):
        if line.strip():
            places.setdefault(line.strip(), []).append(number)
    running = {n for at in places.values() if len(at) >= 2 and all(n in near for n in at) for n in at}
    return numbers | running


def read_file(path: Path, doc_id: str, max_chars: int | None = None) -> Doc:
    """Read and decode one article file, reading no more than `max_chars` needs.

    Warnings and skip reasons name the file by its path, as the user gave or kg found it.
    """
    name = str(path)
    # A character is at most 4 bytes in every encoding kg reads, so this many bytes always
    # hold max_chars characters; a huge file is never loaded whole.
    limit = None if max_chars is None else max_chars * 4 + len(codecs.BOM_UTF8)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # opening a pipe would wait for a writer forever
            raise SkipArticle(f"{name}: not a regular file, skipped")
        with open(path, "rb") as handle:
            data = handle.read() if limit is None else handle.read(limit)
            cut = limit is not None and bool(handle.read(1))
    except OSError as exc:
        raise SkipArticle(f"{name}: cannot be read ({exc.strerror or exc}), skipped") from None
    warnings: list[str] = []
    text, encoding = decode(data, name, final=not cut, warnings=warnings)
    del data
    if max_chars is not None and (cut or len(text) > max_chars):
        text = text[:max_chars]
        warnings.append(f"{name}: longer than {max_chars:,} characters, only the start is used")
    if not text.strip():
        raise SkipArticle(f"{name}: empty, skipped")
    doc = read_text(text, doc_id, encoding)
    if not doc.text.strip():
        raise SkipArticle(f"{name}: no visible text, skipped")
    doc.warnings.extend(warnings)
    return doc
