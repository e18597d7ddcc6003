"""GraphML, GEXF and JSON exports: what Gephi, Gephi Lite, NetworkX and igraph read back.

The corpus graph is built once per module; small hand-made graphs cover the edge cases.
"""

from __future__ import annotations

import copy
import json
import math
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph as ig
import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import CORPUS

from kg.export import gexf, graphml, jsonfile
from kg.export.common import _already_clean, _cleaned_copy, clean_text, edge_rgb, for_display, hex_color, sanitized
from kg.pipeline import build
from kg.style import FALLBACK_STYLE, MIN_SIZE, NODE_STYLES, style_of

G = "{http://graphml.graphdrawing.org/xmlns}"
X = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"
DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}  # what graphology-graphml knows

# Gephi desktop's GraphML importer maps a key to a node/edge property by its id first and
# its attr.name second (ImporterGraphML.readAttribute); these are its names for them
# (`d3`/`d7` are yEd's label keys, which NetworkX's `d0, d1, …` key ids run into).
GEPHI_NODE_ALIASES = {"label": "label", "d3": "label", "x": "x", "y": "y", "xpos": "x", "ypos": "y", "z": "z",
                      "size": "size", "r": "r", "g": "g", "b": "b", "color": "color"}
GEPHI_EDGE_ALIASES = {"label": "label", "edgelabel": "label", "d7": "label", "weight": "weight",
                      "Edge Weight": "weight", "id": "id", "edgeid": "id", "r": "r", "g": "g", "b": "b",
                      "color": "color"}

GRAPHOLOGY = Path(__file__).parent / "graphology"  # Gephi Lite's readers, installed by tests/setup.sh

NODE_CONTRACT = ("label", "type", "evidence", "documents", "count", "community", "centrality", "size", "r", "g", "b",
                 "x", "y")
EDGE_CONTRACT = ("relation", "label", "weight")


@pytest.fixture(scope="module")
def corpus_graph() -> nx.DiGraph:
    graph = build([CORPUS]).graph
    assert graph.number_of_nodes() > 20 and graph.number_of_edges() > 20
    return graph


