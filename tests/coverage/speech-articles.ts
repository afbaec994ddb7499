// Whole invented articles for the statement coverage generator (speech-articles.test.ts, round 13's method): a
// headline and 3–8 sentences per discourse structure, in each language with speech parts in its lexicon. The
// structures are the ways news writing spreads who said what over an article: a quote running over two or three
// sentences, the speaker named after the quote or taken up in the next sentence ("he added", "the envoy went on"), an
// institution speaking while a person is named in what it says, a statement made at an earlier round or before the
// round, a headline "X: …", reported speech through "according to", coordinated speakers, and a trailing source that
// says a person arrived (no speech of theirs). Each structure lists the (speaker, round, date) facts it expects;
// everything else found is spurious. All sentences are invented. Published on Thursday 2023-06-22: the 20th round of
// the Astana series was held on 20–21 June 2023, the 19th on 22–23 November 2022.

export const ARTICLE_DAY = '2023-06-22';
const WED = '2023-06-21';
const MON = '2023-06-19';

const LAV = 'alexander-lavrentiev';
const PED = 'geir-pedersen';
const JAA = 'bashar-jaafari';

/** An expected statement: speaker id, round number ('-': none) and date ('-': none; '*': any). */
export type Said = [speaker: string, round: string, date: string];

/** A discourse structure and the statements it must yield (no others). */
export interface Structure {
  name: string;
  expected: Said[];
}

/** The structures every language writes; each language gives one or more articles for each it has parts for. */
export const STRUCTURES: Structure[] = [
  // "…," said X. "…". — the second sentence of the quote carries no attribution of its own.
  { name: 'quoteRun', expected: [[LAV, '20', WED]] },
  // X said …; "…," he added; the envoy went on: "…".
  { name: 'continued', expected: [[LAV, '20', WED]] },
  // The ministry said X and Y attended; it added … — no person speaks.
  { name: 'institution', expected: [] },
  // At the 19th round X said …; on Wednesday Y said … at the 20th.
  {
    name: 'earlierRound',
    expected: [
      [LAV, '19', '-'],
      [PED, '20', WED],
    ],
  },
  // Ahead of the 20th round, on Monday, X told reporters …
  { name: 'beforeRound', expected: [[LAV, '20', MON]] },
  // Headline "X: …", body without a speech verb of X.
  { name: 'heading', expected: [[LAV, '*', '*']] },
  // According to X, …; according to the ministry, Y attended.
  { name: 'according', expected: [[LAV, '20', '*']] },
  // X and Y said …
  {
    name: 'coordinated',
    expected: [
      [LAV, '20', WED],
      [JAA, '20', WED],
    ],
  },
  // X arrived …, a source told the agency — the source speaks, not X.
  { name: 'trailingSource', expected: [] },
  // X has confirmed that …, according to a statement of the ministry — X speaks.
  { name: 'ownVerbSourced', expected: [[JAA, '*', '*']] },
  // "…, stressed, according to the agency, the envoy X": a source phrase between an inverted verb and its subject.
  { name: 'sourceBetween', expected: [[LAV, '*', '*']] },
  // X met …; later "Lavrentiev said" by surname alone.
  { name: 'surnameLater', expected: [[LAV, '20', WED]] },
  // X said …; Y met the delegations (no speech); "the Russian envoy added" is X, not Y.
  { name: 'otherBetween', expected: [[LAV, '20', WED]] },
  // X is named; "the UN envoy has blamed the government, which he said had refused …".
  { name: 'relativeSaid', expected: [[PED, '*', '*']] },
  // X is named; Y is quoted; "the UN envoy … which he said" is X again (the role, not the last person).
  {
    name: 'relativeAfterOther',
    expected: [
      [JAA, '*', '*'],
      [PED, '*', '*'],
    ],
  },
  // The sources added that X asked Y … — a content clause puts its subject first even where verbs come first.
  { name: 'reportedClause', expected: [[JAA, '*', '*']] },
  // X asked Y who … — a question is speech, its addressee speaks not.
  { name: 'asked', expected: [[JAA, '*', '*']] },
];

