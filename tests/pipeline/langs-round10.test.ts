// Round 10 language data beyond Arabic and English, each function with new invented sentences in the languages it
// concerns: joining and being present as attending (Russian "присоединиться", German "dabei sein" and verb-last
// clause forms, Turkish "hazır bulunmak"), a state's authorities as its government (Russian "власти"), the Brazilian
// word for the guarantor states ("fiadores"), and "no longer" as a negation of hosting or attending. Ukrainian is
// read as data alone: its lexicon (seed/lexicon/uk.json, ordinals from scripts/lexicon-ordinals.py), its detection
// letters, state and series names, and the Ukrainian letters of the Cyrillic name spelling row.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { detectLanguage } from '../../src/pipeline/normalize/language.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, delegateTriples, roundAttendance, speakerIds } from './article.js';

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

describe('Ukrainian reports of the Astana talks', () => {
  it.each([
    [
      'Учора в Нур-Султані відкрилася сімнадцята міжнародна зустріч щодо Сирії. У переговорах беруть участь делегації Ірану, Туреччини та Росії, а також сирійського уряду й збройної опозиції.',
      ['17|IRN|GUARANTOR', '17|RUS|GUARANTOR', '17|SYR|PARTY', '17|SYR-OPP|PARTY', '17|TUR|GUARANTOR'],
    ],
    [
      'Ліван та Ірак долучилися до сімнадцятого раунду астанинських переговорів як спостерігачі.',
      ['17|IRQ|OBSERVER', '17|LBN|OBSERVER'],
    ],
    ['На 17-му раунді переговорів в Астані були присутні представники Йорданії.', ['17|JOR|OBSERVER']],
  ])('attendance: %s', (text, expected) => {
    const got = roundAttendance(text, 'uk', '2021-12-22');
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    ['Двадцять друга зустріч в астанинському форматі завершилася в Астані.', 22],
    ['У двадцять другій зустрічі в астанинському форматі взяли участь країни-гаранти.', 22],
    ['Про підсумки дев’ятнадцятого раунду астанинських переговорів повідомило МЗС.', 19],
    ['22-га міжнародна зустріч щодо Сирії пройде в Астані.', 22],
  ])('ordinals in their case and gender forms: %s', (text, round) => {
    const rounds = extractFacts(article(text, 'uk', '2024-11-12'), seedKnowledge).facts.meetings.map((m) => m.round);
    expect(rounds).toContain(round);
  });

  it('heads of delegation, with names in Ukrainian spelling and case', () => {
    const text =
      'В Астані триває двадцять друга зустріч щодо Сирії. Російську делегацію очолює Олександр Лаврентьєв, іранську делегацію на чолі з Алі Асгаром Хаджі прийняли в МЗС Казахстану.';
    const got = delegateTriples(text, 'uk', '2024-11-12');
    expect(got).toContain('astana-22|alexander-lavrentiev|RUS');
    expect(got).toContain('astana-22|ali-asghar-khaji|IRN');
  });

  it('a speaker of a statement', () => {
    expect(
      speakerIds('Гейр Педерсен заявив журналістам, що двадцять друга зустріч в Астані була корисною.', 'uk'),
    ).toEqual(['geir-pedersen']);
  });

  it('is told from Russian and Kazakh by its own letters', () => {
    expect(detectLanguage('Делегації країн-гарантів прибули до Астани на чергову зустріч.', seedKnowledge)).toBe('uk');
    expect(detectLanguage('Делегации стран-гарантов прибыли в Астану на очередную встречу.', seedKnowledge)).toBe('ru');
    expect(detectLanguage('Кепілгер елдердің делегациялары Астанаға келді.', seedKnowledge)).not.toBe('uk');
  });
});

