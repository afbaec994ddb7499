// Reporting verbs per language and tense: a known speaker before (or after) the verb makes one statement.
// Rows are the common news verbs of each language, each put in a sentence frame of that language.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const FRAMES: Record<string, string> = {
  fr: "Alexandre Lavrentiev {v} que l'accord sur les zones de désescalade tenait toujours.",
  es: 'Alexander Lavrentiev {v} que el acuerdo sobre las zonas de distensión seguía vigente.',
  it: "Alexander Lavrentiev {v} che l'accordo sulle zone di de-escalation regge ancora.",
  de: 'Alexander Lawrentjew {v}, das Abkommen über die Deeskalationszonen gelte weiterhin.',
  ru: 'Александр Лаврентьев {v}, что соглашение о зонах деэскалации по-прежнему действует.',
  tr: 'Aleksandr Lavrentyev, gerginliği azaltma bölgeleri anlaşmasının hâlâ geçerli olduğunu {v}.',
  fa: 'آلکساندر لاورنتیف {v} که توافق مناطق کاهش تنش همچنان پابرجاست.',
};

const VERBS: [string, string[]][] = [
  ['fr', ['a lancé', 'a martelé', 'a dénoncé', 'a déploré', 'a estimé', 'a rappelé', 'a-t-il souligné']],
  ['es', ['afirma', 'asegura', 'reiteró', 'recalcó', 'sostuvo', 'ha advertido']],
  ['it', ['dice', 'ha ribadito', 'sottolinea', 'ha fatto sapere', 'aveva dichiarato']],
  ['de', ['hat gesagt', 'versicherte', 'stellte klar', 'mahnte']],
  ['ru', ['заявили', 'пояснила', 'предупредил', 'подчёркивает', 'полагает']],
  ['tr', ['diyor', 'savundu', 'hatırlattı', 'söylemişti']],
  ['fa', ['یادآور شد', 'بیان داشت', 'هشدار داد']],
];

const rows = VERBS.flatMap(([lang, verbs]) => verbs.map((v) => [lang, v] as const));

describe('speech verbs', () => {
  it.each(rows)('%s "%s"', (lang, verb) => {
    const text = (FRAMES[lang] ?? '').replace('{v}', verb);
    const speakers = extractFacts(article(text, lang), seedKnowledge).facts.statements.map((s) => s.speakerId);
    expect(speakers).toEqual(['alexander-lavrentiev']);
  });

  it('fr a quote, then the verb, then the speaker', () => {
    const text = '« Les zones de désescalade tiennent toujours », a lancé Alexandre Lavrentiev mercredi.';
    const speakers = extractFacts(article(text, 'fr'), seedKnowledge).facts.statements.map((s) => s.speakerId);
    expect(speakers).toEqual(['alexander-lavrentiev']);
  });
});

describe('Turkish sources and titles with case suffixes', () => {
  it.each([
    [
      "Lavrentyev'e göre gerginliği azaltma bölgeleri anlaşması hâlâ geçerli.",
      'a name with a dative suffix before "göre"',
    ],
    ["Lavrentyev'in açıklamasına göre anlaşma hâlâ geçerli.", 'a genitive name, "açıklamasına göre"'],
    [
      "Rusya'nın Suriye Özel Temsilcisi Lavrentyev'in yaptığı açıklamada anlaşmanın hâlâ geçerli olduğu belirtildi.",
      'a possessive title ("Özel Temsilcisi") before a known name',
    ],
  ])('%s (%s)', (text) => {
    const speakers = extractFacts(article(text, 'tr'), seedKnowledge).facts.statements.map((s) => s.speakerId);
    expect(speakers).toEqual(['alexander-lavrentiev']);
  });
});

describe('reading out a statement, participles, and a state envoy referred back to', () => {
  it.each([
    [
      'ar',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا أمس. وتلا البيان الختامي نائب وزير خارجية كازاخستان كانات توميش.',
      'kanat-tumysh',
    ],
    [
      'ar',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا أمس. وتلا ألكسندر لافرنتييف البيان المشترك للدول الضامنة.',
      'alexander-lavrentiev',
    ],
    ['ar', 'وغادر ألكسندر لافرنتييف القاعة معلناً أن الاجتماع المقبل سيعقد في الخريف.', 'alexander-lavrentiev'],
    ['ar', 'وخرج علي أصغر خاجي من الجلسة مشدداً على أن الهدنة صامدة.', 'ali-asghar-khaji'],
  ])('%s %s', (lang, text, speaker) => {
    expect(extractFacts(article(text, lang), seedKnowledge).facts.statements.map((s) => s.speakerId)).toEqual([
      speaker,
    ]);
  });

  it('en "<State>\'s envoy, for his part, said" is the earlier envoy of that state', () => {
    const text =
      "Iranian envoy Ali Asghar Khaji attended the talks, and Alexander Lavrentiev spoke first. Iran's envoy, for his part, said the ceasefire holds.";
    const speakers = extractFacts(article(text, 'en'), seedKnowledge).facts.statements.map((s) => s.speakerId);
    expect(speakers).toEqual(['ali-asghar-khaji']);
  });
});

describe('role references and pronouns inside speech phrases', () => {
  it.each([
    ['tr', 'Aleksandr Lavrentyev İran heyetiyle görüştü. Rus diplomat, ateşkesin sürdüğünü vurguladı.'],
    ['ru', 'Российский спецпосланник Александр Лаврентьев прибыл утром. По его словам, перемирие соблюдается.'],
    ['fr', 'Alexandre Lavrentiev est arrivé mardi. Selon lui, la trêve tient toujours.'],
    ['es', 'Alexander Lavrentiev llegó el martes. Según él, la tregua se mantiene.'],
    ['tr', 'Aleksandr Lavrentyev salı günü geldi. Ona göre ateşkes sürüyor.'],
  ])('%s %s', (lang, text) => {
    expect(extractFacts(article(text, lang), seedKnowledge).facts.statements.map((s) => s.speakerId)).toEqual([
      'alexander-lavrentiev',
    ]);
  });
});

describe('German "…, so X"', () => {
  it.each([
    ['Die Waffenruhe halte, so Alexander Lawrentjew.', ['alexander-lavrentiev']],
    ['So viele Delegationen wie nie waren da, und Alexander Lawrentjew traf die Türken.', []],
  ])('%s', (text, expected) => {
    expect(extractFacts(article(text, 'de'), seedKnowledge).facts.statements.map((s) => s.speakerId)).toEqual(expected);
  });
});
