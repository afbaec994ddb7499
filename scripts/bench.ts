// `npm run bench`: the benchmark suite of issue 11. Writes BENCHMARKS.md and benchmarks.json (or, with --quick, a
// small run into a temp folder that CI can afford: no timed assertions, it only proves the suite still runs).
// Sections: extraction MB per CPU-second per language; ingest articles/s (CLI end to end, and store writes alone)
// into the embedded store and Neo4j at each size; the three queries of the issue at c=1 and c=32 side by side with
// @neo4j/graphql over the same Neo4j and data (interleaved runs, answers compared), store round trips per request,
// peak RSS. `--before DIR` adds a built older checkout (e.g. the commit the work started from) to every comparison.
// Options: --quick --sizes 1000,10000 --seconds 10 --repeats 3 --before DIR --before-max-size 1000 --cli-max-size N
// --extraction-bytes B --extraction-repeats R --out FILE --only ingest (the ingest section alone: no extraction, no
// queries; CLI runs repeated --repeats times, older and newer code interleaved) --help
// Neo4j: NEO4J_URI (a database this run may wipe: empty or marked for tests); without it, Neo4j parts are skipped.
// NEO4J_PID (the Neo4j server's process id, optional): its CPU per request is reported beside each server's.
import 'reflect-metadata';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchExtraction, type ExtractionResult } from './bench/extraction.js';
import { benchIngest, type Graph, type IngestRow } from './bench/ingestrun.js';
import { benchQueries, probeSize, type QueryReport } from './bench/queryrun.js';
import { renderReport } from './bench/report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
if (args.help === true) {
  // The usage is this file's header (the bundle in dist/ keeps no comments).
  const header = readFileSync(path.join(ROOT, 'scripts', 'bench.ts'), 'utf8').split('\n');
  process.stdout.write(`${header.filter((l) => l.startsWith('// ')).join('\n')}\n`);
  process.exit(0);
}
const quick = args.quick === true;
const ingestOnly = args.only === 'ingest';
const options = {
  root: ROOT,
  quick,
  sizes: String(args.sizes ?? (quick ? '200' : '1000,10000'))
    .split(',')
    .map(Number),
  seconds: Number(args.seconds ?? (quick ? 1 : 10)),
  repeats: Number(args.repeats ?? (quick ? 1 : 3)),
  before: typeof args.before === 'string' ? path.resolve(args.before) : null,
  beforeMaxSize: Number(args['before-max-size'] ?? 1000),
  cliMaxSize: Number(args['cli-max-size'] ?? Number.POSITIVE_INFINITY),
  neo4jUri: process.env.NEO4J_URI ?? null,
  cliRepeats: ingestOnly ? Number(args.repeats ?? 1) : 1,
  ingestOnly,
  log: (s: string) => process.stderr.write(`bench: ${s}\n`),
};
const out =
  typeof args.out === 'string'
    ? path.resolve(args.out)
    : quick
      ? path.join(mkdtempSync(path.join(os.tmpdir(), 'dg-bench-out-')), 'BENCHMARKS.md')
      : path.join(ROOT, 'BENCHMARKS.md');

const started = Date.now();
options.log(`extraction (${quick ? 'quick' : 'full'})`);
const extraction: ExtractionResult[] = ingestOnly
  ? []
  : benchExtraction(
      new URL(`file://${ROOT}/`),
      Number(args['extraction-bytes'] ?? (quick ? 50_000 : 300_000)),
      Number(args['extraction-repeats'] ?? options.repeats),
    );
const ingest: { rows: IngestRow[]; last: Graph | null } = await benchIngest(options, (g) =>
  ingestOnly ? Promise.resolve() : probeSize(options, g),
);
const queries: QueryReport = await benchQueries(options, ingestOnly ? null : ingest.last);
const machine = {
  date: new Date().toISOString(),
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
  memoryGb: Math.round(os.totalmem() / 1e9),
  node: process.version,
  load: os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' '),
};
const result = {
  machine,
  options: { ...options, log: undefined },
  extraction,
  ingest: ingest.rows,
  queries,
  seconds: (Date.now() - started) / 1000,
};
writeFileSync(
  out.replace(/\.md$/, '.json').replace(/BENCHMARKS\.json$/, 'benchmarks.json'),
  `${JSON.stringify(result, null, 2)}\n`,
);
writeFileSync(out, renderReport(result));
options.log(`wrote ${out} in ${Math.round(result.seconds)} s`);
if (queries.mismatches.length > 0) options.log(`answers differ: ${queries.mismatches.join('; ')}`);

function parseArgs(argv: string[]): Record<string, string | true> {
  const o: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const key = (argv[i] ?? '').replace(/^--/, '');
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) o[key] = true;
    else {
      o[key] = next;
      i++;
    }
  }
  return o;
}
