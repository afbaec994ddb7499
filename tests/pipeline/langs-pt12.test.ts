// Portuguese keys filled in round 12 (seed/lexicon/pt.json): meeting anaphors ("esta ronda", "nessa reunião"), the
// day of a meeting, the opening session, appeals and meetings with someone that are not attendance. Invented rows.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

describe('Portuguese: this round, that meeting, the opening', () => {
  it.each([
    [
      'A vigésima ronda de Astana começou ontem. Nesta ronda participam delegações da Rússia, da Turquia e do Irão.',
      '2023-06-21',
      ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    [
      'Na sessão de abertura da vigésima primeira rodada de Astana estiveram presentes representantes da Jordânia.',
      '2024-01-25',
      ['21|JOR|OBSERVER'],
    ],
  ])('%s', (text, date, expected) => {
    const got = roundAttendance(text, 'pt', date);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    [
      'Depois da vigésima ronda de Astana, o enviado russo reuniu-se com o ministro do Líbano em Beirute.',
      '2023-06-22',
      'LBN',
    ],
    [
      'No final da vigésima ronda de Astana, o Irão apelou ao Iraque para que participe no futuro.',
      '2023-06-21',
      'IRQ',
    ],
  ])('not attendance: %s', (text, date, actor) => {
    const got = roundAttendance(text, 'pt', date);
    expect(got.filter((t) => t.includes(`|${actor}|`))).toEqual([]);
  });
});
