// Language detection when an article does not say: script first, then the lexicons' common words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/pipeline/normalize/language.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

/** Invented paragraphs in languages none of the lexicons is for, in Latin and Arabic script (ours, and others'). */
const unseenTexts = JSON.parse(
  readFileSync(new URL('../fixtures/unseen-language-texts.json', import.meta.url), 'utf8'),
) as { lang: string; text: string }[];

describe('detectLanguage', () => {
  it.each([
    ['أعلن المبعوث الخاص للرئيس الروسي أن الاجتماع المقبل سيعقد', 'ar'],
    ['هفدهمین نشست بین المللی آستانه درباره سوریه برگزار شد', 'fa'],
    ['Пятый раунд переговоров прошел в Астане', 'ru'],
    ['The talks in Astana ended on Wednesday with a joint statement by the guarantors', 'en'],
    ['Les délégations de la Russie et de la Turquie ont pris part aux pourparlers', 'fr'],
    ['Die Delegationen der Türkei und des Iran nahmen an den Gesprächen teil', 'de'],
    ['Las delegaciones de Rusia y de Turquía participaron en las conversaciones', 'es'],
    ['Le delegazioni della Russia e della Turchia hanno preso parte ai colloqui', 'it'],
    ['Garantör ülkeler ve Suriye hükümeti bu toplantıya katıldı, bir açıklama yapıldı', 'tr'],
    ['Delegacje Rosji, Turcji i Iranu spotkały się z wysłannikiem ONZ, aby omówić sytuację w Idlibie.', 'pl'],
    ['Rusiya, Türkiyə və İran nümayəndə heyətləri BMT-nin nümayəndəsi ilə görüşüb.', 'az'],
    ['Делегації Росії, Туреччини та Ірану зустрілися з посланцем ООН у столиці Казахстану.', 'uk'],
    ['Делегациите на Русия, Турция и Иран се срещнаха с пратеника на ООН в столицата на Казахстан.', 'bg'],
    ['Ресей, Түркия және Иран делегациялары БҰҰ өкілімен кездесті.', 'kk'],
    ['As delegações da Rússia, da Turquia e do Irão reuniram-se com o enviado da ONU.', 'pt'],
    ['משלחות רוסיה, טורקיה ואיראן נפגשו עם שליח האו"ם בבירת קזחסטן.', 'he'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text, seedKnowledge)).toBe(lang);
  });

  // Languages none of the lexicons is for: undetermined, so the fallback for unseen languages reads them.
  it.each([
    ['第20轮阿斯塔纳会谈今天开幕', 'und'],
    ['Οι συνομιλίες της Αστάνα άρχισαν σήμερα στην πρωτεύουσα του Καζακστάν', 'und'],
    ['Աստանայի բանակցությունների նոր փուլը մեկնարկեց Ղազախստանի մայրաքաղաքում', 'und'],
    // Mostly a script no lexicon is for, with a few Latin or Arabic words inside: still undetermined.
    ['据新华社报道，第21轮Astana会谈在努尔苏丹举行，俄罗斯、土耳其和伊朗的代表团出席了会议，联合国特使也在场', 'und'],
    ['ロシア、トルコ、イランの代表団がAstanaでの第19回協議に出席した、と国連の特使は述べた', 'und'],
    ['Η αντιπροσωπεία της Ρωσίας στην Αστάνα είπε «السلام» και ότι ο επόμενος γύρος θα γίνει τον Ιούνιο', 'und'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text, seedKnowledge)).toBe(lang);
  });

  // In our scripts but none of our languages: a letter our lexicon for the script never writes (Vietnamese "ư",
  // Czech "ř", Romanian "ș", Urdu "ے"), or a single short word shared (Indonesian and Italian "di"), is no evidence.
  // Dutch shares several short words with Spanish and no letter of its own; Uzbek, with Azerbaijani: still taken
  // for ours (the todo below).
  const TAKEN_FOR_OURS = new Set(['nl', 'uz']);
  it.each(unseenTexts.filter((t) => !TAKEN_FOR_OURS.has(t.lang)).map((t) => [t.lang, t.text.slice(0, 60), t.text]))(
    '%s: %s… → und',
    (_lang, _start, text) => {
      expect(detectLanguage(text, seedKnowledge)).toBe('und');
    },
  );
  it.todo('nl, uz: a Latin-script language sharing several short words with one of ours is undetermined');

  // The script most letters are in decides, not the first one met: quoted names in Arabic or Cyrillic letters.
  it.each([
    [
      'The envoy, Александр Лаврентьев, said the guarantors of the ceasefire would meet again in the capital next month',
      'en',
    ],
    [
      'The minister (محمد جواد ظريف) told reporters that the talks had been useful and that the next round was planned',
      'en',
    ],
    [
      'Der Gesandte (Александр Лаврентьев) sagte, dass die Gespräche nützlich gewesen seien und fortgesetzt würden',
      'de',
    ],
    [
      'قال المبعوث الروسي إن المحادثات كانت مفيدة وإن الجولة التالية ستعقد في الشهر المقبل بمشاركة الدول الضامنة، Lavrentiev',
      'ar',
    ],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text, seedKnowledge)).toBe(lang);
  });

  // A text in one of our scripts with a few words of another stays in its own language.
  it.each([
    ['The delegations met in Astana; the envoy called it «第21轮» in a post, then left for Geneva', 'en'],
    ['وصل وفد روسيا إلى أستانا للمشاركة في الجولة، وقال المبعوث إن الاجتماع سيعقد غدا، 阿斯塔纳', 'ar'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text, seedKnowledge)).toBe(lang);
  });
});
