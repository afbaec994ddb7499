// Speakers on reporting never seen (issue 10, round 4): a subject whose apposition a comma closes before the verb,
// an agency named after the verb, Arabic names that fold like the article. Invented sentences, several languages.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function speakers(text: string, lang: string): string[] {
  return [...new Set(extractFacts(article(text, lang), seedKnowledge).facts.statements.map((s) => s.speakerId))];
}

describe('"X, <apposition>, said Y …": the subject before the apposition speaks, not the person after the verb', () => {
  it.each([
    [
      'en',
      'Alexander Lavrentiev, the Russian envoy for Syria, said Geir Pedersen would arrive on Tuesday.',
      ['alexander-lavrentiev'],
    ],
    [
      'de',
      'Alexander Lawrentjew, der russische Sondergesandte, sagte, Geir Pedersen werde am Dienstag kommen.',
      ['alexander-lavrentiev'],
    ],
    ['fa', 'الکساندر لاورنتیف، فرستاده ویژه روسیه، گفت گیر پدرسن فردا می‌آید.', ['alexander-lavrentiev']],
  ])('%s', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });

  it('en a quote before ", said X" still gives X', () => {
    expect(speakers('"The round was useful," said Alexander Lavrentiev, the Russian envoy.', 'en')).toEqual([
      'alexander-lavrentiev',
    ]);
  });
});

describe('an agency named after the verb reports: the person in what it reports is no speaker', () => {
  it.each([
    ['ru', 'Россию на переговорах представлял Александр Лаврентьев, сообщает РИА Новости.'],
    ['en', 'Russia was represented at the talks by Alexander Lavrentiev, reported Reuters.'],
    ['es', 'Rusia estuvo representada por Alexander Lavrentiev, informó la agencia TASS.'],
  ])('%s', (lang, text) => {
    expect(speakers(text, lang)).toEqual([]);
  });
});

describe('an Arabic name opening with a hamza is a name, not the article', () => {
  it.each([
    ['أليكسي', 'وقال أليكسي سميرنوف، نائب وزير خارجية روسيا، إن الجولة المقبلة ستعقد في أيار.'],
    ['إلهام', 'وأكدت إلهام كريمي، المتحدثة باسم الوفد، أن المحادثات كانت مفيدة.'],
  ])('%s', (first, text) => {
    const ids = speakers(text, 'ar');
    expect(ids).toHaveLength(1);
    expect(ids[0]).toContain(first.replace(/^[أإ]/, 'ا'));
  });
});
