// Round 8 language mechanisms beyond Arabic and English, each with new invented sentences in the languages it
// concerns (Arabic and English too where the rule is shared): state names and adjectives in the case, gender and
// number forms the gazetteer does not list, read by the endings each lexicon gives (nameForms); an adjective of a
// state that qualifies a meeting noun sends no delegation.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { nameForms } from '../../src/pipeline/extract/name-forms.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, roundAttendance } from './article.js';

describe('state names and adjectives in inflected forms', () => {
  it.each([
    // Russian instrumental and dative names, instrumental plural adjectives.
    [
      'ru',
      'В Нур-Султане открылся семнадцатый раунд переговоров. Вместе с Ираном и Ливаном в нём участвуют делегации, направленные Иорданией.',
      ['17|IRN|GUARANTOR', '17|JOR|OBSERVER', '17|LBN|OBSERVER'],
    ],
    [
      'ru',
      'Семнадцатый раунд переговоров в Астане завершился. В заседании участвовали представители Ирака и эксперты с иракскими и ливанскими делегациями.',
      ['17|IRQ|OBSERVER', '17|LBN|OBSERVER'],
    ],
    // German genitive names and dative adjectives.
    [
      'de',
      'Die 17. Runde der Astana-Gespräche hat begonnen. Vertreter Jordaniens und des Libanons nehmen teil, mit einer irakischem Delegation.',
      ['17|IRQ|OBSERVER', '17|JOR|OBSERVER', '17|LBN|OBSERVER'],
    ],
    // Kazakh genitive and dative case endings.
    [
      'kk',
      'Астана форматындағы 17-ші кездесу басталды. Кездесуге Иорданияның және Ливанның делегациялары қатысады.',
      ['17|JOR|OBSERVER', '17|LBN|OBSERVER'],
    ],
    // French, Italian, Spanish and Portuguese plural and feminine adjectives.
    [
      'fr',
      'Le 17e round des pourparlers d’Astana a débuté. Les délégations irakiennes et libanaises y participent comme observateurs.',
      ['17|IRQ|OBSERVER', '17|LBN|OBSERVER'],
    ],
    [
      'it',
      'È iniziato il 17° round di Astana. Partecipano le delegazioni irachene e libanesi.',
      ['17|IRQ|OBSERVER', '17|LBN|OBSERVER'],
    ],
    [
      'es',
      'Comenzó la 17ª ronda de Astaná. Participan las delegaciones jordanas e iraquíes como observadoras.',
      ['17|JOR|OBSERVER'],
    ],
    ['pt', 'Começou a 17ª rodada de Astana. Participam as delegações jordanas como observadoras.', ['17|JOR|OBSERVER']],
  ])('%s: %s', (lang, text, expected) => {
    const got = roundAttendance(text, lang, '2021-12-21');
    for (const e of expected) expect(got).toContain(e);
  });

  it('forms follow the longest ending that fits, not acronyms or short words', () => {
    const ru = seedKnowledge.lexicons.ru;
    expect(nameForms(ru, 'name', 'Ливан')).toEqual(expect.arrayContaining(['Ливана', 'Ливаном', 'Ливану']));
    expect(nameForms(ru, 'name', 'Бельгия')).toEqual(expect.arrayContaining(['Бельгии', 'Бельгией']));
    expect(nameForms(ru, 'name', 'Бельгия')).not.toContain('Бельгияа');
    expect(nameForms(ru, 'demonym', 'иракский')).toEqual(expect.arrayContaining(['иракскими', 'иракскому']));
    expect(nameForms(ru, 'name', 'США')).toEqual([]);
    expect(nameForms(seedKnowledge.lexicons.en, 'name', 'Lebanon')).toEqual([]);
  });
});

describe('an adjective of a state that qualifies a meeting noun sends no delegation', () => {
  it.each([
    [
      'ru',
      'В ходе восьмого раунда сирийских переговоров в Астане представители Ирана и Турции провели встречи.',
      'SYR',
    ],
    ['en', 'At the eighth Astana round, the Syrian talks drew representatives of Iran and Turkey to the table.', 'SYR'],
    [
      'fr',
      'Au huitième round d’Astana, pourparlers syriens, des représentants de l’Iran et de la Turquie étaient présents.',
      'SYR',
    ],
    ['ar', 'خلال الجولة الثامنة من محادثات أستانا شارك ممثلو إيران وتركيا في المحادثات السورية.', 'SYR'],
  ])('%s: %s', (lang, text, absent) => {
    const got = roundAttendance(text, lang, '2017-12-22');
    expect(got.some((t) => t.startsWith('8|IRN|'))).toBe(true);
    expect(got.filter((t) => t.includes(`|${absent}|`))).toEqual([]);
  });
});

