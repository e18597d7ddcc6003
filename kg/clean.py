"""Stage 2, clean: keep the article, drop the web page around it.

Rules live in `kg/data/chrome.txt` (users can add a file of their own): whole chrome lines
(`推荐度:`, dated link titles), blocks of related-article links, and filler sentences
(`下面跟着小编来看看…`).  The result is `Doc.lines`: spans of the text that remain, each inside
one line, in order.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg import patterns
from kg.model import Doc, Span
from kg.resources import DATA_DIR
from kg.structure import ends_with_role_word, load_role_words

# A sentence: up to and including its end marks; closing quotes stay with their sentence.
SENTENCE = patterns.compile(r"[^。!?;…]+(?:[。!?;…]+[”’\"')]*)?")
# A link list line: short and without a full stop or comma (a linked title may ask: 是什么?);
# a numbered or bulleted one may hold a comma (1. 新手开网店,别踩这5个坑); a line of tags may run
# longer (五险一金 补充医疗保险 年终奖 …).
_LINK_LINE = patterns.compile(
    r"^(?:[^。;,]{1,40}|(?:\d{1,2}[.、]|\[\d{1,2}\]|[-*•·])\s*[^。;]{1,40}|[^。;,\s]{1,12}(?:\s+[^。;,\s]{1,12}){2,})$"
)
# An item number inside a paragraph, where a run-in list (包括:(1)…;(2)…;(3)…, 一是…;二是…, ①…;②…) puts it: at the
# line's start or after a clause ends.  Group `kind` keeps each numbering style apart.
_RUN_IN_NUMBER = patterns.compile(
    r"(?:^|(?<=[;。:,!?\n]))\s*(?:\((?P<paren>\d{1,2})\)|(?P<arabic>\d{1,2})[、.．](?!\d)|(?P<cn>[一二三四五六七八九十]{1,2})、"
    r"|第(?P<di>[一二三四五六七八九十]{1,2})[、,.:]|(?P<shi>[一二三四五六七八九十]{1,2})[是要](?=[^,。;:]{2})|(?P<circled>[①-⑳])"
    # …or said: 第一个是…, 第二块是…, 还有一块,… 最后一个,是… (an interview's answers, after 这就是 or 还有)
    r"|(?:这就是|这是|就是|还有|其实还有)?(?:第(?P<said>[一二三四五六七八九十]{1,2})|(?P<said_last>最后一)|(?P<said_next>还有一))[个块](?=是|就是|,))"
)
_CN_NUMBERS = {n: i for i, n in enumerate("一二三四五六七八九十", 1)}
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① … ⑳
MAX_RUNNING_LINE = 40
MENU_SEARCH_LINES = 40
MIN_MENU_ITEMS = 5
_MENU_ITEM = patterns.compile(r"(?=.*[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z0-9/]{1,8}")  # 首页, 登入/註冊, 104學習精靈 (not a step number)
_TIMESTAMP = patterns.compile(r"\s*\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]\s*")  # [00:48] / [1:02:15] opening a transcript's paragraph
_FOLLOW_BUTTON = patterns.compile(r"\+?\s*(?:已关注|关注TA|关注)")  # a line of its own
MAX_AUTHOR_NAME = 20
AUTHOR_LINES = 3  # a post's author stands among its first kept lines
_SENTENCE_END = patterns.compile(r"[。!?;]")
MIN_RUNNING_REPEATS = 3
LAST_ITEM = -1  # 最后一个: the run's next number, whatever it is
NEXT_ITEM = -2  # 还有一块: one more, and the run may go on
MIN_LINES_BEFORE_END = 5  # an `end` rule ends the article only after this many kept lines
MIN_RUN_IN_ITEMS = 3  # two numbers in a paragraph are as often a comparison (1.…,2.…) as a list


@dataclass
class ChromeRules:
    lines: list[re.Pattern[str]] = field(default_factory=list)
    blocks: list[re.Pattern[str]] = field(default_factory=list)
    sentences: list[re.Pattern[str]] = field(default_factory=list)
    ends: list[re.Pattern[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._indexes: dict[str, RuleIndex] = {}

    def index(self, kind: str) -> RuleIndex:
        """The rules of one kind ("lines", "blocks", "sentences", "ends"), indexed by the characters a match can start with."""
        rules = getattr(self, kind)
        index = self._indexes.get(kind)
        if index is None or index.size != len(rules):  # rules may be added after loading
            index = self._indexes[kind] = RuleIndex(rules)
        return index


class RuleIndex:
    """Whether any of many regexes matches, without trying each: a rule is tried only when the
    text holds a character its match can start with (its first character, for a rule anchored
    with ^).  Most lines and sentences hold none of them; trying every rule on every sentence
    was most of the clean stage's time."""

    def __init__(self, rules: list[re.Pattern[str]]) -> None:
        self.size = len(rules)
        self.always: list[re.Pattern[str]] = []  # rules whose first characters are unknown
        self.anchored: dict[str, list[re.Pattern[str]]] = {}
        self.floating: dict[str, list[re.Pattern[str]]] = {}
        for rule in rules:
            anchored, firsts = _first_characters(rule)
            if firsts is None:
                self.always.append(rule)
                continue
            table = self.anchored if anchored else self.floating
            for char in firsts:
                table.setdefault(char, []).append(rule)
        # One character-class search says whether the text holds any floating rule's first character.
        self._floating_any = patterns.compile("[" + "".join(map(re.escape, sorted(self.floating))) + "]") if self.floating else None

    def search(self, text: str) -> bool:
        for rule in self.always:
            if rule.search(text):
                return True
        for rule in self.anchored.get(text[:1], ()):
            if rule.search(text):
                return True
        if self._floating_any is None:
            return False
        # The rules of the characters the text holds, each character once.
        for char in set(self._floating_any.findall(text)):
            for rule in self.floating[char]:
                if rule.search(text):
                    return True
        return False


