// The parts of each language's round expressions, for the coverage generator (rounds.test.ts): ordinals in every
// agreement class the frames need (words and marked digits), meeting nouns with their class, words that may stand
// between ordinal and noun (or after the noun, where the language puts them there), and sentence frames that place the
// series before or after the phrase. Composed, they give invented sentences with a known round. Negative rows carry
// numbers that are no round (days, counts, dates, other bodies' meetings) so precision is measured too.

/** An ordinal form and its value. */
export type Ord = [string, number];

export interface Frame {
  /** The sentence with {D} (determiner), {O} (ordinal), {A} (modifiers) and {N} (meeting noun). */
  text: string;
  /** The case the frame puts the phrase in: picks noun forms, ordinals, determiners and modifiers. */
  kase: string;
}

export interface Grammar {
  lang: string;
  /** Ordinals by agreement tag `gender.case` (or `case` alone where the language has no gender agreement). */
  ords: Record<string, Ord[]>;
  /** Nouns by case: [form, gender]. */
  nouns: Record<string, [string, string][]>;
  /** Modifiers by tag; '' is always tried. */
  mods: Record<string, string[]>;
  /** Determiners by tag (French "le/la", German "die/der"); none where the frame needs none. */
  dets?: Record<string, string>;
  frames: Frame[];
  /** Sentences with no round (expected []) or with the rounds listed. */
  negatives: [string, number[]][];
}

// Agreement tags: a frame's case and a noun's gender make the tag; a language without gender uses gender ''.
export function tagOf(gender: string, kase: string): string {
  return gender ? `${gender}.${kase}` : kase;
}

const en: Grammar = {
  lang: 'en',
  ords: {
    s: [
      ['12th', 12],
      ['twelfth', 12],
      ['7th', 7],
      ['seventh', 7],
      ['20th', 20],
      ['twentieth', 20],
      ['21st', 21],
      ['twenty-first', 21],
    ],
  },
  nouns: {
    s: [
      ['round', ''],
      ['meeting', ''],
      ['talks', ''],
      ['consultations', ''],
      ['negotiations', ''],
      ['round of talks', ''],
      ['series of consultations', ''],
    ],
  },
  mods: { s: ['regular ', 'high-level ', 'regular intra-Syrian ', 'new high-level international '] },
  frames: [
    { text: 'The {O} {A}{N} within the Astana process opened in Nur-Sultan on Tuesday.', kase: 's' },
    {
      text: 'Delegations came to the Kazakh capital for the {O} {A}{N} in the framework of the Astana format.',
      kase: 's',
    },
    { text: 'Astana talks: the {O} {A}{N} on Syria closed on Wednesday with a joint statement.', kase: 's' },
  ],
  negatives: [
    ['The Astana talks lasted 12 days, and 7 delegations took part in them.', []],
    ['On the 2nd day of the Astana meeting, 12 countries signed the final statement.', []],
    ['On the first two days of the Astana meeting, experts of the three guarantors met.', []],
    ['The guarantors of the Astana format will hold a trilateral meeting, their 12th, in March.', []],
    ['The Astana talks will resume on 12 March, the Kazakh foreign ministry said.', []],
  ],
};

const ar: Grammar = {
  lang: 'ar',
  ords: {
    'f.s': [
      ['الثانية عشرة', 12],
      ['الـ12', 12],
      ['السابعة', 7],
      ['الـ7', 7],
      ['العشرين', 20],
      ['الـ20', 20],
      ['الحادية والعشرين', 21],
      ['21', 21],
    ],
    'm.s': [
      ['الثاني عشر', 12],
      ['الـ12', 12],
      ['السابع', 7],
      ['الـ7', 7],
      ['العشرين', 20],
      ['الـ20', 20],
      ['الحادي والعشرين', 21],
      ['21', 21],
    ],
  },
  nouns: {
    s: [
      ['الجولة', 'f'],
      ['جولة المحادثات', 'f'],
      ['جولة المفاوضات', 'f'],
      ['جولة المشاورات', 'f'],
      ['الاجتماع', 'm'],
      ['اللقاء', 'm'],
    ],
  },
  mods: { 'f.s': [' الجديدة', ' الدولية'], 'm.s': [' الدولي', ' الدولي رفيع المستوى', ' التشاوري'] },
  frames: [
    { text: 'وصلت الوفود إلى العاصمة الكازاخية للمشاركة في {N}{A} {O} في إطار مسار أستانا.', kase: 's' },
    { text: 'شارك وفد روسيا في {N}{A} {O} ضمن صيغة أستانا يوم الثلاثاء.', kase: 's' },
    { text: 'محادثات أستانا: اختتام {N}{A} {O} حول سوريا ببيان مشترك.', kase: 's' },
  ],
  negatives: [
    ['استمرت محادثات أستانا 12 يوما وشاركت فيها 7 وفود.', []],
    ['في اليوم الثاني من اجتماع أستانا وقعت 12 دولة على البيان الختامي.', []],
    ['ستستأنف محادثات أستانا في 12 آذار بحسب الخارجية الكازاخية.', []],
  ],
};

