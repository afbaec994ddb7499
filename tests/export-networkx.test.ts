// `diplograph export --format graphml` works elsewhere: the dev corpus ingested by the real CLI, exported, and loaded by
// networkx (the project's .venv) with exactly the store's nodes and relationships, label by label.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import { LABELS, RELATIONSHIPS } from '../src/export/model.js';
import { openStore } from '../src/store/open.js';
import type { GraphCounts, GraphDump } from '../src/store/port.js';
import { buildBinary, runCli } from './cli/binary.js';
import { CORPUS, ROOT, venvPython, VENV_HINT } from './page/fixture.js';

const python = venvPython();
if (python === null && testConfig().requirePython)
  throw new Error(`DIPLOGRAPH_REQUIRE_PYTHON=1 but .venv is missing: ${VENV_HINT}`);
if (python === null) console.warn(`export-networkx.test: skipped: no .venv (${VENV_HINT})`);

interface Loaded {
  nodes: number;
  edges: number;
  multigraph: boolean;
  nodeLabels: Record<string, number>;
  edgeLabels: Record<string, number>;
}

/** What the export must hold, derived from the store's own records (one node per record, one edge per reference). */
function expected(
  counts: GraphCounts,
  dump: GraphDump,
): { nodeLabels: Record<string, number>; edgeLabels: Record<string, number> } {
  const actors = new Set(dump.actors.map((a) => a.id));
  const places = new Set(dump.places.map((p) => p.id));
  const series = new Set(dump.series.map((s) => s.id));
  // Names come from the export's own tables; the counts come from the store.
  const R = RELATIONSHIPS;
  const L = LABELS;
  const edgeLabels: Record<string, number> = {
    [R.participation]: counts.participations,
    [R.speaker]: counts.statements,
    [R.article]: counts.statements,
    [R.meeting]: dump.statements.filter((s) => s.meetingId !== null).length,
    [R.series]: dump.meetings.filter((m) => m.seriesId !== null && series.has(m.seriesId)).length,
    [R.location]: dump.meetings.filter((m) => m.placeId !== null && places.has(m.placeId)).length,
    [R.affiliation]: dump.actors.filter((a) => a.affiliationId !== null && actors.has(a.affiliationId)).length,
    [R.country]: dump.places.filter((p) => p.countryId !== null && actors.has(p.countryId)).length,
  };
  const nodeLabels: Record<string, number> = {
    [L.article]: counts.articles,
    [L.actor]: counts.actors,
    [L.series]: counts.series,
    [L.place]: counts.places,
    [L.meeting]: counts.meetings,
    [L.statement]: counts.statements,
  };
  const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
  return { nodeLabels: nonZero(nodeLabels), edgeLabels: nonZero(edgeLabels) };
}

describe.skipIf(python === null)('graphml export in networkx', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-networkx-'));
  const data = path.join(dir, 'data');
  let counts: GraphCounts;
  let dump: GraphDump;
  let loaded: Loaded;

  beforeAll(async () => {
    buildBinary();
    if (!existsSync(CORPUS))
      console.warn(`export-networkx.test: ${CORPUS} is absent (no ../shared): exporting the seed article only`);
    const inputs = existsSync(CORPUS)
      ? readdirSync(CORPUS)
          .map((lang) => path.join(CORPUS, lang, 'articles.jsonl'))
          .filter((f) => existsSync(f))
      : [path.join(ROOT, 'seed', 'articles')];
    const ingest = await runCli(['ingest', '--json', '--data', data, ...inputs]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const exported = await runCli(['export', '--format', 'graphml', '--data', data]);
    expect(exported.code, exported.stderr).toBe(0);
    const file = path.join(dir, 'graph.graphml');
    writeFileSync(file, exported.stdout);
    const { stdout } = await promisify(execFile)(python ?? 'python3', [
      path.join(ROOT, 'tests', 'python', 'graphml_counts.py'),
      file,
    ]);
    loaded = JSON.parse(stdout) as Loaded;
    const store = await openStore({ kind: 'embedded', dataDir: data, neo4j: undefined });
    try {
      counts = await store.counts();
      dump = await store.dump();
    } finally {
      await store.close();
    }
  }, 300_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the dev corpus (not an empty graph)', () => {
    expect(counts.articles).toBeGreaterThan(0);
    expect(counts.participations).toBeGreaterThan(0);
    expect(counts.statements).toBeGreaterThan(0);
  });

  it('has one node per stored record, label by label', () => {
    const want = expected(counts, dump);
    expect(loaded.nodeLabels).toEqual(want.nodeLabels);
    expect(loaded.nodes).toBe(
      counts.articles + counts.actors + counts.series + counts.places + counts.meetings + counts.statements,
    );
  });

  it('has one edge per participation and per reference, parallel roles kept', () => {
    const want = expected(counts, dump);
    expect(loaded.edgeLabels).toEqual(want.edgeLabels);
    expect(loaded.edges).toBe(Object.values(want.edgeLabels).reduce((a, b) => a + b, 0));
    // networkx builds a multigraph exactly when parallel edges exist: an actor in two roles at one meeting.
    const pairs = dump.participations.map((p) => `${p.actorId}|${p.meetingId}`);
    expect(loaded.multigraph).toBe(new Set(pairs).size < pairs.length);
  });
});
