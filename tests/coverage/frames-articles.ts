// Coverage generator at the level of whole articles (round 13): short invented articles — a headline and three to
// eight sentences — composed from each language's parts, varying how the article is built: the round named only in
// the headline; its number only in the last sentence ("it is the 21st meeting"); the planned next round named before
// the current one's attendees; a paragraph about an earlier round before or after them; another series named in
// passing; the current round recalled late by "the talks", "the meeting", "this round", its day or its host city.
// Each article comes with the (series, round, actor, role) facts it states and nothing else: a fact of another round
// or series, or at the planned round, is a spurious one. Every sentence here is invented.
//
// The kit is an Astana round (the 21st, reported on its opening day, 2024-01-24): Russia, Iran and Turkey attend as
// guarantors, Jordan and Iraq as observers, Lebanon is the observer recalled late; Lebanon also attended the recalled
// 20th round when a structure says so; the planned 22nd has nobody named.

export interface ArticleCase {
  lang: string;
  /** The discourse structure (the matrix's column). */
  shape: string;
  title: string | null;
  text: string;
  publishedAt: string;
  /** "series|round|actor|role" facts the article states. */
  expected: string[];
}

/** How the late sentence recalls the reported round. */
export type RecallCue = 'talks' | 'meeting' | 'thisRound' | 'date' | 'city';

/** The parts of one language; every list gives variants of one function. */
export interface ArticleParts {
  /** Headlines naming the 21st round. */
  headline21: string[];
  /** Headlines naming no round. */
  headlinePlain: string[];
  /** Opening sentences telling of the talks opening that day, with no round number. */
  openPlain: string[];
  /** Opening sentences naming the 21st round as opening that day. */
  open21: string[];
  /** Russia, Iran and Turkey attending (no round named). */
  guarantors: string[];
  /** Jordan and Iraq attending as observers (no round named). */
  observers: string[];
  /** A closing sentence giving the number only: "it is the 21st meeting in this format". */
  endNumber: string[];
  /** The planned 22nd round, with nobody named for it. */
  next22: string[];
  /** The earlier 20th round, held in June, with nobody named for it. */
  earlier20: string[];
  /** Lebanon at the earlier 20th round (told in the past). */
  earlier20Lebanon: string[];
  /** Another series named in passing (a topic of the talks), nobody placed at it. */
  otherSeries: string[];
  /** Neutral background with no actor of the kit (the war's start, the format's aim). */
  filler: string[];
  /** History: Russia and Iran as the sponsors of the first two rounds, named in one phrase ("the first two rounds"). */
  firstTwo: string[];
  /** Jordan at the 19th and 20th rounds, coordinated ordinals with one plural noun. */
  coordinated: string[];
  /** Lebanon attending the reported round, which the sentence recalls by the given cue only. */
  recall: Partial<Record<RecallCue, string[]>>;
}

const SERIES = 'astana';
const PUB = '2024-01-24';
const CUR = 21;
const GUARANTORS = ['IRN', 'RUS', 'TUR'].map((a) => `${SERIES}|${String(CUR)}|${a}|GUARANTOR`);
const OBSERVERS = ['IRQ', 'JOR'].map((a) => `${SERIES}|${String(CUR)}|${a}|OBSERVER`);
const LEBANON_NOW = `${SERIES}|${String(CUR)}|LBN|OBSERVER`;
const LEBANON_BEFORE = `${SERIES}|20|LBN|OBSERVER`;
const FIRST_TWO = ['1', '2'].flatMap((r) => ['IRN', 'RUS'].map((a) => `${SERIES}|${r}|${a}|GUARANTOR`));
const JORDAN_BEFORE = ['19', '20'].map((r) => `${SERIES}|${r}|JOR|OBSERVER`);

/** The i-th variant of a list, turning round. */
function at(list: readonly string[], i: number): string {
  return list.length ? (list[i % list.length] ?? '') : '';
}