@pytest.fixture(scope="module")
def written(corpus_graph, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("export")
    paths = {"graphml": folder / "graph.graphml", "gexf": folder / "graph.gexf", "json": folder / "graph.json"}
    graphml.write(corpus_graph, paths["graphml"])
    gexf.write(corpus_graph, paths["gexf"])
    jsonfile.write(corpus_graph, paths["json"])
    return paths


def graphml_problems(path: Path) -> list[str]:
    """Everything wrong with the file's structure, as Gephi, Gephi Lite and the GraphML schema see it."""
    problems = []
    root = ET.parse(path).getroot()
    if root.tag != f"{G}graphml":
        problems.append(f"root is {root.tag}")
    keys = {}
    for key in root.iter(f"{G}key"):
        kid, scope, name, kind = key.get("id"), key.get("for"), key.get("attr.name"), key.get("attr.type")
        if kid in keys:
            problems.append(f"key id {kid} repeated")
        keys[kid] = scope
        if kind not in GRAPHML_TYPES:
            problems.append(f"key {kid} has type {kind}")
        if scope not in ("graph", "node", "edge"):
            problems.append(f"key {kid} is for {scope}")
        aliases = GEPHI_NODE_ALIASES if scope == "node" else GEPHI_EDGE_ALIASES if scope == "edge" else {}
        if kid in aliases and aliases.get(name) != aliases[kid]:
            problems.append(f"Gephi would read key {kid} ({name}) as the {aliases[kid]}")
    graphs = root.findall(f"{G}graph")
    if len(graphs) != 1 or graphs[0].get("edgedefault") not in ("directed", "undirected"):
        problems.append("not exactly one <graph> with edgedefault")
    problems += id_problems(root, G)
    for scope in ("graph", "node", "edge"):
        for element in root.iter(f"{G}{scope}"):
            for data in element.findall(f"{G}data"):
                if keys.get(data.get("key")) != scope:
                    problems.append(f"<data key={data.get('key')}> in <{scope}> not declared for it")
    return problems



def id_problems(root: ET.Element, namespace: str) -> list[str]:
    """Node and edge ids that are missing or repeated (both importers drop or merge those), and
    edges whose ends are not nodes of the graph."""
    problems = []
    for scope in ("node", "edge"):
        ids = [element.get("id") for element in root.iter(f"{namespace}{scope}")]
        if len(set(ids)) != len(ids) or not all(ids):
            problems.append(f"{scope} ids missing or repeated")
    known = {node.get("id") for node in root.iter(f"{namespace}node")}
    problems += [
        f"edge {edge.get('id')} points outside the graph"
        for edge in root.iter(f"{namespace}edge")
        if edge.get("source") not in known or edge.get("target") not in known
    ]
    return problems


def gexf_problems(path: Path) -> list[str]:
    """Everything wrong with the GEXF file's structure, as Gephi and Gephi Lite see it."""
    problems = []
    root = ET.parse(path).getroot()
    graphs = root.findall(f"{X}graph")
    if root.tag != f"{X}gexf" or len(graphs) != 1 or graphs[0].get("defaultedgetype") not in ("directed", "undirected"):
        problems.append("not one <gexf><graph defaultedgetype=…>")
    declared = {}
    for attributes in root.iter(f"{X}attributes"):
        ids = [a.get("id") for a in attributes.findall(f"{X}attribute")]
        declared[attributes.get("class")] = set(ids)
        if len(set(ids)) != len(ids):
            problems.append(f"{attributes.get('class')} attribute ids repeated")
        problems += [f"attribute type {a.get('type')}" for a in attributes.findall(f"{X}attribute")
                     if a.get("type") not in ("boolean", "integer", "long", "float", "double", "string")]
    problems += id_problems(root, X)
    for scope in ("node", "edge"):
        for element in root.iter(f"{X}{scope}"):
            if element.find(f"{VIZ}color") is None or (scope == "node" and element.find(f"{VIZ}size") is None):
                problems.append(f"{scope} {element.get('id')} without viz colour/size")
            for value in element.iter(f"{X}attvalue"):
                if value.get("for") not in declared.get(scope, ()):
                    problems.append(f"attvalue for={value.get('for')} in <{scope}> not declared")
    return problems


def gephi_lite_read(graphml_path: Path, gexf_path: Path) -> dict:
    """Both files as Gephi Lite reads them (graphology-graphml and graphology-gexf under Node.js)."""
    if shutil.which("node") is None or not (GRAPHOLOGY / "node_modules" / "graphology-graphml").is_dir():
        pytest.fail("Gephi Lite's readers are not installed: run `bash tests/setup.sh` (these tests must run, not skip)")
    result = subprocess.run(
        ["node", str(GRAPHOLOGY / "read.js"), str(graphml_path), str(gexf_path)],
        capture_output=True, check=True, timeout=120,
    )
    return json.loads(result.stdout.decode("utf-8"))

# --- the corpus graph -----------------------------------------------------------------


def test_files_start_with_the_utf8_declaration(written):
    for path in (written["graphml"], written["gexf"]):
        data = path.read_bytes()
        assert data.startswith(DECLARATION)
        data.decode("utf-8")  # raises if not UTF-8


def test_graphml_structure_is_what_gephi_and_gephi_lite_expect(written):
    assert graphml_problems(written["graphml"]) == []


def test_gexf_structure_is_what_gephi_expects(written):
    assert gexf_problems(written["gexf"]) == []


def test_graphml_edge_id_is_not_repeated_as_a_data_key(written):
    root = ET.parse(written["graphml"]).getroot()
    assert [k for k in root.iter(f"{G}key") if k.get("attr.name") == "id"] == []


def test_graphml_round_trips_through_networkx(corpus_graph, written):
    back = nx.read_graphml(written["graphml"])
    assert back.is_directed()
    assert sorted(back.nodes) == sorted(corpus_graph.nodes)
    for node, data in corpus_graph.nodes(data=True):
        read = back.nodes[node]
        for name, value in data.items():
            assert read[name] == value and type(read[name]) is type(value), (node, name)
        assert read["color"] == style_of(data["type"]).color
    assert back.number_of_edges() == corpus_graph.number_of_edges()
    for source, target, data in corpus_graph.edges(data=True):
        read = back.edges[source, target]
        for name, value in data.items():
            assert read[name] == value and type(read[name]) is type(value), (source, target, name)


def test_graphml_reads_back_through_igraph(corpus_graph, written):
    # python-igraph's reader is igraph's C code on libxml2: an implementation independent of NetworkX.
    back = ig.Graph.Read_GraphML(str(written["graphml"]))
    assert back.is_directed()
    assert back.vcount() == corpus_graph.number_of_nodes()
    assert back.ecount() == corpus_graph.number_of_edges()
    position = {v["id"]: v.index for v in back.vs}
    assert set(position) == set(corpus_graph.nodes)
    for node, data in corpus_graph.nodes(data=True):
        vertex = back.vs[position[node]]
        for name, value in data.items():
            assert vertex[name] == value, (node, name)  # igraph keeps numbers as float; 3.0 == 3
        for name in {"index", "aliases"} - set(data):
            missing = vertex[name]  # absent values read as NaN (numbers) or "" (text)
            assert missing == "" or math.isnan(missing)
    # igraph 1.0 reports an edge's source id as its "id", so edges are matched by their endpoints.
    for edge in back.es:
        source, target = back.vs[edge.source]["id"], back.vs[edge.target]["id"]
        for name, value in corpus_graph.edges[source, target].items():
            if name != "id":
                assert edge[name] == value, (source, target, name)


def test_every_node_and_edge_is_drawn_like_the_page(written):
    back = nx.read_graphml(written["graphml"])
    for node, data in back.nodes(data=True):
        assert set(NODE_CONTRACT) <= set(data), node
        style = NODE_STYLES[data["type"]]
        assert (data["r"], data["g"], data["b"]) == style.rgb
        assert data["color"] == style.color
        assert data["size"] >= MIN_SIZE
    for source, _, data in back.edges(data=True):
        assert set(EDGE_CONTRACT) <= set(data)
        tint = edge_rgb(NODE_STYLES[back.nodes[source]["type"]].rgb)
        assert (data["r"], data["g"], data["b"]) == tint
        assert data["color"] == hex_color(tint)


def test_gexf_round_trips_through_networkx_with_viz(corpus_graph, written):
    back = nx.read_gexf(written["gexf"])
    assert back.is_directed()
    assert sorted(back.nodes) == sorted(corpus_graph.nodes)
    for node, data in corpus_graph.nodes(data=True):
        read = back.nodes[node]
        viz = read["viz"]
        assert read["label"] == data["label"]
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == (data["r"], data["g"], data["b"])
        assert viz["size"] == data["size"]
        assert (viz["position"]["x"], viz["position"]["y"]) == (data["x"], data["y"])
        for name, value in data.items():
            if name not in ("label", "r", "g", "b", "size", "x", "y"):
                assert read[name] == value and type(read[name]) is type(value), (node, name)
    assert back.number_of_edges() == corpus_graph.number_of_edges()
    for source, target, data in corpus_graph.edges(data=True):
        read = back.edges[source, target]
        assert read["weight"] == data["weight"]
        for name in ("id", "label", "relation", "evidence"):
            assert read[name] == data[name]


def test_gephi_lite_reads_both_files_labelled_coloured_sized_and_placed(corpus_graph, written):
    read = gephi_lite_read(written["graphml"], written["gexf"])
    for name, colour in (("graphml", "#{:02x}{:02x}{:02x}"), ("gexf", "rgb({},{},{})")):
        graph = read[name]
        assert (graph["type"], graph["multi"]) == ("directed", False), name
        assert set(graph["nodes"]) == set(corpus_graph.nodes), name
        for node, data in corpus_graph.nodes(data=True):
            seen = graph["nodes"][node]
            assert seen["color"] == colour.format(*style_of(data["type"]).rgb), (name, node)
            for key in ("label", "x", "y", "size", "type", "evidence", "documents", "count", "community",
                        "centrality"):
                assert seen[key] == data[key], (name, node, key)
        assert {e: (d["source"], d["target"]) for e, d in graph["edges"].items()} == {
            d["id"]: (s, t) for s, t, d in corpus_graph.edges(data=True)}, name
        for s, t, data in corpus_graph.edges(data=True):
            seen = graph["edges"][data["id"]]["attributes"]
            assert (seen["label"], seen["weight"], seen["relation"]) == (data["label"], data["weight"],
                                                                         data["relation"]), (name, s, t)
            assert "color" in seen


def test_gephi_lite_reads_awkward_text_as_cleaned(tmp_path):
    texts = ["<&>\"'", "]]>", "a\x00b\x1fc", "\ud83d lone", "行一\r\n行二", "&amp;", "😀 emoji", " padded "]
    graph = nx.DiGraph()
    for number, text in enumerate(texts):
        graph.add_node(f"n{number}{text}", label=text, type="concept", x=float(number), y=0.0)
    nodes = list(graph.nodes)
    graph.add_edge(nodes[0], nodes[1], label=texts[0])
    graphml.write(graph, tmp_path / "g.graphml")
    gexf.write(graph, tmp_path / "g.gexf")
    read = gephi_lite_read(tmp_path / "g.graphml", tmp_path / "g.gexf")
    for name in ("graphml", "gexf"):
        assert sorted(d["label"] for d in read[name]["nodes"].values()) == sorted(clean_text(t) for t in texts)
        assert [d["attributes"]["label"] for d in read[name]["edges"].values()] == [texts[0]]


def test_gexf_colours_every_edge_with_the_page_tint(corpus_graph, written):
    root = ET.parse(written["gexf"]).getroot()
    edges = list(root.iter(f"{X}edge"))
    assert len(edges) == corpus_graph.number_of_edges()
    for edge in edges:
        color = edge.find(f"{VIZ}color")
        source_rgb = style_of(corpus_graph.nodes[edge.get("source")]["type"]).rgb
        assert (int(color.get("r")), int(color.get("g")), int(color.get("b"))) == edge_rgb(source_rgb)


def test_json_round_trips_through_networkx(corpus_graph, written):
    back = nx.node_link_graph(json.loads(written["json"].read_text(encoding="utf-8")), edges="edges")
    assert dict(back.nodes(data=True)) == dict(corpus_graph.nodes(data=True))
    assert {(s, t): d for s, t, d in back.edges(data=True)} == {(s, t): d for s, t, d in corpus_graph.edges(data=True)}


def test_the_corpus_graph_needs_no_sanitizing(corpus_graph):
    safe = sanitized(corpus_graph)
    assert dict(safe.nodes(data=True)) == dict(corpus_graph.nodes(data=True))
    assert list(safe.edges(data=True)) == list(corpus_graph.edges(data=True))


def test_a_sanitized_graph_is_read_only_and_not_sanitized_again(corpus_graph):
    safe = sanitized(corpus_graph)
    assert sanitized(safe) is safe
    with pytest.raises(nx.NetworkXError):
        safe.add_node("new")


def test_output_is_byte_identical_and_input_untouched(corpus_graph, written, tmp_path):
    before = copy.deepcopy((dict(corpus_graph.nodes(data=True)), list(corpus_graph.edges(data=True))))
    for name, module in (("graphml", graphml), ("gexf", gexf), ("json", jsonfile)):
        again = tmp_path / f"again.{name}"
        module.write(corpus_graph.copy(), again)
        assert again.read_bytes() == written[name].read_bytes(), name
    assert (dict(corpus_graph.nodes(data=True)), list(corpus_graph.edges(data=True))) == before


# --- hand-made graphs ---------------------------------------------------------------


def test_clean_text_drops_what_xml_cannot_carry():
    assert clean_text("a\x00b\x1fc\x7fd\x85e\ud800f\uffffg") == "abcdefg"
    assert clean_text("一\r\n二\r三\t四\n五") == "一\n二\n三\t四\n五"


def test_sanitized_makes_every_value_a_typed_scalar():
    graph = nx.DiGraph()
    graph.add_node("a", missing=None, tags=["x", "y"], docs={"b.txt", "a.txt"}, meta={"k": 1}, nan=float("nan"),
                   mixed=1, text="ok\x01", flag=True)
    graph.add_node("b", mixed=2.5, text=3)
    safe = sanitized(graph)
    a, b = safe.nodes["a"], safe.nodes["b"]
    assert "missing" not in a and "nan" not in a
    assert a["tags"] == "x|y" and a["docs"] == "a.txt|b.txt" and a["meta"] == '{"k": 1}'
    assert (a["mixed"], b["mixed"]) == (1.0, 2.5) and type(a["mixed"]) is float  # int + float → float
    assert (a["text"], b["text"]) == ("ok", "3")  # text + number → text
    assert a["flag"] is True
    assert graph.nodes["a"]["missing"] is None  # the input is not changed


def test_sanitized_turns_numpy_scalars_into_python_values():
    graph = nx.DiGraph()
    graph.add_node("a", x=np.float64(1.5), count=np.int64(3), flag=np.bool_(True), xs=np.array([1, 2]))
    data = sanitized(graph).nodes["a"]
    assert (data["x"], data["count"], data["flag"], data["xs"]) == (1.5, 3, True, "1|2")
    assert (type(data["x"]), type(data["count"]), type(data["flag"])) == (float, int, bool)


def test_sanitized_gives_unique_non_empty_ids():
    graph = nx.DiGraph()
    graph.add_edge("a", "a\x00", id="same")
    graph.add_edge("a\x00", "\x01", id="same")
    graph.add_edge("\x01", "a")
    safe = sanitized(graph)
    assert sorted(safe.nodes) == ["a", "a~2", "node"]
    assert sorted(d["id"] for _, _, d in safe.edges(data=True)) == ["node->a", "same", "same~2"]


def test_edge_tint_is_the_source_colour_half_mixed_with_white():
    assert edge_rgb((0, 0, 0)) == (128, 128, 128)
    assert edge_rgb((255, 255, 255)) == (255, 255, 255)
    assert edge_rgb(NODE_STYLES["role"].rgb) == (235, 147, 148)  # #d62728 at 50% on white, halves rounded up


def test_graphml_key_types_follow_the_values(tmp_path):
    graph = nx.DiGraph(name="demo")
    graph.add_node("a", flag=True, small=3, big=2**40, real=0.1, text="t", type="concept")
    graph.add_edge("a", "a", weight=0.5)
    path = tmp_path / "g.graphml"
    graphml.write(graph, path)
    assert graphml_problems(path) == []
    types = {k.get("attr.name"): k.get("attr.type") for k in ET.parse(path).getroot().iter(f"{G}key")}
    assert {name: types[name] for name in ("flag", "small", "big", "real", "text", "weight", "name")} == {
        "flag": "boolean", "small": "int", "big": "long", "real": "double", "text": "string", "weight": "double",
        "name": "string"}
    back = nx.read_graphml(path)
    assert back.graph["name"] == "demo"
    assert {k: back.nodes["a"][k] for k in ("flag", "small", "big", "real")} == {
        "flag": True, "small": 3, "big": 2**40, "real": 0.1}


def test_nodes_without_style_attributes_still_get_colour_and_size(tmp_path):
    graph = nx.DiGraph()
    graph.add_node("r", type="role")
    graph.add_node("u", type="no-such-type", r=300, g=0, b=0)  # out-of-range colour falls back to the type's
    shown = for_display(graph)
    # What each node is drawn with, by attribute name then node.
    names = ("r", "g", "b", "color", "size")
    drawn = {name: dict(zip(shown.nodes, shown.node_values(name), strict=True)) for name in names}
    assert (drawn["r"]["r"], drawn["g"]["r"], drawn["b"]["r"]) == NODE_STYLES["role"].rgb
    assert drawn["color"]["u"] == FALLBACK_STYLE.color == hex_color(FALLBACK_STYLE.rgb)
    assert drawn["size"]["r"] == MIN_SIZE
    path = tmp_path / "g.gexf"
    gexf.write(graph, path)
    back = nx.read_gexf(path)
    assert back.nodes["r"]["viz"]["color"]["r"] == NODE_STYLES["role"].rgb[0]
    assert "position" not in back.nodes["r"]["viz"]  # no layout: Gephi places it, rather than at (0, 0)


# --- any text at all ----------------------------------------------------------------

# Every code point, including control characters, lone surrogates and XML's special characters.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=12) | st.sampled_from(
    ["<&>\"'", "]]>", "\x00\r\n\t", "\ud83d", "&amp;", "a\x85b"]
)


