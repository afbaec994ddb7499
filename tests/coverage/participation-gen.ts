// The participation coverage generator: invented sentences composed from a language's parts (attending, arriving and
// presence verbs × tenses × subject forms — a state's name, its capital, a demonym with a delegation noun, "the
// delegation of X", an official of X — × list shapes × role appositions), each with the (actor, role) pairs it
// states, plus negative rows (negation, a declined invitation, history, a general description of the format, a
// country that only locates the host city, an organization inside a title). Each sentence follows a lead that names a
// held round, so what is measured is who the sentence places at it, in which role.
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from '../pipeline/article.js';
import { ROWS } from './participation-rows.js';

/** Slots a template fills: three states (A, B, C), an observer state (O), the UN (U), the Red Cross (I), UNHCR (R). */
type Slot = 'A' | 'B' | 'C' | 'O' | 'U' | 'I' | 'R';

/** Actor ids per slot: the first two combinations hold the guarantors in A, B, C (rows marked `g` use only those). */
const COMBOS: Record<Slot, string>[] = [
  { A: 'RUS', B: 'TUR', C: 'IRN', O: 'JOR', U: 'UN', I: 'ICRC', R: 'UNHCR' },
  { A: 'TUR', B: 'IRN', C: 'RUS', O: 'IRQ', U: 'UN', I: 'ICRC', R: 'UNHCR' },
  { A: 'JOR', B: 'IRN', C: 'TUR', O: 'IRQ', U: 'UN', I: 'ICRC', R: 'UNHCR' },
];

/** The standing role of the Astana series' members (the expected role where no other is stated). */
function standing(id: string): string {
  const row = seedKnowledge.series.find((s) => s.id === 'astana');
  return row?.members.find((m) => m.actor === id)?.role ?? '?';
}

export interface Row {
  /** Class of the row, for the matrix's columns. */
  tag: string;
  text: string;
  /** Slots the sentence places (with their standing role, or `X=ROLE`); '' for a negative row. */
  expect: string;
  /** Only the combinations whose A, B, C are the guarantors. */
  g?: boolean;
}

export interface LangRows {
  lead: string;
  /** Forms per actor id: n name, g "of X" form, d demonym agreeing with the delegation noun, c capital, a object. */
  forms: Record<string, Partial<Record<'n' | 'g' | 'd' | 'c' | 'a' | 'l', string>>>;
  rows: Row[];
}

const PUBLISHED = '2023-06-21';

/** The text with its slots filled, or null when a form is missing in the language. */
function fill(lang: LangRows, text: string, combo: Record<Slot, string>): string | null {
  const gaps: string[] = [];
  const out = text.replace(/\{([ABCOUIR])(?::([a-z]))?\}/g, (all, slot: Slot, form: string | undefined) => {
    const f = lang.forms[combo[slot]]?.[(form ?? 'n') as 'n'];
    if (f === undefined) gaps.push(all);
    return f ?? '';
  });
  if (gaps.length) return null;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function roles(text: string, lang: string): Set<string> {
  const facts = extractFacts(article(text, lang, PUBLISHED), seedKnowledge).facts;
  return new Set(facts.participations.filter((p) => p.role !== 'PARTICIPANT').map((p) => `${p.actorId}|${p.role}`));
}

export interface Outcome {
  lang: string;
  tag: string;
  text: string;
  expected: string[];
  found: string[];
  missed: string[];
  spurious: string[];
}

/** Every generated case of a language, with what was expected and found. */
export function runLanguage(code: string): Outcome[] {
  const lang = ROWS[code];
  if (!lang) return [];
  const base = roles(lang.lead, code);
  const out: Outcome[] = [];
  for (const row of lang.rows)
    for (const combo of row.g ? COMBOS.slice(0, 2) : COMBOS) {
      const sentence = fill(lang, row.text, combo);
      if (sentence === null) continue;
      const expected = row.expect
        .split(' ')
        .filter(Boolean)
        .flatMap((spec) => {
          const [slots, role] = spec.split('=');
          return (slots ?? '').split('').map((s) => {
            const id = combo[s as Slot];
            return `${id}|${role ?? standing(id)}`;
          });
        });
      const found = [...roles(`${lang.lead} ${sentence}`, code)].filter((x) => !base.has(x));
      out.push({
        lang: code,
        tag: row.tag,
        text: sentence,
        expected: [...new Set(expected)],
        found,
        missed: expected.filter((x) => !found.includes(x)),
        spurious: found.filter((x) => !expected.includes(x)),
      });
    }
  return out;
}

export interface Score {
  recall: number;
  precision: number;
  cases: number;
}

export function score(outcomes: Outcome[]): Score {
  let exp = 0;
  let hit = 0;
  let found = 0;
  for (const o of outcomes) {
    exp += o.expected.length;
    found += o.found.length;
    hit += o.expected.length - o.missed.length;
  }
  return { recall: exp ? hit / exp : 1, precision: found ? hit / found : 1, cases: outcomes.length };
}

/** The matrix's columns, in order. */
const TAGS = ['name', 'deleg', 'demonym', 'arrive', 'present', 'official', 'capital', 'role', 'list', 'neg'];

export const LANGS = ['ar', 'en', 'ru', 'tr', 'fa', 'fr', 'de', 'es', 'it', 'pt', 'uk', 'kk', 'he'];

/** The coverage matrix: recall per class and recall/precision per language, as a markdown table. */
export function matrix(all: Outcome[]): string {
  const tags = TAGS.filter((t) => all.some((o) => o.tag === t));
  const head = `| lang | R | P | ${tags.join(' | ')} |`;
  const lines = [head, `|${' --- |'.repeat(tags.length + 3)}`];
  const f = (x: number): string => x.toFixed(2).replace(/^0/, '');
  for (const l of LANGS) {
    const os = all.filter((o) => o.lang === l);
    const s = score(os);
    const cells = tags.map((t) => {
      const x = os.filter((o) => o.tag === t);
      if (!x.length) return '-';
      const r = score(x);
      // Negative rows state no one: the cell counts the facts they wrongly make.
      return t === 'neg' ? `${x.reduce((n, o) => n + o.spurious.length, 0)}fp` : f(r.recall);
    });
    lines.push(`| ${l} | ${f(s.recall)} | ${f(s.precision)} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
