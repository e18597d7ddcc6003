"""Stage 5, extract: concepts, worked examples and concept co-occurrence.

Concepts are noun phrases: runs of noun-tagged words (jieba's dictionary tags), kept whole
when short (数据库营销模式), plus quoted terms (“三高一低”).  A domain lexicon
(`kg/data/domain_terms.txt`) and in-article frequency decide which candidates are salient;
every duty is grounded in at least three concepts from its own section.

Examples are SUBJECT + cue + “VALUE” clauses; the cues are data (`kg/data/example_cues.tsv`).
"""

from __future__ import annotations

import bisect
import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.model import Concept, Doc, Example, Link, Sentence, Token
from kg.segment import Segmenter

DATA_DIR = Path(__file__).parent / "data"
EXAMPLE_CUES = DATA_DIR / "example_cues.tsv"

NOUN_TAGS = frozenset({"n", "nz", "vn", "nt", "nl", "ng", "an"})
# Tags that may stand inside a noun phrase but not alone (names and words jieba does not know).
INNER_TAGS = NOUN_TAGS | {"nr", "ns", "nrt", "nrfg", "un", "eng", "j"}
MAX_PHRASE_WORDS = 3
MAX_PHRASE_CHARS = 8
MIN_DUTY_CONCEPTS = 3
LINKS_PER_CONCEPT = 3
EVIDENCE_PER_NODE = 3

_QUOTED = re.compile(r"“([^“”]{1,30})”")
_TERM_SHAPE = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9+&·-]*$")
_QUOTED_TERM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9+&·,、 -]{2,12}$")
_CLAUSE_START = re.compile(r".*[,;:、。!?(]")
_SUBJECT_LEAD = re.compile(r"^(?:而且|而|但是|但|则|就|也|还有|还|另外|此外|比如说|比如|例如|譬如|如|像|好比|同样)+")
_SUBJECT_TAIL = re.compile(
    r"(?:则|就|也|还|都|更|一直|始终|一向|向来|主要|则是|就是|是|要|会|应|应该|需要|必须|可以|能|"
    r"把自己|将自己|把自身|自身|自己|本身)+$"
)
# A subject does not start with a conjunction, preposition, pronoun, adverb, particle or number.
_NOT_SUBJECT_TAGS = frozenset({"c", "p", "r", "d", "u", "uj", "ul", "uz", "m", "q", "x", "f"})


@dataclass(frozen=True)
class ExampleCue:
    before: re.Pattern[str]
    after: re.Pattern[str]
    value_type: str
    relation: str
    label: str


def load_example_cues(path: Path = EXAMPLE_CUES) -> list[ExampleCue]:
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    cues = []
    for row in csv.DictReader(rows, delimiter="\t"):
        cues.append(
            ExampleCue(
                before=re.compile(f"(?:{row['before']})$" if row["before"] else "$"),
                after=re.compile(row["after"] or ""),
                value_type=row["type"],
                relation=row["relation"],
                label=row["label"],
            )
        )
    return cues


