// Heads of delegations (issue 10, class 4): "X ... arrived at the head of a delegation" — the adverbial "at the head
// of a delegation" says it of the clause's subject, however long the subject's apposition and the adverbials between
// ("X, senior aide to the minister, flew to Astana on Monday morning at the head of the Iranian team"); "وعلى رأسهم X"
// (at their head X) names the head after it; a verb of heading in its other tenses ("estuvo al frente de", "هیأت را
// هدایت کرد") is a verb of heading. Invented sentences, in every language the phrase exists.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function astana(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26', 'astana-');
}

describe('"at the head of a delegation" is said of the clause subject', () => {
  it.each([
    [
      'en a long apposition and adverbials between',
      'The twelfth round of the Astana talks opened on Thursday. Ali Asghar Khaji, senior aide to the Iranian foreign minister for political affairs, flew from Tehran to Nur-Sultan early on Wednesday morning at the head of the Iranian team.',
      'en',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'ar a long apposition and adverbials between',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. ووصل أيمن سوسان، معاون وزير الخارجية والمغتربين في الحكومة السورية، مساء الأربعاء إلى العاصمة الكازاخية قادماً من دمشق على رأس وفد بلاده.',
      'ar',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'fr a long apposition and adverbials between',
      "Le douzième cycle des pourparlers d'Astana s'est ouvert jeudi. Ali Asghar Khaji, conseiller principal du ministre iranien des Affaires étrangères, a quitté Téhéran mercredi matin pour la capitale kazakhe à la tête de la délégation iranienne.",
      'fr',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'es a long apposition and adverbials between',
      'La duodécima ronda de las conversaciones de Astaná comenzó el jueves. Ayman Sousan, viceministro sirio de Asuntos Exteriores y veterano diplomático, viajó el miércoles por la mañana desde Damasco a la capital kazaja al frente de la delegación siria.',
      'es',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'en a speaker before is not the subject of the adverbial',
      'The twelfth round of the Astana talks opened on Thursday. Ali Asghar Khaji told reporters in the capital on Wednesday evening that the Syrian deputy minister would arrive at the head of a delegation.',
      'en',
      [],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(astana(text, lang)).toEqual(expected);
  });
});

describe('"at their head X" and verbs of heading in their tenses', () => {
  it.each([
    [
      'ar "وعلى رأسهم" names the head after it',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. ووصل ممثلون عن الحكومة السورية، وعلى رأسهم أيمن سوسان، إلى العاصمة الكازاخية.',
      'ar',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'ar "يتقدمهم" names the head after it',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. ووصل ممثلو المعارضة السورية يتقدمهم أحمد طعمة إلى العاصمة الكازاخية.',
      'ar',
      ['astana-12|ahmad-tomah|SYR-OPP'],
    ],
    [
      'es the preterite "estuvo al frente de" in a relative clause',
      'La duodécima ronda de las conversaciones de Astaná terminó el viernes. Ayman Sousan, que estuvo al frente de la delegación siria, calificó de positivas las reuniones.',
      'es',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'pt the preterite "esteve à frente da"',
      'A décima segunda ronda das conversações de Astana terminou na sexta-feira. Ayman Sousan, que esteve à frente da delegação síria, elogiou as reuniões.',
      'pt',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'fa "هدایت کرد" names its subject before it',
      'دوازدهمین دور مذاکرات آستانه روز پنجشنبه آغاز شد. علی اصغر خاجی، دستیار ارشد وزیر خارجه، هیئت ایران را هدایت کرد.',
      'fa',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(astana(text, lang)).toEqual(expected);
  });
});
