// The committee's sides and sessions in invented articles, ar and en (round 14): (1) how a body is made up names the
// sides sitting at the session the article reports when that body sits there — the drafting body at every session,
// the whole committee only at its first (series data `bodies`) — and names nobody otherwise; (2) what the envoy or
// the co-chairs only say of another session (a date agreed, no press conference held) is no attendance at it, while
// speaking at its close is. Each row says which facts "round|actor" must come out and which must not.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { invented } from './cells.js';

interface Row {
  name: string;
  lang: 'ar' | 'en';
  publishedAt: string;
  text: string;
  must: string[];
  mustNot: string[];
}

const CC = 'constitutional-committee';
const THREE = ['SYR', 'SYR-OPP', 'SYR-CIVIL'];
const sides = (round: number, ids = THREE): string[] => ids.map((id) => `${String(round)}|${id}`);

const ROWS: Row[] = [
  {
    name: 'drafting body of 45 at a later session',
    lang: 'en',
    publishedAt: '2021-10-18',
    text:
      'The sixth session of the Constitutional Committee opened in Geneva on Monday. ' +
      'The drafting body, 45 members with 15 each from the government, the opposition and civil society, ' +
      'is working on four principles.',
    must: sides(6),
    mustNot: [],
  },
  {
    name: 'drafting body of 45 at a later session',
    lang: 'ar',
    publishedAt: '2021-10-18',
    text:
      'افتتحت الدورة السادسة للجنة الدستورية في جنيف الاثنين. ' +
      'وتتكون الهيئة المصغرة من 45 عضوا، 15 لكل من الحكومة والمعارضة والمجتمع المدني، وتعمل على صياغة أربعة مبادئ.',
    must: sides(6),
    mustNot: [],
  },
  {
    name: 'whole committee of 150 at its first session',
    lang: 'en',
    publishedAt: '2019-10-30',
    text:
      'The Constitutional Committee held its first session in Geneva on Wednesday. ' +
      'Its 150 seats are split equally between the government, the opposition and civil society.',
    must: sides(1),
    mustNot: [],
  },
  {
    name: 'whole committee of 150 at its first session',
    lang: 'ar',
    publishedAt: '2019-10-30',
    text:
      'عقدت اللجنة الدستورية دورتها الأولى في جنيف الأربعاء. ' +
      'ويتقاسم مقاعدها الـ150 بالتساوي الحكومة والمعارضة والمجتمع المدني.',
    must: sides(1),
    mustNot: [],
  },
  {
    name: 'whole committee of 150 does not sit at a later session',
    lang: 'en',
    publishedAt: '2020-11-30',
    text:
      'The fourth session of the Constitutional Committee opened in Geneva on Monday. ' +
      'Its 150 seats are split equally between the government, the opposition and civil society.',
    must: [],
    mustNot: sides(4),
  },
  {
    name: 'whole committee of 150 does not sit at a later session',
    lang: 'ar',
    publishedAt: '2020-11-30',
    text:
      'افتتحت الدورة الرابعة للجنة الدستورية في جنيف الاثنين. ' +
      'ويتقاسم مقاعدها الـ150 بالتساوي الحكومة والمعارضة والمجتمع المدني.',
    must: [],
    mustNot: sides(4),
  },
  {
    name: 'a make-up told of another session named first',
    lang: 'en',
    publishedAt: '2021-01-25',
    text:
      'The fifth session of the Constitutional Committee opened in Geneva on Monday. ' +
      'At the first session in 2019 the drafting body had 45 members, 15 each from the government, the opposition ' +
      'and civil society.',
    must: [],
    mustNot: [...sides(5, ['SYR-CIVIL']), ...sides(1, ['SYR-CIVIL'])],
  },
  {
    name: 'a make-up told of another session named first',
    lang: 'ar',
    publishedAt: '2021-01-25',
    text:
      'افتتحت الدورة الخامسة للجنة الدستورية في جنيف الاثنين. ' +
      'وفي الدورة الأولى عام 2019 ضمت الهيئة المصغرة 45 عضوا، 15 لكل من الحكومة والمعارضة والمجتمع المدني.',
    must: [],
    mustNot: [...sides(5, ['SYR-CIVIL']), ...sides(1, ['SYR-CIVIL'])],
  },
  {
    name: 'co-chairs and envoy agree on the next session',
    lang: 'en',
    publishedAt: '2022-05-30',
    text:
      'The eighth session of the Constitutional Committee opened in Geneva on Monday with the delegations of the ' +
      'government, the opposition and civil society. ' +
      'Envoy Geir Pedersen told reporters that the two co-chairs had agreed to hold the ninth session in July.',
    must: sides(8),
    mustNot: ['9|UN', '9|SYR', '9|SYR-OPP', '9|geir-pedersen'],
  },
  {
    name: 'co-chairs and envoy agree on the next session',
    lang: 'ar',
    publishedAt: '2022-05-30',
    text:
      'افتتحت الدورة الثامنة للجنة الدستورية في جنيف الاثنين بمشاركة وفود الحكومة والمعارضة والمجتمع المدني. ' +
      'وقال المبعوث الأممي غير بيدرسن للصحفيين إن الرئيسين المشتركين اتفقا على عقد الدورة التاسعة في تموز.',
    must: sides(8),
    mustNot: ['9|UN', '9|SYR', '9|SYR-OPP', '9|geir-pedersen'],
  },
  {
    name: 'the envoy spoke at the close of the previous session',
    lang: 'en',
    publishedAt: '2022-05-30',
    text:
      'The eighth session of the Constitutional Committee opened in Geneva on Monday with the delegations of the ' +
      'government, the opposition and civil society. ' +
      'At the close of the seventh session in March, Geir Pedersen had told reporters that the debate was useful.',
    must: [...sides(8), '7|UN'],
    mustNot: [],
  },
  {
    name: 'the envoy spoke at the close of the previous session',
    lang: 'ar',
    publishedAt: '2022-05-30',
    text:
      'افتتحت الدورة الثامنة للجنة الدستورية في جنيف الاثنين بمشاركة وفود الحكومة والمعارضة والمجتمع المدني. ' +
      'وكان غير بيدرسن قد قال للصحفيين في ختام الدورة السابعة في آذار إن النقاش كان مفيدا.',
    must: [...sides(8), '7|UN'],
    mustNot: [],
  },
];

