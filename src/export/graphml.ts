// GraphML export: one <node> per record with its label and properties, one <edge> per relationship with its type.
// Pure. Attribute types are only string and int, and lists are JSON text, so networkx.read_graphml loads it as is.
import type { GraphDump } from '../store/port.js';
import { toGraph, type ExportGraph, type Properties } from './model.js';

type Domain = 'node' | 'edge';

export function* graphmlLines(dump: GraphDump): Generator<string> {
  const graph = toGraph(dump);
  const keys = declareKeys(graph);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  for (const [domain, byName] of Object.entries(keys) as [Domain, Map<string, KeyDef>][]) {
    for (const [name, k] of byName) {
      yield `  <key id="${k.id}" for="${domain}" attr.name="${attr(name)}" attr.type="${k.type}"/>\n`;
    }
  }
  yield '  <graph id="diplograph" edgedefault="directed">\n';
  for (const n of graph.nodes) {
    yield `    <node id="${attr(nodeId(n.label, n.id))}">${data(keys.node, { label: n.label, ...n.properties })}</node>\n`;
  }
  let i = 0;
  for (const e of graph.edges) {
    const source = attr(nodeId(e.from.label, e.from.id));
    const target = attr(nodeId(e.to.label, e.to.id));
    // An edge's own id becomes the element id: networkx would overwrite an "id" data value with it anyway.
    const id = e.properties.id;
    i += 1;
    const edgeId = typeof id === 'string' ? id : `e${i}`;
    yield `    <edge id="${attr(edgeId)}" source="${source}" target="${target}">${data(keys.edge, { label: e.type, ...withoutId(e.properties) })}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function withoutId(properties: Properties): Properties {
  const out = { ...properties };
  delete out.id;
  return out;
}

/** Node ids carry their label: an actor and a place may share an id ("astana"), GraphML ids may not. */
export function nodeId(label: string, id: string): string {
  return `${label}:${id}`;
}

interface KeyDef {
  id: string;
  type: 'string' | 'int';
}

/** Every property name seen, per domain, typed int only when every value under that name is an integer. */
function declareKeys(graph: ExportGraph): Record<Domain, Map<string, KeyDef>> {
  const keys: Record<Domain, Map<string, KeyDef>> = { node: new Map(), edge: new Map() };
  const see = (domain: Domain, properties: Properties): void => {
    for (const [name, v] of Object.entries(properties)) {
      const type = typeof v === 'number' && Number.isInteger(v) ? 'int' : 'string';
      const known = keys[domain].get(name);
      if (!known) keys[domain].set(name, { id: `${domain[0]}${keys[domain].size}`, type });
      else if (known.type !== type) known.type = 'string';
    }
  };
  for (const n of graph.nodes) see('node', { label: n.label, ...n.properties });
  for (const e of graph.edges) {
    see('edge', { label: e.type, ...withoutId(e.properties) });
  }
  return keys;
}

function data(keys: Map<string, KeyDef>, properties: Properties): string {
  let out = '';
  for (const [name, v] of Object.entries(properties)) {
    const k = keys.get(name);
    if (!k) continue;
    const text = Array.isArray(v) ? JSON.stringify(v) : String(v);
    out += `<data key="${k.id}">${escapeXml(text)}</data>`;
  }
  return out;
}

// XML 1.0 forbids most control characters even when escaped; they carry no meaning in news text, so they go.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

function attr(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
