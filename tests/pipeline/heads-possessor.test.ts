// A person named as a possessor ("President Assad's party", "Lavrentiev's deputy") is not the one a head verb names:
// "the bloc that President Assad's party leads" is led by the party. The possessive "'s" is English (and the
// languages that write it so); Arabic and Turkish possessors are read by their own rules. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const persons = (text: string): string[] =>
  extractFacts(article(text, 'en', '2021-01-26'), seedKnowledge)
    .facts.participations.filter((p) => p.role === 'PARTICIPANT' && p.representingId !== null)
    .map((p) => p.actorId)
    .sort();

describe('a possessor does not head', () => {
  it.each([
    [
      "The fifth session of the Constitutional Committee opened on Monday; any draft still needs a parliament in which the bloc that President Bashar al-Assad's party leads holds most seats.",
      [],
    ],
    [
      "The fifth session of the Constitutional Committee opened on Monday; the coalition that Bashar al-Assad's Baath Party heads dominates parliament.",
      [],
    ],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('the possessed title still leads when the person is its holder', () => {
    const text =
      'The fifth session of the Constitutional Committee opened on Monday; Ahmad Kuzbari leads the government delegation.';
    expect(persons(text)).toEqual(['ahmad-kuzbari']);
  });
});
