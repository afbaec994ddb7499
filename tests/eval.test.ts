// `diplograph eval`: the scoring mirrors score.py (name folding, organization patterns, person matching), and a run
// over the seed corpus through a fresh embedded store scores the seed article exactly right.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate, runEval } from '../src/eval.js';
import type { ActorView } from '../src/scoring.js';
import { actorKey, norm, prf, score } from '../src/scoring.js';
import { seedKnowledge } from './fixtures/knowledge.js';

const SEED = fileURLToPath(new URL('../../shared/corpus/seed', import.meta.url));
const present = existsSync(`${SEED}/gold.jsonl`);
if (!present) console.warn(`eval corpus tests skipped: ${SEED} is absent`);

function actor(name: string, extra: Partial<ActorView> = {}): ActorView {
  return { id: name, kind: 'ORGANIZATION', name, aliases: [], iso3: null, names: [], ...extra };
}

describe('scoring as score.py', () => {
  it.each([
    ['Arabic marks and folds', 'أَسْتانَة', 'استانه'],
    ['Latin accents and punctuation', 'Sedat Önal, (TUR)', 'sedat onal tur'],
    ['hamza on waw and yaa', 'مؤتمر شؤون', 'موتمر شوون'],
  ])('norm: %s', (_label, input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it.each([
    [actor('Russia', { kind: 'STATE', iso3: 'rus' }), 'RUS'],
    [actor('Syrian opposition'), 'SYR-OPP'],
    [actor('x', { names: [{ lang: 'ar', value: 'الأمم المتحدة' }] }), 'UN'],
    [actor('UN'), 'UN'],
    [actor('International Committee of the Red Cross'), 'ICRC'],
    [actor('Somebody Else'), 'name:somebody else'],
  ])('actorKey(%j) = %s', (a, key) => {
    expect(actorKey(a)).toBe(key);
  });

  it('scores attendance per article from the participations evidence: a fact merged across articles counts for each', () => {
    const gold = [
      { id: 'a1', participation: [{ series: 'astana', round: 20, actor: 'RUS', role: 'GUARANTOR' }] },
      { id: 'a2', participation: [] },
    ];
    const russia = actor('Russia', { kind: 'STATE', iso3: 'RUS' });
    const both = [
      { url: 'u1', title: null },
      { url: 'u2', title: null },
    ];
    const meetings = [
      {
        round: 20,
        status: 'HELD',
        startDate: null,
        participants: [{ role: 'GUARANTOR', actor: russia, articles: both }],
      },
    ];
    const r = score(
      [
        { id: 'a1', url: 'u1' },
        { id: 'a2', url: 'u2' },
      ],
      gold,
      meetings,
      [],
      'astana',
    );
    expect(r.attendance).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.attendanceByArticle).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.spuriousAttendanceByArticle).toEqual(['a2|20|RUS|GUARANTOR']);
  });

  it('computes precision, recall and F1 like score.py (empty sets score 1)', () => {
    expect(prf(3, 1, 1)).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, tp: 3, fp: 1, fn: 1 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('matches persons by surname with a compatible first name, and statements by article url or title', () => {
    const gold = [
      {
        id: 'a1',
        statements: [{ speaker: 'p1', date: '2020-01-01' }],
        persons: [{ id: 'p1', name: 'Alexander Lavrentiev', mentions: [] }],
      },
    ];
    const speaker = actor('Lavrentiev', { kind: 'PERSON' });
    const r = score(
      [{ id: 'a1', url: 'u1', title: 'T' }],
      gold,
      [],
      [{ speaker, date: '2020-01-01', article: { url: 'u1', title: null } }],
      'astana',
    );
    expect(r.statements).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.statementDates).toEqual({ checked: 1, correct: 1 });
  });
});

describe.skipIf(!present)('eval over the seed corpus', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scores the seed article exactly right through a fresh store', async () => {
    const [result] = await evaluate([SEED], seedKnowledge);
    expect(result?.report.attendance.f1).toBe(1);
    expect(result?.report.attendanceByArticle.f1).toBe(1);
    expect(result?.report.delegates.f1).toBe(1);
    expect(result?.report.rounds.f1).toBe(1);
    expect(result?.report.statements.f1).toBe(1);
    expect(result?.report.statementDates).toEqual({ checked: 3, correct: 3 });
  });

  it('prints JSON with --json and exits 0', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    expect(await runEval({ corpora: [SEED], json: true })).toBe(0);
    const parsed = JSON.parse(out.join('')) as { report: { attendance: { f1: number } } }[];
    expect(parsed[0]?.report.attendance.f1).toBe(1);
  });
});
