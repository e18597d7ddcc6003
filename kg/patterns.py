"""Compiled regular expressions, kept from one process to the next.

The stages compile about 600 patterns when they load (structure's heading styles, the chrome
rules, the example cues, …), most with a class of Chinese characters such as `[\u4e00-\u9fff]`.
Python's `re` builds such a class with a Python loop over its 21,000 code points: compiling
took 0.54 s of the 1.3 s a process needs before its first article.  What `re` compiles a
pattern to (its SRE code, a list of integers, with the group names) depends only on the
pattern, its flags and the Python build, so `compile` keeps it in the user's cache folder and
later processes hand it straight to the regex engine.

This uses `re`'s internals (`re._parser`, `re._compiler._code` and `_sre.compile`, as
`re.compile` itself calls them), so the table is keyed by the exact Python build and every
failure falls back to `re.compile`: the cache only ever costs or saves time.  A pattern
restored from it equals (`==`) the one `re.compile` makes, which the tests check.

Only fixed patterns belong here (module constants, rule files); one built per article (from a
role's name, say) would grow the table without end and goes to `re.compile`.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from kg.resources import load_cached, save_cached, user_cache_dir

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # Python 3.10 names them differently: compile as usual
    _sre = _compiler = _parser = None

# (pattern, flags) -> the arguments `_sre.compile` takes after the pattern.
_Key = tuple[str, int]
_table: dict[_Key, tuple[Any, ...]] | None = None
_used: dict[_Key, tuple[Any, ...]] = {}
_unsaved = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the table when this Python build compiled it before."""
    global _unsaved
    if _sre is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    arguments = _load().get(key)
    if arguments is not None:
        try:
            compiled = _sre.compile(pattern, *arguments)
            _used[key] = arguments
            return compiled
        except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh
            pass
    try:
        arguments = _compile_arguments(pattern, flags)
        compiled = _sre.compile(pattern, *arguments)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - `re`'s internals changed: no table for this build
        return re.compile(pattern, flags)
    _used[key] = arguments
    _unsaved = True
    return compiled


def save() -> None:
    """Write the table if this process compiled a pattern it did not have (the patterns it used)."""
    global _unsaved
    if _unsaved:
        save_cached(_table_file(), dict(_used))
        _unsaved = False


def _compile_arguments(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # plain ints: its opcodes do not pickle
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _load() -> dict[_Key, tuple[Any, ...]]:
    global _table
    if _table is None:
        table = load_cached(_table_file())
        _table = table if isinstance(table, dict) else {}
    return _table


def _table_file() -> Path:
    build = f"{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}\0{_sre.CODESIZE}"
    return user_cache_dir() / f"kg-patterns-{hashlib.sha256(build.encode()).hexdigest()[:24]}.pickle"
