// Parts of invented articles in languages with no lexicon (Indonesian, Swahili, Czech, Chinese) and in languages
// whose lexicon the test withholds (Arabic, French, Turkish): a headline and sentences that give the round, list
// the guarantors, name a head with his state or with the series, quote a head (once over two sentences), recall an
// earlier round, or mention another track and the host's officials. {N}: the round; {R} {I} {T}: the Russian,
// Iranian and Turkish heads; {K}: a Kazakh official (the host: never a head). Our own sentences.

export type Part =
  | 'headline'
  | 'opened'
  | 'closing'
  | 'members'
  | 'headState'
  | 'headSeries'
  | 'quote'
  | 'quoteOn'
  | 'past'
  | 'otherTrack'
  | 'host'
  | 'filler';

export interface UnseenParts {
  /** Whether the lexicon is withheld (a language we have one for), rather than none existing. */
  withheld: boolean;
  names: { R: string; I: string; T: string; K: string };
  parts: Record<Part, string>;
}

export const UNSEEN_PARTS: Record<string, UnseenParts> = {
  id: {
    withheld: false,
    names: { R: 'Alexander Lavrentiev', I: 'Ali Asghar Khaji', T: 'Burak Akcapar', K: 'Kanat Tumysh' },
    parts: {
      headline: 'Putaran ke-{N} perundingan Astana dimulai',
      opened: 'Putaran ke-{N} perundingan Astana tentang Suriah dibuka hari ini di ibu kota Kazakhstan.',
      closing: 'Pertemuan ini adalah putaran ke-{N} dalam rangkaian perundingan Astana.',
      members: 'Delegasi Rusia, Turki dan Iran hadir dalam pertemuan itu.',
      headState: 'Delegasi Rusia dipimpin oleh {R}, sedangkan delegasi Iran oleh {I}.',
      headSeries: '{T} juga tiba di Astana untuk perundingan tersebut.',
      quote: '"Kami berharap semua pihak segera sepakat tentang langkah berikutnya," kata {R}.',
      quoteOn: '"Pertemuan berikutnya akan diadakan di kota yang sama pada musim panas."',
      past: 'Putaran ke-12 perundingan Astana berlangsung pada tahun 2019.',
      otherTrack: 'Perundingan di Jenewa juga dibicarakan secara singkat.',
      host: 'Wakil menteri luar negeri Kazakhstan, {K}, menyambut para tamu.',
      filler: 'Cuaca di ibu kota cerah sepanjang hari.',
    },
  },
  sw: {
    withheld: false,
    names: { R: 'Alexander Lavrentiev', I: 'Ali Asghar Khaji', T: 'Burak Akcapar', K: 'Kanat Tumysh' },
    parts: {
      headline: 'Duru ya {N} ya mazungumzo ya Astana yaanza',
      opened: 'Duru ya {N} ya mazungumzo ya Astana kuhusu Syria ilianza leo katika mji mkuu wa Kazakhstan.',
      closing: 'Mkutano huu ni duru ya {N} ya mazungumzo ya Astana.',
      members: 'Wajumbe wa Urusi, Uturuki na Iran walihudhuria mkutano huo.',
      headState: 'Ujumbe wa Urusi uliongozwa na {R}, na ujumbe wa Iran na {I}.',
      headSeries: '{T} pia aliwasili Astana kwa mazungumzo hayo.',
      quote: '"Tunatarajia pande zote zikubaliane haraka juu ya hatua zinazofuata," alisema {R}.',
      quoteOn: '"Mkutano ujao utafanyika katika mji huo huo wakati wa kiangazi."',
      past: 'Duru ya 12 ya mazungumzo ya Astana ilifanyika mwaka 2019.',
      otherTrack: 'Mazungumzo ya Geneva pia yalitajwa kwa ufupi.',
      host: 'Naibu waziri wa mambo ya nje wa Kazakhstan, {K}, aliwakaribisha wageni.',
      filler: 'Hali ya hewa katika mji mkuu ilikuwa nzuri siku nzima.',
    },
  },
  cs: {
    withheld: false,
    names: { R: 'Alexandr Lavrentěv', I: 'Ali Asghar Khaji', T: 'Burak Akcapar', K: 'Kanat Tumysh' },
    parts: {
      headline: 'Začalo {N}. kolo rozhovorů v Astaně',
      opened: 'V hlavním městě Kazachstánu dnes začalo {N}. kolo rozhovorů ve formátu Astana o Sýrii.',
      closing: 'Jde o {N}. kolo rozhovorů ve formátu Astana.',
      members: 'Jednání se účastní delegace Ruska, Turecka a Íránu.',
      headState: 'Ruskou delegaci vede {R}, íránskou {I}.',
      headSeries: 'Do Astany na rozhovory přiletěl také {T}.',
      quote: '„Očekáváme, že se strany brzy dohodnou na dalších krocích,“ řekl {R}.',
      quoteOn: '„Příští setkání se uskuteční ve stejném městě v létě.“',
      past: '12. kolo rozhovorů ve formátu Astana proběhlo v roce 2019.',
      otherTrack: 'Krátce se hovořilo i o ženevských jednáních.',
      host: 'Hosty přivítal náměstek kazašského ministra zahraničí {K}.',
      filler: 'Počasí v hlavním městě bylo celý den pěkné.',
    },
  },
  zh: {
    withheld: false,
    names: {
      R: '拉夫连季耶夫（Alexander Lavrentiev）',
      I: '哈吉（Ali Asghar Khaji）',
      T: '阿克恰帕尔（Burak Akcapar）',
      K: '图梅什（Kanat Tumysh）',
    },
    parts: {
      headline: '第{N}轮阿斯塔纳会谈开幕',
      opened: '有关叙利亚问题的第{N}轮阿斯塔纳会谈今天在哈萨克斯坦首都开幕。',
      closing: '这是阿斯塔纳会谈的第{N}轮。',
      members: '俄罗斯、土耳其和伊朗代表团出席了会议。',
      headState: '俄罗斯代表团由{R}率领，伊朗代表团由{I}率领。',
      headSeries: '{T}也抵达阿斯塔纳参加会谈。',
      quote: '{R}说：“我们希望各方尽快就下一步行动达成一致意见。”',
      quoteOn: '“下一次会议将于夏季在同一城市举行。”',
      past: '第12轮阿斯塔纳会谈于2019年举行。',
      otherTrack: '会上还简要提到了日内瓦谈判。',
      host: '哈萨克斯坦外交部副部长{K}欢迎了各方代表。',
      filler: '首都全天天气晴朗。',
    },
  },
  ar: {
    withheld: true,
    names: { R: 'ألكسندر لافرنتييف', I: 'علي أصغر خاجي', T: 'بوراك أكتشابار', K: 'كانات توميش' },
    parts: {
      headline: 'انطلاق الجولة {N} من محادثات أستانا',
      opened: 'انطلقت اليوم الجولة {N} من محادثات أستانا حول سوريا في العاصمة الكازاخية.',
      closing: 'وهذه هي الجولة {N} من محادثات أستانا.',
      members: 'وتشارك في الاجتماع وفود روسيا وتركيا وإيران.',
      headState: 'ويرأس وفد روسيا {R}، ووفد إيران {I}.',
      headSeries: 'ووصل {T} أيضا إلى أستانا للمشاركة في المحادثات.',
      quote: 'وقال {R}: «نأمل أن تتفق الأطراف قريبا على الخطوات المقبلة في هذا المسار».',
      quoteOn: '«وسيعقد الاجتماع المقبل في المدينة نفسها خلال الصيف المقبل»',
      past: 'وكانت الجولة 12 من محادثات أستانا قد عقدت في عام 2019.',
      otherTrack: 'كما جرى الحديث باختصار عن محادثات جنيف.',
      host: 'واستقبل نائب وزير الخارجية الكازاخي {K} الضيوف.',
      filler: 'وكان الطقس في العاصمة مشمسا طوال اليوم.',
    },
  },
  fr: {
    withheld: true,
    names: { R: 'Alexander Lavrentiev', I: 'Ali Asghar Khaji', T: 'Burak Akcapar', K: 'Kanat Tumysh' },
    parts: {
      headline: "Ouverture du {N}e cycle des pourparlers d'Astana",
      opened: "Le {N}e cycle des pourparlers d'Astana sur la Syrie s'est ouvert aujourd'hui dans la capitale kazakhe.",
      closing: "Il s'agit du {N}e cycle des pourparlers d'Astana.",
      members: "Les délégations de la Russie, de la Turquie et de l'Iran sont présentes.",
      headState: "La délégation de la Russie est conduite par {R}, celle de l'Iran par {I}.",
      headSeries: '{T} est lui aussi arrivé à Astana pour ces pourparlers.',
      quote: '« Nous espérons que les parties s’entendront bientôt sur la suite », a déclaré {R}.',
      quoteOn: '« La prochaine réunion se tiendra dans la même ville cet été. »',
      past: "Le 12e cycle des pourparlers d'Astana s'était tenu en 2019.",
      otherTrack: 'Les discussions de Genève ont aussi été évoquées brièvement.',
      host: 'Le vice-ministre kazakh des Affaires étrangères, {K}, a accueilli les invités.',
      filler: 'Il a fait beau toute la journée dans la capitale.',
    },
  },
  tr: {
    withheld: true,
    names: { R: 'Aleksandr Lavrentiev', I: 'Ali Asghar Khaji', T: 'Burak Akçapar', K: 'Kanat Tumysh' },
    parts: {
      headline: 'Astana görüşmelerinin {N}. turu başladı',
      opened: 'Suriye konulu Astana görüşmelerinin {N}. turu bugün Kazakistan’ın başkentinde başladı.',
      closing: 'Bu, Astana görüşmelerinin {N}. turu.',
      members: 'Toplantıya Rusya, Türkiye ve İran heyetleri katılıyor.',
      headState: 'Rusya heyetine {R}, İran heyetine ise {I} başkanlık ediyor.',
      headSeries: '{T} da görüşmeler için Astana’ya geldi.',
      quote: '“Tarafların bir sonraki adımlar konusunda yakında anlaşmasını umuyoruz,” dedi {R}.',
      quoteOn: '“Bir sonraki toplantı yazın aynı şehirde yapılacak.”',
      past: 'Astana görüşmelerinin 12. turu 2019 yılında yapılmıştı.',
      otherTrack: 'Cenevre görüşmelerine de kısaca değinildi.',
      host: 'Kazakistan Dışişleri Bakan Yardımcısı {K} konukları karşıladı.',
      filler: 'Başkentte hava gün boyu güneşliydi.',
    },
  },
};

