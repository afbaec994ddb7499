// Officials named by their titles as the subjects of an attending verb stand for their states: "the Turkish deputy
// foreign minister and the Russian president's envoy took part", "شارك فيها نائب وزير الخارجية التركي". The title's
// state is still only an affiliation where nothing says the official attends, and a state after a locative is the
// post ("the US ambassador in Kazakhstan"). Invented sentences, several languages.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

describe('a state through the title of an attending official', () => {
  it.each([
    [
      'ar',
      'انتهت الجولة التاسعة من محادثات أستانا التي شارك فيها نائب وزير الخارجية الإيراني ومبعوث الرئيس الروسي ومستشار وزير الخارجية التركي.',
      ['9|IRN|GUARANTOR', '9|RUS|GUARANTOR', '9|TUR|GUARANTOR'],
    ],
    ['ar', 'ويحضر الجولة التاسعة من مسار أستانا مساعد وزير الخارجية الأردني بصفة مراقب.', ['9|JOR|OBSERVER']],
    [
      'ru',
      'В девятом раунде астанинских переговоров будет участвовать посол США в Казахстане в качестве наблюдателя.',
      ['9|USA|OBSERVER'],
    ],
    [
      'en',
      'The Iranian deputy foreign minister and the Turkish ambassador attended the ninth round of the Astana talks.',
      ['9|IRN|GUARANTOR', '9|TUR|GUARANTOR'],
    ],
  ])('%s: %s', (lang, text, want) => {
    const got = roundAttendance(text, lang, '2018-05-16');
    for (const w of want) expect(got).toContain(w);
  });

  it.each([
    ['ar', 'وقال نائب وزير الخارجية الإيراني إن الجولة التاسعة من محادثات أستانا كانت ناجحة.', 'IRN'],
    ['en', 'The Iranian deputy foreign minister said that the ninth round of the Astana talks was useful.', 'IRN'],
    ['ru', 'В девятом раунде астанинских переговоров участвовал посол Иордании в России.', 'RUS'],
  ])('%s: no attending verb for the official, or the post only: %s', (lang, text, id) => {
    expect(roundAttendance(text, lang, '2018-05-16').filter((t) => t.includes(`|${id}|`))).toEqual([]);
  });
});
