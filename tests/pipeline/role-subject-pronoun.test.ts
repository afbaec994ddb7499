// "He said" inside a sentence whose subject is a role word ("The UN envoy blamed the government of President Assad,
// which he said had ...") is the person that role word stands for (named in the sentence before), not a person the
// sentence goes on to speak of.
import { describe, expect, it } from 'vitest';
import { speakerIds } from './article.js';

describe('a pronoun after a role-word subject', () => {
  it.each([
    [
      'en',
      'Staffan de Mistura met both delegations on Monday. The UN envoy put the blame on the government of President Bashar al-Assad, which he said had refused any compromise.',
    ],
  ])('is the person the role stands for (%s)', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual(['staffan-de-mistura']);
  });

  it('keeps the person who opens the sentence', () => {
    const text = 'Lavrov met the envoy. Staffan de Mistura blamed the government, which he said had refused to talk.';
    expect(speakerIds(text, 'en')).toEqual(['staffan-de-mistura']);
  });
});
