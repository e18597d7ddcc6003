"""Word lists: plain lists and lists in [groups]."""

from kg.resources import ORGANISATION_WORDS, alternation, read_word_groups


def test_word_groups_keep_their_words_in_order(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("# comment\n[first]\n公司\n集团  # a note\n\n[second]\n店\n[first]\n银行\n", encoding="utf-8")
    assert read_word_groups(path) == {"first": ("公司", "集团", "银行"), "second": ("店",)}


def test_alternation_tries_longer_words_first():
    assert alternation(("公司", "有限公司", "店")) == "(?:有限公司|公司|店)"


def test_the_organisation_words_have_every_group_the_code_reads():
    groups = {"apposition", "name_head", "owned_place", "quoted_name", "place", "department", "named_centre",
              "department_owner", "department_unit", "name_suffix", "text_part", "trade", "employer", "industry", "descriptor", "kind", "country"}
    assert set(ORGANISATION_WORDS) == groups
    assert all(ORGANISATION_WORDS[group] for group in groups)
    assert all(len(char) == 1 for char in ORGANISATION_WORDS["name_suffix"])