class Extractor:
    def __init__(self, segmenter: Segmenter, cues: list[ExampleCue] | None = None) -> None:
        self.segmenter = segmenter
        self.cues = cues if cues is not None else load_example_cues()

    def __call__(self, doc: Doc) -> Doc:
        starts = [d.section.start for d in doc.duties]
        duty_of = [_duty_at(doc, starts, s.span.start) for s in doc.sentences]
        doc.examples = self.find_examples(doc, duty_of)
        mentions, written, scores = self.find_candidates(doc)
        chosen = choose_concepts(doc, duty_of, mentions, scores)
        doc.concepts = make_concepts(doc, duty_of, chosen, mentions, written, scores)
        doc.links = find_links(doc, chosen, mentions, written)
        return doc

    # -- examples -------------------------------------------------------------------------
    def find_examples(self, doc: Doc, duty_of: list[int]) -> list[Example]:
        examples: dict[str, Example] = {}
        for sentence, duty in zip(doc.sentences, duty_of, strict=True):
            text = doc.norm[sentence.span.start : sentence.span.end]
            for match in _QUOTED.finditer(text):
                example = self._example_at(doc, sentence, text, match, duty)
                if example and example.subject not in examples:
                    examples[example.subject] = example
        return list(examples.values())

    def _example_at(self, doc: Doc, sentence: Sentence, text: str, match: re.Match[str], duty: int) -> Example | None:
        before, after = text[: match.start()], text[match.end() :]
        for cue in self.cues:
            cue_match = cue.before.search(before)
            if not cue_match or not cue.after.match(after):
                continue
            clause = before[: cue_match.start()]
            clause_start = _CLAUSE_START.match(clause)
            offset = clause_start.end() if clause_start else 0
            subject = self._subject(doc, sentence, clause[offset:], sentence.span.start + offset)
            if not subject:
                return None
            value_start = sentence.span.start + match.start(1)
            return Example(
                subject=subject,
                value=doc.text[value_start : value_start + len(match.group(1))].strip(),
                value_type=cue.value_type,
                relation=cue.relation,
                relation_label=cue.label,
                duty_index=duty,
                evidence=doc.quote(sentence.span),
            )
        return None

    def _subject(self, doc: Doc, sentence: Sentence, clause: str, start: int) -> str:
        """The noun phrase that ends a clause: 而沃尔沃汽车则 -> 沃尔沃汽车, 老牌的北岭电器一直 -> 北岭电器."""
        lead = _SUBJECT_LEAD.match(clause)
        tail = _SUBJECT_TAIL.search(clause)
        begin = lead.end() if lead else 0
        end = tail.start() if tail else len(clause)
        phrase = clause[begin:end]
        if "的" in phrase:
            begin += phrase.rindex("的") + 1
        phrase = clause[begin:end].strip()
        if not (2 <= len(phrase) <= 10) or not _TERM_SHAPE.match(phrase):
            return ""
        words = [t for t in sentence.tokens if start + begin <= t.start and t.end <= start + end]
        if not words or words[0].tag in _NOT_SUBJECT_TAGS or phrase in self.segmenter.stopwords:
            return ""
        last = words[-1]
        # A noun at the end, or a verb closing a compound name (敏捷开发, 精益生产).
        if last.tag not in INNER_TAGS and not (
            len(words) >= 2 and last.tag in ("v", "vn") and last.end - last.start >= 2
        ):
            return ""
        return doc.text[start + begin : start + end].strip()

    # -- concepts -------------------------------------------------------------------------
    def find_candidates(self, doc: Doc) -> tuple[dict[str, list[int]], dict[str, str], dict[str, float]]:
        """Concept candidates: the sentences mentioning each (keyed by normalised label), each
        one's label as first written, and its salience score."""
        excluded = _excluded_labels(doc)
        mentions: dict[str, list[int]] = defaultdict(list)
        written: dict[str, str] = {}
        quoted: set[str] = set()
        for number, sentence in enumerate(doc.sentences):
            for label, start in self._candidates(doc, sentence, quoted):
                if label not in excluded:
                    mentions[label].append(number)
                    written.setdefault(label, doc.text[start : start + len(label)])
        scores = {label: self._score(label, len(hits), label in quoted) for label, hits in mentions.items()}
        return mentions, written, scores

    def _candidates(self, doc: Doc, sentence: Sentence, quoted: set[str]) -> list[tuple[str, int]]:
        """(normalised label, offset) of every concept candidate in the sentence."""
        out: list[tuple[str, int]] = []
        text = doc.norm
        terms = self.segmenter.domain_terms
        for match in _QUOTED.finditer(text, sentence.span.start, sentence.span.end):
            term = match.group(1)
            if _QUOTED_TERM.match(term):
                out.append((term, match.start(1)))
                quoted.add(term)
        for run in _noun_runs(sentence.tokens):
            phrase = text[run[0].start : run[-1].end]
            if len(run) == 1:
                if run[0].tag in NOUN_TAGS or phrase in terms:
                    out.append((phrase, run[0].start))
                continue
            if len(run) <= MAX_PHRASE_WORDS and len(phrase) <= MAX_PHRASE_CHARS:
                out.append((phrase, run[0].start))
            # The parts of a phrase that are concepts in their own right (营销团队 -> 团队).
            out.extend((text[t.start : t.end], t.start) for t in run if text[t.start : t.end] in terms)
        stopwords = self.segmenter.stopwords
        return [(c, at) for c, at in out if _is_concept_shaped(c) and c not in stopwords]

    def _score(self, label: str, count: int, is_quoted: bool) -> float:
        terms = self.segmenter.domain_terms
        if label in terms:
            return 3.0 * count + 2
        if is_quoted:
            return 2.0 * count + 2
        # A domain term of >= 2 chars covering at least half the label ends it.  Looking up the
        # label's own suffixes is the same test as scanning every term, without the O(terms) cost.
        if any(label[-k:] in terms for k in range(max(2, (len(label) + 1) // 2), len(label) + 1)):
            return 2.0 * count + 1
        return count if count >= 3 else 0.0


def choose_concepts(
    doc: Doc, duty_of: list[int], mentions: dict[str, list[int]], scores: dict[str, float]
) -> list[str]:
    """The most salient candidates (a budget that grows with the article), plus enough of each
    duty's own candidates to ground it; best first."""
    budget = max(15, min(80, sum(s.span.end - s.span.start for s in doc.sentences) // 50))
    ranked = sorted((lb for lb, sc in scores.items() if sc > 0), key=lambda lb: (-scores[lb], lb))
    chosen = set(ranked[:budget])
    chosen |= _ground_duties(doc, duty_of, mentions, scores, chosen)
    return sorted(chosen, key=lambda lb: (-scores[lb], lb))


def make_concepts(
    doc: Doc,
    duty_of: list[int],
    chosen: list[str],
    mentions: dict[str, list[int]],
    written: dict[str, str],
    scores: dict[str, float],
) -> list[Concept]:
    concepts = []
    for label in chosen:
        hits = mentions[label]
        first_in_duty: dict[int, str] = {}
        for n in hits:
            first_in_duty.setdefault(duty_of[n], doc.quote(doc.sentences[n].span))
        evidence = list(dict.fromkeys(doc.quote(doc.sentences[n].span) for n in hits))[:EVIDENCE_PER_NODE]
        concepts.append(
            Concept(
                label=written[label],
                count=len(hits),
                evidence=evidence,
                duties=dict(sorted(Counter(duty_of[n] for n in hits).items())),
                duty_evidence=dict(sorted(first_in_duty.items())),
                score=round(scores[label], 3),
            )
        )
    return concepts


def _noun_runs(tokens: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if token.tag in INNER_TAGS:
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _is_concept_shaped(label: str) -> bool:
    return len(label) >= 2 and not label.isdigit() and bool(_TERM_SHAPE.match(label) or "+" in label)


def _excluded_labels(doc: Doc) -> set[str]:
    """Names that already have nodes of their own: the role, its aliases, duty titles, examples."""
    excluded = {d.title for d in doc.duties}
    if doc.role:
        excluded |= {doc.role.label, *doc.role.aliases}
    for example in doc.examples:
        excluded |= {example.subject, example.value}
    return excluded


def _duty_at(doc: Doc, starts: list[int], position: int) -> int:
    """Index of the duty whose section contains `position`, 0 if none."""
    at = bisect.bisect_right(starts, position) - 1
    if at < 0:
        return 0
    duty = doc.duties[at]
    return duty.index if duty.section.start <= position < duty.section.end else 0


def _ground_duties(
    doc: Doc, duty_of: list[int], mentions: dict[str, list[int]], scores: dict[str, float], chosen: set[str]
) -> set[str]:
    """Extra concepts so that every duty links to at least MIN_DUTY_CONCEPTS of its own."""
    extra: set[str] = set()
    for duty in doc.duties:
        local = {lb for lb, hits in mentions.items() if any(duty_of[n] == duty.index for n in hits)}
        have = len(local & chosen)
        for label in sorted(local - chosen, key=lambda lb: (-scores[lb], -len(mentions[lb]), lb)):
            if have >= MIN_DUTY_CONCEPTS:
                break
            extra.add(label)
            have += 1
    return extra


def find_links(doc: Doc, chosen: list[str], mentions: dict[str, list[int]], written: dict[str, str]) -> list[Link]:
    """Concept pairs in one sentence, keeping each concept's strongest few partners."""
    in_sentence: dict[int, list[str]] = defaultdict(list)
    for label in sorted(chosen):
        for number in dict.fromkeys(mentions[label]):
            in_sentence[number].append(label)
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    for number in sorted(in_sentence):
        present = in_sentence[number]
        for i, a in enumerate(present):
            for b in present[i + 1 :]:
                if a in b or b in a:  # 营销团队 and 团队: one mention, not a relation
                    continue
                counts[(a, b)] += 1
                first.setdefault((a, b), number)
    partners: dict[str, list[tuple[int, str, tuple[str, str]]]] = defaultdict(list)
    for pair, count in counts.items():
        partners[pair[0]].append((-count, pair[1], pair))
        partners[pair[1]].append((-count, pair[0], pair))
    kept: set[tuple[str, str]] = set()
    for label in partners:
        kept.update(pair for _, _, pair in sorted(partners[label])[:LINKS_PER_CONCEPT])
    return [
        Link(written[a], written[b], counts[(a, b)], doc.quote(doc.sentences[first[(a, b)]].span))
        for a, b in sorted(kept)
    ]