export interface ArticleSet {
  lang: string;
  /** Articles by structure name: headline, a newline, then the body. */
  articles: Record<string, string[]>;
}

export const ARTICLE_SETS: ArticleSet[] = [
  {
    lang: 'en',
    articles: {
      quoteRun: [
        'Astana talks end with a call for calm\nThe 20th round of the Astana talks on Syria ended yesterday. "The talks were useful," said Alexander Lavrentiev, the Russian presidential envoy. "We agreed to meet again before the end of the year. Nobody left the table." The delegations flew home in the evening.',
        'Guarantors agree on prisoner swap\nThe 20th round of the Astana talks closed yesterday. "We have agreed on a new exchange of prisoners," Alexander Lavrentiev told reporters after the closing session. "The lists will be ready within a month." The talks lasted two days.',
      ],
      continued: [
        'Russia hopes for a new round by winter\nThe 20th round of the Astana talks ended yesterday. Alexander Lavrentiev said that the talks had been useful. "The guarantors will meet again before the winter," he added. The Russian envoy went on: "We do not see any other format for now." The next meeting may be held in Astana.',
        'Envoy sees progress in Astana\nThe 20th round of the Astana talks closed yesterday. Alexander Lavrentiev told reporters that the sides had agreed on a statement. He also said that the ceasefire was holding. The envoy added that the next round would be held in the autumn.',
      ],
      institution: [
        'Kazakhstan names the delegations\nThe Kazakh Foreign Ministry said on Wednesday that Alexander Lavrentiev and Geir Pedersen had attended the 20th round of the Astana talks. The ministry added that Bashar al-Jaafari had led the Syrian government delegation. The next round will be held in the autumn.',
        'Ministry confirms attendance\nThe Russian Foreign Ministry announced that Alexander Lavrentiev would head the delegation at the 20th round of the Astana talks. It said the talks would last two days. Geir Pedersen is expected to attend as well.',
      ],
      earlierRound: [
        'Astana round ends without a breakthrough\nThe 20th round of the Astana talks ended yesterday. At the 19th round in November, Alexander Lavrentiev said that the guarantors would keep the format. On Wednesday, Geir Pedersen said that the 20th round had been useful. The delegations left Astana in the evening.',
      ],
      beforeRound: [
        'Russia sets out its aims for Astana\nThe 20th round of the Astana talks opened on Tuesday. Ahead of the 20th round, Alexander Lavrentiev told reporters on Monday that the guarantors would discuss the prisoners. The talks ended yesterday.',
      ],
      heading: [
        'Lavrentiev: the guarantors will meet again in Astana\nAlexander Lavrentiev, the Russian presidential envoy, spoke to reporters after the 20th round of the Astana talks closed yesterday. The next round is planned for the autumn.',
      ],
      according: [
        'Astana talks close\nThe 20th round of the Astana talks ended yesterday. According to Alexander Lavrentiev, the 20th round was useful. According to the Kazakh Foreign Ministry, Geir Pedersen attended the talks as well.',
      ],
      coordinated: [
        'Astana talks end\nThe 20th round of the Astana talks ended yesterday. Alexander Lavrentiev and Bashar al-Jaafari said on Wednesday that the 20th round had been useful. The next round will be held in the autumn.',
      ],
      trailingSource: [
        'Delegations reach Astana\nThe 20th round of the Astana talks opens on Tuesday. Geir Pedersen, who leads the UN team, was among those who landed in Astana on Monday, a source close to the talks told the agency. The Turkish delegation arrived the same day.',
      ],
      surnameLater: [
        'Envoy meets the Turkish team\nThe 20th round of the Astana talks closed yesterday. Alexander Lavrentiev met the Turkish delegation in the morning. Later in the day Lavrentiev said that the talks had been useful. The delegations left in the evening.',
      ],
      otherBetween: [
        'Astana round closes\nThe 20th round of the Astana talks closed yesterday. Alexander Lavrentiev said that the talks had been useful. Geir Pedersen met the delegations of the guarantors in the afternoon. The Russian envoy added that the next round would be held in the autumn.',
      ],
      relativeSaid: [
        'UN envoy blames Damascus\nGeir Pedersen briefed the guarantors in Astana. The UN envoy has put the blame on the government delegation, which he said had refused to discuss the constitution.',
      ],
      relativeAfterOther: [
        'UN envoy blames Damascus\nThe 20th round of the Astana talks closed yesterday. Geir Pedersen met both delegations in the morning. "The meeting was good," Bashar al-Jaafari told reporters. The UN envoy has put the blame on the government delegation, which he said had refused to discuss the constitution.',
      ],
      reportedClause: [
        'Questions in Astana\nThe 20th round of the Astana talks opened on Tuesday. Diplomatic sources added that Bashar al-Jaafari, who heads the government delegation, had asked Geir Pedersen about the agenda.',
      ],
      asked: [
        'Damascus asks about the agenda\nThe 20th round of the Astana talks opened on Tuesday. Bashar al-Jaafari asked Geir Pedersen several times who the government delegation would be talking to.',
      ],
      ownVerbSourced: [
        'Damascus to attend the Astana talks\nBashar al-Jaafari has confirmed that his delegation will attend the 20th round of the Astana talks, according to a statement of the Syrian Foreign Ministry. The round opens on Tuesday.',
      ],
    },
  },
  {
    lang: 'ar',
    articles: {
      quoteRun: [
        'اختتام جولة أستانا بدعوة إلى التهدئة\nاختتمت أمس الجولة العشرون من محادثات أستانا بشأن سوريا. وقال المبعوث الروسي ألكسندر لافرنتييف: "كانت المحادثات مفيدة". "واتفقنا على الاجتماع مجددا قبل نهاية العام. ولم يغادر أحد الطاولة". وغادرت الوفود أستانا مساء.',
        'الضامنون يتفقون على تبادل الأسرى\nاختتمت أمس الجولة العشرون من محادثات أستانا. "اتفقنا على عملية تبادل جديدة للأسرى"، قال ألكسندر لافرنتييف للصحفيين عقب الجلسة الختامية. "وستكون القوائم جاهزة خلال شهر". واستمرت المحادثات يومين.',
      ],
      continued: [
        'روسيا تأمل بجولة جديدة قبل الشتاء\nاختتمت أمس الجولة العشرون من محادثات أستانا. وقال ألكسندر لافرنتييف إن المحادثات كانت مفيدة. وأضاف: "سيجتمع الضامنون مجددا قبل الشتاء". وتابع المبعوث الروسي: "لا نرى صيغة أخرى في الوقت الحالي". وقد يعقد الاجتماع المقبل في أستانا.',
        'المبعوث الروسي يرى تقدما في أستانا\nاختتمت أمس الجولة العشرون من محادثات أستانا. وأوضح ألكسندر لافرنتييف للصحفيين أن الأطراف اتفقت على بيان. وأكد أن وقف إطلاق النار صامد. وأشار المبعوث إلى أن الجولة المقبلة ستعقد في الخريف.',
      ],
      institution: [
        'كازاخستان تسمي الوفود\nقالت وزارة الخارجية الكازاخية يوم الأربعاء إن ألكسندر لافرنتييف وغير بيدرسن حضرا الجولة العشرين من محادثات أستانا. وأضافت الوزارة أن بشار الجعفري ترأس وفد الحكومة السورية. وستعقد الجولة المقبلة في الخريف.',
        'الخارجية تؤكد الحضور\nأعلنت وزارة الخارجية الروسية أن ألكسندر لافرنتييف سيرأس الوفد في الجولة العشرين من محادثات أستانا. وأوضحت أن المحادثات ستستمر يومين. ومن المتوقع أن يحضر غير بيدرسن أيضا.',
      ],
      earlierRound: [
        'جولة أستانا تنتهي دون اختراق\nاختتمت أمس الجولة العشرون من محادثات أستانا. وكان ألكسندر لافرنتييف قد قال في الجولة التاسعة عشرة في تشرين الثاني إن الضامنين سيحافظون على الصيغة. وقال غير بيدرسن يوم الأربعاء إن الجولة العشرين كانت مفيدة. وغادرت الوفود أستانا مساء.',
      ],
      beforeRound: [
        'روسيا تحدد أهدافها في أستانا\nانطلقت يوم الثلاثاء الجولة العشرون من محادثات أستانا. وقبيل الجولة العشرين، قال ألكسندر لافرنتييف للصحفيين يوم الاثنين إن الضامنين سيبحثون ملف الأسرى. واختتمت المحادثات أمس.',
      ],
      heading: [
        'لافرنتييف: الضامنون سيجتمعون مجددا في أستانا\nتحدث ألكسندر لافرنتييف، المبعوث الرئاسي الروسي، إلى الصحفيين بعد اختتام الجولة العشرين من محادثات أستانا أمس. ومن المقرر عقد الجولة المقبلة في الخريف.',
      ],
      according: [
        'اختتام محادثات أستانا\nاختتمت أمس الجولة العشرون من محادثات أستانا. وبحسب ألكسندر لافرنتييف، فإن الجولة العشرين كانت مفيدة. وبحسب وزارة الخارجية الكازاخية، حضر غير بيدرسن المحادثات أيضا.',
      ],
      coordinated: [
        'انتهاء محادثات أستانا\nاختتمت أمس الجولة العشرون من محادثات أستانا. وقال ألكسندر لافرنتييف وبشار الجعفري يوم الأربعاء إن الجولة العشرين كانت مفيدة. وستعقد الجولة المقبلة في الخريف.',
      ],
      trailingSource: [
        'الوفود تصل إلى أستانا\nتنطلق يوم الثلاثاء الجولة العشرون من محادثات أستانا. ووصل غير بيدرسن، الذي يقود فريق الأمم المتحدة، إلى أستانا يوم الاثنين، بحسب ما أفاد مصدر مطلع على المحادثات. ووصل الوفد التركي في اليوم نفسه.',
      ],
      surnameLater: [
        'المبعوث الروسي يلتقي الوفد التركي\nاختتمت أمس الجولة العشرون من محادثات أستانا. والتقى ألكسندر لافرنتييف الوفد التركي صباحا. وقال لافرنتييف في وقت لاحق إن المحادثات كانت مفيدة. وغادرت الوفود مساء.',
      ],
      otherBetween: [
        'اختتام جولة أستانا\nاختتمت أمس الجولة العشرون من محادثات أستانا. وقال ألكسندر لافرنتييف إن المحادثات كانت مفيدة. والتقى غير بيدرسن وفود الدول الضامنة بعد الظهر. وأضاف المبعوث الروسي أن الجولة المقبلة ستعقد في الخريف.',
      ],
      reportedClause: [
        'أسئلة في أستانا\nانطلقت يوم الثلاثاء الجولة العشرون من محادثات أستانا. وتابعت المصادر أن بشار الجعفري، رئيس وفد الحكومة، سأل غير بيدرسن مرارا عن جدول الأعمال.',
      ],
      asked: [
        'دمشق تسأل عن جدول الأعمال\nانطلقت يوم الثلاثاء الجولة العشرون من محادثات أستانا. وسأل بشار الجعفري غير بيدرسن مرارا عمن سيتحاور معهم الوفد الحكومي.',
      ],
      sourceBetween: [
        'هدنة صامدة\nاختتمت أمس الجولة العشرون من محادثات أستانا. وقال، بحسب وكالة "تاس"، المبعوث الروسي ألكسندر لافرنتييف إن وقف إطلاق النار صامد. ومن المقرر عقد الجولة المقبلة في الخريف.',
      ],
      ownVerbSourced: [
        'دمشق تشارك في محادثات أستانا\nأكد بشار الجعفري أن وفده سيحضر الجولة العشرين من محادثات أستانا، بحسب بيان لوزارة الخارجية السورية. وتنطلق الجولة يوم الثلاثاء.',
      ],
    },
  },
  {
    lang: 'ru',
    articles: {
      quoteRun: [
        'Переговоры в Астане завершились\nДвадцатый раунд переговоров в Астане завершился вчера. "Переговоры были полезными", - сказал Александр Лаврентьев. "Мы договорились встретиться снова до конца года. Никто не покинул стол переговоров". Делегации улетели вечером.',
      ],
      continued: [
        'Россия надеется на новый раунд\nДвадцатый раунд переговоров в Астане завершился вчера. Александр Лаврентьев заявил, что переговоры были полезными. "Гаранты встретятся снова до зимы", - добавил он. Российский спецпредставитель также отметил, что другой формат не рассматривается.',
      ],
      institution: [
        'Казахстан назвал делегации\nМИД Казахстана сообщил в среду, что Александр Лаврентьев и Гейр Педерсен приняли участие в двадцатом раунде переговоров в Астане. В министерстве добавили, что делегацию правительства Сирии возглавил Башар Джаафари.',
      ],
      earlierRound: [
        'Раунд в Астане завершился\nДвадцатый раунд переговоров в Астане завершился вчера. На девятнадцатом раунде в ноябре Александр Лаврентьев заявил, что гаранты сохранят формат. Гейр Педерсен в среду заявил, что двадцатый раунд был полезным.',
      ],
      according: [
        'Переговоры в Астане завершены\nДвадцатый раунд переговоров в Астане завершился вчера. По словам Александра Лаврентьева, двадцатый раунд был полезным. По данным МИД Казахстана, Гейр Педерсен также принял участие в переговорах.',
      ],
      sourceBetween: [
        'Перемирие соблюдается\nДвадцатый раунд переговоров в Астане завершился вчера. Перемирие соблюдается, подчеркнул, по данным ТАСС, спецпредставитель президента России Александр Лаврентьев.',
      ],
      coordinated: [
        'Переговоры завершены\nДвадцатый раунд переговоров в Астане завершился вчера. Александр Лаврентьев и Башар Джаафари в среду заявили, что двадцатый раунд был полезным.',
      ],
    },
  },
  {
    lang: 'tr',
    articles: {
      continued: [
        'Astana görüşmeleri sona erdi\nAstana görüşmelerinin 20. turu dün sona erdi. Aleksandr Lavrentyev görüşmelerin yararlı geçtiğini söyledi. Lavrentyev, garantör ülkelerin kış gelmeden yeniden toplanacağını da ekledi.',
      ],
      institution: [
        'Kazakistan heyetleri açıkladı\nKazakistan Dışişleri Bakanlığı, Aleksandr Lavrentyev ile Geir Pedersen’in Astana görüşmelerinin 20. turuna katıldığını açıkladı. Bakanlık, Suriye hükümeti heyetine Beşar Caferi’nin başkanlık ettiğini de bildirdi.',
      ],
      earlierRound: [
        'Astana turu tamamlandı\nAstana görüşmelerinin 20. turu dün sona erdi. Aleksandr Lavrentyev kasımdaki 19. turda garantörlerin formatı koruyacağını söylemişti. Geir Pedersen çarşamba günü 20. turun yararlı geçtiğini söyledi.',
      ],
      according: [
        'Astana görüşmeleri tamamlandı\nAstana görüşmelerinin 20. turu dün sona erdi. Aleksandr Lavrentyev’e göre 20. tur yararlı geçti. Kazakistan Dışişleri Bakanlığı’na göre Geir Pedersen de görüşmelere katıldı.',
      ],
    },
  },
  {
    lang: 'fr',
    articles: {
      quoteRun: [
        "Fin des pourparlers d'Astana\nLe 20e cycle des pourparlers d'Astana s'est achevé hier. « Les pourparlers ont été utiles », a déclaré Alexandre Lavrentiev. « Nous avons convenu de nous revoir avant la fin de l'année. Personne n'a quitté la table. » Les délégations sont reparties le soir.",
      ],
      continued: [
        "La Russie espère un nouveau cycle\nLe 20e cycle des pourparlers d'Astana s'est achevé hier. Alexandre Lavrentiev a déclaré que les pourparlers avaient été utiles. « Les garants se réuniront de nouveau avant l'hiver », a-t-il ajouté. L'envoyé russe a poursuivi : « Nous ne voyons pas d'autre format pour l'instant. »",
      ],
      institution: [
        "Le Kazakhstan nomme les délégations\nLe ministère kazakh des Affaires étrangères a annoncé mercredi qu'Alexandre Lavrentiev et Geir Pedersen avaient participé au 20e cycle des pourparlers d'Astana. Le ministère a ajouté que Bachar Al-Jaafari dirigeait la délégation du gouvernement syrien.",
      ],
      according: [
        "Fin des pourparlers\nLe 20e cycle des pourparlers d'Astana s'est achevé hier. Selon Alexandre Lavrentiev, le 20e cycle a été utile. Selon le ministère kazakh des Affaires étrangères, Geir Pedersen a également participé aux pourparlers.",
      ],
      coordinated: [
        "Fin des pourparlers d'Astana\nLe 20e cycle des pourparlers d'Astana s'est achevé hier. Alexandre Lavrentiev et Bachar Al-Jaafari ont déclaré mercredi que le 20e cycle avait été utile.",
      ],
    },
  },
  {
    lang: 'de',
    articles: {
      quoteRun: [
        'Astana-Gespräche beendet\nDie 20. Runde der Astana-Gespräche ist gestern zu Ende gegangen. „Die Gespräche waren nützlich“, sagte Alexander Lawrentjew. „Wir haben vereinbart, uns vor Jahresende wieder zu treffen. Niemand hat den Tisch verlassen.“ Die Delegationen reisten am Abend ab.',
      ],
      continued: [
        'Russland hofft auf neue Runde\nDie 20. Runde der Astana-Gespräche ist gestern zu Ende gegangen. Alexander Lawrentjew sagte, die Gespräche seien nützlich gewesen. „Die Garantiemächte treffen sich vor dem Winter wieder“, fügte er hinzu.',
      ],
      institution: [
        'Kasachstan nennt die Delegationen\nDas kasachische Außenministerium teilte am Mittwoch mit, dass Alexander Lawrentjew und Geir Pedersen an der 20. Runde der Astana-Gespräche teilgenommen hätten. Das Ministerium fügte hinzu, dass Bashar al-Jaafari die syrische Regierungsdelegation geleitet habe.',
      ],
      according: [
        'Gespräche beendet\nDie 20. Runde der Astana-Gespräche ist gestern zu Ende gegangen. Laut Alexander Lawrentjew war die 20. Runde nützlich. Nach Angaben des kasachischen Außenministeriums nahm auch Geir Pedersen an den Gesprächen teil.',
      ],
      sourceBetween: [
        'Gespräche in Astana\nDie 20. Runde der Astana-Gespräche ist gestern zu Ende gegangen. Die Waffenruhe halte, betonte nach Angaben der Agentur TASS der Sondergesandte des russischen Präsidenten, Alexander Lawrentjew. Die nächste Runde ist für den Herbst geplant.',
      ],
    },
  },
  {
    lang: 'fa',
    articles: {
      continued: [
        'پایان دور بیستم مذاکرات آستانه\nدور بیستم مذاکرات آستانه دیروز به پایان رسید. آلکساندر لاورنتیف گفت که مذاکرات مفید بود. وی افزود که کشورهای ضامن پیش از زمستان دوباره دیدار خواهند کرد.',
      ],
      institution: [
        'قزاقستان هیئت‌ها را اعلام کرد\nوزارت امور خارجه قزاقستان روز چهارشنبه اعلام کرد که آلکساندر لاورنتیف و گیر پدرسن در دور بیستم مذاکرات آستانه شرکت کردند.',
      ],
      according: [
        'پایان مذاکرات آستانه\nدور بیستم مذاکرات آستانه دیروز به پایان رسید. به گفته آلکساندر لاورنتیف، دور بیستم مفید بود.',
      ],
    },
  },
];
