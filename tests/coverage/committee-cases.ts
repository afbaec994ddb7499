// Coverage generator for the two Syrian-Syrian series (the committee writing a constitution and the UN-led talks in
// Geneva): short invented articles — a headline and three to seven sentences — composed from each language's parts,
// varying how the sides are named (the government's delegation in its usual forms, the opposition's negotiating body
// and its variants, the civil-society third and its members, the co-chairs named without their side, the UN envoy
// and his office), how the session is counted (session, round or meeting; ordinal or digits; Roman numerals for the
// Geneva rounds; the drafting "small body") and where the round is named (lead, headline only, last sentence), with a
// second track named in passing and background sentences (negative rows: nothing of them may be extracted). Every
// sentence here is invented.

/** One article with the facts it must yield: "series|round|ACTOR|ROLE" for sides, "series|round|person" for people. */
export interface CommitteeCase {
  lang: string;
  cls: string;
  title: string | null;
  text: string;
  publishedAt: string;
  expected: string[];
}

/** The slots a template fills: {G} the government's side, {O} the opposition's, {C} civil society, {U} the UN. */
type Side = 'G' | 'O' | 'C' | 'U';

/** A named form of a side and the people it names (the envoy, a head). */
export interface Form {
  text: string;
  people?: string[];
}

export interface CommitteeParts {
  /** Ordinal words for the committee's sessions (feminine in Arabic: "الدورة السادسة"). */
  ordinal: Record<number, string>;
  /** Ordinal words for the Geneva rounds (feminine in Arabic: "الجولة الرابعة"). */
  ordinalRound: Record<number, string>;
  forms: Record<Side, Form[]>;
  /** Geneva-era forms (2016–2017): the government's and the opposition's delegations with their heads. */
  genevaForms: Record<'G' | 'O' | 'U', Form[]>;
  /** Committee leads naming the session: {ord} ordinal word, {n} digits. */
  ccLead: string[];
  /** Committee headlines naming the session. */
  ccHeadline: string[];
  /** Sentences telling of the committee's gathering that name no session. */
  ccEvent: string[];
  /** Sentences naming the session late ("the meetings are the committee's sixth session"). */
  ccLate: string[];
  /** Sentences of attendance with {G}, {O} and {C}, naming no session. */
  attend3: string[];
  /** Attendance split over two paragraphs: {G} and {O} first, {C} in a later sentence. */
  attendSplit: [string, string][];
  /** The envoy or his office convening or chairing, with {U}. */
  envoy: string[];
  /** The co-chairs named without their side (Kuzbari and al-Bahra). */
  cochairs: string[];
  /** The drafting body named in the lead: {ord}, {n}. */
  smallBody: string[];
  /** A sentence naming an Astana round in passing (nothing to extract). */
  astanaPassing: string[];
  /** Background on the committee's forming: its make-up and history (nothing to extract). */
  background: string[];
  /** Geneva leads: {ord} ordinal, {n} digits, {roman} Roman numeral. */
  gvLead: string[];
  gvHeadline: string[];
  /** Geneva attendance with {G}, {O}, {U}. */
  gvAttend: string[];
  /** The committee named in passing in a Geneva article (a plan, nothing to extract as attendance). */
  ccPassing: string[];
}

const CC_DAY: Record<number, string> = {
  2: '2019-11-25',
  3: '2020-08-24',
  4: '2020-11-30',
  5: '2021-01-25',
  6: '2021-10-18',
  7: '2022-03-21',
  8: '2022-05-30',
};
const GV_DAY: Record<number, string> = {
  4: '2017-02-23',
  5: '2017-03-23',
  6: '2017-05-16',
  7: '2017-07-10',
  8: '2017-11-28',
};
const ROMAN: Record<number, string> = { 4: 'IV', 5: 'V', 6: 'VI', 7: 'VII', 8: 'VIII' };

const CC = 'constitutional-committee';
const GV = 'geneva';

/** The standing roles of the sides. */
const ACTOR: Record<Side, string> = { G: 'SYR|PARTY', O: 'SYR-OPP|PARTY', C: 'SYR-CIVIL|PARTY', U: 'UN|MEDIATOR' };

function at(series: string, round: number, sides: Side[], forms: Form[]): string[] {
  const people = forms.flatMap((f) => f.people ?? []);
  return [
    ...sides.map((s) => `${series}|${String(round)}|${ACTOR[s]}`),
    ...people.map((p) => `${series}|${String(round)}|${p}`),
  ];
}

function pick<T>(xs: T[], i: number): T {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error('empty parts list');
  return x;
}

function fillRound(t: string, p: CommitteeParts, n: number, rounds = false): string {
  const ord = (rounds ? p.ordinalRound : p.ordinal)[n] ?? String(n);
  return t
    .replaceAll('{ord}', ord)
    .replaceAll('{n}', String(n))
    .replaceAll('{roman}', ROMAN[n] ?? String(n));
}

