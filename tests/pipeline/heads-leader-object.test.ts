// Representing a head of state is a standing title, not leading a delegation: "X, who represents the Russian president
// on the Syrian file" — the active verb's object is a leader's title. Representing a state or a side still names a
// head, and so does a passive cue with a head of state after it ("led by President X", "برئاسة الرئيس X"). Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26');
}

describe('an active verb of representing with a head of state as object', () => {
  it.each([
    [
      'en "who represents the Russian president on the Syrian file, said"',
      'The 12th round of the Astana talks ended on Thursday. Ivan Petrov, who represents the Russian president on the Syrian file, said the decision had surprised Moscow.',
      'en',
      [],
    ],
    [
      'ar a passive head cue keeps a head of state after it: "برئاسة الرئيس X"',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا يوم الخميس، وشارك فيها الوفد الروسي برئاسة الرئيس إيفان بتروف.',
      'ar',
      ['astana-12|ايفان-بتروف|RUS'],
    ],
    [
      'en a passive head cue keeps a head of state after it: "led by President X"',
      'The 12th round of the Astana talks ended on Thursday; the Russian delegation, led by President Ivan Petrov, took part.',
      'en',
      ['astana-12|ivan-petrov|RUS'],
    ],
    [
      'en "who represents Russia at the talks" still heads',
      'The 12th round of the Astana talks ended on Thursday. Ivan Petrov, who represents Russia at the talks, said the decision had surprised Moscow.',
      'en',
      ['astana-12|ivan-petrov|RUS'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});