/** A structure of article: its headline (or none), its sentences, and what it says of the round it reports. */
export interface Structure {
  name: string;
  headline: Part | null;
  body: Part[];
  /** Heads expected (slots R, I, T). */
  heads: ('R' | 'I' | 'T')[];
  /** Speakers expected. */
  speakers: ('R' | 'I' | 'T' | 'K')[];
  /** Whether the guarantors are expected to attend. */
  attend: boolean;
}

export const STRUCTURES: Structure[] = [
  {
    name: 'round in the headline only',
    headline: 'headline',
    body: ['members', 'headState', 'filler'],
    heads: ['R', 'I'],
    speakers: [],
    attend: true,
  },
  {
    name: 'round in the last sentence',
    headline: null,
    body: ['members', 'headState', 'filler', 'closing'],
    heads: ['R', 'I'],
    speakers: [],
    attend: true,
  },
  {
    name: 'a current and an earlier round',
    headline: null,
    body: ['opened', 'members', 'headSeries', 'past'],
    heads: ['T'],
    speakers: [],
    attend: true,
  },
  {
    name: 'head named with the series, before the list',
    headline: 'headline',
    body: ['headSeries', 'members', 'filler'],
    heads: ['T'],
    speakers: [],
    attend: true,
  },
  {
    name: 'quote continued in the next sentence',
    headline: null,
    body: ['opened', 'members', 'quote', 'quoteOn'],
    heads: [],
    speakers: ['R'],
    attend: true,
  },
  {
    name: "another track and the host's official",
    headline: null,
    body: ['opened', 'members', 'otherTrack', 'host', 'filler'],
    heads: [],
    speakers: [],
    attend: true,
  },
  {
    name: 'an earlier round only: nobody attends it',
    headline: null,
    body: ['filler', 'past', 'headState'],
    heads: [],
    speakers: [],
    attend: false,
  },
];
