"""Deterministic synthetic corpus: N duty articles shaped like the real ones in corpus/.

Every article has a title naming a role, an intro with an alias sentence, 3–7 numbered duties
(one of several heading styles per article), body sentences and worked-example sentences
(SUBJECT + cue + “VALUE”).  The vocabulary is drawn from jieba's own dictionary (nouns and
verbs), so segmentation sees real words and the graph keeps growing with N: each article
mixes a few common words (shared across articles, so nodes merge) with many rare ones.

Article i depends only on (seed, i), so the corpus for N=100 is the first 100 files of N=1000
and any one article can be regenerated alone (the incremental benchmark edits one).

    python bench/generate.py 1000 bench/out/corpus-1000
"""

from __future__ import annotations

import argparse
import functools
import random
from dataclasses import dataclass
from pathlib import Path

import jieba

SEED = 20240601
ROLE_SUFFIXES = ("经理", "总监", "主管", "专员", "工程师", "顾问", "负责人")
# Numbered-heading styles the structure stage recognises; {n} is the number, {t} the title.
HEADING_STYLES = ("职责{cn}、{t}", "{cn}、{t}", "{ar}. {t}", "（{cn}）{t}", "【{ar}】{t}", "{role}职责{cn}：{t}")
CN_NUMBERS = "一二三四五六七八九十"
CUES = ("{s}拥有“{v}”的定位。", "{s}则把自己定位为“{v}”。", "{s}一直强调“{v}”。", "{s}主打“{v}”。", "比如{s}以“{v}”著称。")
BODY_TEMPLATES = (
    "{role}要{v1}{n1}和{n2}，{v2}{n3}的{n4}。",
    "在{n1}方面，{role}需要{v1}{n2}，并且{v2}{n3}。",
    "{n1}是{n2}的基础，没有{n3}就谈不上{n4}。",
    "为了{v1}{n1}，{role}通常会{v2}{n2}与{n3}。",
    "{role}还应定期{v1}{n1}，及时发现{n2}中的{n3}。",
    "很多企业把{n1}和{n2}结合起来，用{n3}来{v1}{n4}。",
    "这项工作的核心在于{n1}，其次是{n2}和{n3}。",
)


@dataclass(frozen=True)
class Vocabulary:
    nouns: tuple[str, ...]  # sorted by frequency, most frequent first
    verbs: tuple[str, ...]
    brands: tuple[str, ...]


@functools.cache
def vocabulary() -> Vocabulary:
    """Two- to four-character nouns and two-character verbs from jieba's dict.txt."""
    nouns: list[tuple[int, str]] = []
    verbs: list[tuple[int, str]] = []
    with open(jieba.get_dict_file().name, encoding="utf-8") as handle:
        for line in handle:
            word, freq, tag = line.split()
            count = int(freq)
            if tag == "n" and 2 <= len(word) <= 4 and count >= 30:
                nouns.append((-count, word))
            elif tag == "v" and len(word) == 2 and count >= 500:
                verbs.append((-count, word))
    ranked_nouns = tuple(w for _, w in sorted(nouns))
    ranked_verbs = tuple(w for _, w in sorted(verbs))
    # Example subjects are made-up brand names: two nouns, so they are new words for jieba too.
    brands = tuple(a + b for a, b in zip(ranked_nouns[200:1200:2], ranked_nouns[201:1201:2], strict=True))
    return Vocabulary(ranked_nouns, ranked_verbs, brands)


def _noun(rng: random.Random, vocab: Vocabulary) -> str:
    """Mostly frequent nouns (shared across articles), sometimes any noun (the long tail)."""
    if rng.random() < 0.7:
        return vocab.nouns[min(len(vocab.nouns) - 1, int(rng.paretovariate(1.1) * 20))]
    return rng.choice(vocab.nouns)


def _number(n: int) -> dict[str, str]:
    cn = CN_NUMBERS[n - 1] if n <= 10 else "十" + CN_NUMBERS[n - 11]
    return {"cn": cn, "ar": str(n)}


def article(i: int, seed: int = SEED) -> str:
    """The text of article number i."""
    rng = random.Random(f"{seed}:{i}")
    vocab = vocabulary()
    role = vocab.nouns[rng.randrange(300)] + rng.choice(ROLE_SUFFIXES)
    alias = vocab.nouns[rng.randrange(300, 2000)] + rng.choice(ROLE_SUFFIXES)
    fmt = rng.choice(HEADING_STYLES)

    def words() -> dict[str, str]:
        return {
            "role": role,
            **{f"n{k}": _noun(rng, vocab) for k in range(1, 5)},
            **{f"v{k}": rng.choice(vocab.verbs) for k in range(1, 3)},
        }

    lines = [f"{role}的主要职责", ""]
    intro = [f"{role}，又称{alias}，是企业中负责{_noun(rng, vocab)}和{_noun(rng, vocab)}的岗位。"]
    intro += [rng.choice(BODY_TEMPLATES).format(**words()) for _ in range(rng.randint(2, 4))]
    lines += ["".join(intro), ""]
    for number in range(1, rng.randint(3, 8) + 1):
        title = rng.choice(vocab.verbs) + _noun(rng, vocab)
        lines.append(fmt.format(t=title, role=role, **_number(number)))
        for _ in range(rng.randint(2, 3)):
            paragraph = [rng.choice(BODY_TEMPLATES).format(**words()) for _ in range(rng.randint(3, 6))]
            if rng.random() < 0.5:
                cue = rng.choice(CUES)
                value = _noun(rng, vocab) + rng.choice(("", _noun(rng, vocab)))
                paragraph.insert(rng.randrange(len(paragraph) + 1), cue.format(s=rng.choice(vocab.brands), v=value))
            lines.append("".join(paragraph))
        lines.append("")
    lines.append(f"总之，{role}的工作离不开{_noun(rng, vocab)}与{_noun(rng, vocab)}。")
    return "\n".join(lines) + "\n"


def article_name(i: int) -> str:
    return f"article-{i:06d}.txt"


def generate(n: int, folder: Path, seed: int = SEED) -> list[Path]:
    """Write articles 0..n-1 into `folder` (UTF-8); files already there with the same text are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / article_name(i)
        data = article(i, seed).encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    paths = generate(args.n, args.folder, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} articles, {size / 1e6:.2f} MB in {args.folder}")


if __name__ == "__main__":
    main()
