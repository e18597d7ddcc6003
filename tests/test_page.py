"""The graph page (issue 4): self-contained, explained, fast, and safe, checked in Debian's Chromium.

The corpus page is built once per module into a temporary folder; each browser test opens it
in a fresh offline context (see tests/conftest.py) and inspects the global `network`.
"""

from __future__ import annotations

import json
import math
import time
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from support import CORPUS

from kg.export import html, write_outputs
from kg.layout import compute_layout
from kg.pipeline import build
from kg.style import NODE_STYLES

DRAWN = "body[data-drawn-at]"  # set by the page when vis-network has drawn its first frame
HOSTILE = [
    "<script>window.pwned=1;alert(1)</script>",
    "</script><script>window.pwned=2</script>",
    "<img src=x onerror=\"window.pwned=3;alert(3)\">",
    '"}]);window.pwned=4;//',
    "<!-- <b>粗体</b>",
]


def built_page(graph: nx.DiGraph, out: Path, **options) -> Path:
    write_outputs(graph, out, **options)
    return out / "graph.html"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[nx.DiGraph, Path]:
    """The corpus graph as written to graph.json (what the page was made from) and its page."""
    out = tmp_path_factory.mktemp("page")
    page = built_page(build([CORPUS]).graph, out)
    graph = nx.node_link_graph(json.loads((out / "graph.json").read_text(encoding="utf-8")), edges="edges")
    return graph, page


def opened(open_page, path: Path):
    visit = open_page(path)
    visit.page.wait_for_selector(DRAWN, state="attached")
    return visit


def nodes_of_type(graph: nx.DiGraph, node_type: str) -> list[str]:
    return [n for n, d in graph.nodes(data=True) if d["type"] == node_type]


def panel_title(page) -> str:
    return page.locator("#panel h2").inner_text()


def wait_focused(page, node: str) -> None:
    """Until `node` is the only selected node and the view has moved onto it."""
    page.wait_for_function(
        """id => { const sel = network.getSelectedNodes(); if (sel.length !== 1 || sel[0] !== id) return false;
                   const p = network.getPositions([id])[id], v = network.getViewPosition();
                   return Math.hypot(p.x - v.x, p.y - v.y) < 1; }""",
        arg=node,
        timeout=5000,
    )


# --- browser tests over the corpus page ---


@pytest.mark.browser
def test_page_loads_offline_without_requests_or_errors(corpus, open_page):
    visit = opened(open_page, corpus[1])
    visit.page.wait_for_timeout(300)  # anything late (fonts, images, timers) would show up here
    assert visit.foreign_requests == []
    assert visit.failed == []
    assert visit.console_errors == []
    assert visit.dialogs == []


@pytest.mark.browser
def test_page_draws_every_node_and_edge_where_the_layout_put_it(corpus, open_page):
    graph, path = corpus
    page = opened(open_page, path).page
    # vis-network draws at whole pixels (node.x is rounded); node.options holds the x/y given.
    drawn = page.evaluate(
        """() => ({nodes: network.body.data.nodes.getIds(), edges: network.body.data.edges.length,
                   positions: Object.fromEntries(network.body.nodeIndices.map(id => [id, network.body.nodes[id]])
                       .map(([id, n]) => [id, {x: n.options.x, y: n.options.y, drawnX: n.x, drawnY: n.y}])),
                   physics: network.physics.options.enabled})"""
    )
    assert sorted(drawn["nodes"]) == sorted(graph.nodes)
    assert drawn["edges"] == graph.number_of_edges()
    assert drawn["physics"] is False
    titles = page.evaluate("() => Object.fromEntries(network.body.data.edges.get().map(e => [e.id, e.title]))")
    for *_, data in graph.edges(data=True):
        assert titles[data["id"]].startswith(data["label"]), "each edge's tooltip names its relation"
    for node, data in graph.nodes(data=True):
        at = drawn["positions"][node]
        assert (at["x"], at["y"]) == (data["x"], data["y"])
        assert abs(at["drawnX"] - data["x"]) < 1 and abs(at["drawnY"] - data["y"]) < 1
    articles = len({d for _, data in graph.nodes(data=True) for d in data["documents"].split("|")})
    summary = page.locator("#summary").inner_text()
    assert summary == f"{articles} 篇文章 · {graph.number_of_nodes()} 个节点 · {graph.number_of_edges()} 条边"
    assert page.locator("#capped").is_hidden()


