// "X is at the head of the Russian delegation": a copula before "at the head of" puts the head before the phrase, so
// a name after it belongs to the next clause; a name inside another person's title ("an aide to the Foreign Minister
// X") is that person's employer, articles included. Invented sentences, several languages.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2022-06-16');
}

describe('a copula with "at the head of" names the head before it', () => {
  it.each([
    [
      'en',
      'The 18th round of the Astana talks opened on Wednesday. Deputy Foreign Minister Ivan Petrov is at the head of the Russian delegation, and Sedat Onal represents Turkey.',
      ['astana-18|ivan-petrov|RUS', 'astana-18|sedat-onal|TUR'],
    ],
    [
      'fr',
      "Le dix-huitième cycle des pourparlers d'Astana s'est ouvert mercredi. Le vice-ministre Ivan Petrov est à la tête de la délégation russe, et Sedat Onal conduit celle d'Ankara.",
      ['astana-18|ivan-petrov|RUS', 'astana-18|sedat-onal|TUR'],
    ],
    [
      'es',
      'La decimoctava ronda de las conversaciones de Astaná comenzó el miércoles. El viceministro Iván Petrov está al frente de la delegación rusa, y Sedat Onal encabeza la de Ankara.',
      ['astana-18|ivan-petrov|RUS', 'astana-18|sedat-onal|TUR'],
    ],
    [
      'de',
      'Die 18. Runde der Astana-Gespräche begann am Mittwoch. Vizeminister Iwan Petrow steht an der Spitze der russischen Delegation, und Sedat Onal leitet die türkische.',
      ['astana-18|iwan-petrow|RUS', 'astana-18|sedat-onal|TUR'],
    ],
  ])('%s', (lang, text, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('a minister named inside an aide’s title is the employer, not the head', () => {
  it('en "who as a senior aide to the Foreign Minister X represents Iran"', () => {
    expect(
      delegates(
        'The 18th round of the Astana talks opened on Wednesday. Alexander Lavrentiev, the presidential envoy, is at the head of the delegation from Moscow, and Ali Asghar Khaji, who as a senior aide to the Foreign Minister Hossein Amir-Abdollahian represents Iran.',
        'en',
      ),
    ).toEqual(['astana-18|alexander-lavrentiev|RUS', 'astana-18|ali-asghar-khaji|IRN']);
  });
});