describe('a party named only as the object of a title does not hide the parties of a collective noun', () => {
  it.each([
    [
      'it',
      'È iniziato il 18° round di Astana. Vi partecipano due delegazioni siriane e l’inviato dell’Onu per la Siria.',
    ],
    [
      'fr',
      'Le 18e round d’Astana a débuté. Y prennent part les deux délégations syriennes et l’envoyé de l’Onu pour la Syrie.',
    ],
    ['en', 'The 18th Astana round opened. Both Syrian sides attended, as did the UN envoy for Syria.'],
    ['ar', 'انطلقت الجولة الثامنة عشرة من محادثات أستانا. وشارك فيها المبعوث الأممي إلى سوريا والوفدان السوريان.'],
  ])('%s: %s', (lang, text) => {
    const got = roundAttendance(text, lang, '2022-06-16');
    expect(got).toEqual(expect.arrayContaining(['18|SYR-OPP|PARTY', '18|SYR|PARTY']));
  });
});

/** "person>actor" for every delegation head of the text, sorted. */
function headsOf(text: string, lang: string, date: string): string[] {
  return extractFacts(article(text, lang, date), seedKnowledge)
    .facts.participations.filter((p) => p.representingId !== null)
    .map((p) => `${p.actorId}>${p.representingId}`)
    .sort();
}

describe('a state sends a named person: in every tense, the person heads its delegation', () => {
  it.each([
    ['pt', 'A 9ª ronda de Astana começa amanhã. O Irão vai enviar Ali Asghar Khaji, assessor do chanceler.'],
    ['es', 'La novena ronda de Astaná empieza mañana. Irán enviará a Ali Asghar Khaji, asesor del canciller.'],
    ['it', 'Il nono round di Astana inizia domani. L’Iran invierà Ali Asghar Khaji, consigliere del ministro.'],
    ['fr', 'Le 9e round d’Astana s’ouvre demain. L’Iran enverra Ali Asghar Khaji, conseiller du ministre.'],
    ['de', 'Die neunte Astana-Runde beginnt morgen. Der Iran entsendet Ali Asghar Khaji, einen Berater des Ministers.'],
    ['ru', 'Девятый раунд переговоров в Астане начнётся завтра. Иран направит Али Асгара Хаджи, советника министра.'],
    ['tr', 'Astana görüşmelerinin 9. turu yarın başlıyor. İran, Ali Asgar Hacı’yı gönderecek.'],
    ['en', 'The ninth Astana round starts tomorrow. Iran will send Ali Asghar Khaji, an adviser to the minister.'],
    ['ar', 'تبدأ الجولة التاسعة من محادثات أستانا غداً. وسترسل إيران علي أصغر خاجي مستشار الوزير.'],
  ])('%s: %s', (lang, text) => {
    expect(headsOf(text, lang, '2018-05-13')).toContain('ali-asghar-khaji>IRN');
  });
});

describe('delegates of a state, by the noun for the members of a delegation', () => {
  it.each([
    ['fr', 'Le 9e round d’Astana a débuté. Y assistent comme observateurs des délégués de la Jordanie.'],
    ['es', 'Comenzó la novena ronda de Astaná. Asisten como observadores delegados de Jordania.'],
    ['it', 'È iniziato il nono round di Astana. Partecipano come osservatori i delegati della Giordania.'],
    ['de', 'Die neunte Astana-Runde hat begonnen. Als Beobachter nehmen Delegierte Jordaniens teil.'],
    ['ru', 'Начался девятый раунд переговоров в Астане. В качестве наблюдателей участвуют делегаты Иордании.'],
    ['en', 'The ninth Astana round has begun. Delegates of Jordan attend as observers.'],
    ['ar', 'بدأت الجولة التاسعة من محادثات أستانا. ويشارك مندوبو الأردن بصفة مراقب.'],
  ])('%s: %s', (lang, text) => {
    expect(roundAttendance(text, lang, '2018-05-14')).toContain('9|JOR|OBSERVER');
  });
});

describe('a state represented by an official (named or not) takes part; the title is not its affiliation', () => {
  it.each([
    [
      'ru',
      'В Нур-Султане открылся 14-й раунд переговоров. Иорданию представляет заместитель министра иностранных дел.',
    ],
    ['en', 'The 14th Astana round opened in Nur-Sultan. Jordan is represented by a deputy foreign minister.'],
    [
      'fr',
      'Le 14e round d’Astana s’est ouvert. La Jordanie est représentée par un vice-ministre des Affaires étrangères.',
    ],
    ['es', 'Se inauguró la 14ª ronda de Astaná. Jordania está representada por un viceministro de Exteriores.'],
    ['it', 'Si è aperto il 14° round di Astana. La Giordania è rappresentata da un viceministro degli Esteri.'],
    ['ar', 'انطلقت الجولة الرابعة عشرة من محادثات أستانا. ويمثل الأردن نائب وزير الخارجية.'],
  ])('%s: %s', (lang, text) => {
    expect(roundAttendance(text, lang, '2019-12-10')).toContain('14|JOR|OBSERVER');
  });
});

