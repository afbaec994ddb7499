// Round 7 language mechanisms beyond Arabic and English, each with new invented sentences in the languages it
// concerns (Arabic and English too where the rule is shared): a name right after a speech verb reports, it does not
// attend.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { procliticLetters } from '../../src/pipeline/normalize/clitics.js';
import { fold } from '../../src/pipeline/normalize/fold.js';
import { tokenize } from '../../src/pipeline/normalize/tokens.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, roundAttendance, speakerIds } from './article.js';

/** "person>actor" for every person the text makes a delegation head, sorted. */
function headsOf(text: string, lang: string, date = '2019-04-25'): string[] {
  return extractFacts(article(text, lang, date), seedKnowledge)
    .facts.participations.filter((p) => p.representingId !== null)
    .map((p) => `${p.actorId}>${p.representingId}`)
    .sort();
}

describe('a name right after a speech verb reports, it does not attend', () => {
  it.each([
    [
      'ru',
      'Двенадцатый раунд переговоров в Астане начался во вторник. Как сообщил Айбек Смадияров, открылся он консультациями, в которых участвуют страны-гаранты.',
    ],
    [
      'en',
      'The twelfth round of the Astana talks began on Tuesday. As said Aibek Smadiyarov, it opened with consultations in which the guarantor states take part.',
    ],
    [
      'ar',
      'بدأت الجولة الثانية عشرة من محادثات أستانا يوم الثلاثاء. وكما قال أيبك سمادياروف، افتتحت بمشاورات تشارك فيها الدول الضامنة.',
    ],
  ])('%s', (lang, text) => {
    expect(headsOf(text, lang)).not.toContain('aibek-smadiyarov>KAZ');
  });

  it('the subject before an attending verb still attends', () => {
    const text =
      'Двенадцатый раунд переговоров в Астане начался во вторник. Айбек Смадияров, как ожидается, участвует в пленарном заседании.';
    expect(headsOf(text, 'ru')).toContain('aibek-smadiyarov>KAZ');
  });
});

describe('heads by participles, inflected verbs and phrases after the name', () => {
  it.each([
    // Turkish "led by" participles before the delegation noun.
    [
      'tr',
      'Astana görüşmelerinin 14. turu başladı. Ali Asgar Hacı liderliğindeki İran heyeti de toplantıya katıldı.',
      'ali-asghar-khaji>IRN',
    ],
    [
      'tr',
      "Astana görüşmelerinin 14. turu başladı. Rusya'dan Aleksandr Lavrentyev yönetimindeki heyet de hazır bulundu.",
      'alexander-lavrentiev>RUS',
    ],
    // Russian "with X at its head" after the name.
    [
      'ru',
      'В Астане начался четырнадцатый раунд переговоров. Иранская делегация с Али Асгаром Хаджи во главе прибыла накануне.',
      'ali-asghar-khaji>IRN',
    ],
    // French and Spanish plural present of taking part, a title before the name.
    [
      'fr',
      'Le 14e round des pourparlers d’Astana a commencé lundi. Prennent part aux discussions le conseiller iranien Ali Asghar Khaji et plusieurs experts.',
      'ali-asghar-khaji>IRN',
    ],
  ])('%s: %s', (lang, text, head) => {
    expect(headsOf(text, lang)).toContain(head);
  });
});