@pytest.mark.browser
def test_legend_shows_each_type_with_its_colour_and_count(corpus, open_page):
    graph, path = corpus
    page = opened(open_page, path).page
    rows = page.evaluate(
        """() => [...document.querySelectorAll('#legend label')].map(l => ({
             type: l.querySelector('input').dataset.type, count: l.querySelector('.count').textContent,
             colour: getComputedStyle(l.querySelector('.glyph')).color}))"""
    )
    types = {d["type"] for _, d in graph.nodes(data=True)}
    assert {row["type"] for row in rows} == types
    for row in rows:
        assert int(row["count"]) == len(nodes_of_type(graph, row["type"]))
        r, g, b = NODE_STYLES[row["type"]].rgb
        assert row["colour"] == f"rgb({r}, {g}, {b})"


@pytest.mark.browser
def test_search_by_chinese_substring_focuses_the_node(corpus, open_page):
    graph, path = corpus
    page = opened(open_page, path).page
    duty = sorted(nodes_of_type(graph, "duty"), key=lambda n: -graph.nodes[n]["centrality"])[0]
    label = graph.nodes[duty]["label"]
    page.fill("#search", label[1:])  # a substring, not the whole label
    page.press("#search", "Enter")
    wait_focused(page, duty)
    assert panel_title(page) == label


@pytest.mark.browser
def test_search_finds_roles_by_alias_ignoring_latin_case(corpus, open_page):
    graph, path = corpus
    page = opened(open_page, path).page
    roles = [(n, a) for n in nodes_of_type(graph, "role") for a in graph.nodes[n].get("aliases", "").split("|") if a]
    assert roles, "the corpus has role aliases"
    # Prefer an alias with Latin letters (项目经理 has PM), to check the case-insensitive match.
    role, alias = sorted(roles, key=lambda pair: (not any(c.isascii() and c.isalpha() for c in pair[1]), pair))[0]
    assert alias not in graph.nodes[role]["label"]
    page.fill("#search", alias.swapcase())
    assert page.locator("#results li").first.get_attribute("data-node") == role
    page.locator("#results li").first.dispatch_event("mousedown")
    wait_focused(page, role)
    assert alias in page.locator("#panel ul").first.inner_text()


@pytest.mark.browser
def test_type_checkbox_hides_and_shows_that_type(corpus, open_page):
    graph, path = corpus
    page = opened(open_page, path).page
    hidden = "() => network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)"
    page.uncheck("#legend input[data-type='concept']")
    assert sorted(page.evaluate(hidden)) == sorted(nodes_of_type(graph, "concept"))
    # What vis-network draws, not only the data: a hidden node's own options say so.
    concept = nodes_of_type(graph, "concept")[0]
    assert page.evaluate("id => network.body.nodes[id].options.hidden", concept) is True
    page.check("#legend input[data-type='concept']")
    assert page.evaluate(hidden) == []


@pytest.mark.browser
def test_article_filter_keeps_only_that_articles_nodes(corpus, open_page):
    graph, path = corpus
    page = opened(open_page, path).page
    article = sorted({d for _, data in graph.nodes(data=True) for d in data["documents"].split("|")})[0]
    title = next(d["label"] for _, d in graph.nodes(data=True) if d["type"] == "document" and d["documents"] == article)
    assert page.locator(f"#article option[value='{article}']").inner_text() == f"{title}（{article}）"
    page.select_option("#article", article)
    shown = page.evaluate("() => network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert sorted(shown) == sorted(n for n, d in graph.nodes(data=True) if article in d["documents"].split("|"))
    assert 0 < len(shown) < graph.number_of_nodes()


@pytest.mark.browser
def test_clicking_a_duty_shows_its_evidence_and_neighbours_then_moves_to_one(corpus, open_page):
    graph, path = corpus
    page = opened(open_page, path).page
    duty = nodes_of_type(graph, "duty")[0]
    data = graph.nodes[duty]
    # Centre the duty in the view, then click the middle of the canvas, as a user would.
    page.evaluate("id => network.moveTo({position: network.getPositions([id])[id], scale: 1.5})", duty)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("id => document.getElementById('panel').dataset.node === id", arg=duty)
    assert panel_title(page) == data["label"]
    assert page.locator("#panel blockquote.evidence").all_inner_texts() == data["evidence"].split("\n")
    assert "职责" in page.locator("#panel .type").inner_text()
    for document in data["documents"].split("|"):
        assert document in page.locator("#panel").inner_text()
    buttons = page.locator("#panel button.neighbour")
    expected = set(graph.successors(duty)) | set(graph.predecessors(duty))
    assert {buttons.nth(i).get_attribute("data-node") for i in range(buttons.count())} == expected
    groups = page.locator("#panel .relation").all_inner_texts()
    relations = {graph.edges[e]["label"] for e in graph.in_edges(duty)} | {graph.edges[e]["label"] for e in graph.out_edges(duty)}
    assert {g.strip("←→ （）0123456789") for g in groups} == relations
    target = buttons.first.get_attribute("data-node")
    buttons.first.click()
    wait_focused(page, target)
    assert panel_title(page) == graph.nodes[target]["label"]


@pytest.mark.browser
def test_empty_graph_gives_a_working_page(open_page, tmp_path):
    visit = opened(open_page, built_page(nx.DiGraph(), tmp_path))
    assert visit.page.locator("#summary").inner_text() == "0 篇文章 · 0 个节点 · 0 条边"
    visit.page.click("#fit")
    assert visit.console_errors == [] and visit.foreign_requests == []


# --- the cap for big graphs ---


@pytest.mark.browser
def test_capped_page_says_so_and_keeps_the_most_central_nodes(corpus, open_page, tmp_path):
    graph, _ = corpus
    path = built_page(graph, tmp_path, max_page_nodes=40)
    page = opened(open_page, path).page
    drawn = set(page.evaluate("() => network.body.data.nodes.getIds()"))
    top = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["centrality"], n))[:40]
    assert drawn == set(top)
    notice = page.locator("#capped")
    assert notice.is_visible() and "40" in notice.inner_text()
    assert str(graph.number_of_nodes()) in page.locator("#summary").inner_text()
    kept = nx.read_graphml(tmp_path / "graph.graphml")
    assert kept.number_of_nodes() == graph.number_of_nodes()


