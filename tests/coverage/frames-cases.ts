// Coverage generator for frame choice (which round each sentence is about): short invented articles composed from
// each language's parts — where the reported round is named (lead, late, headline only), recalled rounds with their
// own participants, rounds named together, planned next rounds with announced participants, arrival reports before a
// round opens, and negative rows (background history, general descriptions of the format) — each with the
// (round, actor) pairs it must yield. Every sentence here is invented.
//
// The actors are chosen so a wrong frame shows: Russia and Iran attend the reported 21st round, Jordan and Iraq the
// recalled 20th, Lebanon is announced for the planned 22nd, and Turkey (with the others) appears only in sentences
// that place nobody at any round.

/** One article: its headline (or null), its sentences, its day of publication and the "round|actor" pairs expected. */
export interface FrameCase {
  lang: string;
  cls: string;
  title: string | null;
  text: string;
  publishedAt: string;
  expected: string[];
}

/** The parts of one language; every list gives variants of one function. */
export interface FrameParts {
  /** Sentences naming the 21st round as opening or held on the day of the report (2024-01-24). */
  lead21: string[];
  /** Sentences with Russia and Iran attending, naming no round. */
  attendPlain: string[];
  /** Sentences telling of a gathering without a round, before it is named (Russia and Iran). */
  eventFirst: string[];
  /** Sentences naming the reported round late ("the talks are the 21st round"). */
  late21: string[];
  /** Headlines naming the 21st round; bodies that then name no round (Russia and Iran attend). */
  headline21: string[];
  headlineBody: string[];
  /** Sentences naming the earlier 20th round with Jordan and Iraq as its participants. */
  recalled20: string[];
  /** A sentence naming the 20th round alone, then a past-tense sentence with Jordan and Iraq (no round named). */
  recalled20Then: [string, string][];
  /** Sentences naming both the 20th and 21st rounds as attended by Jordan. */
  bothRounds: string[];
  /** Sentences announcing the next, 22nd round with Lebanon to attend it. */
  next22: string[];
  /** Reports published the day before the 21st round opens (2024-01-23): Russia and Iran arriving or due. */
  arrival21: string[];
  /** Arrival told first, the round named in the next sentence (published 2024-01-23). */
  arrivalThenRound: [string, string][];
  /**
   * Published 2017-03-10: a lead announcing "the next meeting" with Lebanon to attend it, then the listing of the two
   * rounds held before it (so the next one is the third).
   */
  nextListed: [string, string][];
  /** Published the day before: Turkey's delegation has not yet arrived (negative), then the round named. */
  arrivalNegated: [string, string][];
  /**
   * A head of the reported round's delegation in a sentence that names the 20th round only as a reference point
   * ("which follow the 20th round"): Lavrentiev heads the Russian delegation at the 21st.
   */
  headsReference: string[];
  /** A head named for the recalled 20th round in a sentence of its own: Lavrentiev at the 20th. */
  headsRecalled: string[];
  /** Background history naming Turkey, Jordan or Iraq: attendance at no round. */
  background: string[];
  /** General descriptions of the format naming Turkey, Jordan and Iraq: attendance at no round. */
  general: string[];
}

const REPORT_DAY = '2024-01-24';
const EVE = '2024-01-23';
const AT21 = ['21|IRN', '21|RUS'];
const AT20 = ['20|IRQ', '20|JOR'];

