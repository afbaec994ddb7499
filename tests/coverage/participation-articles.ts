// The participation coverage generator at the level of articles: short invented articles (a headline and 3–6
// sentences) composed from each language's parts, varying how news spreads who took part over the article — a
// participant list split over two paragraphs with background between, states named first in a general sentence and
// recalled later by "the three guarantors", "the observers" or a capital, states as subjects of an outcome, a state
// named only as the country of the host city, an organization inside a title, a general description of the format,
// invitations and absences, and a current round's participants next to a planned round's. Each article lists the
// (round, actor, role) facts it states; every other fact of the actors it names is spurious. Every sentence here is
// invented.
//
// The actors: Russia, Turkey and Iran (the guarantors), Jordan and Iraq (observers), the UN, and Kazakhstan (the
// host, placed only where a sentence says it hosts). The reported round is the 20th; the planned one the 21st.

/** One article: headline, sentences, day of publication and the expected "round|actor|role" facts. */
export interface ParticipationArticle {
  lang: string;
  cls: string;
  title: string;
  text: string;
  publishedAt: string;
  expected: string[];
}

/** The parts of one language; each is a sentence (or a headline) with the function its name says. */
export interface ArticleParts {
  /** A headline naming the 20th round, no participant in it. */
  headline: string;
  /** A lead naming the 20th round as opening on the day of the report, no participant in it. */
  lead: string;
  /** Russia and Turkey take part (delegations or names), no round named. */
  listFirst: string;
  /** In a later paragraph: Iran and Jordan (an observer) joined too, no round named. */
  listSecond: string;
  /** Background history naming Iraq (no attendance). */
  background: string;
  /** Russia, Turkey and Iran named as the guarantors, with no participation cue (what they said or back). */
  guarantorsIntro: string;
  /** "The three guarantors" take part in the round (recalled, no state named). */
  guarantorsRecalled: string;
  /** Jordan and Iraq named as observers of the format, in general (no attendance by itself). */
  observersIntro: string;
  /** "The two observers" attended too (recalled, no state named). */
  observersRecalled: string;
  /** Iran named with no participation cue (its minister said something). */
  capitalIntro: string;
  /** Iran recalled by its capital as sending a delegation to the round. */
  capitalRecall: string;
  /** Russia, Turkey and Iran as the subjects of an outcome at the round ("could not agree at the round"). */
  outcome: string;
  /** The round held in a city named with its country, Kazakhstan (no hosting verb: Kazakhstan is not placed). */
  hostCountry: string;
  /** A UN body named inside a title or a document ("a Security Council resolution"): the UN is not placed. */
  titleOrg: string;
  /** The format in general: its guarantors and observers (nobody placed). */
  general: string;
  /** Iraq invited but not sending anyone. */
  invited: string;
  /** The UN envoy absent this time. */
  absent: string;
  /** The next, 21st round announced, with Iraq expected to attend it. */
  planned: string;
}

const REPORT_DAY = '2023-06-20';
const RUS = '20|RUS|GUARANTOR';
const TUR = '20|TUR|GUARANTOR';
const IRN = '20|IRN|GUARANTOR';
const JOR = '20|JOR|OBSERVER';
const IRQ = '20|IRQ|OBSERVER';
const FIRST = [RUS, TUR];

/** The articles of one language: structure name, the parts in order, the facts they state. */
const STRUCTURES: [string, (keyof ArticleParts)[], string[]][] = [
  ['split', ['lead', 'listFirst', 'background', 'listSecond'], [...FIRST, IRN, JOR]],
  ['recalledGuarantors', ['lead', 'guarantorsIntro', 'guarantorsRecalled'], [RUS, TUR, IRN]],
  ['recalledObservers', ['lead', 'listFirst', 'observersIntro', 'observersRecalled'], [...FIRST, JOR, IRQ]],
  ['recalledCapital', ['lead', 'listFirst', 'capitalIntro', 'capitalRecall'], [...FIRST, IRN]],
  ['outcome', ['lead', 'background', 'outcome'], [RUS, TUR, IRN]],
  ['hostCountry', ['lead', 'hostCountry', 'listFirst'], FIRST],
  ['titleOrg', ['lead', 'listFirst', 'titleOrg'], FIRST],
  ['general', ['lead', 'listFirst', 'general'], FIRST],
  ['absent', ['lead', 'listFirst', 'invited', 'absent'], FIRST],
  ['mixed', ['lead', 'listFirst', 'planned'], [...FIRST, '21|IRQ|OBSERVER']],
];