const ru: Grammar = {
  lang: 'ru',
  ords: {
    'm.p': [
      ['12-м', 12],
      ['двенадцатом', 12],
      ['7-м', 7],
      ['седьмом', 7],
      ['20-м', 20],
      ['двадцатом', 20],
      ['двадцать первом', 21],
    ],
    'f.p': [
      ['12-й', 12],
      ['двенадцатой', 12],
      ['7-й', 7],
      ['седьмой', 7],
      ['20-й', 20],
      ['двадцатой', 20],
      ['двадцать первой', 21],
    ],
    'pl.p': [
      ['12-х', 12],
      ['двенадцатых', 12],
      ['седьмых', 7],
      ['20-х', 20],
    ],
    'm.g': [
      ['12-го', 12],
      ['двенадцатого', 12],
      ['седьмого', 7],
      ['20-го', 20],
      ['двадцать первого', 21],
    ],
    'f.g': [
      ['12-й', 12],
      ['двенадцатой', 12],
      ['седьмой', 7],
      ['двадцать первой', 21],
    ],
    'pl.g': [
      ['12-х', 12],
      ['двенадцатых', 12],
      ['двадцатых', 20],
    ],
  },
  nouns: {
    p: [
      ['раунде', 'm'],
      ['туре', 'm'],
      ['встрече', 'f'],
      ['переговорах', 'pl'],
      ['консультациях', 'pl'],
      ['раунде переговоров', 'm'],
    ],
    g: [
      ['раунда', 'm'],
      ['встречи', 'f'],
      ['переговоров', 'pl'],
      ['консультаций', 'pl'],
      ['раунда консультаций', 'm'],
    ],
  },
  mods: {
    'm.p': ['очередном ', 'международном ', 'очередном межсирийском '],
    'f.p': ['очередной ', 'международной ', 'очередной межсирийской '],
    'pl.p': ['очередных ', 'межсирийских '],
    'm.g': ['очередного ', 'международного '],
    'f.g': ['очередной ', 'международной '],
    'pl.g': ['очередных ', 'межсирийских '],
  },
  frames: [
    { text: 'Делегация России приняла участие в {O} {A}{N} в рамках астанинского процесса.', kase: 'p' },
    { text: 'По итогам {O} {A}{N} в астанинском формате принято совместное заявление.', kase: 'g' },
  ],
  negatives: [
    ['Переговоры в Астане продлились 12 дней, в них участвовали 7 делегаций.', []],
    ['На второй день встречи в астанинском формате 12 стран подписали заявление.', []],
    ['Переговоры в астанинском формате возобновятся 12 марта.', []],
  ],
};

