// Reads a GraphML and a GEXF file the way Gephi Lite does (graphology-graphml, graphology-gexf)
// and prints what it got as JSON: {"graphml": {...}, "gexf": {...}}.
// Usage: node read.js graph.graphml graph.gexf
const fs = require("fs");
const Graph = require("graphology");
const graphml = require("graphology-graphml");
const gexf = require("graphology-gexf");

function describe(graph) {
  const nodes = {};
  graph.forEachNode((node, attributes) => { nodes[node] = attributes; });
  const edges = {};
  graph.forEachEdge((edge, attributes, source, target) => { edges[edge] = { attributes, source, target }; });
  return { type: graph.type, multi: graph.multi, nodes, edges };
}

const [graphmlPath, gexfPath] = process.argv.slice(2);
console.log(JSON.stringify({
  graphml: describe(graphml.parse(Graph, fs.readFileSync(graphmlPath, "utf-8"))),
  gexf: describe(gexf.parse(Graph, fs.readFileSync(gexfPath, "utf-8"))),
}));
