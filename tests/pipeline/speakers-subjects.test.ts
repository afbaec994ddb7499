// Who is the subject of a speech verb (issue 10, class 5): a person the verb's phrase was "with", a state or its
// people speaking, a possessive after an institution, a passive "was declared", a discourse phrase between an
// apposition and its verb, and a line wrapped inside a sentence. Invented sentences, Arabic and English.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function speakers(text: string, lang: string): string[] {
  return [...new Set(extractFacts(article(text, lang), seedKnowledge).facts.statements.map((s) => s.speakerId))];
}

describe('the subject of a speech verb', () => {
  it.each([
    [
      'ar a person after "مع" in the verb\'s phrase is whom the subject was with',
      'وكان وزير الخارجية الروسي سيرغي لافروف قد صرح، في لقاء مع نظيره التركي مولود جاويش أوغلو في أنقرة، أن الجولة المقبلة ستعقد في الربيع.',
      'ar',
      ['sergey-lavrov'],
    ],
    [
      'ar the subject right after the verb still speaks when a companion follows later',
      'وأعلن ألكسندر لافرنتييف بعد لقائه مع الوفد التركي أن الاجتماع المقبل سيعقد في الصيف.',
      'ar',
      ['alexander-lavrentiev'],
    ],
    [
      'en "said at a meeting with X" keeps the subject before the verb',
      'Sergey Lavrov said at a meeting with his Turkish counterpart Mevlut Cavusoglu that the next round would be held in spring.',
      'en',
      ['sergey-lavrov'],
    ],
    [
      'ar a people right after the verb speaks, the person after it is spoken about',
      'ويرى مراقبون أن الأمور تغيرت بعد ما صرح به الأتراك مؤخرا حول لقاء محتمل مع بشار الأسد.',
      'ar',
      [],
    ],
    [
      'ar a delegation after the verb speaks through the head named after it',
      'وصرح وفد المعارضة السورية الذي يرأسه أحمد طعمة بأن الجولة ستبحث ملف المعتقلين.',
      'ar',
      ['ahmad-tomah'],
    ],
    [
      'en a state opening the clause speaks, the person after the verb is spoken about',
      'Russia said Geir Pedersen would join the talks on Wednesday.',
      'en',
      [],
    ],
    [
      'en a people opening the clause speaks',
      'The Iranians said Geir Pedersen would join the talks on Wednesday.',
      'en',
      [],
    ],
    [
      'en a state after "of" in an apposition leaves the person the subject',
      'Alexander Lavrentiev of Russia said the talks would resume in June.',
      'en',
      ['alexander-lavrentiev'],
    ],
    [
      'en a possessive after the institution opens what is said',
      "Ayman Sousan, the envoy of the Syrian government, said the opposition's boycott showed bad faith.",
      'en',
      ['ayman-sousan'],
    ],
    [
      'en an institution closing the clause is still the subject',
      'The talks will resume in June, said the opposition.',
      'en',
      [],
    ],
    [
      'en a passive "was declared" is no speech',
      'The round ended a week after the vote in which Bashar al-Assad was declared the winner.',
      'en',
      [],
    ],
    [
      'en a discourse phrase between the apposition and the verb',
      'Karim Haddad, the rebel alliance’s chief of staff, for his part stated on Monday that his fighters would not come.',
      'en',
      ['karim-haddad'],
    ],
    [
      'ar a circumstantial participle shares the subject of the clause before it',
      'وعرض أحمد طعمة على أعضاء الهيئة ما دار في لقائه مع المبعوث الأممي غير بيدرسن في جنيف، موضحاً أن الوفد متمسك بمطالبه.',
      'ar',
      ['ahmad-tomah'],
    ],
    [
      'ar a participle after a meeting verb: its subject, not its object',
      'والتقى أحمد طعمة المبعوث الأممي غير بيدرسن في جنيف، مؤكداً أن الوفد متمسك بمطالبه.',
      'ar',
      ['ahmad-tomah'],
    ],
    [
      'en "an official said X would come": the unnamed official speaks, not X',
      'The round opened on Tuesday. An official said Alexander Lavrentiev would arrive on Wednesday.',
      'en',
      [],
    ],
    [
      'en a definite role before the verb is the person of that state named before',
      'Alexander Lavrentiev arrived on Monday. The Russian envoy told reporters Ayman Sousan would join him.',
      'en',
      ['alexander-lavrentiev'],
    ],
    [
      'ar an indefinite role right after the verb is its subject, a later name is what it said',
      'انطلقت الجولة اليوم. وقال مسؤول روسي فضل عدم نشر اسمه للصحفيين ألكسندر لافرنتييف سيصل الأربعاء.',
      'ar',
      [],
    ],
    [
      'ar a role with its article and its title phrase, then the name: the name speaks',
      'وقال المبعوث الأممي إلى "سوريا" "غير بيدرسون" إن اللجنة ستجتمع في الشهر المقبل.',
      'ar',
      ['geir-pedersen'],
    ],
    [
      'ar a definite role right after the verb is the person of that state named before',
      'وصل ألكسندر لافرنتييف أمس. وقال المسؤول الروسي للصحفيين أيمن سوسان سيصل الأربعاء.',
      'ar',
      ['alexander-lavrentiev'],
    ],
    [
      'en a known surname after an office and "of" is its possessor, no speaker',
      'The government of Erdogan said the talks would resume.',
      'en',
      [],
    ],
    [
      'ar a known surname after a bare office word is its possessor, no name of its own',
      'وصل سيرغي لافروف أمس. وقالت حكومة أردوغان إن المحادثات ستستأنف.',
      'ar',
      [],
    ],
    [
      'ar the person named alone still speaks',
      'وأعلن رجب طيب أردوغان أن المحادثات ستستأنف.',
      'ar',
      ['recep-tayyip-erdogan'],
    ],
    [
      'ar a state right after the verb speaks as a state',
      'وأعلنت روسيا أن ألكسندر لافرنتييف سيصل إلى أستانا غدا.',
      'ar',
      [],
    ],
    [
      "ar a demonym with a name right after it is the person's",
      'وقال الروسي ألكسندر لافرنتييف إن الجولة المقبلة ستعقد في الصيف.',
      'ar',
      ['alexander-lavrentiev'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});

describe('a line wrapped inside a sentence', () => {
  it.each([
    [
      'en a title wrapped before its holder (the next line in lower case)',
      'The round opened today.\n\nIn the words of the head of\nthe opposition delegation Ahmed Tohme, the talks must cover detainees.',
      'en',
      ['ahmad-tomah'],
    ],
    [
      'en a name wrapped inside an open quotation',
      'The round opened today. Russia is represented by “Alexander\nLavrentiev, who said the agenda is long.',
      'en',
      ['alexander-lavrentiev'],
    ],
    [
      'ar a line wrapped after a comma',
      'افتتحت الجولة اليوم في أستانا،\nوأكد أيمن سوسان أن الوفد جاهز للحوار.',
      'ar',
      ['ayman-sousan'],
    ],
    [
      'en a headline line stays a sentence of its own',
      'Talks Open In Astana\nSergey Lavrov said the agenda is long.',
      'en',
      ['sergey-lavrov'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});
