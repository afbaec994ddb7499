// Bulgarian read as data alone: its lexicon (seed/lexicon/bg.json: ordinals of every gender and article form,
// attending, heading and speech verbs, negation), the Bulgarian names of states, places, series and organizations in
// the gazetteer, and its detection among the Cyrillic languages by its common words. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { detectLanguage } from '../../src/pipeline/normalize/language.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, delegateTriples, roundAttendance } from './article.js';

describe('Bulgarian: a round and its participants', () => {
  it.each([
    [
      'Двадесет и вторият кръг на преговорите в Астана започна в понеделник с участието на делегациите на Русия, Турция и Иран.',
      '2024-11-11',
      ['22|IRN|GUARANTOR', '22|RUS|GUARANTOR', '22|TUR|GUARANTOR'],
    ],
    [
      'Ливан и Ирак участваха като наблюдатели в 21-вия кръг на срещите в Астанинския формат.',
      '2024-01-25',
      ['21|IRQ|OBSERVER', '21|LBN|OBSERVER'],
    ],
    [
      'В двадесетата международна среща за Сирия в Астана взеха участие правителствената делегация и въоръжената опозиция.',
      '2023-06-21',
      ['20|SYR-OPP|PARTY', '20|SYR|PARTY'],
    ],
    [
      'На деветнадесетия рунд от процеса от Астана присъстваха представители на Йордания.',
      '2022-11-23',
      ['19|JOR|OBSERVER'],
    ],
    [
      'Иранската и турската делегация пристигнаха в Нур Султан за седемнайсетата среща в Астанинския формат.',
      '2021-12-21',
      ['17|IRN|GUARANTOR', '17|TUR|GUARANTOR'],
    ],
  ])('%s', (text, date, expected) => {
    const got = roundAttendance(text, 'bg', date);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    ['Йордания не участва в двадесет и първия кръг на преговорите в Астана.', '2024-01-25', 'JOR'],
    ['Ирак отказа поканата за двадесетата среща в Астана и няма да изпрати делегация.', '2023-06-19', 'IRQ'],
    ['Ливан бойкотира осемнадесетия кръг на преговорите в Астана.', '2022-06-15', 'LBN'],
    // A delegation named away from the talks (a visit elsewhere) is no attendance; "прие" (adopted) is no hosting.
    ['Докато в Астана тече двадесет и вторият кръг, делегация на Египет посети Дамаск.', '2024-11-12', 'EGY'],
    [
      'Турция прие нови бежанци, докато в Астана се провеждаше двадесет и вторият кръг на преговорите.',
      '2024-11-12',
      'TUR|HOST',
    ],
  ])('negated: %s', (text, date, actor) => {
    const got = roundAttendance(text, 'bg', date);
    expect(got.filter((t) => `${t}|`.includes(`|${actor}|`))).toEqual([]);
  });

  it.each([
    ['Осмата сесия на Конституционния комитет започна в Женева в понеделник.', '2022-05-30', 8],
    ['Двадесет и вторият кръг на преговорите в Астана приключи в сряда.', '2024-11-13', 22],
    ['Според МВнР 20-тата среща в Астанинския формат ще продължи два дни.', '2023-06-19', 20],
  ])('numbers the meeting: %s', (text, date, round) => {
    const rounds = extractFacts(article(text, 'bg', date), seedKnowledge).facts.meetings.map((m) => m.round);
    expect(rounds).toContain(round);
  });
});

describe('Bulgarian: a delegation and its head', () => {
  it.each([
    [
      'Руската делегация на 22-рия кръг в Астана беше водена от Александър Лаврентиев.',
      '2024-11-12',
      'astana-22|alexander-lavrentiev|RUS',
    ],
    [
      'Делегацията на Иран, начело с Али Асгар Хаджи, пристигна в Астана за двадесет и втората среща.',
      '2024-11-11',
      'astana-22|ali-asghar-khaji|IRN',
    ],
    [
      'Александър Лаврентиев ръководи руската делегация на двадесет и вторите преговори в Астана.',
      '2024-11-12',
      'astana-22|alexander-lavrentiev|RUS',
    ],
  ])('%s', (text, date, expected) => {
    expect(delegateTriples(text, 'bg', date)).toContain(expected);
  });
});

describe('Bulgarian: a statement and its day', () => {
  it.each([
    [
      'Лаврентиев заяви вчера, че следващата среща в Астанинския формат ще се проведе през пролетта.',
      '2024-11-14',
      'alexander-lavrentiev',
      '2024-11-13',
    ],
    [
      'Специалният пратеник на ООН Гейр Педерсен подчерта, че Конституционният комитет трябва да поднови работата си.',
      '2022-06-01',
      'geir-pedersen',
      '2022-06-01',
    ],
  ])('%s', (text, published, speaker, day) => {
    const statements = extractFacts(article(text, 'bg', published), seedKnowledge).facts.statements;
    expect(statements.map((s) => [s.speakerId, s.date])).toContainEqual([speaker, day]);
  });
});

describe('a Cyrillic text without a letter of its own is told by its common words', () => {
  it.each([
    [
      'Министърът на външните работи заяви, че делегацията ще пристигне утре. Това е вече двадесетата среща, която се провежда в столицата на Казахстан.',
      'bg',
    ],
    [
      'Министр иностранных дел заявил, что делегация прибудет завтра. Это уже двадцатая встреча, которая проходит в столице Казахстана.',
      'ru',
    ],
    ['Пятый раунд переговоров прошел в Астане', 'ru'],
    ['Сирия бойынша Астана форматындағы келіссөздердің жиырма екінші раунды өтті.', 'kk'],
    ['Делегації Ірану, Туреччини та Росії взяли участь у зустрічі в Астані, повідомило міністерство.', 'uk'],
    ['סבב השיחות העשרים באסטנה הסתיים ביום רביעי.', 'he'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text, seedKnowledge)).toBe(lang);
  });
});
