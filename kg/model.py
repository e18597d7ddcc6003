"""The plain data passed between pipeline stages.

A `Doc` flows through the stages (read → clean → segment → structure → extract), each
filling in its own fields.  What the graph needs from one article is an `Extraction`:
small, JSON-serialisable, and what the per-article cache stores.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) into `Doc.text` (and `Doc.norm`, same length)."""

    start: int
    end: int


class Token(NamedTuple):
    # A named tuple, not a frozen dataclass: one is made per word of the corpus and a frozen
    # dataclass takes ~5x as long to construct.  Tokens are never serialised.
    start: int
    end: int
    tag: str  # jieba POS tag from the dictionary; "x" for punctuation, "un" for unknown words


@dataclass
class Sentence:
    span: Span
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Role:
    label: str
    aliases: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


@dataclass
class Duty:
    index: int
    title: str
    heading: str  # the heading as written, the duty's evidence
    section: Span  # the duty's own text, heading excluded


@dataclass
class Concept:
    label: str
    count: int
    evidence: list[str]
    # duty index -> mentions of the concept in that duty's section (0 = outside any duty)
    duties: dict[int, int] = field(default_factory=dict)
    # duty index -> the first sentence of that section that mentions it
    duty_evidence: dict[int, str] = field(default_factory=dict)
    score: float = 0.0


@dataclass
class Example:
    subject: str
    value: str
    value_type: str  # node type of the value, e.g. "positioning"
    relation: str  # edge relation example -> value, e.g. "positioned_as"
    relation_label: str  # its Chinese display text, e.g. "定位"
    duty_index: int  # 0 when the example is outside any duty
    evidence: str


@dataclass
class Link:
    """Two concepts seen in the same sentence `count` times."""

    source: str
    target: str
    count: int
    evidence: str


class Join(NamedTuple):
    """A line break read took out of `Doc.text` (kg.read.join_wrapped_lines): at `at`, the
    `length` characters put in its place (a space or nothing) stand for `original`."""

    at: int
    length: int
    original: str


@dataclass
class Doc:
    doc_id: str
    text: str  # decoded text, line ends normalised to "\n"; evidence is quoted from here
    norm: str  # same length as text, width/script normalised for matching
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    lines: list[Span] = field(default_factory=list)  # article lines kept by clean
    sentences: list[Sentence] = field(default_factory=list)
    title: str = ""
    title_evidence: str = ""
    role: Role | None = None
    duties: list[Duty] = field(default_factory=list)
    concepts: list[Concept] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    joins: list[Join] = field(default_factory=list)  # line breaks taken out of `text`, in order

    def quote(self, span: Span) -> str:
        """The original text of `span`, whitespace trimmed: a verbatim substring of the article,
        with the line breaks read took out put back."""
        pieces = []
        at = span.start
        for join in self.joins[bisect.bisect_right(self.joins, (span.start,)) :]:
            if join.at >= span.end:
                break
            pieces += [self.text[at : join.at], join.original]
            at = join.at + join.length
        pieces.append(self.text[at : span.end])
        return "".join(pieces).strip()

    def to_extraction(self) -> Extraction:
        return Extraction(
            doc_id=self.doc_id,
            title=self.title,
            title_evidence=self.title_evidence,
            role=self.role,
            duties=self.duties,
            concepts=self.concepts,
            examples=self.examples,
            links=self.links,
            warnings=self.warnings,
        )


@dataclass
class Extraction:
    """Everything the graph needs from one article."""

    doc_id: str
    title: str
    title_evidence: str
    role: Role | None
    duties: list[Duty]
    concepts: list[Concept]
    examples: list[Example]
    links: list[Link]
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        """One line of JSON, the cache's format: `from_dict(json.loads(text))` reads it back."""
        # default=vars turns each nested dataclass into its fields in order, as dataclasses.asdict
        # would, without asdict's deep copies: 4x faster, and the cache writes one per article.
        return json.dumps(self, default=vars, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        role = Role(**data["role"]) if data["role"] else None
        duties = [Duty(**{**d, "section": Span(**d["section"])}) for d in data["duties"]]
        concepts = [
            Concept(
                **{
                    **c,
                    "duties": {int(k): v for k, v in c["duties"].items()},
                    "duty_evidence": {int(k): v for k, v in c["duty_evidence"].items()},
                }
            )
            for c in data["concepts"]
        ]
        return cls(
            doc_id=data["doc_id"],
            title=data["title"],
            title_evidence=data["title_evidence"],
            role=role,
            duties=duties,
            concepts=concepts,
            examples=[Example(**e) for e in data["examples"]],
            links=[Link(**lk) for lk in data["links"]],
            warnings=list(data.get("warnings", [])),
        )
