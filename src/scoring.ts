// Scoring of a graph against gold annotations, computed exactly as ../shared/corpus/score.py does: attendance,
// delegates, rounds, statements (P/R/F1 over sets) and statement-date accuracy. Pure: graph views and gold in.
import type { ErrorClasses } from './diagnosis.js';
import { errorClasses } from './diagnosis.js';
import { ARABIC_MARK_RANGES } from './names.js';

const AR_DIAC = new RegExp(`[${ARABIC_MARK_RANGES}]`, 'g');
const AR_FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };

/** score.py's norm(): NFKC, Arabic marks, alef/yaa/taa folds, Latin marks (Arabic kept), lower, punctuation to space. */
export function norm(s: string | null | undefined): string {
  let x = (s ?? '').normalize('NFKC').replace(AR_DIAC, '');
  x = x.replace(/[أإآٱىةؤئ]/g, (c) => AR_FOLD[c] ?? c);
  x = Array.from(x.normalize('NFKD'))
    .filter((c) => !/\p{M}/u.test(c) || (c >= '\u0600' && c <= '\u06ff'))
    .join('');
  x = x.toLowerCase().replace(/[^\p{L}\p{N}_\s]/gu, ' ');
  return x.split(/\s+/u).filter(Boolean).join(' ');
}

const ORG_PATTERNS: [string, string[]][] = (
  [
    [
      'SYR-CIVIL',
      [
        'civil society',
        'المجتمع المدني',
        'societe civile',
        'гражданского общества',
        'гражданское общество',
        'sivil toplum',
        'sociedad civil',
        'societa civile',
        'zivilgesellschaft',
        'جامعه مدنی',
      ],
    ],
    [
      'SYR-OPP',
      ['opposition', 'معارضه', 'muhalefet', 'оппозици', 'opposant', 'oposicion', 'opposizione', 'مخالفان', 'اپوزیسیون'],
    ],
    [
      'UNHCR',
      [
        'unhcr',
        'high commissioner for refugees',
        'مفوضيه الامم المتحده لشوون اللاجيين',
        'مفوضيه اللاجيين',
        'haut commissariat',
        'увкб',
        'bmmyk',
        'acnur',
      ],
    ],
    [
      'ICRC',
      [
        'red cross',
        'الصليب الاحمر',
        'croix rouge',
        'kizilhac',
        'красного креста',
        'cruz roja',
        'croce rossa',
        'roten kreuz',
        'صلیب سرخ',
        'icrc',
        'cicr',
        'мккк',
      ],
    ],
    [
      'ARAB-LEAGUE',
      [
        'arab league',
        'league of arab',
        'جامعه الدول العربيه',
        'الجامعه العربيه',
        'ligue arabe',
        'arap birligi',
        'лига арабских',
        'liga arabe',
        'arabische liga',
        'اتحادیه عرب',
      ],
    ],
    [
      'UN',
      [
        'united nations',
        'الامم المتحده',
        'nations unies',
        'birlesmis milletler',
        'организации объединенных наций',
        'организация объединенных наций',
        'naciones unidas',
        'nazioni unite',
        'vereinten nationen',
        'سازمان ملل',
      ],
    ],
  ] as [string, string[]][]
).map(([id, ps]) => [id, ps.map(norm)]);

export interface ActorView {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  iso3: string | null;
  names: { lang: string; value: string }[];
}

export interface MeetingView {
  round: number | null;
  status: string | null;
  startDate: string | null;
  /** `articles`: the article of each evidence span of the participation (for article-level attendance). */
  participants: { role: string; actor: ActorView; articles?: StatementView['article'][] }[];
}

export interface StatementView {
  speaker: ActorView | null;
  date: string | null;
  article: { url: string | null; title: string | null } | null;
}

