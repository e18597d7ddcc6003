"""The table of compiled patterns kept between processes (kg/patterns.py)."""

import re
import subprocess
import sys

import pytest

from kg import patterns

SAMPLES = [
    (r"[\u4e00-\u9fff]{2,4}(?:公司|集团)", 0),
    (r"^(?P<num>[一二三四五六七八九十]{1,3})[、.]\s*(?P<title>.+)$", 0),
    (r"(?<=[^“”])“(?P<value>[^“”]{1,30})”", 0),
    (r"manager|经理", re.IGNORECASE),
    (r"^\s*#.*$", re.MULTILINE),
]


@pytest.fixture
def fresh_table(tmp_path, monkeypatch):
    """patterns' state as in a new process whose cache folder is `tmp_path`."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_table", None)
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns, "_unsaved", False)
    return tmp_path


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_compiled_and_restored_patterns_equal_re_compile(fresh_table, monkeypatch, pattern, flags):
    compiled = patterns.compile(pattern, flags)
    assert compiled == re.compile(pattern, flags)  # Pattern equality compares the SRE code too
    patterns.save()
    assert list((fresh_table / "kg").glob("kg-patterns-*.pickle"))
    monkeypatch.setattr(patterns, "_table", None)  # the next process
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns, "_compile_arguments", None)  # would fail if it were needed
    restored = patterns.compile(pattern, flags)
    assert restored == re.compile(pattern, flags)
    assert restored.groupindex == re.compile(pattern, flags).groupindex
    text = "一、星河科技有限公司的经理说“服务至上”"
    assert [m.span() for m in restored.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)]


def test_a_damaged_table_is_compiled_afresh_and_rewritten(fresh_table, monkeypatch):
    table = patterns._table_file()
    table.write_bytes(b"not a pickle")
    assert patterns.compile(SAMPLES[0][0]) == re.compile(SAMPLES[0][0])
    patterns.save()
    monkeypatch.setattr(patterns, "_table", None)
    assert (SAMPLES[0][0], 0) in patterns._load()


def test_a_bad_pattern_raises_re_error(fresh_table):
    with pytest.raises(re.error):
        patterns.compile("[未闭合")


def test_a_second_process_takes_every_stage_pattern_from_the_table(fresh_table):
    # `save` disabled: _unsaved then says whether this process compiled any pattern itself.
    code = "import kg.patterns as t, kg.pipeline as p; t.save = lambda: None; p.Pipeline(); print(len(t._used), t._unsaved)"
    subprocess.run([sys.executable, "-c", code.replace("t.save = lambda: None; ", "")], check=True)  # writes it
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    used, unsaved = run.stdout.split()
    assert int(used) >= 300 and unsaved == "False"
    for pattern, flags in patterns._load():
        assert patterns.compile(pattern, flags) == re.compile(pattern, flags)
