// Heads of delegations known by their title alone (issue 10, class 4): news of a round held names a state's or a
// side's delegate by a title beside the name ("X, the Russian envoy, said", "enviado de Irán X", "بصفته ممثلاً
// للحكومة") without a head verb; at a round held, that person heads the delegation of the actor the title names.
// Not at a planned round, not for a title that is not a delegate's (a minister, a spokesman), not for an actor with no
// role in the series. Invented sentences, in every language the title stands beside the name.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function astana(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26', 'astana-');
}

describe('a delegate title beside a name heads its actor at a round held', () => {
  it.each([
    [
      'en the title after the name, a demonym',
      'The twelfth round of the Astana talks opened on Thursday. Alexander Lavrentiev, the Russian envoy, told reporters in the lobby that progress was slow.',
      'en',
      ['astana-12|alexander-lavrentiev|RUS'],
    ],
    [
      'en the title before the name, a possessive state',
      "The twelfth round of the Astana talks opened on Thursday. Iran's chief negotiator Ali Asghar Khaji blamed the armed groups for the delay.",
      'en',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'en the title names the government it speaks for',
      'The twelfth round of the Astana talks opened on Thursday. Ayman Sousan, representative of the Syrian government, rejected the proposal.',
      'en',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'ar the title after the name without a comma',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. واعتبر علي أصغر خاجي المبعوث الإيراني أن النقاشات كانت صريحة.',
      'ar',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'ar "in his capacity as the representative of"',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. وتحدث أيمن سوسان بصفته ممثلاً للحكومة السورية عن ملف المعتقلين.',
      'ar',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'fr the title after the name',
      "Le douzième cycle des pourparlers d'Astana s'est ouvert jeudi. Ali Asghar Khaji, représentant de l'Iran, a jugé les échanges utiles.",
      'fr',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'es the title after the name',
      'La duodécima ronda de las conversaciones de Astaná comenzó el jueves. Ali Asghar Khaji, enviado de Irán, calificó de útiles las consultas.',
      'es',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'it the title after the name, the state it serves',
      'Il dodicesimo round dei colloqui di Astana si è aperto giovedì. Alexander Lavrentiev, rappresentante della Russia, ha parlato di progressi.',
      'it',
      ['astana-12|alexander-lavrentiev|RUS'],
    ],
    [
      'ru the title before the name',
      'В Нур-Султане начался двенадцатый раунд переговоров в астанинском формате. Российский переговорщик Александр Лаврентьев назвал встречу полезной.',
      'ru',
      ['astana-12|alexander-lavrentiev|RUS'],
    ],
    [
      'tr the title before the name',
      "Astana görüşmelerinin 12. turu perşembe günü başladı. İran'ın temsilcisi Ali Asgar Haci görüşmelerin verimli geçtiğini söyledi.",
      'tr',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'en a possessive "\'s" inside the title',
      "The twelfth round of the Astana talks opened on Thursday. Ayman Sousan, the government's chief envoy, accused the armed groups of stalling.",
      'en',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'en the title opening the sentence, the name in apposition after a comma',
      'The twelfth round of the Astana talks opened on Thursday. The Iranian representative, Ali Asghar Khaji, called the first day useful.',
      'en',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'fr the title opening the sentence, the name in apposition after a comma',
      "Le douzième cycle des pourparlers d'Astana s'est ouvert jeudi. L'émissaire iranien, Ali Asghar Khaji, a salué le climat des échanges.",
      'fr',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'en the lead before the round is named tells of the round reported',
      'Ali Asghar Khaji, the Iranian envoy, praised the mood in the Kazakh capital on Thursday. The talks are the twelfth round of the Astana format.',
      'en',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'fa the title after the name',
      'دوازدهمین دور مذاکرات آستانه روز پنجشنبه آغاز شد. علی اصغر خاجی، نماینده ایران، گفت که گفتگوها سازنده بود.',
      'fa',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(astana(text, lang)).toEqual(expected);
  });
});

describe('what a delegate title does not make a head', () => {
  it.each([
    [
      'en at a round still ahead the envoy only speaks about it',
      'The thirteenth round of the Astana talks will open in August. Alexander Lavrentiev, the Russian envoy, said the agenda was ready.',
      'en',
      [],
    ],
    [
      'ar at a round still ahead',
      'ستنطلق الجولة الثالثة عشرة من محادثات أستانا في آب المقبل. وقال ألكسندر لافرنتييف المبعوث الروسي إن جدول الأعمال جاهز.',
      'ar',
      [],
    ],
    [
      'en a minister is not a delegate by title',
      'The twelfth round of the Astana talks opened on Thursday. Sergey Lavrov, the Russian foreign minister, praised the format in Moscow.',
      'en',
      [],
    ],
    [
      'ar a spokesman is not a delegate by title',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. وقال أيمن العاسمي، المتحدث باسم وفد المعارضة، إن الجلسة كانت متوترة.',
      'ar',
      [],
    ],
    [
      "ar a leader's envoy holds an office; the leader inside the apposition is no delegate",
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. وأشاد ألكسندر لافرنتييف، مبعوث الرئيس الروسي فلاديمير بوتين، بأجواء النقاش.',
      'ar',
      [],
    ],
    [
      "it a leader's envoy holds an office; the leader inside the apposition is no delegate",
      'Il dodicesimo round dei colloqui di Astana si è aperto giovedì. Alexander Lavrentiev, emissario del presidente Vladimir Putin, ha lodato il clima.',
      'it',
      [],
    ],
    [
      'en what the envoy had said before the report',
      'The twelfth round of the Astana talks opened on Thursday. Alexander Lavrentiev, the Russian envoy, had said in March that no ceasefire was near.',
      'en',
      [],
    ],
    [
      'ru what the envoy said earlier',
      'В Нур-Султане начался двенадцатый раунд переговоров в астанинском формате. Ранее российский спецпосланник Александр Лаврентьев говорил о трудностях.',
      'ru',
      [],
    ],
    [
      'ar a programme told by a source',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. ووفقاً لجدول الأعمال المعلن، تنتهي الجلسات بمؤتمر صحفي يعقده علي أصغر خاجي، المبعوث الإيراني.',
      'ar',
      [],
    ],
    [
      'en a programme told by a source',
      'The twelfth round of the Astana talks opened on Thursday. According to the published schedule, the day closes with a briefing by Ali Asghar Khaji, the Iranian envoy.',
      'en',
      [],
    ],
    [
      'ar the complement of a noun of taking part is reported on',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. وتتباين الروايات حول مشاركة أحمد طعمة، ممثل الفصائل المسلحة، في الجلسة العامة.',
      'ar',
      [],
    ],
    [
      'en a special envoy holds a standing office',
      "The twelfth round of the Astana talks opened on Thursday. Russia's special envoy Alexander Lavrentiev warned that the truce was fragile.",
      'en',
      [],
    ],
    [
      'en a standing office with a portfolio is not a role at the talks',
      "The twelfth round of the Astana talks opened on Thursday. Alexander Lavrentiev, the Russian president's special envoy for Syria, praised the host country.",
      'en',
      [],
    ],
    [
      'ar a standing office with a portfolio is not a role at the talks',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. وأشاد ألكسندر لافرنتييف، مبعوث الرئيس الروسي إلى سوريا، بالبلد المضيف.',
      'ar',
      [],
    ],
    [
      'ru a standing office with a portfolio is not a role at the talks',
      'В Нур-Султане начался двенадцатый раунд переговоров в астанинском формате. Спецпосланник президента РФ по Сирии Александр Лаврентьев похвалил принимающую сторону.',
      'ru',
      [],
    ],
    [
      'tr a bare country before the title is its portfolio',
      "Astana görüşmelerinin 12. turu perşembe günü başladı. İran'ın Suriye özel temsilcisi Ali Asgar Haci ev sahibi ülkeye teşekkür etti.",
      'tr',
      [],
    ],
    [
      'en a post held at an organization is not a delegate title',
      "The twelfth round of the Astana talks opened on Thursday. Bashar Jaafari, Syria's permanent representative to the UN, gave an interview in New York.",
      'en',
      [],
    ],
    [
      'ar a post held at an organization is not a delegate title',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. وفي نيويورك تحدث بشار الجعفري مندوب سوريا الدائم لدى الأمم المتحدة إلى الصحفيين.',
      'ar',
      [],
    ],
    [
      'en an envoy who will not attend',
      'The twelfth round of the Astana talks opened on Thursday. Ali Asghar Khaji, the Iranian envoy, will not attend because of illness.',
      'en',
      [],
    ],
    [
      'en an indefinite title is one of several',
      'The twelfth round of the Astana talks opened on Thursday. Ahmad Tomah, an opposition negotiator, said the night session was tense.',
      'en',
      [],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(astana(text, lang)).toEqual(expected);
  });

  it('an actor with no role in the series heads nothing there', () => {
    const text =
      'The eighth round of the Geneva talks opened on Tuesday. Alexander Lavrentiev, the Russian envoy, said Moscow backed the process.';
    expect(delegateTriples(text, 'en', '2017-11-28', 'geneva-')).toEqual([]);
  });
});