export interface GoldRecord {
  id: string;
  meetings?: { series?: string; round?: number | null; status?: string; startDate?: string }[];
  participation?: { series?: string; round?: number | null; actor: string; role: string }[];
  heads?: { series?: string; round?: number | null; person: string }[];
  statements?: { speaker: string; date?: string | null }[];
  persons?: { id: string; name?: string; mentions?: string[] }[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Report {
  articles: number;
  attendance: Prf;
  /** (article, round, actor, role): attendance as each article supports it, from the participations' evidence. */
  attendanceByArticle: Prf;
  delegates: Prf;
  rounds: Prf;
  statements: Prf;
  statementDates: { checked: number; correct: number };
  roundStartDates: { gold: number; matched: number };
  missedAttendance: string[];
  spuriousAttendance: string[];
  missedStatements: string[];
  spuriousStatements: string[];
  missedDelegates: string[];
  spuriousDelegates: string[];
  missedAttendanceByArticle: string[];
  spuriousAttendanceByArticle: string[];
  /** Each missed and spurious fact by the kind of mistake it is (diagnosis.ts); not part of score.py's output. */
  errorClasses: ErrorClasses;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: r3(p), recall: r3(r), f1: r3(f), tp, fp, fn };
}

function allNames(a: ActorView): string[] {
  return [a.name, ...a.aliases, ...a.names.map((n) => n.value)].filter(Boolean);
}

export function actorKey(a: ActorView | null | undefined): string | null {
  if (!a) return null;
  if (a.iso3) return a.iso3.toUpperCase();
  const normed = allNames(a).map(norm);
  for (const [gid, pats] of ORG_PATTERNS) {
    for (const n of normed)
      if (pats.some((p) => n.includes(p)) || (gid === 'UN' && ['un', 'onu', 'bm', 'оон', 'uno'].includes(n)))
        return gid;
  }
  return `name:${normed[0] ?? '?'}`;
}

function sameP(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  for (const x of a) {
    for (const y of b) {
      const tx = x.split(' ');
      const ty = y.split(' ');
      const lx = tx[tx.length - 1] ?? '';
      if (!tx.length || !ty.length || lx.length < 4 || lx !== ty[ty.length - 1]) continue;
      if (tx.length === 1 || ty.length === 1 || tx[0] === ty[0]) return true;
    }
  }
  return false;
}

/** The gold's key sets for one series, as score.py builds them. */
function goldSets(gold: GoldRecord[], series: string) {
  const part = new Set<string>();
  const partArt = new Set<string>();
  const heads = new Set<string>();
  const rounds = new Set<string>();
  const dates = new Set<string>();
  const stmt = new Set<string>();
  const stmtDates = new Map<string, Set<string>>();
  for (const g of gold) {
    for (const m of g.meetings ?? []) {
      if (m.series === series && m.round != null && (m.status ?? 'HELD') === 'HELD') {
        rounds.add(String(m.round));
        if (m.startDate) dates.add(`${m.round}|${m.startDate}`);
      }
    }
    for (const p of g.participation ?? [])
      if (p.series === series && p.round != null) {
        part.add(`${p.round}|${p.actor}|${p.role}`);
        partArt.add(`${g.id}|${p.round}|${p.actor}|${p.role}`);
      }
    for (const h of g.heads ?? []) if (h.series === series && h.round != null) heads.add(`${h.round}|${h.person}`);
    for (const s of g.statements ?? []) {
      const k = `${g.id}|${s.speaker}`;
      stmt.add(k);
      if (s.date) stmtDates.set(k, (stmtDates.get(k) ?? new Set()).add(s.date));
    }
  }
  return { part, partArt, heads, rounds, dates, stmt, stmtDates };
}

/** score.py's person matching: a graph person is the gold person one of whose names it shares (sameP). */
function personMatcher(gold: GoldRecord[]): (a: ActorView) => string {
  const persons = new Map<string, Set<string>>();
  for (const g of gold) {
    for (const p of g.persons ?? []) {
      const set = persons.get(p.id) ?? new Set<string>();
      set.add(norm(p.name ?? ''));
      for (const m of p.mentions ?? []) set.add(norm(m));
      persons.set(p.id, set);
    }
  }
  return (a) => {
    const forms = new Set(allNames(a).map(norm).filter(Boolean));
    for (const [pid, gforms] of persons) if (sameP(forms, gforms)) return pid;
    return `unknown:${a.name || '?'}`;
  };
}

type ArticleRef = StatementView['article'];

/** score.py's article matching: by url, else by folded title. */
function articleMatcher(articles: { id: string; url?: string | null; title?: string | null }[]) {
  const byUrl = new Map(articles.filter((a) => a.url).map((a) => [a.url as string, a.id]));
  const byTitle = new Map(articles.filter((a) => a.title).map((a) => [norm(a.title), a.id]));
  return (a: ArticleRef): string | null => {
    if (!a) return null;
    if (a.url && byUrl.has(a.url)) return byUrl.get(a.url) ?? null;
    return byTitle.get(norm(a.title ?? '')) ?? null;
  };
}

/** The graph's key sets, built as the gold's are. */
function predictedSets(
  meetings: MeetingView[],
  statements: StatementView[],
  whichPerson: (a: ActorView) => string,
  whichArticle: (a: ArticleRef) => string | null,
) {
  const part = new Set<string>();
  const partArt = new Set<string>();
  const heads = new Set<string>();
  const rounds = new Set<string>();
  const dates = new Set<string>();
  for (const m of meetings) {
    if (m.round == null) continue;
    if (m.status === 'HELD' || m.status == null) rounds.add(String(m.round));
    if (m.startDate) dates.add(`${m.round}|${m.startDate}`);
    for (const p of m.participants) {
      if (p.actor.kind === 'PERSON') heads.add(`${m.round}|${whichPerson(p.actor)}`);
      else {
        part.add(`${m.round}|${actorKey(p.actor)}|${p.role}`);
        for (const art of p.articles ?? []) {
          const aid = whichArticle(art);
          if (aid) partArt.add(`${aid}|${m.round}|${actorKey(p.actor)}|${p.role}`);
        }
      }
    }
  }
  const stmt = new Set<string>();
  const stmtDates = new Map<string, Set<string | null>>();
  for (const s of statements) {
    const k = `${whichArticle(s.article)}|${s.speaker ? whichPerson(s.speaker) : 'unknown:?'}`;
    stmt.add(k);
    stmtDates.set(k, (stmtDates.get(k) ?? new Set()).add(s.date));
  }
  return { part, partArt, heads, rounds, dates, stmt, stmtDates };
}

const sc = (g: Set<string>, p: Set<string>): Prf =>
  prf(
    [...g].filter((x) => p.has(x)).length,
    [...p].filter((x) => !g.has(x)).length,
    [...g].filter((x) => !p.has(x)).length,
  );
const diff = (a: Set<string>, b: Set<string>): string[] => [...a].filter((x) => !b.has(x)).sort();

export function score(
  articles: { id: string; url?: string | null; title?: string | null }[],
  gold: GoldRecord[],
  meetings: MeetingView[],
  statements: StatementView[],
  /** The series scored: gold of other series is not expected of the graph's meetings of this one. */
  series: string,
): Report {
  const g = goldSets(gold, series);
  const p = predictedSets(meetings, statements, personMatcher(gold), articleMatcher(articles));
  const found = [...g.stmtDates.keys()].filter((k) => p.stmt.has(k));
  const correct = found.filter((k) => [...(g.stmtDates.get(k) ?? [])].some((d) => p.stmtDates.get(k)?.has(d))).length;
  return {
    articles: articles.length,
    attendance: sc(g.part, p.part),
    attendanceByArticle: sc(g.partArt, p.partArt),
    delegates: sc(g.heads, p.heads),
    rounds: sc(g.rounds, p.rounds),
    statements: sc(g.stmt, p.stmt),
    statementDates: { checked: found.length, correct },
    roundStartDates: { gold: g.dates.size, matched: [...g.dates].filter((x) => p.dates.has(x)).length },
    missedAttendance: diff(g.part, p.part),
    spuriousAttendance: diff(p.part, g.part),
    missedStatements: diff(g.stmt, p.stmt),
    spuriousStatements: diff(p.stmt, g.stmt),
    missedDelegates: diff(g.heads, p.heads),
    spuriousDelegates: diff(p.heads, g.heads),
    missedAttendanceByArticle: diff(g.partArt, p.partArt),
    spuriousAttendanceByArticle: diff(p.partArt, g.partArt),
    errorClasses: errorClasses(
      { gold: g.partArt, predicted: p.partArt },
      { gold: g.heads, predicted: p.heads },
      { gold: g.stmt, predicted: p.stmt },
    ),
  };
}
