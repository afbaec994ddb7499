// Dictionary mentions: names on folded tokens with Arabic clitics, acronyms only in capitals, words over country names.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function ids(text: string, lang: string): string[] {
  return analyse(article(text, lang), seedKnowledge).mentions.flatMap((m) =>
    m.entries.filter((e) => e.type !== 'cue').map((e) => `${e.type}:${e.id}`),
  );
}

describe('mentions', () => {
  it.each([
    ['وروسيا', 'ar', 'state:RUS'],
    ['لكازاخستان', 'ar', 'state:KAZ'],
    ['والأمم المتحدة', 'ar', 'org:UN'],
    ['للأمم المتحدة', 'ar', 'org:UN'],
    ['الروسي', 'ar', 'state:RUS'],
    ['وبمشاركة المعارضة السورية', 'ar', 'org:SYR-OPP'],
    ['مسار “أستانة”', 'ar', 'series:astana'],
    ['لافرينتييف', 'ar', 'person:alexander-lavrentiev'],
    ['Nur-Sultan', 'en', 'place:astana'],
    ['the U.N. envoy', 'en', 'org:UN'],
    ['Türkiye', 'tr', 'state:TUR'],
    ['Российской Федерации', 'ru', 'state:RUS'],
  ])('%s (%s) → %s', (text, lang, id) => {
    expect(ids(text, lang)).toContain(id);
  });

  it.each([
    ['un accord a été trouvé', 'fr', 'org:UN'],
    ['la réunion internationale', 'fr', 'state:REU'],
    ['tell us more', 'en', 'state:USA'],
  ])('%s (%s) does not mention %s', (text, lang, id) => {
    expect(ids(text, lang)).not.toContain(id);
  });
});