/** Every composition of a language's parts. */
function cases(lang: string, p: ArticleParts): ArticleCase[] {
  const out: ArticleCase[] = [];
  const add = (shape: string, title: string | null, sentences: string[], expected: string[]): void => {
    if (sentences.some((s) => !s) || title === '') return;
    out.push({ lang, shape, title, text: sentences.join(' '), publishedAt: PUB, expected: [...expected].sort() });
  };
  const n = Math.max(p.guarantors.length, p.observers.length, 2);
  for (let i = 0; i < n; i++) {
    const g = at(p.guarantors, i);
    const o = at(p.observers, i + 1);
    add('headlineOnly', at(p.headline21, i), [at(p.openPlain, i), g, o], [...GUARANTORS, ...OBSERVERS]);
    add(
      'numberLast',
      at(p.headlinePlain, i),
      [at(p.openPlain, i + 1), g, at(p.filler, i), o, at(p.endNumber, i)],
      [...GUARANTORS, ...OBSERVERS],
    );
    add('nextFirst', null, [at(p.open21, i), at(p.next22, i), g, o], [...GUARANTORS, ...OBSERVERS]);
    add('backgroundBefore', null, [at(p.earlier20, i), at(p.open21, i + 1), g, o], [...GUARANTORS, ...OBSERVERS]);
    add(
      'backgroundAfter',
      at(p.headlinePlain, i + 1),
      [at(p.open21, i), g, at(p.earlier20Lebanon, i), o],
      [...GUARANTORS, ...OBSERVERS, LEBANON_BEFORE],
    );
    add('otherSeries', null, [at(p.open21, i + 1), g, at(p.otherSeries, i), o], [...GUARANTORS, ...OBSERVERS]);
  }
  p.firstTwo.forEach((h, i) => {
    add('history', null, [at(p.open21, i), at(p.guarantors, i), h], [...GUARANTORS, ...FIRST_TWO]);
  });
  p.coordinated.forEach((c, i) => {
    add('coordinated', null, [at(p.open21, i), at(p.guarantors, i + 1), c], [...GUARANTORS, ...JORDAN_BEFORE]);
  });
  for (const [cue, list] of Object.entries(p.recall))
    list.forEach((r, i) => {
      add(
        `recall:${cue}`,
        null,
        [at(p.open21, i), at(p.guarantors, i), at(p.filler, i + 1), at(p.earlier20, i), r],
        [...GUARANTORS, LEBANON_NOW],
      );
    });
  return out;
}

const EN: ArticleParts = {
  headline21: ['21st round of Astana talks on Syria opens', 'Astana format meets for its 21st round'],
  headlinePlain: ['Syria talks resume in Kazakh capital', 'Guarantors of Syria ceasefire meet again'],
  openPlain: [
    'Talks on Syria in the Astana format opened in the Kazakh capital on Wednesday.',
    'A new round of the Astana talks on Syria began in Astana on Wednesday.',
  ],
  open21: [
    'The 21st round of the Astana talks on Syria opened in the Kazakh capital on Wednesday.',
    'The twenty-first international meeting on Syria in the Astana format began on Wednesday.',
  ],
  guarantors: [
    'Delegations of Russia, Iran and Turkey are taking part.',
    'Russia, Turkey and Iran sent delegations to the talks.',
    'The Russian, Iranian and Turkish delegations attend the meeting.',
  ],
  observers: ['Jordan and Iraq are attending as observers.', 'Delegations of Jordan and Iraq take part as observers.'],
  endNumber: ['It is the 21st meeting held in this format.', 'The talks are the twenty-first round of the process.'],
  next22: [
    'The next, 22nd round is expected to be held in the summer.',
    'The 22nd round will convene later this year, the Kazakh foreign ministry said.',
  ],
  earlier20: [
    'The 20th round, held in June, ended without a breakthrough.',
    'The previous, 20th round took place in Astana in June last year.',
  ],
  earlier20Lebanon: [
    'At the 20th round in June, Lebanon took part as an observer for the first time.',
    'Lebanon attended the 20th round last June as an observer.',
  ],
  otherSeries: [
    'The guarantors also voiced support for the work of the Constitutional Committee in Geneva.',
    'The sides also discussed ways to revive the Geneva process.',
  ],
  firstTwo: [
    'Sponsored by Russia and Iran, the first two rounds were held in the Kazakh capital in early 2017.',
    'Russia and Iran brokered the first two rounds in January and February 2017.',
  ],
  coordinated: [
    'Jordan attended the 19th and 20th rounds as an observer.',
    'Jordan sent observers to the nineteenth and the twentieth rounds.',
  ],
  filler: [
    'The conflict in Syria began in 2011.',
    'The format was set up to reduce violence on the ground.',
    'Kazakhstan has hosted most of the meetings.',
  ],
  recall: {
    talks: ['Lebanon is also attending the talks as an observer.', 'Lebanon joined the talks as an observer.'],
    meeting: [
      'Lebanon also attends the meeting as an observer.',
      'A Lebanese delegation is at the meeting as an observer.',
    ],
    thisRound: ['Lebanon takes part in this round as an observer.', 'Lebanon joined this round as an observer.'],
    date: ['On Wednesday, Lebanon also took part as an observer.'],
    city: ['In Astana, Lebanon is also taking part as an observer.'],
  },
};

