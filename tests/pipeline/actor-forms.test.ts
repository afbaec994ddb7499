// Actor detection and participation cues, table-driven with invented sentences: which forms of a name make an actor
// (an Arabic adjective with the article is no country name; indefinite demonyms; a list after a delegation word), and
// which cue words keep or drop it, in every language whose lexicon carries them.
import { describe, expect, it } from 'vitest';
import { analyse, extractFacts } from '../../src/pipeline/facts.js';
import { findPersons } from '../../src/pipeline/extract/persons.js';
import { judge, sentenceOf } from '../../src/pipeline/resolve/candidates.js';
import { cliticReader, readingsOf } from '../../src/pipeline/normalize/clitics.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

/** The verdict on one actor of the first sentence: a rule's name, "kept", "HOST" or "OBSERVER"; "absent" if unnamed. */
function verdictOn(text: string, lang: string, id: string): string[] {
  const doc = analyse(article(text, lang), seedKnowledge);
  const s = sentenceOf(doc, 0, findPersons(doc), new Set(['astana']), true);
  const out = s.actors
    .filter((x) => x.a.id === id)
    .map((x) => {
      const v = judge(s, x);
      return typeof v === 'string' ? v : (v.stated ?? 'kept');
    });
  return out.length ? out : ['absent'];
}

describe('Arabic: a reading reached only by removing the article', () => {
  it.each([
    ['السورية', 'سورية', true],
    ['بالسورية', 'سورية', true],
    ['وسورية', 'سورية', false],
    ['لسورية', 'سورية', false],
    ['الوفود', 'وفود', true],
  ])('%s read as %s: article-only %s', (token, reading, only) => {
    const r = readingsOf(cliticReader(seedKnowledge, 'ar'), token);
    expect(r?.all).toContain(reading);
    expect(r?.definite[r.all.indexOf(reading)]).toBe(only);
  });

  it.each([
    'ستشارك كل الأطراف المعنية بالأزمة السورية في الجولة العشرين.',
    'تشارك الفصائل في الجولة العشرين من المحادثات السورية.',
    'حضر ممثلو المنظمات السورية الجولة العشرين.',
  ])('%s — the adjective "السورية" is no country name', (text) => {
    expect(verdictOn(text, 'ar', 'SYR')).not.toContain('kept');
  });

  it.each(['شاركت سورية وروسيا في الجولة العشرين.', 'وشارك في الجولة العشرين الوفد السوري برئاسة نائب الوزير.'])(
    '%s — the name and the government are still actors',
    (text) => {
      expect(verdictOn(text, 'ar', 'SYR')).toEqual(['kept']);
    },
  );
});

describe('a list of states after a delegation word is the delegations’ list', () => {
  it.each([
    ['ar', 'وأفادت الوزارة بأن وفوداً أردنية وعراقية ولبنانية وصلت للمشاركة في الجولة العشرين.', ['JOR', 'IRQ', 'LBN']],
    ['ar', 'ووصلت وفود أمريكية وتركية إلى العاصمة لحضور الجولة العشرين.', ['USA', 'TUR']],
    ['ar', 'يشارك في الجولة العشرين وفد مصري وآخر صيني.', ['EGY']],
    ['fr', 'Des délégations américaine, turque et jordanienne sont arrivées pour le 20e round.', ['USA', 'TUR', 'JOR']],
    ['en', 'Delegations from Jordan, Iraq and Lebanon arrived for the 20th round.', ['JOR', 'IRQ', 'LBN']],
    ['es', 'Llegaron al 20º encuentro delegaciones de Jordania, Irak y Líbano.', ['JOR', 'IRQ', 'LBN']],
  ])('%s: %s', (lang, text, ids) => {
    for (const id of ids) expect(verdictOn(text, lang, id), id).toEqual(['kept']);
  });

  it('a state in another clause after the delegations is not in their list', () => {
    expect(
      verdictOn('وصلت وفود روسية وتركية إلى الجولة العشرين، فيما أعربت مصر عن تأييدها.', 'ar', 'EGY'),
    ).not.toContain('kept');
  });
});

