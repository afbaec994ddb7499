// The names the Syrian parties go by besides "the government" and "the opposition": negotiating bodies and platforms
// (High Negotiations Committee, Moscow and Cairo platforms, National Coalition), hostile wording ("the so-called
// opposition", "Assad's gangs"), the government by its capital or its leader, and civil society as its members or
// organizations. Each row names parties attending a round of one of the series; they must come out as PARTY there.
// The forms are gazetteer data (seed/gazetteer/actors.json, states.json); the sentences are invented.
import { describe, expect, it } from 'vitest';
import { attendanceTriples as attendance } from './article.js';

describe('names of the Syrian parties in the three series', () => {
  it.each([
    [
      'en',
      '2022-06-01',
      'The eighth session of the Constitutional Committee opened on Monday. The Moscow platform and the Cairo platform joined the government side.',
      ['constitutional-committee-8|SYR-OPP|PARTY', 'constitutional-committee-8|SYR|PARTY'],
    ],
    [
      'en',
      '2017-05-10',
      'The fifth round of the Geneva talks began on Tuesday with the Government of Syria and the National Coalition present.',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY'],
    ],
    [
      'en',
      '2019-04-20',
      "The twelfth round of the Astana talks ended on Thursday. The so-called opposition and Assad's gangs both attended.",
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'ar',
      '2022-06-01',
      'انطلقت الجولة الثامنة من اجتماعات اللجنة الدستورية يوم الاثنين بحضور ممثلي منصتي موسكو والقاهرة وممثلي الحكومة.',
      ['constitutional-committee-8|SYR-OPP|PARTY', 'constitutional-committee-8|SYR|PARTY'],
    ],
    [
      'ar',
      '2017-05-10',
      'بدأت الجولة الخامسة من محادثات جنيف يوم الثلاثاء بحضور وفد الائتلاف والوفد الحكومي.',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY'],
    ],
    [
      'ar',
      '2019-04-20',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا الخميس بمشاركة ما يسمى المعارضة وعصابات الأسد.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'ar',
      '2019-04-20',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا الخميس بمشاركة الفصائل المعارضة المسلحة وحكومة دمشق.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'ar',
      '2022-06-01',
      'انطلقت الجولة الثامنة من اجتماعات اللجنة الدستورية يوم الاثنين بمشاركة أعضاء المجتمع المدني ونظام الأسد.',
      ['constitutional-committee-8|SYR-CIVIL|PARTY', 'constitutional-committee-8|SYR|PARTY'],
    ],
    [
      'fr',
      '2017-05-10',
      'Le cinquième round des pourparlers de Genève a commencé mardi en présence de la Coalition nationale syrienne et du Haut comité des négociations.',
      ['geneva-5|SYR-OPP|PARTY'],
    ],
    [
      'ru',
      '2022-06-01',
      'Восьмая сессия Конституционного комитета открылась в понедельник; в ней участвуют представители гражданского общества, московская платформа и правительство Сирии.',
      [
        'constitutional-committee-8|SYR-CIVIL|PARTY',
        'constitutional-committee-8|SYR-OPP|PARTY',
        'constitutional-committee-8|SYR|PARTY',
      ],
    ],
    [
      'ru',
      '2019-04-20',
      'Двенадцатый раунд переговоров в Астане завершился в четверг; в нем участвовали Высший комитет по переговорам и сирийские власти.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'es',
      '2017-05-10',
      'La quinta ronda de las conversaciones de Ginebra comenzó el martes con la participación del Alto Comité de Negociaciones y del gobierno de Siria.',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY'],
    ],
    [
      'it',
      '2019-04-20',
      'Il dodicesimo round dei colloqui di Astana è terminato giovedì. Partecipano la cosiddetta opposizione e il governo di Assad.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'en',
      '2019-04-20',
      'The twelfth round of the Astana talks ended on Thursday. The HNC and the Assad government attended.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'fr',
      '2022-06-01',
      "La huitième session du Comité constitutionnel s'est ouverte lundi en présence de la plateforme de Moscou, des autorités syriennes et des représentants de la société civile.",
      [
        'constitutional-committee-8|SYR-CIVIL|PARTY',
        'constitutional-committee-8|SYR-OPP|PARTY',
        'constitutional-committee-8|SYR|PARTY',
      ],
    ],
    [
      'tr',
      '2019-04-20',
      'Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. Toplantıya Suriye Müzakere Komisyonu ve Esad hükümeti katıldı.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
    [
      'de',
      '2019-04-20',
      'Die zwölfte Runde der Astana-Gespräche endete am Donnerstag. Vertreter der Nationalen Koalition und der Regierung in Damaskus waren anwesend.',
      ['astana-12|SYR-OPP|PARTY', 'astana-12|SYR|PARTY'],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(attendance(text, lang, date)).toEqual(expected);
  });
});

// The host-city trap: a city named after another series that hosts the session ("استضافت جنيف الجولة الثامنة من
// اجتماعات اللجنة الدستورية") is a venue, not that series; the UN hosting is its role in the series, not HOST.
describe('a city or the UN hosting the parties', () => {
  it.each([
    [
      'en',
      '2022-06-01',
      'The eighth session of the Constitutional Committee, hosted by the United Nations in Geneva, opened on Monday with the government, the opposition and civil society.',
      [
        'constitutional-committee-8|SYR-CIVIL|PARTY',
        'constitutional-committee-8|SYR-OPP|PARTY',
        'constitutional-committee-8|SYR|PARTY',
        'constitutional-committee-8|UN|MEDIATOR',
      ],
    ],
    [
      'en',
      '2017-05-10',
      'Geneva hosted the fifth round of the Geneva talks, where the regime and the High Negotiations Committee met the UN envoy.',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY', 'geneva-5|UN|MEDIATOR'],
    ],
    [
      'ar',
      '2022-06-01',
      'استضافت جنيف الجولة الثامنة من اجتماعات اللجنة الدستورية بمشاركة وفود النظام والمعارضة والمجتمع المدني.',
      [
        'constitutional-committee-8|SYR-CIVIL|PARTY',
        'constitutional-committee-8|SYR-OPP|PARTY',
        'constitutional-committee-8|SYR|PARTY',
      ],
    ],
    [
      'ar',
      '2017-05-10',
      'استضاف مكتب الأمم المتحدة في جنيف الجولة الخامسة من محادثات جنيف بحضور وفدي الحكومة والهيئة العليا للمفاوضات.',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY', 'geneva-5|UN|MEDIATOR'],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(attendance(text, lang, date)).toEqual(expected);
  });
});
