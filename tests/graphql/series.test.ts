// The series surfaces of the API over real extracted data: the dev corpus and the repo's corpora of the other
// series (corpus/<series>/<lang>), ingested by the real pipeline into an embedded store and asked over HTTP.
// Expectations come from the API's own lists and from the corpora's gold annotations, never from constants.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allSeriesArticles,
  jsonl,
  ROOT,
  seriesCorpora,
  startAnalystServer,
  type AnalystServer,
} from '../page/fixture.js';

interface Head {
  series: string;
  round?: number;
  person: string;
  representing?: string;
}

/** Every delegation head the gold annotations name for a numbered meeting of a series. */
function goldHeads(dirs: string[]): Head[] {
  return dirs
    .flatMap((dir) => jsonl(path.join(dir, 'gold.jsonl')) as { heads?: Head[] }[])
    .flatMap((g) => g.heads ?? [])
    .filter((h) => typeof h.round === 'number' && h.series !== 'other');
}

const DEV = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');
const devDirs = existsSync(DEV) ? readdirSync(DEV).map((lang) => path.join(DEV, lang)) : [];

describe('series over real extracted data', () => {
  let app: AnalystServer;
  const corpora = seriesCorpora();

  beforeAll(async () => {
    app = await startAnalystServer(allSeriesArticles());
  }, 300_000);
  afterAll(async () => {
    await (app as AnalystServer | undefined)?.stop();
  });

  interface SeriesRow {
    id: string;
    aliases: string[];
    meetingCount: number;
    participationCount: number;
    articleCount: number;
  }
  const listSeries = async (): Promise<SeriesRow[]> =>
    (await app.query<{ series: SeriesRow[] }>('{ series { id aliases meetingCount participationCount articleCount } }'))
      .series;

  it('lists every series with its counts of meetings, participations and articles', async () => {
    const series = await listSeries();
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) {
      const { meetings } = await app.query<{
        meetings: { id: string; participantCount: number; sources: { id: string }[] }[];
      }>('query($s: String!) { meetings(series: $s) { id participantCount sources { id } } }', { s: s.id });
      expect(s.meetingCount, s.id).toBe(meetings.length);
      expect(s.participationCount, s.id).toBe(meetings.reduce((n, m) => n + m.participantCount, 0));
      expect(s.articleCount, s.id).toBe(new Set(meetings.flatMap((m) => m.sources.map((a) => a.id))).size);
    }
    // Each corpus of another series put its series in the graph.
    const ids = new Set(series.map((s) => s.id));
    for (const dir of corpora) expect(ids, dir).toContain(path.basename(path.dirname(dir)));
  });

  it('answers meetings(series:) and attendance(series:) alike for every series, by id and by every alias', async () => {
    for (const s of await listSeries()) {
      const byId = await app.query<{ attendance: { rounds: { id: string }[] } | null; meetings: { id: string }[] }>(
        'query($s: String!) { attendance(series: $s) { rounds { id } } meetings(series: $s) { id } }',
        { s: s.id },
      );
      expect(byId.attendance, s.id).not.toBeNull();
      expect(byId.meetings.length, s.id).toBe(s.meetingCount);
      for (const alias of s.aliases) {
        const byAlias = await app.query<{
          attendance: { rounds: { id: string }[] } | null;
          meetings: { id: string }[];
        }>('query($s: String!) { attendance(series: $s) { rounds { id } } meetings(series: $s) { id } }', { s: alias });
        expect(byAlias, `${s.id} as "${alias}"`).toEqual(byId);
      }
    }
  });

  const QUESTION = `query($series: String!, $round: Int!) {
    meetings(series: $series, round: $round, first: 1) { name startDate
      participants(kind: PERSON, representing: "the opposition") { role actor { id name title } representing { id name }
        evidence { text article { id title url publishedAt } } } } }`;
  interface Delegate {
    actor: { id: string };
    representing: { id: string };
    evidence: { text: string; article: { id: string } }[];
  }
  const ask = async (series: string, round: number): Promise<Delegate[]> =>
    (await app.query<{ meetings: { participants: Delegate[] }[] }>(QUESTION, { series, round })).meetings.flatMap(
      (m) => m.participants,
    );
  /** Every head of the Syrian opposition the annotations name, in the dev corpus and the series corpora. */
  const oppositionHeads = (): Head[] => goldHeads([...devDirs, ...corpora]).filter((h) => h.representing === 'SYR-OPP');

  it('answers "who represented the opposition at meeting N of series S" with exactly its delegates and their sentences', async () => {
    const heads = oppositionHeads();
    expect(heads.length).toBeGreaterThan(0);
    let answered = 0;
    for (const head of heads) {
      const delegates = await ask(head.series, head.round ?? 0);
      // The README's query: the same delegates as the unfiltered list holds for the opposition, each with evidence.
      const { meetings } = await app.query<{
        meetings: { participants: { actor: { id: string }; representing: { id: string } | null }[] }[];
      }>(
        'query($s: String!, $r: Int!) { meetings(series: $s, round: $r, first: 1) { participants(kind: PERSON) { actor { id } representing { id } } } }',
        {
          s: head.series,
          r: head.round,
        },
      );
      const expected = meetings.flatMap((m) => m.participants).filter((p) => p.representing?.id === 'SYR-OPP');
      expect(delegates.map((d) => d.actor.id).sort()).toEqual(expected.map((p) => p.actor.id).sort());
      for (const d of delegates) {
        expect(d.representing.id).toBe('SYR-OPP');
        expect(d.evidence.some((e) => e.text.trim() !== '')).toBe(true);
      }
      if (delegates.some((d) => d.actor.id === head.person)) answered += 1;
    }
    // The annotated heads the extraction found (8 of 18 when this was written; delegates F1 is the pipeline's measure).
    expect(answered).toBeGreaterThan(0);
  });

  // The README's question over real data: the reports name Hadi Albahra as the opposition-nominated co-chair at the
  // eighth session (found since co-chairs head for their party, from the series data).
  it('names the gold head of the opposition at the eighth session of the Constitutional Committee', async () => {
    const heads = oppositionHeads().filter((h) => h.series === 'constitutional-committee' && h.round === 8);
    expect(heads.length).toBeGreaterThan(0);
    const delegates = await ask('constitutional-committee', 8);
    for (const head of heads) expect(delegates.map((d) => d.actor.id)).toContain(head.person);
  });

  it('filters participants by the actor they represent, by id or by any name, and by nobody known', async () => {
    const { meetings } = await app.query<{
      meetings: { id: string; participants: { actor: { id: string }; representing: { id: string } | null }[] }[];
    }>('{ meetings(series: "astana") { id participants(kind: PERSON) { actor { id } representing { id } } } }');
    const meeting = meetings.find((m) => m.participants.some((p) => p.representing?.id === 'RUS'));
    if (!meeting) throw new Error('no Astana round with a Russian delegate in the corpus');
    const expected = meeting.participants.filter((p) => p.representing?.id === 'RUS').map((p) => p.actor.id);
    for (const name of ['RUS', 'Russia', 'روسيا', 'Россия']) {
      const { meeting: m } = await app.query<{ meeting: { participants: { actor: { id: string } }[] } }>(
        'query($id: ID!, $r: String!) { meeting(id: $id) { participants(representing: $r) { actor { id } } } }',
        { id: meeting.id, r: name },
      );
      expect(
        m.participants.map((p) => p.actor.id),
        name,
      ).toEqual(expected);
    }
    const { meeting: none } = await app.query<{ meeting: { participants: unknown[] } }>(
      'query($id: ID!) { meeting(id: $id) { participants(representing: "nobody at all") { role } } }',
      { id: meeting.id },
    );
    expect(none.participants).toEqual([]);
  });
});