/** "round|actor" of every participation at a committee session. */
function extracted(row: Row, i: number): Set<string> {
  const f = extractFacts(invented(`sides-${String(i)}`, row), seedKnowledge).facts;
  const round = new Map(f.meetings.filter((m) => m.seriesId === CC).map((m) => [m.id, m.round]));
  return new Set(
    f.participations.filter((p) => round.has(p.meetingId)).map((p) => `${String(round.get(p.meetingId))}|${p.actorId}`),
  );
}

describe('committee sides: a sitting body and what is only said of another session', () => {
  it.each(ROWS.map((r, i) => [`${r.lang}: ${r.name}`, r, i] as const))('%s', (_name, row, i) => {
    const got = extracted(row, i);
    for (const fact of row.must) expect(got, fact).toContain(fact);
    for (const fact of row.mustNot) expect(got, fact).not.toContain(fact);
  });
});

interface LaunchRow {
  name: string;
  lang: 'ar' | 'en';
  publishedAt: string;
  text: string;
  /** Whether the committee's first session is a meeting of the article. */
  first: boolean;
}

// (3) The first session told by launch words: split by the subject in a verb-subject-object sentence ("تبدأ اللجنة
// أعمالها"), or first-time words in an undated sentence of an article its calendar dates around that session; a
// launch that only dates something else ("since the committee began its work") and first-time words years later name
// no first session.
const LAUNCHES: LaunchRow[] = [
  {
    name: 'the work started, the subject between verb and object',
    lang: 'ar',
    publishedAt: '2019-10-30',
    text: 'تبدأ اللجنة الدستورية أعمالها اليوم في جنيف بحضور وفدي الحكومة والمعارضة.',
    first: true,
  },
  {
    name: 'the work started, present tense',
    lang: 'en',
    publishedAt: '2019-10-30',
    text: 'The Constitutional Committee begins its work today in Geneva, with the government and opposition present.',
    first: true,
  },
  {
    name: 'meeting for the first time, undated, near the first session',
    lang: 'en',
    publishedAt: '2019-10-31',
    text: 'The Constitutional Committee is meeting in Geneva for the first time, its members seated in three blocs.',
    first: true,
  },
  {
    name: 'meeting for the first time, undated, near the first session',
    lang: 'ar',
    publishedAt: '2019-10-31',
    text: 'وتجتمع اللجنة الدستورية لأول مرة في جنيف، ويجلس أعضاؤها في ثلاث كتل.',
    first: true,
  },
  {
    name: 'a launch that only dates something else',
    lang: 'ar',
    publishedAt: '2021-10-18',
    text:
      'افتتحت الدورة السادسة للجنة الدستورية في جنيف الاثنين. ' +
      'وهذا أول لقاء مباشر بين الرئيسين منذ أن بدأت اللجنة الدستورية أعمالها.',
    first: false,
  },
  {
    name: 'first-time words years after the first session',
    lang: 'en',
    publishedAt: '2021-10-18',
    text:
      'The sixth session of the Constitutional Committee opened in Geneva on Monday. ' +
      'The committee is drafting texts for the first time, the envoy said.',
    first: false,
  },
];

describe('committee sessions: the first session by launch words', () => {
  it.each(LAUNCHES.map((r, i) => [`${r.lang}: ${r.name}`, r, i] as const))('%s', (_name, row, i) => {
    const f = extractFacts(invented(`launch-${String(i)}`, row), seedKnowledge).facts;
    const rounds = f.meetings.filter((m) => m.seriesId === CC).map((m) => m.round);
    if (row.first) expect(rounds).toContain(1);
    else expect(rounds).not.toContain(1);
  });
});
