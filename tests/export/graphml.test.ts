// GraphML export: parses as XML with a node per record and an edge per relationship, keeps text intact, and loads
// in networkx (when Python has it) with the same counts and parallel participation roles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { graphmlLines } from '../../src/export/graphml.js';
import { DUMP, EDGES, NODES, TRICKY } from './fixture.js';

describe('graphml', () => {
  const xml = [...graphmlLines(DUMP)].join('');
  const { document } = parseHTML('<html></html>');
  const doc = new (document.defaultView as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString(
    xml,
    'text/xml',
  );
  const keys = new Map(
    Array.from(doc.querySelectorAll('key')).map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]),
  );
  const dataOf = (el: Element | undefined): Record<string, string> =>
    Object.fromEntries(
      Array.from(el?.querySelectorAll('data') ?? []).map((d) => [
        keys.get(d.getAttribute('key')) ?? '?',
        d.textContent,
      ]),
    );
  const typesOf = new Set(Array.from(doc.querySelectorAll('key')).map((k) => k.getAttribute('attr.type')));

  it('has one node per record and one edge per relationship, all ends defined', () => {
    const nodes = Array.from(doc.querySelectorAll('node'));
    const edges = Array.from(doc.querySelectorAll('edge'));
    expect(nodes).toHaveLength(NODES);
    expect(edges).toHaveLength(EDGES);
    const ids = new Set(nodes.map((n) => n.getAttribute('id')));
    for (const e of edges) {
      expect(ids.has(e.getAttribute('source'))).toBe(true);
      expect(ids.has(e.getAttribute('target'))).toBe(true);
    }
    const edgeIds = edges.map((e) => e.getAttribute('id'));
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
  });

  it('declares only string and int attributes, and keeps labels, types and tricky text intact', () => {
    expect(typesOf).toEqual(new Set(['string', 'int']));
    const statement = Array.from(doc.querySelectorAll('node')).find((n) => n.getAttribute('id') === 'Statement:s1');
    expect(dataOf(statement)).toMatchObject({ label: 'Statement', id: 's1', text: TRICKY.replace('\u0001', '') });
    const meeting = Array.from(doc.querySelectorAll('node')).find((n) => n.getAttribute('id') === 'Meeting:astana-20');
    expect(dataOf(meeting)).toMatchObject({ label: 'Meeting', round: '20', status: 'HELD' });
    const roles = Array.from(doc.querySelectorAll('edge'))
      .map(dataOf)
      .filter((d) => d.label === 'PARTICIPATED_IN')
      .map((d) => d.role);
    expect(roles.sort()).toEqual(['GUARANTOR', 'HOST', 'MEDIATOR', 'PARTICIPANT']);
  });

  const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  const hasNetworkx = python.status === 0;
  if (!hasNetworkx) console.warn('export.test: networkx check skipped: python3 with networkx is not available');
  it.skipIf(!hasNetworkx)('loads in networkx.read_graphml with the same counts, parallel roles kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dg-graphml-'));
    try {
      const file = path.join(dir, 'g.graphml');
      writeFileSync(file, xml);
      const script = [
        'import json, sys, networkx as nx',
        'g = nx.read_graphml(sys.argv[1])',
        'rounds = [d.get("round") for _, d in g.nodes(data=True) if d.get("label") == "Meeting"]',
        'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multi": g.is_multigraph(), "rounds": sorted(rounds)}))',
      ].join('\n');
      const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({ nodes: NODES, edges: EDGES, multi: true, rounds: [20, 21] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
