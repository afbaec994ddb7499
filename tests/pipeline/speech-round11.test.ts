// Statements across languages (issue 10, round 11), by class of failure over all the look data. Invented sentences;
// each table varies the verb, the order and the language of one class.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

/** "speaker date" of every statement of the text, published on `published`. */
function spoken(text: string, lang: string, published: string): string[] {
  return extractFacts(article(text, lang, published), seedKnowledge).facts.statements.map(
    (s) => `${s.speakerId} ${s.date ?? '-'}`,
  );
}

describe('a date next to a verb of starting dates the start, not the speech', () => {
  // Published on Thursday 2023-06-22: yesterday is the 21st, today the 22nd, Tuesday the 20th.
  it.each([
    ['en', 'At the talks, which began yesterday, Alexander Lavrentiev today said the guarantors would meet again.'],
    ['en', 'Geir Pedersen, speaking today at the session that opened on Tuesday, said the committee would meet again.'],
    ['ar', 'وبعد أن بدأت أمس الجولة الجديدة، قال لافرنتييف اليوم إن الدول الضامنة ستجتمع مجددا.'],
    ['ar', 'وفي الاجتماعات التي انطلقت أمس، أكد غير بيدرسن اليوم أن اللجنة ستجتمع مجددا.'],
    ['tr', 'Dün başlayan görüşmelerin ikinci günü olan bugün Lavrentyev, garantörlerin yeniden toplanacağını söyledi.'],
    ['de', 'Bei den gestern begonnenen Gesprächen sagte Alexander Lawrentjew heute, man werde sich wieder treffen.'],
    ['ru', 'На переговорах, которые начались вчера, Александр Лаврентьев сегодня заявил, что встречи продолжатся.'],
    ['es', 'En la ronda que comenzó ayer, Alexander Lavrentiev dijo hoy que los garantes volverán a reunirse.'],
    [
      'fr',
      "Lors des discussions ouvertes hier, Alexandre Lavrentiev a déclaré aujourd'hui que les garants se reverront.",
    ],
    ['it', 'Nei colloqui iniziati ieri, Alexander Lavrentiev ha detto oggi che i garanti si rivedranno.'],
  ])('%s: %s', (lang, text) => {
    const dates = spoken(text, lang, '2023-06-22').map((s) => s.split(' ')[1]);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toContain('2023-06-22');
    expect(dates).not.toContain('2023-06-21');
  });

  it.each([
    // With no start verb the date before the speech verb still dates the speech.
    ['en', 'Yesterday Alexander Lavrentiev said the guarantors would meet again.', '2023-06-21'],
    ['ar', 'وقال لافرنتييف أمس إن الدول الضامنة ستجتمع مجددا.', '2023-06-21'],
    ['tr', 'Lavrentyev dün yaptığı açıklamada garantörlerin yeniden toplanacağını söyledi.', '2023-06-21'],
  ])('%s: %s', (lang, text, day) => {
    expect(spoken(text, lang, '2023-06-22').map((s) => s.split(' ')[1])).toContain(day);
  });
});