describe('the opposition by the names the press of each language gives it', () => {
  it.each([
    ['fr', 'Le 6e round d’Astana a commencé. Y participent les groupes armés et le régime syrien.'],
    [
      'de',
      'Die sechste Astana-Runde hat begonnen. Vertreter bewaffneter Gruppen und der syrischen Regierung nehmen teil.',
    ],
    ['es', 'Comenzó la sexta ronda de Astaná. Participan los grupos rebeldes y el gobierno sirio.'],
    ['it', 'È iniziato il sesto round di Astana. Partecipano i ribelli e il governo siriano.'],
    ['pt', 'Começou a sexta ronda de Astana. Participam os grupos rebeldes e o governo sírio.'],
    ['ru', 'Начался шестой раунд переговоров в Астане. В нём участвуют повстанцы и сирийское правительство.'],
    ['tr', 'Astana görüşmelerinin 6. turu başladı. Toplantıya muhalif gruplar ve Suriye hükümeti katıldı.'],
    ['en', 'The sixth Astana round began. The rebel groups and the Syrian government took part.'],
    ['ar', 'انطلقت الجولة السادسة من محادثات أستانا. وشاركت فيها فصائل المعارضة والحكومة السورية.'],
  ])('%s: %s', (lang, text) => {
    expect(roundAttendance(text, lang, '2017-09-15')).toEqual(
      expect.arrayContaining(['6|SYR-OPP|PARTY', '6|SYR|PARTY']),
    );
  });
});

describe('the UN in small letters (l’Onu) is the UN; a function word spelt alike is not', () => {
  it.each([
    ['it', 'È iniziato il nono round di Astana. Partecipano l’Onu e la Giordania come osservatori.', true],
    ['fr', 'Le 9e round d’Astana a débuté. L’Onu et la Jordanie y assistent comme observateurs.', true],
    [
      'tr',
      'Astana görüşmelerinin 9. turu başladı. Toplantıya onu da çağırdılar ve Ürdün gözlemci olarak katıldı.',
      false,
    ],
  ])('%s: %s', (lang, text, un) => {
    const got = roundAttendance(text, lang, '2018-05-14');
    expect(got).toContain('9|JOR|OBSERVER');
    expect(got.includes('9|UN|OBSERVER')).toBe(un);
  });
});

describe('meeting to decide whether to come is not coming', () => {
  it.each([
    [
      'es',
      'La quinta ronda de Astaná empieza mañana. La oposición armada se reúne hoy para decidir si asiste a la sesión.',
    ],
    [
      'en',
      'The fifth Astana round starts tomorrow. The armed opposition meets today to decide whether it will attend.',
    ],
    ['fr', 'Le 5e round d’Astana s’ouvre demain. Les rebelles se réunissent pour décider s’ils participeront.'],
    ['it', 'Il quinto round di Astana inizia domani. I ribelli si riuniscono oggi per decidere se parteciperanno.'],
    ['pt', 'A quinta ronda de Astana começa amanhã. Os rebeldes reúnem-se hoje para decidir se participarão.'],
    [
      'tr',
      'Astana görüşmelerinin 5. turu yarın başlıyor. Muhalif gruplar toplantıya katılıp katılmayacağını bugün belirleyecek.',
    ],
    ['ar', 'تبدأ الجولة الخامسة من محادثات أستانا غداً. وتجتمع فصائل المعارضة اليوم لتحديد ما إذا كانت ستشارك.'],
  ])('%s: %s', (lang, text) => {
    expect(roundAttendance(text, lang, '2017-07-03').filter((t) => t.includes('|SYR-OPP|'))).toEqual([]);
  });
});

describe('a state named by its government is that state, not the state beside some government', () => {
  it.each([
    [
      'fa',
      'شانزدهمین نشست آستانه آغاز شد. نمایندگان مخالفان سوریه و دولت ترکیه هم به نورسلطان رسیدند.',
      '16|TUR|GUARANTOR',
    ],
    [
      'ru',
      'Начался шестнадцатый раунд переговоров в Астане. В нём участвуют представители турецкого правительства.',
      '16|TUR|GUARANTOR',
    ],
    ['de', 'Die 16. Astana-Runde hat begonnen. Vertreter der türkischen Regierung nehmen teil.', '16|TUR|GUARANTOR'],
    ['fr', 'Le 16e round d’Astana a commencé. Le gouvernement turc y participe.', '16|TUR|GUARANTOR'],
    ['en', 'The 16th Astana round has begun. The Turkish government is taking part.', '16|TUR|GUARANTOR'],
  ])('%s: %s', (lang, text, expected) => {
    const got = roundAttendance(text, lang, '2021-07-07');
    expect(got).toContain(expected);
    expect(got.filter((t) => t.includes('|SYR|'))).toEqual([]);
  });
});
