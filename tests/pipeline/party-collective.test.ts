// The Syrian parties named together ("the two delegations", "every Syrian party", "الوفدين", "les parties
// syriennes") and the government named by its capital ("Damascus and the opposition", "the delegation of
// Damascus", "وفد دمشق"). A collective noun stands for the standing PARTY members of the sentence's series; a dual only
// in a series of two parties, and not when it points back at two actors just named. The nouns are lexicon cues
// (partyNoun, partyPair); the sentences are invented.
import { describe, expect, it } from 'vitest';
import { attendanceTriples as attendance } from './article.js';

describe('the parties named together', () => {
  it.each([
    [
      'en',
      '2019-04-20',
      'The twelfth round of the Astana talks ended on Thursday. Both delegations attended every session.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'en',
      '2017-05-10',
      'The fifth round of the Geneva talks began on Tuesday, and the Syrian parties took part in separate meetings.',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY'],
    ],
    [
      'ar',
      '2019-04-20',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا الخميس بمشاركة الوفدين.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'ar',
      '2022-06-01',
      'انطلقت الجولة الثامنة من اجتماعات اللجنة الدستورية يوم الاثنين بحضور جميع الأطراف السورية.',
      [
        'constitutional-committee-8|SYR-CIVIL|PARTY',
        'constitutional-committee-8|SYR-OPP|PARTY',
        'constitutional-committee-8|SYR|PARTY',
      ],
    ],
    [
      'fr',
      '2017-05-10',
      'Le cinquième round des pourparlers de Genève a commencé mardi en présence des deux délégations.',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY'],
    ],
    [
      'ru',
      '2019-04-20',
      'Двенадцатый раунд переговоров в Астане завершился в четверг; в нем участвовали обе делегации.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'de',
      '2019-04-20',
      'Die zwölfte Runde der Astana-Gespräche endete am Donnerstag. Beide Delegationen waren anwesend.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'es',
      '2017-05-10',
      'La quinta ronda de las conversaciones de Ginebra comenzó el martes con la participación de las partes sirias.',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY'],
    ],
    [
      'it',
      '2019-04-20',
      'Il dodicesimo round dei colloqui di Astana è terminato giovedì. Partecipano entrambe le delegazioni.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'tr',
      '2019-04-20',
      'Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. Toplantıya Suriyeli taraflar katıldı.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(attendance(text, lang, date)).toEqual(expected);
  });
});

describe('collective nouns that name no party', () => {
  it.each([
    [
      'en',
      '2022-06-01',
      'The eighth session of the Constitutional Committee opened on Monday. The two delegations attended.',
      [],
    ],
    [
      'en',
      '2019-04-20',
      'The twelfth round of the Astana talks ended on Thursday. Kazakh officials met the Iranian delegation. The two delegations attended a dinner.',
      ['astana-12|IRN|GUARANTOR'],
    ],
    [
      'en',
      '2019-04-20',
      'The twelfth round of the Astana talks ended on Thursday. The Syrian parties will take part in further meetings.',
      [],
    ],
    [
      'en',
      '2019-04-20',
      'The twelfth round of the Astana talks ended on Thursday. The Syrian parties did not attend.',
      [],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(attendance(text, lang, date)).toEqual(expected);
  });
});

describe('the government by its capital', () => {
  it.each([
    [
      'en',
      '2019-04-20',
      'The twelfth round of the Astana talks ended on Thursday, with Damascus and the opposition attending.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'en',
      '2019-04-20',
      'The twelfth round of the Astana talks ended on Thursday; the delegation of Damascus attended.',
      ['astana-12|SYR|PARTY'],
    ],
    [
      'ar',
      '2019-04-20',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا الخميس بمشاركة وفد دمشق والمعارضة.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'fr',
      '2019-04-20',
      "Le douzième cycle des pourparlers d'Astana s'est achevé jeudi en présence de la délégation de Damas et des rebelles.",
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'en',
      '2019-04-20',
      'The twelfth round of the Astana talks ended on Thursday; a Russian delegation travelled to Damascus and attended.',
      ['astana-12|RUS|GUARANTOR'],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(attendance(text, lang, date)).toEqual(expected);
  });
});