# Any value an attribute could hold, including ones no format can write as they are (None,
# NaN, lists).  Subnormal floats are left out: they are written exactly, but igraph's reader
# rejects them (strtod's ERANGE), and the pipeline never produces them.
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**40), 2**40),
    st.floats(allow_subnormal=False),
    ANY_TEXT,
    st.lists(ANY_TEXT, max_size=3),
)


@settings(max_examples=60, deadline=None)
@given(
    nodes=st.lists(st.tuples(ANY_TEXT, ANY_TEXT, ANY_VALUE), min_size=1, max_size=5),
    edges=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4), ANY_TEXT, ANY_TEXT, ANY_VALUE), max_size=6),
)
def test_xml_exports_stay_well_formed_for_any_text(nodes, edges):
    graph = nx.DiGraph()
    for node, text, value in nodes:
        graph.add_node(node, label=text, evidence=text + node, type="concept", extra=value)
    ids = list(graph.nodes)
    for source, target, edge_id, text, value in edges:
        graph.add_edge(ids[source % len(ids)], ids[target % len(ids)], id=edge_id, label=text, weight=1, extra=value)
    expected = sanitized(graph)
    with tempfile.TemporaryDirectory() as folder:
        graphml_path, gexf_path = Path(folder) / "g.graphml", Path(folder) / "g.gexf"
        graphml.write(graph, graphml_path)
        gexf.write(graph, gexf_path)
        assert graphml_problems(graphml_path) == []
        assert gexf_problems(gexf_path) == []
        # Each reader parses every value with its declared type, so a mistyped column fails here.
        from_graphml, from_gexf = nx.read_graphml(graphml_path), nx.read_gexf(gexf_path)
        from_igraph = ig.Graph.Read_GraphML(str(graphml_path))
    assert from_igraph.vcount() == from_graphml.number_of_nodes() == graph.number_of_nodes()
    assert from_igraph.ecount() == from_graphml.number_of_edges() == graph.number_of_edges()
    labels = sorted(clean_text(d["label"]) for _, d in graph.nodes(data=True))
    assert sorted(from_igraph.vs["label"]) == sorted(d["label"] for _, d in from_graphml.nodes(data=True)) == labels
    for node, data in expected.nodes(data=True):
        for back in (from_graphml, from_gexf):
            assert back.nodes[node]["label"] == data["label"]
            assert back.nodes[node]["evidence"] == data["evidence"]
            assert back.nodes[node].get("extra") == data.get("extra")
    for source, target, data in expected.edges(data=True):
        for back in (from_graphml, from_gexf):
            assert back.edges[source, target]["id"] == data["id"]
            assert back.edges[source, target]["label"] == data["label"]
            assert back.edges[source, target].get("extra") == data.get("extra")



