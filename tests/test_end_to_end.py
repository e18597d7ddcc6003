"""End to end: `kg build` on corpus/, the graph contract, and the committed outputs/."""

import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from support import CORPUS, GOLD, ROOT

from kg.cli import main

SEED = "shichang_zongjian.txt"
OUTPUTS = ["graph.graphml", "graph.gexf", "graph.json", "graph.html"]
NODE_TYPES = {"document", "role", "duty", "concept", "example", "positioning", "principle"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(out), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out, result.output


@pytest.fixture(scope="module")
def graph(built):
    data = json.loads((built[0] / "graph.json").read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="edges")


def seed_nodes(graph, node_type):
    return {n: d for n, d in graph.nodes(data=True) if d["type"] == node_type and SEED in d["documents"].split("|")}


def test_summary_names_counts_and_files(built):
    out, output = built
    assert "articles: 3" in output
    assert re.search(r"nodes:\s+\d+ \(.*duty 19", output)
    for name in OUTPUTS:
        assert (out / name).is_file()
        assert str(out / name) in output


def test_seed_duties_in_order_with_their_titles(graph):
    gold = json.loads((GOLD / "shichang_zongjian.gold.json").read_text(encoding="utf-8"))
    duties = sorted((d["index"], d["label"]) for d in seed_nodes(graph, "duty").values())
    assert duties == [(d["index"], d["label"]) for d in gold["duties"]]


def test_seed_role_is_one_node_with_its_aliases(graph):
    roles = seed_nodes(graph, "role")
    assert len(roles) == 1
    (role_id, role), = roles.items()
    assert role["label"] == "市场营销总监"
    assert {"首席营销官", "CMO", "Chief Marketing Officer", "市场部经理", "营销总监"} <= set(role["aliases"].split("|"))
    duties = seed_nodes(graph, "duty")
    assert all(graph.edges[role_id, d]["relation"] == "has_duty" for d in duties)


def test_seed_brand_positioning_pairs_hang_off_duty_five(graph):
    duty5 = next(n for n, d in seed_nodes(graph, "duty").items() if d["index"] == 5)
    pairs = set()
    for example, data in seed_nodes(graph, "example").items():
        assert graph.edges[example, duty5]["relation"] == "illustrates"
        for value in graph.successors(example):
            if graph.edges[example, value]["relation"] == "positioned_as":
                assert graph.nodes[value]["type"] == "positioning"
                pairs.add((data["label"], graph.nodes[value]["label"]))
    for brand, positioning in [("奔驰", "最尊贵"), ("宝马", "最佳驾驶表现"), ("现代", "价格最低廉"), ("沃尔沃", "最安全")]:
        assert any(label.startswith(brand) and value == positioning for label, value in pairs), brand


def test_no_chrome_nodes(graph):
    labels = [d["label"] for _, d in graph.nodes(data=True)]
    for junk in ["小编", "推荐度", "相关文章", "律师", "客服", "文员", "03-30"]:
        assert not any(junk in label for label in labels), junk


def test_evidence_is_quoted_verbatim(graph):
    texts = {p.name: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for node, data in graph.nodes(data=True):
        assert data["evidence"], node
        for sentence in data["evidence"].split("\n"):
            assert any(sentence in texts[doc] for doc in data["documents"].split("|")), (node, sentence)


def test_graph_contract(graph):
    for node, data in graph.nodes(data=True):
        assert data["type"] in NODE_TYPES
        assert node.startswith(data["type"] + ":")
        assert {"label", "evidence", "documents", "count", "community", "centrality", "x", "y"} <= set(data)
        assert all(v is not None and not isinstance(v, list | dict) for v in data.values())
        if data["type"] == "duty":
            assert isinstance(data["index"], int)
    for _, _, data in graph.edges(data=True):
        assert {"relation", "label", "weight", "evidence", "id"} <= set(data)
        assert re.fullmatch(r"[a-z_]+", data["relation"])


def test_committed_outputs_equal_a_fresh_build(built):
    for name in OUTPUTS:
        assert (ROOT / "outputs" / name).read_bytes() == (built[0] / name).read_bytes(), name


def test_two_builds_are_byte_identical(built, tmp_path):
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(tmp_path), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (built[0] / name).read_bytes(), name


def test_missing_path_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {tmp_path / 'nope'}: no such file or folder"]
    assert not (tmp_path / "out").exists()
