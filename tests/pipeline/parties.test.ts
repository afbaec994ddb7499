// Words for the two Syrian parties in each language: rebels, armed opposition, regime, government in Damascus.
// Each row names both parties as attending a round; both must come out as PARTY of that round.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function parties(text: string, lang: string): string[] {
  return extractFacts(article(text, lang, '2019-04-26'), seedKnowledge)
    .facts.participations.filter((p) => p.role === 'PARTY')
    .map((p) => `${p.meetingId}|${p.actorId}`)
    .sort();
}

describe('party words', () => {
  it.each([
    ['en', 'The twelfth round of the Astana talks ended on Thursday. The rebels and the Syrian government took part.'],
    [
      'fr',
      "Le douzième cycle des pourparlers d'Astana s'est achevé jeudi. Les rebelles et le régime de Damas y participent.",
    ],
    ['es', 'La duodécima ronda de Astaná terminó el jueves. Participan los rebeldes y el gobierno de Damasco.'],
    [
      'it',
      'Il dodicesimo round dei colloqui di Astana è terminato giovedì. Partecipano i ribelli e il regime di Assad.',
    ],
    ['ru', 'В четверг в Астане завершился двенадцатый раунд переговоров. В нем участвуют повстанцы и сирийский режим.'],
    [
      'tr',
      'Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. Toplantıya muhalifler ve Suriye rejimi katıldı.',
    ],
    [
      'de',
      'Die zwölfte Runde der Astana-Gespräche endete am Donnerstag. Vertreter der Rebellen und des Assad-Regime waren anwesend.',
    ],
  ])('%s', (lang, text) => {
    expect(parties(text, lang)).toEqual(['astana-12|SYR', 'astana-12|SYR-OPP']);
  });
});
