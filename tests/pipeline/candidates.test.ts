// The participation rules one by one: for a named actor in an invented sentence, the rule that drops it or the way it
// is kept (a candidate, a host, an observer), in every language whose lexicon carries the rule's cue words.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/facts.js';
import { findPersons } from '../../src/pipeline/extract/persons.js';
import { guarantorsByRole, judge, sentenceOf } from '../../src/pipeline/resolve/candidates.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

/** The verdict on each named actor of the first sentence, as "ID:verdict" (a rule's name, or kept/HOST/OBSERVER). */
function verdicts(text: string, lang: string, ownRound = true): string[] {
  const doc = analyse(article(text, lang), seedKnowledge);
  const s = sentenceOf(doc, 0, findPersons(doc), new Set(['astana']), ownRound);
  return s.actors.map((x) => {
    const v = judge(s, x);
    return `${x.a.id}:${typeof v === 'string' ? v : (v.stated ?? 'kept')}`;
  });
}

function verdictOn(text: string, lang: string, id: string, ownRound = true): string[] {
  return verdicts(text, lang, ownRound)
    .filter((v) => v.startsWith(`${id}:`))
    .map((v) => v.slice(id.length + 1));
}

describe('exclusion: topic', () => {
  it.each([
    ['en', 'The 20th round of talks about Syria opened with delegations of Russia and Iran.'],
    ['en', 'Delegations of Russia and Iran joined the 20th round of talks on Syria.'],
    ['ar', 'انطلقت الجولة العشرون من المحادثات حول سوريا بمشاركة وفدي روسيا وإيران.'],
    ['ar', 'وصل وفدا روسيا وإيران إلى الجولة العشرين من المحادثات الخاصة بسوريا.'],
    ['ar', 'شاركت وفود روسيا وإيران في الجولة العشرين من المشاورات بشأن سوريا.'],
    [
      'fr',
      'Les délégations de la Russie et de l’Iran ont participé au 20e round des pourparlers consacrés à la Syrie.',
    ],
    ['ru', 'Делегации России и Ирана участвовали в 20-м раунде переговоров по Сирии.'],
    ['tr', 'Rusya ve İran heyetleri Suriye konulu 20. tur görüşmelere katıldı.'],
    ['fa', 'هیئت‌های روسیه و ایران در دور بیستم مذاکرات درباره سوریه شرکت کردند.'],
  ])('%s: %s — Syria is the topic, the delegations are kept', (lang, text) => {
    expect(verdictOn(text, lang, 'SYR')).toEqual(['topic']);
    expect(verdictOn(text, lang, 'RUS')).toEqual(['kept']);
  });
});

describe('exclusion: a city named by its country', () => {
  it.each([
    ['en', 'The 20th round opened in Astana, the capital of Kazakhstan, with delegations of Russia and Turkey.'],
    ['ar', 'انطلقت الجولة العشرون التي تستضيفها أستانا، عاصمة كازاخستان، بمشاركة وفدي روسيا وتركيا.'],
    ['ru', 'Двадцатый раунд открылся в Астане, столице Казахстана, при участии делегаций России и Турции.'],
    ['tr', "20. tur, Kazakistan'ın başkenti Astana'da Rusya ve Türkiye heyetlerinin katılımıyla başladı."],
  ])('%s: %s', (lang, text) => {
    expect(verdictOn(text, lang, 'KAZ')).toEqual(['cityApposition']);
    expect(verdictOn(text, lang, 'TUR')).toEqual(['kept']);
  });

  it('a country that hosts is still the host', () => {
    expect(verdictOn('Kazakhstan will host the 21st round of the Astana talks.', 'en', 'KAZ')).toEqual(['HOST']);
    expect(verdictOn('الجولة الحادية والعشرون تستضيفها كازاخستان الشهر المقبل.', 'ar', 'KAZ')).toEqual(['HOST']);
  });
});

