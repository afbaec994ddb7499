// Heads of delegations in French, Russian, Turkish, Italian and German word orders: active verbs in every tense, "head of the
// <demonym> delegation" titles, "at the head of" phrases. A row per language and construction, own sentences.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26');
}

const FR = "Le douzième cycle des pourparlers d'Astana s'est achevé jeudi. ";
const RU = 'В четверг в Астане завершился двенадцатый раунд переговоров. ';
const IT = 'Il dodicesimo round dei colloqui di Astana si è concluso giovedì. ';
const DE = 'Die zwölfte Runde der Astana-Gespräche endete am Donnerstag. ';
const TR = 'Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. ';

describe('heads in French, Russian, Turkish, Italian and German', () => {
  it.each([
    [
      'fr present active verb',
      `${FR}Alexandre Lavrentiev conduit la délégation russe.`,
      'fr',
      'alexander-lavrentiev|RUS',
    ],
    [
      'fr imperfect active verb',
      `${FR}Ali Asghar Khaji dirigeait la délégation iranienne.`,
      'fr',
      'ali-asghar-khaji|IRN',
    ],
    ['fr passé composé', `${FR}Sedat Onal a mené la délégation turque.`, 'fr', 'sedat-onal|TUR'],
    [
      'ru "глава <demonym> делегации" as the speaker\'s title',
      `${RU}Глава российской делегации Александр Лаврентьев заявил, что встреча была полезной.`,
      'ru',
      'alexander-lavrentiev|RUS',
    ],
    [
      'ru "руководитель <demonym> делегации"',
      `${RU}Руководитель иранской делегации Али Асгар Хаджи отметил прогресс.`,
      'ru',
      'ali-asghar-khaji|IRN',
    ],
    [
      'tr "<state> heyeti başkanı X"',
      `${TR}İran heyeti başkanı Ali Asgar Haci, görüşmelerin olumlu geçtiğini söyledi.`,
      'tr',
      'ali-asghar-khaji|IRN',
    ],
    [
      'tr "<state>\'yi temsilen <title> X katıldı": attending for the state named with the verb',
      `${TR}Toplantıya Türkiye'yi temsilen Dışişleri Bakan Yardımcısı Ahmet Yıldız katıldı.`,
      'tr',
      'ahmet-yildiz|TUR',
    ],
    [
      'tr a title after a delegation named with its party ("Muhalefet heyetinin başkanı X")',
      `${TR}Muhalefet heyetinin başkanı Hadi el-Bahra, rejimin saldırılarını kınadı.`,
      'tr',
      'hadi-albahra|SYR-OPP',
    ],
    [
      'en a title after a delegation named with its party ("Opposition delegation head X")',
      'The twelfth round of the Astana talks ended on Thursday. Opposition delegation head Hadi al-Bahra said shelling continued.',
      'en',
      'hadi-albahra|SYR-OPP',
    ],
    [
      'tr "heyetinin başında X"',
      `${TR}Rus heyetinin başında Aleksandr Lavrentyev bulunuyor.`,
      'tr',
      'alexander-lavrentiev|RUS',
    ],
    [
      'it passato prossimo',
      `${IT}Alexander Lavrentiev ha guidato la delegazione russa.`,
      'it',
      'alexander-lavrentiev|RUS',
    ],
    [
      'it "il capo della delegazione <adj>, X,"',
      `${IT}Il capo della delegazione iraniana, Ali Asghar Khaji, ha detto che la tregua regge.`,
      'it',
      'ali-asghar-khaji|IRN',
    ],
    [
      'de "der Leiter der <adj> Delegation, X,"',
      `${DE}Der Leiter der russischen Delegation, Alexander Lawrentjew, sagte, die Waffenruhe halte.`,
      'de',
      'alexander-lavrentiev|RUS',
    ],
    ['de separable "führte ... an"', `${DE}Sedat Onal führte die türkische Delegation an.`, 'de', 'sedat-onal|TUR'],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual([`astana-12|${expected}`]);
  });

  it('tr gapping: earlier "<delegation> <name>," pairs share the last head verb', () => {
    const text = `${TR}Rus heyetine Aleksandr Lavrentyev, İran heyetine ise Ali Asgar Haci başkanlık ediyor.`;
    expect(delegates(text, 'tr')).toEqual(['astana-12|alexander-lavrentiev|RUS', 'astana-12|ali-asghar-khaji|IRN']);
  });
});
