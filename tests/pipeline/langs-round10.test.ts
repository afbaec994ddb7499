// Round 10 language data beyond Arabic and English, each function with new invented sentences in the languages it
// concerns: joining and being present as attending (Russian "присоединиться", German "dabei sein" and verb-last
// clause forms, Turkish "hazır bulunmak"), a state's authorities as its government (Russian "власти"), the Brazilian
// word for the guarantor states ("fiadores"), and "no longer" as a negation of hosting or attending.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

describe('attending verbs in the forms news uses', () => {
  it.each([
    // Russian: joining talks under way is taking part; the plural of arriving verbs.
    [
      'ru',
      'К шестнадцатому раунду переговоров в Астане присоединились делегации Ливана и Ирака.',
      ['16|IRQ|OBSERVER', '16|LBN|OBSERVER'],
    ],
    [
      'ru',
      'В Нур-Султан на четырнадцатую встречу по Сирии в астанинском формате прибыли иорданцы и Ирак.',
      ['14|IRQ|OBSERVER'],
    ],
    // German: "dabei sein", and the verb last in a relative clause.
    [
      'de',
      'Bei der 14. Runde der Astana-Gespräche, bei der auch der Irak dabei war, ging es um Gefangene.',
      ['14|IRQ|OBSERVER'],
    ],
    ['de', 'Es ist die 14. Runde der Astana-Gespräche, an der auch Jordanien teilnimmt.', ['14|JOR|OBSERVER']],
    [
      'de',
      'An der 14. Runde der Astana-Gespräche, an der der Libanon beteiligt war, wurde wenig erreicht.',
      ['14|LBN|OBSERVER'],
    ],
    // Turkish: "hazır bulunmak", be present, in the future and the participle.
    ['tr', "Astana'daki 16. toplantıda Irak da hazır bulunacak.", ['16|IRQ|OBSERVER']],
    [
      'tr',
      "Nur Sultan'daki 16. Astana toplantısında hazır bulunan Ürdün heyeti açıklama yapmadı.",
      ['16|JOR|OBSERVER'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    const got = roundAttendance(text, lang, '2021-07-07');
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('a state named by its authorities or by its role', () => {
  it.each([
    [
      'ru',
      'В седьмом раунде переговоров в Астане участвуют сирийские власти и вооруженная оппозиция.',
      ['7|SYR|PARTY', '7|SYR-OPP|PARTY'],
    ],
    [
      'ru',
      'Делегации властей Сирии и оппозиции прибыли в Астану на седьмой раунд переговоров.',
      ['7|SYR|PARTY', '7|SYR-OPP|PARTY'],
    ],
    [
      'pt',
      'Os países fiadores participam da sétima rodada de negociações em Astana.',
      ['7|IRN|GUARANTOR', '7|RUS|GUARANTOR', '7|TUR|GUARANTOR'],
    ],
    [
      'pt',
      'Delegações dos Estados fiadores chegaram a Astana para a sétima rodada.',
      ['7|IRN|GUARANTOR', '7|RUS|GUARANTOR', '7|TUR|GUARANTOR'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    const got = roundAttendance(text, lang, '2017-10-30');
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('"no longer" negates hosting and attending', () => {
  it.each([
    ['de', 'Nach der 20. Runde der Astana-Gespräche will Kasachstan die Treffen nicht mehr ausrichten.', 'KAZ'],
    ['de', 'Jordanien nimmt an der 21. Runde der Astana-Gespräche nicht länger teil.', 'JOR'],
    ['es', 'Tras la vigésima ronda de Astaná, Kazajistán ya no acogerá las reuniones.', 'KAZ'],
    ['pt', 'Depois da vigésima rodada de Astana, o Cazaquistão deixará de sediar as reuniões.', 'KAZ'],
    [
      'it',
      'Dopo il ventesimo round di Astana il Kazakistan non ospiterà più gli incontri e non più la Giordania.',
      'JOR',
    ],
    ['ru', 'После двадцатой встречи в астанинском формате Казахстан больше не примет переговоры.', 'KAZ'],
  ])('%s: %s', (lang, text, actor) => {
    const got = roundAttendance(text, lang, '2023-06-21');
    expect(got.filter((t) => t.split('|')[1] === actor)).toEqual([]);
  });
});