_SPACES = frozenset(" \t\u3000\xa0")


def _first_characters(rule: re.Pattern[str]) -> tuple[bool, frozenset[str] | None]:
    """(whether the rule is anchored with ^, the characters its match can start with — None
    when they cannot be told, e.g. [^。] or an empty match)."""
    try:  # the re module's own parser (private, so guarded)
        from re import _constants as sre
        from re import _parser as parser

        items = list(parser.parse(rule.pattern, rule.flags))
    except Exception:  # another Python's internals: try the rule on everything
        return False, None
    if rule.flags & re.IGNORECASE:
        return False, None
    anchored = bool(items) and items[0] == (sre.AT, sre.AT_BEGINNING)

    def sequence(parts) -> tuple[set[str] | None, bool]:
        firsts: set[str] = set()
        for op, value in parts:
            chars, empty = element(op, value)
            if chars is None:
                return None, False
            firsts |= chars
            if not empty:
                return firsts, False
        return firsts, True

    def element(op, value) -> tuple[set[str] | None, bool]:
        if op is sre.LITERAL:
            return {chr(value)}, False
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            return set(), True  # zero width
        if op is sre.IN:
            chars: set[str] = set()
            for kind, item in value:
                if kind is sre.LITERAL:
                    chars.add(chr(item))
                elif kind is sre.RANGE and item[1] - item[0] < 256:
                    chars.update(map(chr, range(item[0], item[1] + 1)))
                elif kind is sre.CATEGORY and item is sre.CATEGORY_SPACE:
                    chars |= _SPACES
                else:
                    return None, False
            return chars, False
        if op is sre.BRANCH:
            chars, empty = set(), False
            for alternative in value[1]:
                alt_chars, alt_empty = sequence(alternative)
                if alt_chars is None:
                    return None, False
                chars |= alt_chars
                empty = empty or alt_empty
            return chars, empty
        if op is sre.SUBPATTERN:
            return sequence(value[-1])
        if op is sre.ATOMIC_GROUP:
            return sequence(value)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, parts = value
            chars, empty = sequence(parts)
            return chars, empty or low == 0
        return None, False

    firsts, empty = sequence(items)
    if firsts is None or empty:
        return False, None
    return anchored, frozenset(firsts)


