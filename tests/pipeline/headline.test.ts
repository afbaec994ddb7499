// The headline as evidence for which meeting an article reports: the round, series, status and place a title
// announces frame the body's sentences that name no round ("the talks", "the meeting"), unless the body contradicts
// it; the title's meeting gets evidence that points into the title. Invented headlines and bodies, several languages.
import { describe, expect, it } from 'vitest';
import type { Article, Facts } from '../../src/domain.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function titled(title: string, text: string, language: string, publishedAt: string): Article {
  return { id: 'h-1', url: null, title, source: null, publishedAt, language, text, contentHash: 'h-1' };
}

function factsOf(title: string, text: string, lang: string, pub: string): Facts {
  return extractFacts(titled(title, text, lang, pub), seedKnowledge).facts;
}

/** "meeting|actor|role" of every state and organization placed at a numbered meeting, sorted. */
function attendance(f: Facts): string[] {
  return f.participations
    .filter((p) => p.role !== 'PARTICIPANT')
    .map((p) => `${p.meetingId}|${p.actorId}|${p.role}`)
    .sort();
}

const at = (meeting: string, ...rows: string[]): string[] => rows.map((r) => `${meeting}|${r}`).sort();
const GUARANTORS = ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'];

describe('the headline frames the body sentences that name no round', () => {
  it.each([
    [
      'en ordinal round in the headline, body says only "the talks"',
      'Twelfth round of Astana talks gets under way in the Kazakh capital',
      'Delegations of Russia, Turkey and Iran gathered on Thursday for the talks. Jordan is attending as an observer.',
      'en',
      '2019-04-25',
      at('astana-12', ...GUARANTORS, 'JOR|OBSERVER'),
    ],
    [
      'ar numbered round and place in the headline, body says "the talks"',
      'انطلاق الجولة الـ15 من محادثات أستانا في سوتشي',
      'وصلت وفود روسيا وتركيا وإيران إلى المدينة الروسية أمس للمشاركة في المحادثات التي تستمر يومين.',
      'ar',
      '2021-02-16',
      at('astana-15', ...GUARANTORS),
    ],
    [
      'ar series name with a number in the headline (جنيف 4), body names no round',
      'جنيف 4: دي ميستورا يلتقي وفدي الحكومة والمعارضة',
      'التقى المبعوث الأممي ستيفان دي ميستورا اليوم وفد الحكومة السورية ثم وفد المعارضة في قصر الأمم.',
      'ar',
      '2017-02-24',
      at('geneva-4', 'SYR-OPP|PARTY', 'SYR|PARTY', 'UN|MEDIATOR'),
    ],
    [
      'tr numbered round in the headline, body names the delegations only',
      "19. Astana görüşmeleri Kazakistan'da başladı",
      'Türkiye, Rusya ve İran heyetleri salı günü başkentteki toplantıya katıldı.',
      'tr',
      '2022-11-22',
      at('astana-19', ...GUARANTORS),
    ],
    [
      'ru session of the committee in the headline, body says "the meeting"',
      'Восьмая сессия Конституционного комитета открылась в Женеве',
      'В понедельник во Дворце наций собрались делегации сирийского правительства и оппозиции.',
      'ru',
      '2022-05-30',
      at('constitutional-committee-8', 'SYR-OPP|PARTY', 'SYR|PARTY'),
    ],
    [
      'fr round in the headline, the body names the previous round as background',
      'Astana 9 : ouverture des pourparlers sur la Syrie',
      "Le huitième round s'était tenu en décembre. Lundi, les délégations de la Russie, de la Turquie et de l'Iran se sont réunies dans la capitale kazakhe.",
      'fr',
      '2018-05-14',
      at('astana-9', ...GUARANTORS),
    ],
  ])('%s', (_name, title, text, lang, pub, expected) => {
    expect(attendance(factsOf(title, text, lang, pub))).toEqual(expected);
  });
});

