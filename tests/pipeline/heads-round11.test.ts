// Round 11: delegation heads as facts of each language rather than of one article's wording — participles standing
// before the noun they describe (Turkish "heyetini yöneten X", Russian "возглавляемая X делегация"), the object of an
// inverted head verb read past the subject's apposition (German V2 "vertrat X, ..., die USA"), a name that is the
// object of a heading verb is no item of a list of attendees, a regime or government word owns the name after it
// ("نظام بشار الأسد", "the regime of X", "режима X"), and "the leader of the delegation". New invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

/** "round|person|represented actor" of every delegation head the text gives. */
function heads(text: string, lang: string, date: string): string[] {
  const facts = extractFacts(article(text, lang, date), seedKnowledge).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  return facts.participations
    .filter((p) => p.role === 'PARTICIPANT' && p.representingId)
    .map((p) => `${String(round.get(p.meetingId) ?? '-')}|${p.actorId}|${p.representingId ?? '-'}`);
}

describe('a participle before the noun names the head after it', () => {
  it.each([
    [
      'tr',
      'Astana formatındaki 21. toplantıda İran heyetini yöneten Ali Asgar Hacı gazetecilere açıklama yaptı.',
      '21|ali-asghar-khaji|IRN',
    ],
    [
      'tr',
      '21. Astana görüşmelerinde muhalefet heyetine öncülük eden Ahmet Tuma, yeni bir teklif sundu.',
      '21|ahmad-tomah|SYR-OPP',
    ],
    [
      'tr',
      "21. Astana toplantısında Türkiye'yi temsil eden Büyükelçi Selçuk Ünal, görüşmelerin olumlu geçtiğini söyledi.",
      '21|selcuk-unal|TUR',
    ],
    [
      'ru',
      'На 21-м раунде в Астане возглавляемая Айманом Сусаном сирийская делегация провела консультации.',
      '21|ayman-sousan|SYR',
    ],
    [
      'ru',
      'В 21-м раунде в Астане участвовала делегация оппозиции, возглавляемая Ахмадом Томой.',
      '21|ahmad-tomah|SYR-OPP',
    ],
    [
      'uk',
      'У 21-му раунді в Астані очолювана Олександром Лаврентьєвим російська делегація провела зустріч з іранськими колегами.',
      '21|alexander-lavrentiev|RUS',
    ],
  ])('%s: %s', (lang, text, head) => {
    expect(heads(text, lang, '2024-01-25')).toContain(head);
  });
});

describe('an inverted subject’s apposition does not hide the actor it represents', () => {
  it.each([
    [
      'Bei der 21. Runde in Astana vertrat Hans Becker, ein langjähriger Beamter des Außenministeriums, den Irak.',
      '21|hans-becker|IRQ',
    ],
    [
      'In der 21. Runde in Astana leitete Peter Wolf, seit Jahren Nahost-Referent, die jordanische Delegation.',
      '21|peter-wolf|JOR',
    ],
    [
      'Zur 21. Runde in Astana vertrat Karl Bauer, ein Referatsleiter im Ministerium, die Vereinigten Staaten.',
      '21|karl-bauer|USA',
    ],
  ])('de: %s', (text, head) => {
    expect(heads(text, 'de', '2024-01-25')).toContain(head);
  });
});

describe('the object of a heading participle is no attendee', () => {
  it.each([
    [
      "21. Astana toplantısına Rusya'dan, Özel Temsilci olarak Devlet Başkanı Vladimir Putin'i temsil eden Aleksandr Lavrentyev'in başkanlığındaki heyet katıldı.",
      '21|alexander-lavrentiev|RUS',
      'vladimir-putin',
    ],
    [
      "21. Astana toplantısında Rusya'dan, Devlet Başkanı Vladimir Putin'i temsil eden Aleksandr Lavrentyev, heyetlerle görüştü.",
      '21|alexander-lavrentiev|RUS',
      'vladimir-putin',
    ],
  ])('tr: %s', (text, head, object) => {
    const found = heads(text, 'tr', '2024-01-25');
    expect(found).toContain(head);
    expect(found.some((h) => h.includes(`|${object}|`))).toBe(false);
  });
});