# --- nothing from an article can run in the page ---


def hostile_graph() -> nx.DiGraph:
    """Every text field the page shows (ids too) carrying markup and script-breaking strings."""
    graph = nx.DiGraph()
    for number, text in enumerate(HOSTILE):
        graph.add_node(f"role:{text}", label=text, type="role", aliases=f"{text}|别名{number}", evidence=f"{text}\n第二句",
                       documents=f"{text}.txt", count=1, centrality=0.1, size=10.0, r=1, g=2, b=3)
        graph.add_node(f"duty:{number}", label=f"职责{text}", type=text, evidence=text, documents=f"{text}.txt",
                       count=1, centrality=0.1, size=10.0, index=number + 1)
        graph.add_edge(f"role:{text}", f"duty:{number}", id=text, relation=text, label=text, weight=1, evidence=text)
    for node, (x, y) in compute_layout(graph).items():
        graph.nodes[node].update(x=x, y=y)
    return graph


def assert_nothing_ran(visit) -> None:
    page = visit.page
    assert visit.dialogs == []
    assert visit.console_errors == []
    assert visit.foreign_requests == []
    assert page.evaluate("() => window.pwned === undefined")
    assert page.evaluate("() => document.querySelectorAll('img, b, script').length") == 2  # vis and ours


@pytest.mark.browser
def test_markup_in_any_field_is_shown_as_text(open_page, tmp_path):
    graph = hostile_graph()
    visit = opened(open_page, built_page(graph, tmp_path))
    page = visit.page
    assert page.evaluate("() => network.body.data.nodes.length") == graph.number_of_nodes()
    for number, text in enumerate(HOSTILE):
        page.fill("#search", f"别名{number}")
        page.press("#search", "Enter")
        wait_focused(page, f"role:{text}")
        assert panel_title(page) == text
        panel = page.locator("#panel").inner_text()
        assert panel.count(text) >= 4  # label, alias, article, evidence, neighbour's relation
        hover_centre(page)  # the node is in the middle of the view: its tooltip shows the label as text
        tip = page.locator("div.vis-tooltip")
        tip.wait_for(state="visible")
        assert tip.inner_text().split("\n")[0] == text
        assert tip.evaluate("t => t.querySelectorAll('*:not(br)').length") == 0
        page.locator("#panel button.neighbour").first.click()
        wait_focused(page, f"duty:{number}")
        assert panel_title(page) == f"职责{text}"
    # Types are data too: hide one, then ask for a node of it, which ticks its box again.
    page.uncheck(f"#legend input[data-type='{HOSTILE[0]}']")
    page.evaluate("id => focusNode(id)", "duty:0")
    assert page.is_checked(f"#legend input[data-type='{HOSTILE[0]}']")
    assert_nothing_ran(visit)


def hover_centre(page) -> None:
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 5)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=3)


