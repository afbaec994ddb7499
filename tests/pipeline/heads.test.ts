// Heads of delegations on fresh phrasing: leading, sending and attending verbs per language, employers named inside
// a title, gazetteer persons serving their own state, names before a head postposition.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article, delegateTriples } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function delegates(text: string, lang: string, pub = '2019-04-26'): string[] {
  return delegateTriples(text, lang, pub, 'astana-');
}

describe('heads', () => {
  it.each([
    [
      'en a sending verb: "Iran sent X"',
      'The twelfth round of the Astana talks ended on Thursday. Iran sent Ali Asghar Khaji to the meeting.',
      'en',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'en a person who attended, by apposition',
      'The twelfth round of the Astana talks ended on Thursday. Geir Pedersen, the UN envoy, attended the closing session.',
      'en',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'ar a person after an attending verb',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا أمس. وشارك في الاجتماع غير بيدرسون.',
      'ar',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'en the employer inside a title heads nothing',
      'The twelfth round of the Astana talks ended. Alexander Lavrentiev, the envoy of Russian President Vladimir Putin, who headed the Russian delegation, spoke to reporters.',
      'en',
      ['astana-12|alexander-lavrentiev|RUS'],
    ],
    [
      'fr the employer after "de" heads nothing; a known person serves their own state',
      "Le douzième cycle des pourparlers d'Astana s'est achevé. Les délégations de la Turquie et de la Russie ont été conduites par Sedat Onal et par Alexandre Lavrentiev, envoyé spécial de Vladimir Poutine.",
      'fr',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|sedat-onal|TUR'],
    ],
    [
      'fr "le chef de la délégation russe, X"',
      "Le douzième cycle des pourparlers d'Astana s'est achevé jeudi, a indiqué le chef de la délégation russe, Alexandre Lavrentiev.",
      'fr',
      ['astana-12|alexander-lavrentiev|RUS'],
    ],
    [
      'es "representadas por X"',
      'La duodécima ronda de Astaná terminó el jueves. Las Naciones Unidas asistieron como observadores, representadas por Geir Pedersen.',
      'es',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'de an unknown name before "angeführt"',
      'Die zwölfte Runde der Astana-Gespräche endete am Donnerstag. Die Delegation der Opposition wurde von Fadi Mansour angeführt.',
      'de',
      ['astana-12|fadi-mansour|SYR-OPP'],
    ],
    [
      'tr an unknown name before "başkanlığında"',
      'Astana görüşmelerinin 12. turu perşembe günü sona erdi. Muhalefet heyeti Fadi Mansour başkanlığında katıldı.',
      'tr',
      ['astana-12|fadi-mansour|SYR-OPP'],
    ],
    [
      'ru the head after an active verb (object first)',
      'Двенадцатый раунд переговоров в Астане завершился в четверг. Российскую делегацию возглавлял Александр Лаврентьев.',
      'ru',
      ['astana-12|alexander-lavrentiev|RUS'],
    ],
    [
      'en an unknown name opening the sentence before an apposition and the verb',
      'The twelfth round of the Astana talks ended on Thursday. Nasr al-Hariri, a cardiologist who heads the opposition negotiating body, said the truce held.',
      'en',
      ['astana-12|nasr-al-hariri|SYR-OPP'],
    ],
    [
      'en an unknown name before ", the head of the ... delegation,"',
      'The twelfth round of the Astana talks ended on Thursday. Mohammad Alloush, the head of the opposition delegation, said the truce held.',
      'en',
      ['astana-12|mohammad-alloush|SYR-OPP'],
    ],
    [
      'fa the head of the Iranian delegation in apposition',
      'دوازدهمین دور مذاکرات آستانه روز پنجشنبه به پایان رسید. علی اصغر خاجی، رئیس هیئت ایرانی، گفت که این نشست مفید بود.',
      'fa',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'ru two clauses, each with its own head after an active verb',
      'Двенадцатый раунд переговоров в Астане завершился в четверг. Делегацию сирийского правительства возглавлял Башар Джаафари, а оппозицию представлял Ахмед Тома.',
      'ru',
      ['astana-12|ahmad-tomah|SYR-OPP', 'astana-12|bashar-jaafari|SYR'],
    ],
    [
      'ar a second head joined by the glued "and": "ووفد المعارضة أحمد طعمة"',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا أمس، وترأس وفد النظام بشار الجعفري ووفد المعارضة أحمد طعمة.',
      'ar',
      ['astana-12|ahmad-tomah|SYR-OPP', 'astana-12|bashar-jaafari|SYR'],
    ],
    [
      'ar elided delegations after the first head: "والإيراني علي أصغر خاجي"',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا أمس. وترأس الوفد الروسي ألكسندر لافرنتييف، والإيراني علي أصغر خاجي.',
      'ar',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'ru a dash stands for the repeated verb: "иранскую — Али Асгар Хаджи"',
      'Двенадцатый раунд переговоров в Астане завершился в четверг. Российскую делегацию возглавлял Александр Лаврентьев, иранскую — Али Асгар Хаджи.',
      'ru',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'de a planned round inside a quote does not govern the head outside it',
      'Die zweiundzwanzigste Runde der Astana-Gespräche endete am Dienstag. „Wir haben uns darauf verständigt, dass die dreiundzwanzigste Runde in Sotschi stattfindet“, sagte Alexander Lawrentjew, der die Delegation seines Landes leitete.',
      'de',
      ['astana-22|alexander-lavrentiev|RUS'],
    ],
    [
      'ar a military rank as the title of an unknown head',
      'انطلقت اليوم الجولة الثانية عشرة من محادثات أستانا، ويرأس وفد المعارضة العسكرية العميد أحمد بري.',
      'ar',
      ['astana-12|احمد-بري|SYR-OPP'],
    ],
    [
      'ar adjectives after a title are no name',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا أمس. ويرأس الوفد الإيراني حسين جابري أنصاري، مساعد وزير الخارجية للشؤون العربية والأفريقية، بينما يقود ألكسندر لافرنتييف الوفد الروسي.',
      'ar',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|hossein-jaberi-ansari|IRN'],
    ],
    [
      'tr a dative delegation, the name, then the lead verb; "ise" for the second pair',
      'Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. Rus heyetine Aleksandr Lavrentyev liderlik etti, İran heyetine ise Mehmet Demir başkanlık etti.',
      'tr',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|mehmet-demir|IRN'],
    ],
    [
      'tr an unknown opposition head before "başkanlık ediyor"',
      'Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. Muhalefet heyetine Kemal Yurtsever başkanlık ediyor.',
      'tr',
      ['astana-12|kemal-yurtsever|SYR-OPP'],
    ],
    [
      'tr the represented state, the titled name, observer status, then "temsil ediyor"',
      "Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. ABD'yi ise Dışişleri Bakan Yardımcı Vekili Stuart Jones gözlemci olarak temsil ediyor.",
      'tr',
      ['astana-12|stuart-jones|USA'],
    ],
    [
      'tr a known envoy, then how and where, then the attending verb',
      'Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. Geir Pedersen de toplantıya gözlemci olarak katıldı.',
      'tr',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'ru the attending verb first, the titled envoy after it',
      'В четверг в Астане завершился двенадцатый раунд переговоров. В качестве наблюдателя участвовал спецпосланник ООН Гейр Педерсен.',
      'ru',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'ar "بمشاركة" and the envoy after it',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا أمس، بمشاركة المبعوث الأممي غير بيدرسون بصفة مراقب.',
      'ar',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'fr a long acting title before the name after "représentés par"',
      "Le douzième cycle des pourparlers d'Astana s'est achevé jeudi. Les États-Unis, représentés par le secrétaire d'État adjoint par intérim Stuart Jones, assistaient aux pourparlers en tant qu'observateurs.",
      'fr',
      ['astana-12|stuart-jones|USA'],
    ],
    [
      'en an unknown name right before an active head verb, after "while"',
      'The twelfth round of the Astana talks ended on Thursday. Alexander Lavrentiev headed the Russian delegation, while Fadi Mansour led the opposition team.',
      'en',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|fadi-mansour|SYR-OPP'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });

  it.each([
    [
      'en',
      'The twelfth round of the Astana talks ended on Thursday. Jordan took part as an observer, as did the United Nations.',
      ['JOR|OBSERVER', 'UN|OBSERVER'],
    ],
    [
      'ru',
      'Двенадцатый раунд переговоров в Астане завершился в четверг. В переговорах участвовала Иордания в качестве наблюдателя.',
      ['JOR|OBSERVER'],
    ],
    [
      'tr',
      "Astana görüşmelerinin 12. turu perşembe günü sona erdi. Toplantıya ABD'yi temsilen büyükelçi katıldı.",
      ['USA|OBSERVER'],
    ],
  ])('%s a single state as the subject of an attending verb', (lang, text, expected) => {
    const got = extractFacts(article(text, lang, '2019-04-26'), seedKnowledge)
      .facts.participations.filter((p) => p.role !== 'PARTICIPANT')
      .map((p) => `${p.actorId}|${p.role}`)
      .sort();
    expect(got).toEqual(expected);
  });
});