function cases(lang: string, p: FrameParts): FrameCase[] {
  const out: FrameCase[] = [];
  const add = (
    cls: string,
    sentences: string[],
    expected: string[],
    publishedAt = REPORT_DAY,
    title: string | null = null,
  ): number => out.push({ lang, cls, title, text: sentences.join(' '), publishedAt, expected: [...expected].sort() });
  const lead = (i: number): string => p.lead21[i % p.lead21.length] ?? '';
  const plain = (i: number): string => p.attendPlain[i % p.attendPlain.length] ?? '';
  p.attendPlain.forEach((a, i) => add('lead', [lead(i), a], AT21));
  p.eventFirst.forEach((e) => {
    p.late21.forEach((l) => add('late', [e, l], AT21));
  });
  p.headline21.forEach((h) => {
    p.headlineBody.forEach((b) => add('headline', [b], AT21, REPORT_DAY, h));
  });
  p.recalled20.forEach((r, i) => {
    add('recalled', [lead(i), plain(i), r], [...AT21, ...AT20]);
    add('recalled', [lead(i + 1), r, plain(i + 1)], [...AT21, ...AT20]);
  });
  p.recalled20Then.forEach(([r, then], i) => add('recalledThen', [lead(i), plain(i), r, then], [...AT21, ...AT20]));
  p.bothRounds.forEach((b, i) => add('both', [lead(i), plain(i), b], [...AT21, '20|JOR', '21|JOR']));
  p.next22.forEach((n, i) => add('next', [lead(i), plain(i), n], [...AT21, '22|LBN']));
  p.nextListed.forEach(([n, l]) => add('nextListed', [n, l], ['3|LBN'], '2017-03-10'));
  p.arrival21.forEach((a) => add('arrival', [a], AT21, EVE));
  p.headsReference.forEach((h, i) => add('headsReference', [lead(i), h], ['21|RUS', '21|alexander-lavrentiev']));
  p.headsRecalled.forEach((h, i) => add('headsRecalled', [lead(i), h], ['20|RUS', '20|alexander-lavrentiev']));
  p.arrivalNegated.forEach(([a, r]) => add('arrivalNegated', [a, r], [], EVE));
  p.arrivalThenRound.forEach(([a, r]) => add('arrival', [a, r], AT21, EVE));
  p.background.forEach((b, i) => add('background', [lead(i), plain(i), b], AT21));
  p.general.forEach((g, i) => {
    add('general', [lead(i), plain(i), g], AT21);
    add('general', [lead(i + 1), g, plain(i + 1)], AT21);
  });
  return out;
}

const EN: FrameParts = {
  lead21: [
    'The 21st round of the Astana talks on Syria opened in the Kazakh capital on Wednesday.',
    'The twenty-first international meeting on Syria in the Astana format began in Astana today.',
    'Talks in the Astana format held their 21st round on Wednesday.',
  ],
  attendPlain: [
    'Delegations of Russia and Iran took part.',
    'Russia and Iran sent delegations to the talks.',
    'The meeting was attended by Russian and Iranian delegations.',
    'Iran and Russia are represented by their delegations.',
  ],
  eventFirst: [
    'Delegations of Russia and Iran met in the Kazakh capital on Wednesday.',
    'Russian and Iranian delegations gathered in Astana on Wednesday for talks on Syria.',
  ],
  late21: [
    'The talks are the 21st round of the Astana format.',
    'It is the twenty-first meeting held in the Astana format.',
  ],
  headline21: ['21st Astana round opens in Kazakh capital', 'Astana talks on Syria hold 21st round'],
  headlineBody: [
    'Delegations of Russia and Iran took part in the talks on Wednesday.',
    'Russia and Iran sent delegations to the meeting, which opened on Wednesday.',
  ],
  recalled20: [
    'The previous, 20th round in June was attended by Jordan and Iraq.',
    'At the 20th round, held last June, Jordan and Iraq took part as observers.',
    'Jordan and Iraq sent observers to the 20th meeting in June 2023.',
  ],
  recalled20Then: [
    ['The 20th round was held in June last year.', 'Jordan and Iraq attended it as observers.'],
    ['The previous meeting, the 20th, took place in June.', 'Delegations of Jordan and Iraq took part as observers.'],
  ],
  bothRounds: [
    'Jordan attended both the 20th and the 21st rounds.',
    'Jordan took part in the 20th and 21st meetings as an observer.',
  ],
  next22: [
    'The next, 22nd round will be held in Astana in the autumn, and Lebanon will take part in it.',
    'Lebanon will attend the 22nd round, due later this year.',
    'The parties agreed to hold the 22nd meeting in the autumn; Lebanon is to join it as an observer.',
  ],
  arrival21: [
    'Delegations of Russia and Iran have started arriving in Astana for the 21st round of talks, which opens tomorrow.',
    'The Russian and Iranian delegations are due in the Kazakh capital on Wednesday for the 21st round of the Astana talks.',
    'Russia and Iran will attend the 21st Astana meeting, which starts on Wednesday.',
  ],
  arrivalThenRound: [
    [
      'The Russian and Iranian delegations are already in Astana.',
      'The 21st round of the Astana talks opens tomorrow.',
    ],
    [
      'Delegations of Russia and Iran arrived in Astana on Tuesday.',
      'The 21st round of the Astana talks opens on Wednesday.',
    ],
    [
      'The Russian and Iranian delegations are arriving in the Kazakh capital.',
      'They will take part in the 21st round of the Astana format, which begins tomorrow.',
    ],
  ],
  nextListed: [
    [
      'The Kazakh foreign ministry said the next international meeting on Syria will convene in Astana on 14-15 March and that Lebanon will attend it.',
      'The meeting has been held in two rounds so far, the first on 23-24 January and the second on 15-16 February.',
    ],
  ],
  arrivalNegated: [
    ['The Turkish delegation has not yet arrived in Astana.', 'The 21st round of the Astana talks opens tomorrow.'],
  ],
  headsReference: [
    'The Russian delegation to the talks, which follow the 20th round held in June, is headed by Alexander Lavrentiev.',
    'Alexander Lavrentiev heads the Russian delegation, as he did at the 20th round.',
  ],
  headsRecalled: ['At the 20th round in June, the Russian delegation was headed by Alexander Lavrentiev.'],
  background: [
    'The Astana process was launched in January 2017 by Russia, Turkey and Iran.',
    'Jordan and Iraq joined the format as observers in 2017.',
    'The war in Syria broke out in March 2011, and Turkey has backed the opposition since.',
  ],
  general: [
    'Russia, Turkey and Iran are the guarantors of the Astana format, while Jordan and Iraq are its observers.',
    'The format brings together Turkey, Russia and Iran as guarantor states.',
  ],
};