/** Every article of a language. */
export function articlesOf(lang: string, p: ArticleParts): ParticipationArticle[] {
  return STRUCTURES.map(([cls, parts, expected]) => ({
    lang,
    cls,
    title: p.headline,
    text: parts.map((k) => p[k]).join(' '),
    publishedAt: REPORT_DAY,
    expected: [...expected].sort(),
  }));
}

export const PARTS: Record<string, ArticleParts> = {
  en: {
    headline: 'Astana talks: 20th round opens in Kazakh capital',
    lead: 'The 20th round of the Astana talks on Syria opened on Tuesday in the Kazakh capital.',
    listFirst: 'Delegations of Russia and Turkey took part in the opening session.',
    listSecond: 'Iran also sent a delegation, and Jordan attended as an observer.',
    background: 'Iraq has long complained about fighters crossing its border since the war began in 2011.',
    guarantorsIntro:
      'Russia, Turkey and Iran, the guarantors of the ceasefire, have traded blame over the north for months.',
    guarantorsRecalled: 'The three guarantors took part in a closed session on the first day.',
    observersIntro: 'Jordan and Iraq have had observer status in the format since its early years.',
    observersRecalled: 'Both observers sent delegations to this round as well.',
    capitalIntro: "Iran's foreign minister said on Monday that only dialogue could end the war.",
    capitalRecall: 'Tehran sent a deputy foreign minister to lead its delegation at the talks.',
    outcome: 'Russia, Turkey and Iran could not agree on a joint statement at the round.',
    hostCountry: 'The talks are held in Astana, Kazakhstan, at a hotel near the presidential palace.',
    titleOrg: 'The delegates referred to a UN Security Council resolution on the ceasefire.',
    general:
      'The Astana format brings together Russia, Turkey and Iran as guarantors, with Jordan and Iraq as observers.',
    invited: 'Iraq was invited but did not send a delegation.',
    absent: 'The UN envoy did not attend this time.',
    planned: 'The 21st round will be held in the autumn, and Iraq is expected to attend it.',
  },
  ar: {
    headline: 'انطلاق الجولة العشرين من محادثات أستانا في العاصمة الكازاخية',
    lead: 'انطلقت يوم الثلاثاء الجولة العشرون من محادثات أستانا حول سوريا في العاصمة الكازاخية.',
    listFirst: 'وشارك وفدا روسيا وتركيا في الجلسة الافتتاحية.',
    listSecond: 'كما أرسلت إيران وفدا، وحضر الأردن بصفة مراقب.',
    background: 'ويشكو العراق منذ سنوات من عبور المسلحين حدوده منذ اندلاع الحرب عام 2011.',
    guarantorsIntro: 'وتتبادل روسيا وتركيا وإيران، الدول الضامنة لوقف إطلاق النار، الاتهامات بشأن الشمال منذ أشهر.',
    guarantorsRecalled: 'وشاركت الدول الضامنة الثلاث في جلسة مغلقة في اليوم الأول.',
    observersIntro: 'ويتمتع الأردن والعراق بصفة المراقب في مسار أستانا منذ سنواته الأولى.',
    observersRecalled: 'وأرسلت الدولتان المراقبتان وفدين إلى هذه الجولة أيضا.',
    capitalIntro: 'وقال وزير الخارجية الإيراني يوم الاثنين إن الحوار وحده ينهي الحرب.',
    capitalRecall: 'وأوفدت طهران نائب وزير الخارجية لترؤس وفدها في المحادثات.',
    outcome: 'ولم تتمكن روسيا وتركيا وإيران من الاتفاق على بيان مشترك في الجولة.',
    hostCountry: 'وتعقد المحادثات في أستانا بكازاخستان في فندق قرب القصر الرئاسي.',
    titleOrg: 'وأشار المشاركون إلى قرار مجلس الأمن التابع للأمم المتحدة بشأن وقف إطلاق النار.',
    general: 'ويجمع مسار أستانا روسيا وتركيا وإيران بصفتها دولا ضامنة، والأردن والعراق بصفة مراقبين.',
    invited: 'ودعي العراق إلى الجولة لكنه لم يرسل وفدا.',
    absent: 'ولم يحضر المبعوث الأممي هذه المرة.',
    planned: 'وستعقد الجولة الحادية والعشرون في الخريف، ومن المنتظر أن يحضرها العراق.',
  },
  ru: {
    headline: 'В Астане открылся 20-й раунд переговоров по Сирии',
    lead: 'Во вторник в столице Казахстана открылся 20-й раунд астанинских переговоров по Сирии.',
    listFirst: 'В первом заседании участвовали делегации России и Турции.',
    listSecond: 'Иран также направил делегацию, а Иордания присутствует в качестве наблюдателя.',
    background: 'Ирак уже много лет жалуется на переход боевиков через его границу с начала войны в 2011 году.',
    guarantorsIntro:
      'Россия, Турция и Иран, гаранты режима прекращения огня, месяцами обвиняют друг друга из-за ситуации на севере.',
    guarantorsRecalled: 'Три страны-гаранта участвовали в закрытом заседании в первый день.',
    observersIntro: 'Иордания и Ирак имеют статус наблюдателей в формате с первых лет его работы.',
    observersRecalled: 'Обе страны-наблюдатели направили делегации и на этот раунд.',
    capitalIntro: 'Министр иностранных дел Ирана в понедельник заявил, что войну может завершить только диалог.',
    capitalRecall: 'Тегеран направил на переговоры заместителя министра иностранных дел во главе своей делегации.',
    outcome: 'Россия, Турция и Иран не смогли согласовать совместное заявление на этом раунде.',
    hostCountry: 'Переговоры проходят в Астане, Казахстан, в гостинице рядом с президентским дворцом.',
    titleOrg: 'Делегаты сослались на резолюцию Совета Безопасности ООН о прекращении огня.',
    general: 'Астанинский формат объединяет Россию, Турцию и Иран как гарантов, а Иорданию и Ирак как наблюдателей.',
    invited: 'Ирак был приглашен, но не направил делегацию.',
    absent: 'Спецпосланник ООН на этот раз не приехал.',
    planned: 'Двадцать первый раунд пройдет осенью, и ожидается, что в нем примет участие Ирак.',
  },
  tr: {
    headline: "Astana görüşmelerinin 20. turu Kazakistan'da başladı",
    lead: "Suriye konulu Astana görüşmelerinin 20. turu salı günü Kazakistan'ın başkentinde başladı.",
    listFirst: 'Açılış oturumuna Rusya ve Türkiye heyetleri katıldı.',
    listSecond: 'İran da bir heyet gönderdi, Ürdün ise gözlemci olarak katıldı.',
    background: "Irak, 2011'de savaş başladığından beri sınırından geçen militanlardan şikâyet ediyor.",
    guarantorsIntro: 'Ateşkesin garantörleri Rusya, Türkiye ve İran aylardır kuzey konusunda birbirini suçluyor.',
    guarantorsRecalled: 'Üç garantör ülke ilk gün kapalı bir oturuma katıldı.',
    observersIntro: 'Ürdün ve Irak ilk yıllarından beri formatta gözlemci statüsüne sahip.',
    observersRecalled: 'İki gözlemci ülke bu tura da heyet gönderdi.',
    capitalIntro: 'İran Dışişleri Bakanı pazartesi günü savaşı ancak diyaloğun bitirebileceğini söyledi.',
    capitalRecall: 'Tahran görüşmelere heyetine başkanlık etmesi için bir dışişleri bakan yardımcısını gönderdi.',
    outcome: 'Rusya, Türkiye ve İran turda ortak bir bildiri üzerinde anlaşamadı.',
    hostCountry: 'Görüşmeler Astana, Kazakistan’da cumhurbaşkanlığı sarayı yakınındaki bir otelde yapılıyor.',
    titleOrg: 'Delegeler ateşkese ilişkin bir BM Güvenlik Konseyi kararına atıfta bulundu.',
    general: 'Astana formatı Rusya, Türkiye ve İran’ı garantör, Ürdün ve Irak’ı gözlemci olarak bir araya getiriyor.',
    invited: 'Irak davet edildi ancak heyet göndermedi.',
    absent: 'BM Suriye Özel Temsilcisi bu kez katılmadı.',
    planned: "21. tur sonbaharda yapılacak ve Irak'ın da katılması bekleniyor.",
  },
  fr: {
    headline: "Le 20e round des pourparlers d'Astana s'ouvre dans la capitale kazakhe",
    lead: "Le 20e round des pourparlers d'Astana sur la Syrie s'est ouvert mardi dans la capitale kazakhe.",
    listFirst: "Les délégations de la Russie et de la Turquie ont participé à la séance d'ouverture.",
    listSecond: "L'Iran a aussi envoyé une délégation, et la Jordanie y assiste en tant qu'observateur.",
    background:
      "L'Irak se plaint depuis des années du passage de combattants à sa frontière, depuis le début de la guerre en 2011.",
    guarantorsIntro:
      "La Russie, la Turquie et l'Iran, garants du cessez-le-feu, s'accusent mutuellement depuis des mois au sujet du nord.",
    guarantorsRecalled: 'Les trois pays garants ont participé à une séance à huis clos le premier jour.',
    observersIntro: "La Jordanie et l'Irak ont le statut d'observateur dans ce format depuis ses premières années.",
    observersRecalled: 'Les deux pays observateurs ont aussi envoyé des délégations à ce round.',
    capitalIntro:
      'Le ministre iranien des Affaires étrangères a déclaré lundi que seul le dialogue pouvait mettre fin à la guerre.',
    capitalRecall:
      'Téhéran a envoyé un vice-ministre des Affaires étrangères pour diriger sa délégation aux pourparlers.',
    outcome: "La Russie, la Turquie et l'Iran n'ont pas pu s'accorder sur une déclaration commune lors de ce round.",
    hostCountry: 'Les pourparlers se tiennent à Astana, au Kazakhstan, dans un hôtel proche du palais présidentiel.',
    titleOrg: "Les délégués ont cité une résolution du Conseil de sécurité de l'ONU sur le cessez-le-feu.",
    general:
      "Le format d'Astana réunit la Russie, la Turquie et l'Iran comme garants, et la Jordanie et l'Irak comme observateurs.",
    invited: "L'Irak a été invité mais n'a pas envoyé de délégation.",
    absent: "L'envoyé de l'ONU n'y a pas assisté cette fois.",
    planned: "Le 21e round se tiendra à l'automne, et l'Irak devrait y participer.",
  },
  de: {
    headline: 'Die 20. Runde der Astana-Gespräche beginnt in Kasachstan',
    lead: 'Die 20. Runde der Astana-Gespräche über Syrien hat am Dienstag in der kasachischen Hauptstadt begonnen.',
    listFirst: 'An der Eröffnungssitzung nahmen Delegationen aus Russland und der Türkei teil.',
    listSecond: 'Auch Iran entsandte eine Delegation, und Jordanien nimmt als Beobachter teil.',
    background: 'Der Irak klagt seit Jahren über Kämpfer, die seit Kriegsbeginn 2011 seine Grenze überqueren.',
    guarantorsIntro:
      'Russland, die Türkei und Iran, die Garanten der Waffenruhe, werfen sich seit Monaten Verstöße im Norden vor.',
    guarantorsRecalled: 'Die drei Garantiemächte nahmen am ersten Tag an einer geschlossenen Sitzung teil.',
    observersIntro: 'Jordanien und der Irak haben seit den ersten Jahren Beobachterstatus in dem Format.',
    observersRecalled: 'Beide Beobachterstaaten entsandten auch zu dieser Runde Delegationen.',
    capitalIntro: 'Der iranische Außenminister sagte am Montag, nur der Dialog könne den Krieg beenden.',
    capitalRecall: 'Teheran entsandte einen Vizeaußenminister, der seine Delegation bei den Gesprächen leitet.',
    outcome: 'Russland, die Türkei und Iran konnten sich in der Runde nicht auf eine gemeinsame Erklärung einigen.',
    hostCountry: 'Die Gespräche finden in Astana, Kasachstan, in einem Hotel nahe dem Präsidentenpalast statt.',
    titleOrg: 'Die Delegierten verwiesen auf eine Resolution des UN-Sicherheitsrats zur Waffenruhe.',
    general:
      'Das Astana-Format bringt Russland, die Türkei und Iran als Garanten sowie Jordanien und den Irak als Beobachter zusammen.',
    invited: 'Der Irak war eingeladen, schickte aber keine Delegation.',
    absent: 'Der UN-Gesandte nahm diesmal nicht teil.',
    planned: 'Die 21. Runde soll im Herbst stattfinden, auch der Irak wird dazu erwartet.',
  },
  fa: {
    headline: 'دور بیستم مذاکرات آستانه در پایتخت قزاقستان آغاز شد',
    lead: 'دور بیستم مذاکرات آستانه درباره سوریه روز سه‌شنبه در پایتخت قزاقستان آغاز شد.',
    listFirst: 'هیئت‌های روسیه و ترکیه در نشست افتتاحیه شرکت کردند.',
    listSecond: 'ایران نیز هیئتی فرستاد و اردن به عنوان ناظر حضور دارد.',
    background: 'عراق از آغاز جنگ در سال ۲۰۱۱ از عبور شبه‌نظامیان از مرزهایش گلایه دارد.',
    guarantorsIntro: 'روسیه، ترکیه و ایران، ضامنان آتش‌بس، ماه‌هاست یکدیگر را درباره شمال متهم می‌کنند.',
    guarantorsRecalled: 'سه کشور ضامن روز نخست در یک نشست غیرعلنی شرکت کردند.',
    observersIntro: 'اردن و عراق از سال‌های نخست در این روند عضو ناظر هستند.',
    observersRecalled: 'هر دو کشور ناظر به این دور نیز هیئت فرستادند.',
    capitalIntro: 'وزیر امور خارجه ایران روز دوشنبه گفت تنها گفت‌وگو می‌تواند به جنگ پایان دهد.',
    capitalRecall: 'تهران معاون وزیر امور خارجه را برای ریاست هیئت خود به مذاکرات فرستاد.',
    outcome: 'روسیه، ترکیه و ایران در این دور نتوانستند بر سر بیانیه مشترک توافق کنند.',
    hostCountry: 'مذاکرات در آستانه، قزاقستان، در هتلی نزدیک کاخ ریاست جمهوری برگزار می‌شود.',
    titleOrg: 'نمایندگان به قطعنامه شورای امنیت سازمان ملل درباره آتش‌بس اشاره کردند.',
    general: 'روند آستانه روسیه، ترکیه و ایران را به عنوان ضامن و اردن و عراق را به عنوان ناظر گرد هم می‌آورد.',
    invited: 'عراق دعوت شده بود اما هیئتی نفرستاد.',
    absent: 'فرستاده سازمان ملل این بار حضور نیافت.',
    planned: 'دور بیست و یکم در پاییز برگزار خواهد شد و انتظار می‌رود عراق نیز در آن شرکت کند.',
  },
};

/** Every article of every language with parts. */
export function participationArticles(): ParticipationArticle[] {
  return Object.entries(PARTS).flatMap(([lang, p]) => articlesOf(lang, p));
}
