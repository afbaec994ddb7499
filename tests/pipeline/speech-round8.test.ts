// Speakers on reporting never seen (issue 10, round 8): each language's usual set of reporting verbs, in the tenses
// news uses (simple past, perfect, pluperfect, present, the German participle at the clause end, the French inverted
// "a-t-il rappelé"), and a pluperfect that also dates the statement as earlier ("had said"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article, delegateTriples, speakerIds as speakers } from './article.js';
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

describe('a head of state or government named by title only: the person of that state whose title it heads', () => {
  it.each([
    [
      'en',
      'Vladimir Putin received Alexander Lavrentiev in Sochi. Lavrentiev said the round went well. ' +
        'The Russian president said the ceasefire would hold.',
      ['alexander-lavrentiev', 'vladimir-putin'],
    ],
    [
      'ar',
      'واستقبل الرئيس الروسي فلاديمير بوتين المبعوث ألكسندر لافرنتييف في سوتشي. وقال الرئيس الروسي إن الهدنة ستصمد.',
      ['vladimir-putin'],
    ],
    [
      'en',
      'Recep Tayyip Erdogan met Sedat Onal in Ankara. Onal said the talks were useful. ' +
        'The Turkish envoy added that the next round would be in May.',
      ['sedat-onal'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', 'Geir Pedersen arrived on Monday. The president said the round was useful.'],
    ['en', 'Geir Pedersen arrived on Monday. Kazakh President Serik Zhumabekov said the round was useful.'],
  ])('%s: a title with nobody of that rank named yet, or before an unread name, is nobody named: %s', (lang, text) => {
    expect(speakers(text, lang).filter((s) => s === 'geir-pedersen')).toEqual([]);
  });
});

describe("a title beside a known name is that person's title in this article, for later role references", () => {
  it.each([
    [
      'ar',
      'وأعلن ستيفان دوجاريك، المتحدث باسم الأمين العام، أن بيدرسن سيحضر. ' +
        'وقال غير بيدرسن إنه سيصل الخميس. ولفت المتحدث إلى أن الفريق التقني يرافقه.',
      ['stephane-dujarric', 'geir-pedersen'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    const facts = extractFacts(article(text, lang), seedKnowledge).facts;
    expect([...new Set(facts.statements.map((s) => s.speakerId))].sort()).toEqual([...expected].sort());
    // "ولفت المتحدث": the spokesman is the one the article titled so, not the person named last.
    expect(facts.statements.find((s) => s.text.includes('التقني'))?.speakerId).toBe('stephane-dujarric');
  });
});

describe('a document or an agency is the subject: the person named after the verb is no speaker', () => {
  it.each([
    ['en', 'The statement insisted on the Charter and condemned the Putin plan for the south.'],
    ['en', 'The final communique stressed that Sergey Lavrov would host the next round.'],
    ['es', 'Rusia estuvo representada por Alexander Lavrentiev, informó la agencia Kazinform.'],
    ['it', "La Russia era rappresentata da Alexander Lavrentiev, ha riferito l'agenzia TASS."],
  ])('%s: %s', (lang, text) => {
    expect(speakers(text, lang)).toEqual([]);
  });
});

describe('a person past a comma after an attending verb opens another clause: no attendee where the subject comes first', () => {
  it.each([
    [
      'en',
      "The third round of the Astana talks opened on Tuesday. Responding to the opposition's refusal to attend, Dmitry Peskov, the Kremlin spokesman, called the process complex.",
      [],
    ],
    [
      'fr',
      "Le troisième cycle des pourparlers d'Astana s'est ouvert mardi. Interrogé sur le refus de l'opposition d'y participer, Dmitri Peskov, porte-parole du Kremlin, a jugé le processus complexe.",
      [],
    ],
    [
      'en',
      'The third round of the Astana talks opened on Tuesday. Geir Pedersen, the UN envoy, attended the talks.',
      ['astana-3|geir-pedersen|UN'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(delegateTriples(text, lang, '2017-03-15', 'astana')).toEqual(expected);
  });
});

describe('an elliptical clause after the comma repeats the attending verb for the person it names', () => {
  it.each([
    [
      'en',
      'The 14th round of the Astana talks opened on Tuesday. Representatives of the government were also present, as were Geir Pedersen, the UN envoy, and observers from Jordan.',
      ['astana-14|geir-pedersen|UN'],
    ],
    [
      'es',
      'El martes comenzó la decimocuarta ronda de las negociaciones de Astaná. Estuvieron presentes los representantes del Gobierno sirio, al igual que Geir Pedersen, enviado de la ONU.',
      ['astana-14|geir-pedersen|UN'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(delegateTriples(text, lang, '2019-12-11', 'astana')).toEqual(expected);
  });
});

describe('where the verb comes last, a name opening the sentence takes its title without a comma', () => {
  it.each([
    ['fa', 'سیاوش کریمی سخنگوی وزارت امور خارجه قزاقستان گفت نشست دو روز طول می‌کشد.', ['سياوش-كريمي']],
    ['fa', 'روسیه و ایران سخنگوی وزارت خارجه را فرستادند.', []],
    [
      'tr',
      'Serik Bekov Kazakistan Dışişleri Bakanlığı Sözcüsü olarak toplantının iki gün süreceğini açıkladı.',
      ['serik-bekov'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});

// Cased scripts only: without capitals (ar, fa) a run of words after a verb is no name by itself.
describe('an unknown name right after a verb or "according to", before a small word of the phrase', () => {
  it.each([
    ['fr', '« Les pourparlers dureront deux jours », a indiqué Timour Jaksylykov à la presse.', ['timour-jaksylykov']],
    ['de', 'Laut Timur Schaksylykow dauern die Gespräche zwei Tage.', ['timur-schaksylykow']],
    ['en', 'The talks will last two days, said Timur Zhaksylykov in Astana.', ['timur-zhaksylykov']],
    ['ru', 'Переговоры продлятся два дня, сообщил замглавы МИД Казахстана Тимур Жаксылыков.', ['тимур-жаксылыков']],
  ])('%s: %s', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});