const AR: FrameParts = {
  lead21: [
    'انطلقت الجولة الحادية والعشرون من محادثات أستانا حول سوريا في العاصمة الكازاخية اليوم الأربعاء.',
    'بدأ الاجتماع الدولي الحادي والعشرون بصيغة أستانا أعماله في أستانا اليوم.',
    'عقدت محادثات أستانا جولتها الحادية والعشرين الأربعاء.',
  ],
  attendPlain: [
    'وشاركت في المحادثات وفود روسيا وإيران.',
    'وأرسلت روسيا وإيران وفدين إلى الاجتماع.',
    'وحضر الاجتماع وفدا روسيا وإيران.',
    'وتشارك إيران وروسيا بوفدين.',
  ],
  eventFirst: [
    'اجتمعت وفود روسيا وإيران في العاصمة الكازاخية الأربعاء.',
    'التقى الوفدان الروسي والإيراني في أستانا الأربعاء لبحث الملف السوري.',
  ],
  late21: ['وتعد المحادثات الجولة الحادية والعشرين من مسار أستانا.', 'وهو الاجتماع الحادي والعشرون بصيغة أستانا.'],
  headline21: [
    'انطلاق الجولة الحادية والعشرين من محادثات أستانا',
    'محادثات أستانا حول سوريا تعقد جولتها الحادية والعشرين',
  ],
  headlineBody: [
    'وشاركت وفود روسيا وإيران في المحادثات الأربعاء.',
    'وأرسلت روسيا وإيران وفدين إلى الاجتماع الذي افتتح الأربعاء.',
  ],
  recalled20: [
    'وكانت الجولة السابقة، العشرون، في حزيران قد شهدت مشاركة الأردن والعراق.',
    'وفي الجولة العشرين التي عقدت في حزيران الماضي شارك الأردن والعراق بصفة مراقبين.',
    'وأرسل الأردن والعراق مراقبين إلى الاجتماع العشرين في حزيران 2023.',
  ],
  recalled20Then: [
    ['وعقدت الجولة العشرون في حزيران من العام الماضي.', 'وحضرها الأردن والعراق بصفة مراقبين.'],
    ['وكان الاجتماع السابق، وهو العشرون، قد عقد في حزيران.', 'وشارك فيه وفدا الأردن والعراق بصفة مراقبين.'],
  ],
  bothRounds: [
    'وحضر الأردن الجولتين العشرين والحادية والعشرين.',
    'وشارك الأردن في الاجتماعين العشرين والحادي والعشرين بصفة مراقب.',
  ],
  next22: [
    'وستعقد الجولة المقبلة، الثانية والعشرون، في أستانا في الخريف، وسيشارك فيها لبنان.',
    'وسيحضر لبنان الجولة الثانية والعشرين المقررة في وقت لاحق من العام.',
    'واتفقت الأطراف على عقد الاجتماع الثاني والعشرين في الخريف، على أن ينضم إليه لبنان بصفة مراقب.',
  ],
  arrival21: [
    'بدأت وفود روسيا وإيران بالوصول إلى أستانا للمشاركة في الجولة الحادية والعشرين من المحادثات التي تنطلق غدا.',
    'يصل الوفدان الروسي والإيراني إلى العاصمة الكازاخية الأربعاء للمشاركة في الجولة الحادية والعشرين من محادثات أستانا.',
    'تشارك روسيا وإيران في اجتماع أستانا الحادي والعشرين الذي يبدأ الأربعاء.',
  ],
  arrivalThenRound: [
    ['ووفدا روسيا وإيران موجودان في أستانا بالفعل.', 'وتنطلق الجولة الحادية والعشرون من محادثات أستانا غدا.'],
    ['وصلت وفود روسيا وإيران إلى أستانا الثلاثاء.', 'وتنطلق الجولة الحادية والعشرون من محادثات أستانا الأربعاء.'],
    [
      'يصل الوفدان الروسي والإيراني إلى العاصمة الكازاخية.',
      'وسيشاركان في الجولة الحادية والعشرين من مسار أستانا التي تبدأ غدا.',
    ],
  ],
  nextListed: [
    [
      'أعلنت الخارجية الكازاخية أن الاجتماع الدولي المقبل بشأن سوريا سيعقد في أستانا يومي 14 و15 آذار وأن لبنان سيشارك فيه.',
      'وعقد الاجتماع حتى الآن في جولتين، الأولى يومي 23 و24 كانون الثاني والثانية يومي 15 و16 شباط.',
    ],
  ],
  arrivalNegated: [
    ['ولم يصل الوفد التركي إلى أستانا حتى الآن.', 'وتنطلق الجولة الحادية والعشرون من محادثات أستانا غدا.'],
  ],
  headsReference: [
    'ويرأس الوفد الروسي إلى المحادثات، التي تأتي بعد الجولة العشرين المنعقدة في حزيران، ألكسندر لافرنتييف.',
    'ويترأس ألكسندر لافرنتييف الوفد الروسي، كما في الجولة العشرين.',
  ],
  headsRecalled: ['وفي الجولة العشرين في حزيران، ترأس الوفد الروسي ألكسندر لافرنتييف.'],
  background: [
    'وانطلق مسار أستانا في كانون الثاني 2017 برعاية روسيا وتركيا وإيران.',
    'وانضم الأردن والعراق إلى المسار بصفة مراقبين عام 2017.',
    'واندلعت الحرب في سوريا في آذار 2011، وتدعم تركيا المعارضة منذ ذلك الحين.',
  ],
  general: [
    'وتعد روسيا وتركيا وإيران الدول الضامنة لمسار أستانا، فيما يشارك الأردن والعراق بصفة مراقبين.',
    'ويجمع المسار تركيا وروسيا وإيران بصفتها دولا ضامنة.',
  ],
};

