// Floors on our corpora rewritten from real reporting (corpus/): the Astana tuning third and the two other series,
// scored through `evaluate` as score.py would. Floors sit a little below the scores measured on 2026-12-03, so a
// regression shows; raise them when extraction improves. The blind sets (corpus/astana/blind12, corpus/<series>/blind10) are deliberately not
// here: it is scored by hand, once per round of changes, and never becomes a target.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval.js';
import { seedKnowledge } from './fixtures/knowledge.js';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

// [series, folders, attendance, delegates, rounds, statements] floors for the 'overall' report of the folders.
// Measured overall: see the comment above each merge of this round; floors are set from the merged main.
// Statements F1 measured on the speech branch: astana tune .961, constitutional-committee .848, geneva .917; on
// speech4 (round 4): astana tune/ar 1.0, tune/en .974, tune/xx 1.0; geneva/ar .957, geneva/en .963.
const FLOORS: [string, string[], number, number, number, number][] = [
  // frames4: astana tune attendance .923 overall (from .90 floor), tune4 measured att .937 del .806 rnd .875 stm .870.
  // series5 (a host hosts a meeting): tune4 att .96 del .88; CC ar+en att .983; CC tune2 att .909.
  // meet5 (Astana calendar, prepared and recalled rounds): tune rounds 1.0, tune2+tune4 rounds .947.
  // actors5: attendance tune .923, tune2+tune4 .901, tune5 .904, tune6 .909 (floors raised).
  // heads6 (an observer's listed envoy who comes heads its delegation): delegates tune .916, tune2+tune4 .857,
  // tune6 .981, tune7 .760.
  // langs8 (inflected names, opposition names, government phrases): tune att .930 (from .923), tune5 att .954
  // (from .940) del .925 (from .909).
  // rounds8 (the calendar's first/last day is under way): tune rounds 1.0 (floor .98 -> .99).
  // heads9 (delegates known by a role title, 'at the head of a delegation', Arabic name skeletons): tune del .936.
  // frames10 (a stop after a day number ends an English sentence, "the US" as a noun, the opening before the round is
  // named): tune att .934, tune6 .936, tune7 .957, tune9 .967, tune11 .888, tune12 .909, CC tune6 del .857.
  // actors11 (sponsors with appositions between them, officials by title attending, UN refugee agency names): tune
  // att .946, tune4 .971, tune2+tune4 .936, tune5 .974, tune6 .953, tune7 .957, tune11 .899.
  // actors13 ("without" governs absent actors, a comma closes a list before a titled person): tune att .949 del
  // .954, tune2+tune4 att .940.
  ['astana', ['astana/tune/ar', 'astana/tune/en', 'astana/tune/xx'], 0.945, 0.95, 0.99, 0.97],
  // langs7 (other languages: Turkish predicate ordinal after the dot, heads by participles): tune4 delegates .895 -> .923.
  // heads7 (speakers' subjects, wrapped lines, a spelling with an apostrophe), merged with main at 39e601f: tune4 del
  // .949, geneva stm .980.
  // title9 (the headline as the article's frame: a round named only in the title): tune4 rounds .909 (floor .85 -> .90).
  // heads9: tune4 del .962. heads10: tune4 del .975.
  // xx10: tune4 .966/.975/.909/1.0.
  // heads9: tune4 del .962.
  // rounds10 (dated launches, 'the latest round' dated before, sentences ending after a day number): tune4 rounds .938.
  // guar14 (the guarantors named together: group authors of the round document, named only as such; body
  // members; the format's launch clause): attendance overall measured tune4 .971, tune9 .971, tune11 .912, tune14
  // .880.
  ['astana', ['astana/tune4/ar', 'astana/tune4/en', 'astana/tune4/xx'], 0.97, 0.97, 0.93, 0.95],
  // series7: CC ar+en att .983 del .968 rnd 1.0 stm .939.
  // series10 (membership sentences, relative rounds of another series, first sittings, Riyadh/HNC names): CC ar+en
  // .983/.968/1.0/.955, geneva ar+en .973/.941/1.0/.980.
  // heads14 (known opposition heads; another body's earlier gathering): CC ar+en statements .985 (floor .95 -> .98).
  // cc14 (the make-up of a body sitting at the reported session names its sides): CC ar+en att 1.0.
  ['constitutional-committee', ['constitutional-committee/ar', 'constitutional-committee/en'], 0.99, 0.96, 0.97, 0.98],
  ['geneva', ['geneva/ar', 'geneva/en'], 0.97, 0.94, 0.97, 0.97],
  // The former blind sets: delegates .818 after heads named without a verb of their own (heads4); .829 after heads
  // sharing one verb (series5).
  [
    'astana',
    ['astana/tune2/ar', 'astana/tune2/en', 'astana/tune2/xx', 'astana/tune4/ar', 'astana/tune4/en', 'astana/tune4/xx'],
    0.935,
    // heads9: tune2+tune4 del .912.
    0.9,
    // title9: rounds .947 (from .93).
    0.94,
    // heads8 (reporting verbs of every tense, heads of state by title, known officials): statements .981 -> 1.0.
    0.99,
  ],
  // Round 5: tune5 and the former blind sets (astana/blind3 -> tune6, <series>/blind -> tune2) become tuning data.
  // Measured at 4252d2d: tune5 .867/.818/1/.913, tune6 .894/.943/.973/.894, CC tune2 .857/.947/.933/.769,
  // geneva tune2 .909/.750/1/.769; series5: CC tune2 att .882 del 1.0 rnd .933 stm .769; Geneva .909 .727 1.0 .769.
  // langs7 (a name right after a speech verb reports, does not attend; ru 'во главе'): tune5 delegates .866 -> .909.
  // heads9: tune5 del .941.
  // xx10: tune5 .961/.941/1.0/1.0.
  ['astana', ['astana/tune5/ar', 'astana/tune5/en', 'astana/tune5/xx'], 0.97, 0.935, 0.97, 0.94],
  // speech9 (institutions and unnamed sources speak, light verbs, possessed speech nouns): statements tune6 1.0,
  // CC ar+en .955, CC tune2 .889, CC tune3 1.0, geneva tune2 .880, geneva tune3 1.0, geneva tune4 1.0.
  // xx10 (ru 'власти', attending verb forms): tune6 .930/.981/1.0/1.0.
  ['astana', ['astana/tune6/ar', 'astana/tune6/en', 'astana/tune6/xx'], 0.95, 0.97, 0.95, 0.99],
  // series11 (a city with a locative clitic is a venue, the delegations by Damascus media's names, a count shared out
  // to each side is the body's make-up): CC tune2 att .941, tune5 .872 (ar .774 -> .882).
  [
    'constitutional-committee',
    ['constitutional-committee/tune2/ar', 'constitutional-committee/tune2/en'],
    0.93,
    0.95,
    // rounds10: rounds 1.0 ('the last meeting' dated in January is the round before).
    0.99,
    0.95,
  ],
  // series5 (heads sharing a verb, envoys named as possessors): CC tune2 .882/1.0, geneva tune2 del .783.
  // speech5 statements (overall): tune4 .980, CC .939, tune2+tune4 .981, tune5 .955, tune6 .958, CC tune2 .800,
  // geneva tune2 .880. groups5: the parties by their bodies, platforms, collective nouns and capital: geneva tune2 att
  // .909 -> .941.
  // Merged with series5 the government at the recalled sixth round of one Arabic article is lost again: .909.
  // heads11 ('نائبه X': a title with a possessive suffix is held by the name after it): geneva tune2 del .870.
  // heads13 (a name opening a later sentence before ", who" is a person): geneva tune2 stm .923 (floor .87 -> .92).
  // geneva14 (a number glued to a series name before 'until'; a series' names before it was spoken of; phases of a
  // conference by the calendar): geneva tune2 att .909 -> 1.0.
  ['geneva', ['geneva/tune2/ar', 'geneva/tune2/en'], 0.99, 0.86, 0.97, 0.92],
  // Round 6: round 5's blind sets become tuning data (astana/blind4 -> tune7, <series>/blind2 -> tune3).
  // Measured at 7d8dee8: tune7 .803/.696/.897/.955, CC tune3 .706/.917/.909/.923, geneva tune3 .889/.720/.833/.960.
  // rounds6 (possessive meeting nouns, "a new/another round" next to a numbered one): tune7 .886/.800/.933/.955, CC
  // tune3 .743/.917/1.0/.923.
  // langs7 (other languages' heads, a person's first meeting is no round 1): tune7 .888/.852/.933/.955 ->
  // .893/.929/.966/.978.
  // rounds7 (meeting frames: "the next <series> meeting", "this round", preparatory meetings, launch years): tune7
  // att .938 del .885 rnd .966 (heading a delegation at "the new round", "their second meeting" within a round),
  // tune8 .873, tune2+tune4 .932.
  // heads7 merged with main at 39e601f: tune7 .943/.963/1.0/1.0.
  // heads9: tune7 att .950 del 1.0.
  ['astana', ['astana/tune7/ar', 'astana/tune7/en', 'astana/tune7/xx'], 0.955, 0.99, 0.96, 0.99],
  // series7 (co-chairs by pair or side at their nearest round, the UN's seat, launches by the calendar's first
  // meeting, time units, sub-meetings of a numbered conference, "in the city of", indefinite Arabic ordinals, rounds
  // under way by the calendar, founding told in passing, a place ending a numbered phrase): CC tune3
  // .976/.917/1.0/.923, geneva tune3 1.0/.800/.909/.960.
  [
    'constitutional-committee',
    ['constitutional-committee/tune3/ar', 'constitutional-committee/tune3/en'],
    0.97,
    0.91,
    0.98,
    0.99,
  ],
  // series6 (talks "between" the parties, the mediator named as sponsor, civic organisations, the glued UN name):
  // CC tune3 att .706 -> .743, geneva tune3 .889 -> .919.
  // rounds8 (a round goes to the series whose calendar has it then): geneva tune3 1.0/.800/1.0/.960.
  // heads9 ('وعلى رأسهم X'): geneva tune3 del .846.
  ['geneva', ['geneva/tune3/ar', 'geneva/tune3/en'], 0.99, 0.84, 0.99, 0.99],
  // Round 6: tune8, new tuning data from real reporting (12 ar, 8 en, 8 xx), measured on its arrival at 546e928:
  // .868/.892/.882/.743.
  // langs7 (Turkish participles, French sponsors, companions after the verb): tune8 .868/.892/.882/.743 ->
  // .889/.957/.882/.800.
  // heads7 (speakers' subjects, negated attending verbs, head titles in apposition), merged with main at 39e601f:
  // tune8 .894/.986/.882/.971.
  // rounds8 (a round goes to the series whose calendar has it then; "two meetings: the first ..., the second ..."):
  // tune8 .894/1.0/.944/.971.
  // heads8 (reporting verbs of every tense, host foreign-ministry officials known): tune8 statements .971 -> 1.0.
  // heads9: tune8 att .901, del .986 (floor .99 -> .98): one German article's gold (t8-xx-006) does not count the
  // Russian negotiator who speaks at the round as its head, while nine look articles in six languages do.
  // xx10 (de 'nicht mehr' negation): tune8 .907/.986/.944/1.0.
  // rounds10: tune8 rounds .971 (a possessive names the committee's sixth meeting).
  ['astana', ['astana/tune8/ar', 'astana/tune8/en', 'astana/tune8/xx'], 0.9, 0.98, 0.96, 0.99],
  // Round 8: round 7's blind sets of the other series become tuning data (<series>/blind3 -> tune4). series8 (a first
  // encounter of given sides is no round 1, a series' launch by noun, a meeting named as a comparison's standard, the
  // sides an appeal is addressed to, an absent envoy): measured from main 8cf745a CC tune4 .821/.909/.833/.917 ->
  // .842/.909/.923/.917, geneva tune4 .800/.700/.833/.917 -> .865/.778/.833/.917.
  [
    'constitutional-committee',
    ['constitutional-committee/tune4/ar', 'constitutional-committee/tune4/en'],
    0.84,
    // heads9 ('بصفته ممثلاً للنظام'): CC tune4 del 1.0.
    0.99,
    0.92,
    0.99,
  ],
  // title9 (the headline as the article's frame): geneva tune4 .950/.900/.923/.917; speech9: statements 1.0.
  // heads11 (a regime word owns the name after it): geneva tune4 del 1.0.
  ['geneva', ['geneva/tune4/ar', 'geneva/tune4/en'], 0.94, 0.99, 0.92, 0.99],
  // langs7: tune3 (en + xx) had no floor; Hebrew and Kazakh support: measured .953/.949/.917/1.0 (from .937/.931).
  // rounds8 (the calendar's first/last day is under way): tune3 .953/.949/.960/1.0.
  // heads10: tune3 del .933 (from .953): an envoy met at a round now heads the UN there, as the gold of tune/ar,
  // tune4/ar and tune4/xx has it; tune3/en's gold lists only the UN for the same construction.
  // xx10 (ru/uk declined full names, UNHCR and opposition forms): tune3 .969/.967/.960/1.0.
  // Merged heads10 + xx10 (int10): tune3 .969/.951/.960/1.0.
  // heads11 (prenominal participles, regime owners, 'whose head is'): tune3 .969/.968/.960/1.0.
  // heads12 (Cyrillic name particles: 'во главе с Ахмад аль-Тома'): tune3 del .984.
  ['astana', ['astana/tune3/en', 'astana/tune3/xx'], 0.965, 0.98, 0.95, 0.99],
  // Round 8: round 7's blind sets became tuning data (astana/blind5 -> tune9). rounds8 measured .957/.871/.970/.703
  // (overall, both halves of the look/hold split).
  // heads9: tune9 del .937. heads10: tune9 del .952.
  // speech12 (subjects left out continue the sentence before, heading colons after titles, verb-final openings):
  // tune9 statements .872 (floor .70 -> .86).
  ['astana', ['astana/tune9/ar', 'astana/tune9/en', 'astana/tune9/xx'], 0.965, 0.945, 0.96, 0.86],
  // Round 9: round 8's blind sets become tuning data (astana/blind6 -> tune11, <series>/blind4 -> tune5), and tune10
  // (written in round 8, never tuned on) gets floors too. Measured at 8a54692: tune10 .692/.511/.857/.880, tune11
  // .877/.787/.973/.938, CC tune5 .872/.769/.909/1.0, geneva tune5 .889/.759/.909/.526.
  // title9 (the headline as the article's frame) measured tune10 .692/.627/.857/.880.
  // heads10 (envoys meeting or arriving, inverted attending subjects, source and office objects): tune10 del .741.
  // rounds10: tune10 rounds 1.0, tune10/xx .947.
  // heads11: tune11 del .844 (from .787).
  // speech11 (pronoun sources, genitive possessors, office owners, heading quotes, passive agents): statements tune10
  // 1.0 (en+xx and xx), tune13 .909, CC tune2 .963, tune4 1.0, tune6 .963.
  ['astana', ['astana/tune10/en', 'astana/tune10/xx'], 0.69, 0.73, 0.99, 0.99],
  ['astana', ['astana/tune11/ar', 'astana/tune11/en', 'astana/tune11/xx'], 0.905, 0.83, 0.97, 0.93],
  [
    'constitutional-committee',
    ['constitutional-committee/tune5/ar', 'constitutional-committee/tune5/en'],
    0.87,
    // heads10 (co-chairs without the article): CC tune5 del .857.
    0.85,
    0.9,
    0.99,
  ],
  // heads14 (known opposition heads): geneva tune5 del .800, stm .778.
  ['geneva', ['geneva/tune5/ar', 'geneva/tune5/en'], 0.88, 0.79, 0.9, 0.77],
  // Round 9, xx9 (ordinal paradigms, Turkish case forms, bodies within a round, fuller heading words): the other
  // languages of round 8's blind sets, both halves of the look/hold split: tune10/xx .688/.585/.750/.875 (from
  // .508/.500/.667/.875), tune11/xx .766/.667/.875/1.0 (from .682/.667/.875/1.0).
  // heads11: tune11/xx del .769.
  ['astana', ['astana/tune10/xx'], 0.68, 0.58, 0.94, 0.99],
  ['astana', ['astana/tune11/xx'], 0.76, 0.76, 0.99, 0.99],
  // Round 10: round 9's blind sets become tuning data (astana/blind7 -> tune12, <series>/blind5 -> tune6). Measured at
  // e0c96ab: tune12 .888/.741/.938/.958, CC tune6 .970/.800/1.0/.923, geneva tune6 .889/.889/.909/.878.
  // heads10: tune12 .893/.800/.938/.958.
  // xx10: tune12 .893/.764/.938/.958.
  // rounds10: tune12 att .919 del .828 rounds 1.0.
  ['astana', ['astana/tune12/ar', 'astana/tune12/en', 'astana/tune12/xx'], 0.91, 0.82, 0.99, 0.95],
  [
    'constitutional-committee',
    ['constitutional-committee/tune6/ar', 'constitutional-committee/tune6/en'],
    0.96,
    // cc14 (sitting body; what is only said of another session): CC tune6 .970/.900/1.0/.963.
    0.89,
    0.99,
    0.95,
  ],
  // xx10 (Persian/Arabic 'معارضین' as the opposition): geneva tune6 .929/.889/.909/.878.
  // rounds10: geneva tune6 att .923 del .923 rounds 1.0 (the latest round of Astana talks is no Geneva round).
  // series10: CC tune6 .970/.842/1.0/.923, geneva tune6 .963/.923/1.0/.878.
  // heads11: geneva tune6 del .960.
  // speech13 (a question is speech; "which he said" after an opening role): geneva tune6 stm .952.
  // cc14 (the envoy only speaking of another round is not at it): geneva tune6 att 1.0.
  ['geneva', ['geneva/tune6/ar', 'geneva/tune6/en'], 0.99, 0.95, 0.99, 0.94],
  // Round 11: round 10's blind sets become tuning data (astana/blind8 -> tune13, <series>/blind6 -> tune7). Measured at
  // f70204d (att/del/rnd/stm): tune13 .842/.769/.960/.884, CC tune7 .844/.741/1.0/.824, geneva tune7 .889/.727/.889/.963.
  // series11 (a stop after an abbreviated month ends no sentence: 'held Oct. 18-22'): CC tune7 .894/.889/1.0/.824.
  // heads11 (tr/ru prenominal participles, de V2 apposition): tune13 .857/.857/.960/.884.
  // lang12 (Hebrew and Kazakh lexicons filled, Bulgarian, Polish, Azerbaijani added): tune13 stm .909 -> .933.
  // rounds12 (ordinals across modifiers, 'the first N rounds', descriptive series names): tune13 .879/.857/.960/.909.
  // frames12 (a future sentence on who attends "the next meeting" after a listing of every earlier round; pronoun
  // objects of attending words point back at a recalled round): tune13 att .893, tune14 att .819.
  // frames12 (an earlier round named only as a reference point, "which follow the 20th round", leaves the sentence at
  // the reported round): CC tune7 att .913 del .923.
  // heads14 (the envoy consulting the sides): tune13 del .884.
  // speech14 (source phrases and citing words: de "betonte nach Angaben der Agentur TASS der Gesandte X"): tune13 stm
  // .933 -> .957.
  ['astana', ['astana/tune13/ar', 'astana/tune13/en', 'astana/tune13/xx'], 0.89, 0.88, 0.95, 0.95],
  [
    'constitutional-committee',
    ['constitutional-committee/tune7/ar', 'constitutional-committee/tune7/en'],
    // cc14: CC tune7 .977/.960/1.0/.824.
    0.97,
    0.95,
    0.99,
    0.81,
  ],
  // cc14: geneva tune7 .923/.762/.889/.963.
  // geneva14 (the round's second week; an ordinal the calendar has then beside a numbered conference): geneva tune7
  // att .889 -> .923, del .727 -> .818, rnd .889 -> 1.0.
  ['geneva', ['geneva/tune7/ar', 'geneva/tune7/en'], 0.92, 0.81, 0.99, 0.95],
  // Round 12: round 11's blind sets become tuning data (astana/blind9 -> tune14, <series>/blind7 -> tune8). Measured at
  // 8795400 (att/del/rnd/stm): tune14 .817/.712/1.0/.914, CC tune8 .800/.941/.909/1.0, geneva tune8 .889/.909/1.0/.957.
  // actors12 (officials before their attending verb, elided delegation nouns): tune14 del .733.
  // heads12 (an envoy 'due in' the host city comes): tune14 del .733.
  // lang12: tune14 att .817 -> .824, del .712 -> .733.
  // rounds12: tune14 .865/.774/1.0/.914.
  // speech13 (a nameless source after a comma is the verb's subject): tune14 stm .941.
  ['astana', ['astana/tune14/ar', 'astana/tune14/en', 'astana/tune14/xx'], 0.875, 0.77, 0.99, 0.93],
  [
    'constitutional-committee',
    ['constitutional-committee/tune8/ar', 'constitutional-committee/tune8/en'],
    // cc14: CC tune8 att .833.
    0.82,
    0.93,
    0.9,
    0.99,
  ],
  // geneva14: geneva tune8 att .889 -> .929, del .909 -> .957.
  ['geneva', ['geneva/tune8/ar', 'geneva/tune8/en'], 0.92, 0.95, 0.99, 0.95],
  // Round 13: round 12's blind sets become tuning data (astana/blind10 -> tune15, <series>/blind8 -> tune9). Floors a
  // little below round 12's end build 2d7c816 (att/del/rnd/stm): tune15 .845/.439/.938/.645 (its xx part mostly
  // languages with no lexicon), CC tune9 .643/.667/1.0/.947, geneva tune9 .966/.875/1.0/1.0.
  // heads13 (a subject's long apposition before its head verb): tune15 del .476 (floor .42 -> .47).
  // anylang13: heads and quotes for languages with no lexicon: .847/.667/.938/.688.
  ['astana', ['astana/tune15/ar', 'astana/tune15/en', 'astana/tune15/xx'], 0.84, 0.65, 0.92, 0.67],
  // cc13 (three parties by a counted noun, "the three delegations"): CC tune9 att .643 -> .733.
  [
    'constitutional-committee',
    ['constitutional-committee/tune9/ar', 'constitutional-committee/tune9/en'],
    // cc14: CC tune9 att .944.
    0.93,
    // heads14 (a name in brackets after a head cue, known opposition heads): CC tune9 del .857, stm 1.0.
    0.85,
    0.99,
    0.99,
  ],
  // geneva14: geneva tune9 att .966 -> 1.0.
  ['geneva', ['geneva/tune9/ar', 'geneva/tune9/en'], 0.99, 0.85, 0.99, 0.99],
  // frames13 (a count after the plural noun, "الجولات العشرون السابقة"; coordinated ordinals with one noun;
  // rounds named in one phrase): tune15/ar .938/.800/.800/.769 (from .841/.615/.714/.769), CC tune4/ar rounds 1.0
  // (from .800), tune11/xx rounds 1.0 (from .875). Merged with cc13 CC tune4/ar attendance is .848 (from .875): "the
  // three participating delegations" now places civil society at round 1, which that article's gold leaves out while
  // other gold articles count the three delegations as all three sides; floor .84.
  ['astana', ['astana/tune15/ar'], 0.93, 0.79, 0.79, 0.76],
  ['constitutional-committee', ['constitutional-committee/tune4/ar'], 0.84, 0.99, 0.99, 0.99],
  // Round 14: round 13's blind sets become tuning data (astana/blind11 -> tune16, <series>/blind9 -> tune10). Floors a
  // little below round 13's end build 46f1202 (att/del/rnd/stm): tune16 .820/.857/.970/.833, CC tune10
  // .848/.842/.750/.846, geneva tune10 .837/.743/.800/.897.
  // speech14 (fronted complements before a German verb, opening source phrases in Persian, citing words): tune16
  // stm .833 -> .880.
  ['astana', ['astana/tune16/ar', 'astana/tune16/en', 'astana/tune16/xx'], 0.8, 0.84, 0.96, 0.87],
  [
    'constitutional-committee',
    ['constitutional-committee/tune10/ar', 'constitutional-committee/tune10/en'],
    // cc14 (sitting body, launch words split by the subject, first-time words near the first session): CC tune10
    // .938/.889/.750/.846.
    0.92,
    0.88,
    0.74,
    0.83,
  ],
  // heads14 (a deputy meeting the sides, spellings of known heads): geneva tune10 del .811.
  // geneva14: geneva tune10 .837/.743/.800/.897 -> .973/.875/.857/.897.
  ['geneva', ['geneva/tune10/ar', 'geneva/tune10/en'], 0.97, 0.87, 0.85, 0.88],
];

describe('corpora rewritten from real reporting', () => {
  it.each(FLOORS)(
    '%s stays above its floors',
    async (series, folders, attendance, delegates, rounds, statements) => {
      const reports = await evaluate(
        folders.map((f) => `${CORPUS}${f}`),
        seedKnowledge,
        series,
      );
      // One folder gives one report, no 'overall'.
      const overall = (reports.find((r) => r.name === 'overall') ?? (reports.length === 1 ? reports[0] : undefined))
        ?.report;
      expect(overall, 'no overall report').toBeDefined();
      if (!overall) return;
      expect(overall.attendance.f1).toBeGreaterThanOrEqual(attendance);
      expect(overall.delegates.f1).toBeGreaterThanOrEqual(delegates);
      expect(overall.rounds.f1).toBeGreaterThanOrEqual(rounds);
      expect(overall.statements.f1).toBeGreaterThanOrEqual(statements);
    },
    180_000,
  );
});