def load_chrome_rules(*paths: Path) -> ChromeRules:
    rules = ChromeRules()
    kinds = {"line": rules.lines, "block": rules.blocks, "sentence": rules.sentences, "end": rules.ends}
    for path in (DATA_DIR / "chrome.txt", *paths):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            kind, _, pattern = raw.strip().partition(" ")
            if kind not in kinds or not pattern.strip():
                raise ValueError(f"{path}:{number}: expected 'line|block|sentence|end REGEX'")
            kinds[kind].append(patterns.compile(pattern.strip()))
    return rules


def iter_lines(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def clean(doc: Doc, rules: ChromeRules) -> Doc:
    """Set `doc.lines` to the spans of article text that are not chrome."""
    kept: list[Span] = []
    in_block = False
    spans = iter_lines(doc.norm)
    lines = [doc.norm[span.start : span.end].strip() for span in spans]
    running = _running_lines(lines)
    menu = _menu_lines(lines)
    blocks, chrome_lines, ends = rules.index("blocks"), rules.index("lines"), rules.index("ends")
    last_line: tuple[int, str] = (0, "")  # where the last kept line's spans start in `kept`, and its text
    for number, (span, line) in enumerate(zip(spans, lines, strict=True)):
        stamp = _TIMESTAMP.match(doc.norm, span.start, span.end)
        if stamp:  # a transcript's [01:35] before what is said then
            span, line = Span(stamp.end(), span.end), line[len(stamp.group().strip()) :].strip()
        if not line:
            in_block = False  # a blank line ends a block of links: what follows may be a short heading
            continue
        if _FOLLOW_BUTTON.fullmatch(line):
            # A post's author over its follow button at the top (橘子汽水店长🍊 / 关注): no title.
            author = last_line[1]
            if author and last_line[0] < AUTHOR_LINES and len(author) <= MAX_AUTHOR_NAME and not _SENTENCE_END.search(author):
                del kept[last_line[0] :]
            last_line = (len(kept), "")
            continue
        if line in running or number in menu:
            continue
        if ends.search(line):
            if len(kept) >= MIN_LINES_BEFORE_END:
                break  # a comments section: the rest of the page is readers' words
            continue  # …but a count in the page's header bar (评论(23) above the title) ends nothing
        if blocks.search(line):
            in_block = True
            continue
        if in_block and _LINK_LINE.match(line):
            continue
        in_block = False
        if chrome_lines.search(line):
            continue
        last_line = (len(kept), line)
        kept.extend(_drop_filler_sentences(doc.norm, span, rules))
    doc.lines = split_run_in_lists(doc.norm, kept)
    return doc


def _menu_lines(lines: list[str]) -> set[int]:
    """The lines of a site's menu set one item a line at the top of the page (首页 / 新闻 / 体育 /
    … / 登录): runs of at least MIN_MENU_ITEMS words of a few characters, blank lines between
    allowed, among the first MENU_SEARCH_LINES lines."""
    menu: set[int] = set()
    run: list[int] = []
    for number, line in enumerate(lines[:MENU_SEARCH_LINES] + [""]):
        if not line and number < MENU_SEARCH_LINES:
            continue
        # (a line ending in a job-title word, an encyclopedia's 仓库管理员 under its menu, is no item)
        if number < MENU_SEARCH_LINES and _MENU_ITEM.fullmatch(line) and not ends_with_role_word(line, load_role_words()):
            run.append(number)
            continue
        if len(run) >= MIN_MENU_ITEMS:
            menu.update(run)
        run = []
    return menu


def _running_lines(lines: list[str]) -> set[str]:
    """Short lines that come back again and again: a page's running header or footer
    (味知源餐饮集团 · 内部资料 请勿外传 on every slide), not the article.  Not sentences: an
    article may well say the same thing three times."""
    counts = Counter(line for line in lines if 0 < len(line) <= MAX_RUNNING_LINE and not _SENTENCE_END.search(line))
    return {line for line, count in counts.items() if count >= MIN_RUNNING_REPEATS}


def split_run_in_lists(norm: str, pieces: list[Span]) -> list[Span]:
    """Numbered lists run into paragraphs (职责包括:(1)…;(2)…;(3)…, or 第一、…。第二、… over
    several paragraphs) cut into one piece per item, as the page would show them, so that each
    item can be a duty heading.  Only a run numbered 1, 2, 3 … of one style, at least
    MIN_RUN_IN_ITEMS long; a run over several paragraphs only in an article whose lines are
    not numbered themselves (there the inline numbers are sub-points)."""
    markers = []  # (position, piece number, kind, number), in text order
    numbered_lines: Counter[str] = Counter()  # by kind
    openers: list[tuple[int, str]] = []  # (piece number, kind) of the pieces a marker opens
    for piece_number, piece in enumerate(pieces):
        for match in _RUN_IN_NUMBER.finditer(norm, piece.start, piece.end):
            kind = match.lastgroup or ""
            digits = match.group(kind)
            number = int(digits) if kind in ("paren", "arabic") else _CN_NUMBERS.get(digits, 0) or _CIRCLED.get(digits, 0)
            if kind in ("said", "said_last", "said_next"):
                # cut at 第, 最后 or 还有, leaving a lead (这就是第四个) with the sentence before
                position = match.start(kind) - (kind == "said")
                kind, number = "said", {"said": number, "said_last": LAST_ITEM, "said_next": NEXT_ITEM}[kind]
            else:
                position = match.end() - len(match.group().lstrip())
            markers.append((position, piece_number, kind, number))
            opens = not norm[piece.start : position].strip()
            numbered_lines[kind] += opens
            if opens:
                openers.append((piece_number, kind))
    cuts: list[int] = []
    run: list[tuple[int, int, str, int]] = []

    def close_run() -> None:
        # (Spoken items are one list whether or not a paragraph opens with one: 第二个是… after 第一个是….)
        numbered = sum(count for kind, count in numbered_lines.items() if not (run and kind == run[0][2] == "said"))
        # …or one each of whose paragraphs opens with one of its items: a speech's 一是…二是…三是。 /
        # 四是…五是… under its 二、 (the outline's numbers stand outside the run).
        run_pieces = {m[1] for m in run}
        undivided = bool(run) and run_pieces == {p for p, k in openers if k == run[0][2] and p in run_pieces}
        if len(run) >= MIN_RUN_IN_ITEMS and (len(run_pieces) == 1 or numbered < 2 or undivided):
            cuts.extend(m[0] for m in run)

    for marker in markers:
        if marker[3] == 1:
            close_run()
            run = [marker]
        elif run and marker[2] == run[0][2] and marker[3] in (len(run) + 1, LAST_ITEM, NEXT_ITEM):
            run.append(marker)
    close_run()
    if not cuts:
        return pieces
    out: list[Span] = []
    for piece in pieces:
        bounds = [piece.start, *sorted(c for c in cuts if piece.start < c < piece.end), piece.end]
        out.extend(Span(a, b) for a, b in itertools.pairwise(bounds) if norm[a:b].strip())
    return out


def _drop_filler_sentences(norm: str, line: Span, rules: ChromeRules) -> list[Span]:
    if not rules.sentences:
        return [line]
    filler = rules.index("sentences")
    pieces: list[Span] = []
    run_start = run_end = -1  # the run of kept sentences being extended (one Span per run)
    for match in SENTENCE.finditer(norm, line.start, line.end):
        sentence = match.group().strip()
        if sentence and not filler.search(sentence):
            if match.start() != run_end:
                if run_end >= 0:
                    pieces.append(Span(run_start, run_end))
                run_start = match.start()
            run_end = match.end()
    if run_end >= 0:
        pieces.append(Span(run_start, run_end))
    return pieces