const FR: FrameParts = {
  lead21: [
    "Le 21e cycle des pourparlers d'Astana sur la Syrie s'est ouvert mercredi dans la capitale kazakhe.",
    "La vingt-et-unième réunion internationale sur la Syrie au format d'Astana a commencé aujourd'hui.",
  ],
  attendPlain: [
    'Des délégations de la Russie et de l’Iran ont pris part aux pourparlers.',
    'La Russie et l’Iran ont envoyé des délégations aux pourparlers.',
    'La réunion a réuni les délégations russe et iranienne.',
  ],
  eventFirst: ['Les délégations de la Russie et de l’Iran se sont réunies mercredi dans la capitale kazakhe.'],
  late21: ["Ces pourparlers constituent le 21e cycle du format d'Astana."],
  headline21: ["Ouverture du 21e cycle des pourparlers d'Astana"],
  headlineBody: ['Des délégations de la Russie et de l’Iran ont pris part mercredi aux pourparlers.'],
  recalled20: [
    'Lors du 20e cycle, tenu en juin dernier, la Jordanie et l’Irak avaient participé en tant qu’observateurs.',
    'La Jordanie et l’Irak avaient envoyé des observateurs à la 20e réunion en juin 2023.',
  ],
  recalled20Then: [
    ['Le 20e cycle s’était tenu en juin dernier.', 'La Jordanie et l’Irak y avaient assisté en tant qu’observateurs.'],
  ],
  bothRounds: ['La Jordanie a assisté aux 20e et 21e cycles.'],
  next22: [
    'Le prochain cycle, le 22e, se tiendra à l’automne et le Liban y participera.',
    'Le Liban participera au 22e cycle, prévu plus tard dans l’année.',
  ],
  arrival21: [
    "Les délégations de la Russie et de l’Iran ont commencé à arriver à Astana pour le 21e cycle des pourparlers, qui s'ouvre demain.",
    "La Russie et l’Iran participeront à la 21e réunion d'Astana, qui commence mercredi.",
  ],
  arrivalThenRound: [
    ['Les délégations russe et iranienne sont déjà à Astana.', "Le 21e cycle des pourparlers d'Astana s'ouvre demain."],
    [
      'Les délégations de la Russie et de l’Iran sont arrivées mardi à Astana.',
      "Le 21e cycle des pourparlers d'Astana s'ouvre mercredi.",
    ],
  ],
  nextListed: [
    [
      'Le ministère kazakh a annoncé que la prochaine réunion internationale sur la Syrie se tiendra à Astana les 14 et 15 mars et que le Liban y participera.',
      'La réunion a déjà eu lieu en deux cycles, le premier les 23 et 24 janvier et le deuxième les 15 et 16 février.',
    ],
  ],
  arrivalNegated: [
    [
      "La délégation turque n'est pas encore arrivée à Astana.",
      "Le 21e cycle des pourparlers d'Astana s'ouvre demain.",
    ],
  ],
  headsReference: ['La délégation russe, arrivée après le 20e cycle de juin, est dirigée par Alexandre Lavrentiev.'],
  headsRecalled: ['Lors du 20e cycle en juin, la délégation russe était dirigée par Alexandre Lavrentiev.'],
  background: [
    "Le processus d'Astana a été lancé en janvier 2017 par la Russie, la Turquie et l’Iran.",
    'La guerre en Syrie a éclaté en mars 2011, et la Turquie soutient l’opposition depuis.',
  ],
  general: ["La Russie, la Turquie et l’Iran sont les garants du format d'Astana."],
};

