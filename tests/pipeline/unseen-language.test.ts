// Articles in languages with no lexicon (Czech in Latin script, Greek, Chinese written without spaces, Armenian,
// Korean): the fallback reads a round as a number next to a series name or meeting noun, chooses the round the
// calendar holds about publication, and gives the members named in sentences about it their standing role. Negative
// rows: a day next to a month is no round, a round far from publication gets no attendance, a language we have a
// lexicon for is not read by the fallback. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { isUnseenLanguage } from '../../src/pipeline/unseen/names.js';
import { tokenize } from '../../src/pipeline/normalize/tokens.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

/** "round|actor|role" of the text's participations, and its held rounds. */
function read(text: string, lang: string, date: string): { attendance: string[]; rounds: string[] } {
  const facts = extractFacts(article(text, lang, date), seedKnowledge).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  return {
    attendance: facts.participations.map((p) => `${round.get(p.meetingId) ?? '-'}|${p.actorId}|${p.role}`).sort(),
    rounds: facts.meetings
      .filter((m) => m.seriesId !== null && m.status === 'HELD')
      .map((m) => `${m.seriesId}-${m.round}`)
      .sort(),
  };
}

const GUARANTORS = ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR'];

describe('a round of a series in a language with no lexicon', () => {
  it.each([
    [
      'el, Greek script',
      'el',
      'Ο 20ός γύρος των συνομιλιών της Αστάνα άρχισε σήμερα με τη συμμετοχή της Ρωσίας, της Τουρκίας και του Ιράν.',
      GUARANTORS,
    ],
    ['zh, no spaces, digits', 'zh', '第20轮阿斯塔纳会谈今天开幕，俄罗斯、土耳其和伊朗代表团出席了会议。', GUARANTORS],
    [
      'hy, Armenian script, Roman numeral',
      'hy',
      'Աստանայի XX փուլը մեկնարկեց. մասնակցում են Ռուսաստանը, Թուրքիան և Իրանը:',
      GUARANTORS,
    ],
    [
      'ko, round after an affix',
      'ko',
      '제20차 아스타나 회담이 열렸다. 러시아, 튀르키예, 이란 대표단이 참석했다.',
      GUARANTORS,
    ],
    // Numerals as scripts write them (gazetteer/scripts.json; any script's decimal digits by Unicode).
    [
      'zh, a numeral in letters',
      'zh',
      '第二十轮阿斯塔纳会谈今天开幕，俄罗斯、土耳其和伊朗代表团出席了会议。',
      GUARANTORS,
    ],
    [
      // Iran's short katakana name is not among i18n-iso-countries' Japanese names (only the long form is).
      'ja, a numeral in letters',
      'ja',
      '第二十回アスタナ協議が本日始まり、ロシア、トルコ、イランの代表団が出席した。',
      ['20|RUS|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    ['hi, Devanagari digits', 'hi', 'अस्ताना वार्ता का २० वां दौर आज शुरू हुआ, जिसमें रूस, तुर्की और ईरान शामिल हुए।', GUARANTORS],
  ])('%s', (_name, lang, text, attendance) => {
    const got = read(text, lang, '2023-06-21');
    expect(got.rounds).toEqual(['astana-20']);
    expect(got.attendance).toEqual(attendance);
  });

  it.each([
    // The day before the month is a date, not the round; no round is said.
    ['cs, a day', 'cs', 'Rozhovory ve formátu Astana se uskuteční 20. června za účasti Ruska a Íránu.'],
    ['el, a day', 'el', 'Οι συνομιλίες της Αστάνα θα γίνουν στις 20 Ιουνίου με τη Ρωσία και το Ιράν.'],
    ['zh, a day', 'zh', '阿斯塔纳会谈将于6月20日举行，俄罗斯和伊朗将出席。'],
    ['zh, a month in letters', 'zh', '阿斯塔纳会谈将于十二月举行，俄罗斯和伊朗将出席。'],
    ['zh, a lone numeral letter inside a word', 'zh', '这是唯一一次阿斯塔纳会谈，俄罗斯和伊朗将出席。'],
  ])('%s is no round', (_name, lang, text) => {
    // Published weeks before the round, so the calendar holds none on the day either.
    expect(read(text, lang, '2023-05-10')).toEqual({ attendance: [], rounds: [] });
  });

  // Polish got a lexicon in round 12 (lang12), so these rows moved to Czech; there the fallback still misses one
  // member of an inflected list (only Russia and Iran of "Ruska, Turecka a Íránu").
  it.todo('cs: every member of an inflected list ("delegace Ruska, Turecka a Íránu") takes its standing role');

  it('zh: a past round in letters is that round, held, with no one made to attend it', () => {
    expect(read('第十二轮阿斯塔纳会谈于2019年举行，俄罗斯和伊朗出席。', 'zh', '2023-06-21')).toEqual({
      attendance: [],
      rounds: ['astana-12'],
    });
  });

  it('a round of the past is a meeting, but no one is made to attend it from a later report', () => {
    const got = read(
      'Připomnělo se, že 12. kolo rozhovorů ve formátu Astana proběhlo za účasti Ruska, Turecka a Íránu.',
      'cs',
      '2023-06-21',
    );
    expect(got).toEqual({ attendance: [], rounds: ['astana-12'] });
  });

  it.each([
    ['cs', 'Rozhovory ve formátu Astana dnes začaly. Účastní se jich Rusko, Turecko a Írán.', '2023-06-20'],
    ['el', 'Σήμερα ξεκίνησαν οι συνομιλίες της Αστάνα με τη Ρωσία, την Τουρκία και το Ιράν.', '2023-06-21'],
  ])('%s: no number, published while the calendar holds a round: that round', (lang, text, date) => {
    expect(read(text, lang, date)).toEqual({ attendance: GUARANTORS, rounds: ['astana-20'] });
  });

  it('no number, published between rounds: no meeting', () => {
    const text = 'Rozhovory ve formátu Astana dnes začaly. Účastní se jich Rusko, Turecko a Írán.';
    expect(read(text, 'cs', '2023-09-10')).toEqual({ attendance: [], rounds: [] });
  });

  it('members named two sentences after the meeting sentence do not attend', () => {
    const got = read('第20轮阿斯塔纳会谈今天开幕。天气很好。另外，约旦外长访问了伊拉克。', 'zh', '2023-06-21');
    expect(got.attendance).toEqual([]);
    expect(got.rounds).toEqual(['astana-20']);
  });
});

describe('what the fallback leaves alone', () => {
  it.each([
    ['cs', true],
    ['pl', false],
    ['zh-Hans', true],
    ['ru', false],
    ['en-GB', false],
    ['ar', false],
  ])('%s has no lexicon: %s', (lang, unseen) => {
    expect(isUnseenLanguage(seedKnowledge, lang)).toBe(unseen);
  });

  it('letters of a script written without spaces are words of their own; others are not split', () => {
    expect(tokenize('第20轮').map((t) => t.text)).toEqual(['第', '20', '轮']);
    expect(tokenize('раунд 20').map((t) => t.text)).toEqual(['раунд', '20']);
  });
});
