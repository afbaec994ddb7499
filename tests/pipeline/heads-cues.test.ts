// Heads and speakers from cue words in the lexicons: future and clitic forms of Arabic head verbs, persons reading out
// or signing the joint statement, "under / at the head of" phrases, coordinated heads and speakers, and institutions
// that speak. Invented sentences, a row per language and construction.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

function facts(text: string, lang: string): { heads: string[]; speakers: string[] } {
  const f = extractFacts(article(text, lang, '2023-06-21'), seedKnowledge).facts;
  return {
    heads: f.participations
      .filter((p) => p.role === 'PARTICIPANT')
      .map((p) => `${p.meetingId}|${p.actorId}|${p.representingId ?? '-'}`)
      .sort(),
    speakers: [...new Set(f.statements.map((s) => s.speakerId))].sort(),
  };
}

const AR = 'انطلقت الجولة العشرون من محادثات أستانا اليوم. ';
const EN = 'The 20th round of the Astana talks opened today. ';
const RU = 'В Астане открылся двадцатый раунд переговоров. ';
const FR = "Le vingtième cycle des pourparlers d'Astana s'est ouvert mardi. ";
const TR = 'Astana görüşmelerinin yirminci turu salı günü başladı. ';

describe('heads from future, clitic and "at the head of" forms', () => {
  it.each([
    [
      'ar future prefix on the head verb',
      `${AR}سيقود ألكسندر لافرنتييف الوفد الروسي.`,
      'ar',
      ['alexander-lavrentiev|RUS'],
    ],
    [
      'ar future prefix and object clitic ("will represent her")',
      `${AR}أما إيران فسيمثلها علي أصغر خاجي، كبير مساعدي وزير الخارجية.`,
      'ar',
      ['ali-asghar-khaji|IRN'],
    ],
    [
      'ar "will be the representative of" an unknown person',
      `${AR}سيكون ممثل تركيا في الاجتماع سليم قايا، نائب وزير الخارجية.`,
      'ar',
      ['سليم-قايا|TUR'],
    ],
    [
      'ru "will represent" in free word order',
      `${RU}Турцию будет представлять Мерт Айдан, замминистра иностранных дел.`,
      'ru',
      ['мерт-аидан|TUR'],
    ],
    [
      'ru "under" a titled head in the genitive',
      `${RU}Делегация ООН под началом спецпосланника генсека Йона Хальворсена прибыла в Астану.`,
      'ru',
      ['иона-хальворсена|UN'],
    ],
    [
      'en "with X at its head"',
      `${EN}The government delegation came with Deputy Foreign Minister Samir Haddad at its head.`,
      'en',
      ['samir-haddad|SYR'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(facts(text, lang).heads.map((h) => h.split('|').slice(1).join('|'))).toEqual(expected);
  });
});

describe('persons who read out or sign the joint statement head for their state', () => {
  it.each([
    ['en', `${EN}Kanat Tumysh read out the joint statement of the three guarantors.`],
    ['ar', `${AR}وتلا البيان الختامي نائب وزير الخارجية الكازاخستاني كانات توميش.`],
    ['ru', `${RU}Совместное заявление зачитал Канат Тумыш.`],
    ['fr', `${FR}Kanat Tumysh a lu la déclaration commune.`],
    ['tr', `${TR}Kazakistan Dışişleri Bakan Yardımcısı Kanat Tumış ortak bildiriyi okudu.`],
  ])('%s', (lang, text) => {
    const heads = facts(text, lang).heads;
    expect(heads).toHaveLength(1);
    expect(heads[0]).toMatch(/^astana-20\|kanat-tum.*\|KAZ$/);
  });

  it('a reader with no state of their own takes the state named right after the name, not the ones the statement names', () => {
    const { heads } = facts(
      `${EN}The joint statement of Iran, Russia and Turkey was signed by Boris Kulikov for Russia.`,
      'en',
    );
    expect(heads).toEqual(['astana-20|boris-kulikov|RUS']);
  });
});

describe('heading an office is not heading a delegation', () => {
  it.each([
    ['en', `${EN}Boris Kulikov, who heads the interim government, praised the meeting.`],
    ['ar', `${AR}وقال سليم قايا، الذي يرأس المكتب الصحفي في وزارة الخارجية، إن الوفود وصلت.`],
    ['fr', `${FR}Boris Koulikov, qui dirige le département Moyen-Orient, a déclaré que la réunion était utile.`],
    ['ru', `${RU}Борис Куликов, который возглавляет департамент МИД, заявил, что встреча полезна.`],
  ])('%s', (lang, text) => {
    const f = facts(text, lang);
    expect(f.heads).toEqual([]);
    // The speaker is still found, with the relative clause between the name and the head verb.
    expect(f.speakers).toHaveLength(1);
  });

  it('a department head who chairs the delegation heads it', () => {
    const text = `${EN}Ambassador Selim Kaya, who heads the Syria department at the Foreign Ministry, chairs the Turkish delegation.`;
    expect(facts(text, 'en').heads).toEqual(['astana-20|selim-kaya|TUR']);
  });

  it('the same verb with a delegation object still heads it', () => {
    expect(facts(`${AR}وقال سليم قايا، الذي يرأس الوفد التركي، إن المحادثات مثمرة.`, 'ar').heads).toEqual([
      'astana-20|سليم-قايا|TUR',
    ]);
  });
});

describe('coordinated heads share the verb', () => {
  it.each([
    [
      'en two titled persons before "lead"',
      `${EN}Boris Kulikov, a presidential envoy, and Ivan Petrov, a deputy minister, lead the Russian side.`,
      'en',
      ['astana-20|boris-kulikov|RUS', 'astana-20|ivan-petrov|RUS'],
    ],
    [
      'en a third person heading another delegation is not joined',
      `${EN}Alexander Lavrentiev and Sergey Vershinin lead the Russian side, while Ali Asghar Khaji heads the Iranian delegation.`,
      'en',
      ['astana-20|alexander-lavrentiev|RUS', 'astana-20|ali-asghar-khaji|IRN', 'astana-20|sergey-vershinin|RUS'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(facts(text, lang).heads).toEqual(expected);
  });
});

describe('speakers', () => {
  it.each([
    ['en', `${EN}Lavrentiev and Khaji said the talks went well.`],
    ['ar', `${AR}وقال لافرنتييف وخاجي إن المحادثات كانت مثمرة.`],
    ['ru', `${RU}Лаврентьев и Хаджи заявили, что переговоры прошли успешно.`],
    ['fr', `${FR}Lavrentiev et Khaji ont déclaré que les pourparlers étaient utiles.`],
    ['tr', `${TR}Lavrentiyev ve Ali Asgar Haci görüşmelerin verimli geçtiğini söyledi.`],
  ])('coordinated speakers both speak (%s)', (lang, text) => {
    expect(facts(text, lang).speakers).toEqual(['alexander-lavrentiev', 'ali-asghar-khaji']);
  });

  it.each([
    ['en news agency before the verb', `${EN}RIA Novosti said Lavrentiev arrived in Astana.`, 'en'],
    ['en ministry after a quote', `${EN}"Lavrentiev and Khaji have arrived," the Kazakh Foreign Ministry said.`, 'en'],
    ['ar agency after the verb', `${AR}وأفادت وكالة الأنباء الروسية بأن لافرنتييف وصل إلى أستانا.`, 'ar'],
    ['ru agency before the verb', `${RU}РИА Новости сообщает, что Лаврентьев прибыл в Астану.`, 'ru'],
    ['fr agency before the verb', `${FR}L'agence Tass a indiqué que Lavrentiev était arrivé.`, 'fr'],
    [
      'tr agency opening a verb-final clause',
      `${TR}Anadolu Ajansı, Lavrentiyev'in Astana'ya geldiğini bildirdi.`,
      'tr',
    ],
  ])('an institution speaking is no person, and the person it names is no speaker (%s)', (_name, text, lang) => {
    expect(facts(text, lang).speakers).toEqual([]);
  });

  it('an agency relaying a person ("نقلت وكالة ... عن X قوله") gives the statement to that person', () => {
    expect(facts(`${AR}ونقلت وكالة الأناضول عن بيدرسون قوله إن المحادثات مفيدة.`, 'ar').speakers).toEqual([
      'geir-pedersen',
    ]);
  });

  it("a later verb of the agency's sentence does not go to a person inside its report", () => {
    const text = `${AR}وأفادت وكالة الأنباء بأن وفدا يرأسه سليم قايا يشارك في الاجتماع، وأوضحت أن أعماله تمتد يومين.`;
    expect(facts(text, 'ar').speakers).toEqual([]);
  });

  it.each([
    ['لافرينتيف', 'ar'],
    ['لافرنتيف', 'ar'],
    ['لاورنتیف', 'fa'],
  ])('an Arabic-script spelling variant of a known surname is that person (%s)', (name, lang) => {
    const text =
      lang === 'ar'
        ? `${AR}وقال ${name} إن المحادثات كانت مثمرة.`
        : `بیستمین دور مذاکرات آستانه امروز آغاز شد. ${name} گفت که مذاکرات مفید بود.`;
    expect(facts(text, lang).speakers).toEqual(['alexander-lavrentiev']);
  });

  it.each([
    ['en', `${EN}Geir Pedersen, the UN envoy, and Alexander Lavrentiev, a presidential envoy, praised the process.`],
    ['ru', `${RU}Гейр Педерсен и Александр Лаврентьев назвали встречу полезной.`],
    [
      'it',
      `Il ventesimo round dei colloqui di Astana è iniziato. Geir Pedersen e Alexander Lavrentiev hanno elogiato il processo.`,
    ],
  ])('appraisal verbs are speech, and titled conjuncts both speak (%s)', (lang, text) => {
    expect(facts(text, lang).speakers).toEqual(['alexander-lavrentiev', 'geir-pedersen']);
  });

  it('a person before a title is still the speaker ("Foreign Minister X said")', () => {
    expect(facts(`${EN}Kazakh Foreign Minister Kairat Abdrakhmanov said the talks went well.`, 'en').speakers).toEqual([
      'kairat-abdrakhmanov',
    ]);
  });
});
