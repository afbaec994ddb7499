// Statements, round 13: mechanisms the whole-article generator (tests/coverage/speech-articles.test.ts) and the look
// data found missing. Invented sentences; each table varies the verb, the order and the language of one class.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, speakerIds } from './article.js';

/** "speaker round date" of every statement (round and date '-' when none); published Thursday 2023-06-22. */
function said(text: string, lang: string): string[] {
  const facts = extractFacts(article(text, lang, '2023-06-22'), seedKnowledge).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  return [
    ...new Set(
      facts.statements.map((s) => `${s.speakerId} ${(s.meetingId && round.get(s.meetingId)) ?? '-'} ${s.date ?? '-'}`),
    ),
  ];
}

describe('a nameless source after a comma is the subject of the verb; the person before it is what it told', () => {
  it.each([
    ['en', 'Geir Pedersen landed in Astana on Monday, a source close to the delegations told reporters.'],
    ['en', 'Bashar al-Jaafari will not attend the next session, diplomatic sources said on Friday.'],
    [
      'en',
      'Alexander Lavrentiev, who heads the Russian team, reached Geneva late, an informed source told the agency.',
    ],
    ['ar', 'وصل غير بيدرسن إلى أستانا يوم الاثنين، قال مصدر مطلع للصحفيين.'],
    ['fr', 'Geir Pedersen est arrivé lundi à Astana, a indiqué une source diplomatique.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });

  it.each([
    // An apposition closed by a comma before the verb is the person's own title: the person speaks.
    ['en', 'Geir Pedersen, the UN envoy, said that the session had been useful.', 'geir-pedersen'],
    [
      'en',
      'Alexander Lavrentiev, a Russian diplomat, told reporters the guarantors would meet again.',
      'alexander-lavrentiev',
    ],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual([who]);
  });
});

describe('"according to" a ministry, a state or a delegation closed by a comma names no person', () => {
  it.each([
    ['en', 'According to the Turkish Foreign Ministry, Geir Pedersen will come to Astana as well.'],
    ['en', 'According to Kazakhstan, Bashar al-Jaafari has already arrived.'],
    ['en', 'According to the opposition delegation, Alexander Lavrentiev met its members twice.'],
    ['ar', 'وبحسب وزارة الخارجية التركية، سيحضر غير بيدرسن إلى أستانا أيضا.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });
});

describe('a statement on a day of the round the article reports is at that round; at an earlier one it has no day', () => {
  it.each([
    [
      'en',
      'The 20th round of the Astana talks closed yesterday. Bashar al-Jaafari told reporters the prisoners would be freed soon.',
      ['bashar-jaafari 20 2023-06-21'],
    ],
    [
      'ar',
      'اختتمت أمس الجولة العشرون من محادثات أستانا. وأوضح بشار الجعفري للصحفيين أن الأسرى سيطلق سراحهم قريبا.',
      ['bashar-jaafari 20 2023-06-21'],
    ],
    // A day before the round opened: no round by the day.
    [
      'en',
      'The 20th round of the Astana talks opens on Tuesday. On Monday Bashar al-Jaafari said the delegation was ready.',
      ['bashar-jaafari - 2023-06-19'],
    ],
    [
      'en',
      'The 20th round of the Astana talks closed yesterday. During the 18th round last year, Geir Pedersen said that the committee should meet.',
      ['geir-pedersen 18 -'],
    ],
    [
      'ar',
      'اختتمت أمس الجولة العشرون من محادثات أستانا. وكان غير بيدرسن قد أكد خلال الجولة الثامنة عشرة أن اللجنة يجب أن تجتمع.',
      ['geir-pedersen 18 -'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(said(text, lang)).toEqual(expected);
  });
});

describe('a question is speech: the one who asks speaks, whom they ask does not', () => {
  it.each([
    ['en', 'Alexander Lavrentiev asked Geir Pedersen when the committee would meet again.', 'alexander-lavrentiev'],
    ['en', 'On Tuesday Geir Pedersen asked the guarantors to keep the ceasefire.', 'geir-pedersen'],
    ['ar', 'وسأل ألكسندر لافرنتييف غير بيدرسن عن موعد اجتماع اللجنة المقبل.', 'alexander-lavrentiev'],
    ['ar', 'وتساءل غير بيدرسن عن جدوى الاجتماعات دون جدول أعمال.', 'geir-pedersen'],
    ['ru', 'Александр Лаврентьев спросил Гейра Педерсена, когда соберется комитет.', 'alexander-lavrentiev'],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual([who]);
  });

  it.each([
    // Asked by someone else: the one asked is no speaker of "asked".
    ['en', 'Geir Pedersen was asked about the agenda by reporters.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });
});

describe('"which he said" after a role opening the sentence is that role, not the person of the sentence before', () => {
  it.each([
    [
      'en',
      'Geir Pedersen met both delegations. "The meeting was good," Bashar al-Jaafari told reporters. The UN envoy has blamed the government of President Bashar al-Assad, which he said had refused to discuss the constitution.',
      ['bashar-jaafari', 'geir-pedersen'],
    ],
    [
      'en',
      'Alexander Lavrentiev met the Turkish team. Geir Pedersen said the talks were slow. The Russian envoy criticised the opposition groups, which he said had left the table.',
      ['geir-pedersen', 'alexander-lavrentiev'],
    ],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang).sort()).toEqual([...who].sort());
  });
});

describe('where verbs come first, a content clause puts its subject before its verb', () => {
  it.each([
    // Nameless sources or an agency relay what the person of their clause said; whom he asked speaks not.
    ['ar', 'وتابعت المصادر أن بشار الجعفري، رئيس وفد الحكومة، سأل غير بيدرسن عن جدول الأعمال.', ['bashar-jaafari']],
    ['ar', 'وذكرت الوكالة أن ألكسندر لافرنتييف أبلغ غير بيدرسن بموعد الجولة المقبلة.', ['alexander-lavrentiev']],
    // A person's report: the person inside it is no speaker, nor is the one after its verb.
    ['ar', 'وأكد ألكسندر لافرنتييف أن بشار الجعفري سأل غير بيدرسن عن جدول الأعمال.', ['alexander-lavrentiev']],
    // The verb first: the person after it is the subject.
    ['ar', 'وأكد غير بيدرسن أن الجولة المقبلة ستعقد في أستانا.', ['geir-pedersen']],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual(who);
  });
});
