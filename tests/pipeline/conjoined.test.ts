// Persons joined by "and" on either side of one person (heads.ts `conjoined`): the one rule behind co-speakers and
// co-heads, read before and after the anchor, in invented sentences of several languages.
import { describe, expect, it } from 'vitest';
import { sentenceMentions } from '../../src/pipeline/doc.js';
import { analyse } from '../../src/pipeline/facts.js';
import { findPersons } from '../../src/pipeline/extract/persons.js';
import { conjoined } from '../../src/pipeline/resolve/heads.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

/** The ids joined to `anchor` on each side, nearest first, in the first sentence. */
function sides(text: string, lang: string, anchor: string): { before: string[]; after: string[] } {
  const doc = analyse(article(text, lang), seedKnowledge);
  const persons = findPersons(doc);
  const ps = persons.mentions.filter((p) => p.sentence === 0);
  const at = ps.find((p) => p.id === anchor);
  if (!at) throw new Error(`${anchor} is not found in: ${text}`);
  const ms = sentenceMentions(doc, 0);
  const ids = (side: 'before' | 'after'): string[] => conjoined(doc, ms, ps, at, side).map((p) => p.id);
  return { before: ids('before'), after: ids('after') };
}

describe('conjoined', () => {
  it.each([
    [
      'en two names, the anchor last',
      'Alexander Lavrentiev and Ali Asghar Khaji told the press on Monday that talks went well.',
      'en',
      'ali-asghar-khaji',
      { before: ['alexander-lavrentiev'], after: [] },
    ],
    [
      'en two names, the anchor first',
      'Alexander Lavrentiev and Ali Asghar Khaji told the press on Monday that talks went well.',
      'en',
      'alexander-lavrentiev',
      { before: [], after: ['ali-asghar-khaji'] },
    ],
    [
      'ar the conjunction glued to the second name',
      'قال لافرنتييف وخاجي للصحفيين إن المحادثات كانت مثمرة.',
      'ar',
      'alexander-lavrentiev',
      { before: [], after: ['ali-asghar-khaji'] },
    ],
    [
      'en a speech verb between the names joins nothing',
      'Alexander Lavrentiev said on Monday that Ali Asghar Khaji would come.',
      'en',
      'alexander-lavrentiev',
      { before: [], after: [] },
    ],
  ])('%s', (_name, text, lang, anchor, expected) => {
    expect(sides(text, lang, anchor)).toEqual(expected);
  });
});
