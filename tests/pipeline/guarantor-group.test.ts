// The guarantors named together at a round that was found: by their role noun or their count ("the guarantors",
// "the three countries", "الدول الثلاث") as the authors of the round's joint statement or final communiqué, or by
// name as the authors of that document ("the statement issued by Iran, Russia and Turkey"). A group noun stands only
// for the guarantors the article names as such (beside one another or next to the noun): news that never says who
// they are, or names one only for something else, leaves them out. Whole invented articles, in several languages.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

const THREE = ['19|IRN|GUARANTOR', '19|RUS|GUARANTOR', '19|TUR|GUARANTOR'];

/** The round's guarantors in the text's attendance. */
function guarantorsAt(text: string, lang: string): string[] {
  return roundAttendance(text, lang, '2022-11-24')
    .filter((x) => x.endsWith('|GUARANTOR'))
    .sort();
}

describe('the group as the authors of the round document, the states named elsewhere', () => {
  it.each([
    [
      'en',
      'The 19th round of the Astana talks on Syria closed in the Kazakh capital on Wednesday. Russia, Turkey and ' +
        'Iran have backed the process since 2017. At the final plenary a Kazakh diplomat read out the guarantors’ ' +
        'joint statement.',
    ],
    [
      'en',
      'The 19th round of the Astana talks on Syria wound up on Wednesday. Moscow’s envoy met the Iranian and Turkish ' +
        'negotiators beforehand, as Russia, Iran and Turkey often do. A final communiqué of the three countries ' +
        'stressed the unity of Syria.',
    ],
    [
      'ar',
      'اختتمت الجولة التاسعة عشرة من محادثات أستانا بشأن سوريا يوم الأربعاء في العاصمة الكازاخية. وترعى روسيا ' +
        'وتركيا وإيران هذا المسار منذ عام 2017. وتلا دبلوماسي كازاخي البيان الختامي للدول الضامنة.',
    ],
    [
      'ar',
      'انتهت أمس الجولة التاسعة عشرة من مباحثات أستانا حول سوريا. ومعروف أن إيران وروسيا وتركيا تضمن وقف إطلاق ' +
        'النار منذ سنوات. وصدر في الختام بيان مشترك عن الدول الثلاث دعا إلى زيادة المساعدات.',
    ],
    [
      'ar',
      'بدأت الجولة التاسعة عشرة من محادثات أستانا حول سوريا يوم الثلاثاء. وتعمل الدول الضامنة على صياغة البيان ' +
        'الختامي للجولة. وكانت الخارجية الكازاخية قد وجهت الدعوة إلى روسيا وإيران وتركيا.',
    ],
    [
      'ru',
      'В среду завершился 19-й раунд переговоров в астанинском формате по Сирии. Россия, Иран и Турция ведут этот ' +
        'процесс с 2017 года. В итоговом коммюнике три страны призвали расширить гуманитарную помощь.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(guarantorsAt(text, lang)).toEqual(THREE);
  });
});

describe('the states named as the authors of the round document', () => {
  it.each([
    [
      'en',
      'The Astana talks on Syria ended on Wednesday. At the close of the 19th round a deputy minister read out the ' +
        'joint statement issued by Iran, Russia and Turkey.',
    ],
    [
      'ar',
      'انتهت الجولة التاسعة عشرة من محادثات أستانا بشأن سوريا يوم الأربعاء. وقبل ذلك تلا نائب الوزير البيان ' +
        'المشترك الصادر عن إيران وروسيا وتركيا.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(guarantorsAt(text, lang)).toEqual(THREE);
  });
});

describe('a group noun for guarantors the article never names as such', () => {
  it.each([
    // Never named at all.
    [
      'en',
      'The 19th round of the Astana talks on Syria closed on Wednesday. The guarantor states adopted a joint ' +
        'statement at the end.',
      [],
    ],
    // A document a comma sets apart is the source of what the group did, not its act at the round.
    [
      'en',
      'The 19th round of the Astana talks on Syria closed on Wednesday. Russia, Turkey and Iran have backed the ' +
        'process since 2017. According to the joint statement, the guarantors agreed to meet again in spring.',
      [],
    ],
    [
      'ar',
      'اختتمت الجولة التاسعة عشرة من محادثات أستانا حول سوريا أمس. وترعى روسيا وتركيا وإيران المسار منذ بدايته. ' +
        'وبحسب البيان الختامي، توافقت الدول الضامنة على عقد جولة جديدة في الربيع.',
      [],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(guarantorsAt(text, lang)).toEqual(want);
  });
});

describe('a counted noun stands for the guarantors only where the series has that many', () => {
  it.each([
    [
      'en',
      'The 19th round of the Astana talks on Syria closed on Wednesday. Russia, Turkey and Iran have sponsored it ' +
        'from the start. Delegations of the three countries attended the closing session.',
      THREE,
    ],
    [
      'ar',
      'اختتمت الجولة التاسعة عشرة من محادثات أستانا حول سوريا أمس. وترعى روسيا وتركيا وإيران المسار منذ بدايته. ' +
        'وحضرت وفود الدول الثلاث الجلسة الختامية.',
      THREE,
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(guarantorsAt(text, lang)).toEqual(want);
  });
});

describe('states listed as the members of a body the round sets up', () => {
  it.each([
    [
      'en',
      'The second round of the Astana talks on Syria ended on Thursday, where participants agreed to create a group ' +
        'of Iran, Russia and Turkey to watch the truce.',
    ],
    [
      'en',
      'The second round of the Astana talks on Syria ended on Thursday. Participants agreed to set up a mechanism to ' +
        'watch the truce, made up of Iran, Russia and Turkey.',
    ],
    [
      'ar',
      'انتهت الجولة الثانية من محادثات أستانا بشأن سوريا يوم الخميس، واتفق المشاركون فيها على تشكيل مجموعة تضم ' +
        'إيران وروسيا وتركيا لمراقبة الهدنة.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(roundAttendance(text, lang, '2017-02-17').filter((x) => x.endsWith('|GUARANTOR'))).toEqual([]);
  });

  // Attendees named in the same sentence still attend.
  it.each([
    [
      'en',
      'Iran, Russia and Turkey attended the second round of the Astana talks on Syria, where they agreed to create a ' +
        'group to watch the truce.',
    ],
    [
      'ar',
      'شاركت إيران وروسيا وتركيا في الجولة الثانية من محادثات أستانا بشأن سوريا، واتفقت على تشكيل مجموعة لمراقبة ' +
        'الهدنة.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(roundAttendance(text, lang, '2017-02-17').filter((x) => x.endsWith('|GUARANTOR'))).toEqual([
      '2|IRN|GUARANTOR',
      '2|RUS|GUARANTOR',
      '2|TUR|GUARANTOR',
    ]);
  });
});

describe('a clause that tells how the format was launched names no round', () => {
  it.each([
    [
      'ar',
      'بدأت اليوم الجولة 22 من محادثات أستانا بشأن سوريا بحضور وفود الدول الضامنة، أي تركيا وروسيا وإيران. وكان مسار ' +
        'أستانا قد أُطلق في يناير 2017 تحت رعاية الدول الضامنة، وعُقدت الجولة السابقة في يونيو.',
      ['22|IRN|GUARANTOR', '22|RUS|GUARANTOR', '22|TUR|GUARANTOR'],
    ],
    [
      'en',
      'The 22nd round of the Astana talks on Syria opened today, attended by the guarantors Turkey, Russia and Iran. ' +
        'The Astana process was launched in January 2017 under the auspices of Russia, Turkey and Iran, and the ' +
        'previous round took place in June.',
      ['22|IRN|GUARANTOR', '22|RUS|GUARANTOR', '22|TUR|GUARANTOR'],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(roundAttendance(text, lang, '2024-11-11').filter((x) => x.endsWith('|GUARANTOR'))).toEqual(want);
  });

  // The talks that began this week are the round under way: no earlier year, no launch of the format.
  it.each([
    [
      'en',
      'The Astana talks began on Monday under the auspices of Russia, Turkey and Iran, and their 22nd round ends today.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(roundAttendance(text, lang, '2024-11-11').filter((x) => x.endsWith('|GUARANTOR'))).toEqual([
      '22|IRN|GUARANTOR',
      '22|RUS|GUARANTOR',
      '22|TUR|GUARANTOR',
    ]);
  });
});