describe('a negation particle right before a participation word negates it', () => {
  it.each([
    ['ru', 'Делегация Иордании решила не участвовать в 20-м раунде.', 'JOR'],
    ['ru', 'Иордания на этот раз не принимает участия в 20-м раунде.', 'JOR'],
    ['ru', 'От участия в 20-м раунде воздержалась делегация Иордании.', 'JOR'],
    ['de', 'Jordanien wird an der 20. Runde nicht teilnehmen.', 'JOR'],
    ['de', 'Jordanien schickte zur 20. Runde keine Delegation.', 'JOR'],
    ['es', 'Jordania no participó esta vez en el 20º encuentro.', 'JOR'],
    ['it', 'La Giordania non partecipa al ventesimo round.', 'JOR'],
    ['ar', 'قالت الوزارة إن الأردن لم يشارك في الجولة العشرين.', 'JOR'],
    ['ar', 'وأعلن الأردن عدم مشاركته في الجولة العشرين.', 'JOR'],
  ])('%s: %s', (lang, text, id) => {
    expect(verdictOn(text, lang, id)).toEqual(['negated']);
  });

  it.each([
    ['en', 'Not only delegations of Jordan and Iraq but also the UN took part in the 20th round.', 'JOR'],
    ['ru', 'В 20-м раунде участвовала не только делегация Иордании.', 'JOR'],
    ['de', 'An der 20. Runde nahmen Delegationen Jordaniens und des Irak teil, nicht nur ihre Experten.', 'JOR'],
  ])('%s: %s — a particle not right before the word negates nothing', (lang, text, id) => {
    expect(verdictOn(text, lang, id)).toEqual(['kept']);
  });
});

describe('Arabic dual and plural forms of delegations and attending verbs', () => {
  it.each([
    ['وأعلنت الوزارة أن وفدين من العراق ولبنان سيحضران الجولة العشرين للمرة الأولى.', ['IRQ', 'LBN']],
    ['وذكر المتحدث أن الأردن والعراق حضروا الجولة العشرين.', ['JOR', 'IRQ']],
    ['ومن المتوقع أن يشارك وفدان من مصر والأردن في الجولة العشرين.', ['EGY', 'JOR']],
  ])('%s', (text, ids) => {
    for (const id of ids) expect(verdictOn(text, 'ar', id), id).toEqual(['kept']);
  });
});

describe('a title before "that" is not the affiliation of the state that follows', () => {
  it.each([
    ['ar', 'وقال المتحدث إن الأردن والعراق حضرا الجولة العشرين.'],
    ['en', 'The spokesman said that Jordan and Iraq attended the 20th round.'],
    ['ru', 'Представитель МИД сообщил, что Иордания и Ирак участвовали в 20-м раунде.'],
  ])('%s: %s', (lang, text) => {
    expect(verdictOn(text, lang, 'JOR')).toEqual(['kept']);
  });

  it('a title right before the state still makes it an affiliation', () => {
    // With an attending verb the official stands for the state instead (titled-attendee.test.ts).
    expect(verdictOn('وأشاد وزير خارجية الأردن بالجولة العشرين.', 'ar', 'JOR')).toEqual(['affiliation']);
    expect(verdictOn('وحضر وزير خارجية الأردن الجولة العشرين.', 'ar', 'JOR')).toEqual(['kept']);
  });
});

describe('the opposition by its other names', () => {
  it.each([
    ['es', 'Los opositores armados presentes en el 20º encuentro rechazaron el texto.'],
    ['it', 'Gli oppositori siriani partecipano al ventesimo round.'],
    ['ru', 'Оппозиционеры участвовали в 20-м раунде.'],
  ])('%s: %s', (lang, text) => {
    expect(verdictOn(text, lang, 'SYR-OPP')).toEqual(['kept']);
  });
});

describe('Portuguese: a lexicon of its own', () => {
  it.each([
    ['As delegações da Jordânia e do Iraque participaram na vigésima ronda.', 'JOR', 'kept'],
    ['Uma delegação jordana esteve presente na vigésima ronda de Astana.', 'JOR', 'kept'],
    ['A Jordânia não participou na vigésima ronda, disse o porta-voz.', 'JOR', 'negated'],
    ['A vigésima ronda de conversações sobre a Síria contou com delegações da Rússia.', 'SYR', 'topic'],
  ])('%s', (text, id, verdict) => {
    expect(verdictOn(text, 'pt', id)).toEqual([verdict]);
  });

  it('reads the round and its participants from a Portuguese report', () => {
    const text = 'A vigésima ronda de conversações de Astana começou hoje com delegações da Rússia e do Irão.';
    const { facts } = extractFacts(article(text, 'pt'), seedKnowledge);
    const at20 = facts.participations.filter((p) => p.meetingId === 'astana-20').map((p) => p.actorId);
    expect(at20.sort()).toEqual(['IRN', 'RUS']);
  });
});