const uk: Grammar = {
  lang: 'uk',
  ords: {
    'm.p': [
      ['12-му', 12],
      ['дванадцятому', 12],
      ['сьомому', 7],
      ['20-му', 20],
      ['двадцять першому', 21],
    ],
    'f.p': [
      ['12-й', 12],
      ['дванадцятій', 12],
      ['сьомій', 7],
      ['двадцятій', 20],
    ],
    'pl.p': [
      ['12-х', 12],
      ['дванадцятих', 12],
      ['двадцятих', 20],
    ],
    'm.g': [
      ['12-го', 12],
      ['дванадцятого', 12],
      ['сьомого', 7],
      ['двадцятого', 20],
      ['двадцять першого', 21],
    ],
    'f.g': [
      ['12-ї', 12],
      ['дванадцятої', 12],
      ['сьомої', 7],
    ],
    'pl.g': [
      ['12-х', 12],
      ['дванадцятих', 12],
    ],
  },
  nouns: {
    p: [
      ['раунді', 'm'],
      ['турі', 'm'],
      ['зустрічі', 'f'],
      ['переговорах', 'pl'],
      ['консультаціях', 'pl'],
    ],
    g: [
      ['раунду', 'm'],
      ['зустрічі', 'f'],
      ['переговорів', 'pl'],
      ['раунду консультацій', 'm'],
    ],
  },
  mods: {
    'm.p': ['черговому ', 'міжнародному '],
    'f.p': ['черговій ', 'міжнародній '],
    'pl.p': ['чергових ', 'міжсирійських '],
    'm.g': ['чергового ', 'міжнародного '],
    'f.g': ['чергової ', 'міжнародної '],
    'pl.g': ['чергових ', 'міжсирійських '],
  },
  frames: [
    { text: 'Делегація Росії взяла участь у {O} {A}{N} в рамках астанинського процесу.', kase: 'p' },
    { text: 'За підсумками {O} {A}{N} в астанинському форматі ухвалено спільну заяву.', kase: 'g' },
  ],
  negatives: [
    ['Переговори в астанинському форматі тривали 12 днів, у них брали участь 7 делегацій.', []],
    ['Переговори в астанинському форматі відновляться 12 березня.', []],
  ],
};

const tr: Grammar = {
  lang: 'tr',
  ords: {
    s: [
      ['12.', 12],
      ["12'nci", 12],
      ['on ikinci', 12],
      ['7.', 7],
      ['yedinci', 7],
      ["20'nci", 20],
      ['yirminci', 20],
      ["21'inci", 21],
      ['yirmi birinci', 21],
    ],
  },
  nouns: {
    dat: [
      ['tura', ''],
      ['toplantıya', ''],
      ['görüşmelere', ''],
      ['tur görüşmelere', ''],
    ],
    nom: [
      ['tur', ''],
      ['toplantı', ''],
      ['görüşmeler', ''],
      ['tur görüşmeler', ''],
    ],
  },
  mods: { dat: ['yeni ', 'uluslararası ', 'yüksek düzeyli uluslararası '], nom: ['yeni ', 'uluslararası '] },
  frames: [
    { text: 'Rusya heyeti, Astana süreci kapsamındaki {O} {A}{N} katıldı.', kase: 'dat' },
    { text: "Astana formatında {O} {A}{N} Nur-Sultan'da salı günü başladı.", kase: 'nom' },
  ],
  negatives: [
    ['Astana görüşmeleri 12 gün sürdü ve 7 heyet katıldı.', []],
    ['Astana görüşmeleri 12 Mart tarihinde yeniden başlayacak.', []],
  ],
};

const kk: Grammar = {
  lang: 'kk',
  ords: {
    s: [
      ['12-ші', 12],
      ['он екінші', 12],
      ['7-ші', 7],
      ['жетінші', 7],
      ['20-шы', 20],
      ['жиырмасыншы', 20],
      ['21-ші', 21],
      ['жиырма бірінші', 21],
    ],
  },
  nouns: {
    nom: [
      ['кездесу', ''],
      ['раунд', ''],
      ['келіссөздер', ''],
    ],
    dat: [
      ['кездесуге', ''],
      ['раундқа', ''],
      ['келіссөздерге', ''],
    ],
  },
  mods: { nom: ['кезекті ', 'халықаралық ', 'жоғары деңгейлі халықаралық '], dat: ['кезекті ', 'халықаралық '] },
  frames: [
    { text: 'Астана процесі аясындағы {O} {A}{N} Нұр-Сұлтанда басталды.', kase: 'nom' },
    { text: 'Ресей делегациясы Астана форматындағы {O} {A}{N} қатысты.', kase: 'dat' },
  ],
  negatives: [['Астана процесі аясындағы келіссөздер 12 күнге созылды.', []]],
};

