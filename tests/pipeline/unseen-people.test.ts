// Heads and statements in a language with no lexicon, read without its words: a known person whose employer is a
// member of the series, named with that employer or with the series in a sentence about the meeting, heads its
// delegation; a quotation (any script's marks) belongs to the known person named nearest it. Tried on Arabic, French
// and Turkish with their lexicons withheld (not English: every language with no lexicon is read with its cues), and
// on languages we have none for. Negative rows: the host's officials, a
// person far from the meeting, a short quoted name, a quote with nobody known near it. Invented sentences.
import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/pipeline/knowledge.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { withheldKnowledge } from '../fixtures/withheld.js';
import { article } from './article.js';

const DAY = '2023-06-21';

function knowledgeFor(lang: string): Knowledge {
  return seedKnowledge.lexicons[lang] ? withheldKnowledge(lang) : seedKnowledge;
}

/** "round|person|represented" of every head, and "speaker|meeting" of every statement. */
function read(text: string, lang: string): { heads: string[]; statements: string[] } {
  const facts = extractFacts(article(text, lang, DAY), knowledgeFor(lang)).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  const persons = new Set(facts.actors.filter((a) => a.kind === 'PERSON').map((a) => a.id));
  return {
    heads: facts.participations
      .filter((p) => persons.has(p.actorId))
      .map((p) => `${round.get(p.meetingId) ?? '-'}|${p.actorId}|${p.representingId ?? '-'}`)
      .sort(),
    statements: facts.statements.map((s) => `${s.speakerId}|${s.meetingId ?? '-'}`).sort(),
  };
}

describe('heads of delegation with no lexicon', () => {
  it.each([
    [
      'fr: heads named with their states',
      'fr',
      "Le 20e cycle des pourparlers d'Astana s'est ouvert aujourd'hui dans la capitale kazakhe. La Russie a envoyé Alexander Lavrentiev, l'Iran Ali Asghar Khaji.",
      ['20|alexander-lavrentiev|RUS', '20|ali-asghar-khaji|IRN'],
    ],
    [
      'tr: head named with the series',
      'tr',
      'Astana görüşmelerinin 20. turu bugün Rusya, Türkiye ve İran ile başladı. Ayman Sousan da Astana toplantısına katıldı.',
      ['20|ayman-sousan|SYR'],
    ],
    [
      'ar: head named with his state',
      'ar',
      'انطلقت اليوم الجولة 20 من محادثات أستانا في العاصمة الكازاخية. ويمثل روسيا في المحادثات ألكسندر لافرنتييف.',
      ['20|alexander-lavrentiev|RUS'],
    ],
    [
      'id: a language we have no lexicon for',
      'id',
      'Putaran ke-20 perundingan Astana dibuka hari ini. Delegasi Rusia dipimpin oleh Alexander Lavrentiev, sedangkan delegasi Turki oleh Burak Akcapar.',
      ['20|alexander-lavrentiev|RUS', '20|burak-akcapar|TUR'],
    ],
  ])('%s', (_name, lang, text, heads) => {
    expect(read(text, lang).heads).toEqual(heads);
  });

  it.each([
    [
      "fr: the host's minister speaks about the meeting, he does not sit in it",
      'fr',
      "Le 20e cycle des pourparlers d'Astana s'est ouvert aujourd'hui. Le Kazakhstan, pays hôte, était représenté par Kanat Tumysh.",
    ],
    [
      'fr: a person two sentences away from the meeting, with neither his state nor the series',
      'fr',
      "Le 20e cycle des pourparlers d'Astana s'est ouvert aujourd'hui avec la Russie, la Turquie et l'Iran. Il faisait doux. Plus tard, Sergueï Lavrov est rentré chez lui.",
    ],
    [
      'ar: the same, in Arabic',
      'ar',
      'انطلقت اليوم الجولة 20 من محادثات أستانا بمشاركة روسيا وتركيا وإيران. كان الطقس معتدلا. وفي وقت لاحق عاد سيرغي لافروف إلى بلاده.',
    ],
  ])('%s: no head', (_name, lang, text) => {
    expect(read(text, lang).heads).toEqual([]);
  });
});

describe('quotations with no lexicon', () => {
  it.each([
    [
      'fr: curly quotes, speaker in the sentence',
      'fr',
      "Le 20e cycle des pourparlers d'Astana s'est ouvert aujourd'hui avec la Russie, la Turquie et l'Iran. Selon Alexander Lavrentiev, “nous attendons des parties un accord rapide sur les prochaines étapes.”",
      ['alexander-lavrentiev|astana-20'],
    ],
    [
      'ar: guillemets, speaker in the sentence before',
      'ar',
      'انطلقت اليوم الجولة 20 من محادثات أستانا بمشاركة روسيا وتركيا وإيران. وتحدث ألكسندر لافرنتييف للصحفيين. «نتوقع أن تتفق الأطراف على الخطوات المقبلة قريبا جدا»',
      ['alexander-lavrentiev|astana-20'],
    ],
    [
      'ja: corner brackets, the envoy by his katakana spelling',
      'ja',
      '第20回アスタナ協議が本日始まり、ロシア、トルコ、イランが参加した。ラヴレンチエフ特使は「次の段階について各国が近く合意することを期待している」と述べた。',
      ['alexander-lavrentiev|astana-20'],
    ],
    [
      'id: a quote continued in the next sentence is one statement',
      'id',
      'Putaran ke-20 perundingan Astana dibuka hari ini. "Kami berharap semua pihak segera sepakat tentang langkah berikutnya," kata Alexander Lavrentiev. "Pertemuan berikutnya akan diadakan di Astana juga."',
      ['alexander-lavrentiev|astana-20'],
    ],
  ])('%s', (_name, lang, text, statements) => {
    expect(read(text, lang).statements).toEqual(statements);
  });

  it.each([
    [
      'ja: a quoted name of a congress is no speech',
      'ja',
      '第20回アスタナ協議が本日始まり、ラヴレンチエフ特使は「シリア諸国民大会」に触れた。',
    ],
    [
      'fr: a short quoted name is no speech',
      'fr',
      "Le 20e cycle des pourparlers d'Astana s'est ouvert aujourd'hui. Alexander Lavrentiev a appelé le plan “Astana Plus”.",
    ],
    [
      'tr: a quote with no known person near it',
      'tr',
      'Astana görüşmelerinin 20. turu bugün başladı. Bir diplomat şunları söyledi: “Tarafların bir sonraki adımlar üzerinde yakında anlaşmasını bekliyoruz.”',
    ],
  ])('%s: no statement', (_name, lang, text) => {
    expect(read(text, lang).statements).toEqual([]);
  });
});
