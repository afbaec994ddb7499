"""Loads a GraphML file with networkx and prints its counts as JSON: nodes, edges, and both per `label`.

Usage: graphml_counts.py FILE.graphml
"""
import collections
import json
import sys

import networkx as nx


def main(path):
    g = nx.read_graphml(path)
    nodes = collections.Counter(d.get('label') for _, d in g.nodes(data=True))
    edges = collections.Counter(d.get('label') for *_, d in g.edges(data=True))
    print(json.dumps({
        'nodes': g.number_of_nodes(),
        'edges': g.number_of_edges(),
        'multigraph': g.is_multigraph(),
        'nodeLabels': dict(nodes),
        'edgeLabels': dict(edges),
    }))


if __name__ == '__main__':
    main(sys.argv[1])