const AR: ArticleParts = {
  headline21: [
    'انطلاق الجولة الحادية والعشرين من محادثات أستانا حول سوريا',
    'صيغة أستانا تعقد جولتها الحادية والعشرين',
  ],
  headlinePlain: ['استئناف المحادثات حول سوريا في العاصمة الكازاخية', 'الدول الضامنة تجتمع مجددا بشأن سوريا'],
  openPlain: [
    'انطلقت محادثات أستانا حول سوريا في العاصمة الكازاخية اليوم الأربعاء.',
    'بدأت جولة جديدة من محادثات أستانا بشأن سوريا في أستانا الأربعاء.',
  ],
  open21: [
    'انطلقت الجولة الحادية والعشرون من محادثات أستانا حول سوريا في العاصمة الكازاخية اليوم الأربعاء.',
    'بدأ الاجتماع الدولي الحادي والعشرون بشأن سوريا بصيغة أستانا أعماله الأربعاء.',
  ],
  guarantors: [
    'وتشارك في المحادثات وفود روسيا وإيران وتركيا.',
    'وأرسلت روسيا وتركيا وإيران وفودا إلى المحادثات.',
    'ويحضر الاجتماع الوفود الروسية والإيرانية والتركية.',
  ],
  observers: ['ويحضر الأردن والعراق بصفة مراقبين.', 'ويشارك وفدا الأردن والعراق بصفة مراقبين.'],
  endNumber: [
    'وهو الاجتماع الحادي والعشرون الذي يعقد بهذه الصيغة.',
    'وتعد المحادثات الجولة الحادية والعشرين من المسار.',
  ],
  next22: [
    'ومن المتوقع أن تعقد الجولة المقبلة، الثانية والعشرون، في الصيف.',
    'وستعقد الجولة الثانية والعشرون في وقت لاحق من العام، بحسب الخارجية الكازاخية.',
  ],
  earlier20: [
    'وكانت الجولة العشرون التي عقدت في حزيران قد انتهت دون اختراق.',
    'وعقدت الجولة السابقة، العشرون، في أستانا في حزيران من العام الماضي.',
  ],
  earlier20Lebanon: [
    'وفي الجولة العشرين في حزيران، شارك لبنان بصفة مراقب للمرة الأولى.',
    'وكان لبنان قد حضر الجولة العشرين في حزيران الماضي بصفة مراقب.',
  ],
  otherSeries: [
    'وأكدت الدول الضامنة كذلك دعمها لعمل اللجنة الدستورية في جنيف.',
    'وبحث الجانبان أيضا سبل إحياء مسار جنيف.',
  ],
  firstTwo: [
    'وبرعاية روسيا وإيران، عقدت الجولتان الأولى والثانية في العاصمة الكازاخية مطلع 2017.',
    'ورعت روسيا وإيران الجولتين الأولى والثانية في كانون الثاني وشباط 2017.',
  ],
  coordinated: [
    'وحضر الأردن الجولتين التاسعة عشرة والعشرين بصفة مراقب.',
    'وأرسل الأردن مراقبين إلى الجولتين التاسعة عشرة والعشرين.',
  ],
  filler: [
    'واندلع النزاع في سوريا عام 2011.',
    'وأنشئت الصيغة بهدف خفض العنف على الأرض.',
    'واستضافت كازاخستان معظم الاجتماعات.',
  ],
  recall: {
    talks: ['ويشارك لبنان أيضا في المحادثات بصفة مراقب.', 'وانضم لبنان إلى المحادثات بصفة مراقب.'],
    meeting: ['ويحضر لبنان الاجتماع أيضا بصفة مراقب.', 'ويوجد وفد لبناني في الاجتماع بصفة مراقب.'],
    thisRound: ['ويشارك لبنان في هذه الجولة بصفة مراقب.', 'وانضم لبنان إلى هذه الجولة بصفة مراقب.'],
    date: ['وشارك لبنان الأربعاء أيضا بصفة مراقب.'],
    city: ['وفي أستانا، يشارك لبنان أيضا بصفة مراقب.'],
  },
};

