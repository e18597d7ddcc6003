"""Where kg's word lists and jieba's data files are.

jieba's files (its dictionary and IDF table) are found without importing jieba: the import
pulls in pkg_resources, a tenth of a second of every kg start-up, and kg only reads the files.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

_jieba = importlib.util.find_spec("jieba")
if _jieba is None or _jieba.origin is None:
    raise ImportError("kg needs jieba's dictionary files: pip install jieba")
JIEBA_DIR = Path(_jieba.origin).parent
JIEBA_DICT = JIEBA_DIR / "dict.txt"  # `word freq tag` per line; rjieba compiles in the same file
JIEBA_IDF = JIEBA_DIR / "analyse" / "idf.txt"  # `word idf` per line


def read_word_list(path: Path) -> list[str]:
    """One word a line; blank lines and `#` comments skipped."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words
