// Meeting frames: which meeting each sentence is about, decided for the whole article (a specific round, a general
// description of the format, background history, or nothing). Invented articles, several languages.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function attendance(text: string, lang: string, pub = '2023-06-21'): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.participations.filter((p) => p.meetingId.startsWith('astana-') && !p.representingId)
    .map((p) => `${p.meetingId.slice('astana-'.length)}|${p.actorId}|${p.role}`)
    .sort();
}

const GUARANTORS = (round: number): string[] => ['IRN', 'RUS', 'TUR'].map((s) => `${String(round)}|${s}|GUARANTOR`);

describe('meeting frames', () => {
  it.each([
    [
      'en a general description of the format is attendance at no round',
      'The 17th round of the Astana talks ended on Friday; it was attended by delegations of the Syrian government and the opposition. Moscow, Ankara and Tehran are the guarantors of the format, and Jordan and Iraq observe it.',
      'en',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
    [
      'fr a general description of the format is attendance at no round',
      "Le 17e round des pourparlers d'Astana s'est achevé vendredi en présence des délégations du gouvernement syrien et de l'opposition. La Russie, la Turquie et l'Iran sont les garants du processus.",
      'fr',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
    [
      'ar a general description of the format is attendance at no round',
      'اختتمت الجولة السابعة عشرة من محادثات أستانا يوم الجمعة بحضور وفدي الحكومة السورية والمعارضة. وتعد روسيا وتركيا وإيران الدول الضامنة لمسار أستانا.',
      'ar',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
    [
      'en the round number given only at the end still frames the participants named before it',
      'Delegations of Russia, Turkey and Iran met in the Kazakh capital on Tuesday and Wednesday. The talks were the sixth meeting of the Astana format.',
      'en',
      GUARANTORS(6),
    ],
    [
      'de the round number given only at the end still frames the participants named before it',
      'Delegationen aus Russland, der Türkei und Iran kamen am Dienstag in der kasachischen Hauptstadt zusammen. Es war die sechste Runde der Astana-Gespräche.',
      'de',
      GUARANTORS(6),
    ],
    [
      'en a delegation head named before the round number is at the round the article reports',
      'Alexander Lavrentiev leads the Russian delegation in the Kazakh capital. The talks are the 20th round of the Astana format.',
      'en',
      ['20|RUS|GUARANTOR'],
    ],
    [
      'ar a delegation head named before the round number is at the round the article reports',
      'يترأس ألكسندر لافرنتييف الوفد الروسي في العاصمة الكازاخية. وتعد هذه المحادثات الجولة العشرين من مسار أستانا.',
      'ar',
      ['20|RUS|GUARANTOR'],
    ],
    [
      'en a background sentence about the first round does not capture the sentences after it',
      'The 21st round of the Astana talks opened on Tuesday. The first round was held in January 2017. Delegations of Russia, Turkey and Iran are taking part as guarantors.',
      'en',
      GUARANTORS(21),
    ],
    [
      'ru a background sentence about the first round does not capture the sentences after it',
      'Во вторник в Астане открылся 21-й раунд переговоров по Сирии. Первый раунд прошел в январе 2017 года. В переговорах участвуют делегации России, Турции и Ирана.',
      'ru',
      GUARANTORS(21),
    ],
    [
      'en the planned next round named first does not capture the attendees of the current one',
      'The 18th round of the Astana talks closed on Thursday. The delegations agreed that the next round will meet in Astana in May. Russia, Turkey and Iran took part as guarantors, and Jordan attended as an observer.',
      'en',
      [...GUARANTORS(18), '18|JOR|OBSERVER'],
    ],
    [
      'ru "the latest to date" meeting, told in the past, keeps the sentence after it',
      'Следующий, 23-й раунд переговоров по Сирии в астанинском формате пройдет в сентябре. Последняя на сегодня встреча прошла в Нур-Султане в декабре. Гарантами на ней выступили Россия, Иран и Турция.',
      'ru',
      GUARANTORS(22),
    ],
    [
      'en "the most recent round" is the round before the next one',
      'The 22nd round of the Astana process will take place next week, the ministry said. The most recent round was held in January, bringing together representatives of Russia, Turkey and Iran.',
      'en',
      GUARANTORS(21),
    ],
    [
      'en "the previous meeting" is the round before the one named',
      'The 13th Astana meeting will open in Nur-Sultan on Thursday. Iraq, which attended the previous meeting as an observer, will not come this time.',
      'en',
      ['12|IRQ|OBSERVER'],
    ],
    [
      'tr "en son toplantı" is the round before the one named',
      "Astana görüşmelerinin 21'inci toplantısı ocakta yapılacak. Görüşmelerin en son toplantısına Türkiye, Rusya ve İran katılmıştı.",
      'tr',
      GUARANTORS(20),
    ],
    [
      'ar "the previous round" named after an actor does not take it from the round named before it',
      'تبدأ اليوم أعمال الجولة الخامسة من محادثات أستانا، ويشارك فيها وفد الحكومة السورية الذي يرأسه بشار الجعفري، إلى جانب كل الأطراف التي حضرت الجولة السابقة.',
      'ar',
      ['5|SYR|PARTY'],
    ],
    [
      'en another process named in passing neither blocks nor steals the round',
      'The 20th round of the Astana talks ended on Wednesday. The envoy also spoke about the Constitutional Committee. Russia, Turkey and Iran took part as guarantors.',
      'en',
      GUARANTORS(20),
    ],
    [
      'en another process later in the sentence does not block the actors named with the talks',
      'The 14th Astana round opened on Tuesday. At the Astana talks, in which Russia, Turkey and Iran take part, the work of the Constitutional Committee is expected to be discussed.',
      'en',
      GUARANTORS(14),
    ],
    [
      'fr another process later in the sentence does not block the actors named with the talks',
      "Le 14e round d'Astana s'est ouvert mardi. Aux pourparlers d'Astana, auxquels participent la Russie, la Turquie et l'Iran, le Comité constitutionnel sera au centre des discussions.",
      'fr',
      GUARANTORS(14),
    ],
    [
      'en actors next to the other process stay with it',
      'The 14th Astana round opened on Tuesday. Russia and Iran took part in the Astana talks, while the Constitutional Committee in Geneva brought together the Syrian government and the opposition.',
      'en',
      ['14|IRN|GUARANTOR', '14|RUS|GUARANTOR'],
    ],
    [
      'en the source of what is said about the planned round is at the reported round',
      'The 15th round of the Astana talks closed in the Kazakh capital on Tuesday. According to the guarantor states Russia, Iran and Turkey in their closing statement, the 16th meeting will take place in Nur-Sultan in August.',
      'en',
      GUARANTORS(15),
    ],
    [
      'fr the source of what is said about the planned round is at the reported round',
      "Le 15e round des pourparlers d'Astana s'est achevé mardi. Selon les pays garants, la Russie, l'Iran et la Turquie, le 16e round se tiendra en août à Nour-Soultan.",
      'fr',
      GUARANTORS(15),
    ],
    [
      'ar the source of what is said about the planned round is at the reported round',
      'اختتمت الجولة الخامسة عشرة من محادثات أستانا يوم الثلاثاء. وأعلنت الدول الضامنة روسيا وإيران وتركيا أن الجولة السادسة عشرة ستعقد في آب المقبل.',
      'ar',
      GUARANTORS(15),
    ],
    [
      'en actors said to attend the planned round stay with it',
      'The 15th round of the Astana talks closed on Tuesday. Russia, Iran and Turkey will take part in the 16th round in August.',
      'en',
      GUARANTORS(16),
    ],
    [
      'en earlier sessions counted with their dates make the reported meeting the next one',
      'Talks of the Astana format opened in the Kazakh capital on Tuesday with Russia, Iran and Turkey as guarantors. Three sessions preceded it: 2-3 March, 6-7 April and 11-12 May.',
      'en',
      GUARANTORS(4),
    ],
    [
      'ar earlier sessions counted with their dates make the reported meeting the next one',
      'انطلقت يوم الثلاثاء في العاصمة الكازاخية محادثات أستانا بمشاركة روسيا وإيران وتركيا بصفتها دولا ضامنة. وقد سبقتها ثلاث جولات في 2 و3 آذار و6 و7 نيسان و11 و12 أيار.',
      'ar',
      GUARANTORS(4),
    ],
    [
      'ru earlier sessions counted with their dates make the reported meeting the next one',
      'Во вторник в Астане начались переговоры по Сирии с участием России, Ирана и Турции в качестве гарантов. Им предшествовали три раунда: 2-3 марта, 6-7 апреля и 11-12 мая.',
      'ru',
      GUARANTORS(4),
    ],
    [
      'en "the ninth such gathering" numbers the talks',
      'Talks in the Astana format opened on Tuesday, the ninth such gathering since 2017. Russia, Iran and Turkey took part as guarantors.',
      'en',
      GUARANTORS(9),
    ],
    [
      'ru "девятая подобная встреча" numbers the talks',
      'Во вторник в Астане открылись переговоры по Сирии, девятая подобная встреча с 2017 года. Россия, Иран и Турция участвовали в качестве гарантов.',
      'ru',
      GUARANTORS(9),
    ],
    [
      'ar "the format brings together" describes the format, not a round',
      'اختتمت الجولة الحادية والعشرون من محادثات أستانا يوم الأربعاء بحضور وفدي الحكومة السورية والمعارضة. وتجمع صيغة أستانا الدول الضامنة، وهي روسيا وإيران وتركيا، إلى جانب الأردن والعراق ولبنان بصفة مراقبين.',
      'ar',
      ['21|SYR-OPP|PARTY', '21|SYR|PARTY'],
    ],
    [
      'ar "the process comprises" describes the format, not a round',
      'اختتمت الجولة الحادية والعشرون من محادثات أستانا يوم الأربعاء بحضور وفدي الحكومة السورية والمعارضة. ويضم مسار أستانا روسيا وإيران وتركيا دولا ضامنة، والأردن والعراق ولبنان دولا مراقبة.',
      'ar',
      ['21|SYR-OPP|PARTY', '21|SYR|PARTY'],
    ],
    [
      'en "the format brings together" describes the format, not a round',
      'The 21st round of the Astana talks closed on Wednesday in the presence of the Syrian government and opposition delegations. The Astana format brings together Russia, Iran and Turkey as guarantors, with Jordan, Iraq and Lebanon as observers.',
      'en',
      ['21|SYR-OPP|PARTY', '21|SYR|PARTY'],
    ],
    [
      'ar a count of the meetings held so far is history, attendance at no round',
      'انطلقت الجولة السابعة عشرة من محادثات أستانا يوم الثلاثاء بمشاركة وفدي الحكومة السورية والمعارضة. وقد عقد حتى الآن 16 اجتماعا في إطار الصيغة، استضافت مدينة سوتشي الروسية اثنين منها.',
      'ar',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
    [
      'en a count of the meetings held so far is history, attendance at no round',
      'The 17th round of the Astana talks opened on Tuesday with the Syrian government and opposition delegations taking part. So far 16 meetings have been held in the format, Russia hosting two of them in Sochi.',
      'en',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
    [
      'ru a count of the meetings held so far is history, attendance at no round',
      'Во вторник открылся 17-й раунд переговоров в астанинском формате с участием делегаций сирийского правительства и оппозиции. Всего прошло 16 встреч, две из них принимала Россия в Сочи.',
      'ru',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(attendance(text, lang)).toEqual([...expected].sort());
  });
});