const RU: ArticleParts = {
  headline21: ['В Астане открылся 21-й раунд переговоров по Сирии'],
  headlinePlain: ['В столице Казахстана возобновились переговоры по Сирии'],
  openPlain: [
    'В среду в столице Казахстана открылись переговоры по Сирии в астанинском формате.',
    'В среду в Астане начался новый раунд астанинских переговоров по Сирии.',
  ],
  open21: [
    'В среду в столице Казахстана открылся 21-й раунд переговоров по Сирии в астанинском формате.',
    'Двадцать первая международная встреча по Сирии в астанинском формате началась в среду.',
  ],
  guarantors: [
    'В переговорах участвуют делегации России, Ирана и Турции.',
    'Россия, Турция и Иран направили на переговоры свои делегации.',
  ],
  observers: [
    'Иордания и Ирак участвуют в качестве наблюдателей.',
    'Делегации Иордании и Ирака присутствуют в качестве наблюдателей.',
  ],
  endNumber: ['Это 21-я встреча в таком формате.'],
  next22: ['Следующий, 22-й раунд планируется провести летом.'],
  earlier20: ['20-й раунд, прошедший в июне, завершился без прорыва.'],
  earlier20Lebanon: ['На 20-м раунде в июне Ливан впервые участвовал в качестве наблюдателя.'],
  otherSeries: ['Гаранты также высказались в поддержку работы Конституционного комитета в Женеве.'],
  firstTwo: ['При посредничестве России и Ирана первые два раунда прошли в столице Казахстана в начале 2017 года.'],
  coordinated: ['Иордания участвовала в 19-м и 20-м раундах в качестве наблюдателя.'],
  filler: ['Конфликт в Сирии начался в 2011 году.', 'Казахстан принимал большинство встреч.'],
  recall: {
    talks: ['Ливан также участвует в переговорах в качестве наблюдателя.'],
    meeting: ['Ливан также присутствует на встрече в качестве наблюдателя.'],
    thisRound: ['Ливан участвует в этом раунде в качестве наблюдателя.'],
  },
};

const FR: ArticleParts = {
  headline21: ["Ouverture du 21e cycle des pourparlers d'Astana sur la Syrie"],
  headlinePlain: ['Reprise des pourparlers sur la Syrie dans la capitale kazakhe'],
  openPlain: [
    "Les pourparlers sur la Syrie au format d'Astana se sont ouverts mercredi dans la capitale kazakhe.",
    "Un nouveau cycle des pourparlers d'Astana sur la Syrie a commencé mercredi.",
  ],
  open21: [
    "Le 21e cycle des pourparlers d'Astana sur la Syrie s'est ouvert mercredi dans la capitale kazakhe.",
    "La vingt-et-unième réunion internationale sur la Syrie au format d'Astana a commencé mercredi.",
  ],
  guarantors: [
    'Des délégations de la Russie, de l’Iran et de la Turquie y prennent part.',
    'La Russie, la Turquie et l’Iran ont envoyé des délégations aux pourparlers.',
  ],
  observers: [
    'La Jordanie et l’Irak y assistent en tant qu’observateurs.',
    'Des délégations de la Jordanie et de l’Irak participent en tant qu’observateurs.',
  ],
  endNumber: ["Il s'agit de la 21e réunion tenue dans ce format."],
  next22: ['Le prochain cycle, le 22e, devrait se tenir cet été.'],
  earlier20: ["Le 20e cycle, tenu en juin, s'était achevé sans avancée."],
  earlier20Lebanon: [
    'Lors du 20e cycle en juin, le Liban avait participé pour la première fois en tant qu’observateur.',
  ],
  otherSeries: ['Les garants ont aussi soutenu les travaux du Comité constitutionnel à Genève.'],
  firstTwo: [
    'Parrainés par la Russie et l’Iran, les deux premiers cycles se sont tenus dans la capitale kazakhe début 2017.',
  ],
  coordinated: ['La Jordanie a assisté aux 19e et 20e cycles en tant qu’observateur.'],
  filler: ['Le conflit en Syrie a commencé en 2011.', 'Le Kazakhstan a accueilli la plupart des réunions.'],
  recall: {
    talks: ['Le Liban participe aussi aux pourparlers en tant qu’observateur.'],
    meeting: ['Le Liban assiste aussi à la réunion en tant qu’observateur.'],
    thisRound: ['Le Liban participe à ce cycle en tant qu’observateur.'],
  },
};

