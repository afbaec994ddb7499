// A listed envoy of a member that does not mediate (the UN envoy at talks the UN observes): the envoy heads that
// member's delegation where the sentence says someone comes — takes part, arrives, is expected, joins — and nothing
// is negated; what the envoy only says about a round, a refusal or an invitation place no one. Sentences invented
// for the test.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import type { SeriesRow } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import { readSeedFiles } from '../../src/seed.js';
import { article } from './article.js';

const lakeside: SeriesRow = {
  id: 'lakeside-talks',
  name: 'Lakeside talks',
  names: {
    en: ['Lakeside talks'],
    ar: ['محادثات البحيرة'],
    ru: ['переговоры на озере', 'переговоров на озере'],
    de: ['Seegespräche'],
    fa: ['مذاکرات دریاچه'],
  },
  nouns: { en: ['round'], ar: ['جولة', 'الجولة'], ru: ['раунд'], de: ['Runde'], fa: ['دور'] },
  numbers: [],
  members: [
    { actor: 'SYR', role: 'PARTY' },
    { actor: 'UN', role: 'OBSERVER', envoys: ['geir-pedersen'] },
  ],
};

const raw = readSeedFiles();
raw.series = [...(raw.series as SeriesRow[]), lakeside];
const knowledge = parseKnowledge(raw);

/** The UN's participations and the heads at the Lakeside rounds, "actor|role". */
function un(text: string, lang: string): string[] {
  return extractFacts(article(text, lang, '2022-05-10'), knowledge)
    .facts.participations.filter((p) => p.meetingId.startsWith('lakeside') && (p.actorId === 'UN' || p.representingId))
    .map((p) => `${p.actorId}|${p.role}`)
    .sort();
}

const HEADS = ['UN|OBSERVER', 'geir-pedersen|PARTICIPANT'];

describe("an observer's listed envoy", () => {
  it.each([
    ['en', 'The fourth round of the Lakeside talks opened on Monday; Geir Pedersen is expected at the meeting.'],
    ['en', 'The fourth round of the Lakeside talks opened on Monday, and Geir Pedersen arrived in the evening.'],
    ['ar', 'انطلقت الجولة الرابعة من محادثات البحيرة الاثنين، ويصل غير بيدرسن إلى المدينة مساء اليوم.'],
    ['ru', 'Четвертый раунд переговоров на озере открылся в понедельник; Гейр Педерсен прибудет вечером.'],
    ['de', 'Die vierte Runde der Seegespräche begann am Montag, Geir Pedersen wird dort am Abend erwartet.'],
    ['fa', 'دور چهارم مذاکرات دریاچه روز دوشنبه آغاز شد و گیر پدرسن امروز به جمع مذاکره‌کنندگان می‌پیوندد.'],
  ])('heads the observer where they come (%s: %s)', (lang, text) => {
    expect(un(text, lang)).toEqual(HEADS);
  });

  it.each([
    ['en', 'Geir Pedersen said the fourth round of the Lakeside talks had brought no progress.'],
    ['en', 'Geir Pedersen, who is not taking part in the fourth round of the Lakeside talks, said it would fail.'],
    ['ar', 'اعتبر غير بيدرسن أن الجولة الرابعة من محادثات البحيرة فشلت في تحقيق أي تقدم.'],
    ['ar', 'تبدأ الجولة الرابعة من محادثات البحيرة غداً، فيما دعي غير بيدرسن إلى حضور الاجتماع.'],
    ['en', 'At the fourth round of the Lakeside talks the delegations of Geir Pedersen and of Syria met.'],
  ])('only speaking, absent, invited or a possessor places no one (%s: %s)', (lang, text) => {
    expect(un(text, lang)).toEqual([]);
  });
});

describe("an observer's listed envoy arriving for a round ahead", () => {
  it.each([
    ['en', 'The fifth round of the Lakeside talks opens on Wednesday; Geir Pedersen will arrive on Tuesday evening.'],
    ['ar', 'تنطلق الجولة الخامسة من محادثات البحيرة الأربعاء المقبل، ويصل غير بيدرسن مساء الثلاثاء.'],
    ['fa', 'دور پنجم مذاکرات دریاچه چهارشنبه آغاز می‌شود و گیر پدرسن سه شنبه شب می‌رسد.'],
  ])('heads the observer at the round it comes to (%s: %s)', (lang, text) => {
    expect(un(text, lang)).toEqual(HEADS);
  });
});

describe("an observer's listed envoy meeting someone at the round", () => {
  it.each([
    ['en', 'The fourth round of the Lakeside talks went on on Monday, and the Syrian delegation met Geir Pedersen.'],
    [
      'en',
      'On the second day of the fourth round of the Lakeside talks Geir Pedersen held talks with the Syrian team.',
    ],
    ['ar', 'وعقد غير بيدرسن في اليوم الثاني من الجولة الرابعة لمحادثات البحيرة لقاءات مع الوفود المشاركة.'],
    ['ar', 'وفي الجولة الرابعة من محادثات البحيرة التقى الوفد السوري غير بيدرسن صباح الاثنين.'],
    ['ru', 'В ходе четвертого раунда переговоров на озере Гейр Педерсен встретился с сирийской делегацией.'],
    ['de', 'Am Rande der vierten Runde der Seegespräche traf sich Geir Pedersen mit der syrischen Delegation.'],
    ['fa', 'در دور چهارم مذاکرات دریاچه، گیر پدرسن با هیات سوریه دیدار کرد.'],
  ])('heads the observer where they meet someone there (%s: %s)', (lang, text) => {
    expect(un(text, lang)).toEqual(HEADS);
  });

  it.each([
    ['en', 'At the fourth round of the Lakeside talks Geir Pedersen has not met the Syrian delegation.'],
    ['ar', 'لم يلتق غير بيدرسن الوفد السوري خلال الجولة الرابعة من محادثات البحيرة.'],
  ])('a meeting that did not happen places no one (%s: %s)', (lang, text) => {
    expect(un(text, lang)).toEqual([]);
  });
});
