// Persons counted in the list of those taking part attend for the actor they serve (the guideline's heads "stated as
// attending in the name of a state or an organization"); a speaker reporting the list, and a person named inside
// another's apposition, do not. Invented sentences, several languages.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26', 'astana-');
}

describe('a head cue takes no name that belongs to a later cue or clause', () => {
  it.each([
    [
      'en "with X at its head, and ..., headed by Y"',
      'The twelfth round of the Astana talks opened on Thursday with the government delegation, with Ayman Sousan at its head, and the opposition, headed by Fadi Mansour.',
      'en',
      ['astana-12|ayman-sousan|SYR', 'astana-12|fadi-mansour|SYR-OPP'],
    ],
    [
      'fa a clause break after "در رأس"',
      'دوازدهمین دور مذاکرات آستانه روز پنجشنبه پایان یافت. معاون وزیر خارجه روسیه، میخائیل بوگدانوف، در رأس هیأت مسکو بود؛ علی اصغر خاجی، مشاور وزیر خارجه ایران، هیأت تهران را هدایت می‌کرد.',
      'fa',
      ['astana-12|ali-asghar-khaji|IRN', 'astana-12|mikhail-bogdanov|RUS'],
    ],
    [
      'fr a clause break after "à la tête de"',
      "Le douzième cycle des pourparlers d'Astana s'est achevé jeudi. Alexandre Lavrentiev était à la tête de la délégation russe ; Sedat Onal, vice-ministre turc, conduisait celle d'Ankara.",
      'fr',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|sedat-onal|TUR'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('head and attending verbs in their inflected forms', () => {
  it.each([
    [
      'ar a future attending verb before the name',
      'تنطلق الجولة الثانية عشرة من محادثات أستانا يوم الخميس. وستشارك فيها خولة مطر، نائبة المبعوث الأممي.',
      'ar',
      ['astana-12|khawla-matar|UN'],
    ],
    [
      'ar "and will" glued to a head verb with an object clitic',
      'تنطلق الجولة الثانية عشرة من محادثات أستانا يوم الخميس. أما الوفد الروسي فوسيقوده ألكسندر لافرنتييف.',
      'ar',
      ['astana-12|alexander-lavrentiev|RUS'],
    ],
    [
      'ar a feminine head verb',
      'تنطلق الجولة الثانية عشرة من محادثات أستانا يوم الخميس. وتترأس خولة مطر وفد الأمم المتحدة.',
      'ar',
      ['astana-12|khawla-matar|UN'],
    ],
    [
      'ru came "to take part"',
      'Двенадцатый раунд переговоров в Астане открылся в четверг. Гейр Педерсен прибыл в Астану, чтобы участвовать в переговорах.',
      'ru',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'en "partook in"',
      'The twelfth round of the Astana talks ended on Thursday. Geir Pedersen, the UN envoy, partook in the closing session.',
      'en',
      ['astana-12|geir-pedersen|UN'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('persons listed among the participants', () => {
  it.each([
    [
      'en "and by" a titled envoy after observer states',
      'The twelfth round of the Astana talks opened on Thursday. It is attended as observers by delegations from Jordan and Lebanon and by Geir Pedersen, the UN envoy for Syria.',
      'en',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'it "oltre a" after the guarantor states',
      "Il dodicesimo round dei colloqui di Astana si è aperto giovedì. Vi partecipano Russia, Turchia e Iran, oltre a Geir Pedersen, inviato dell'Onu per la Siria.",
      'it',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'es "y a" inside a fronted list',
      'La duodécima ronda de Astaná comenzó el jueves. Junto a Rusia, Turquía e Irán, y a Geir Pedersen, enviado de la ONU, participaron como observadores Jordania y el Líbano.',
      'es',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'fr the negotiators named after a dash, one after the other',
      "Le douzième cycle des pourparlers d'Astana s'est ouvert jeudi en présence des négociateurs russe et turc — Alexandre Lavrentiev et Sedat Onal.",
      'fr',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|sedat-onal|TUR'],
    ],
    [
      'en a minister reporting the list is no participant',
      'The twelfth round of the Astana talks, attended by Russia, Turkey and Iran, opened on Thursday in the capital of Kazakhstan, Foreign Minister Mukhtar Tileuberdi said.',
      'en',
      [],
    ],
    [
      "ar the employer in a head's apposition is no participant",
      'افتتحت الجولة الثانية عشرة من محادثات أستانا يوم الخميس بمشاركة الوفد الروسي برئاسة ألكسندر لافرنتييف، الممثل الخاص للرئيس الروسي فلاديمير بوتين.',
      'ar',
      ['astana-12|alexander-lavrentiev|RUS'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});
