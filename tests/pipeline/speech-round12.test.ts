// Statements, round 12: mechanisms the speech coverage generator (tests/coverage/speech.test.ts) found missing.
// Invented sentences; each table varies the verb, the order and the language of one class.
import { describe, expect, it } from 'vitest';
import { speakerIds } from './article.js';

describe('a verb with its subject left out continues the subject of the sentence before', () => {
  it.each([
    ['ar', 'واجتمع غير بيدرسن بوفد المعارضة في جنيف. وشدد على أن الحوار سيستمر.', 'geir-pedersen'],
    ['ar', 'وزار ألكسندر لافرنتييف دمشق الأسبوع الماضي. وأوضح أن الجولة المقبلة ستعقد قريبا.', 'alexander-lavrentiev'],
    ['es', 'Geir Pedersen visitó Damasco el domingo. Aseguró que el diálogo continuará.', 'geir-pedersen'],
    ['it', 'Geir Pedersen ha visitato Damasco domenica. Ha ribadito che il dialogo continuerà.', 'geir-pedersen'],
    ['pt', 'Geir Pedersen visitou Damasco no domingo. Garantiu que o diálogo vai continuar.', 'geir-pedersen'],
    ['tr', 'Geir Pedersen pazar günü Şam’ı ziyaret etti. Diyaloğun süreceğini vurguladı.', 'geir-pedersen'],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual([who]);
  });

  it.each([
    // The person of the sentence before is what an institution said, the employer of a title, or a genitive.
    ['ar', 'وأعلنت الخارجية الروسية أن غير بيدرسن سيزور دمشق. وأضافت أن الحوار سيستمر.'],
    ['es', 'El portavoz de Geir Pedersen visitó Damasco. Aseguró que el diálogo continuará.'],
    ['tr', 'Bakanlık, Geir Pedersen’in Şam’ı ziyaret edeceğini açıkladı. Diyaloğun süreceğini vurguladı.'],
    // A verb inside a clause ("a statement that stressed") takes up nobody.
    ['ar', 'وزار غير بيدرسن دمشق. واختتم الاجتماع ببيان أكد على ضرورة الحوار.'],
    // Where the subject must be said, a verb without one is nobody's statement.
    ['en', 'Geir Pedersen visited Damascus on Sunday. Said to be tired, the envoy left early.'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });
});

describe('a heading line with a title before the name or an apposition after it quotes that person', () => {
  it.each([
    ['en', 'UN envoy Geir Pedersen: "Dialogue is the only way forward for Syria"', 'geir-pedersen'],
    ['en', 'Geir Pedersen, the UN envoy: "Dialogue is the only way forward for Syria"', 'geir-pedersen'],
    ['ar', 'المبعوث الأممي غير بيدرسن: "الحوار هو الطريق الوحيد إلى الأمام"', 'geir-pedersen'],
    ['tr', 'BM Suriye Özel Temsilcisi Geir Pedersen: "Diyalog tek çıkış yoludur"', 'geir-pedersen'],
    ['ru', 'Спецпосланник ООН Гейр Педерсен: "Диалог остается единственным путем вперед"', 'geir-pedersen'],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual([who]);
  });

  it.each([
    // A label with no words after it, and two persons before the colon, quote nobody.
    ['en', 'Geir Pedersen, Alexander Lavrentiev: "Dialogue is the only way forward"'],
    ['en', 'UN envoy Geir Pedersen: Syria'],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });
});

describe('a person whose apposition a comma closes speaks to the institution after the verb', () => {
  it.each([
    ['en', '"Dialogue will go on," Geir Pedersen, the UN envoy, told Reuters.', 'geir-pedersen'],
    ['en', 'The talks will resume, Alexander Lavrentiev, the Russian envoy, told TASS.', 'alexander-lavrentiev'],
  ])('%s: %s', (lang, text, who) => {
    expect(speakerIds(text, lang)).toEqual([who]);
  });

  it('an inverted agency after the verb still speaks as an institution', () => {
    expect(speakerIds('Geir Pedersen will visit Damascus, reported Reuters.', 'en')).toEqual([]);
  });
});

describe('a person inside a list before an inverted agency is what the agency reports', () => {
  it.each([
    ['ru', 'На встрече были Александр Лаврентьев и Гейр Педерсен, прибывший накануне из Женевы, сообщает ТАСС.'],
    [
      'en',
      'The talks brought together Alexander Lavrentiev and Geir Pedersen, who flew in from Geneva, reported Reuters.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(speakerIds(text, lang)).toEqual([]);
  });
});
