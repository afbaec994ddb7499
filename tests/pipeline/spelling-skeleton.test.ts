// Other spellings of gazetteer persons found by their consonant skeleton: a full name whose every word agrees with
// a known person's once vowels and h are dropped ("Sidat Unal", "Najat Rushdi", Turkish "Ali Askar Hacı"), a long
// surname alone ("Kozbari"); a different given name keeps someone else apart. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function heads(text: string, lang: string): string[] {
  return extractFacts(article(text, lang, '2022-06-16'), seedKnowledge)
    .facts.participations.filter((p) => p.role === 'PARTICIPANT')
    .map((p) => `${p.actorId}|${p.representingId ?? '-'}`)
    .sort();
}

describe('persons found by the skeleton of their name', () => {
  it.each([
    [
      'en full names in other spellings',
      'The 18th round of the Astana talks opened on Wednesday. Deputy Foreign Minister Sidat Unal heads the Turkish delegation, and Najat Rushdi represents the UN.',
      'en',
      ['najat-rochdi|UN', 'sedat-onal|TUR'],
    ],
    [
      'tr a Turkish spelling with c for j',
      'Astana görüşmelerinin 18. turu çarşamba günü başladı. İran heyetinin başında Dışişleri Bakan Yardımcısı Ali Askar Hacı bulunuyor.',
      'tr',
      ['ali-asghar-khaji|IRN'],
    ],
    [
      'fr a long surname alone',
      'La neuvième session du Comité constitutionnel s’est ouverte lundi à Genève. La délégation du gouvernement est conduite par Ahmad Kozbari.',
      'fr',
      ['ahmad-kuzbari|SYR'],
    ],
    [
      'en another given name is another person',
      'The 18th round of the Astana talks opened on Wednesday. Deputy Foreign Minister Murat Unal heads the Turkish delegation.',
      'en',
      ['murat-unal|TUR'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(heads(text, lang)).toEqual(expected);
  });
});
