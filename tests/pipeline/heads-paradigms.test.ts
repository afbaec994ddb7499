// Round 9: the delegation-leading words of each language as a fuller set (tenses, genders, participles, the Turkish
// relative "X'in öncülük ettiği", the German "die von X geleitete Delegation", the Persian "به رهبری"), so that a head is
// read whichever form the report uses. New invented sentences; the persons are known envoys of the gazetteer.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

/** "round|person|represented actor" of every delegation head the text gives. */
function heads(text: string, lang: string): string[] {
  const facts = extractFacts(article(text, lang, '2026-03-02'), seedKnowledge).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  return facts.participations
    .filter((p) => p.role === 'PARTICIPANT' && p.representingId)
    .map((p) => `${String(round.get(p.meetingId) ?? '-')}|${p.actorId}|${p.representingId ?? '-'}`);
}

describe('delegation heads in the fuller set of leading words', () => {
  it.each([
    ['tr', 'Ahmed Tuma’nın öncülük ettiği muhalefet heyeti 25. Astana toplantısına katıldı.', '25|ahmad-tomah|SYR-OPP'],
    [
      'es',
      'En la 25.ª ronda de Astaná, la delegación rusa la encabezó Alexander Lavrentiev.',
      '25|alexander-lavrentiev|RUS',
    ],
    [
      'pt',
      'Na 25.ª ronda de Astana, a delegação russa foi chefiada por Alexander Lavrentiev.',
      '25|alexander-lavrentiev|RUS',
    ],
    [
      'fr',
      'Au 25e cycle d’Astana, la délégation russe sera dirigée par Alexandre Lavrentiev.',
      '25|alexander-lavrentiev|RUS',
    ],
    [
      'de',
      'Zur 25. Runde der Astana-Gespräche kam die von Alexander Lawrentjew geleitete russische Delegation.',
      '25|alexander-lavrentiev|RUS',
    ],
    [
      'it',
      'Al 25° round di Astana la delegazione russa sarà capeggiata da Alexander Lavrentiev.',
      '25|alexander-lavrentiev|RUS',
    ],
    [
      'fa',
      'هیئت روسیه به رهبری الکساندر لاورنتیف در بیست و پنجمین نشست آستانه شرکت کرد.',
      '25|alexander-lavrentiev|RUS',
    ],
  ])('%s: %s', (lang, text, head) => {
    expect(heads(text, lang)).toContain(head);
  });
});