function fillSides(t: string, chosen: Partial<Record<Side, Form>>): string {
  const out = t.replace(/\{([GOCU])\}/g, (_all, s: Side) => chosen[s]?.text ?? '');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The sides a template names. */
function sidesOf(t: string): Side[] {
  return (['G', 'O', 'C', 'U'] as Side[]).filter((s) => t.includes(`{${s}}`));
}

function choose(forms: Record<string, Form[]>, i: number, sides: Side[]): Partial<Record<Side, Form>> {
  const out: Partial<Record<Side, Form>> = {};
  sides.forEach((s, k) => {
    const list = forms[s];
    if (list) out[s] = pick(list, i + k);
  });
  return out;
}

export function committeeCases(lang: string, p: CommitteeParts): CommitteeCase[] {
  const out: CommitteeCase[] = [];
  const add = (cls: string, title: string | null, sentences: string[], day: string, expected: string[]): void => {
    out.push({
      lang,
      cls,
      title,
      text: sentences.join(' '),
      publishedAt: day,
      expected: [...new Set(expected)].sort(),
    });
  };
  const rounds = Object.keys(CC_DAY).map(Number);
  // Each attendance template once with every rotation of the forms, so each form of a side is used.
  const width = Math.max(...(['G', 'O', 'C', 'U'] as Side[]).map((s) => p.forms[s].length));
  for (let i = 0; i < width; i++) {
    const n = pick(rounds, i);
    const day = CC_DAY[n] ?? '';
    const a3 = pick(p.attend3, i);
    const chosen = choose(p.forms, i, sidesOf(a3));
    const attend = fillSides(a3, chosen);
    const facts = at(CC, n, sidesOf(a3), Object.values(chosen));
    add('lead', null, [fillRound(pick(p.ccLead, i), p, n), attend], day, facts);
    add('headline', fillRound(pick(p.ccHeadline, i), p, n), [pick(p.ccEvent, i), attend], day, facts);
    add('late', null, [pick(p.ccEvent, i + 1), attend, fillRound(pick(p.ccLate, i), p, n)], day, facts);
    const [first, later] = pick(p.attendSplit, i);
    const split = choose(p.forms, i + 1, [...sidesOf(first), ...sidesOf(later)]);
    add(
      'split',
      null,
      [fillRound(pick(p.ccLead, i + 1), p, n), fillSides(first, split), pick(p.background, i), fillSides(later, split)],
      day,
      at(CC, n, [...sidesOf(first), ...sidesOf(later)], Object.values(split)),
    );
    const ev = pick(p.envoy, i);
    const un = choose(p.forms, i, sidesOf(ev));
    add(
      'envoy',
      null,
      [fillRound(pick(p.ccLead, i), p, n), fillSides(ev, un)],
      day,
      at(CC, n, sidesOf(ev), Object.values(un)),
    );
    add(
      'cochairs',
      null,
      [fillRound(pick(p.ccLead, i + 2), p, n), pick(p.cochairs, i)],
      day,
      // A co-chair is his side's head, and a head's delegation is there (the guideline's heads).
      [...at(CC, n, ['G', 'O'], []), `${CC}|${String(n)}|ahmad-kuzbari`, `${CC}|${String(n)}|hadi-albahra`],
    );
    add('smallBody', null, [fillRound(pick(p.smallBody, i), p, n), attend], day, facts);
    add('astana', null, [fillRound(pick(p.ccLead, i), p, n), attend, pick(p.astanaPassing, i)], day, facts);
    add('astana', null, [pick(p.astanaPassing, i + 1), fillRound(pick(p.ccLead, i + 1), p, n), attend], day, facts);
    add('background', null, [fillRound(pick(p.ccLead, i), p, n), pick(p.background, i + 1)], day, []);
  }
  const gvRounds = Object.keys(GV_DAY).map(Number);
  const gvWidth = Math.max(...(['G', 'O', 'U'] as const).map((s) => p.genevaForms[s].length), p.gvLead.length);
  for (let i = 0; i < gvWidth; i++) {
    const n = pick(gvRounds, i);
    const day = GV_DAY[n] ?? '';
    const t = pick(p.gvAttend, i);
    const chosen = choose(p.genevaForms, i, sidesOf(t));
    const attend = fillSides(t, chosen);
    const facts = at(GV, n, sidesOf(t), Object.values(chosen));
    add('gvLead', null, [fillRound(pick(p.gvLead, i), p, n, true), attend], day, facts);
    add('gvHeadline', fillRound(pick(p.gvHeadline, i), p, n, true), [attend], day, facts);
    add('gvPassing', null, [fillRound(pick(p.gvLead, i + 1), p, n, true), attend, pick(p.ccPassing, i)], day, facts);
    add('gvPassing', null, [fillRound(pick(p.gvLead, i), p, n, true), pick(p.astanaPassing, i), attend], day, facts);
  }
  return out;
}
