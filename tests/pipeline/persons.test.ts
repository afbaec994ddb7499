// Persons: gazetteer spellings in every script, unknown persons from titles and roles, surnames within an article.
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../src/pipeline/extract/persons.js';
import { analyse, extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function persons(text: string, lang: string): { id: string; title: string | null; affiliation: string | null }[] {
  const found = findPersons(analyse(article(text, lang), seedKnowledge));
  return [...found.info.values()].map((p) => ({ id: p.id, title: p.title, affiliation: p.affiliation }));
}

describe('persons', () => {
  it.each([
    ['ar gazetteer', 'قال ألكسندر لافرنتييف إن', 'ar', 'alexander-lavrentiev'],
    ['en variant spelling', 'Alexander Lavrentyev said', 'en', 'alexander-lavrentiev'],
    ['ru', 'заявил Александр Лаврентьев', 'ru', 'alexander-lavrentiev'],
    ['ar with a clitic', 'وبحسب لافرنتييف، فإن', 'ar', 'alexander-lavrentiev'],
  ])('%s', (_label, text, lang, id) => {
    expect(persons(text, lang).map((p) => p.id)).toContain(id);
  });

  it('de a compound ending in a title is not part of the name', () => {
    expect(persons('Oppositionssprecher Ayman al-Asimi sagte, die Gespräche stockten.', 'de').map((p) => p.id)).toEqual(
      ['ayman-al-asimi'],
    );
  });

  it('exports no bare surname another gazetteer person bears, unless the article used it', () => {
    const aliases = (text: string): string[] =>
      extractFacts(article(text, 'en'), seedKnowledge).facts.actors.find((a) => a.id === 'sedat-onal')?.aliases ?? [];
    expect(aliases('Sedat Onal said the talks went well.')).not.toContain('أونال');
    expect(aliases('Sedat Onal said the talks went well.')).toContain('سادات أونال');
  });

  it.each([
    ['ar', 'وترأس الوفد التركي كمال أونال، المدير العام للشؤون السورية.', 'كمال-اونال', 'sedat-onal'],
    [
      'en',
      'The Turkish delegation was headed by Selcuk Onal, director general for Syria.',
      'selcuk-onal',
      'sedat-onal',
    ],
    ['ar', 'وقال أونال إن الجولة كانت ناجحة.', 'sedat-onal', 'كمال-اونال'],
  ])('%s a gazetteer surname after another first name is another person', (lang, text, id, not) => {
    const ids = persons(text, lang).map((p) => p.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(not);
  });

  it.each([
    ['ar title then name', 'اعتبر نائب وزير خارجية كازاخستان، كانات توميشيف، أن', 'ar', 'كانات-توميشيف', 'KAZ'],
    ['ar name then title', 'قال سيريك بيكوف، مدير دائرة آسيا وإفريقيا في الوزارة، إن', 'ar', 'سيريك-بيكوف', null],
    [
      'en title then name',
      'Turkish Deputy Foreign Minister Burak Akcapar said the talks went well.',
      'en',
      'burak-akcapar',
      null,
    ],
    [
      'en name then role',
      'Dmitry Peskov, the Kremlin spokesman, said the talks went well.',
      'en',
      'dmitry-peskov',
      null,
    ],
  ])('recognises an unknown person: %s', (_label, text, lang, id, affiliation) => {
    const p = persons(text, lang).find((x) => x.id === id);
    expect(p).toBeDefined();
    expect(p?.title).toBeTruthy();
    if (affiliation) expect(p?.affiliation).toBe(affiliation);
  });

  it('resolves a later surname to the person recognised from a title', () => {
    const doc = analyse(
      article(
        'قال سيريك بيكوف، مدير دائرة آسيا في الوزارة، إن الأمر تم.\n\nوتابع بيكوف "إن التوافق قد تم بالكامل اليوم".',
        'ar',
      ),
      seedKnowledge,
    );
    const found = findPersons(doc);
    expect(found.mentions.filter((m) => m.id === 'سيريك-بيكوف')).toHaveLength(2);
  });

  it('does not take ordinary words after a title for a name', () => {
    const ids = persons('ذكر مدير الملف السوري بوزارة الخارجية التركية لوسيلة إعلامية قريبة من الحزب أن', 'ar').map(
      (p) => p.id,
    );
    expect(ids).toEqual([]);
  });
});
