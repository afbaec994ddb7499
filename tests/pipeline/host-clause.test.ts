// A state hosts a meeting only as the subject of a hosting verb whose object is a meeting. Invented sentences in
// several languages: refugees or guests hosted by a state make no host; a city in front of the verb is its subject
// ("the agency recalled that Geneva hosted the round"); "Geneva, Switzerland hosted" locates the city. A state that
// hosts the round the sentence names still hosts. "Heads of state" is no delegation head.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function hosts(text: string, lang: string, publishedAt: string): string[] {
  return extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.participations.filter((p) => p.role === 'HOST' || (p.role === 'PARTICIPANT' && p.actorId !== ''))
    .map((p) => `${p.meetingId}|${p.actorId}|${p.role}`)
    .sort();
}

describe('who hosts a meeting', () => {
  it.each([
    [
      'en refugees hosted by a state',
      'The second session of the Constitutional Committee opened in Geneva on Monday. Over five million Syrians have fled abroad; 3.2 million of them are hosted by Turkey.',
      'en',
      '2019-11-25',
      [],
    ],
    [
      'fr un État qui accueille des réfugiés',
      "La deuxième session du Comité constitutionnel s'est ouverte lundi à Genève. La Turquie accueille plus de trois millions de réfugiés syriens.",
      'fr',
      '2019-11-25',
      [],
    ],
    [
      'ar a city before the hosting verb',
      'انطلقت اليوم الجولة الثانية من اجتماعات اللجنة الدستورية. ولفتت سوريا إلى أن جنيف استضافت الجولة الأولى في تشرين الأول.',
      'ar',
      '2019-11-25',
      [],
    ],
    [
      'en "City, Country hosted"',
      'Geneva, Switzerland hosted the second session of the Constitutional Committee on Monday.',
      'en',
      '2019-11-25',
      [],
    ],
    [
      'en a state hosting the round it names still hosts',
      'Kazakhstan hosted the 12th round of the Astana talks on Tuesday and Wednesday.',
      'en',
      '2019-04-26',
      ['astana-12|KAZ|HOST'],
    ],
    [
      'en a meeting of heads of state to be hosted heads no delegation',
      'The 12th round of the Astana talks ended on Wednesday. "We would gladly host a summit of the heads of state of the format," Nursultan Nazarbayev said.',
      'en',
      '2019-04-26',
      [],
    ],
  ])('%s', (_label, text, lang, publishedAt, expected) => {
    expect(hosts(text, lang, publishedAt)).toEqual(expected);
  });
});
