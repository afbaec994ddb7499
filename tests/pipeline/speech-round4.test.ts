// Speakers on reporting never seen (issue 10, round 4): a subject whose apposition a comma closes before the verb,
// an agency named after the verb, Arabic names that fold like the article. Invented sentences, several languages.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article, speakerIds as speakers } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

describe('"X, <apposition>, said Y …": the subject before the apposition speaks, not the person after the verb', () => {
  it.each([
    [
      'en',
      'Alexander Lavrentiev, the Russian envoy for Syria, said Geir Pedersen would arrive on Tuesday.',
      ['alexander-lavrentiev'],
    ],
    [
      'de',
      'Alexander Lawrentjew, der russische Sondergesandte, sagte, Geir Pedersen werde am Dienstag kommen.',
      ['alexander-lavrentiev'],
    ],
    ['fa', 'الکساندر لاورنتیف، فرستاده ویژه روسیه، گفت گیر پدرسن فردا می‌آید.', ['alexander-lavrentiev']],
  ])('%s', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });

  it('en a quote before ", said X" still gives X', () => {
    expect(speakers('"The round was useful," said Alexander Lavrentiev, the Russian envoy.', 'en')).toEqual([
      'alexander-lavrentiev',
    ]);
  });
});

describe('an agency named after the verb reports: the person in what it reports is no speaker', () => {
  it.each([
    ['ru', 'Россию на переговорах представлял Александр Лаврентьев, сообщает РИА Новости.'],
    ['en', 'Russia was represented at the talks by Alexander Lavrentiev, reported Reuters.'],
    ['es', 'Rusia estuvo representada por Alexander Lavrentiev, informó la agencia TASS.'],
  ])('%s', (lang, text) => {
    expect(speakers(text, lang)).toEqual([]);
  });

  it.each([
    [
      'en an organization opening what is said',
      'Geir Pedersen, who met both sides, said the opposition wants a pause.',
    ],
    [
      'en an agency told',
      'Geir Pedersen, who met both sides in Astana, told TASS in an interview the talks were hard.',
    ],
    [
      'ru an agency told',
      'Гейр Педерсен, который встретился с делегациями, сказал ТАСС в интервью, что переговоры трудны.',
    ],
  ])('%s: the person speaks', (_name, text) => {
    expect(speakers(text, /[а-я]/.test(text) ? 'ru' : 'en')).toEqual(['geir-pedersen']);
  });
});

describe('an Arabic name opening with a hamza is a name, not the article', () => {
  it.each([
    ['أليكسي', 'وقال أليكسي سميرنوف، نائب وزير خارجية روسيا، إن الجولة المقبلة ستعقد في أيار.'],
    ['إلهام', 'وأكدت إلهام كريمي، المتحدثة باسم الوفد، أن المحادثات كانت مفيدة.'],
  ])('%s', (first, text) => {
    const ids = speakers(text, 'ar');
    expect(ids).toHaveLength(1);
    expect(ids[0]).toContain(first.replace(/^[أإ]/, 'ا'));
  });
});

describe('"the spokeswoman of envoy X, Y, said": Y speaks, X is whom she speaks for', () => {
  it.each([
    ['ar', 'وقالت المتحدثة الرسمية باسم المبعوث الأممي ستيفان دي ميستورا، أليساندرا فيلوتشي، إن الجولة ستبدأ غداً.'],
    ['en', 'A spokeswoman for envoy Staffan de Mistura, Alessandra Vellucci, said the round would open on Thursday.'],
    ['en', 'The spokeswoman of the envoy Staffan de Mistura, Alessandra Vellucci, said the round would open soon.'],
  ])('%s', (lang, text) => {
    expect(speakers(text, lang)).toEqual(['alessandra-vellucci']);
  });

  it('ar the spokeswoman of a ministry is herself named after it', () => {
    const ids = speakers('وقالت المتحدثة باسم الخارجية الروسية ماريا كوزلوفا إن الجولة مفيدة.', 'ar');
    expect(ids).toHaveLength(1);
    expect(ids[0]).toContain('كوزلوفا');
  });
});