describe('sponsors, party pairs and arrivals in other languages', () => {
  it.each([
    [
      'fr',
      'Parrainée par la Russie, l’Iran et la Turquie, la septième session des pourparlers d’Astana a débuté mercredi.',
      '2017-10-30',
      ['7|IRN|GUARANTOR', '7|RUS|GUARANTOR', '7|TUR|GUARANTOR'],
    ],
    [
      'it',
      'È iniziato ad Astana il decimo round sulla Siria. Partecipano anche le due delegazioni siriane, arrivate ieri sera.',
      '2018-07-30',
      ['10|SYR-OPP|PARTY', '10|SYR|PARTY'],
    ],
    [
      'tr',
      'Astana görüşmelerinin 15. turu başladı. Suriye muhalefetinin heyeti ve Suriye hükümeti de dün akşam toplantıya katıldı.',
      '2020-12-10',
      ['15|SYR-OPP|PARTY', '15|SYR|PARTY'],
    ],
  ])('%s: %s', (lang, text, date, expected) => {
    const got = roundAttendance(text, lang, date);
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('a name in the genitive before a title is its possessor (Turkish)', () => {
  it.each([
    [
      "Astana görüşmelerinin 16. turu başladı. Toplantıya Vladimir Putin'in Suriye Özel Temsilcisi Aleksandr Lavrentyev başkanlığındaki Rus heyeti katıldı.",
      ['alexander-lavrentiev>RUS'],
    ],
    [
      "Astana görüşmelerinin 16. turu başladı. Toplantıya BM Genel Sekreteri Antonio Guterres'in Suriye Özel Temsilcisi Geir Pedersen de katıldı.",
      ['geir-pedersen>UN'],
    ],
  ])('%s', (text, expected) => {
    expect(headsOf(text, 'tr', '2021-07-07')).toEqual(expected);
  });

  it('a name in the genitive before a head verb still heads', () => {
    const text =
      "Astana görüşmelerinin 16. turu başladı. Suriye hükümeti toplantıya Ayman Susan'ın başkanlık ettiği heyetle katılıyor.";
    expect(headsOf(text, 'tr', '2021-07-07')).toContain('ayman-sousan>SYR');
  });
});

/** The rounds of the text's meetings, sorted. */
function roundsOf(text: string, lang: string, date: string): (number | null)[] {
  return extractFacts(article(text, lang, date), seedKnowledge)
    .facts.meetings.map((m) => m.round)
    .sort();
}

describe("a person's first meeting is not round 1", () => {
  it.each([
    [
      'it',
      "Ad Astana si apre oggi un nuovo incontro sulla Siria. Sarà il primo incontro con la partecipazione di Geir Pedersen come inviato dell'Onu.",
    ],
    [
      'de',
      'In Astana beginnt eine neue Syrien-Runde. Für Geir Pedersen sind es die ersten Astana-Gespräche als UN-Gesandter.',
    ],
    ['en', "A new round of the Astana talks opens today. It is Geir Pedersen's first Astana meeting as UN envoy."],
    [
      'fr',
      "Un nouveau round des pourparlers d'Astana s'ouvre aujourd'hui. C'est la première réunion pour Geir Pedersen.",
    ],
    [
      'es',
      'Hoy comienza en Astaná una nueva ronda sobre Siria. Es la primera reunión para Geir Pedersen como enviado.',
    ],
    ['ru', 'В Астане открылась новая встреча по Сирии. Это первая встреча для Гейра Педерсена в новой должности.'],
  ])('%s: %s', (lang, text) => {
    expect(roundsOf(text, lang, '2019-04-25')).not.toContain(1);
  });

  it.each([
    ['en', 'The first round of the Astana talks, attended by Staffan de Mistura, opened on Monday.'],
    ['it', 'Il primo incontro di Astana, con la partecipazione di Staffan de Mistura, si è aperto lunedì.'],
  ])('an aside about the first round keeps it: %s', (lang, text) => {
    expect(roundsOf(text, lang, '2017-01-23')).toContain(1);
  });
});

describe('Kazakh: numbered meetings, guarantors, observers and heads', () => {
  const text =
    'Астана форматындағы кезекті 15-ші кездесу 2-3 наурызда Нұр-Сұлтанда өтеді. ' +
    'Оған кепілгер мемлекеттер Ресей, Иран және Түркия, сондай-ақ Сирия үкіметі мен Сирия қарулы оппозициясы қатысады. ' +
    'Иордания бақылаушы ретінде қатысады.';

  it('reads the round (a date range after the noun is no round) and who attends it in what role', () => {
    const got = roundAttendance(text, 'kk', '2020-02-25');
    for (const e of ['15|RUS|GUARANTOR', '15|TUR|GUARANTOR', '15|IRN|GUARANTOR', '15|SYR|PARTY', '15|SYR-OPP|PARTY'])
      expect(got).toContain(e);
    expect(got).toContain('15|JOR|OBSERVER');
  });
});

describe('Hebrew: prefixes on the word, abbreviation marks inside it', () => {
  it('reads the round, the guarantors joined by ו and a head named after the verb', () => {
    const text =
      'המפגש הבינ”ל ה-17 של תהליך אסטנה נפתח אתמול בבירה הקזחית. בראש המשלחת הסורית עמד ד”ר אימן סוסאן; ' +
      'כמו כן נכחו במפגש המדינות הערבות רוסיה, טורקיה ואיראן, ומשקיפים מעיראק ומלבנון.';
    const got = roundAttendance(text, 'he', '2021-12-22');
    for (const e of ['17|RUS|GUARANTOR', '17|IRN|GUARANTOR', '17|TUR|GUARANTOR', '17|SYR|PARTY', '17|IRQ|OBSERVER'])
      expect(got).toContain(e);
    expect(headsOf(text, 'he', '2021-12-22')).toContain('ayman-sousan>SYR');
  });

  it.each([
    ['הבינ”ל', ['הבינ"ל']],
    ['ח’אגי', ["ח'אגי"]],
    // A prefix letter alone before the mark opens a quotation.
    ['ו”רוסיה”', ['ו', '"', 'רוסיה', '"']],
  ])('%s', (word, tokens) => {
    expect(tokenize(fold(word).text, procliticLetters(seedKnowledge)).map((t) => t.text)).toEqual(tokens);
  });
});

describe('a semicolon ends the clause a later title belongs to', () => {
  it.each([
    [
      'en',
      'The 17th round of the Astana talks opened on Tuesday. Attending were the guarantor states Russia, Iran and Turkey; envoy Alexander Lavrentiev spoke first.',
    ],
    [
      'ar',
      'افتتحت الجولة السابعة عشرة من محادثات أستانا يوم الثلاثاء. وحضرت الدول الضامنة روسيا وإيران وتركيا؛ المبعوث ألكسندر لافرنتييف تحدث أولا.',
    ],
  ])('%s', (lang, text) => {
    const got = roundAttendance(text, lang, '2021-12-21');
    for (const e of ['17|RUS|GUARANTOR', '17|IRN|GUARANTOR', '17|TUR|GUARANTOR']) expect(got).toContain(e);
  });
});

describe('French: "conférence" names the round', () => {
  it('the eleventh international conference is round 11, a bilateral round beside it is not', () => {
    const text =
      "Pendant la onzième conférence internationale d'Astana, lundi, les Russes et les Iraniens ont aussi tenu le troisième round de leurs consultations bilatérales.";
    expect(roundsOf(text, 'fr', '2018-11-29')).toEqual([11]);
  });
});

describe("Turkish predicate ordinal after the ordinal's dot", () => {
  it.each([
    ["Bakan yardımcıları düzeyinde 18.'si yapılan Astana toplantısı dün başladı.", 18],
    ["Bu yıl 18'incisi yapılan Astana toplantısı dün başladı.", 18],
  ])('%s', (text, round) => {
    expect(roundsOf(text, 'tr', '2022-06-16')).toContain(round);
  });
});

describe('a person after the verb governed by "with" is the companion, not the speaker', () => {
  it.each([
    [
      'es',
      '"El alto el fuego resiste", dijo el jefe del Kremlin en su reunión con su colega kazajo, Nursultan Nazarbayev.',
    ],
    [
      'en',
      '"The ceasefire holds," said the Russian president at his talks with his Kazakh counterpart, Nursultan Nazarbayev.',
    ],
  ])('%s', (lang, text) => {
    expect(speakerIds(text, lang)).not.toContain('nursultan-nazarbayev');
  });

  it("a companion phrase that is not the name's apposition leaves the speaker after it", () => {
    expect(speakerIds('«Перемирие соблюдается», — заявил в беседе с журналистами Сергей Лавров.', 'ru')).toEqual([
      'sergey-lavrov',
    ]);
  });
});

describe('verb-final: a list of actors before the attending word attends, not the name opening the sentence', () => {
  const round = 'Astana görüşmelerinin 12. turu dün başladı. ';
  it('the spokesman reports the list', () => {
    const text = `${round}Aibek Smadiyarov, garantör ülkelerin, Esed rejiminin ve muhalefetin katılımıyla toplantının yapıldığını söyledi.`;
    expect(headsOf(text, 'tr', '2019-04-26')).not.toContain('aibek-smadiyarov>KAZ');
    expect(roundAttendance(text, 'tr', '2019-04-26')).toContain('12|SYR|PARTY');
  });

  it('one actor in the apposition keeps the name as the attendee', () => {
    const text = `${round}Aleksandr Lavrentyev, Rus heyetinin başkanı olarak toplantıya katıldı.`;
    expect(headsOf(text, 'tr', '2019-04-26')).toContain('alexander-lavrentiev>RUS');
  });
});
