// Participation in numbered Astana rounds: roles from cues and actor types; invited, absent and historical actors excluded.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function attendance(text: string, lang: string, pub = '2023-06-21'): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.participations.filter((p) => p.meetingId.startsWith('astana-'))
    .map((p) => `${p.meetingId}|${p.actorId}|${p.role}${p.representingId ? `|${p.representingId}` : ''}`)
    .sort();
}

describe('participation', () => {
  it.each([
    [
      'ar guarantors, parties and observers listed with clitics',
      'انتهى الاجتماع العشرين بصيغة أستانا اليوم. جرت الاجتماعات بمشاركة وفود الدول الضامنة (تركيا وروسيا وإيران)، وممثلين عن النظام السوري والمعارضة، وممثلين عن الأمم المتحدة والأردن والعراق ولبنان كمراقبين.',
      'ar',
      [
        'IRN|GUARANTOR',
        'IRQ|OBSERVER',
        'JOR|OBSERVER',
        'LBN|OBSERVER',
        'RUS|GUARANTOR',
        'SYR-OPP|PARTY',
        'SYR|PARTY',
        'TUR|GUARANTOR',
        'UN|OBSERVER',
      ].map((x) => `astana-20|${x}`),
    ],
    [
      'ar invited observers are not participants',
      'في الجولة الـ 12 لمباحثات أستانا، توافقت الدول الضامنة الثلاث، روسيا وتركيا وإيران، على توجيه دعوة إلى العراق ولبنان للمشاركة بصفة مراقبين.',
      'ar',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-12|${x}`),
    ],
    [
      'ar an absent state is not a participant; a head represents his delegation',
      'وكانت الجولة التاسعة من محادثات أستانا قد جرت بحضور وفد النظام، وحضرها بصفة مراقبين وفد الأمم المتحدة الذي ترأسه ستيفان دي ميستورا، بينما غاب عنها ممثل الولايات المتحدة.',
      'ar',
      ['SYR|PARTY', 'UN|OBSERVER', 'staffan-de-mistura|PARTICIPANT|UN'].map((x) => `astana-9|${x}`),
    ],
    [
      'en host state',
      'Kazakhstan will no longer host the talks, it said as the 20th round of the Astana talks was wrapping up.',
      'en',
      ['astana-20|KAZ|HOST'],
    ],
    [
      'en the country a title names is not a delegation',
      'The 14th round of the Astana talks opened. Aibek Smadiyarov, the Kazakh Foreign Ministry spokesman, said the Jordanian delegation is led by its ambassador.',
      'en',
      ['astana-14|JOR|OBSERVER'],
    ],
    [
      'en "X heads the Russian team" and "headed by X"',
      'At the 14th Astana round, Alexander Lavrentyev heads the Russian team, while the Iranian delegation is headed by Ali Asghar Khaji.',
      'en',
      [
        'IRN|GUARANTOR',
        'RUS|GUARANTOR',
        'alexander-lavrentiev|PARTICIPANT|RUS',
        'ali-asghar-khaji|PARTICIPANT|IRN',
      ].map((x) => `astana-14|${x}`),
    ],
    [
      'fr observers in a list after the round is named',
      "Le septième cycle des pourparlers d'Astana est programmé. Les Nations unies, les États-Unis et la Jordanie seront présents en qualité d'observateurs.",
      'fr',
      ['JOR|OBSERVER', 'UN|OBSERVER', 'USA|OBSERVER'].map((x) => `astana-7|${x}`),
    ],
    [
      'en the UN General Assembly is a venue, not the UN at the round',
      'The 21st round of the Astana talks opened on Tuesday on the sidelines of the UN General Assembly, with Russia, Iran and Turkey taking part.',
      'en',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-21|${x}`),
    ],
    [
      'ar the foreign ministers of a list belong to the other meeting',
      'أعلنت موسكو عقد الجولة 21 من محادثات أستانا بمشاركة الدول الضامنة، بعد نقاش حول اجتماع يضم وزراء خارجية روسيا وسوريا وإيران وتركيا.',
      'ar',
      [],
    ],
    [
      'ar a state before the title of the person it sends is no affiliation',
      'انطلقت اليوم الجولة الخامسة عشرة من محادثات أستانا. وأوفدت الولايات المتحدة مساعد وزير الخارجية لمتابعة الاجتماعات بصفة مراقب.',
      'ar',
      ['astana-15|USA|OBSERVER'],
    ],
    [
      'en a title in the next sentence does not make the last state of a list an affiliation',
      'The 15th round of the Astana talks ended on Friday with a joint statement by Russia, Iran and Turkey. Kazakh Foreign Minister Beibut Atamkulov read out the statement.',
      'en',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-15|${x}`),
    ],
    [
      'de a joint statement of the three guarantors',
      'Die 15. Runde der Astana-Gespräche ist am Donnerstag zu Ende gegangen. Russland, der Iran und die Türkei verabschiedeten eine gemeinsame Erklärung.',
      'de',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-15|${x}`),
    ],
    [
      'it a joint statement of the three guarantors',
      'Si è concluso giovedì il quindicesimo round dei colloqui di Astana. Russia, Iran e Turchia hanno adottato una dichiarazione congiunta.',
      'it',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-15|${x}`),
    ],
    [
      'de guarantors in the dative; the boycotting opposition is no participant',
      'Die 19. Runde der Astana-Gespräche endete am Freitag mit Russland, dem Iran und der Türkei als Garantiemächten. Die Opposition boykottierte die Runde.',
      'de',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-19|${x}`),
    ],
    [
      'es a state that did not attend',
      'La decimonovena ronda de Astaná terminó el viernes con Rusia, Irán y Turquía como garantes. Estados Unidos no asistió a la reunión.',
      'es',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-19|${x}`),
    ],
    [
      'ru a state that did not take part',
      'Девятнадцатый раунд переговоров в Астане завершился в пятницу. Иордания не участвовала во встрече.',
      'ru',
      [],
    ],
    [
      'en three capitals in a list stand for their states',
      'The 13th round of the Astana talks ended on Friday. Guarantors Moscow, Tehran and Ankara attended.',
      'en',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-13|${x}`),
    ],
    [
      'en capitals as venues or as a pair are places',
      'The 13th round of the Astana talks ended on Friday. The guarantors will take part in further meetings in Moscow, Tehran and Ankara, and will improve ties between Ankara and Damascus.',
      'en',
      [],
    ],
    [
      'en states that signed a document at an earlier round took part in it',
      'The sixth round of the Astana talks, in early May, ended with a ceasefire memorandum that Russia, Iran and Turkey signed.',
      'en',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-6|${x}`),
    ],
    [
      'tr the same with a Turkish pluperfect signing verb',
      'Astana sürecinin altıncı turu mayıs başında yapılmış, Rusya, İran ve Türkiye burada ateşkes mutabakatını imzalamıştı.',
      'tr',
      ['IRN|GUARANTOR', 'RUS|GUARANTOR', 'TUR|GUARANTOR'].map((x) => `astana-6|${x}`),
    ],
    [
      'ar a UN envoy speaking at the close of a round took part for the UN, and the UN observed',
      'أعرب المبعوث الأممي غير بيدرسون عن خيبة أمله في ختام الجولة الثامنة عشرة من محادثات أستانا.',
      'ar',
      ['astana-18|UN|OBSERVER', 'astana-18|geir-pedersen|PARTICIPANT|UN'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(attendance(text, lang)).toEqual(expected);
  });

  it.each([
    [
      'no round named, no participation',
      'Delegations of Russia, Iran and Turkey came to attend the Astana talks.',
      'en',
    ],
    ['"talks on Syria" makes no Syrian participant', 'The 20th round of the Astana talks on Syria ended.', 'en'],
    [
      'absent in the same clause',
      'Astana-11 talks ended on Thursday. Representatives of the United States were absent.',
      'en',
    ],
    [
      'history in passing',
      'The 20th Astana round ended. Since 2017 representatives of Russia, Turkey and Iran have held talks there.',
      'en',
    ],
    [
      'fr an earlier round recalled with a result but no signing verb',
      "Le sixième cycle d'Astana avait débouché, en mai, sur la création de zones de désescalade.",
      'fr',
    ],
  ])('%s', (_label, text, lang) => {
    expect(attendance(text, lang)).toEqual([]);
  });
});