describe('a regime or government word owns the name after it: the delegation attends, not its owner', () => {
  it.each([
    ['ar', 'وتحضر الجولة الثامنة من محادثات جنيف وفود نظام بشار الأسد والمعارضة السورية.'],
    ['ar', 'انطلقت الجولة الثامنة من محادثات جنيف بحضور وفد حكومة الرئيس بشار الأسد ووفد المعارضة.'],
    [
      'ar',
      'تستأنف اليوم في جنيف الجولة الثامنة من المحادثات، ورأت المعارضة أن انسحاب مفاوضي نظام الرئيس بشار الأسد من المحادثات أوقع روسيا في الحرج.',
    ],
    [
      'en',
      'Delegates of the regime of Bashar al-Assad and of the opposition are taking part in the eighth round of the Geneva talks.',
    ],
    [
      'it',
      "All'ottavo round dei colloqui di Ginevra partecipano le delegazioni del regime di Bashar al-Assad e dell'opposizione.",
    ],
    [
      'es',
      'En la octava ronda de las conversaciones de Ginebra participan las delegaciones del régimen de Bashar al-Assad y de la oposición.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(heads(text, lang, '2017-12-10').some((h) => h.includes('|bashar-al-assad|'))).toBe(false);
  });

  // In Russian, Ukrainian and Persian the owner must be marked (genitive, ezafe) before a regime or government word
  // may own the name after it: the unmarked list made 'Представитель режима Башар Джаафари заявил' no speech at all
  // (see the speakers table below). Left for a case-aware rule.
  it.todo('ru/uk/fa: a regime or government word owns only a name in the genitive after it');

  it('keeps the titled holder of an assistant minister’s post ("مساعد وزير الخارجية X")', () => {
    const text = 'شارك في الجولة الثامنة من محادثات جنيف وفد برئاسة مساعد وزير الخارجية أيمن سوسان.';
    expect(heads(text, 'ar', '2017-12-10')).toContain('8|ayman-sousan|SYR');
  });
});

describe('"the leader of the delegation" names its head', () => {
  it.each([
    [
      'en',
      'At the fifth session of the Constitutional Committee, Hadi al-Bahra, the leader of the opposition delegation, presented a paper.',
      '2021-01-25',
      '5|hadi-albahra|SYR-OPP',
    ],
    [
      'es',
      'En la 21.ª ronda de Astaná, Ali Asghar Khaji, líder de la delegación iraní, se reunió con el enviado de la ONU.',
      '2024-01-25',
      '21|ali-asghar-khaji|IRN',
    ],
    [
      'it',
      'Al 21° round di Astana, Ali Asghar Khaji, leader della delegazione iraniana, ha incontrato i turchi.',
      '2024-01-25',
      '21|ali-asghar-khaji|IRN',
    ],
    [
      'tr',
      '21. Astana toplantısında İran heyetinin lideri Ali Asgar Hacı, Türk mevkidaşıyla görüştü.',
      '2024-01-25',
      '21|ali-asghar-khaji|IRN',
    ],
  ])('%s: %s', (lang, text, date, head) => {
    expect(heads(text, lang, date)).toContain(head);
  });
});

describe('"whose head is X": a relative clause of the delegation names its head', () => {
  it.each([
    [
      'en',
      'The Iranian delegation at the 16th round of the Astana talks, whose head is Ali Asghar Khaji, arrived on Tuesday.',
      '16|ali-asghar-khaji|IRN',
    ],
    [
      'en',
      'At the 16th round of the Astana talks the government side, whose head was Dr. Ayman Susan, met the Russians.',
      '16|ayman-sousan|SYR',
    ],
    [
      'fr',
      "Au 16e cycle d'Astana participe la délégation iranienne, dont le chef est Ali Asghar Khaji.",
      '16|ali-asghar-khaji|IRN',
    ],
    [
      'es',
      'En la 16.ª ronda de Astaná participa la delegación iraní, cuyo jefe es Ali Asghar Khaji.',
      '16|ali-asghar-khaji|IRN',
    ],
    [
      'ar',
      'وصل إلى أستانا للمشاركة في الجولة السادسة عشرة الوفد الإيراني الذي يرأسه علي أصغر خاجي.',
      '16|ali-asghar-khaji|IRN',
    ],
  ])('%s: %s', (lang, text, head) => {
    expect(heads(text, lang, '2021-07-07')).toContain(head);
  });
});

describe('a title with a possessive pronoun ("نائبه X", "his deputy X") is held by the name after it', () => {
  it.each([
    ['ar', 'وفي الجولة الخامسة من محادثات جنيف ترأس وفد الأمم المتحدة نائبه رمزي عز الدين رمزي.', '2017-02-22'],
    ['ar', 'وفي الجولة الخامسة من محادثات جنيف قاد وفد الأمم المتحدة مساعده رمزي عز الدين رمزي.', '2017-02-22'],
    [
      'en',
      'At the fifth round of the Geneva talks his deputy Ramzy Ezzeldin Ramzy will lead the UN team.',
      '2017-02-22',
    ],
  ])('%s: %s', (lang, text, date) => {
    expect(heads(text, lang, date)).toContain('5|ramzy-ezzeldin-ramzy|UN');
  });

  it('keeps a bare title in the construct state as its possessor’s ("نائبة بيدرسون X": X is the deputy)', () => {
    const text = 'وفي الجولة الخامسة من محادثات جنيف قاد وفد الأمم المتحدة نائبة بيدرسون خولة مطر.';
    const found = heads(text, 'ar', '2019-02-22');
    expect(found).toContain('5|khawla-matar|UN');
    expect(found.some((h) => h.includes('|geir-pedersen|'))).toBe(false);
  });
});

describe("a government or regime's titled representative who speaks is the speaker, not the word's owner", () => {
  // Integration of round 11: the regime words as owners of the next name, next to the rule that an office named after
  // its head speaks as an institution, silenced these speakers. Invented sentences.
  it.each([
    ['ar', 'وقال رئيس وفد النظام بشار الجعفري إن الجولة لم تحقق شيئا.'],
    ['ar', 'وقال مندوب النظام بشار الجعفري إن الجولة لم تحقق شيئا.'],
    ['ar', 'وقال ممثل النظام بشار الجعفري إن الجولة لم تحقق شيئا.'],
    ['ru', 'Глава делегации режима Башар Джаафари заявил, что раунд ничего не дал.'],
    ['ru', 'Представитель правительства Башар Джаафари заявил, что раунд ничего не дал.'],
    ['uk', 'Представник режиму Башар Джаафарі заявив, що раунд нічого не дав.'],
    ['uk', 'Представник уряду Башар Джаафарі заявив, що раунд нічого не дав.'],
    ['fa', 'نماینده رژیم بشار جعفری گفت که این دور نتیجه‌ای نداشت.'],
    ['fa', 'نماینده دولت بشار جعفری گفت که این دور نتیجه‌ای نداشت.'],
  ])('%s: %s', (lang, text) => {
    const speakers = extractFacts(article(text, lang, '2017-03-01'), seedKnowledge).facts.statements.map(
      (s) => s.speakerId,
    );
    expect(speakers).toEqual(['bashar-jaafari']);
  });
});