@pytest.mark.browser
def test_article_with_script_tags_cannot_run_code(open_page, tmp_path):
    article = tmp_path / "articles" / "注入<img src=x onerror=alert(0)>.txt"
    article.parent.mkdir()
    article.write_text(
        "攻击测试经理<script>window.pwned=1;alert(1)</script>的主要职责\n\n"
        "攻击测试经理（<img src=x onerror=alert(2)>），又称\"}]);alert(3);//负责人，负责安全测试。"
        "概括起来，攻击测试经理的主要职责有以下三个方面。\n\n"
        "第一，检查<script>alert(4)</script>输入。攻击测试经理要检查输入数据，发现脚本注入的风险。"
        "比如某公司</script><script>alert(5)</script>拥有“<img src=x onerror=alert(6)>”的定位。\n\n"
        "第二，管理\"}]);alert(7);//风险。攻击测试经理要评估风险，记录风险等级。\n\n"
        "第三，维护<b>测试</b>报告。攻击测试经理要整理测试报告，定期汇报测试结果。\n",
        encoding="utf-8",
    )
    graph = build([article.parent]).graph
    labels = [d["label"] for _, d in graph.nodes(data=True)]
    assert any("<script>" in label for label in labels), "the payload reached the graph"
    visit = opened(open_page, built_page(graph, tmp_path / "out"))
    page = visit.page
    for node in sorted(n for n, d in graph.nodes(data=True) if "<" in d["label"]):
        page.evaluate("id => focusNode(id)", node)
        assert panel_title(page) == graph.nodes[node]["label"]
    assert_nothing_ran(visit)


# --- without a browser ---


def test_page_is_one_deterministic_utf8_file_with_nothing_beside_it(corpus, tmp_path, monkeypatch):
    graph, path = corpus
    monkeypatch.chdir(tmp_path)  # pyvis's local mode would copy a lib/ folder here
    again = built_page(graph, tmp_path / "out")
    assert again.read_bytes() == path.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert {p.name for p in again.parent.iterdir()} == {"graph.html", "graph.graphml", "graph.gexf", "graph.json"}
    tags = StartTags()
    tags.feed(path.read_bytes().decode("utf-8"))
    assert tags.names.count("script") == 2
    assert not [(name, attrs) for name, attrs in tags.found if name in ("link", "img", "iframe") or
                any(key in ("src", "href") for key, _ in attrs)], "nothing is loaded from elsewhere"


class StartTags(HTMLParser):
    """The start tags of a document, as a browser's tokenizer sees them (script bodies are not markup)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list]] = []

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.found]

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.found.append((tag, attrs))


def test_script_json_escapes_everything_that_could_end_a_script():
    text = html.script_json({"a": "</script><!--\u2028\u2029&"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script><!--\u2028\u2029&"}


def test_cap_keeps_the_most_central_nodes_and_reports_the_totals(corpus):
    graph, _ = corpus
    data = html.page_data(graph, max_nodes=10)
    top = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["centrality"], n))[:10]
    assert [n["id"] for n in data["nodes"]] == [n for n in graph.nodes if n in top]
    assert all(e["from"] in top and e["to"] in top for e in data["edges"])
    assert data["capped"] is True
    assert data["total"]["nodes"] == graph.number_of_nodes()
    assert html.page_data(graph, max_nodes=None)["capped"] is False


def test_layout_is_seeded_and_puts_duties_around_their_role(corpus):
    graph, _ = corpus
    positions = compute_layout(graph)
    assert positions == compute_layout(graph.copy())
    assert all(math.isfinite(v) and round(v, 1) == v for xy in positions.values() for v in xy)
    assert all(positions[n] == (d["x"], d["y"]) for n, d in graph.nodes(data=True))

    def distance(a: str, b: str) -> float:
        return math.dist(positions[a], positions[b])

    for role in nodes_of_type(graph, "role"):
        duties = [d for r in nodes_of_type(graph, "role") for d in graph.successors(r) if graph.nodes[d]["type"] == "duty"]
        own = [distance(role, d) for d in graph.successors(role) if d in duties]
        others = [distance(role, d) for d in duties if not graph.has_edge(role, d)]
        assert sum(own) / len(own) < 0.5 * sum(others) / len(others), f"{role}'s duties are around it"


def test_layout_of_a_large_graph_is_fast_and_spread_out():
    graph = nx.gnm_random_graph(20_000, 40_000, seed=1, directed=True)
    for node, data in graph.nodes(data=True):
        data["type"] = "role" if node % 50 == 0 else "concept"
    started = time.perf_counter()
    positions = compute_layout(graph)
    seconds = time.perf_counter() - started
    assert seconds < 8, f"{seconds:.1f} s for 20,000 nodes (about 1 s on an idle 2-core machine)"
    cells = {(round(x / 50), round(y / 50)) for x, y in positions.values()}
    assert len(cells) > 0.4 * graph.number_of_nodes(), "nodes are spread out, not piled up"