describe('exclusion: negated, invited, possibly coming', () => {
  it.each([
    ['en', 'Jordan, Iraq and Lebanon did not attend the 20th round.', ['IRQ', 'JOR', 'LBN']],
    ['en', 'The Kazakh ministry sent invitations to Jordan and Iraq for the 20th round.', ['IRQ', 'JOR']],
    ['en', 'The opposition will stay away from the 20th round, a spokesman said.', ['SYR-OPP']],
    ['en', '"Jordan may come to the 20th round," the minister said.', ['JOR']],
    ['ar', 'وكانت الخارجية قد بعثت بدعوات إلى الأردن والعراق لحضور الجولة العشرين.', ['IRQ', 'JOR']],
    ['ar', 'قالت المعارضة إنها ستقاطع الجولة العشرين.', ['SYR-OPP']],
    ['fr', "L'opposition boycottera le 20e round, a-t-elle annoncé.", ['SYR-OPP']],
    ['it', 'Gli Stati Uniti non prendono parte al ventesimo round dei colloqui di Astana.', ['USA']],
    ['de', 'Die USA bleiben der 20. Runde fern.', ['USA']],
    ['ru', 'США не участвуют в 20-м раунде.', ['USA']],
  ])('%s: %s', (lang, text, ids) => {
    for (const id of ids) expect(verdictOn(text, lang, id)).toEqual(['negated']);
  });

  it('a list before a negated verb is negated as a whole, another subject in between is not', () => {
    expect(verdicts('Russia and Turkey attended, while Jordan and Iraq did not attend the 20th round.', 'en')).toEqual([
      'RUS:kept',
      'TUR:kept',
      'JOR:negated',
      'IRQ:negated',
    ]);
  });
});

describe('negation stops at a clause with an attending verb of its own', () => {
  it.each([
    [
      'ar',
      'وحضر الجولة العشرين وفدا الحكومة السورية والمعارضة، فيما تغيب مبعوث الأمم المتحدة بداعي المرض، وشارك العراق، ومعه لبنان، بصفة مراقبين.',
      ['SYR', 'SYR-OPP', 'IRQ', 'LBN'],
    ],
    [
      'en',
      'The Syrian government and opposition delegations attended the 20th round, while the UN envoy stayed away because of illness; Iraq and Lebanon took part as observers.',
      ['SYR', 'SYR-OPP', 'IRQ', 'LBN'],
    ],
    [
      'fr',
      "Les délégations du gouvernement syrien et de l'opposition ont participé au 20e round, tandis que l'émissaire de l'ONU était absent ; l'Irak et le Liban ont participé en tant qu'observateurs.",
      ['SYR', 'SYR-OPP', 'IRQ', 'LBN'],
    ],
  ])('%s: %s — only the absent envoy is negated', (lang, text, kept) => {
    const got = verdicts(text, lang);
    expect(got).toContain('UN:negated');
    for (const id of kept) expect(verdictOn(text, lang, id).filter((v) => v !== 'negated').length).toBeGreaterThan(0);
    for (const id of kept) expect(verdictOn(text, lang, id)).not.toContain('negated');
  });
});

describe('exclusion: affiliations and titles', () => {
  it.each([
    [
      'en',
      'Bashar al-Jaafari, the Syrian envoy to the United Nations, attended the 20th round.',
      'UN',
      'organizationInTitle',
    ],
    ['en', 'Russian Deputy Foreign Minister Sergei Vershinin praised the 20th round.', 'RUS', 'affiliation'],
    ['ar', 'أشاد نائب وزير خارجية كازاخستان بافتتاح الجولة العشرين.', 'KAZ', 'affiliation'],
    // An official named by title as an attending verb's subject stands for the state (see titled-attendee.test.ts).
    ['en', 'Russian Deputy Foreign Minister Sergei Vershinin attended the 20th round.', 'RUS', 'kept'],
    ['ar', 'حضر نائب وزير خارجية الأردن افتتاح الجولة العشرين.', 'JOR', 'kept'],
  ])('%s: %s', (lang, text, id, rule) => {
    expect(verdictOn(text, lang, id)).toContain(rule);
  });
});