describe("an envoy's office speaks as an institution: the envoy named before is no speaker", () => {
  it.each([
    ['ar', 'وصل ستيفان دي ميستورا إلى أستانا. وأفاد مكتب المبعوث الأممي بأنه سيشارك في الجولة.'],
    ['en', "Staffan de Mistura arrived on Monday. The envoy's office said he would join the round."],
  ])('%s', (lang, text) => {
    expect(speakers(text, lang)).toEqual([]);
  });
});

function dated(text: string, lang: string): [string, string | null][] {
  return extractFacts(article(text, lang), seedKnowledge).facts.statements.map((s) => [s.speakerId, s.date]);
}

describe('reporting verbs in their other forms: passive quotes, imperfective and pluperfect speech', () => {
  it.each([
    [
      'en "was quoted as saying"',
      'Alexander Lavrentiev was quoted by the agency as saying the round would be useful.',
      'en',
      [['alexander-lavrentiev', '2023-06-21']],
    ],
    [
      'ru imperfective "говорил" after "ранее"',
      'Ранее Александр Лаврентьев говорил, что встреча пройдет в мае.',
      'ru',
      [['alexander-lavrentiev', null]],
    ],
    [
      'tr pluperfect "vurgulamıştı": said before, no date',
      'Aleksandr Lavrentiev, toplantının mayısta yapılacağını vurgulamıştı.',
      'tr',
      [['alexander-lavrentiev', null]],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(dated(text, lang)).toEqual(expected);
  });
});

describe('a pronoun after the verb opens what is said where the subject comes first', () => {
  it.each([
    ['en', 'Geir Pedersen arrived on Monday. The US President said he expected no progress.', []],
    ['ru', 'Гейр Педерсен прибыл в понедельник. Американский чиновник сказал, он не ждет прогресса.', []],
  ])('%s', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });

  it.each([
    ['en inverted', 'Geir Pedersen arrived on Monday. "We expect progress," said he.', 'en'],
    ['de verb second', 'Geir Pedersen kam am Montag an. Am Dienstag sagte er, die Runde sei nützlich.', 'de'],
    ['ru after a quote', 'Гейр Педерсен прибыл в понедельник. "Мы ждем прогресса", - сказал он.', 'ru'],
  ])('%s: the pronoun is the speaker', (_name, text, lang) => {
    expect(speakers(text, lang)).toEqual(['geir-pedersen']);
  });
});

describe('coordinated speakers: "A and <title> B said"', () => {
  it.each([
    [
      'ru',
      'Спецпосланник ООН Гейр Педерсен и спецпредставитель президента России Александр Лаврентьев выразили надежду на скорую встречу.',
    ],
    ['en', 'Geir Pedersen and Russian envoy Alexander Lavrentiev said the round was useful.'],
    ['es', 'Geir Pedersen y el enviado ruso Alexander Lavrentiev dijeron que la ronda fue útil.'],
    ['fr plural', 'Geir Pedersen et Alexandre Lavrentiev ont déclaré que le cycle était utile.'],
    ['it plural', 'Geir Pedersen e Alexander Lavrentiev hanno detto che il round è stato utile.'],
  ])('%s', (name, text) => {
    expect(speakers(text, name.slice(0, 2)).sort()).toEqual(['alexander-lavrentiev', 'geir-pedersen']);
  });
});

describe('a source set off by a comma opens the sentence; the verb after the person is his', () => {
  it.each([
    ['ru', 'По данным ТАСС, Гейр Педерсен выразил надежду, что встреча пройдет в мае.', ['geir-pedersen']],
    [
      'tr a verb-final clause: the agency reports',
      "Anadolu Ajansı, Lavrentiev'in toplantıya katılacağını bildirdi.",
      [],
    ],
  ])('%s', (name, text, expected) => {
    expect(speakers(text, name.slice(0, 2))).toEqual(expected);
  });
});

describe('"the minister said" refers back to the person whose title has that word, whatever its case', () => {
  it.each([
    ['en', 'Sergey Lavrov met Geir Pedersen on Monday. The minister said the talks were useful.', 'sergey-lavrov'],
    [
      'en',
      'Deputy Foreign Minister Kanat Tumysh met Geir Pedersen on Monday. The minister said the talks were useful.',
      'kanat-tumysh',
    ],
  ])('%s', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual([expected]);
  });
});
