"""A synthetic graph shaped like kg's (roles, duties, shared concepts, examples), for the page and layout benchmarks.

Built directly with NetworkX, not from articles, so a graph of any size is ready in a moment;
it carries every attribute of the graph contract, so the real layout and exporters run on it.
"""

from __future__ import annotations

import random

import networkx as nx

from kg.graph import add_analytics

SEED = 3000


def synthetic_graph(nodes: int, seed: int = SEED) -> nx.DiGraph:
    """Exactly `nodes` nodes (at least 21): per role a document, 5 duties, 2 examples with a
    positioning each (11 nodes), and concepts from a shared pool, each used by some duty and
    some drawn again with a skewed popularity, so a few are hubs."""
    rng = random.Random(seed)
    graph = nx.DiGraph()
    roles = max(1, nodes // 20)
    pool = [f"概念{i}" for i in range(max(10, nodes - roles * 11))]
    weights = [1 / (i + 1) for i in range(len(pool))]
    unused = iter(pool)

    def add(node_id: str, node_type: str, label: str, doc: str, **extra) -> str:
        if node_id in graph:
            docs = set(graph.nodes[node_id]["documents"].split("|")) | {doc}
            graph.nodes[node_id]["documents"] = "|".join(sorted(docs))
            graph.nodes[node_id]["count"] += 1
        else:
            graph.add_node(node_id, label=label, type=node_type, evidence=f"{label}出现在{doc}。",
                           documents=doc, count=1, **extra)
        return node_id

    def link(source: str, target: str, relation: str, label: str) -> None:
        graph.add_edge(source, target, id=f"{source}->{target}", relation=relation, label=label, weight=1,
                       evidence=f"{graph.nodes[source]['label']}{label}{graph.nodes[target]['label']}。")

    for r in range(roles):
        doc = f"article-{r:06d}.txt"
        role = add(f"role:角色{r}", "role", f"角色{r}", doc, aliases=f"别名{r}|Role {r}")
        link(add(f"document:{doc}", "document", f"文章{r}", doc), role, "about", "讲述")
        duties = [add(f"duty:角色{r}/职责{d}", "duty", f"职责{r}-{d}", doc, index=d + 1) for d in range(5)]
        for duty in duties:
            link(role, duty, "has_duty", "职责")
            concepts = rng.choices(pool, weights, k=2) + [next(unused, pool[0]) for _ in range(len(pool) // (roles * 5) + 1)]
            for concept in concepts:
                link(duty, add(f"concept:{concept}", "concept", concept, doc), "mentions", "涉及")
            if concepts[0] != concepts[1]:
                link(f"concept:{concepts[0]}", f"concept:{concepts[1]}", "co_occurs", "共现")
        for e in range(2):
            example = add(f"example:案例{r}-{e}", "example", f"案例{r}-{e}", doc)
            link(example, duties[e], "illustrates", "例证")
            link(example, add(f"positioning:定位{r}-{e}", "positioning", f"定位{r}-{e}", doc), "positioned_as", "定位")
    add_analytics(graph)
    return graph
