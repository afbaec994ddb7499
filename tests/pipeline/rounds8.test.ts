// Which meeting a report is about (round 8): a round named by a description several processes share ("intra-Syrian
// talks") or given by the article's scope goes to the series whose calendar has that number at the time; a count of
// earlier meetings still numbers one series when another series' round is numbered; an ordinal reaches its meeting
// across one adjective no lexicon knows; plural ordinals agree with plural meeting nouns ("las terceras de este
// tipo"); Turkish reported-speech forms of attending verbs. Invented articles, several languages.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function facts(text: string, lang: string, pub: string): ReturnType<typeof extractFacts>['facts'] {
  return extractFacts(article(text, lang, pub), seedKnowledge).facts;
}

/** The numbered rounds of every series as "id:STATUS", sorted. */
function rounds(text: string, lang: string, pub: string): string[] {
  return facts(text, lang, pub)
    .meetings.filter((m) => m.round !== null)
    .map((m) => `${m.id}:${m.status}`)
    .sort();
}

/** Attendance at numbered rounds of every series as "id|actor|role", sorted. */
function attendance(text: string, lang: string, pub: string): string[] {
  return facts(text, lang, pub)
    .participations.filter((p) => /-\d+$/.test(p.meetingId) && !p.representingId)
    .map((p) => `${p.meetingId}|${p.actorId}|${p.role}`)
    .sort();
}

const GUARANTORS = (id: string): string[] => ['IRN', 'RUS', 'TUR'].map((s) => `${id}|${s}|GUARANTOR`);

describe('a round belongs to the series whose calendar has its number at the time', () => {
  it.each([
    [
      'en: a description of the talks that names the Geneva process, at the Astana venue on the day of its 13th round',
      'en',
      '2019-08-02',
      'The thirteenth round of intra-Syrian talks closed today in Nur-Sultan, where Russia, Iran and Turkey took part as guarantors.',
      ['astana-13:HELD'],
    ],
    [
      'ar: the same description in Arabic, the 14th round in Nur-Sultan',
      'ar',
      '2019-12-11',
      'اختتمت اليوم في نور سلطان الجولة الرابعة عشرة من المحادثات السورية السورية بمشاركة روسيا وتركيا وإيران.',
      ['astana-14:HELD'],
    ],
    [
      'es: a fifth round in Geneva, a week ahead, in a report of the Astana talks (Astana had four rounds to go)',
      'es',
      '2017-03-15',
      'Las conversaciones de Astaná sobre Siria terminaron hoy con la participación de Rusia, Turquía e Irán. Además, el gobierno sirio y la oposición fueron invitados a una quinta ronda de negociaciones que la ONU organizará el 23 de marzo en Ginebra.',
      ['geneva-5:PLANNED'],
    ],
    [
      'ar: "in Geneva, the sixth round ended", a month on, before Astana had a sixth round',
      'ar',
      '2017-06-20',
      'وفي جنيف، اختتمت الجولة السادسة من مفاوضات السلام في التاسع عشر من أيار بحضور وفدي الحكومة والمعارضة. وتستعد أستانا لاستقبال جولة جديدة.',
      ['geneva-6:HELD'],
    ],
  ])('%s', (_name, lang, pub, text, expected) => {
    expect(rounds(text, lang, pub)).toEqual(expected);
  });

  it('places the guarantors at the Astana round, not at a Geneva round that never had that number', () => {
    const text =
      'The thirteenth round of intra-Syrian talks closed today in Nur-Sultan, where Russia, Iran and Turkey took part as guarantors.';
    expect(attendance(text, 'en', '2019-08-02')).toEqual(GUARANTORS('astana-13'));
  });
});

describe('a count of earlier meetings numbers its series even when another series has a numbered round', () => {
  it.each([
    [
      'en',
      'The talks opened on Tuesday in Astana, which had already hosted two such meetings, with Russia, Turkey and Iran taking part. A fifth round of UN talks is due in Geneva on 23 March.',
    ],
    [
      'fr',
      "Les pourparlers se sont ouverts mardi à Astana, qui avait déjà accueilli deux réunions semblables, en présence de la Russie, de la Turquie et de l'Iran. Un cinquième cycle de négociations sous l'égide de l'ONU est prévu le 23 mars à Genève.",
    ],
  ])('%s', (lang, text) => {
    expect(rounds(text, lang, '2017-03-15')).toEqual(['astana-3:HELD', 'geneva-5:PLANNED']);
    expect(attendance(text, lang, '2017-03-15').filter((a) => a.startsWith('astana-'))).toEqual(GUARANTORS('astana-3'));
  });
});

