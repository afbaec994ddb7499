// The parts of speech attribution in the 13 lexicon languages, for the coverage generator (speech.test.ts): speech
// verbs in their usual tenses, speaker forms (name, title + name, name + apposition, a person the gazetteer does not
// know), word orders (verb after / before the speaker, inverted after a quote), direct and indirect speech, source
// phrases ("according to X"), a speaker taken up again by a pronoun, a dropped subject or a title, and negative rows
// (a person named inside what is said, an institution, an unnamed official, a possessor, no speech at all).
// All sentences are invented. Published on Thursday 2023-06-22: yesterday is the 21st, Tuesday the 20th.

/** The publication day of every composed article. */
export const PUBLISHED = '2023-06-22';
const PUB = PUBLISHED;
const TUE = '2023-06-20';
const YDAY = '2023-06-21';

/** A speaker form and the person it names ('?': a person the gazetteer does not know, any new id). */
export type Speaker = [form: string, id: string];

export interface SpeechGrammar {
  lang: string;
  /** Speaker forms; a form may end with the comma that closes its apposition. */
  speakers: Speaker[];
  /** A speech verb and its complementizer with its own leading space or comma (', что', ' that', ''). */
  verbs: [verb: string, comp: string][];
  /** Verbs that introduce or close a direct quote. */
  quoteVerbs: string[];
  /** What is said, as the complement of a verb of the list (indirect speech). */
  content: string;
  /** What is said in quotation marks. */
  quote: string;
  /** Indirect frames ({S} speaker, {V} verb, {K} complementizer, {C} content) with the date expected. */
  frames: [template: string, date: string][];
  /** Direct frames ({S}, {Q} quote, {V} a quote verb) with the date expected. */
  direct: [template: string, date: string][];
  /** Source phrases ({S}, {C}); the speaker forms they take where the phrase governs a case. */
  sources: string[];
  sourceSpeakers?: Speaker[];
  /** Fixed phrasings of news writing ({S}; {C} content) with the date expected, for every speaker form. */
  phrasings?: [template: string, date: string][];
  /** A person named, then a later sentence speaking through a pronoun, a dropped subject or a title ({V}{K} {C}). */
  discourse: [template: string, id: string][];
  /** Rows with the persons expected to speak (published day), negative cues included. */
  negatives: [text: string, ids: string[]][];
}

const LAV = 'alexander-lavrentiev';
const PED = 'geir-pedersen';
const JAA = 'bashar-jaafari';

