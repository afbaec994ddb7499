// Loads the pipeline's knowledge (lexicons, gazetteer, country names) from seed/ and i18n-iso-countries, once.
// The only file I/O of extraction happens here, so the pipeline stages stay pure.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ActorRow, Knowledge, Lexicon, PlaceRow, SeriesRow, StateRow } from './pipeline/knowledge.js';

const SEED = new URL('../seed/', import.meta.url);
/** Languages whose country names are taken from i18n-iso-countries. */
export const COUNTRY_LANGS = ['ar', 'en', 'fr', 'ru', 'tr', 'fa', 'de', 'es', 'it'] as const;

let cached: Knowledge | undefined;

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(new URL(rel, SEED), 'utf8'));
}

interface CountriesModule {
  getAlpha3Codes(): Record<string, string>;
  getName(code: string, lang: string, options: { select: 'all' }): string[] | undefined;
  registerLocale(data: unknown): void;
}

function countryNames(): Knowledge['countryNames'] {
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as CountriesModule;
  for (const lang of COUNTRY_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const out: Knowledge['countryNames'] = {};
  for (const iso3 of Object.keys(countries.getAlpha3Codes())) {
    const byLang: Record<string, string[]> = {};
    for (const lang of COUNTRY_LANGS) byLang[lang] = countries.getName(iso3, lang, { select: 'all' }) ?? [];
    out[iso3] = byLang;
  }
  return out;
}

/** The knowledge shipped in seed/ (cached after the first call). */
export function loadKnowledge(): Knowledge {
  if (cached) return cached;
  const lexicons: Record<string, Lexicon> = {};
  for (const file of readdirSync(new URL('lexicon/', SEED))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const lex = readJson(`lexicon/${file}`) as Lexicon;
    lexicons[lex.lang] = lex;
  }
  cached = {
    lexicons,
    states: readJson('gazetteer/states.json') as StateRow[],
    countryNames: countryNames(),
    actors: readJson('gazetteer/actors.json') as ActorRow[],
    places: readJson('gazetteer/places.json') as PlaceRow[],
    series: readJson('gazetteer/series.json') as SeriesRow[],
  };
  return cached;
}