describe('a full name declined in every word is the gazetteer person', () => {
  it.each([
    [
      'ru',
      'Делегация Турции во главе с Сельчуком Юналом участвует в 19-й встрече в Астане.',
      'astana-19|selcuk-unal|TUR',
    ],
    [
      'ru',
      'На 19-ю встречу в Астане прибыла турецкая делегация во главе с Седатом Оналом.',
      'astana-19|sedat-onal|TUR',
    ],
    [
      'uk',
      'Делегація Туреччини на чолі з Седатом Оналом бере участь в 11-й зустрічі в Астані.',
      'astana-11|sedat-onal|TUR',
    ],
    [
      'uk',
      'На 11-й зустрічі в Астані Туреччину представляє делегація на чолі з Селчуком Уналом.',
      'astana-11|selcuk-unal|TUR',
    ],
    // "a delegation represented by X": the passive participle names the head.
    [
      'ru',
      'Турцию на 19-й встрече в Астане представляет делегация, представленная послом Сельчуком Юналом.',
      'astana-19|selcuk-unal|TUR',
    ],
    [
      'uk',
      'На 19-ту зустріч в Астані прибула делегація Туреччини, представлена послом Селчуком Уналом.',
      'astana-19|selcuk-unal|TUR',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(delegateTriples(text, lang, '2022-11-22')).toContain(expected);
  });

  it('a run without case endings keeps its own reading', () => {
    expect(
      delegateTriples('Делегацию Турции на 11-й встрече в Астане возглавил Седат Онал.', 'ru', '2018-11-28'),
    ).toEqual(['astana-11|sedat-onal|TUR']);
  });
});

describe('organizations in the case forms and word orders of the language', () => {
  it.each([
    [
      'ru',
      'В работе 15-й встречи в Сочи участвуют эксперты Управления Верховного комиссара ООН по делам беженцев.',
      ['15|UNHCR|OBSERVER'],
    ],
    ['ru', 'Делегация сирийской вооруженной оппозиции приняла участие в 15-й встрече в Сочи.', ['15|SYR-OPP|PARTY']],
    [
      'fa',
      'پانزدهمین نشست آستانه در سوچی با حضور نمایندگان دولت سوریه و معارضه برگزار شد.',
      ['15|SYR|PARTY', '15|SYR-OPP|PARTY'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    const got = roundAttendance(text, lang, '2021-02-17');
    for (const e of expected) expect(got).toContain(e);
    // The adjective of the opposition's country names no government delegation.
    if (!text.includes('دولت')) expect(got).not.toContain('15|SYR|PARTY');
  });
});

describe('attending, absence and speech verbs filled in across lexicons', () => {
  it.each([
    ['kk', 'Астана процесінің 21-ші кездесуіне Ирак бақылаушы ретінде қатысқан.', ['21|IRQ|OBSERVER'], []],
    ['it', 'Al ventunesimo round di Astana era presente anche il Libano come osservatore.', ['21|LBN|OBSERVER'], []],
    ['pt', 'Na vigésima primeira rodada de Astana, o Iraque marcou presença como observador.', ['21|IRQ|OBSERVER'], []],
    ['es', 'A la vigésima primera ronda de Astaná se sumó Líbano como observador.', ['21|LBN|OBSERVER'], []],
    ['fa', 'در بیست و یکمین نشست آستانه نمایندگان عراق به عنوان ناظر شرکت کردند.', ['21|IRQ|OBSERVER'], []],
    ['fa', 'اردن در بیست و یکمین نشست آستانه حضور نداشت.', [], ['21|JOR|OBSERVER']],
    ['he', 'ירדן לא השתתפה בסבב העשרים ואחד של שיחות אסטנה.', [], ['21|JOR|OBSERVER']],
  ])('%s: %s', (lang, text, present, absent) => {
    const got = roundAttendance(text, lang, '2024-01-25');
    for (const e of present) expect(got).toContain(e);
    for (const e of absent) expect(got).not.toContain(e);
  });

  it.each([
    ['pt', 'Geir Pedersen ressaltou que a vigésima primeira rodada de Astana foi útil.', 'geir-pedersen'],
    ['kk', 'Геир Педерсен Астанадағы кездесу пайдалы болғанын атап көрсетті.', 'geir-pedersen'],
    ['he', 'גייר פדרסן הדגיש כי הסבב באסטנה היה מועיל.', 'geir-pedersen'],
  ])('speaker, %s: %s', (lang, text, speaker) => {
    expect(speakerIds(text, lang)).toContain(speaker);
  });
});
