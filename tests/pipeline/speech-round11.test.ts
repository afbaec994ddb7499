// Statements across languages (issue 10, round 11), by class of failure over all the look data. Invented sentences;
// each table varies the verb, the order and the language of one class.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, speakerIds } from './article.js';

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

describe('a source phrase with a pronoun ("according to him") speaks for the person before; a name after it is said', () => {
  it.each([
    ['en', 'Geir Pedersen met the press. According to him, Lavrov was pleased with the venue.'],
    ['en', 'Geir Pedersen spoke to reporters on Monday. In his view, Sergey Lavrov will accept Geneva.'],
    ['ar', 'والتقى غير بيدرسن الصحفيين. وبحسب قوله، فإن لافروف راض عن مكان الاجتماع.'],
    ['ar', 'وتحدث غير بيدرسن إلى الصحفيين، وعلى حد قوله فإن لافروف يقبل بجنيف مكانا للاجتماع.'],
    ['fr', 'Geir Pedersen a rencontré la presse. Selon lui, Sergueï Lavrov accepte Genève.'],
    ['es', 'Geir Pedersen habló con la prensa. En su opinión, Serguéi Lavrov acepta Ginebra.'],
    ['it', 'Geir Pedersen ha incontrato la stampa. A suo dire, Sergei Lavrov accetta Ginevra.'],
    ['de', 'Geir Pedersen traf die Presse. Ihm zufolge ist Sergej Lawrow mit Genf einverstanden.'],
    ['ru', 'Гейр Педерсен встретился с журналистами. По его словам, Сергей Лавров согласен на Женеву.'],
    ['tr', 'Geir Pedersen gazetecilerle görüştü. Ona göre Sergey Lavrov Cenevre’yi kabul ediyor.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).not.toContain('sergey-lavrov');
    expect(speakerIds(text, lang)).toEqual(['geir-pedersen']);
  });

  it.each([
    // A caption line between the person and the pronoun names people without speaking of them.
    ['en', 'Geir Pedersen met the press.\nLavrov and Sousan at the talks\nAccording to him, the talks went well.'],
    ['ar', 'والتقى غير بيدرسن الصحفيين.\nلافروف وسوسان في المحادثات\nوبحسب قوله، فإن المحادثات جرت بشكل جيد.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual(['geir-pedersen']);
  });
});

describe('a person in the genitive possesses what is said about them and is no speaker', () => {
  it.each([
    ['tr', "Rusya Dışişleri Bakanlığı dün yaptığı açıklamada Sergey Lavrov'un görüşmelere katılacağını bildirdi."],
    ['tr', "BM ofisinin dünkü açıklamasında, Geir Pedersen'in görüşmelere katılacağı belirtildi."],
    ['tr', "Kazakistan, Lavrentyev'in heyetinin Astana'ya ulaştığını duyurdu."],
    ['en', "The ministry said Lavrov's visit to Geneva would go ahead."],
    ['en', "Geir Pedersen's team confirmed that the talks would resume."],
    ['ar', 'وأكدت وزارة الخارجية الروسية مشاركة لافروف في المحادثات.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });

  it.each([
    // The genitive owns the speech itself: the person speaks.
    ['tr', "Geir Pedersen'in açıklamasına göre görüşmeler Cenevre'de yapılacak.", 'geir-pedersen'],
    ['tr', "Lavrentyev'in dünkü açıklamasında görüşmelerin süreceği belirtildi.", 'alexander-lavrentiev'],
    ['tr', "Lavrentyev'in sözlerine göre garantörler yeniden toplanacak.", 'alexander-lavrentiev'],
    ['en', "In Lavrov's statement, the visit would go ahead.", 'sergey-lavrov'],
    ['ar', 'وفي بيان لافروف، فإن الزيارة ستتم في موعدها.', 'sergey-lavrov'],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual([who]);
  });
});

describe('an office named after its head speaks as an institution', () => {
  it.each([
    ['ar', 'تبدأ الجولة يوم الأربعاء، وفق ما جاء في بيان أصدره مكتب غير بيدرسون.'],
    ['ar', 'وبحسب بيان صادر عن مكتب غير بيدرسون، فإن الوفود ستصل يوم الإثنين.'],
    ['en', 'According to a statement from the office of Geir Pedersen, the delegations arrive on Monday.'],
    ['en', 'The delegations arrive on Monday, according to the office of Geir Pedersen.'],
    ['fr', 'Selon un communiqué du bureau de Geir Pedersen, les délégations arrivent lundi.'],
    ['es', 'Según la oficina de Geir Pedersen, las delegaciones llegan el lunes.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });

  it.each([
    ['ar', 'وقال غير بيدرسن إن الوفود ستصل يوم الإثنين.', 'geir-pedersen'],
    ['en', 'According to Geir Pedersen, the delegations arrive on Monday.', 'geir-pedersen'],
    ['fr', 'Selon Geir Pedersen, les délégations arrivent lundi.', 'geir-pedersen'],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual([who]);
  });
});

describe('a line that opens with a name and a colon quotes that person', () => {
  it.each([
    ['en', 'Talks resume\n\nPedersen: The committee will meet again in May\n\nThe talks went on.', 'geir-pedersen'],
    ['ar', 'استئناف المحادثات\n\nبيدرسن: اللجنة ستجتمع مجددا في أيار\n\nواستمرت المحادثات.', 'geir-pedersen'],
    [
      'tr',
      'Görüşmeler sürüyor\n\nLavrentyev: Garantörler yeniden bir araya gelecek\n\nToplantı sona erdi.',
      'alexander-lavrentiev',
    ],
    [
      'fr',
      'Reprise des discussions\n\nPedersen : le comité se réunira de nouveau en mai\n\nLes discussions ont repris.',
      'geir-pedersen',
    ],
    [
      'ru',
      'Переговоры продолжаются\n\nЛавров: Россия примет участие в следующем раунде\n\nВстреча завершилась.',
      'sergey-lavrov',
    ],
    [
      'de',
      'Gespräche gehen weiter\n\nLawrow: Russland wird an der nächsten Runde teilnehmen\n\nDas Treffen endete.',
      'sergey-lavrov',
    ],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual([who]);
  });

  it.each([
    // A name with a short label after the colon, or a colon inside a line, is no heading quote.
    ['en', 'Talks resume\n\nPedersen: Geneva\n\nThe talks went on.'],
    ['en', 'Talks resume\n\nThe list of the day: Pedersen, Lavrov and Sousan met in Geneva.'],
    ['ar', 'استئناف المحادثات\n\nبيدرسن: جنيف\n\nواستمرت المحادثات.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });
});

describe('a passive speech verb speaks through its agent; its subject is what was said', () => {
  it.each([
    ['en', 'The date of the round was announced by Geir Pedersen on Monday.', ['geir-pedersen']],
    ['en', 'The new venue was proposed by Sergey Lavrov.', ['sergey-lavrov']],
    ['fr', 'La date de la session a été annoncée par Geir Pedersen lundi.', ['geir-pedersen']],
    ['it', 'La data della sessione è stata annunciata da Geir Pedersen lunedì.', ['geir-pedersen']],
    ['pt', 'A data da ronda foi anunciada por Geir Pedersen na segunda-feira.', ['geir-pedersen']],
    // With no agent nobody is named as speaking; the subject of the passive is spoken of.
    ['en', 'Sergey Lavrov was criticized for the plan.', []],
    ['fr', 'Sergueï Lavrov a été critiqué pour ce plan.', []],
    // Arabic names the agent with "على لسان" after an active or passive verb alike.
    ['ar', 'وأُعلن موعد الجولة على لسان غير بيدرسن يوم الإثنين.', ['geir-pedersen']],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual(who);
  });
});
