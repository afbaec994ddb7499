// BENCHMARKS.md from the suite's result: tables first, then how it was measured.
import type { ExtractionResult } from './extraction.js';
import type { IngestRow } from './ingestrun.js';
import type { QueryReport, SummaryRow } from './queryrun.js';
import { fmt, fmtSpread } from './stats.js';

export interface BenchResult {
  machine: { date: string; cpus: string; memoryGb: number; node: string; load: string };
  options: {
    quick: boolean;
    sizes: number[];
    seconds: number;
    repeats: number;
    before: string | null;
    beforeMaxSize: number;
    neo4jUri: string | null;
  };
  extraction: ExtractionResult[];
  ingest: IngestRow[];
  queries: QueryReport;
  seconds: number;
}

const PEER = '@neo4j/graphql';

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
}

function queryTable(q: QueryReport): string {
  const rows: string[][] = [];
  for (const s of q.summary) {
    const peer = q.summary.find((x) => x.query === s.query && x.concurrency === s.concurrency && x.server === PEER);
    const vsPeer = (x: SummaryRow): [string, string] =>
      peer === undefined || x.server === PEER
        ? ['', '']
        : [ratio(x.reqPerSec.median, peer.reqPerSec.median), ratio(x.p99.median, peer.p99.median)];
    const [thr, p99] = vsPeer(s);
    rows.push([
      s.query,
      String(s.concurrency),
      s.server,
      fmtSpread(s.reqPerSec),
      fmtSpread(s.p50),
      fmtSpread(s.p99),
      thr,
      p99,
      fmtSpread(s.serverCpuMs),
      s.neo4jCpuMs ? fmtSpread(s.neo4jCpuMs) : '–',
      s.errors === 0 ? '0' : `${s.errors} (${(s.firstError ?? '').slice(0, 60)})`,
    ]);
  }
  return table(
    [
      'query',
      'c',
      'server',
      'req/s',
      'p50 ms',
      'p99 ms',
      `req/s vs ${PEER}`,
      `p99 vs ${PEER}`,
      'server CPU ms/req',
      'Neo4j CPU ms/req',
      'errors',
    ],
    rows,
  );
}

export function renderReport(r: BenchResult): string {
  const o = r.options;
  const parts: string[] = [];
  parts.push(`# Benchmarks${o.quick ? ' (quick run: sizes and durations too small to read anything into)' : ''}`);
  parts.push(
    `Measured ${r.machine.date} on ${r.machine.cpus}, ${r.machine.memoryGb} GB, Node ${r.machine.node}; load average at the end ${r.machine.load}. ` +
      'The machine is shared with other work (several agents building and testing in parallel): absolute figures are noisy, ' +
      'so every comparison runs its sides interleaved, one after the other, repeat after repeat. ' +
      `Figures are median (min–max) over ${o.repeats} repeat(s) of ${o.seconds} s each; an older build (\`before\`), when shown, ran once per cell. ` +
      'Regenerate with `npm run bench` (`NEO4J_URI` pointing at a Neo4j this run may wipe; `--before DIR` for a built older checkout).',
  );

  parts.push('## Queries side by side with @neo4j/graphql');
  if (r.queries.size === null) parts.push('Not run.');
  else {
    parts.push(
      `Graph: ${r.queries.size.toLocaleString('en')} synthetic articles + the dev and seed corpora. Answers: ` +
        Object.entries(r.queries.answers)
          .map(([k, v]) => `${k}: ${v}`)
          .join('; ') +
        '. ' +
        (r.queries.mismatches.length === 0
          ? "Every server gave the same answer to each query (after unwrapping the peer's relationship lists)."
          : `**Answers differ**: ${r.queries.mismatches.join('; ')}.`),
    );
    parts.push(queryTable(r.queries));
    parts.push(
      '`server CPU ms/req`: user + system CPU of the server process and its descendants (the API and extraction ' +
        'processes `serve` starts since round 13) over the run divided by the requests it answered ' +
        '(from /proc); `Neo4j CPU ms/req`: the same for the Neo4j process (when `NEO4J_PID` names it), whichever server ' +
        'asked. CPU per request does not count the waits for a core that a loaded machine adds to wall times. Every ' +
        'server runs with `NODE_ENV=production`, as `diplograph serve` sets for itself.',
    );
    parts.push(
      "**Peak RSS** (MB, whole run; the server and its descendants, the sum of each process's own peak): " +
        Object.entries(r.queries.rssMb)
          .map(([k, v]) => `${k} ${v === null ? '–' : fmt(v, 0)}`)
          .join(', ') +
        '.',
    );
    parts.push(
      '**Store round trips per request** (in process, counted around the real store): ' +
        Object.entries(r.queries.roundTrips)
          .map(
            ([store, qs]) =>
              `${store}: ${Object.entries(qs)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')}`,
          )
          .join('; ') +
        '.',
    );
  }

  parts.push('## Cost of a fixed answer as the graph grows');
  parts.push(
    "Our server alone, c=1, the same queries after each size was ingested (the answers grow a little with the rounds' participations; the evidence and statements behind them grow with the corpus).",
  );
  parts.push(
    table(
      ['articles', 'store', 'query', 'p50 ms', 'req/s', 'round trips', 'answer'],
      r.queries.probes.map((p) => [
        p.size.toLocaleString('en'),
        p.store,
        p.query,
        fmt(p.p50),
        fmt(p.reqPerSec),
        String(p.roundTrips),
        p.answer,
      ]),
    ),
  );

  parts.push('## Ingest');
  parts.push(
    '`cli`: `diplograph ingest --json` of a .jsonl of synthetic articles (scripts/synthetic.mjs, deterministic), end to end: reading, extraction, writing, in one process. ' +
      '`store writes`: the same articles extracted beforehand, written through `Store.writeArticles` in batches of 500 — the storage cost alone. ' +
      "`CPU s`: user + system CPU seconds of the CLI process (its extraction worker included), or of the writing process for store writes (Neo4j's own CPU not included).",
  );
  parts.push(
    table(
      [
        'articles',
        'code',
        'store',
        'how',
        'seconds',
        'articles/s',
        'CPU s',
        'articles per CPU-s',
        'peak RSS MB',
        'note',
      ],
      r.ingest.map((x) => [
        x.size.toLocaleString('en'),
        x.code,
        x.store,
        x.how,
        fmt(x.seconds),
        fmt(x.articlesPerSecond),
        x.cpuSeconds == null ? '–' : fmt(x.cpuSeconds),
        x.cpuSeconds == null ? '–' : fmt(x.articles / x.cpuSeconds),
        x.peakRssMb === null ? '–' : fmt(x.peakRssMb, 0),
        x.note,
      ]),
    ),
  );

  parts.push('## Extraction');
  parts.push(
    "MB of UTF-8 text per CPU-second (the pipeline is synchronous: one core), on the dev corpus (seed + dev/ar, dev/en, dev/xx) per language, each language's articles repeated to `--extraction-bytes` (default 0.3 MB); `mix`: every dev article once.",
  );
  parts.push(
    table(
      ['language', 'articles', 'MB', 'MB per CPU-second'],
      r.extraction.map((e) => [e.language, String(e.articles), e.mb.toFixed(2), fmtSpread(e.mbPerCpuSecond, 2)]),
    ),
  );
  parts.push(`Suite run time: ${Math.round(r.seconds)} s.`);
  return `${parts.join('\n\n')}\n`;
}
