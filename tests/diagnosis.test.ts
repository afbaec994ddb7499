// Per-class error counts of `diplograph eval`: each missed or spurious fact is classed by what the other side holds
// for its article, round and actor. A table of small gold/predicted cases, one class per row.
import { describe, expect, it } from 'vitest';
import { errorClasses, formatCounts } from '../src/diagnosis.js';

const none = { gold: new Set<string>(), predicted: new Set<string>() };
const sets = (gold: string[], predicted: string[]) => ({ gold: new Set(gold), predicted: new Set(predicted) });

describe('attendance error classes', () => {
  it.each([
    [
      'right actor and role at another round',
      ['a|6|RUS|GUARANTOR'],
      ['a|7|RUS|GUARANTOR'],
      { wrongMeeting: 1 },
      { wrongMeeting: 1 },
    ],
    ['same actor and round, other role', ['a|6|KAZ|HOST'], ['a|6|KAZ|OBSERVER'], { wrongRole: 1 }, { wrongRole: 1 }],
    [
      'actor absent at a round the article has',
      ['a|6|RUS|GUARANTOR', 'a|6|JOR|OBSERVER'],
      ['a|6|RUS|GUARANTOR'],
      { missedActor: 1 },
      {},
    ],
    ['round the graph has nothing at', ['a|6|RUS|GUARANTOR'], [], { missedMeeting: 1 }, {}],
    ['spurious at a round with no gold', [], ['a|5|SYR|PARTY'], {}, { spuriousMeeting: 1 }],
    [
      'spurious actor at a gold round',
      ['a|6|RUS|GUARANTOR'],
      ['a|6|RUS|GUARANTOR', 'a|6|USA|OBSERVER'],
      {},
      { spuriousActor: 1 },
    ],
    [
      'another article does not make a wrong meeting',
      ['a|6|RUS|GUARANTOR'],
      ['b|7|RUS|GUARANTOR'],
      { missedMeeting: 1 },
      { spuriousMeeting: 1 },
    ],
  ])('%s', (_label, gold, predicted, missed, spurious) => {
    const c = errorClasses(sets(gold, predicted), none, none).attendance;
    expect(c).toEqual({ missed, spurious });
  });
});

describe('delegate and statement error classes', () => {
  it.each([
    ['head at another round', ['6|p1'], ['7|p1'], { wrongMeeting: 1 }, { wrongMeeting: 1 }],
    ['person the gold does not know', ['6|p1'], ['6|p1', '6|unknown:X'], {}, { unknownPerson: 1 }],
    ['head missed at a round with other heads', ['6|p1', '6|p2'], ['6|p1'], { missedPerson: 1 }, {}],
    ['head at a round with no gold heads', [], ['9|p3'], {}, { spuriousMeeting: 1 }],
  ])('delegates: %s', (_label, gold, predicted, missed, spurious) => {
    expect(errorClasses(none, sets(gold, predicted), none).delegates).toEqual({ missed, spurious });
  });

  it.each([
    ['speaker given to another person', ['a|p1'], ['a|p2'], { wrongSpeaker: 1 }, { wrongSpeaker: 1 }],
    ['speaker unresolved', ['a|p1'], ['a|unknown:Someone'], { wrongSpeaker: 1 }, { unknownSpeaker: 1 }],
    ['speaker missed alone', ['a|p1', 'a|p2'], ['a|p1'], { missedSpeaker: 1 }, {}],
    ['statement in no article', [], ['null|p1'], {}, { noArticle: 1 }],
    ['extra speaker', ['a|p1'], ['a|p1', 'a|p2'], {}, { spuriousSpeaker: 1 }],
  ])('statements: %s', (_label, gold, predicted, missed, spurious) => {
    expect(errorClasses(none, none, sets(gold, predicted)).statements).toEqual({ missed, spurious });
  });

  it('formats counts largest first', () => {
    expect(formatCounts({ missedActor: 1, wrongMeeting: 3 })).toBe('wrongMeeting 3, missedActor 1');
  });
});
