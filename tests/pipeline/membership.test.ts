// How a body is made up is not who came to its meeting: "the committee has 150 members, 50 each for the government,
// the opposition and civil society" tells the composition of the body (the guideline's general description), while
// the same distributive wording in a report of the meeting ("the meetings bring together 15 from each side") tells of
// attendance. Each row pairs a sentence the rules read as attendance with the same sentence told as the body's
// make-up. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { attendanceTriples } from './article.js';

const opening: Record<string, string> = {
  en: 'The fourth session of the Constitutional Committee opened in Geneva on Monday under the UN envoy. ',
  ar: 'افتتحت الجولة الرابعة من اللجنة الدستورية في جنيف يوم الاثنين برعاية المبعوث الأممي. ',
};
const at = '2020-11-30';
/** The Syrian sides the text places at a meeting, sorted. */
const sides = (lang: string, sentence: string): string[] =>
  attendanceTriples((opening[lang] ?? '') + sentence, lang, at)
    .filter((t) => /\|(SYR|SYR-OPP|SYR-CIVIL)\|/.test(t))
    .map((t) => t.split('|')[1] ?? '')
    .sort();

describe('a sentence telling how the body is composed', () => {
  it.each([
    [
      'en',
      'The government, the opposition and civil society are represented.',
      'The government, the opposition and civil society are represented on it.',
    ],
    [
      'en',
      'The committee has representatives of the government, the opposition and civil society.',
      'The committee has representatives of the government, the opposition and civil society, 50 members each.',
    ],
    [
      'en',
      'The committee has representatives of the government, the opposition and civil society.',
      'The committee has representatives of the government, the opposition and civil society, divided equally.',
    ],
    [
      'ar',
      'وتضم اللجنة 150 عضوا من الحكومة والمعارضة والمجتمع المدني.',
      'وتضم اللجنة 150 عضوا موزعين بالتساوي بين الحكومة والمعارضة والمجتمع المدني.',
    ],
    [
      'ar',
      'وتضم اللجنة 150 عضوا عن الحكومة والمعارضة والمجتمع المدني.',
      'وتضم اللجنة 150 عضوا، 50 عن الحكومة ومثلهم عن المعارضة ومثلهم عن المجتمع المدني.',
    ],
  ])('places no side at the session (%s)', (lang, attended, described) => {
    expect(sides(lang, attended)).toEqual(['SYR', 'SYR-CIVIL', 'SYR-OPP']);
    expect(sides(lang, described)).toEqual([]);
  });
});

describe('the same wording in a report of the meeting', () => {
  it.each([
    ['en', 'The meetings have representatives of the government, the opposition and civil society, 15 members each.'],
    ['ar', 'وتضم الاجتماعات 45 عضوا، 15 عن الحكومة ومثلهم عن المعارضة ومثلهم عن المجتمع المدني.'],
    ['ar', 'واجتمعت الهيئة المصغرة أمس بحضور الحكومة والمعارضة والمجتمع المدني موزعين بالتساوي.'],
  ])('still places the sides (%s: %s)', (lang, sentence) => {
    const got = sides(lang, sentence);
    expect(got).toContain('SYR');
    expect(got).toContain('SYR-OPP');
  });
});

// One count given to each side in turn is how the seats are shared, whatever words join the shares: "150 members:
// 50 from civil society, 50 from the government and 50 from the opposition". No cue word is needed; a report of the
// meeting with the same numbers (a day, a meeting word) still places the sides.
describe('one count shared out to each side', () => {
  it.each([
    [
      'en',
      'The committee has representatives of the government, the opposition and civil society.',
      'The committee counts 150 members: 50 representatives of the government, 50 of the opposition and 50 of civil society.',
    ],
    [
      'ar',
      'وتضم الهيئة ممثلين عن الحكومة والمعارضة والمجتمع المدني.',
      'وتضم الهيئة الموسعة 150 شخصا، 50 تسميهم الحكومة و50 تختارهم المعارضة و50 من المجتمع المدني.',
    ],
  ])('places no side at the session (%s)', (lang, attended, described) => {
    expect(sides(lang, attended)).toEqual(['SYR', 'SYR-CIVIL', 'SYR-OPP']);
    expect(sides(lang, described)).toEqual([]);
  });

  it.each([
    [
      'en',
      'On Tuesday the small body met with 15 from the government, 15 from the opposition and 15 from civil society.',
    ],
    ['ar', 'واجتمعت الهيئة المصغرة أمس الثلاثاء بحضور 15 عضوا عن الحكومة و15 عن المعارضة و15 عن المجتمع المدني.'],
    // One number only: a delegation of so many members, led by its head, is no sharing of seats.
    ['ar', 'ويقود وفد المعارضة، المكون من 22 عضوا، هادي البحرة، فيما يرأس أحمد الكزبري وفد الحكومة.'],
  ])('still places the sides (%s: %s)', (lang, sentence) => {
    const got = sides(lang, sentence);
    expect(got).toContain('SYR');
    expect(got).toContain('SYR-OPP');
  });
});

// Round 14 (cc14): the body whose make-up is told decides. The whole committee (150, 50 each) sat in full only at
// its first session, so its make-up in a report of the fourth is a general description (above); the drafting body
// (45, 15 each) is what sits at every session, and the tuning gold counts its make-up in a report of a session as the
// sides sitting there (series.json `bodies`).
describe('the make-up of the drafting body, which sits at every session', () => {
  it.each([
    [
      'en',
      'Its smaller body has 45 seats, with 15 for civil society, 15 for the opposition and 15 for the government.',
    ],
    ['ar', 'أما الهيئة المصغرة فلها 15 عضوا من الحكومة و15 من المعارضة و15 من المجتمع المدني.'],
  ])('places the three sides at the session reported (%s)', (lang, sentence) => {
    expect(sides(lang, sentence)).toEqual(['SYR', 'SYR-CIVIL', 'SYR-OPP']);
  });
});
