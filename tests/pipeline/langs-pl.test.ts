// Polish read as data alone: its lexicon (seed/lexicon/pl.json: ordinals in every case, gender and number, both words
// of a compound agreeing; attending, heading and speech verbs; negation), Polish names of states (with their case
// forms), places, series and organizations, and detection by its common words. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { detectLanguage } from '../../src/pipeline/normalize/language.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, delegateTriples, roundAttendance } from './article.js';

describe('Polish: a round and its participants', () => {
  it.each([
    [
      'W dwudziestej rundzie rozmów w Astanie wzięły udział delegacje Rosji, Turcji i Iranu.',
      '2023-06-21',
      ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    [
      'Jordania, Liban i Irak uczestniczyły jako obserwatorzy w 21. rundzie rozmów astańskich.',
      '2024-01-25',
      ['21|IRQ|OBSERVER', '21|JOR|OBSERVER', '21|LBN|OBSERVER'],
    ],
    [
      'Do Astany na siedemnastą rundę rozmów przybyły delegacje rządu syryjskiego i zbrojnej opozycji.',
      '2021-12-21',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
    [
      'Przedstawiciele ONZ będą obecni na dwudziestym drugim spotkaniu w formacie astańskim.',
      '2024-11-10',
      ['22|UN|OBSERVER'],
    ],
  ])('%s', (text, date, expected) => {
    const got = roundAttendance(text, 'pl', date);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    ['Jordania nie wzięła udziału w dwudziestej rundzie rozmów w Astanie.', '2023-06-21', 'JOR'],
    ['Liban zbojkotował osiemnastą rundę rozmów w Astanie.', '2022-06-15', 'LBN'],
    // Background of the format and another meeting of the same states are no attendance at a round.
    [
      'Proces astański zapoczątkowały w 2017 roku Rosja, Turcja i Iran, a dwudziesta runda ruszyła wczoraj.',
      '2023-06-21',
      'TUR',
    ],
    [
      'Po dwudziestej rundzie w Astanie prezydenci Rosji i Iranu spotkali się na szczycie w Soczi.',
      '2023-06-22',
      'IRN',
    ],
  ])('negated: %s', (text, date, actor) => {
    const got = roundAttendance(text, 'pl', date);
    expect(got.filter((t) => t.includes(`|${actor}|`))).toEqual([]);
  });

  it.each([
    ['Ósma sesja Komitetu Konstytucyjnego rozpoczęła się w Genewie.', '2022-05-30', 8],
    ['Dwudziesta druga runda rozmów w Astanie zakończyła się w środę.', '2024-11-13', 22],
    ['Trwa dwudziesta pierwsza tura rokowań w sprawie Syrii w Astanie.', '2024-01-24', 21],
  ])('numbers the meeting: %s', (text, date, round) => {
    const rounds = extractFacts(article(text, 'pl', date), seedKnowledge).facts.meetings.map((m) => m.round);
    expect(rounds).toContain(round);
  });
});

describe('Polish: a delegation and its head', () => {
  it.each([
    [
      'Rosyjskiej delegacji na 22. rundzie rozmów w Astanie przewodniczył Aleksandr Ławrientjew.',
      '2024-11-12',
      'astana-22|alexander-lavrentiev|RUS',
    ],
    [
      'Na czele delegacji irańskiej na dwudziestym drugim spotkaniu w Astanie stał Ali Asghar Hadżi.',
      '2024-11-12',
      'astana-22|ali-asghar-khaji|IRN',
    ],
  ])('%s', (text, date, expected) => {
    expect(delegateTriples(text, 'pl', date)).toContain(expected);
  });
});

describe('Polish: a statement and its day', () => {
  it('names the speaker and the day', () => {
    const text = 'Ławrientjew powiedział wczoraj, że następne spotkanie w formacie astańskim odbędzie się wiosną.';
    const statements = extractFacts(article(text, 'pl', '2024-11-14'), seedKnowledge).facts.statements;
    expect(statements.map((s) => [s.speakerId, s.date])).toContainEqual(['alexander-lavrentiev', '2024-11-13']);
  });

  it('detects Polish by its common words', () => {
    const text =
      'Minister spraw zagranicznych powiedział, że delegacje przybędą jutro. To już dwudzieste spotkanie, które odbywa się w stolicy Kazachstanu.';
    expect(detectLanguage(text, seedKnowledge)).toBe('pl');
  });
});