const DE: ArticleParts = {
  headline21: ['21. Runde der Astana-Gespräche über Syrien beginnt'],
  headlinePlain: ['Syrien-Gespräche in der kasachischen Hauptstadt fortgesetzt'],
  openPlain: [
    'Die Syrien-Gespräche im Astana-Format haben am Mittwoch in der kasachischen Hauptstadt begonnen.',
    'Eine neue Runde der Astana-Gespräche über Syrien hat am Mittwoch begonnen.',
  ],
  open21: [
    'Die 21. Runde der Astana-Gespräche über Syrien hat am Mittwoch in der kasachischen Hauptstadt begonnen.',
    'Das 21. internationale Treffen zu Syrien im Astana-Format hat am Mittwoch begonnen.',
  ],
  guarantors: [
    'Delegationen aus Russland, dem Iran und der Türkei nehmen teil.',
    'Russland, die Türkei und der Iran haben Delegationen zu den Gesprächen entsandt.',
  ],
  observers: [
    'Jordanien und der Irak nehmen als Beobachter teil.',
    'Delegationen Jordaniens und des Irak sind als Beobachter anwesend.',
  ],
  endNumber: ['Es ist das 21. Treffen in diesem Format.'],
  next22: ['Die nächste, 22. Runde soll im Sommer stattfinden.'],
  earlier20: ['Die 20. Runde im Juni war ohne Durchbruch zu Ende gegangen.'],
  earlier20Lebanon: ['An der 20. Runde im Juni hatte der Libanon erstmals als Beobachter teilgenommen.'],
  otherSeries: ['Die Garanten unterstützten zudem die Arbeit des Verfassungskomitees in Genf.'],
  firstTwo: [
    'Unter der Schirmherrschaft Russlands und des Iran fanden die ersten beiden Runden Anfang 2017 in der kasachischen Hauptstadt statt.',
  ],
  coordinated: ['Jordanien nahm an der 19. und 20. Runde als Beobachter teil.'],
  filler: ['Der Konflikt in Syrien begann 2011.', 'Kasachstan war Gastgeber der meisten Treffen.'],
  recall: {
    talks: ['Der Libanon nimmt ebenfalls als Beobachter an den Gesprächen teil.'],
    meeting: ['Der Libanon ist als Beobachter auch bei dem Treffen anwesend.'],
    thisRound: ['Der Libanon nimmt als Beobachter an dieser Runde teil.'],
  },
};

const TR: ArticleParts = {
  headline21: ['Suriye konulu Astana görüşmelerinin 21. turu başladı'],
  headlinePlain: ['Suriye görüşmeleri Kazakistan başkentinde yeniden başladı'],
  openPlain: [
    'Astana formatındaki Suriye görüşmeleri çarşamba günü Kazakistan başkentinde başladı.',
    'Astana görüşmelerinin yeni turu çarşamba günü başladı.',
  ],
  open21: [
    "Suriye konulu Astana görüşmelerinin 21. turu çarşamba günü Kazakistan'ın başkentinde başladı.",
    'Astana formatındaki 21. uluslararası Suriye toplantısı çarşamba günü başladı.',
  ],
  guarantors: [
    'Görüşmelere Rusya, İran ve Türkiye heyetleri katılıyor.',
    'Rusya, Türkiye ve İran görüşmelere heyet gönderdi.',
  ],
  observers: ['Ürdün ve Irak gözlemci olarak katılıyor.', 'Ürdün ve Irak heyetleri gözlemci olarak hazır bulunuyor.'],
  endNumber: ['Bu, bu formatta düzenlenen 21. toplantı.'],
  next22: ['Bir sonraki, 22. turun yazın yapılması bekleniyor.'],
  earlier20: ['Haziran ayında yapılan 20. tur bir sonuç vermeden sona ermişti.'],
  earlier20Lebanon: ['Haziran ayındaki 20. tura Lübnan ilk kez gözlemci olarak katılmıştı.'],
  otherSeries: ["Garantörler ayrıca Cenevre'deki Anayasa Komitesi'nin çalışmalarına destek verdi."],
  firstTwo: ["Rusya ve İran'ın himayesinde ilk iki tur 2017 başında Kazakistan'ın başkentinde yapıldı."],
  coordinated: ['Ürdün 19. ve 20. turlara gözlemci olarak katıldı.'],
  filler: ["Suriye'deki çatışma 2011 yılında başladı.", 'Kazakistan toplantıların çoğuna ev sahipliği yaptı.'],
  recall: {
    talks: ['Lübnan da görüşmelere gözlemci olarak katılıyor.'],
    meeting: ['Lübnan da toplantıda gözlemci olarak bulunuyor.'],
    thisRound: ['Lübnan bu tura gözlemci olarak katılıyor.'],
  },
};

export const ARTICLE_PARTS: Record<string, ArticleParts> = { en: EN, ar: AR, ru: RU, fr: FR, de: DE, tr: TR };

export function articleCases(): ArticleCase[] {
  return Object.entries(ARTICLE_PARTS).flatMap(([lang, p]) => cases(lang, p));
}
