// A period right after a day number ends the sentence ("... on January 23-24. The second round ...") except in
// languages where that period marks an ordinal (lexicon "dotOrdinals": German "am 23. Januar", Turkish "6. tur").
import { describe, expect, it } from 'vitest';
import { analyse, extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const count = (text: string, lang: string): number => analyse(article(text, lang), seedKnowledge).sentences.length;

describe('a period after a day number', () => {
  it.each([
    ['en', 'The guarantors first met on January 23-24. The second round came on February 15-16.'],
    ['fr', 'Les garants se sont réunis les 23 et 24 janvier. Le deuxième cycle a suivi en février.'],
    ['ar', 'اجتمع الضامنون يومي 23 و24 كانون الثاني في 23. ثم عقدت الجولة الثانية في شباط.'],
  ])('ends the sentence (%s)', (lang, text) => {
    expect(count(text, lang)).toBe(2);
  });

  it.each([
    ['de', 'Die Delegationen trafen sich am 23. Januar in Astana zur ersten Runde.'],
    ['tr', 'Heyetler 6. tur için Astana’da bir araya geldi.'],
  ])('marks an ordinal where the language says so (%s)', (lang, text) => {
    expect(count(text, lang)).toBe(1);
  });

  it('keeps a first round apart from the second round told next (en)', () => {
    const text =
      'Delegations are arriving for a third round of the Astana talks. The talks held their first round on January 23-24. The second round took place on February 15-16.';
    const held = extractFacts(article(text, 'en', '2017-03-13'), seedKnowledge)
      .facts.meetings.filter((m) => m.status === 'HELD')
      .map((m) => m.id)
      .sort();
    expect(held).toEqual(['astana-1', 'astana-2']);
  });
});
