"""`kg eval`: score one article's graph against a gold file.

The gold format (tests/gold/*.gold.json) is described in the README.  Each metric is a
number with a threshold; an article passes when every metric meets its threshold.  The
checks look only at the graph and the article text, the way a user would, not at kg's
internal structures.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.graph import build_graph
from kg.pipeline import Pipeline
from kg.read import decode, normalize
from kg.structure import CONCLUSION

# A line that sums up the article or opens a posting's next part (任职要求:): no duty's section.
_CLOSING_LINE = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\d{1,2}\s*[、.](?!\d))?\s*" + CONCLUSION.pattern.removeprefix("^"),
    re.MULTILINE,
)

QUOTES = "“”\"'‘’「」『』"
TITLE_LEAD_CHARS = 8  # what may stand before a duty's title on its line: 第一, 一、, 说到, 1⃣️ …


@dataclass
class Metric:
    name: str
    value: float
    threshold: float
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.value >= self.threshold

    def __str__(self) -> str:
        mark = "ok  " if self.passed else "FAIL"
        return f"{mark} {self.name:<20} {self.value:6.3f}  (≥ {self.threshold:g}){'  ' + self.detail if self.detail else ''}"


def term_matches(label: str, term: str) -> bool:
    """A concept label counts for a gold term: equal, containing it (term ≥ half the label),
    or contained in it (label ≥ two thirds of the term)."""
    if label == term:
        return True
    if term in label and 2 * len(term) >= len(label):
        return True
    return label in term and 3 * len(label) >= 2 * len(term)


def _share_met(name: str, failures: list[str], total: int, threshold: float, what: str) -> Metric:
    """A metric that is the share of `total` items not among `failures` (1.0 when there are none)."""
    value = 1 - len(failures) / total if total else 1.0
    return Metric(name, value, threshold, f"{what}: {', '.join(failures)}" if failures else "")


def _nodes(graph: nx.DiGraph, node_type: str) -> list[tuple[str, dict]]:
    return [(n, d) for n, d in graph.nodes(data=True) if d["type"] == node_type]


def _strip_quotes(text: str) -> str:
    return text.strip(QUOTES + " ")


def score(graph: nx.DiGraph, text: str, gold: dict) -> list[Metric]:
    """Every metric for one article (its graph built alone) against its gold answers."""
    norm = normalize(text)
    metrics = [_role(graph, gold)]
    metrics += _duties(graph, gold)
    metrics += _examples(graph, norm, gold)
    metrics += _concepts(graph, gold)
    metrics.append(_noise(graph, gold))
    metrics.append(_evidence(graph, text))
    metrics += _grounding(graph, norm, gold)
    return metrics


def _role(graph: nx.DiGraph, gold: dict) -> Metric:
    roles = _nodes(graph, "role")
    wanted = [gold["role"]["label"], *gold["role"].get("aliases", [])]
    if len(roles) != 1:
        return Metric("role", 0.0, 0.8, f"{len(roles)} role nodes, expected exactly 1")
    data = roles[0][1]
    names = {data["label"].casefold(), *(a.casefold() for a in data.get("aliases", "").split("|") if a)}
    missing = [w for w in wanted if w.casefold() not in names]
    return Metric("role", 1 - len(missing) / len(wanted), 0.8, f"missing: {', '.join(missing)}" if missing else "")


def _duty_nodes(graph: nx.DiGraph) -> dict[int, tuple[str, dict]]:
    return {d.get("index", 0): (n, d) for n, d in _nodes(graph, "duty")}


def _duty_label(label: str) -> str:
    """A duty's label without the punctuation that closes it: a gold file may keep 。 (第一条 拟订…工作。)."""
    return label.strip().rstrip("。.;；，,:：!！")


def _duties(graph: nx.DiGraph, gold: dict) -> list[Metric]:
    roles = {n for n, _ in _nodes(graph, "role")}
    found = {
        (_duty_label(d["label"]), d.get("index"))
        for n, d in _nodes(graph, "duty")
        if any(graph.has_edge(r, n) and graph.edges[r, n]["relation"] == "has_duty" for r in roles)
    }
    wanted = {(_duty_label(d["label"]), d["index"]) for d in gold["duties"]}
    hits = found & wanted
    precision = len(hits) / len(found) if found else 0.0
    recall = len(hits) / len(wanted) if wanted else 1.0
    extra = ", ".join(f"{i}:{lb}" for lb, i in sorted(found - wanted, key=lambda x: x[1]))
    missing = ", ".join(f"{i}:{lb}" for lb, i in sorted(wanted - found, key=lambda x: x[1]))
    return [
        Metric("duties.precision", precision, 1.0, f"unexpected: {extra}" if extra else ""),
        Metric("duties.recall", recall, 1.0, f"missing: {missing}" if missing else ""),
    ]


def _examples(graph: nx.DiGraph, norm: str, gold: dict) -> list[Metric]:
    examples = _nodes(graph, "example")
    duties = _duty_nodes(graph)
    undirected = graph.to_undirected(as_view=True)
    missing = []
    roles = [n for n, _ in _nodes(graph, "role")]
    for pair in gold.get("examples", []):
        duty = duties.get(pair["duty_index"])
        if duty:
            near = set(nx.single_source_shortest_path_length(undirected, duty[0], cutoff=2))
        elif pair["duty_index"] == 0:  # before the first duty: an example of the role itself
            near = {n for role in roles for n in undirected[role]}
        else:
            near = set()
        ok = any(
            d["label"].startswith(pair["subject"])
            and n in near
            and any(_strip_quotes(graph.nodes[m]["label"]) == _strip_quotes(pair["value"]) for m in undirected[n])
            for n, d in examples
        )
        if not ok:
            missing.append(f"{pair['subject']}→{pair['value']}")
    wanted = len(gold.get("examples", []))
    subjects = [p["subject"] for p in gold.get("examples", [])]
    gold_like = [d["label"] for _, d in examples if any(d["label"].startswith(s) for s in subjects)]
    stray = sorted({d["label"] for _, d in examples} - set(gold_like))
    return [
        _share_met("examples.recall", missing, wanted, 1.0, "missing"),
        Metric(
            "examples.precision",
            len(gold_like) / len(examples) if examples else (1.0 if not wanted else 0.0),
            0.75,
            f"not gold: {', '.join(stray)}" if stray else "",
        ),
    ]


