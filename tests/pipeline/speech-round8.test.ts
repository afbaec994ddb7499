// Speakers on reporting never seen (issue 10, round 8): each language's usual set of reporting verbs, in the tenses
// news uses (simple past, perfect, pluperfect, present, the German participle at the clause end, the French inverted
// "a-t-il rappelé"), and a pluperfect that also dates the statement as earlier ("had said"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article, speakerIds as speakers } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

describe('reporting verbs beyond "said": the subject before the verb speaks', () => {
  it.each([
    ['en', 'Geir Pedersen had said on the eve of the round that the committee would meet again.', 'geir-pedersen'],
    ['en', 'Sergey Lavrov cautioned that the ceasefire in the north remained fragile.', 'sergey-lavrov'],
    ['en', 'Alexander Lavrentiev conceded the talks had produced no breakthrough.', 'alexander-lavrentiev'],
    ['es', 'Alexander Lavrentiev adelantó que la próxima ronda será en junio.', 'alexander-lavrentiev'],
    ['es', 'Geir Pedersen, enviado de la ONU, ha reconocido que el proceso avanza despacio.', 'geir-pedersen'],
    ['es', 'Sergei Lavrov recordó que el alto el fuego sigue vigente.', 'sergey-lavrov'],
    ['de', 'Zuvor hatte Sergei Lawrow in Moskau angekündigt, dass die Gespräche im Juni weitergehen.', 'sergey-lavrov'],
    ['de', 'Geir Pedersen hat am Montag bekräftigt, die Verhandlungen fortzusetzen.', 'geir-pedersen'],
    ['fr', 'Alexandre Lavrentiev a répondu que la Russie restait disposée à négocier.', 'alexander-lavrentiev'],
    ['fr', 'Geir Pedersen rappelle que le comité doit se réunir avant la fin du mois.', 'geir-pedersen'],
    ['it', 'Sergei Lavrov ha ammesso che i colloqui sono stati difficili.', 'sergey-lavrov'],
    ['it', 'Geir Pedersen ricorda che il comitato tornerà a riunirsi a maggio.', 'geir-pedersen'],
    ['ru', 'Александр Лаврентьев объяснил, что следующая встреча пройдет в июне.', 'alexander-lavrentiev'],
    ['ru', 'Сергей Лавров заверил, что перемирие будет соблюдаться.', 'sergey-lavrov'],
    ['tr', 'Mevlüt Çavuşoğlu, ateşkesin korunması gerektiğini yorumladı.', 'mevlut-cavusoglu'],
    [
      'tr',
      'Çavuşoğlu, Astana sürecinin devam edeceğini belirterek yeni turun haziranda yapılacağını duyurdu.',
      'mevlut-cavusoglu',
    ],
    ['fa', 'لاورنتیف توضیح داد که نشست بعدی در تابستان برگزار می‌شود.', 'alexander-lavrentiev'],
    ['ar', 'وأردف لافرنتييف أن الجولة المقبلة ستعقد في الصيف.', 'alexander-lavrentiev'],
    ['ar', 'وتوقع غير بيدرسن أن تجتمع اللجنة مجددا الشهر المقبل.', 'geir-pedersen'],
  ])('%s: %s', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual([expected]);
  });
});

describe('a verb that is also a common word stays no speech', () => {
  it.each([
    ['en', 'The three guarantor states met again in Astana on Tuesday.'],
    ['de', 'Nähere Einzelheiten nannte das Ministerium am Abend nicht.'],
    ['tr', 'Büyükelçiliğin açıklamasına göre heyete Sedat Önal başkanlık ediyor.'],
    ['ar', 'ويلفت غياب المعارضة النظر إلى عمق الخلاف.'],
  ])('%s: %s', (lang, text) => {
    expect(speakers(text, lang)).toEqual([]);
  });
});

describe('a pluperfect reporting verb speaks and dates the statement as earlier', () => {
  it.each([
    ['en', 'Alexander Lavrentiev, the Russian envoy, had warned that no formal truce would be declared.'],
    ['es', 'Alexander Lavrentiev había advertido que no habría una tregua formal.'],
    ['it', 'Sergei Lavrov aveva avvertito che non ci sarebbe stata una tregua formale.'],
  ])('%s: %s', (lang, text) => {
    const statements = extractFacts(article(text, lang), seedKnowledge).facts.statements;
    expect(statements).toHaveLength(1);
    expect(statements[0]?.date).toBeNull();
  });
});
