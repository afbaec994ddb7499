// Language detection when an article does not say: script first, then the lexicons' common words.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/pipeline/normalize/language.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

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

  // A text in one of our scripts with a few words of another stays in its own language.
  it.each([
    ['The delegations met in Astana; the envoy called it «第21轮» in a post, then left for Geneva', 'en'],
    ['وصل وفد روسيا إلى أستانا للمشاركة في الجولة، وقال المبعوث إن الاجتماع سيعقد غدا، 阿斯塔纳', 'ar'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text, seedKnowledge)).toBe(lang);
  });
});