def _concepts(graph: nx.DiGraph, gold: dict) -> list[Metric]:
    own_names = set()
    for _, d in _nodes(graph, "role"):
        own_names |= {d["label"], *d.get("aliases", "").split("|")}
    own_names |= {d["label"] for _, d in _nodes(graph, "duty")}
    labels = [d["label"] for _, d in _nodes(graph, "concept") if d["label"] not in own_names]
    must = gold.get("concepts_must", [])
    allowed = must + gold.get("concepts_ok", [])
    wrong = [lb for lb in labels if not any(term_matches(lb, t) for t in allowed)]
    missed = [t for t in must if not any(term_matches(lb, t) for lb in labels)]
    return [
        Metric(
            "concepts.precision",
            1 - len(wrong) / len(labels) if labels else 0.0,
            0.85,
            f"{len(labels)} concepts; not gold: {', '.join(sorted(wrong))}" if wrong else f"{len(labels)} concepts",
        ),
        _share_met("concepts.recall", missed, len(must), 0.85, "missing"),
    ]


def _noise(graph: nx.DiGraph, gold: dict) -> Metric:
    noise = gold.get("noise", [])
    bad = sorted(
        {
            d["label"]
            for _, d in graph.nodes(data=True)
            for s in noise
            if d["label"] == s or (len(s) >= 3 and s in d["label"])
        }
    )
    return Metric("noise", 0.0 if bad else 1.0, 1.0, f"noise nodes: {', '.join(bad)}" if bad else "")


def _evidence(graph: nx.DiGraph, text: str) -> Metric:
    checked = [d for _, d in graph.nodes(data=True) if d["type"] in ("duty", "concept", "example")]
    grounded = [d for d in checked if any(s and s in text for s in d.get("evidence", "").split("\n"))]
    return Metric("evidence", len(grounded) / len(checked) if checked else 1.0, 0.95)


def _sections(norm: str, gold: dict) -> dict[int, str]:
    """Each gold duty's section: from its title in the text to the next duty's title.

    Titles are looked for from the last duty back, each before the one after it: a table of
    contents that lists them all first (目录: Part 1 经营管理 …) is then passed over."""
    positions = []
    end = len(norm)
    for duty in sorted(gold["duties"], key=lambda d: d["index"], reverse=True):
        at = _title_position(norm, normalize(duty["label"]), end)
        if at < 0:
            continue
        positions.append((duty["index"], at))
        end = at
    positions.reverse()
    sections = {}
    for k, (index, at) in enumerate(positions):
        end = positions[k + 1][1] if k + 1 < len(positions) else len(norm)
        closing = _CLOSING_LINE.search(norm, at + 1, end)  # 总之…, 任职要求: end a section
        sections[index] = norm[at : closing.start() if closing else end]
    return sections


def _title_position(norm: str, title: str, end: int) -> int:
    """The last place before `end` where `title` stands as a heading does, near its line's start
    (说到午睡,… rather than a mention of 午睡 later in that paragraph); else its last mention."""
    at = norm.rfind(title, 0, end)
    last = at
    while at >= 0:
        if at - (norm.rfind("\n", 0, at) + 1) <= TITLE_LEAD_CHARS:
            return at
        at = norm.rfind(title, 0, at)
    return last


def _grounding(graph: nx.DiGraph, norm: str, gold: dict) -> list[Metric]:
    """Every duty links to 3 concepts, or to as many as the gold names in its section (a
    posting's 完成上级领导交办的其他工作 names none), and the links name concepts of the section."""
    sections = _sections(norm, gold)
    terms = [normalize(t) for t in gold.get("concepts_must", []) + gold.get("concepts_ok", [])]
    links = 0
    local = 0
    thin = []
    for index, (duty, data) in sorted(_duty_nodes(graph).items()):
        concepts = [m for m in graph.successors(duty) if graph.nodes[m]["type"] == "concept"]
        section = sections.get(index, "")
        if len(concepts) < min(3, sum(1 for t in terms if t in section)) or (not section and len(concepts) < 3):
            thin.append(data["label"])
        links += len(concepts)
        local += sum(1 for m in concepts if normalize(graph.nodes[m]["label"]) in section)
    duties = len(_duty_nodes(graph))
    return [
        _share_met("grounding.duties", thin, duties, 1.0, "too few concepts"),
        Metric("grounding.local", local / links if links else 1.0, 0.9),
    ]


def evaluate_file(article: Path, gold_path: Path, pipeline: Pipeline) -> list[Metric]:
    text, _ = decode(article.read_bytes(), str(article))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    graph = build_graph([pipeline.analyse_file(article, article.name)])
    return score(graph, text, gold)


def gold_for(article: Path, gold_dir: Path) -> Path:
    stem = re.sub(r"\.txt$", "", article.name)
    return gold_dir / f"{stem}.gold.json"
