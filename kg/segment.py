"""Stage 3, segment: split the kept text into sentences and words.

Words come from jieba with the package's user dictionary (`kg/data/userdict.txt`, jieba's
format: `word [freq] [tag]`) plus any the user adds.  POS tags are jieba's dictionary tags
(rjieba returns them with the words) rather than computed with `jieba.posseg`, which is about
five times slower than cutting: the stages after this one only need to know which words are nouns.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

from kg import patterns
from kg.clean import SENTENCE
from kg.model import Doc, Sentence, Span, Token
from kg.resources import DATA_DIR, JIEBA_DICT, load_cached, read_word_list, save_cached, user_cache_dir

USER_DICT = DATA_DIR / "userdict.txt"
STOPWORDS = DATA_DIR / "stopwords.txt"
DOMAIN_TERMS = DATA_DIR / "domain_terms.txt"
VERBS = DATA_DIR / "verbs.txt"

MAX_SENTENCE_CHARS = 1000  # longer "sentences" are run-ons, split for speed (see split_sentences)
_PUNCT_OR_SPACE = patterns.compile(r"^[\W_]+$")
# jieba dictionary frequency from which a verb is too common to read as a domain noun.
COMMON_VERB_FREQ = 5000

# What the state file keeps: everything _prepare computes.
_STATE = ("tag_overrides", "added_words", "domain_terms", "stopwords")


@functools.cache
def _dictionary() -> tuple[dict[str, str], dict[str, int]]:
    """word -> POS tag and word -> frequency, from jieba's main dictionary (`word freq tag` per line)."""
    tags: dict[str, str] = {}
    freqs: dict[str, int] = {}
    with open(JIEBA_DICT, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
                freqs[parts[0]] = int(parts[1])
    return tags, freqs


_claim_default_cutter = False


def claim_rjieba_default() -> None:
    """Let the first Segmenter take rjieba's default instance (see `_new_cutter`).  Only for
    a process kg owns, such as the `kg` command's: rjieba's module functions stop working."""
    global _claim_default_cutter
    _claim_default_cutter = True


def _new_cutter():
    """A fresh rjieba.Jieba (jieba's dict.txt, compiled into rjieba) for a Segmenter's own words.

    Importing rjieba builds a default instance for its module-level functions, which kg never
    calls.  In a process kg owns (`claim_rjieba_default`), the first Segmenter takes that one
    instead of loading the dictionary a second time (0.12 s of every process's start).  rjieba
    is imported here, not at the top: `kg --help` and fully cached builds do not need it."""
    import rjieba

    spare = rjieba.__dict__.pop("_DEFAULT_JIEBA", None) if _claim_default_cutter else None
    if spare is not None:
        # rjieba.cut and the other module functions are bound to it: unbind them, so nothing
        # else in the process cuts with this Segmenter's words.
        for name in ("cut", "cut_all", "cut_for_search", "tag", "tokenize", "clear", "suggest_freq", "add_word",
                     "has_word"):
            rjieba.__dict__.pop(name, None)
        return spare
    return rjieba.Jieba()


def _state_file(user_dicts: tuple[Path, ...], stopword_files: tuple[Path, ...], term_files: tuple[Path, ...]) -> Path:
    """Where the prepared state for these inputs lives: the name hashes this module's code, the
    Python version, jieba's dictionary (path, size, mtime) and every word file's content."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    stat = JIEBA_DICT.stat()
    digest.update(f"{sys.version}\0{JIEBA_DICT}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    for group in ((DOMAIN_TERMS, *term_files), (USER_DICT, *user_dicts), (STOPWORDS, *stopword_files), (VERBS,)):
        digest.update(b"\1")
        for path in group:
            digest.update(Path(path).read_bytes() + b"\0")
    return user_cache_dir() / f"kg-segmenter-{digest.hexdigest()[:24]}.pickle"


class Segmenter:
    """jieba's dictionary and algorithm with the project's words, the user's words and stop words.

    The cutting itself is done by rjieba (jieba-rs, a Rust port of jieba: the same dictionary,
    DAG and HMM, about fifteen times faster than jieba's Python); jieba supplies the dictionary
    files and tags.  Words added here go to rjieba in the order jieba's `add_word` would take them.
    """

    def __init__(
        self,
        user_dicts: Iterable[Path] = (),
        stopword_files: Iterable[Path] = (),
        term_files: Iterable[Path] = (),
    ) -> None:
        user_dicts, stopword_files, term_files = tuple(user_dicts), tuple(stopword_files), tuple(term_files)
        # Building the tag table costs more than loading the segmenter (every process, every
        # worker pays it), so the finished table is kept in a file keyed by everything it is made of.
        state_file = _state_file(user_dicts, stopword_files, term_files)
        if not self._restore(state_file):
            self._prepare(user_dicts, stopword_files, term_files)
            self._save(state_file)
        self.cutter = _new_cutter()
        for word, freq, tag in self.added_words:
            self.cutter.add_word(word, freq, tag)
        self._token_tags: dict[str, str] = {}

    def _prepare(
        self, user_dicts: tuple[Path, ...], stopword_files: tuple[Path, ...], term_files: tuple[Path, ...]
    ) -> None:
        base_tags, freqs = _dictionary()
        self.tags = dict(base_tags)  # every word's tag, for preparing; only the overrides are kept
        self.added_words: list[tuple[str, int | None, str]] = []
        # jieba tags some verbs as nouns (总结, 绘制); retag them so they never join a concept.
        # Users retag words with a user dictionary line `word v`.
        self.tags.update((word, "v") for word in read_word_list(VERBS))
        # Domain terms are concepts and are segmented as one word.  jieba's verbs among them keep
        # a verb tag: common ones (组织, 执行) stay verbs, rarer ones (回款, 复盘) become verbal nouns.
        self.domain_terms: set[str] = set()
        for path in (DOMAIN_TERMS, *term_files):
            self.domain_terms.update(read_word_list(path))
        for term in sorted(self.domain_terms):
            tag = "n"
            if self.tags.get(term) == "v":
                tag = "v" if freqs.get(term, 0) >= COMMON_VERB_FREQ else "vn"
            self._add_word(term, None, tag)
        for path in (USER_DICT, *user_dicts):
            self._load_user_dict(path)
        self.stopwords: set[str] = set()
        for path in (STOPWORDS, *stopword_files):
            self.stopwords.update(read_word_list(path))
        self.domain_terms -= self.stopwords
        # rjieba tags jieba's dictionary words as the dictionary does (added words keep their first
        # tag there, so kg keeps their tags itself): only the words whose tag differs from the
        # dictionary's need keeping, a few thousand, where the whole table (350,000) took a
        # quarter second to load in every process.
        added = {word for word, _, _ in self.added_words}
        self.tag_overrides = {
            word: tag for word, tag in self.tags.items() if word in added or base_tags.get(word) != tag
        }
        del self.tags

    def _save(self, state_file: Path) -> None:
        save_cached(state_file, {name: vars(self)[name] for name in _STATE})

    def _restore(self, state_file: Path) -> bool:
        state = load_cached(state_file)
        if not isinstance(state, dict) or not all(name in state for name in _STATE):
            return False  # missing, damaged or from another Python: prepare afresh
        vars(self).update({name: state[name] for name in _STATE})
        return True

    def _add_word(self, word: str, freq: int | None, tag: str) -> None:
        # None: rjieba suggests a frequency just high enough to keep the word whole, as jieba does.
        self.added_words.append((word, freq, tag))
        self.tags[word] = tag

    def _load_user_dict(self, path: Path) -> None:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            word = parts[0]
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else "n"
            self._add_word(word, freq, tag)

    def _tag(self, word: str, said: str) -> str:
        """The tag of `word`, which rjieba tagged `said`."""
        override = self.tag_overrides.get(word)
        if override is not None:
            return override
        if self.cutter.has_word(word):
            return said
        # A word jieba does not know (found by its HMM, or not Chinese): rjieba guesses a tag,
        # kg says "x" for punctuation and "un" for new words, which never become concepts alone.
        if _PUNCT_OR_SPACE.match(word):
            return "x"
        if word.isascii():
            return "eng" if any(c.isalpha() for c in word) else "m"
        return "un"

    def tokens(self, text: str, offset: int) -> list[Token]:
        out: list[Token] = []
        append = out.append
        pos = offset
        # Memoised by word: a word's tag depends on the word alone, and words repeat.
        tags = self._token_tags
        for word, said in self.cutter.tag(text):
            tag = tags.get(word)
            if tag is None:
                tag = tags[word] = self._tag(word, said)
            end = pos + len(word)
            # tuple.__new__ skips the named tuple's Python-level __new__: half the cost, for
            # the million tokens of a 1,000-article corpus.
            append(_new_tuple(Token, (pos, end, tag)))
            pos = end
        return _join_rate_suffix(text, out, offset) if "率" in text else out


_new_tuple = tuple.__new__


def _join_rate_suffix(text: str, tokens: list[Token], offset: int) -> list[Token]:
    """率 cut off on its own closes the word before it into a rate (收缴|率 -> 收缴率, 出柜|率):
    jieba knows the common rates as words, the rest of a field's rates it cuts and tags as verbs."""
    out: list[Token] = []
    for token in tokens:
        previous = out[-1] if out else None
        if (
            previous is not None
            and token.end - token.start == 1
            and text[token.start - offset] == "率"
            and previous.end - previous.start >= 2
            and previous.tag not in ("x", "m", "eng")
        ):
            out[-1] = Token(previous.start, token.end, "n")
        else:
            out.append(token)
    return out


def split_sentences(doc: Doc) -> list[Span]:
    spans = []
    for line in doc.lines:
        for match in SENTENCE.finditer(doc.norm, line.start, line.end):
            # A run-on without sentence marks (a scraped page on one line) is cut into
            # pieces: jieba and the example search slow down with the square of its length.
            for start in range(match.start(), match.end(), MAX_SENTENCE_CHARS):
                end = min(start + MAX_SENTENCE_CHARS, match.end())
                if doc.norm[start:end].strip():
                    spans.append(Span(start, end))
    return spans


def segment(doc: Doc, segmenter: Segmenter) -> Doc:
    """Set `doc.sentences`, each with its tokens (offsets into the text)."""
    doc.sentences = [
        Sentence(span, segmenter.tokens(doc.norm[span.start : span.end], span.start)) for span in split_sentences(doc)
    ]
    return doc
