"""Stage 6, graph: merge the articles' extractions into one NetworkX graph.

Node ids are `type:label` (duties `duty:owner/title`), so the same concept in several
articles is one node and ids are stable across builds.  Nodes and edges are added in sorted
order and every algorithm is seeded, so the same input always gives the same graph.
The attribute contract is documented in the README ("The graph contract").
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.model import Extraction
from kg.style import size_from_centrality, style_of

MAX_EVIDENCE = 3
COMMUNITY_SEED = 7


class GraphBuilder:
    """Collects nodes and edges from many articles, merging what has the same id."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}

    def node(
        self, node_type: str, label: str, doc_id: str, evidence: Iterable[str] = (), node_id: str = "", **extra
    ) -> str:
        node_id = node_id or f"{node_type}:{label}"
        data = self.nodes.get(node_id)
        if data is None:
            data = self.nodes[node_id] = {
                "label": label,
                "type": node_type,
                "evidence": [],
                "documents": set(),
                "count": 0,
            }
        data["documents"].add(doc_id)
        data["count"] += extra.pop("count", 1)
        for sentence in evidence:
            if sentence and sentence not in data["evidence"] and len(data["evidence"]) < MAX_EVIDENCE:
                data["evidence"].append(sentence)
        if "aliases" in extra:
            merged = data.setdefault("aliases", [])
            merged.extend(a for a in extra.pop("aliases") if a not in merged and a != data["label"])
        data.update(extra)
        return node_id

    def edge(self, source: str, target: str, relation: str, label: str, weight: float = 1, evidence: str = "") -> None:
        key = (source, target, relation)
        data = self.edges.get(key)
        if data is None:
            self.edges[key] = {"relation": relation, "label": label, "weight": weight, "evidence": evidence}
        else:
            data["weight"] += weight
            data["evidence"] = data["evidence"] or evidence

    def add_extraction(self, ex: Extraction) -> None:
        doc = ex.doc_id
        document = self.node("document", ex.title or doc, doc, [ex.title_evidence], node_id=f"document:{doc}")
        owner = document
        if ex.role:
            owner = self.node("role", ex.role.label, doc, ex.role.evidence, aliases=ex.role.aliases)
            self.edge(document, owner, "about", "讲述", evidence=ex.title_evidence)
        owner_name = ex.role.label if ex.role else doc
        duty_ids = {}
        for duty in ex.duties:
            duty_id = self.node(
                "duty", duty.title, doc, [duty.heading], node_id=f"duty:{owner_name}/{duty.title}", index=duty.index
            )
            duty_ids[duty.index] = duty_id
            self.edge(owner, duty_id, "has_duty", "职责", evidence=duty.heading)
        for concept in ex.concepts:
            concept_id = self.node("concept", concept.label, doc, concept.evidence, count=concept.count)
            for index, mentions in concept.duties.items():
                self.edge(
                    duty_ids.get(index, owner),
                    concept_id,
                    "mentions",
                    "涉及",
                    mentions,
                    concept.duty_evidence.get(index, ""),
                )
        for example in ex.examples:
            example_id = self.node("example", example.subject, doc, [example.evidence])
            value_id = self.node(example.value_type, example.value, doc, [example.evidence])
            self.edge(
                example_id, duty_ids.get(example.duty_index, owner), "illustrates", "例证", evidence=example.evidence
            )
            self.edge(example_id, value_id, example.relation, example.relation_label, evidence=example.evidence)
        for link in ex.links:
            self.edge(
                f"concept:{link.source}", f"concept:{link.target}", "co_occurs", "共现", link.count, link.evidence
            )

    def to_networkx(self) -> nx.DiGraph:
        graph = nx.DiGraph()
        for node_id in sorted(self.nodes):
            data = dict(self.nodes[node_id])
            data["evidence"] = "\n".join(data["evidence"])
            data["documents"] = "|".join(sorted(data["documents"]))
            if "aliases" in data:
                data["aliases"] = "|".join(data["aliases"])
            graph.add_node(node_id, **data)
        for source, target, relation in sorted(self.edges):
            if source in graph and target in graph:
                data = self.edges[(source, target, relation)]
                graph.add_edge(source, target, id=f"{source}->{target}", **data)
        return graph


def add_analytics(graph: nx.DiGraph) -> None:
    """`community` (Louvain), `centrality` (PageRank) and `size`/`r`/`g`/`b` for every node."""
    undirected = graph.to_undirected(as_view=True)
    communities = nx.community.louvain_communities(undirected, weight="weight", seed=COMMUNITY_SEED)
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    for number, members in enumerate(ordered):
        for node in members:
            graph.nodes[node]["community"] = number
    rank = nx.pagerank(undirected, weight="weight") if graph.number_of_nodes() else {}
    top = max(rank.values(), default=0.0)
    for node, data in graph.nodes(data=True):
        data["centrality"] = round(rank.get(node, 0.0), 6)
        data["size"] = size_from_centrality(rank.get(node, 0.0), top)
        data["r"], data["g"], data["b"] = style_of(data["type"]).rgb


def build_graph(extractions: Iterable[Extraction]) -> nx.DiGraph:
    builder = GraphBuilder()
    for extraction in sorted(extractions, key=lambda ex: ex.doc_id):
        builder.add_extraction(extraction)
    graph = builder.to_networkx()
    add_analytics(graph)
    return graph
