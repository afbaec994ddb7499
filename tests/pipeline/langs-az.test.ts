// Azerbaijani read as data alone: its lexicon (seed/lexicon/az.json: ordinals by vowel harmony with their possessive
// case forms and the digit endings "-ci/-cı/-cu/-cü", attending, heading and speech verbs, negation), Azerbaijani
// names of states (with case endings), places, series and organizations, and detection by its common words. Every
// sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { detectLanguage } from '../../src/pipeline/normalize/language.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, delegateTriples, roundAttendance } from './article.js';

describe('Azerbaijani: a round and its participants', () => {
  it.each([
    [
      'Astana formatında iyirminci görüşdə Rusiya, Türkiyə və İran nümayəndə heyətləri iştirak edib.',
      '2023-06-21',
      ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    [
      'İordaniya, Livan və İraq Astana prosesinin 21-ci raundunda müşahidəçi qismində iştirak edib.',
      '2024-01-25',
      ['21|IRQ|OBSERVER', '21|JOR|OBSERVER', '21|LBN|OBSERVER'],
    ],
    [
      'Suriya hökuməti və silahlı müxalifətin nümayəndələri Astana danışıqlarının on yeddinci raunduna gəlib.',
      '2021-12-21',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
    ['BMT nümayəndələri Astanada keçiriləcək iyirmi ikinci görüşə qoşulacaq.', '2024-11-10', ['22|UN|OBSERVER']],
  ])('%s', (text, date, expected) => {
    const got = roundAttendance(text, 'az', date);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    ['İordaniya Astana formatında iyirminci görüşdə iştirak etməyib.', '2023-06-21', 'JOR'],
    ['Rusiya və İran prezidentləri iyirminci Astana görüşündən sonra Soçidə sammitdə görüşüblər.', '2023-06-22', 'IRN'],
  ])('negated or elsewhere: %s', (text, date, actor) => {
    const got = roundAttendance(text, 'az', date);
    expect(got.filter((t) => t.includes(`|${actor}|`))).toEqual([]);
  });

  it.each([
    ['Astana formatında iyirmi ikinci görüş çərşənbə günü başa çatıb.', '2024-11-13', 'astana', 22],
    ['Konstitusiya Komitəsinin səkkizinci sessiyası Cenevrədə başlayıb.', '2022-05-30', 'constitutional-committee', 8],
  ])('numbers the meeting: %s', (text, date, series, round) => {
    const rounds = extractFacts(article(text, 'az', date), seedKnowledge)
      .facts.meetings.filter((m) => m.id.startsWith(series))
      .map((m) => m.round);
    expect(rounds).toContain(round);
  });
});

describe('Azerbaijani: a head, a statement, detection', () => {
  it('names the head of a delegation', () => {
    const text = 'Astanada keçirilən 22-ci görüşdə Rusiya nümayəndə heyətinə Aleksandr Lavrentyev başçılıq edib.';
    expect(delegateTriples(text, 'az', '2024-11-12')).toContain('astana-22|alexander-lavrentiev|RUS');
  });

  it('names the speaker and the day', () => {
    const text = 'Lavrentyev dünən bildirib ki, Astana formatında növbəti görüş yazda keçiriləcək.';
    const statements = extractFacts(article(text, 'az', '2024-11-14'), seedKnowledge).facts.statements;
    expect(statements.map((s) => [s.speakerId, s.date])).toContainEqual(['alexander-lavrentiev', '2024-11-13']);
  });

  it('detects Azerbaijani by its common words', () => {
    const text =
      'Xarici işlər naziri bildirib ki, nümayəndə heyətləri sabah gələcək. Bu, artıq Qazaxıstanın paytaxtında keçirilən iyirminci görüşdür və həmçinin sonuncu deyil.';
    expect(detectLanguage(text, seedKnowledge)).toBe('az');
  });
});
