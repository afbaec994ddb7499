// Names an article in a language with no lexicon is read with, besides those every dictionary holds: the state names
// of the other locales i18n-iso-countries ships (its own locale's where it ships one, else all of them), and the
// nouns a series' meetings go by in every language series.json lists (the article's own where listed). Pure; read
// once per language at dictionary build (dictionary.ts), never for a language we have a lexicon for.
import type { Knowledge } from '../knowledge.js';
import type { Entry } from '../extract/dictionary.js';

type Add = (phrase: string, entry: Entry, allowShort?: boolean) => void;

/** Whether an article tagged `lang` ("pl", "zh-Hans") is in a language none of the lexicons is for. */
export function isUnseenLanguage(k: Knowledge, lang: string): boolean {
  return k.lexicons[lang] === undefined && k.lexicons[lang.split('-')[0] ?? lang] === undefined;
}

/** The names of a { lang: names } table in `lang` where it has them, else in every language it has. */
function ownOrAll(byLang: Record<string, string[]>, lang: string): string[] {
  const own = byLang[lang];
  return own && own.length > 0 ? own : Object.values(byLang).flat();
}

/** Adds the unseen language's state names and the series' meeting nouns to its dictionary. */
export function addUnseenNames(k: Knowledge, lang: string, add: Add): void {
  for (const [iso3, byLang] of Object.entries(k.otherCountryNames ?? {}))
    for (const n of ownOrAll(byLang, lang)) add(n, { type: 'state', id: iso3, form: 'name' });
  for (const s of k.series)
    for (const n of ownOrAll(s.nouns, lang)) {
      add(n, { type: 'seriesNoun', id: s.id }, true);
      add(n, { type: 'cue', cue: 'meeting' }, true);
    }
}
