// Per-language parts of the committee and Geneva coverage generator (committee-cases.ts). Every sentence is invented.
import type { CommitteeParts } from './committee-cases.js';

const PEDERSEN = ['geir-pedersen'];
const MISTURA = ['staffan-de-mistura'];

const EN: CommitteeParts = {
  ordinal: { 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth' },
  ordinalRound: { 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth' },
  forms: {
    G: [
      { text: 'the government delegation' },
      { text: "the Syrian government's delegation" },
      { text: 'the delegation nominated by the government' },
      { text: 'the government-backed delegation' },
      { text: 'the members named by Damascus' },
    ],
    O: [
      { text: 'the opposition delegation' },
      { text: 'the Syrian Negotiations Commission' },
      { text: "the delegation of the opposition's Negotiation Commission" },
      { text: 'the opposition-nominated members' },
      { text: 'the delegation named by the opposition' },
    ],
    C: [
      { text: 'the civil society delegation' },
      { text: 'the so-called middle third' },
      { text: 'the civil-society list' },
      { text: 'representatives of civil society' },
      { text: 'the members of the civil society third' },
    ],
    U: [
      { text: 'UN special envoy Geir Pedersen', people: PEDERSEN },
      { text: "the UN special envoy's office" },
      { text: 'the United Nations' },
      { text: 'the UN envoy for Syria, Geir Pedersen,', people: PEDERSEN },
      { text: 'the office of the UN special envoy for Syria' },
    ],
  },
  genevaForms: {
    G: [
      { text: 'the government delegation headed by Bashar al-Jaafari', people: ['bashar-jaafari'] },
      { text: 'the Syrian government delegation' },
      { text: "Damascus's negotiators" },
    ],
    O: [
      { text: 'the opposition High Negotiations Committee' },
      { text: 'the opposition delegation led by Nasr al-Hariri', people: ['nasr-al-hariri'] },
      { text: 'the rebel negotiators' },
    ],
    U: [
      { text: 'UN envoy Staffan de Mistura', people: MISTURA },
      { text: 'the UN mediator, Staffan de Mistura,', people: MISTURA },
      { text: 'the United Nations' },
    ],
  },
  ccLead: [
    'The {ord} session of the Syrian Constitutional Committee opened in Geneva on Monday.',
    "The Constitutional Committee's {ord} round of meetings began at the UN offices in Geneva on Monday.",
    'Session {n} of the Constitutional Committee got under way in Geneva on Monday.',
  ],
  ccHeadline: [
    'Constitutional Committee opens {ord} session in Geneva',
    "Syria's constitutional committee starts round {n}",
    'Constitutional committee talks: {ord} round begins',
  ],
  ccEvent: [
    'The talks opened at the Palais des Nations on Monday.',
    'Work on a new constitution resumed in Geneva on Monday.',
  ],
  ccLate: [
    "The meetings are the committee's {ord} session.",
    'This is the {ord} round of the Constitutional Committee since it was launched.',
  ],
  attend3: [
    '{G}, {O} and {C} took part in the meetings.',
    'The meeting brought together {G}, {O} and {C}.',
    '{O}, {G} and {C} are attending the talks.',
  ],
  attendSplit: [
    ['{G} and {O} attended the opening sitting.', '{C} also took part.'],
    ['Both {O} and {G} sat at the table on the first day.', 'Members of {C} joined the talks later.'],
  ],
  envoy: ['{U} chaired the opening sitting.', 'The session was convened by {U}.', '{U} opened the first sitting.'],
  cochairs: [
    'Co-chairs Ahmad Kuzbari and Hadi al-Bahra led the discussions.',
    'The two co-chairs, Hadi al-Bahra and Ahmad Kuzbari, opened the sitting together.',
  ],
  smallBody: [
    'The small body of the Constitutional Committee began its {ord} session in Geneva on Monday.',
    'The drafting commission of the Constitutional Committee opened round {n} of its work in Geneva on Monday.',
  ],
  astanaPassing: [
    'The guarantors of the Astana format backed the committee at their 14th round in December.',
    'A new round of the Astana talks is due in the Kazakh capital next month.',
  ],
  background: [
    'The committee was formed in 2019 with 150 members, 50 each for the government, the opposition and civil society.',
    'Its small body has 45 members, 15 from each of the three lists.',
  ],
  gvLead: [
    'The {ord} round of the intra-Syrian talks opened in Geneva on Thursday.',
    'Geneva {roman} got under way on Thursday at the UN offices.',
    'UN-led peace talks on Syria resumed in Geneva on Thursday for a {ord} round.',
  ],
  gvHeadline: ['Geneva {roman} talks open', 'Syria peace talks: {ord} Geneva round begins'],
  gvAttend: [
    '{G} and {O} met separately with {U}.',
    '{U} held talks with {G} and then with {O}.',
    '{O} and {G} arrived at the Palais des Nations, where {U} received them.',
  ],
  ccPassing: [
    'De Mistura wants the sides to discuss a future constitutional committee.',
    'The idea of a constitutional committee was raised again.',
  ],
};

const AR: CommitteeParts = {
  ordinal: { 2: 'الثانية', 3: 'الثالثة', 4: 'الرابعة', 5: 'الخامسة', 6: 'السادسة', 7: 'السابعة', 8: 'الثامنة' },
  ordinalRound: { 4: 'الرابعة', 5: 'الخامسة', 6: 'السادسة', 7: 'السابعة', 8: 'الثامنة' },
  forms: {
    G: [
      { text: 'الوفد الحكومي' },
      { text: 'وفد الحكومة السورية' },
      { text: 'الوفد المدعوم من الحكومة' },
      { text: 'الوفد الوطني' },
      { text: 'وفد الحكومة' },
    ],
    O: [
      { text: 'وفد المعارضة' },
      { text: 'هيئة التفاوض السورية' },
      { text: 'وفد هيئة التفاوض' },
      { text: 'الوفد المدعوم من المعارضة' },
      { text: 'وفد قوى الثورة' },
    ],
    C: [
      { text: 'وفد المجتمع المدني' },
      { text: 'الثلث الأوسط' },
      { text: 'كتلة المجتمع المدني' },
      { text: 'ممثلو المجتمع المدني' },
      { text: 'قائمة المجتمع المدني' },
    ],
    U: [
      { text: 'المبعوث الأممي غير بيدرسن', people: PEDERSEN },
      { text: 'مكتب المبعوث الأممي' },
      { text: 'الأمم المتحدة' },
      { text: 'المبعوث الخاص للأمم المتحدة إلى سوريا غير بيدرسن', people: PEDERSEN },
      { text: 'مكتب المبعوث الخاص للأمم المتحدة' },
    ],
  },
  genevaForms: {
    G: [
      { text: 'الوفد الحكومي برئاسة بشار الجعفري', people: ['bashar-jaafari'] },
      { text: 'وفد الحكومة السورية' },
      { text: 'وفد النظام' },
    ],
    O: [
      { text: 'وفد الهيئة العليا للمفاوضات' },
      { text: 'وفد المعارضة برئاسة نصر الحريري', people: ['nasr-al-hariri'] },
      { text: 'وفد المعارضة' },
    ],
    U: [
      { text: 'المبعوث الأممي ستيفان دي ميستورا', people: MISTURA },
      { text: 'الوسيط الأممي ستيفان دي ميستورا', people: MISTURA },
      { text: 'الأمم المتحدة' },
    ],
  },
  ccLead: [
    'انطلقت في جنيف يوم الاثنين أعمال الدورة {ord} للجنة الدستورية السورية.',
    'بدأت اللجنة الدستورية جولتها {ord} في مقر الأمم المتحدة في جنيف الاثنين.',
    'افتتحت الجولة {n} من اجتماعات اللجنة الدستورية في جنيف اليوم الاثنين.',
  ],
  ccHeadline: [
    'انطلاق الدورة {ord} للجنة الدستورية في جنيف',
    'اللجنة الدستورية تبدأ جولتها {ord}',
    'الجولة {n} من اجتماعات الدستورية تنطلق اليوم',
  ],
  ccEvent: ['وانطلقت الاجتماعات في قصر الأمم في جنيف الاثنين.', 'واستؤنف العمل على صياغة الدستور في جنيف الاثنين.'],
  ccLate: ['وتعد هذه الاجتماعات الدورة {ord} للجنة.', 'وهذه هي الجولة {ord} للجنة الدستورية منذ تشكيلها.'],
  attend3: ['وشارك في الاجتماعات {G} و{O} و{C}.', 'وجمع الاجتماع {G} و{O} و{C}.', 'ويحضر المحادثات {O} و{G} و{C}.'],
  attendSplit: [
    ['وحضر {G} و{O} الجلسة الافتتاحية.', 'كما شارك {C}.'],
    ['وجلس كل من {O} و{G} إلى الطاولة في اليوم الأول.', 'وانضم {C} إلى المحادثات لاحقا.'],
  ],
  envoy: ['وترأس {U} الجلسة الافتتاحية.', 'ودعا {U} إلى عقد الدورة.', 'وافتتح {U} الجلسة الأولى.'],
  cochairs: [
    'وأدار النقاش الرئيسان المشتركان أحمد الكزبري وهادي البحرة.',
    'وافتتح الرئيسان المشتركان للجنة، هادي البحرة وأحمد الكزبري، الجلسة معا.',
  ],
  smallBody: [
    'بدأت الهيئة المصغرة للجنة الدستورية دورتها {ord} في جنيف يوم الاثنين.',
    'افتتحت لجنة الصياغة المنبثقة عن اللجنة الدستورية الجولة {n} من أعمالها في جنيف الاثنين.',
  ],
  astanaPassing: [
    'وكانت الدول الضامنة لمسار أستانا قد دعمت اللجنة في جولتها الرابعة عشرة في كانون الأول.',
    'ومن المقرر عقد جولة جديدة من محادثات أستانا في العاصمة الكازاخية الشهر المقبل.',
  ],
  background: [
    'وتشكلت اللجنة عام 2019 من 150 عضوا، 50 للحكومة و50 للمعارضة و50 للمجتمع المدني.',
    'وتضم الهيئة المصغرة 45 عضوا، 15 من كل قائمة من القوائم الثلاث.',
  ],
  gvLead: [
    'انطلقت في جنيف الخميس الجولة {ord} من المفاوضات السورية السورية.',
    'بدأت أعمال مؤتمر جنيف {n} الخميس في مقر الأمم المتحدة.',
    'استؤنفت محادثات السلام السورية برعاية الأمم المتحدة في جنيف الخميس في جولتها {ord}.',
  ],
  gvHeadline: ['انطلاق مفاوضات جنيف {n}', 'بدء الجولة {ord} من محادثات جنيف'],
  gvAttend: [
    'والتقى {G} و{O} كلا على حدة مع {U}.',
    'وأجرى {U} محادثات مع {G} ثم مع {O}.',
    'ووصل {O} و{G} إلى قصر الأمم حيث استقبلهما {U}.',
  ],
  ccPassing: [
    'ويريد دي ميستورا أن يناقش الطرفان تشكيل لجنة دستورية في المستقبل.',
    'وطرحت فكرة اللجنة الدستورية مرة أخرى.',
  ],
};

export const PARTS: Record<string, CommitteeParts> = { en: EN, ar: AR };