# One flaw each that `sanitized` has to clean; a graph with none is left as it is.
FLAWS = {
    "none": lambda graph: None,
    "NaN": lambda graph: graph.nodes["a"].update(score=float("nan")),
    "int among floats": lambda graph: graph.nodes["a"].update(score=1),
    "bool among ints": lambda graph: graph.nodes["a"].update(count=True),
    "carriage return": lambda graph: graph.nodes["a"].update(label="a\r"),
    "control character": lambda graph: graph.nodes["a"].update(label="a\x01"),
    "lone surrogate in a name": lambda graph: graph.nodes["a"].update({"\ud800": 1}),
    "None": lambda graph: graph.nodes["a"].update(label=None),
    "list": lambda graph: graph.nodes["a"].update(label=["x", "y"]),
    "int node id": lambda graph: graph.add_node(3),
    "empty node id": lambda graph: graph.add_node(""),
    "repeated edge id": lambda graph: graph.edges["a", "b"].update(id="b->c"),
    "missing edge id": lambda graph: graph.edges["a", "b"].pop("id"),
    "int graph attribute name": lambda graph: graph.graph.update({1: "x"}),
}


@pytest.mark.parametrize("flaw", FLAWS)
def test_only_a_graph_needing_no_change_is_left_as_it_is(flaw):
    graph = nx.DiGraph(name="demo")
    graph.add_node("a", label="一", score=0.5, flag=True)
    graph.add_node("b", label="二\n三\t", score=2.0, flag=False, count=3)
    graph.add_node("c", label="<&>\"'")
    graph.add_edge("a", "b", id="a->b", weight=1)
    graph.add_edge("b", "c", id="b->c", weight=2)
    FLAWS[flaw](graph)
    assert _already_clean(graph) is (flaw == "none")
    safe, cleaned = sanitized(graph), _cleaned_copy(graph)
    assert list(safe.nodes(data=True)) == list(cleaned.nodes(data=True))
    assert list(safe.edges(data=True)) == list(cleaned.edges(data=True))
    assert safe.graph == cleaned.graph
