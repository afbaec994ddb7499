// `diplograph eval`: ingests each annotated corpus folder into a fresh temporary embedded store, reads the graph
// back through the store port and scores it against the folder's gold exactly as ../shared/corpus/score.py does;
// then all folders together ("overall", one store, as score.py with several --corpus). Prints a table or JSON.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storeConfig } from './config.js';
import { AppError } from './errors.js';
import type { ActorRecord } from './domain.js';
import { ingestArticle } from './ingest.js';
import type { Knowledge } from './pipeline/knowledge.js';
import type { ClassCounts } from './diagnosis.js';
import { formatCounts } from './diagnosis.js';
import type { ActorView, GoldRecord, MeetingView, Report, StatementView } from './scoring.js';
import { score } from './scoring.js';
import { loadSeedKnowledge } from './seed.js';
import { openStore } from './store/open.js';

export interface EvalOptions {
  corpora: string[];
  /** The series scored (gold "series" and the meetings read back); the first series of the knowledge when absent. */
  series?: string | undefined;
  json?: boolean;
}

interface CorpusArticle {
  id: string;
  url?: string | null;
  title?: string | null;
  [key: string]: unknown;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

function view(a: ActorRecord): ActorView {
  return { id: a.id, kind: a.kind, name: a.name, aliases: a.aliases, iso3: a.iso3, names: a.names };
}

/** Ingests articles into a fresh temporary store and reads back what score.py asks the GraphQL contract for. */
async function ingestAndRead(
  knowledge: Knowledge,
  articles: CorpusArticle[],
  series: string,
): Promise<{ meetings: MeetingView[]; statements: StatementView[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dg-eval-'));
  const store = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
  try {
    for (const a of articles) {
      // score.py drops empty fields before ingesting; do the same so ids and identities agree.
      const input = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null && v !== ''));
      await ingestArticle(store, knowledge, input);
    }
    const meetings = await store.listMeetings({ series });
    const parts = await store.participationsByMeetings(meetings.map((m) => m.id));
    const statements = await store.listStatements({});
    const actorIds = [...new Set([...parts.flat().map((p) => p.actorId), ...statements.map((s) => s.speakerId)])];
    const actors = new Map(
      (await store.getActors(actorIds)).filter((a): a is ActorRecord => a !== null).map((a) => [a.id, a]),
    );
    const arts = new Map((await store.listArticles()).map((a) => [a.id, a]));
    // Article-level attendance reads which articles support each participation: its evidence, asked for once.
    const flatParts = parts.flat();
    const spans = await store.evidenceOf(
      'participation',
      flatParts.map((p) => p.id),
    );
    const evidenceOf = new Map(flatParts.map((p, i) => [p.id, spans[i] ?? []]));
    const meetingViews: MeetingView[] = meetings.map((m, i) => ({
      round: m.round,
      status: m.status,
      startDate: m.startDate,
      participants: (parts[i] ?? []).flatMap((p) => {
        const a = actors.get(p.actorId);
        const articles = (evidenceOf.get(p.id) ?? []).map((e) => {
          const art = arts.get(e.articleId);
          return art ? { url: art.url, title: art.title } : null;
        });
        return a ? [{ role: p.role, actor: view(a), articles }] : [];
      }),
    }));
    const statementViews: StatementView[] = statements.map((s) => {
      const a = actors.get(s.speakerId);
      const art = arts.get(s.articleId);
      return { speaker: a ? view(a) : null, date: s.date, article: art ? { url: art.url, title: art.title } : null };
    });
    return { meetings: meetingViews, statements: statementViews };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A short label for a corpus folder: its last two path segments ("dev/ar"), or one under a "corpus" folder ("seed"). */
function corpusName(dir: string): string {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  const tail = parts.slice(-2);
  return tail[0] === 'corpus' ? (tail[1] ?? dir) : tail.join('/');
}

/** The series scored when none is named: the first row of the series knowledge. */
function defaultSeries(k: Knowledge): string {
  return k.series[0]?.id ?? '';
}

export async function evaluate(
  corpora: string[],
  knowledge: Knowledge,
  series: string = defaultSeries(knowledge),
): Promise<{ name: string; report: Report }[]> {
  const results: { name: string; report: Report }[] = [];
  const all: { articles: CorpusArticle[]; gold: GoldRecord[] } = { articles: [], gold: [] };
  for (const dir of corpora) {
    const articles = readJsonl<CorpusArticle>(path.join(dir, 'articles.jsonl'));
    const gold = readJsonl<GoldRecord>(path.join(dir, 'gold.jsonl'));
    all.articles.push(...articles);
    all.gold.push(...gold);
    const graph = await ingestAndRead(knowledge, articles, series);
    results.push({
      name: corpusName(dir),
      report: score(articles, gold, graph.meetings, graph.statements, series),
    });
  }
  if (corpora.length > 1) {
    const graph = await ingestAndRead(knowledge, all.articles, series);
    results.push({ name: 'overall', report: score(all.articles, all.gold, graph.meetings, graph.statements, series) });
  }
  return results;
}

function table(results: { name: string; report: Report }[]): string {
  const head = [
    'corpus',
    'n',
    'attendance F1 (P/R)',
    'article-level att.',
    'delegates F1',
    'rounds F1',
    'statements F1 (P/R)',
    'stmt dates',
  ];
  const rows = results.map(({ name, report: r }) => [
    name,
    String(r.articles),
    `${r.attendance.f1.toFixed(3)} (${r.attendance.precision.toFixed(2)}/${r.attendance.recall.toFixed(2)})`,
    r.attendanceByArticle.f1.toFixed(3),
    r.delegates.f1.toFixed(3),
    r.rounds.f1.toFixed(3),
    `${r.statements.f1.toFixed(3)} (${r.statements.precision.toFixed(2)}/${r.statements.recall.toFixed(2)})`,
    `${r.statementDates.correct}/${r.statementDates.checked}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  for (const { name, report: r } of results) {
    const lists: [string, string[]][] = [
      ['missed attendance', r.missedAttendance],
      ['spurious attendance', r.spuriousAttendance],
      ['missed statements', r.missedStatements],
      ['spurious statements', r.spuriousStatements],
      ['missed delegates', r.missedDelegates],
      ['spurious delegates', r.spuriousDelegates],
    ];
    out.push('', `## ${name}`);
    for (const [label, xs] of lists) if (xs.length) out.push(`${label} (${xs.length}): ${xs.join(', ')}`);
    out.push(...classLines(r));
  }
  return out.join('\n');
}

/** "errors attendance (article level): missed wrongMeeting 3, missedActor 1; spurious wrongMeeting 3": per class. */
function classLines(r: Report): string[] {
  const facts: [string, ClassCounts][] = [
    ['attendance (article level)', r.errorClasses.attendance],
    ['delegates', r.errorClasses.delegates],
    ['statements', r.errorClasses.statements],
  ];
  return facts.flatMap(([label, c]) => {
    const missed = formatCounts(c.missed);
    const spurious = formatCounts(c.spurious);
    const parts = [missed && `missed ${missed}`, spurious && `spurious ${spurious}`].filter(Boolean);
    return parts.length ? [`errors ${label}: ${parts.join('; ')}`] : [];
  });
}

/** Returns the process exit code: 0 once the corpora were scored (the scores themselves are the output). */
export async function runEval(options: EvalOptions): Promise<number> {
  const knowledge = loadSeedKnowledge();
  const series = options.series ?? defaultSeries(knowledge);
  if (!knowledge.series.some((s) => s.id === series))
    throw new AppError(
      'CONFIG',
      `--series: no series "${series}" (known: ${knowledge.series.map((s) => s.id).join(', ')})`,
    );
  const results = await evaluate(options.corpora, knowledge, series);
  const text = options.json ? JSON.stringify(results, null, 1) : table(results);
  process.stdout.write(`${text}\n`);
  return 0;
}
