// The sides of a series of three parties named together by a counted noun ("the three delegations", "الوفود الثلاثة",
// "les trois délégations"): the noun stands for the three standing PARTY members, only in a series that has three
// (cue partyTrio); a distributive count of seats ("15 from each of the three lists") is the body's make-up, not
// attendance; the co-chairs running a sitting are no mediating by the UN; Arabic verbs of gathering, joining and
// holding talks with a side. The sentences are invented.
import { describe, expect, it } from 'vitest';
import { attendanceTriples as attendance } from './article.js';

const THREE = ['SYR-CIVIL|PARTY', 'SYR-OPP|PARTY', 'SYR|PARTY'];
const at = (meeting: string, xs: string[]): string[] => xs.map((x) => `${meeting}|${x}`).sort();

describe('three parties by a counted noun', () => {
  it.each([
    [
      'en',
      '2021-10-19',
      'The sixth session of the Constitutional Committee went on in Geneva on Tuesday. The three delegations spent the morning on the principle of sovereignty.',
    ],
    [
      'en',
      '2021-10-19',
      'On Tuesday the drafting body of the Constitutional Committee closed the second day of its sixth session, in which all three delegations presented texts.',
    ],
    [
      'ar',
      '2021-10-19',
      'تواصلت الثلاثاء في جنيف أعمال الدورة السادسة للجنة الدستورية، وناقشت الوفود الثلاثة مبدأ السيادة.',
    ],
    [
      'ar',
      '2021-10-19',
      'اختتمت الهيئة المصغرة للجنة الدستورية يومها الثاني من الدورة السادسة، وقدمت الأطراف الثلاثة نصوصها.',
    ],
    [
      'fr',
      '2021-10-19',
      'La sixième session du Comité constitutionnel s’est poursuivie mardi à Genève, où les trois délégations ont débattu de la souveraineté.',
    ],
    [
      'de',
      '2021-10-19',
      'Die sechste Sitzung des Verfassungskomitees ging am Dienstag in Genf weiter; die drei Delegationen berieten über die Souveränität.',
    ],
  ])('%s %s: %s', (lang, date, text) => {
    expect(attendance(text, lang, date)).toEqual(at('constitutional-committee-6', THREE));
  });

  it.each([
    // A series of two parties: three delegations are not its sides.
    [
      'en',
      '2019-04-26',
      'The twelfth round of the Astana talks ended on Thursday; the three delegations of the guarantors signed the statement.',
      'SYR',
    ],
    // The make-up of the body, told with a distributive count.
    [
      'en',
      '2021-10-19',
      'The sixth session of the Constitutional Committee went on in Geneva on Tuesday. Its drafting body has 45 members, 15 from each of the three lists.',
      'SYR',
    ],
    [
      'ar',
      '2021-10-19',
      'تواصلت الثلاثاء في جنيف أعمال الدورة السادسة للجنة الدستورية. وتضم الهيئة المصغرة 45 عضوا، 15 من كل قائمة من القوائم الثلاث.',
      'SYR',
    ],
  ])('%s %s: no sides from "%s"', (lang, date, text, side) => {
    expect(attendance(text, lang, date).filter((x) => x.includes(`|${side}`))).toEqual([]);
  });
});

describe('the co-chairs run the sitting', () => {
  it.each([
    [
      'ar',
      '2022-05-31',
      'تواصلت أعمال الدورة الثامنة للجنة الدستورية في جنيف الثلاثاء. وأدار الجلسة الرئيسان المشتركان أحمد الكزبري وهادي البحرة.',
    ],
    [
      'en',
      '2022-05-31',
      'The eighth session of the Constitutional Committee continued in Geneva on Tuesday. The sitting was facilitated by the two co-chairs, Ahmad Kuzbari and Hadi al-Bahra.',
    ],
  ])('%s: no UN mediator from "%s"', (lang, date, text) => {
    const got = attendance(text, lang, date);
    expect(got).toContain('constitutional-committee-8|SYR|PARTY');
    expect(got).not.toContain('constitutional-committee-8|UN|MEDIATOR');
  });

  it('the UN still mediates where the sentence names it', () => {
    const text =
      'The eighth session of the Constitutional Committee continued in Geneva on Tuesday. The co-chairs met in a sitting facilitated by the United Nations.';
    expect(attendance(text, 'en', '2022-05-31')).toContain('constitutional-committee-8|UN|MEDIATOR');
  });
});

describe('Arabic verbs of gathering, joining and talks with a side', () => {
  it.each([
    [
      'بدأت اللجنة الدستورية دورتها الخامسة في جنيف الاثنين. وجمع الاجتماع وفد الحكومة ووفد المعارضة.',
      ['SYR-OPP|PARTY', 'SYR|PARTY'],
    ],
    ['بدأت اللجنة الدستورية دورتها الخامسة في جنيف الاثنين. وانضم وفد المجتمع المدني إلى الجلسة.', ['SYR-CIVIL|PARTY']],
  ])('%s', (text, expected) => {
    const got = attendance(text, 'ar', '2021-01-25');
    for (const x of expected) expect(got).toContain(`constitutional-committee-5|${x}`);
  });
});
