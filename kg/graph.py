"""Stage 6, graph: merge the articles' extractions into one NetworkX graph.

Node ids are `type:label` (duties `duty:owner/title`), so the same concept in several
articles is one node and ids are stable across builds.  Nodes and edges are added in sorted
order and every algorithm is seeded, so the same input always gives the same graph.
The attribute contract is documented in the README ("The graph contract").
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kg.model import Extraction
from kg.style import size_from_centrality, style_of

if TYPE_CHECKING:
    import networkx as nx

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
        import networkx as nx  # here: merging needs no NetworkX, and kg.pipeline imports it late

        graph = nx.DiGraph()
        # Bulk adds from generators: one call each instead of a call per node and per edge.
        graph.add_nodes_from((node_id, self._node_attributes(node_id)) for node_id in sorted(self.nodes))
        graph.add_edges_from(
            (source, target, {"id": f"{source}->{target}", **data})
            # Keys are unique, so sorting the items never compares the dicts (and saves a lookup each).
            for (source, target, _), data in sorted(self.edges.items())
            if source in self.nodes and target in self.nodes  # the graph's nodes, without a method call each
        )
        return graph

    def layout_tables(self) -> tuple[list[str], list[str], list[tuple[str, str]], Callable[[str], list[str]]]:
        """What kg.layout.layout_positions reads of `to_networkx()`, without making the graph:
        node ids and types in graph order, the linked pairs, and each node's successors in graph
        order (target order, as to_networkx adds the edges sorted)."""
        nodes = sorted(self.nodes)
        links = [(source, target) for source, target, _ in self.edges if source in self.nodes and target in self.nodes]
        following: dict[str, set[str]] = defaultdict(set)
        for source, target in links:
            following[source].add(target)
        types = [self.nodes[node]["type"] for node in nodes]
        return nodes, types, links, lambda node: sorted(following.get(node, ()))

    def _node_attributes(self, node_id: str) -> dict:
        data = dict(self.nodes[node_id])
        data["evidence"] = "\n".join(data["evidence"])
        data["documents"] = "|".join(sorted(data["documents"]))
        if "aliases" in data:
            data["aliases"] = "|".join(data["aliases"])
        return data


def add_analytics(graph: nx.DiGraph) -> None:
    """`community` (Louvain), `centrality` (PageRank) and `size`/`r`/`g`/`b` for every node.

    Both run on the undirected graph (a pair linked both ways counts once, weights summed) in
    igraph's C code: NetworkX's pure-Python Louvain took as long as segmenting the corpus.
    igraph's randomness comes from a generator seeded here, so the result is always the same.
    """
    import igraph

    nodes = list(graph)  # sorted: GraphBuilder adds nodes in id order
    node_data = [data for _, data in graph.nodes(data=True)]  # in the same order
    index = {node: number for number, node in enumerate(nodes)}
    weights: dict[tuple[int, int], float] = {}
    # graph.adjacency() rather than graph.edges(data=...): the same edges in the same order,
    # without a view object and a tuple per edge.
    for source, targets in graph.adjacency():
        a = index[source]
        for target, data in targets.items():
            b = index[target]
            if a != b:
                pair = (a, b) if a < b else (b, a)
                weights[pair] = weights.get(pair, 0) + data.get("weight", 1)
    pairs = sorted(weights)
    undirected = igraph.Graph(n=len(nodes), edges=pairs, edge_attrs={"weight": [weights[p] for p in pairs]})
    generator = random.Random(COMMUNITY_SEED)
    igraph.set_random_number_generator(generator)
    try:
        membership = undirected.community_multilevel(weights="weight").membership if nodes else []
    finally:
        igraph.set_random_number_generator(random)  # igraph's default, for anyone else in the process
    communities: dict[int, list[int]] = defaultdict(list)  # community -> node numbers
    for number, community in enumerate(membership):
        communities[community].append(number)
    ordered = sorted(communities.values(), key=lambda c: (-len(c), nodes[c[0]]))
    for community_number, members in enumerate(ordered):
        for number in members:
            node_data[number]["community"] = community_number
    # ARPACK: the same ranks as the default PRPACK (to 1e-13) in a sixth of the time on large graphs.
    rank = undirected.pagerank(weights="weight", implementation="arpack") if nodes else []
    top = max(rank, default=0.0)
    colours = {node_type: style_of(node_type).rgb for node_type in {data["type"] for data in node_data}}
    for data, value in zip(node_data, rank, strict=True):
        data["centrality"] = round(value, 6)
        data["size"] = size_from_centrality(value, top)
        data["r"], data["g"], data["b"] = colours[data["type"]]


def build_graph(extractions: Iterable[Extraction]) -> nx.DiGraph:
    """The graph of `extractions` with its analytics (merged in doc_id order, for a deterministic result)."""
    builder = GraphBuilder()
    for extraction in sorted(extractions, key=lambda ex: ex.doc_id):
        builder.add_extraction(extraction)
    graph = builder.to_networkx()
    add_analytics(graph)
    return graph
