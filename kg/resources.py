"""Where kg's word lists and jieba's data files are.

jieba's files (its dictionary and IDF table) are found without importing jieba: the import
pulls in pkg_resources, a tenth of a second of every kg start-up, and kg only reads the files.
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import re
import tempfile
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"

_jieba = importlib.util.find_spec("jieba")
if _jieba is None or _jieba.origin is None:
    raise ImportError("kg needs jieba's dictionary files: pip install jieba")
JIEBA_DIR = Path(_jieba.origin).parent
JIEBA_DICT = JIEBA_DIR / "dict.txt"  # `word freq tag` per line; rjieba compiles in the same file
JIEBA_IDF = JIEBA_DIR / "analyse" / "idf.txt"  # `word idf` per line


def user_cache_dir() -> Path:
    """The user's own cache folder (`$XDG_CACHE_HOME/kg`, else `~/.cache/kg`) for what every
    process would otherwise rebuild at start-up.  A pickle is only ever loaded from a place others
    cannot write; with no writable home, a private temporary folder, new for this process."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"
    try:
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        return base
    except OSError:
        return Path(tempfile.mkdtemp(prefix="kg-"))


def load_cached(path: Path) -> Any:
    """What `save_cached` wrote to `path`, or None if it is missing, damaged or from another Python."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:
        return None


def save_cached(path: Path, value: Any) -> None:
    """Write `value` to `path` atomically; a failure only costs the next start-up its time."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        tmp.unlink(missing_ok=True)


def read_word_list(path: Path) -> list[str]:
    """One word a line; blank lines and `#` comments skipped."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


def read_word_groups(path: Path) -> dict[str, tuple[str, ...]]:
    """Words under `[group]` lines, one a line; blank lines and `#` comments skipped."""
    groups: dict[str, list[str]] = {}
    words: list[str] = []
    for word in read_word_list(path):
        if word.startswith("[") and word.endswith("]"):
            words = groups.setdefault(word[1:-1], [])
        else:
            words.append(word)
    return {group: tuple(words) for group, words in groups.items()}


ORGANISATION_WORDS = read_word_groups(DATA_DIR / "organisation_words.txt")


def alternation(words: tuple[str, ...]) -> str:
    """A regex group matching any of `words`, longest first."""
    return "(?:" + "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))) + ")"