describe('the body contradicts or outranks the headline', () => {
  it.each([
    [
      'en a headline "second round" of a side meeting under a body reporting the ninth Astana round',
      'Trilateral meeting on Syria holds its second round in Astana',
      'On the sidelines of the ninth round of the Astana talks, delegations of Russia, Turkey and Iran met on Monday.',
      'en',
      '2018-05-14',
      at('astana-9', ...GUARANTORS),
    ],
    [
      'ar a headline about another process over a body that reports an Astana round',
      'بيدرسون يبحث في أستانا عقد الجولة السابعة للجنة الدستورية',
      'انطلقت اليوم الجولة السابعة عشرة من محادثات أستانا بمشاركة وفود روسيا وتركيا وإيران.',
      'ar',
      '2021-12-21',
      at('astana-17', ...GUARANTORS),
    ],
    [
      'en a headline about another process over a body whose first sentence names no round',
      "UN envoy in Nur-Sultan discusses the Constitutional Committee's sixth session",
      'Delegations of Russia, Turkey and Iran arrived in the Kazakh capital on Wednesday. The 16th round of the Astana talks opened there the same day.',
      'en',
      '2021-07-07',
      at('astana-16', ...GUARANTORS),
    ],
  ])('%s', (_name, title, text, lang, pub, expected) => {
    const f = factsOf(title, text, lang, pub);
    expect(attendance(f)).toEqual(expected);
    expect(f.meetings.map((m) => m.id)).not.toContain('astana-2');
  });
});

describe('the headline as a meeting of its own', () => {
  it.each([
    [
      'en',
      'Astana 14 wraps up with a joint statement',
      'The guarantors agreed that the next round will be held in March.',
      '2019-12-11',
    ],
    [
      'ar',
      'أستانا 14 تختتم أعمالها في نور سلطان',
      'واتفقت الدول الضامنة على عقد الجولة المقبلة في آذار.',
      '2019-12-11',
    ],
  ])('%s: "the next round" in the body counts from the headline\'s round', (lang, title, text, pub) => {
    const ms = factsOf(title, text, lang, pub).meetings;
    expect(ms.find((m) => m.id === 'astana-14')?.status).toBe('HELD');
    expect(ms.find((m) => m.id === 'astana-15')?.status).toBe('PLANNED');
  });

  it.each([
    [
      'en',
      'Syria talks: Geneva 4 opens with separate meetings',
      'The envoy received the delegations one by one.',
      '2017-02-23',
    ],
    ['ar', 'جنيف 4 تنطلق بلقاءات منفصلة', 'واستقبل المبعوث الوفود كلا على حدة.', '2017-02-23'],
    [
      'de',
      'Genf 4: Gespräche beginnen mit getrennten Treffen',
      'Der Gesandte empfing die Delegationen einzeln.',
      '2017-02-23',
    ],
  ])('%s: the meeting named only in the headline has its evidence in the title', (lang, title, text, pub) => {
    const m = factsOf(title, text, lang, pub).meetings.find((x) => x.id === 'geneva-4');
    const ev = m?.evidence[0];
    expect(ev?.inTitle).toBe(true);
    expect(ev && title.slice(ev.start, ev.end)).toBe(ev?.text);
    expect(ev?.text).toMatch(/4/);
  });

  it('a headline repeated as the first line of the text is read with the text, once, with text offsets', () => {
    const title = 'Twelfth round of Astana talks gets under way';
    const text = `${title}\n\nDelegations of Russia, Turkey and Iran gathered on Thursday for the talks.`;
    const m = factsOf(title, text, 'en', '2019-04-25').meetings.find((x) => x.id === 'astana-12');
    expect(m?.evidence.length).toBe(1);
    expect(m?.evidence[0]?.inTitle).toBeUndefined();
    expect(text.slice(m?.evidence[0]?.start, m?.evidence[0]?.end)).toBe(m?.evidence[0]?.text);
  });

  it('a body that names the headline round keeps its own evidence and adds the title span', () => {
    const title = 'Astana 12 gets under way';
    const text = 'The 12th round of the talks opened on Thursday with delegations of Russia, Turkey and Iran.';
    const m = factsOf(title, text, 'en', '2019-04-25').meetings.find((x) => x.id === 'astana-12');
    expect(m?.evidence.map((e) => !!e.inTitle)).toEqual([true, false]);
  });
});