const fa: Grammar = {
  lang: 'fa',
  ords: {
    pre: [
      ['دوازدهمین', 12],
      ['هفتمین', 7],
      ['بیستمین', 20],
      ['بیست و یکمین', 21],
      ['12مین', 12],
    ],
    post: [
      ['دوازدهم', 12],
      ['هفتم', 7],
      ['بیستم', 20],
      ['بیست و یکم', 21],
    ],
  },
  nouns: {
    pre: [
      ['دور', ''],
      ['نشست', ''],
      ['اجلاس', ''],
      ['دور مذاکرات', ''],
      ['دور گفتگوهای', ''],
    ],
    post: [
      ['دور', ''],
      ['نشست', ''],
      ['اجلاس', ''],
    ],
  },
  mods: { pre: [' بین المللی', ' سطح بالای', ' صلح'], post: [' بین المللی'] },
  dets: {},
  frames: [
    { text: '{O} {N}{A} آستانه در نورسلطان آغاز شد.', kase: 'pre' },
    { text: 'هیئت ایران در {O} {N}{A} در قالب روند آستانه شرکت کرد.', kase: 'pre' },
    { text: '{N}{A} {O} مذاکرات آستانه در نورسلطان برگزار شد.', kase: 'post' },
  ],
  negatives: [
    ['مذاکرات آستانه 12 روز طول کشید و 7 هیئت در آن شرکت کردند.', []],
    ['هیئت‌ها در روز نخست اجلاس آستانه گفتگوهای دوجانبه برگزار کردند.', []],
  ],
};

const fr: Grammar = {
  lang: 'fr',
  ords: {
    s: [
      ['12e', 12],
      ['12ème', 12],
      ['douzième', 12],
      ['7e', 7],
      ['septième', 7],
      ['20e', 20],
      ['vingtième', 20],
      ['vingt et unième', 21],
    ],
  },
  nouns: {
    s: [
      ['cycle de pourparlers', 'm'],
      ['série de consultations', 'f'],
      ['round de négociations', 'm'],
      ['réunion', 'f'],
      ['session', 'f'],
      ['cycle', 'm'],
    ],
  },
  mods: { 'm.s': [' de haut niveau', ' international'], 'f.s': [' de haut niveau', ' internationale'] },
  dets: { 'm.s': 'Le', 'f.s': 'La' },
  frames: [
    { text: "{D} {O} {N}{A} dans le cadre du processus d'Astana a débuté mardi à Nour-Soultan.", kase: 's' },
    { text: "{D} {O} {N}{A} sur la Syrie au format d'Astana a pris fin mercredi.", kase: 's' },
  ],
  negatives: [
    ["Les pourparlers d'Astana ont duré 12 jours et 7 délégations y ont pris part.", []],
    ["Les pourparlers d'Astana reprendront le 12 mars.", []],
  ],
};

const de: Grammar = {
  lang: 'de',
  ords: {
    'f.nom': [
      ['12.', 12],
      ['zwölfte', 12],
      ['7.', 7],
      ['siebte', 7],
      ['20.', 20],
      ['zwanzigste', 20],
      ['einundzwanzigste', 21],
    ],
    'n.nom': [
      ['12.', 12],
      ['zwölfte', 12],
      ['siebte', 7],
      ['zwanzigste', 20],
    ],
    'f.dat': [
      ['12.', 12],
      ['zwölften', 12],
      ['siebten', 7],
      ['zwanzigsten', 20],
      ['einundzwanzigsten', 21],
    ],
    'n.dat': [
      ['12.', 12],
      ['zwölften', 12],
      ['zwanzigsten', 20],
    ],
  },
  nouns: {
    nom: [
      ['Runde', 'f'],
      ['Verhandlungsrunde', 'f'],
      ['Gesprächsrunde', 'f'],
      ['Sitzung', 'f'],
      ['Treffen', 'n'],
    ],
    dat: [
      ['Runde', 'f'],
      ['Verhandlungsrunde', 'f'],
      ['Sitzung', 'f'],
      ['Treffen', 'n'],
    ],
  },
  mods: {
    'f.nom': ['neue ', 'internationale ', 'hochrangige internationale '],
    'n.nom': ['neue ', 'internationale '],
    'f.dat': ['neuen ', 'internationalen ', 'hochrangigen internationalen '],
    'n.dat': ['neuen ', 'internationalen '],
  },
  dets: { 'f.nom': 'Die', 'n.nom': 'Das', 'f.dat': 'der', 'n.dat': 'dem' },
  frames: [
    { text: '{D} {O} {A}{N} im Rahmen des Astana-Prozesses begann am Dienstag in Nur-Sultan.', kase: 'nom' },
    { text: 'Russland nahm an {D} {O} {A}{N} im Astana-Format teil.', kase: 'dat' },
  ],
  negatives: [['Die Astana-Gespräche dauerten 12 Tage, 7 Delegationen nahmen teil.', []]],
};