const ES: FrameParts = {
  lead21: [
    'La 21.ª ronda de las conversaciones de Astaná sobre Siria se inauguró el miércoles en la capital kazaja.',
    'La vigésima primera reunión internacional sobre Siria en formato de Astaná comenzó hoy.',
  ],
  attendPlain: [
    'Participaron delegaciones de Rusia e Irán.',
    'Rusia e Irán enviaron delegaciones a las conversaciones.',
  ],
  eventFirst: ['Las delegaciones de Rusia e Irán se reunieron el miércoles en la capital kazaja.'],
  late21: ['Las conversaciones son la 21.ª ronda del formato de Astaná.'],
  headline21: ['Comienza la 21.ª ronda de las conversaciones de Astaná'],
  headlineBody: ['Delegaciones de Rusia e Irán participaron el miércoles en las conversaciones.'],
  recalled20: [
    'En la 20.ª ronda, celebrada en junio pasado, Jordania e Irak participaron como observadores.',
    'Jordania e Irak enviaron observadores a la vigésima reunión en junio de 2023.',
  ],
  recalled20Then: [
    ['La 20.ª ronda se celebró en junio del año pasado.', 'Jordania e Irak asistieron a ella como observadores.'],
  ],
  bothRounds: ['Jordania asistió a las rondas 20.ª y 21.ª.'],
  next22: [
    'La próxima ronda, la 22.ª, se celebrará en otoño y Líbano participará en ella.',
    'Líbano asistirá a la 22.ª ronda, prevista para finales de año.',
  ],
  arrival21: [
    'Las delegaciones de Rusia e Irán comenzaron a llegar a Astaná para la 21.ª ronda de conversaciones, que se inaugura mañana.',
    'Rusia e Irán participarán en la 21.ª reunión de Astaná, que comienza el miércoles.',
  ],
  arrivalThenRound: [
    [
      'Las delegaciones de Rusia e Irán ya están en Astaná.',
      'La 21.ª ronda de las conversaciones de Astaná comienza mañana.',
    ],
    [
      'Las delegaciones de Rusia e Irán llegaron el martes a Astaná.',
      'La 21.ª ronda de las conversaciones de Astaná comienza el miércoles.',
    ],
  ],
  nextListed: [
    [
      'La cancillería kazaja anunció que la próxima reunión internacional sobre Siria se celebrará en Astaná los días 14 y 15 de marzo y que Líbano participará en ella.',
      'La reunión se ha celebrado hasta ahora en dos rondas, la primera el 23 y 24 de enero y la segunda el 15 y 16 de febrero.',
    ],
  ],
  arrivalNegated: [
    [
      'La delegación turca todavía no ha llegado a Astaná.',
      'La 21.ª ronda de las conversaciones de Astaná comienza mañana.',
    ],
  ],
  headsReference: [
    'La delegación rusa, que llega tras la 20.ª ronda de junio, está encabezada por Alexandr Lavréntiev.',
  ],
  headsRecalled: ['En la 20.ª ronda de junio, la delegación rusa estuvo encabezada por Alexandr Lavréntiev.'],
  background: [
    'El proceso de Astaná fue lanzado en enero de 2017 por Rusia, Turquía e Irán.',
    'La guerra en Siria estalló en marzo de 2011, y Turquía apoya a la oposición desde entonces.',
  ],
  general: ['Rusia, Turquía e Irán son los garantes del formato de Astaná.'],
};

