// Statements: speaker resolution (names, role references, continuation), kind and date per GUIDELINE rule 4.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function statements(text: string, lang: string, pub = '2023-06-21'): [string, string | null, string][] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.statements.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0))
    .map((s) => [s.speakerId, s.date, s.kind]);
}

describe('statements', () => {
  it.each([
    [
      'ar verb then speaker with a title, then "وأضاف" continuing him',
      'قال المبعوث الروسي ألكسندر لافرنتييف، اليوم، إن الاجتماع كان ناجحا.\n\nوأضاف، "لم نكن نتوقع ذلك أبدا في هذه المرحلة".',
      'ar',
      [
        ['alexander-lavrentiev', '2023-06-21', 'REPORTED'],
        ['alexander-lavrentiev', '2023-06-21', 'QUOTE'],
      ],
    ],
    [
      'ar role reference "المسؤول الإيراني" resolves to the Iranian speaker',
      'قال علي أصغر خاجي أمس الثلاثاء إن الوفود وافقت.\n\nوذكر المسؤول الإيراني، أن الأطراف تريد لقاء آخر.',
      'ar',
      [
        ['ali-asghar-khaji', '2023-06-20', 'REPORTED'],
        ['ali-asghar-khaji', '2023-06-20', 'REPORTED'],
      ],
    ],
    [
      'ar an earlier statement has no date',
      'وكان سيرغي فيرشينين قد أعلن في وقت سابق أن التحضيرات جارية.',
      'ar',
      [['sergey-vershinin', null, 'REPORTED']],
    ],
    [
      'ar an explicit date wins over publication ("last June" before 21 June 2023)',
      'وكان سيرغي فيرشينين قد أعلن في 29 حزيران الماضي أن اللقاء سيعقد يومي 30 و31 تموز.',
      'ar',
      [['sergey-vershinin', '2022-06-29', 'REPORTED']],
    ],
    [
      'en speaker after a quote, "he" continuing',
      '"We did not expect this step," Alexander Lavrentyev told reporters on Wednesday. He also said the venue was open.',
      'en',
      [
        ['alexander-lavrentiev', '2023-06-21', 'REPORTED'],
        ['alexander-lavrentiev', '2023-06-21', 'REPORTED'],
      ],
    ],
    [
      'en "said" then the speaker',
      '"Our decision is final," said Kanat Tumysh.',
      'en',
      [['kanat-tumysh', '2023-06-21', 'REPORTED']],
    ],
    [
      'de "am Montag"',
      'Das gab der russische Außenminister Sergei Lawrow am Montag bekannt.',
      'de',
      [['sergey-lavrov', '2023-06-19', 'REPORTED']],
    ],
    [
      'ar "حمّل" (blamed) is speech',
      'وحمّل الجعفري، في تصريحات مساء أمس الثلاثاء، الجانب التركي مسؤولية التأخير.',
      'ar',
      [['bashar-jaafari', '2023-06-20', 'REPORTED']],
    ],
    [
      'tr a future day in what another speaker said is not the next speech date',
      'Kazakistan Dışişleri Bakanlığı Sözcüsü Anuar Jainakov, görüşmelerin yarın sona ereceğini söyledi. Çavuşoğlu, gözlemcilerin henüz netleşmediğini belirtti.',
      'tr',
      [
        ['anuar-zhainakov', '2023-06-21', 'REPORTED'],
        ['mevlut-cavusoglu', '2023-06-21', 'REPORTED'],
      ],
    ],
    [
      'en "the government negotiator" is the latest person of the government named before',
      'The government delegation was led by Bashar al-Jaafari. The government negotiator dismissed the remarks as provocative.',
      'en',
      [['bashar-jaafari', '2023-06-21', 'REPORTED']],
    ],
    [
      'en a weekday opening the sentence after another day; that day is not carried to the next speaker',
      'The talks ended on Tuesday. On Monday, Lavrentiev said the talks were useful. Jaafari said the opposition was not serious.',
      'en',
      [
        ['alexander-lavrentiev', '2023-06-19', 'REPORTED'],
        ['bashar-jaafari', '2023-06-20', 'REPORTED'],
      ],
    ],
    [
      'ar an unknown name after a title ends before "لـ" + addressee and "إن"',
      'وقال عضو وفد المعارضة ياسر الفرحان لعنب بلدي إن الوفد طرح ملف المعتقلين.',
      'ar',
      [['ياسر-الفرحان', '2023-06-21', 'REPORTED']],
    ],
    [
      'ar the organization a spokesman speaks for is part of the title, not of the name',
      'وأوضح الناطق باسم هيئة التفاوض سامر الحلبي أن الجولة لن تحقق شيئا.',
      'ar',
      [['سامر-الحلبي', '2023-06-21', 'REPORTED']],
    ],
    [
      'tr "açıklama yaptı" (made a statement) after a long title',
      'Rusya Devlet Başkanı Suriye Özel Temsilcisi Aleksandr Lavrentiyev, basın toplantısında açıklama yaptı.',
      'tr',
      [['alexander-lavrentiev', '2023-06-21', 'REPORTED']],
    ],
    [
      'fr a pluperfect speech verb with its day',
      'Lundi, Lavrentiev avait déclaré que les discussions étaient utiles.',
      'fr',
      [['alexander-lavrentiev', '2023-06-19', 'REPORTED']],
    ],
    [
      'en "on Monday" after the verb dates the speech',
      'Russian envoy Alexander Lavrentiev told reporters on Monday that the talks would be productive.',
      'en',
      [['alexander-lavrentiev', '2023-06-19', 'REPORTED']],
    ],
    [
      'en a date after publication inside the reported content is not the speech date',
      'Lavrentiev said the talks would end on June 30.',
      'en',
      [['alexander-lavrentiev', '2023-06-21', 'REPORTED']],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(statements(text, lang)).toEqual(expected);
  });

  it.each([
    ['a document is not a speaker', 'وتابع البيان: إن الأطراف المجتمعة توافقت على الاستمرار.', 'ar'],
    ['a ministry is not a speaker', 'أفادت وزارة خارجية كازاخستان، الجمعة، بأن البيان سيشير إلى حل وسط.', 'ar'],
    ['a state is not a speaker', 'Russia, Iran and Turkey said the next meeting would be in Astana.', 'en'],
  ])('%s', (_label, text, lang) => {
    expect(statements(text, lang)).toEqual([]);
  });

  it('gives stable ids from article, speaker and offset', () => {
    const facts = extractFacts(
      article('قال ألكسندر لافرنتييف إن الاجتماع انتهى.', 'ar', '2023-06-21', 'a-9'),
      seedKnowledge,
    ).facts;
    expect(facts.statements.map((s) => s.id)).toEqual(['a-9:alexander-lavrentiev:0']);
  });
});