export const GRAMMARS: SpeechGrammar[] = [
  {
    lang: 'en',
    speakers: [
      ['Alexander Lavrentiev', LAV],
      ['Russian presidential envoy Alexander Lavrentiev', LAV],
      ['Geir Pedersen, the UN special envoy for Syria,', PED],
      ['Kazakh Deputy Foreign Minister Kairat Umarov', '?'],
      ['Bashar al-Jaafari, who heads the Syrian government delegation,', JAA],
    ],
    verbs: [
      ['said', ' that'],
      ['stated', ' that'],
      ['added', ' that'],
      ['pointed out', ' that'],
      ['stressed', ' that'],
      ['noted', ' that'],
      ['announced', ' that'],
      ['told reporters', ' that'],
      ['has said', ' that'],
      ['says', ' that'],
      ['emphasized', ' that'],
      ['explained', ' that'],
      ['confirmed', ''],
      ['said', ''],
    ],
    quoteVerbs: ['said', 'added', 'stressed', 'told reporters', 'says', 'noted'],
    content: 'the talks had been useful',
    quote: 'The talks were useful, and the next meeting will be held in Astana',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} {V} on Tuesday{K} {C}.', TUE],
      ['Speaking to reporters yesterday, {S} {V}{K} {C}.', YDAY],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}," {V} {S}.', PUB],
      ['{S} {V}: "{Q}."', PUB],
      ['"{Q}," {S} {V} on Tuesday.', TUE],
    ],
    sources: ['According to {S}, {C}.', 'The talks had been useful, according to {S}.'],
    phrasings: [
      ['{S} expressed hope that the next round would be held in Astana.', PUB],
      // An interview is dated by nothing but itself: no date (GUIDELINE rule 4, "if unsure").
      ['In an interview with TASS, {S} said the talks had been useful.', '-'],
      ['Speaking at a press conference on Tuesday, {S} stressed that the talks had been useful.', TUE],
      ['"The talks were useful," {S} told TASS.', PUB],
      ['{S} was quoted as saying that the talks had been useful.', PUB],
      ['For his part, {S} said the talks had been useful.', PUB],
      ['{S} said in a statement on Tuesday that the talks had been useful.', TUE],
    ],
    discourse: [
      ['Alexander Lavrentiev met the Turkish delegation in Astana. He {V}{K} {C}.', LAV],
      ['Alexander Lavrentiev met the Turkish delegation in Astana. The Russian envoy {V}{K} {C}.', LAV],
      ['Geir Pedersen met the delegations in Geneva. The UN envoy {V}{K} {C}.', PED],
      ['Alexander Lavrentiev said the talks went well and {V}{K} {C}.', LAV],
      ['Alexander Lavrentiev said the talks went well. He also {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['Alexander Lavrentiev said that Sergey Lavrov would come to Astana.', [LAV]],
      ['The Russian Foreign Ministry said that Alexander Lavrentiev would head the delegation.', []],
      ['A Russian official said that Alexander Lavrentiev would head the delegation.', []],
      ['An official told reporters Geir Pedersen would attend the talks.', []],
      ['Alexander Lavrentiev arrived in Astana on Monday.', []],
      ["Sergey Lavrov's spokeswoman said that the talks had been useful.", []],
      ['Geir Pedersen said: "We told Sergey Lavrov that the talks were useful."', [PED]],
      ['The agency quoted Alexander Lavrentiev as saying that the talks had been useful.', [LAV]],
      ['The talks had been useful, Interfax reported, citing Alexander Lavrentiev.', [LAV]],
      ['Citing Geir Pedersen, TASS reported that the talks had been useful.', [PED]],
      ['Citing diplomatic sources, TASS said Alexander Lavrentiev would head the delegation.', []],
      ['The talks with Alexander Lavrentiev were described as useful.', []],
    ],
  },
  {
    lang: 'ar',
    speakers: [
      ['ألكسندر لافرنتييف', LAV],
      ['المبعوث الخاص للرئيس الروسي إلى سوريا ألكسندر لافرنتييف', LAV],
      ['غير بيدرسن، المبعوث الأممي الخاص إلى سوريا،', PED],
      ['نائب وزير الخارجية الكازاخي كايرات عمروف', '?'],
      ['رئيس وفد الحكومة السورية بشار الجعفري', JAA],
    ],
    verbs: [
      ['قال', ' إن'],
      ['أكد', ' أن'],
      ['أوضح', ' أن'],
      ['أضاف', ' أن'],
      ['أشار', ' إلى أن'],
      ['لفت', ' إلى أن'],
      ['شدد', ' على أن'],
      ['صرح', ' بأن'],
      ['أعلن', ' أن'],
      ['اعتبر', ' أن'],
      ['ذكر', ' أن'],
      ['بين', ' أن'],
      ['رأى', ' أن'],
      ['نوه', ' إلى أن'],
    ],
    quoteVerbs: ['قال', 'أضاف', 'أكد', 'تابع', 'صرح'],
    content: 'المحادثات كانت مفيدة',
    quote: 'كانت المحادثات مفيدة وسيعقد الاجتماع المقبل في أستانا',
    frames: [
      ['و{V} {S}{K} {C}.', PUB],
      ['و{V} {S} أمس{K} {C}.', YDAY],
      ['و{V} {S} في تصريحات للصحفيين عقب الجلسة الختامية يوم الثلاثاء{K} {C}.', TUE],
      ['{S} {V}{K} {C}.', PUB],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['و{V} {S}: "{Q}".', PUB],
      ['"{Q}"، {V} {S}.', PUB],
      ['و{V} {S} يوم الثلاثاء: "{Q}".', TUE],
    ],
    sources: ['وبحسب {S}، فإن {C}.', 'ونقلت وكالة "سبوتنيك" عن {S} قوله إن {C}.', 'وعلى حد قول {S} فإن {C}.'],
    phrasings: [
      ['وأعرب {S} عن أمله في أن تعقد الجولة المقبلة في أستانا.', PUB],
      ['وفي تصريح لوكالة "سبوتنيك"، قال {S} إن المحادثات كانت مفيدة.', '-'],
      ['ويقول {S} إن المحادثات كانت مفيدة.', PUB],
      ['وصرح {S} للصحفيين بأن المحادثات كانت مفيدة.', PUB],
      ['من جهته، قال {S} إن المحادثات كانت مفيدة.', PUB],
      ['وفي كلمة له خلال الجلسة يوم الثلاثاء، أكد {S} أن المحادثات كانت مفيدة.', TUE],
      ['وختم {S} بالقول إن المحادثات كانت مفيدة.', PUB],
      ['ونقل بيان عن {S} قوله إن المحادثات كانت مفيدة.', PUB],
      ['وأعلن {S} في مؤتمر صحفي عقده أمس أن المحادثات كانت مفيدة.', YDAY],
    ],
    discourse: [
      ['والتقى ألكسندر لافرنتييف الوفد التركي في أستانا. و{V}{K} {C}.', LAV],
      ['والتقى ألكسندر لافرنتييف الوفد التركي في أستانا. و{V} المبعوث الروسي{K} {C}.', LAV],
      ['والتقى غير بيدرسن الوفود في جنيف. و{V} المبعوث الأممي{K} {C}.', PED],
      ['وقال ألكسندر لافرنتييف إن المحادثات جرت بشكل جيد، و{V}{K} {C}.', LAV],
      ['وقال ألكسندر لافرنتييف إن المحادثات جرت بشكل جيد. و{V}{K} {C}.', LAV],
    ],
    negatives: [
      ['وقال ألكسندر لافرنتييف إن سيرغي لافروف سيصل إلى أستانا.', [LAV]],
      ['وقالت وزارة الخارجية الروسية إن ألكسندر لافرنتييف سيرأس الوفد.', []],
      ['وقال مسؤول روسي إن ألكسندر لافرنتييف سيرأس الوفد.', []],
      ['ووصل ألكسندر لافرنتييف إلى أستانا يوم الاثنين.', []],
      ['وقالت المتحدثة باسم سيرغي لافروف إن المحادثات كانت مفيدة.', []],
      ['وقال غير بيدرسن: "أبلغنا سيرغي لافروف أن المحادثات كانت مفيدة".', [PED]],
      ['وذكرت وكالة سبوتنيك، نقلا عن ألكسندر لافرنتييف، أن المحادثات كانت مفيدة.', [LAV]],
      ['وذكرت وكالة سبوتنيك، نقلا عن مصادر دبلوماسية، أن ألكسندر لافرنتييف سيرأس الوفد.', []],
      ['وقال عضو في وفد المعارضة إن غير بيدرسن سيلتقي وفد المجتمع المدني.', []],
      ['وقال أحد أعضاء اللجنة إن ألكسندر لافرنتييف سيرأس الوفد.', []],
      ['وأشادت الوفود بجهود ألكسندر لافرنتييف في المحادثات.', []],
      ['وقالت وزارة الخارجية الروسية إن ألكسندر لافرنتييف سيرأس الوفد. وأضافت أن المحادثات كانت مفيدة.', []],
      ['وقالت المتحدثة باسم سيرغي لافروف إن المحادثات كانت مفيدة. وأضافت أن الجولة المقبلة ستعقد في تموز.', []],
    ],
  },
  {
    lang: 'ru',
    speakers: [
      ['Александр Лаврентьев', LAV],
      ['спецпредставитель президента России по Сирии Александр Лаврентьев', LAV],
      ['Гейр Педерсен, спецпосланник ООН по Сирии,', PED],
      ['заместитель министра иностранных дел Казахстана Кайрат Умаров', '?'],
      ['Башар Джаафари', JAA],
    ],
    verbs: [
      ['заявил', ', что'],
      ['сказал', ', что'],
      ['отметил', ', что'],
      ['подчеркнул', ', что'],
      ['добавил', ', что'],
      ['сообщил', ', что'],
      ['указал', ', что'],
      ['пояснил', ', что'],
      ['заявляет', ', что'],
      ['говорит', ', что'],
      ['напомнил', ', что'],
      ['констатировал', ', что'],
    ],
    quoteVerbs: ['заявил', 'сказал', 'отметил', 'добавил', 'подчеркнул'],
    content: 'переговоры были полезными',
    quote: 'Переговоры были полезными, следующая встреча пройдет в Астане',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} во вторник {V}{K} {C}.', TUE],
      ['{S} {V} вчера{K} {C}.', YDAY],
      ['Как {V} {S}, {C}.', PUB],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", - {V} {S}.', PUB],
      ['{S} {V}: "{Q}".', PUB],
    ],
    sources: ['По словам {S}, {C}.', 'По мнению {S}, {C}.'],
    sourceSpeakers: [
      ['Александра Лаврентьева', LAV],
      ['Гейра Педерсена', PED],
    ],
    discourse: [
      ['Александр Лаврентьев встретился с турецкой делегацией в Астане. Он {V}{K} {C}.', LAV],
      ['Александр Лаврентьев встретился с турецкой делегацией в Астане. Российский спецпредставитель {V}{K} {C}.', LAV],
      ['Гейр Педерсен встретился с делегациями в Женеве. Спецпосланник ООН {V}{K} {C}.', PED],
      ['Александр Лаврентьев сказал, что переговоры прошли хорошо, и {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['Александр Лаврентьев заявил, что Сергей Лавров приедет в Астану.', [LAV]],
      ['МИД России сообщил, что Александр Лаврентьев возглавит делегацию.', []],
      ['Источник в российской делегации сообщил, что Александр Лаврентьев возглавит делегацию.', []],
      ['Александр Лаврентьев прибыл в Астану в понедельник.', []],
      ['Пресс-секретарь Сергея Лаврова заявила, что переговоры были полезными.', []],
      ['Гейр Педерсен заявил: "Мы сообщили Сергею Лаврову, что переговоры были полезными".', [PED]],
      // A citing word names its speaker whoever relays it ("цитирует ТАСС X", "со ссылкой на X").
      ['"Переговоры были полезными", - цитирует ТАСС Александра Лаврентьева.', [LAV]],
      ['Переговоры прошли конструктивно, передает ТАСС со ссылкой на Александра Лаврентьева.', [LAV]],
      ['ТАСС со ссылкой на Гейра Педерсена сообщает, что переговоры были полезными.', [PED]],
      ['ТАСС со ссылкой на источник сообщает, что Александр Лаврентьев возглавит делегацию.', []],
    ],
  },
  {
    lang: 'uk',
    speakers: [
      ['Олександр Лаврентьєв', LAV],
      ['спецпредставник президента Росії з питань Сирії Олександр Лаврентьєв', LAV],
      ['Гейр Педерсен, спецпосланець ООН із Сирії,', PED],
      ['заступник міністра закордонних справ Казахстану Кайрат Умаров', '?'],
      ['Башар Джаафарі', JAA],
    ],
    verbs: [
      ['заявив', ', що'],
      ['сказав', ', що'],
      ['зазначив', ', що'],
      ['підкреслив', ', що'],
      ['наголосив', ', що'],
      ['додав', ', що'],
      ['повідомив', ', що'],
      ['пояснив', ', що'],
      ['заявляє', ', що'],
      ['нагадав', ', що'],
    ],
    quoteVerbs: ['заявив', 'сказав', 'зазначив', 'додав'],
    content: 'переговори були корисними',
    quote: 'Переговори були корисними, наступна зустріч відбудеться в Астані',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} у вівторок {V}{K} {C}.', TUE],
      ['{S} {V} вчора{K} {C}.', YDAY],
      ['Як {V} {S}, {C}.', PUB],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", - {V} {S}.', PUB],
      ['{S} {V}: "{Q}".', PUB],
    ],
    sources: ['За словами {S}, {C}.'],
    sourceSpeakers: [
      ['Олександра Лаврентьєва', LAV],
      ['Гейра Педерсена', PED],
    ],
    discourse: [
      ['Олександр Лаврентьєв зустрівся з турецькою делегацією в Астані. Він {V}{K} {C}.', LAV],
      ['Олександр Лаврентьєв зустрівся з турецькою делегацією в Астані. Російський спецпредставник {V}{K} {C}.', LAV],
      ['Олександр Лаврентьєв сказав, що переговори пройшли добре, і {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['Олександр Лаврентьєв заявив, що Сергій Лавров приїде до Астани.', [LAV]],
      ['МЗС Росії повідомило, що Олександр Лаврентьєв очолить делегацію.', []],
      ['Олександр Лаврентьєв прибув до Астани в понеділок.', []],
      ['Речниця Сергія Лаврова заявила, що переговори були корисними.', []],
    ],
  },
  {
    lang: 'kk',
    speakers: [
      ['Александр Лаврентьев', LAV],
      ['Ресей президентінің Сирия жөніндегі арнайы өкілі Александр Лаврентьев', LAV],
      ['Гейр Педерсен', PED],
      ['Қазақстан Сыртқы істер министрінің орынбасары Қайрат Умаров', '?'],
    ],
    verbs: [
      ['айтты', ''],
      ['атап өтті', ''],
      ['мәлімдеді', ''],
      ['хабарлады', ''],
      ['жеткізді', ''],
      ['атап көрсетті', ''],
      ['мәлім етті', ''],
      ['түсіндірді', ''],
    ],
    quoteVerbs: ['деді', 'айтты', 'атап өтті'],
    content: 'келіссөздердің пайдалы өткенін',
    quote: 'Келіссөздер пайдалы өтті, келесі кездесу Астанада өтеді',
    frames: [
      ['{S} {C} {V}.', PUB],
      ['{S} сейсенбі күні {C} {V}.', TUE],
      ['{S} кеше {C} {V}.', YDAY],
      ['{S} келіссөздер пайдалы өтті деп {V}.', PUB],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", - {V} {S}.', PUB],
      ['{S}: "{Q}", - деді.', PUB],
    ],
    sources: ['{S} сөзінше, келіссөздер пайдалы өтті.'],
    sourceSpeakers: [
      ['Александр Лаврентьевтің', LAV],
      ['Гейр Педерсеннің', PED],
    ],
    discourse: [
      ['Александр Лаврентьев Астанада түрік делегациясымен кездесті. Ол {C} {V}.', LAV],
      ['Александр Лаврентьев Астанада түрік делегациясымен кездесті. Ресей өкілі {C} {V}.', LAV],
    ],
    negatives: [
      ['Александр Лаврентьев Сергей Лавровтың Астанаға келетінін айтты.', [LAV]],
      ['Ресей СІМ Александр Лаврентьевтің делегацияны басқаратынын хабарлады.', []],
      ['Александр Лаврентьев дүйсенбі күні Астанаға келді.', []],
    ],
  },
  {
    lang: 'tr',
    speakers: [
      ['Aleksandr Lavrentyev', LAV],
      ['Rusya Devlet Başkanı Suriye Özel Temsilcisi Aleksandr Lavrentyev', LAV],
      ['BM Suriye Özel Temsilcisi Geir Pedersen', PED],
      ['Kazakistan Dışişleri Bakan Yardımcısı Kayrat Umarov', '?'],
      ['Beşar Caferi', JAA],
    ],
    verbs: [
      ['söyledi', ''],
      ['belirtti', ''],
      ['ifade etti', ''],
      ['vurguladı', ''],
      ['kaydetti', ''],
      ['açıkladı', ''],
      ['bildirdi', ''],
      ['dile getirdi', ''],
      ['aktardı', ''],
      ['ekledi', ''],
    ],
    quoteVerbs: ['dedi', 'ifadesini kullandı'],
    content: 'görüşmelerin yararlı geçtiğini',
    quote: 'Görüşmeler yararlı geçti, bir sonraki toplantı Astana’da yapılacak',
    frames: [
      ['{S}, {C} {V}.', PUB],
      ['{S} {C} {V}.', PUB],
      ['{S} dün yaptığı açıklamada {C} {V}.', YDAY],
      ['{S} salı günü gazetecilere {C} {V}.', TUE],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['{S}, "{Q}" {V}.', PUB],
    ],
    sources: ['{S}’e göre görüşmeler yararlı geçti.'],
    phrasings: [
      ['{S} görüşmelerin yararlı geçtiğine dikkat çekti.', PUB],
      ['{S} dün tarafları diyaloğa çağırdı.', YDAY],
    ],
    sourceSpeakers: [
      ['Lavrentyev', LAV],
      ['Geir Pedersen', PED],
    ],
    discourse: [
      ['Aleksandr Lavrentyev Astana’da Türk heyetiyle görüştü. {C} {V}.', LAV],
      ['Aleksandr Lavrentyev Astana’da Türk heyetiyle görüştü. Rus temsilci, {C} {V}.', LAV],
      ['Aleksandr Lavrentyev görüşmelerin iyi geçtiğini söyledi ve {C} {V}.', LAV],
    ],
    negatives: [
      ['Aleksandr Lavrentyev, Sergey Lavrov’un Astana’ya geleceğini söyledi.', [LAV]],
      ['Rusya Dışişleri Bakanlığı, Aleksandr Lavrentyev’in heyete başkanlık edeceğini açıkladı.', []],
      ['Bir Rus yetkili, Aleksandr Lavrentyev’in heyete başkanlık edeceğini söyledi.', []],
      ['Aleksandr Lavrentyev pazartesi günü Astana’ya geldi.', []],
      ['Sergey Lavrov’un sözcüsü, görüşmelerin yararlı geçtiğini söyledi.', []],
      // A citing postposition follows the person it cites, whoever relays.
      ['Anadolu Ajansı, Aleksandr Lavrentyev’e atfen görüşmelerin yararlı geçtiğini bildirdi.', [LAV]],
      [
        'Rusya Dışişleri Bakanlığı, Aleksandr Lavrentyev’in heyete başkanlık edeceğini açıkladı. Görüşmelerin yararlı geçtiğini bildirdi.',
        [],
      ],
      ['Astana’daki görüşmeler dün sona erdi. Görüşmelerin yararlı geçtiğini bildirdi.', []],
    ],
  },
  {
    lang: 'fa',
    speakers: [
      ['آلکساندر لاورنتیف', LAV],
      ['آلکساندر لاورنتیف، نماینده ویژه رئیس‌جمهور روسیه در امور سوریه،', LAV],
      ['گیر پدرسن، فرستاده ویژه سازمان ملل در امور سوریه،', PED],
      ['بشار جعفری، رئیس هیئت دولت سوریه،', JAA],
    ],
    verbs: [
      ['گفت', ' که'],
      ['اظهار داشت', ' که'],
      ['تاکید کرد', ' که'],
      ['اعلام کرد', ' که'],
      ['افزود', ' که'],
      ['خاطرنشان کرد', ' که'],
      ['تصریح کرد', ' که'],
      ['یادآور شد', ' که'],
      ['می‌گوید', ' که'],
      ['گفت', ''],
    ],
    quoteVerbs: ['گفت', 'افزود'],
    content: 'مذاکرات مفید بود',
    quote: 'مذاکرات مفید بود و نشست بعدی در آستانه برگزار می‌شود',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} روز سه‌شنبه {V}{K} {C}.', TUE],
      ['{S} دیروز {V}{K} {C}.', YDAY],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['{S} {V}: "{Q}".', PUB],
    ],
    sources: ['به گفته {S}، {C}.'],
    phrasings: [
      // A source phrase opening the sentence ("به گزارش ایرنا،") is no subject of the verb-final clause after it.
      ['به گزارش ایرنا، {S} گفت که مذاکرات مفید بود.', PUB],
      ['به نوشته خبرگزاری تسنیم، {S} روز سه‌شنبه مذاکرات را مفید دانست.', TUE],
      ['{S} از مفید بودن مذاکرات خبر داد.', PUB],
      ['{S} مذاکرات را مفید ارزیابی کرد.', PUB],
    ],
    discourse: [
      ['آلکساندر لاورنتیف در آستانه با هیئت ترکیه دیدار کرد. وی {V}{K} {C}.', LAV],
      ['آلکساندر لاورنتیف در آستانه با هیئت ترکیه دیدار کرد. او {V}{K} {C}.', LAV],
      ['آلکساندر لاورنتیف در آستانه با هیئت ترکیه دیدار کرد. نماینده روسیه {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['آلکساندر لاورنتیف گفت که سرگئی لاوروف به آستانه خواهد آمد.', [LAV]],
      ['وزارت امور خارجه روسیه اعلام کرد که آلکساندر لاورنتیف ریاست هیئت را بر عهده دارد.', []],
      ['یک مقام روسی گفت که آلکساندر لاورنتیف ریاست هیئت را بر عهده دارد.', []],
      ['به گزارش ایرنا، وزارت امور خارجه روسیه اعلام کرد که آلکساندر لاورنتیف ریاست هیئت را بر عهده دارد.', []],
      ['ایرنا، به نقل از منابع آگاه، گزارش داد که آلکساندر لاورنتیف ریاست هیئت را بر عهده دارد.', []],
      ['آلکساندر لاورنتیف روز دوشنبه وارد آستانه شد.', []],
    ],
  },
  {
    lang: 'fr',
    speakers: [
      ['Alexandre Lavrentiev', LAV],
      ["l'envoyé spécial russe pour la Syrie Alexandre Lavrentiev", LAV],
      ["Geir Pedersen, l'envoyé spécial de l'ONU pour la Syrie,", PED],
      ['le vice-ministre kazakh des Affaires étrangères Kaïrat Oumarov', '?'],
      ['Bachar Al-Jaafari', JAA],
    ],
    verbs: [
      ['a déclaré', ' que'],
      ['a dit', ' que'],
      ['a affirmé', ' que'],
      ['a souligné', ' que'],
      ['a ajouté', ' que'],
      ['a indiqué', ' que'],
      ['a annoncé', ' que'],
      ['a précisé', ' que'],
      ['a estimé', ' que'],
      ['déclare', ' que'],
      ['a expliqué', ' que'],
      ['a assuré', ' que'],
    ],
    quoteVerbs: ['a déclaré', 'a dit', 'a ajouté', 'a souligné', 'déclare'],
    content: 'les discussions avaient été utiles',
    quote: 'Les discussions ont été utiles, la prochaine réunion aura lieu à Astana',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} {V} mardi{K} {C}.', TUE],
      ['{S} {V} hier{K} {C}.', YDAY],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", {V} {S}.', PUB],
      ['{S} {V} : "{Q}".', PUB],
    ],
    sources: ['Selon {S}, {C}.', "D'après {S}, {C}."],
    phrasings: [
      ["{S} s'est dit satisfait des discussions.", PUB],
      ["Les discussions ont été utiles, a rapporté mardi l'agence TASS citant {S}.", TUE],
    ],
    discourse: [
      ['Alexandre Lavrentiev a rencontré la délégation turque à Astana. Il {V}{K} {C}.', LAV],
      ["Alexandre Lavrentiev a rencontré la délégation turque à Astana. L'émissaire russe {V}{K} {C}.", LAV],
      ['Alexandre Lavrentiev a dit que les discussions se sont bien passées et {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['Alexandre Lavrentiev a déclaré que Sergueï Lavrov viendra à Astana.', [LAV]],
      ['Le ministère russe des Affaires étrangères a annoncé que Alexandre Lavrentiev dirigera la délégation.', []],
      ['Un responsable russe a déclaré que Alexandre Lavrentiev dirigera la délégation.', []],
      ['Alexandre Lavrentiev est arrivé lundi à Astana.', []],
      ['La porte-parole de Sergueï Lavrov a déclaré que les discussions avaient été utiles.', []],
      ['Geir Pedersen a déclaré : "Nous avons dit à Sergueï Lavrov que les discussions étaient utiles."', [PED]],
    ],
  },
  {
    lang: 'de',
    speakers: [
      ['Alexander Lawrentjew', LAV],
      ['der russische Sondergesandte Alexander Lawrentjew', LAV],
      ['Geir Pedersen, der UN-Sondergesandte für Syrien,', PED],
      ['der kasachische Vizeaußenminister Kairat Umarow', '?'],
      ['Bashar al-Jaafari', JAA],
    ],
    verbs: [
      ['sagte', ', dass'],
      ['erklärte', ', dass'],
      ['betonte', ', dass'],
      ['unterstrich', ', dass'],
      ['bekräftigte', ', dass'],
      ['bestätigte', ', dass'],
      ['versicherte', ', dass'],
      ['sagt', ', dass'],
      ['meinte', ', dass'],
      ['sagte', ','],
    ],
    quoteVerbs: ['sagte', 'erklärte', 'betonte', 'sagt'],
    content: 'die Gespräche nützlich gewesen seien',
    quote: 'Die Gespräche waren nützlich, das nächste Treffen findet in Astana statt',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} {V} am Dienstag{K} {C}.', TUE],
      ['{S} {V} gestern{K} {C}.', YDAY],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", {V} {S}.', PUB],
      ['{S} {V}: "{Q}".', PUB],
    ],
    sources: ['Laut {S} waren die Gespräche nützlich.', 'Nach Angaben von {S} waren die Gespräche nützlich.'],
    phrasings: [
      // Verb second: a phrase before the finite verb may be a complement, the subject right after the verb.
      ['Gegenüber der Agentur TASS sagte {S}, die Gespräche seien nützlich gewesen.', PUB],
      ['Der Nachrichtenagentur dpa erklärte {S} am Dienstag, die Gespräche seien nützlich gewesen.', TUE],
      // A source phrase between an inverted verb and its subject.
      ['Die Gewalt sei zurückgegangen, betonte nach Angaben der Agentur TASS {S}.', PUB],
      ['Wie {S} mitteilte, seien die Gespräche nützlich gewesen.', PUB],
      ['Das nächste Treffen solle im Juli stattfinden, teilte {S} mit.', PUB],
      ['Die Gespräche seien nützlich gewesen, zitierte die Agentur TASS {S}.', PUB],
    ],
    discourse: [
      ['Alexander Lawrentjew traf die türkische Delegation in Astana. Er {V}{K} {C}.', LAV],
      ['Alexander Lawrentjew traf die türkische Delegation in Astana. Der russische Gesandte {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['Alexander Lawrentjew sagte, dass Sergei Lawrow nach Astana kommen werde.', [LAV]],
      ['Das russische Außenministerium erklärte, dass Alexander Lawrentjew die Delegation leiten werde.', []],
      ['Ein russischer Diplomat sagte, dass Alexander Lawrentjew die Delegation leiten werde.', []],
      ['Alexander Lawrentjew traf am Montag in Astana ein.', []],
      ['Die Sprecherin von Sergei Lawrow sagte, dass die Gespräche nützlich gewesen seien.', []],
      ['Alexander Lawrentjew zufolge waren die Gespräche nützlich.', [LAV]],
      ['Der Agentur TASS zufolge wird Alexander Lawrentjew die Delegation leiten.', []],
      ['Gegenüber der Agentur TASS bestätigte das Außenministerium, dass Alexander Lawrentjew kommen werde.', []],
    ],
  },
  {
    lang: 'es',
    speakers: [
      ['Alexandr Lavréntiev', LAV],
      ['el enviado especial ruso para Siria Alexandr Lavréntiev', LAV],
      ['Geir Pedersen, enviado especial de la ONU para Siria,', PED],
      ['el viceministro kazajo de Exteriores Kairat Umarov', '?'],
      ['Bashar al-Jaafari', JAA],
    ],
    verbs: [
      ['dijo', ' que'],
      ['afirmó', ' que'],
      ['declaró', ' que'],
      ['señaló', ' que'],
      ['subrayó', ' que'],
      ['añadió', ' que'],
      ['indicó', ' que'],
      ['aseguró', ' que'],
      ['explicó', ' que'],
      ['destacó', ' que'],
      ['ha dicho', ' que'],
      ['dice', ' que'],
    ],
    quoteVerbs: ['dijo', 'afirmó', 'declaró', 'añadió', 'señaló'],
    content: 'las conversaciones habían sido útiles',
    quote: 'Las conversaciones fueron útiles, la próxima reunión será en Astaná',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} {V} el martes{K} {C}.', TUE],
      ['{S} {V} ayer{K} {C}.', YDAY],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", {V} {S}.', PUB],
      ['{S} {V}: "{Q}".', PUB],
    ],
    sources: ['Según {S}, {C}.', 'De acuerdo con {S}, {C}.'],
    discourse: [
      ['Alexandr Lavréntiev se reunió con la delegación turca en Astaná. {V}{K} {C}.', LAV],
      ['Alexandr Lavréntiev se reunió con la delegación turca en Astaná. El enviado ruso {V}{K} {C}.', LAV],
      ['Alexandr Lavréntiev dijo que las conversaciones fueron bien y {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['Alexandr Lavréntiev dijo que Serguéi Lavrov vendrá a Astaná.', [LAV]],
      ['El Ministerio de Exteriores ruso anunció que Alexandr Lavréntiev encabezará la delegación.', []],
      ['Un funcionario ruso dijo que Alexandr Lavréntiev encabezará la delegación.', []],
      ['Alexandr Lavréntiev llegó el lunes a Astaná.', []],
      ['La portavoz de Serguéi Lavrov dijo que las conversaciones habían sido útiles.', []],
      ['La portavoz de Serguéi Lavrov se reunió con la prensa. Dijo que las conversaciones habían sido útiles.', []],
      [
        'El ministerio anunció que Alexandr Lavréntiev encabezará la delegación. Añadió que las conversaciones habían sido útiles.',
        [],
      ],
    ],
  },
  {
    lang: 'it',
    speakers: [
      ['Alexander Lavrentiev', LAV],
      ["l'inviato speciale russo per la Siria Alexander Lavrentiev", LAV],
      ["Geir Pedersen, inviato speciale dell'ONU per la Siria,", PED],
      ['il viceministro degli Esteri kazako Kairat Umarov', '?'],
      ['Bashar al-Jaafari', JAA],
    ],
    verbs: [
      ['ha detto', ' che'],
      ['ha dichiarato', ' che'],
      ['ha affermato', ' che'],
      ['ha sottolineato', ' che'],
      ['ha aggiunto', ' che'],
      ['ha spiegato', ' che'],
      ['ha annunciato', ' che'],
      ['ha precisato', ' che'],
      ['dichiara', ' che'],
      ['ha ribadito', ' che'],
      ['ha evidenziato', ' che'],
    ],
    quoteVerbs: ['ha detto', 'ha dichiarato', 'ha aggiunto', 'ha sottolineato'],
    content: 'i colloqui erano stati utili',
    quote: 'I colloqui sono stati utili, il prossimo incontro si terrà ad Astana',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} {V} martedì{K} {C}.', TUE],
      ['{S} {V} ieri{K} {C}.', YDAY],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", {V} {S}.', PUB],
      ['{S} {V}: "{Q}".', PUB],
    ],
    sources: ['Secondo {S}, {C}.'],
    discourse: [
      ['Alexander Lavrentiev ha incontrato la delegazione turca ad Astana. {V}{K} {C}.', LAV],
      ["Alexander Lavrentiev ha incontrato la delegazione turca ad Astana. L'inviato russo {V}{K} {C}.", LAV],
      ['Alexander Lavrentiev ha detto che i colloqui sono andati bene e {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['Alexander Lavrentiev ha detto che Sergei Lavrov verrà ad Astana.', [LAV]],
      ['Il ministero degli Esteri russo ha annunciato che Alexander Lavrentiev guiderà la delegazione.', []],
      ['Un funzionario russo ha detto che Alexander Lavrentiev guiderà la delegazione.', []],
      ['Alexander Lavrentiev è arrivato lunedì ad Astana.', []],
      ['La portavoce di Sergei Lavrov ha detto che i colloqui erano stati utili.', []],
      ['La portavoce di Sergei Lavrov ha incontrato la stampa. Ha detto che i colloqui erano stati utili.', []],
    ],
  },
  {
    lang: 'pt',
    speakers: [
      ['Aleksandr Lavrentiev', LAV],
      ['o enviado especial russo para a Síria Aleksandr Lavrentiev', LAV],
      ['Geir Pedersen, enviado especial da ONU para a Síria,', PED],
      ['o vice-ministro cazaque das Relações Exteriores Kairat Umarov', '?'],
      ['Bashar al-Jaafari', JAA],
    ],
    verbs: [
      ['disse', ' que'],
      ['afirmou', ' que'],
      ['declarou', ' que'],
      ['sublinhou', ' que'],
      ['acrescentou', ' que'],
      ['destacou', ' que'],
      ['explicou', ' que'],
      ['anunciou', ' que'],
      ['garantiu', ' que'],
      ['salientou', ' que'],
      ['ressaltou', ' que'],
      ['diz', ' que'],
    ],
    quoteVerbs: ['disse', 'afirmou', 'declarou', 'acrescentou'],
    content: 'as conversações tinham sido úteis',
    quote: 'As conversações foram úteis, a próxima reunião será em Astana',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} {V} na terça-feira{K} {C}.', TUE],
      ['{S} {V} ontem{K} {C}.', YDAY],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", {V} {S}.', PUB],
      ['{S} {V}: "{Q}".', PUB],
    ],
    sources: ['Segundo {S}, {C}.', 'De acordo com {S}, {C}.'],
    discourse: [
      ['Aleksandr Lavrentiev reuniu-se com a delegação turca em Astana. {V}{K} {C}.', LAV],
      ['Aleksandr Lavrentiev reuniu-se com a delegação turca em Astana. O enviado russo {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['Aleksandr Lavrentiev disse que Sergei Lavrov virá a Astana.', [LAV]],
      ['O Ministério das Relações Exteriores da Rússia anunciou que Aleksandr Lavrentiev chefiará a delegação.', []],
      ['Um funcionário russo disse que Aleksandr Lavrentiev chefiará a delegação.', []],
      [
        'O ministério anunciou que Aleksandr Lavrentiev chefiará a delegação. Acrescentou que as conversações tinham sido úteis.',
        [],
      ],
      ['Aleksandr Lavrentiev chegou na segunda-feira a Astana.', []],
    ],
  },
  {
    lang: 'he',
    speakers: [
      ['אלכסנדר לברנטייב', LAV],
      ['שליח נשיא רוסיה לסוריה אלכסנדר לברנטייב', LAV],
      ['גייר פדרסן, השליח המיוחד של האו״ם לסוריה,', PED],
    ],
    verbs: [
      ['אמר', ' כי'],
      ['הצהיר', ' כי'],
      ['הדגיש', ' כי'],
      ['הוסיף', ' כי'],
      ['ציין', ' כי'],
      ['הודיע', ' כי'],
      ['הבהיר', ' כי'],
      ['מסר', ' כי'],
      ['טען', ' כי'],
      ['אומר', ' כי'],
    ],
    quoteVerbs: ['אמר', 'הוסיף', 'הדגיש'],
    content: 'השיחות היו מועילות',
    quote: 'השיחות היו מועילות והפגישה הבאה תתקיים באסטנה',
    frames: [
      ['{S} {V}{K} {C}.', PUB],
      ['{S} {V} ביום שלישי{K} {C}.', TUE],
      ['{S} {V} אתמול{K} {C}.', YDAY],
    ],
    direct: [
      ['{S}: "{Q}"', PUB],
      ['"{Q}", {V} {S}.', PUB],
      ['{S} {V}: "{Q}".', PUB],
    ],
    sources: ['לדברי {S}, {C}.', 'לפי {S}, {C}.'],
    discourse: [
      ['אלכסנדר לברנטייב נפגש עם המשלחת הטורקית באסטנה. הוא {V}{K} {C}.', LAV],
      ['אלכסנדר לברנטייב נפגש עם המשלחת הטורקית באסטנה. השליח הרוסי {V}{K} {C}.', LAV],
    ],
    negatives: [
      ['משרד החוץ הרוסי הודיע כי אלכסנדר לברנטייב יעמוד בראש המשלחת.', []],
      ['גורם רוסי אמר כי אלכסנדר לברנטייב יעמוד בראש המשלחת.', []],
      ['אלכסנדר לברנטייב הגיע לאסטנה ביום שני.', []],
    ],
  },
];
