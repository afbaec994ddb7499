// Reads the knowledge shipped in seed/ (lexicons, gazetteer) and the country names of i18n-iso-countries, and
// validates it through pipeline/knowledge.ts. Called once by each composition root (CLI, server, eval, bench):
// the pipeline receives the result as an argument and never reads a file itself.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Knowledge, RawKnowledge } from './pipeline/knowledge.js';
import { parseKnowledge } from './pipeline/knowledge.js';

const SEED = new URL('../seed/', import.meta.url);
/** Languages whose country names are taken from i18n-iso-countries. */
export const COUNTRY_LANGS = [
  'ar',
  'en',
  'fr',
  'ru',
  'tr',
  'fa',
  'de',
  'es',
  'it',
  'pt',
  'uk',
  'bg',
  'pl',
  'az',
] as const;

let cached: Knowledge | undefined;

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(new URL(rel, SEED), 'utf8'));
}

interface CountriesModule {
  getAlpha3Codes(): Record<string, string>;
  getName(code: string, lang: string, options: { select: 'all' }): string[] | undefined;
  registerLocale(data: unknown): void;
}

/** Country names per ISO3 in the given locales of i18n-iso-countries. */
function countryNames(langs: readonly string[]): Knowledge['countryNames'] {
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as CountriesModule;
  for (const lang of langs) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const out: Knowledge['countryNames'] = {};
  for (const iso3 of Object.keys(countries.getAlpha3Codes())) {
    const byLang: Record<string, string[]> = {};
    for (const lang of langs) byLang[lang] = countries.getName(iso3, lang, { select: 'all' }) ?? [];
    out[iso3] = byLang;
  }
  return out;
}

/** Every other locale i18n-iso-countries ships: the state names read for articles in languages with no lexicon. */
function otherCountryLangs(): string[] {
  const require = createRequire(import.meta.url);
  const dir = new URL('.', pathToFileURL(require.resolve('i18n-iso-countries/langs/en.json')));
  const ours = new Set<string>(COUNTRY_LANGS);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((lang) => !ours.has(lang))
    .sort();
}

/** The seed/ files as parsed JSON, before validation. */
export function readSeedFiles(): RawKnowledge {
  const lexicons = readdirSync(new URL('lexicon/', SEED))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ source: `seed/lexicon/${f}`, data: readJson(`lexicon/${f}`) }));
  return {
    lexicons,
    states: readJson('gazetteer/states.json'),
    actors: readJson('gazetteer/actors.json'),
    places: readJson('gazetteer/places.json'),
    series: readJson('gazetteer/series.json'),
    scripts: readJson('gazetteer/scripts.json'),
    countryNames: countryNames(COUNTRY_LANGS),
    otherCountryNames: countryNames(otherCountryLangs()),
  };
}

/** The knowledge shipped in seed/, validated (read once per process; it does not change while running). */
/** Whether `k` is the seed knowledge this process loaded (the extraction worker loads the same files itself). */
export function isSeedKnowledge(k: Knowledge): boolean {
  return cached !== undefined && k === cached;
}

export function loadSeedKnowledge(): Knowledge {
  cached ??= parseKnowledge(readSeedFiles());
  return cached;
}
