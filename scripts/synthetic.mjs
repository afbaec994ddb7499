// Synthetic news articles about Astana rounds, for load and crash tests: plausible sentences from templates.
// Deterministic (seeded): the same N gives the same articles, so two runs over them are comparable.
// They need not yield correct facts; they make the pipeline do its real work (actors, rounds, dates, quotes).

const GUARANTORS = [
  ['Russia', 'روسيا', 'Alexander Lavrentiev', 'ألكسندر لافرنتييف', 'Special Envoy of the Russian President for Syria'],
  ['Turkey', 'تركيا', 'Sedat Onal', 'سادات أونال', 'Deputy Foreign Minister of Turkey'],
  ['Iran', 'إيران', 'Ali Asghar Khaji', 'علي أصغر خاجي', 'senior adviser to the Iranian Foreign Minister'],
];
const OBSERVERS = [
  ['Jordan', 'الأردن'],
  ['Iraq', 'العراق'],
  ['Lebanon', 'لبنان'],
  ['the United Nations', 'الأمم المتحدة'],
];
const ORDINALS_EN = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
];
const ORDINALS_AR = [
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
  'العاشرة',
  'الحادية عشرة',
  'الثانية عشرة',
  'الثالثة عشرة',
  'الرابعة عشرة',
  'الخامسة عشرة',
  'السادسة عشرة',
  'السابعة عشرة',
  'الثامنة عشرة',
  'التاسعة عشرة',
  'العشرين',
  'الحادية والعشرين',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_AR = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const QUOTES_EN = [
  'the ceasefire regime must be strengthened in all de-escalation zones',
  'there is no military solution to the Syrian conflict',
  'the Constitutional Committee should resume its work in Geneva as soon as possible',
  'humanitarian access to all Syrians must be ensured without discrimination',
  'the sovereignty and territorial integrity of Syria are not negotiable',
];
const QUOTES_AR = [
  'نظام وقف إطلاق النار يجب أن يتعزز في جميع مناطق خفض التصعيد',
  'لا يوجد حل عسكري للنزاع السوري',
  'على اللجنة الدستورية استئناف عملها في جنيف في أقرب وقت',
  'يجب ضمان وصول المساعدات الإنسانية إلى جميع السوريين',
];
const FILLER_EN = [
  'The talks were held behind closed doors at a hotel in the Kazakh capital.',
  'Delegations discussed the release of detainees and the exchange of bodies.',
  'The final statement reaffirmed the commitment to Security Council resolution 2254.',
  'Observers said progress on the political track remained slow.',
  'Journalists were briefed after the plenary session.',
];
const FILLER_AR = [
  'وعقدت المحادثات خلف أبواب مغلقة في أحد فنادق العاصمة الكازاخية.',
  'وناقشت الوفود ملف المعتقلين وتبادل الجثث.',
  'وأكد البيان الختامي الالتزام بقرار مجلس الأمن 2254.',
  'وقال مراقبون إن التقدم في المسار السياسي ما زال بطيئًا.',
];

/** A small seeded PRNG (mulberry32): no dependency, same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticArticles(n, seed = 20230621) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const round = 1 + Math.floor(rand() * 21);
    // Rounds spread from 2017 to 2023 so dates and rounds stay roughly consistent.
    const day = new Date(Date.UTC(2017, 0, 23) + Math.floor((round - 1) * 110 + rand() * 20) * 86_400_000);
    const publishedAt = day.toISOString().slice(0, 10);
    const [, , person, personAr, title] = pick(GUARANTORS);
    const observer = pick(OBSERVERS);
    const arabic = i % 3 === 0;
    const text = arabic
      ? `أستانة، ${day.getUTCDate()} ${MONTHS_AR[day.getUTCMonth()]} ${day.getUTCFullYear()} — اختتمت في العاصمة الكازاخية أستانة الجولة ${ORDINALS_AR[round - 1]} من محادثات أستانة حول سوريا بمشاركة الدول الضامنة روسيا وتركيا وإيران.\n\n` +
        `وقال ${personAr} إن "${pick(QUOTES_AR)}".\n\nوحضر وفد ${observer[1]} بصفة مراقب. ${pick(FILLER_AR)} ${pick(FILLER_AR)}\n\n(تقرير رقم ${i + 1})`
      : `ASTANA, ${MONTHS_EN[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()} — The ${ORDINALS_EN[round - 1]} round of the Astana talks on Syria ended on Wednesday, with the guarantor states Russia, Turkey and Iran attending.\n\n` +
        `${person}, ${title}, told reporters that "${pick(QUOTES_EN)}."\n\n${observer[0]} attended as an observer. ${pick(FILLER_EN)} ${pick(FILLER_EN)}\n\n(Report no. ${i + 1})`;
    const article = {
      publishedAt,
      language: arabic ? 'ar' : 'en',
      title: `Astana round ${round}: report ${i + 1}`,
      source: 'Synthetic Wire',
      text,
    };
    // Most carry a URL; some only an id, some neither (identity from the text), as real feeds do.
    if (i % 10 === 3) out.push({ id: `synthetic-${i + 1}`, ...article });
    else if (i % 10 === 6) out.push(article);
    else out.push({ url: `https://synthetic.example/astana/${round}/${i + 1}`, ...article });
    // One in fifty is re-published under another URL: a duplicate by text within the run.
    if (i % 50 === 49 && out.length < n) {
      out.push({ ...out[out.length - 1], url: `https://mirror.example/${i + 1}`, id: undefined });
      i += 1;
    }
  }
  return out.slice(0, n);
}
