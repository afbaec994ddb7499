// Heads of delegations in French, Russian and Turkish word orders: active verbs in every tense, "head of the
// <demonym> delegation" titles, "at the head of" phrases. A row per language and construction, own sentences.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/pipeline.js';
import { article } from './article.js';

function delegates(text: string, lang: string): string[] {
  return runPipeline(article(text, lang, '2019-04-26'))
    .facts.participations.filter((p) => p.role === 'PARTICIPANT')
    .map((p) => `${p.meetingId}|${p.actorId}|${p.representingId ?? '-'}`)
    .sort();
}

const FR = "Le douzième cycle des pourparlers d'Astana s'est achevé jeudi. ";
const RU = 'В четверг в Астане завершился двенадцатый раунд переговоров. ';
const TR = 'Astana görüşmelerinin on ikinci turu perşembe günü sona erdi. ';

describe('heads in French, Russian and Turkish', () => {
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
      'tr "heyetinin başında X"',
      `${TR}Rus heyetinin başında Aleksandr Lavrentyev bulunuyor.`,
      'tr',
      'alexander-lavrentiev|RUS',
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual([`astana-12|${expected}`]);
  });
});