const es: Grammar = {
  lang: 'es',
  ords: {
    'f.s': [
      ['12ª', 12],
      ['duodécima', 12],
      ['7ª', 7],
      ['séptima', 7],
      ['20ª', 20],
      ['vigésima', 20],
      ['vigésima primera', 21],
    ],
    'm.s': [
      ['12º', 12],
      ['duodécimo', 12],
      ['séptimo', 7],
      ['vigésimo', 20],
    ],
  },
  nouns: {
    s: [
      ['ronda', 'f'],
      ['ronda de consultas', 'f'],
      ['ronda de negociaciones', 'f'],
      ['reunión', 'f'],
      ['encuentro', 'm'],
    ],
  },
  mods: { 'f.s': [' de alto nivel', ' internacional'], 'm.s': [' de alto nivel', ' internacional'] },
  dets: { 'f.s': 'La', 'm.s': 'El' },
  frames: [
    { text: '{D} {O} {N}{A} en el marco del proceso de Astaná comenzó el martes en Nur-Sultán.', kase: 's' },
    { text: '{D} {O} {N}{A} sobre Siria en formato de Astaná concluyó el miércoles.', kase: 's' },
  ],
  negatives: [['Las conversaciones de Astaná duraron 12 días y participaron 7 delegaciones.', []]],
};

const it: Grammar = {
  lang: 'it',
  ords: {
    'm.s': [
      ['12°', 12],
      ['dodicesimo', 12],
      ['7°', 7],
      ['settimo', 7],
      ['ventesimo', 20],
      ['ventunesimo', 21],
    ],
    'f.s': [
      ['12ª', 12],
      ['dodicesima', 12],
      ['settima', 7],
      ['ventesima', 20],
    ],
  },
  nouns: {
    s: [
      ['round di colloqui', 'm'],
      ['ciclo di colloqui', 'm'],
      ['incontro', 'm'],
      ['riunione', 'f'],
      ['tornata di negoziati', 'f'],
      ['sessione', 'f'],
    ],
  },
  mods: { 'm.s': [' ad alto livello', ' internazionale'], 'f.s': [' ad alto livello', ' internazionale'] },
  dets: { 'm.s': 'Il', 'f.s': 'La' },
  frames: [
    { text: "{D} {O} {N}{A} nell'ambito del processo di Astana ha preso il via martedì a Nur-Sultan.", kase: 's' },
    { text: '{D} {O} {N}{A} sulla Siria nel formato di Astana si è concluso mercoledì.', kase: 's' },
  ],
  negatives: [['I colloqui del processo di Astana sono durati 12 giorni con 7 delegazioni.', []]],
};

const pt: Grammar = {
  lang: 'pt',
  ords: {
    'f.s': [
      ['12ª', 12],
      ['décima segunda', 12],
      ['7ª', 7],
      ['sétima', 7],
      ['vigésima', 20],
      ['vigésima primeira', 21],
    ],
    'm.s': [
      ['12º', 12],
      ['décimo segundo', 12],
      ['sétimo', 7],
      ['vigésimo', 20],
    ],
  },
  nouns: {
    s: [
      ['rodada', 'f'],
      ['ronda', 'f'],
      ['rodada de negociações', 'f'],
      ['ronda de conversações', 'f'],
      ['reunião', 'f'],
      ['encontro', 'm'],
    ],
  },
  mods: { 'f.s': [' de alto nível', ' internacional'], 'm.s': [' de alto nível', ' internacional'] },
  dets: { 'f.s': 'A', 'm.s': 'O' },
  frames: [
    { text: '{D} {O} {N}{A} no âmbito do processo de Astana começou na terça-feira em Nur-Sultan.', kase: 's' },
    { text: '{D} {O} {N}{A} sobre a Síria no formato de Astana terminou na quarta-feira.', kase: 's' },
  ],
  negatives: [['As conversações de Astana duraram 12 dias e tiveram 7 delegações.', []]],
};

