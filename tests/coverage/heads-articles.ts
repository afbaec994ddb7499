// Whole invented articles for the delegation-head coverage generator (round 13): a headline and a few sentences per
// article, varying how news writing spreads a head over the text — the delegation in one sentence and its head in the
// next ("who leads it"), a head named by title first and by name after, a surname after a full first mention, several
// heads under one verb, heads of non-state delegations (the opposition, the UN envoy), the round named only in the
// headline or only at the end, and negative articles (the head of a planned or an earlier round, a former head, the
// head of a ministry department). Slots as in heads-parts.ts ({R} {I} {T} {S} {P} {U}); "{R.sur}" is the surname the
// article uses after a full first mention. Every article is about the twentieth round; expected heads are at it.

import type { Slot } from './heads-parts.js';

/** [class, headline, body, expected heads (as in heads-parts.ts)]. */
export type ArticleRow = [string, string, string, string[]];

export interface ArticleParts {
  /** The surname of each slot in that language's script (a case form where the sentence needs one). */
  surnames: Partial<Record<Slot, string>>;
  articles: ArticleRow[];
}

export const ARTICLES: Record<string, ArticleParts> = {
  en: {
    surnames: { R: 'Lavrentiev', I: 'Khaji', T: 'Onal', S: 'Sousan', P: 'Pedersen', U: 'Hollis' },
    articles: [
      [
        'delegation-then-head',
        'Astana talks: twentieth round opens',
        'The twentieth round of the Astana talks on Syria opened on Wednesday. The Russian delegation arrived in the Kazakh capital on Tuesday evening. {R}, who leads it, told reporters that the ceasefire would top the agenda.',
        ['R'],
      ],
      [
        'title-then-name',
        'Guarantors gather for the twentieth Astana round',
        "The twentieth round of the Astana talks began on Wednesday. The Russian delegation is headed by the President's special envoy for Syria. The envoy, {R}, said the guarantors would discuss the detainees.",
        ['R'],
      ],
      [
        'surname-later',
        'Twentieth round of Astana talks under way',
        'The twentieth round of the Astana talks opened on Wednesday. {I} met the Turkish delegation on Tuesday night. {I.sur}, who heads the Iranian delegation, later spoke to reporters.',
        ['I'],
      ],
      [
        'surname-later',
        'Astana talks resume',
        'The twentieth round of the Astana talks got under way on Wednesday. {U} arrived in the Kazakh capital a day earlier. {U.sur} leads the American delegation, which attends as an observer.',
        ['U>USA'],
      ],
      [
        'several-one-verb',
        'Twentieth Astana round opens',
        'The twentieth round of the Astana talks opened on Wednesday. {R}, {I} and {T} head the delegations of Russia, Iran and Turkey respectively. The talks end on Thursday.',
        ['R', 'I', 'T'],
      ],
      [
        'opposition',
        'Opposition attends twentieth Astana round',
        'The twentieth round of the Astana talks began on Wednesday. The opposition delegation is headed by {U}. The government delegation is led by {S}.',
        ['U>SYR-OPP', 'S'],
      ],
      [
        'un-envoy',
        'Twentieth Astana round opens with UN present',
        'The twentieth round of the Astana talks opened on Wednesday. UN envoy {P} is also taking part in the meeting. {P.sur} met the government delegation in the afternoon.',
        ['P'],
      ],
      [
        'round-in-headline',
        'Twentieth round of Astana talks opens in Kazakh capital',
        'Delegations of the guarantor states met in the Kazakh capital on Wednesday. The Turkish delegation is led by {T}. The talks will last two days.',
        ['T'],
      ],
      [
        'round-at-end',
        'Guarantors meet in Kazakh capital',
        'The Iranian delegation is led by {I}. Delegations of the guarantor states met on Wednesday. The meeting is the twentieth round of the Astana talks.',
        ['I'],
      ],
      [
        'quote-continued',
        'Twentieth Astana round opens',
        'The twentieth round of the Astana talks opened on Wednesday. {T}, who heads the Turkish delegation, said the talks were useful. "We will keep working with our partners," he added.',
        ['T'],
      ],
      [
        'chief-negotiator',
        'Twentieth Astana round opens',
        "The twentieth round of the Astana talks opened on Wednesday. {I}, Iran's chief negotiator, met the Syrian delegation in the Kazakh capital on Tuesday.",
        ['I'],
      ],
      [
        'long-apposition',
        'Twentieth Astana round opens',
        "The twentieth round of the Astana talks opened on Wednesday. {U}, who is the President's special representative for the Gulf countries and North Africa, leads the delegation of the United States, while {T} leads that of Turkey.",
        ['U>USA', 'T'],
      ],
      [
        'neg-planned',
        'Twentieth Astana round ends',
        'The twentieth round of the Astana talks ended on Thursday. The next round will be held in June. {U} will head the Iranian delegation at that round.',
        [],
      ],
      [
        'neg-former',
        'Twentieth Astana round opens',
        'The twentieth round of the Astana talks opened on Wednesday. {U}, a former head of the Iranian delegation, said the talks were useful.',
        [],
      ],
      [
        'neg-department',
        'Twentieth Astana round opens',
        "The twentieth round of the Astana talks opened on Wednesday. {U}, who heads the foreign ministry's Middle East department, said the talks were useful.",
        [],
      ],
      [
        'neg-earlier',
        'Twentieth Astana round opens',
        'The twentieth round of the Astana talks opened on Wednesday. At the nineteenth round in May, the Turkish delegation was headed by {U}.',
        [],
      ],
    ],
  },
  ar: {
    surnames: { R: 'لافرنتييف', I: 'خاجي', T: 'أونال', S: 'سوسان', P: 'بيدرسون', U: 'حداد' },
    articles: [
      [
        'delegation-then-head',
        'انطلاق الجولة العشرين من محادثات أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا حول سوريا يوم الأربعاء. ووصل الوفد الروسي إلى العاصمة الكازاخية مساء الثلاثاء. وقال {R} الذي يترأسه للصحفيين إن وقف إطلاق النار سيتصدر جدول الأعمال.',
        ['R'],
      ],
      [
        'title-then-name',
        'الدول الضامنة تجتمع في الجولة العشرين من أستانا',
        'بدأت الجولة العشرون من محادثات أستانا يوم الأربعاء. ويرأس الوفد الروسي المبعوث الخاص للرئيس الروسي إلى سوريا. وقال المبعوث {R} إن الدول الضامنة ستبحث ملف المعتقلين.',
        ['R'],
      ],
      [
        'surname-later',
        'الجولة العشرون من محادثات أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. والتقى {I} الوفد التركي مساء الثلاثاء. وتحدث {I.sur}، الذي يرأس الوفد الإيراني، إلى الصحفيين في وقت لاحق.',
        ['I'],
      ],
      [
        'surname-later',
        'استئناف محادثات أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. ووصل {U} إلى العاصمة الكازاخية قبل يوم. ويرأس {U.sur} الوفد الأردني الذي يحضر بصفة مراقب.',
        ['U>JOR'],
      ],
      [
        'several-one-verb',
        'انطلاق الجولة العشرين من أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. ويرأس {R} و{I} و{T} وفود روسيا وإيران وتركيا على التوالي. وتختتم المحادثات يوم الخميس.',
        ['R', 'I', 'T'],
      ],
      [
        'opposition',
        'المعارضة تشارك في الجولة العشرين من أستانا',
        'بدأت الجولة العشرون من محادثات أستانا يوم الأربعاء. ويرأس وفد المعارضة {U}. أما الوفد الحكومي فيرأسه {S}.',
        ['U>SYR-OPP', 'S'],
      ],
      [
        'un-envoy',
        'الأمم المتحدة حاضرة في الجولة العشرين من أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. ويشارك المبعوث الأممي {P} في الاجتماع. والتقى {P.sur} الوفد الحكومي بعد الظهر.',
        ['P'],
      ],
      [
        'round-in-headline',
        'انطلاق الجولة العشرين من محادثات أستانا في العاصمة الكازاخية',
        'اجتمعت وفود الدول الضامنة في العاصمة الكازاخية يوم الأربعاء. ويرأس الوفد التركي {T}. وتستمر المحادثات يومين.',
        ['T'],
      ],
      [
        'round-at-end',
        'الدول الضامنة تجتمع في العاصمة الكازاخية',
        'يرأس الوفد الإيراني {I}. واجتمعت وفود الدول الضامنة يوم الأربعاء. ويعد الاجتماع الجولة العشرين من محادثات أستانا.',
        ['I'],
      ],
      [
        'quote-continued',
        'انطلاق الجولة العشرين من أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. وقال {T} الذي يرأس الوفد التركي إن المحادثات مفيدة. وأضاف: "سنواصل العمل مع شركائنا".',
        ['T'],
      ],
      [
        'chief-negotiator',
        'انطلاق الجولة العشرين من أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. واجتمع {I}، كبير المفاوضين الإيرانيين، بالوفد السوري في العاصمة الكازاخية مساء الثلاثاء.',
        ['I'],
      ],
      [
        'long-apposition',
        'انطلاق الجولة العشرين من أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. و{U}، نائب وزير الخارجية والمبعوث الخاص لشؤون دول الخليج وشمال أفريقيا ومنسق الملف السوري، يرأس الوفد الأردني.',
        ['U>JOR'],
      ],
      [
        'neg-planned',
        'اختتام الجولة العشرين من أستانا',
        'اختتمت الجولة العشرون من محادثات أستانا يوم الخميس. وستعقد الجولة المقبلة في حزيران. وسيرأس {U} الوفد الإيراني في تلك الجولة.',
        [],
      ],
      [
        'neg-former',
        'انطلاق الجولة العشرين من أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. وقال {U}، الرئيس السابق للوفد الإيراني، إن المحادثات مفيدة.',
        [],
      ],
      [
        'neg-department',
        'انطلاق الجولة العشرين من أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. وقال {U}، مدير إدارة الشرق الأوسط في وزارة الخارجية، إن المحادثات مفيدة.',
        [],
      ],
      [
        'neg-earlier',
        'انطلاق الجولة العشرين من أستانا',
        'انطلقت الجولة العشرون من محادثات أستانا يوم الأربعاء. وفي الجولة التاسعة عشرة في أيار، ترأس {U} الوفد التركي.',
        [],
      ],
    ],
  },
  ru: {
    surnames: { R: 'Лаврентьев', I: 'Хаджи', T: 'Онал', S: 'Сусан', P: 'Педерсен', U: 'Петров' },
    articles: [
      [
        'delegation-then-head',
        'В Астане открылся двадцатый раунд переговоров',
        'Двадцатый раунд переговоров в Астане по Сирии открылся в среду. Российская делегация прибыла в казахстанскую столицу во вторник вечером. {R}, который её возглавляет, сообщил журналистам, что главной темой станет режим прекращения огня.',
        ['R'],
      ],
      [
        'title-then-name',
        'Гаранты собрались на двадцатый раунд в Астане',
        'Двадцатый раунд переговоров в Астане начался в среду. Российскую делегацию возглавляет спецпосланник президента по Сирии. Спецпосланник {R} заявил, что гаранты обсудят вопрос задержанных.',
        ['R'],
      ],
      [
        'surname-later',
        'Двадцатый раунд переговоров в Астане',
        'Двадцатый раунд переговоров в Астане открылся в среду. {I} во вторник вечером встретился с турецкой делегацией. {I.sur}, который возглавляет иранскую делегацию, позднее ответил на вопросы журналистов.',
        ['I'],
      ],
      [
        'several-one-verb',
        'Открылся двадцатый раунд в Астане',
        'Двадцатый раунд переговоров в Астане открылся в среду. Делегации России, Ирана и Турции возглавляют соответственно {R}, {I} и {T}. Переговоры завершатся в четверг.',
        ['R', 'I', 'T'],
      ],
      [
        'opposition',
        'Оппозиция участвует в двадцатом раунде',
        'Двадцатый раунд переговоров в Астане начался в среду. Делегацию оппозиции возглавляет {U}. Правительственную делегацию возглавляет {S}.',
        ['U>SYR-OPP', 'S'],
      ],
      [
        'un-envoy',
        'ООН на двадцатом раунде в Астане',
        'Двадцатый раунд переговоров в Астане открылся в среду. В переговорах также участвует спецпосланник ООН {P}. Днём {P.sur} встретился с правительственной делегацией.',
        ['P'],
      ],
      [
        'round-in-headline',
        'В Астане открылся двадцатый раунд переговоров по Сирии',
        'Делегации стран-гарантов встретились в казахстанской столице в среду. Турецкую делегацию возглавляет {T}. Переговоры продлятся два дня.',
        ['T'],
      ],
      [
        'neg-planned',
        'Завершился двадцатый раунд в Астане',
        'Двадцатый раунд переговоров в Астане завершился в четверг. Следующий раунд пройдёт в июне. На нём иранскую делегацию возглавит {U}.',
        [],
      ],
      [
        'neg-former',
        'Открылся двадцатый раунд в Астане',
        'Двадцатый раунд переговоров в Астане открылся в среду. {U}, бывший глава иранской делегации, заявил, что переговоры полезны.',
        [],
      ],
      [
        'neg-department',
        'Открылся двадцатый раунд в Астане',
        'Двадцатый раунд переговоров в Астане открылся в среду. {U}, директор департамента Ближнего Востока МИД, заявил, что переговоры полезны.',
        [],
      ],
    ],
  },
  fr: {
    surnames: { R: 'Lavrentiev', I: 'Khaji', T: 'Onal', S: 'Sousan', P: 'Pedersen', U: 'Petrov' },
    articles: [
      [
        'delegation-then-head',
        "Ouverture du vingtième cycle des pourparlers d'Astana",
        "Le vingtième cycle des pourparlers d'Astana sur la Syrie s'est ouvert mercredi. La délégation russe est arrivée mardi soir dans la capitale kazakhe. {R}, qui la dirige, a déclaré que le cessez-le-feu serait au centre des discussions.",
        ['R'],
      ],
      [
        'surname-later',
        "Vingtième cycle des pourparlers d'Astana",
        "Le vingtième cycle des pourparlers d'Astana s'est ouvert mercredi. {I} a rencontré la délégation turque mardi soir. {I.sur}, qui dirige la délégation iranienne, s'est ensuite adressé aux journalistes.",
        ['I'],
      ],
      [
        'opposition',
        "L'opposition au vingtième cycle d'Astana",
        "Le vingtième cycle des pourparlers d'Astana a commencé mercredi. La délégation de l'opposition est dirigée par {U}. La délégation gouvernementale est conduite par {S}.",
        ['U>SYR-OPP', 'S'],
      ],
      [
        'round-in-headline',
        "Le vingtième cycle des pourparlers d'Astana s'ouvre dans la capitale kazakhe",
        'Les délégations des pays garants se sont réunies mercredi dans la capitale kazakhe. La délégation turque est conduite par {T}. Les discussions dureront deux jours.',
        ['T'],
      ],
      [
        'neg-planned',
        "Fin du vingtième cycle d'Astana",
        "Le vingtième cycle des pourparlers d'Astana s'est achevé jeudi. Le prochain cycle aura lieu en juin. {U} dirigera alors la délégation iranienne.",
        [],
      ],
      [
        'neg-former',
        "Ouverture du vingtième cycle d'Astana",
        "Le vingtième cycle des pourparlers d'Astana s'est ouvert mercredi. {U}, ancien chef de la délégation iranienne, a déclaré que les discussions étaient utiles.",
        [],
      ],
    ],
  },
  de: {
    surnames: { R: 'Lawrentjew', I: 'Khaji', T: 'Önal', S: 'Sousan', P: 'Pedersen', U: 'Petrow' },
    articles: [
      [
        'delegation-then-head',
        'Zwanzigste Runde der Astana-Gespräche eröffnet',
        'Die 20. Runde der Astana-Gespräche über Syrien begann am Mittwoch. Die russische Delegation traf am Dienstagabend in der kasachischen Hauptstadt ein. {R}, der sie leitet, sagte, die Waffenruhe stehe im Mittelpunkt.',
        ['R'],
      ],
      [
        'surname-later',
        'Astana-Gespräche: 20. Runde',
        'Die 20. Runde der Astana-Gespräche begann am Mittwoch. {I} traf am Dienstagabend die türkische Delegation. {I.sur}, der die iranische Delegation leitet, sprach danach mit Journalisten.',
        ['I'],
      ],
      [
        'opposition',
        'Opposition bei der 20. Astana-Runde',
        'Die 20. Runde der Astana-Gespräche begann am Mittwoch. Die Delegation der Opposition wird von {U} geleitet. Die Regierungsdelegation wird von {S} geleitet.',
        ['U>SYR-OPP', 'S'],
      ],
      [
        'neg-former',
        '20. Runde der Astana-Gespräche',
        'Die 20. Runde der Astana-Gespräche begann am Mittwoch. {U}, ehemaliger Leiter der iranischen Delegation, sagte, die Gespräche seien nützlich.',
        [],
      ],
    ],
  },
  tr: {
    surnames: { R: 'Lavrentiyev', I: 'Hacı', T: 'Önal', S: 'Susan', P: 'Pedersen', U: 'Kaya' },
    articles: [
      [
        'surname-later',
        'Astana görüşmelerinin 20. turu başladı',
        'Astana görüşmelerinin 20. turu çarşamba günü başladı. {I} salı akşamı Türk heyetiyle görüştü. İran heyetine başkanlık eden {I.sur}, daha sonra gazetecilere açıklama yaptı.',
        ['I'],
      ],
      [
        'opposition',
        'Muhalefet Astana görüşmelerinde',
        'Astana görüşmelerinin 20. turu çarşamba günü başladı. Muhalefet heyetine {U} başkanlık ediyor. Hükümet heyetine ise {S} başkanlık ediyor.',
        ['U>SYR-OPP', 'S'],
      ],
      [
        'neg-former',
        'Astana görüşmelerinin 20. turu başladı',
        'Astana görüşmelerinin 20. turu çarşamba günü başladı. İran heyetinin eski başkanı {U}, görüşmelerin yararlı olduğunu söyledi.',
        [],
      ],
    ],
  },
  fa: {
    surnames: { R: 'لاورنتیف', I: 'خاجی', T: 'اونال', S: 'سوسان', P: 'پدرسون', U: 'کریمی' },
    articles: [
      [
        'surname-later',
        'آغاز بیستمین دور مذاکرات آستانه',
        'بیستمین دور مذاکرات آستانه روز چهارشنبه آغاز شد. {I} سه‌شنبه شب با هیئت ترکیه دیدار کرد. {I.sur} که ریاست هیئت ایران را بر عهده دارد بعدا با خبرنگاران گفتگو کرد.',
        ['I'],
      ],
      [
        'chief-negotiator',
        'آغاز بیستمین دور مذاکرات آستانه',
        'بیستمین دور مذاکرات آستانه روز چهارشنبه آغاز شد. {I} مذاکره کننده ارشد ایران با هیئت سوریه دیدار کرد.',
        ['I'],
      ],
      [
        'neg-former',
        'آغاز بیستمین دور مذاکرات آستانه',
        'بیستمین دور مذاکرات آستانه روز چهارشنبه آغاز شد. {U} رئیس سابق هیئت ایران گفت که مذاکرات مفید بود.',
        [],
      ],
    ],
  },
};