const RU: FrameParts = {
  lead21: [
    'В столице Казахстана в среду открылся 21-й раунд переговоров по Сирии в астанинском формате.',
    'Двадцать первая международная встреча по Сирии в астанинском формате началась сегодня в Астане.',
  ],
  attendPlain: [
    'В переговорах участвуют делегации России и Ирана.',
    'Россия и Иран направили на переговоры свои делегации.',
  ],
  eventFirst: ['Делегации России и Ирана встретились в среду в столице Казахстана.'],
  late21: ['Переговоры стали 21-м раундом астанинского формата.'],
  headline21: ['В Астане открылся 21-й раунд переговоров по Сирии'],
  headlineBody: ['В среду в переговорах приняли участие делегации России и Ирана.'],
  recalled20: [
    'В 20-м раунде, прошедшем в июне прошлого года, Иордания и Ирак участвовали в качестве наблюдателей.',
    'Иордания и Ирак направили наблюдателей на 20-ю встречу в июне 2023 года.',
  ],
  recalled20Then: [
    ['20-й раунд прошёл в июне прошлого года.', 'В нём участвовали Иордания и Ирак в качестве наблюдателей.'],
  ],
  bothRounds: ['Иордания участвовала в 20-м и 21-м раундах.'],
  next22: [
    'Следующий, 22-й раунд пройдёт осенью, в нём примет участие Ливан.',
    'Ливан примет участие в 22-м раунде, намеченном на конец года.',
  ],
  arrival21: [
    'Делегации России и Ирана начали прибывать в Астану на 21-й раунд переговоров, который откроется завтра.',
    'Россия и Иран примут участие в 21-й встрече в Астане, которая начнётся в среду.',
  ],
  arrivalThenRound: [
    ['Делегации России и Ирана уже находятся в Астане.', '21-й раунд астанинских переговоров откроется завтра.'],
    ['Делегации России и Ирана прибыли в Астану во вторник.', '21-й раунд астанинских переговоров откроется в среду.'],
  ],
  nextListed: [
    [
      'МИД Казахстана сообщил, что следующая международная встреча по Сирии пройдёт в Астане 14-15 марта и что в ней примет участие Ливан.',
      'До сих пор встреча прошла в два раунда: первый 23-24 января, второй 15-16 февраля.',
    ],
  ],
  arrivalNegated: [
    ['Турецкая делегация ещё не прибыла в Астану.', '21-й раунд астанинских переговоров откроется завтра.'],
  ],
  headsReference: ['Российскую делегацию, как и на 20-м раунде, возглавляет Александр Лаврентьев.'],
  headsRecalled: ['На 20-м раунде в июне российскую делегацию возглавлял Александр Лаврентьев.'],
  background: [
    'Астанинский процесс был запущен в январе 2017 года Россией, Турцией и Ираном.',
    'Война в Сирии началась в марте 2011 года, и Турция с тех пор поддерживает оппозицию.',
  ],
  general: ['Россия, Турция и Иран являются гарантами астанинского формата.'],
};

export const FRAME_PARTS: Record<string, FrameParts> = { en: EN, ar: AR, fr: FR, es: ES, ru: RU };

export function frameCases(): FrameCase[] {
  return Object.entries(FRAME_PARTS).flatMap(([lang, p]) => cases(lang, p));
}