describe('round forms of other languages', () => {
  it.each([
    [
      'tr: an ordinal and its meeting across an adjective no lexicon lists',
      'tr',
      '2017-02-14',
      'Astana görüşmeleri kapsamında ikinci teknik toplantının yarın yapılacağı açıklandı.',
      ['astana-2:PLANNED'],
    ],
    [
      'en: the same in English',
      'en',
      '2017-02-14',
      'The second technical meeting of the Astana process will take place tomorrow in the Kazakh capital.',
      ['astana-2:PLANNED'],
    ],
    [
      'ru: the series adjective in the feminine, in quotes, between the ordinal and the meeting',
      'ru',
      '2024-01-19',
      'Ранее сообщалось, что 20-я «астанинская» встреча прошла 20-21 июня 2023 года.',
      ['astana-20:HELD'],
    ],
    [
      'es: a plural ordinal agreeing with "the talks", of its kind',
      'es',
      '2017-03-14',
      'Las conversaciones de Astaná, las terceras de este tipo, reúnen a Rusia, Turquía e Irán.',
      ['astana-3:HELD'],
    ],
    [
      'it: the same in Italian',
      'it',
      '2017-05-04',
      'I colloqui di Astana, i quarti di questo tipo, si sono aperti ieri con la partecipazione di Russia, Turchia e Iran.',
      ['astana-4:HELD'],
    ],
    [
      'fr: the same in French',
      'fr',
      '2017-07-05',
      "Les pourparlers d'Astana, les cinquièmes du genre, se sont ouverts mardi en présence de la Russie, de la Turquie et de l'Iran.",
      ['astana-5:HELD'],
    ],
    [
      'pt: the same in Portuguese',
      'pt',
      '2017-03-15',
      'As conversações de Astana, as terceiras do género, começaram ontem com a participação da Rússia, da Turquia e do Irão.',
      ['astana-3:HELD'],
    ],
    [
      'es: a plural ordinal before the plural noun',
      'es',
      '2017-05-04',
      'Las cuartas conversaciones de Astaná comenzaron ayer con la participación de Rusia, Turquía e Irán.',
      ['astana-4:HELD'],
    ],
  ])('%s', (_name, lang, pub, text, expected) => {
    expect(rounds(text, lang, pub)).toEqual(expected);
  });
});

describe('Turkish attending verbs in reported speech ("katılacağını", "bulunduğunu")', () => {
  it.each([
    [
      '2017-02-15',
      'Bakan, yarın başlayacak Astana görüşmelerinin ikinci turuna Rusya, Türkiye ve İran heyetlerinin de katılacağını açıkladı.',
      'astana-2',
    ],
    [
      '2017-05-03',
      'Dördüncü Astana görüşmelerinde Rusya, Türkiye ve İran heyetlerinin bulunduğunu belirten yetkili, toplantının iki gün süreceğini söyledi.',
      'astana-4',
    ],
  ])('%s', (pub, text, id) => {
    expect(attendance(text, 'tr', pub)).toEqual(GUARANTORS(id));
  });
});

describe('a report dated on the first or last day the calendar gives a round is written while it is under way', () => {
  it.each([
    [
      'en',
      '2017-03-14',
      'Delegations will gather in the Kazakh capital for the third round of the Astana talks, which the guarantors hope will strengthen the truce.',
      ['astana-3:HELD'],
    ],
    [
      'en',
      '2019-12-10',
      'Russia, Iran and Turkey will sit down with the Syrian parties at the 14th Astana meeting, the Kazakh foreign ministry said.',
      ['astana-14:HELD'],
    ],
    [
      'ar',
      '2017-03-14',
      'ستشارك وفود روسيا وتركيا وإيران في الجولة الثالثة من محادثات أستانا حول سوريا.',
      ['astana-3:HELD'],
    ],
    [
      'ru',
      '2019-12-10',
      'Россия, Иран и Турция проведут консультации в рамках четырнадцатого раунда астанинских переговоров.',
      ['astana-14:HELD'],
    ],
  ])('%s: %s', (lang, pub, text, expected) => {
    expect(rounds(text, lang, pub)).toEqual(expected);
  });

  it.each([
    ['en', 'The second round of the Astana talks will now open tomorrow, a day later than planned.'],
    ['ar', 'وستبدأ الجولة الثانية من محادثات أستانا غدا بعد تأجيلها يوما واحدا.'],
  ])('unless the text puts its start on a later day (%s)', (lang, text) => {
    expect(rounds(text, lang, '2017-02-15')).toEqual(['astana-2:PLANNED']);
  });
});

describe('a count of the meetings held, then "the first ..., the second ...": each ordinal numbers one of them', () => {
  it.each([
    [
      'en',
      'So far this year Astana has hosted two international meetings on Syria sponsored by Russia, Iran and Turkey: the first took place in late January and the second in mid-February.',
    ],
    [
      'ar',
      'واستضافت أستانا هذا العام اجتماعين دوليين حول سوريا برعاية روسيا وإيران وتركيا، عقد الأول في أواخر كانون الثاني والثاني في منتصف شباط.',
    ],
    [
      'es',
      'En lo que va de año, Astaná ha sido sede de dos encuentros internacionales: el primero tuvo lugar a finales de enero y el segundo a mediados de este mes.',
    ],
    [
      'fr',
      'Astana a déjà accueilli deux réunions sur la Syrie cette année : la première fin janvier, la seconde à la mi-février.',
    ],
  ])('%s', (lang, text) => {
    expect(rounds(text, lang, '2017-02-27')).toEqual(expect.arrayContaining(['astana-1:HELD', 'astana-2:HELD']));
  });

  it('an ordinal of something else after the count numbers nothing (en)', () => {
    const text =
      'Two meetings of the Astana format have been held, and Kazakhstan was the first country to offer its capital.';
    expect(rounds(text, 'en', '2017-02-27')).toEqual([]);
  });
});

describe("days the text gives a round long before the calendar's start of it are another meeting's", () => {
  /** The start day of the text's Astana round 1. */
  const firstStart = (text: string): string | null | undefined =>
    facts(text, 'en', '2017-07-05').meetings.find((m) => m.id === 'astana-1')?.startDate;

  it.each([
    ['months before the calendar has it', 'held on 13-14 April 2016', null],
    ['on the days the calendar has it', 'held on 23-24 January', '2017-01-23'],
  ])('%s', (_name, held, expected) => {
    const text = `The fifth round of Astana talks closed today. The first round, ${held}, set up the ceasefire monitoring.`;
    expect(firstStart(text)).toBe(expected);
  });
});