const he: Grammar = {
  lang: 'he',
  ords: {
    'm.s': [
      ['ה-12', 12],
      ['השנים עשר', 12],
      ['השביעי', 7],
      ['ה-7', 7],
      ['העשרים', 20],
      ['ה-21', 21],
    ],
    'f.s': [
      ['ה-12', 12],
      ['השתים עשרה', 12],
      ['השביעית', 7],
      ['העשרים', 20],
    ],
  },
  nouns: {
    s: [
      ['הסבב', 'm'],
      ['המפגש', 'm'],
      ['הכינוס', 'm'],
      ['הפגישה', 'f'],
      ['הוועידה', 'f'],
    ],
  },
  mods: { 'm.s': [' הבינלאומי', ' החדש'], 'f.s': [' הבינלאומית'] },
  frames: [
    { text: '{N}{A} {O} של שיחות אסטנה נפתח ביום שלישי בנור-סולטן.', kase: 's' },
    { text: 'במסגרת תהליך אסטנה התקיים {N}{A} {O} בנור-סולטן.', kase: 's' },
  ],
  negatives: [['שיחות אסטנה נמשכו 12 ימים והשתתפו בהן 7 משלחות.', []]],
};

export const GRAMMARS: Grammar[] = [ar, en, ru, tr, fa, fr, de, es, it, pt, uk, kk, he];

/**
 * "The 12th round ended ... {the next round} will take place in July": the words a language says the meeting ahead
 * with (next, new, upcoming × meeting nouns), after a numbered round: the round after it. Per language, a frame with
 * {X} and the phrases; expected [12, 13].
 */
export interface RelativeGrammar {
  lang: string;
  frame: string;
  phrases: string[];
}

