"""Stage 1, read: decode a file and build the normalised copy used for matching.

`Doc.text` is the article as written (line ends normalised), so evidence can always be
quoted verbatim; `Doc.norm` has the same length, with full-width forms folded to ASCII,
corner quotes folded to curly ones and Traditional characters mapped to Simplified, so the
later stages match one spelling.
"""

from __future__ import annotations

import codecs
import functools
from pathlib import Path

from kg.errors import SkipArticle
from kg.model import Doc

# Strict decoders tried in order after the BOM check; GB18030 is a superset of GBK and GB2312.
CANDIDATE_ENCODINGS = ("utf-8", "gb18030", "big5")

_WIDTH_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD.update({0x3000: 0x20, ord("「"): ord("“"), ord("」"): ord("”"), ord("『"): ord("‘"), ord("』"): ord("’")})
_WIDTH_FOLD.update({ord("﹁"): ord("“"), ord("﹂"): ord("”")})


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding) or raise SkipArticle naming the file."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise SkipArticle(f"{name}: looks binary (NUL bytes), skipped")
    decoded = {}
    for encoding in CANDIDATE_ENCODINGS:
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8":
            return decoded[encoding], encoding
    if not decoded:
        raise SkipArticle(f"{name}: not UTF-8, GB18030/GBK or Big5 text, skipped")
    # GB18030 accepts almost any byte pair, so a Big5 file also "decodes" as GB18030:
    # pick the reading whose characters look most like real Chinese text.
    encoding = max(decoded, key=lambda enc: (_plausibility(decoded[enc]), enc == "gb18030"))
    return decoded[encoding], encoding


def _plausibility(text: str) -> float:
    freq = _char_frequency()
    sample = text[:20000]
    if not sample:
        return 0.0
    hits = sum(1 for ch in sample if ch in freq or ch.isascii())
    return hits / len(sample)


@functools.cache
def _char_frequency() -> frozenset[str]:
    """The 4,000 most frequent characters of jieba's dictionary (Simplified and Traditional)."""
    import jieba

    counts: dict[str, int] = {}
    with open(jieba.get_dict_file().name, encoding="utf-8") as handle:
        for line in handle:
            word, freq = line.split(" ", 2)[:2]
            for ch in word:
                counts[ch] = counts.get(ch, 0) + int(freq)
    ranked = sorted(counts, key=lambda ch: (-counts[ch], ch))
    return frozenset(ranked[:4000])


def normalize(text: str) -> str:
    """Same-length copy of `text` for matching: ASCII widths, curly quotes, Simplified script."""
    folded = text.translate(_WIDTH_FOLD)
    simplified = _to_simplified(folded)
    return simplified if len(simplified) == len(folded) else folded


def _to_simplified(text: str) -> str:
    converter = _opencc()
    if converter is None or text.isascii():
        return text
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    # A phrase conversion changed the length: fall back to character by character.
    return "".join(converter.convert(ch) if len(converter.convert(ch)) == 1 else ch for ch in text)


@functools.cache
def _opencc():
    try:
        import opencc
    except ImportError:  # optional: without it Traditional text is matched as written
        return None
    return opencc.OpenCC("t2s")


def read_text(text: str, doc_id: str, encoding: str = "utf-8") -> Doc:
    """Make a Doc from already decoded text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Doc(doc_id=doc_id, text=text, norm=normalize(text), encoding=encoding)


def read_file(path: Path, doc_id: str, max_chars: int | None = None) -> Doc:
    """Read and decode one article file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SkipArticle(f"{doc_id}: cannot be read ({exc.strerror or exc}), skipped") from None
    text, encoding = decode(data, doc_id)
    warnings = []
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars]
        warnings.append(f"{doc_id}: longer than {max_chars:,} characters, only the start is used")
    doc = read_text(text, doc_id, encoding)
    doc.warnings.extend(warnings)
    return doc