describe('admission: sponsors', () => {
  it.each([
    ['en', 'The 20th round was held under the aegis of Russia, Turkey and Iran.'],
    ['en', 'The 20th round, which Iran, Russia and Turkey co-sponsor, opened on Tuesday.'],
    ['ar', 'عقدت الجولة العشرون برعاية روسيا وتركيا وإيران.'],
    ['ru', 'Двадцатый раунд прошел под эгидой России, Турции и Ирана.'],
    ['fr', "Le 20e round s'est tenu sous l'égide de la Russie, de la Turquie et de l'Iran."],
    ['tr', '20. tur Rusya, Türkiye ve İran himayesinde yapıldı.'],
  ])('%s: %s — each guarantor takes part', (lang, text) => {
    for (const id of ['RUS', 'TUR', 'IRN']) expect(verdictOn(text, lang, id)).toEqual(['kept']);
  });

  it('a sponsor that is no guarantor of the series is not placed by sponsoring alone', () => {
    expect(verdictOn('The 20th round opened, and the talks sponsored by the UN in Geneva resume.', 'en', 'UN')).toEqual(
      ['notAdmitted'],
    );
  });

  it('"the Astana talks, which Russia, Turkey and Iran sponsor" describes the format, not a round', () => {
    expect(verdictOn('The Astana talks, which Russia, Turkey and Iran sponsor, go on.', 'en', 'RUS', false)).toEqual([
      'notAdmitted',
    ]);
  });
});

describe('admission: the guarantors named by their role', () => {
  function byRole(text: string, lang: string, ownRound = true): string[] {
    const doc = analyse(article(text, lang), seedKnowledge);
    const s = sentenceOf(doc, 0, findPersons(doc), new Set(['astana']), ownRound);
    return guarantorsByRole(s)
      .map((c) => c.id)
      .sort();
  }
  it.each([
    ['ar', 'انطلقت الجولة العشرون اليوم بمشاركة الدول الضامنة.'],
    ['en', 'The 20th round opened with the guarantor states taking part.'],
    ['en', 'Delegations of the guarantor countries attended the 20th round.'],
    ['ru', 'В 20-м раунде участвовали делегации стран-гарантов.'],
    ['tr', '20. tura garantör ülkelerin heyetleri katıldı.'],
  ])('%s: %s', (lang, text) => {
    expect(byRole(text, lang)).toEqual(['IRN', 'RUS', 'TUR']);
  });

  it.each([
    ['en', 'The guarantors will take part in further meetings in Moscow.', false],
    ['en', 'The guarantor states did not attend the 20th round.', true],
    ['en', 'Russia and the other guarantor states attended the 20th round.', true],
  ])('%s: %s — none by role', (lang, text, ownRound) => {
    expect(byRole(text, lang, ownRound)).toEqual([]);
  });
});

describe('exclusion: an organization a title is accredited to', () => {
  it.each([
    ['ar', 'حضر بشار الجعفري، مندوب سورية الدائم لدى الأمم المتحدة، الجولة العشرين.'],
    ['en', 'Bassam Sabbagh, Syria’s permanent representative to the UN, attended the 20th round.'],
    ['fr', 'Le représentant permanent de la Syrie auprès de l’ONU a assisté au 20e round.'],
  ])('%s: %s', (lang, text) => {
    expect(verdictOn(text, lang, 'UN')).toEqual(['organizationInTitle']);
  });

  it('the UN envoy himself is the UN at the meeting', () => {
    expect(verdictOn('The UN envoy attended the 20th round as an observer.', 'en', 'UN')).toEqual(['OBSERVER']);
  });
});

describe('admission: guarantors as subjects of an outcome at a named round', () => {
  it.each([
    ['en', 'Russia, Turkey and Iran could not bridge their differences at the seventh round.'],
    ['ar', 'أخفقت روسيا وتركيا وإيران في الاتفاق خلال الجولة السابعة.'],
    ['ru', 'Россия, Турция и Иран не смогли договориться на седьмом раунде.'],
    ['fr', "La Russie, la Turquie et l'Iran n'ont pas réussi à s'entendre lors du septième round."],
  ])('%s: %s', (lang, text) => {
    for (const id of ['RUS', 'TUR', 'IRN']) expect(verdictOn(text, lang, id)).toEqual(['kept']);
  });

  it('without a round named in the sentence, an outcome places no one', () => {
    expect(verdictOn('Russia and Turkey agreed on a new plan in Sochi.', 'en', 'RUS', false)).toEqual(['notAdmitted']);
  });

  it('a state that is no guarantor is not placed by an outcome verb alone', () => {
    expect(verdictOn('Jordan agreed to the plan at the seventh round.', 'en', 'JOR')).toEqual(['notAdmitted']);
  });
});