export const RELATIVES: RelativeGrammar[] = [
  {
    lang: 'en',
    frame: 'The 12th round of the Astana talks ended on Friday. The sides agreed that {X} will take place in July.',
    phrases: [
      'the next round',
      'the next meeting',
      'the following round',
      'a new round',
      'a fresh round',
      'the upcoming meeting',
      'another round',
      'the next Astana meeting',
    ],
  },
  {
    lang: 'ar',
    frame: 'اختتمت الجولة الثانية عشرة من محادثات أستانا يوم الجمعة. واتفق الطرفان على عقد {X} في تموز.',
    phrases: ['الجولة المقبلة', 'الجولة القادمة', 'جولة جديدة', 'الاجتماع المقبل', 'الجولة التالية', 'اللقاء القادم'],
  },
  {
    lang: 'ru',
    frame:
      'В пятницу завершился 12-й раунд переговоров в астанинском формате. Стороны договорились провести {X} в июле.',
    phrases: ['следующий раунд', 'новый раунд', 'следующую встречу', 'новую встречу', 'предстоящую встречу'],
  },
  {
    lang: 'uk',
    frame:
      "У п'ятницю завершився 12-й раунд переговорів в астанинському форматі. Сторони домовилися провести {X} у липні.",
    phrases: ['наступний раунд', 'новий раунд', 'наступну зустріч', 'нову зустріч'],
  },
  {
    lang: 'tr',
    frame: 'Astana görüşmelerinin 12. turu cuma günü sona erdi. Taraflar {X} temmuzda yapılması konusunda anlaştı.',
    phrases: ['bir sonraki turun', 'yeni turun', 'sonraki toplantının', 'yeni görüşmelerin'],
  },
  {
    lang: 'fr',
    frame:
      "Le 12e cycle de pourparlers d'Astana s'est achevé vendredi. Les parties ont convenu que {X} aura lieu en juillet.",
    phrases: [
      'le prochain cycle',
      'la prochaine réunion',
      'un nouveau cycle',
      'une nouvelle réunion',
      'le cycle suivant',
    ],
  },
  {
    lang: 'de',
    frame: 'Die 12. Runde der Astana-Gespräche endete am Freitag. Die Seiten vereinbarten, {X} im Juli abzuhalten.',
    phrases: ['die nächste Runde', 'eine neue Runde', 'das nächste Treffen', 'eine weitere Runde'],
  },
  {
    lang: 'es',
    frame: 'La 12ª ronda de conversaciones de Astaná terminó el viernes. Las partes acordaron celebrar {X} en julio.',
    phrases: ['la próxima ronda', 'una nueva ronda', 'la siguiente reunión', 'el próximo encuentro'],
  },
  {
    lang: 'it',
    frame:
      'Il 12° round di colloqui di Astana si è concluso venerdì. Le parti hanno concordato di tenere {X} a luglio.',
    phrases: ['il prossimo round', 'un nuovo round', 'la prossima riunione', 'il prossimo incontro'],
  },
  {
    lang: 'pt',
    frame: 'A 12ª rodada de negociações de Astana terminou na sexta-feira. As partes acordaram realizar {X} em julho.',
    phrases: ['a próxima rodada', 'uma nova rodada', 'a próxima reunião', 'o próximo encontro', 'novas negociações'],
  },
  {
    lang: 'fa',
    frame: 'دوازدهمین دور مذاکرات آستانه روز جمعه به پایان رسید. طرفین توافق کردند {X} در ماه ژوئیه برگزار شود.',
    phrases: ['دور بعدی', 'دور جدید', 'نشست بعدی', 'نشست آینده', 'دور تازه'],
  },
  {
    lang: 'kk',
    frame: 'Астана процесі аясындағы 12-ші раунд жұма күні аяқталды. Тараптар {X} шілдеде өткізуге келісті.',
    phrases: ['келесі раундты', 'келесі кездесуді', 'жаңа раундты', 'алдағы кездесуді'],
  },
  {
    lang: 'he',
    frame: 'הסבב ה-12 של שיחות אסטנה הסתיים ביום שישי. הצדדים הסכימו לקיים את {X} ביולי.',
    phrases: ['הסבב הבא', 'המפגש הבא', 'הסבב החדש', 'הפגישה הבאה'],
  },
];

/**
 * "the first three rounds": a count joined to "first" on a meeting noun, in each language's order (both before the
 * noun, either order; both after it; count before and "first" after). Expected [1, 2, 3].
 */
export const FIRST_COUNTS: [string, string][] = [
  ['en', 'The first three rounds of the Astana talks took place in the Kazakh capital.'],
  ['en', 'The first 3 meetings in the Astana format brought a ceasefire.'],
  ['ar', 'عقدت الجولات الثلاث الأولى من محادثات أستانا في العاصمة الكازاخية.'],
  ['ar', 'انعقدت أول ثلاث جولات من مسار أستانا في العاصمة الكازاخية.'],
  ['ru', 'Первые три раунда переговоров в астанинском формате прошли в Казахстане.'],
  ['uk', 'Перші три раунди переговорів в астанинському форматі пройшли в Казахстані.'],
  ['tr', "Astana görüşmelerinin ilk üç turu Kazakistan'da yapıldı."],
  ['fa', 'سه دور نخست مذاکرات آستانه در قزاقستان برگزار شد.'],
  ['fr', "Les trois premiers cycles de pourparlers d'Astana ont eu lieu au Kazakhstan."],
  ['de', 'Die ersten drei Runden der Astana-Gespräche fanden in Kasachstan statt.'],
  ['es', 'Las tres primeras rondas del proceso de Astaná se celebraron en Kazajistán.'],
  ['it', 'I primi tre round del processo di Astana si sono svolti in Kazakistan.'],
  ['pt', 'As três primeiras rodadas do processo de Astana realizaram-se no Cazaquistão.'],
  ['kk', 'Астана процесінің алғашқы үш раунды Қазақстанда өтті.'],
  ['he', 'שלושת הסבבים הראשונים של תהליך אסטנה התקיימו בקזחסטן.'],
];
