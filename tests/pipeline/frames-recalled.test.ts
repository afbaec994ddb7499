// Which meeting a sentence is about when the article recalls an earlier round beside the one it reports, and the
// status of a round being prepared. Invented articles, several languages; rounds the series' calendar does not date.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function facts(text: string, lang: string, pub: string): { rounds: string[]; attendance: string[] } {
  const f = extractFacts(article(text, lang, pub), seedKnowledge).facts;
  return {
    rounds: f.meetings
      .filter((m) => m.seriesId === 'astana')
      .map((m) => `${m.round ?? '?'}:${m.status}`)
      .sort(),
    attendance: f.participations
      .filter((p) => p.meetingId.startsWith('astana-') && !p.representingId)
      .map((p) => `${p.meetingId.slice('astana-'.length)}|${p.actorId}|${p.role}`)
      .sort(),
  };
}

describe('a round being prepared has not been held', () => {
  it.each([
    ['en', 'Work has begun to prepare the 23rd meeting of the Astana format, the deputy minister said.'],
    ['en', 'The Kazakh capital is getting ready for the 23rd round of the Astana talks, which began its work in 2017.'],
    ['ar', 'بدأ التحضير للجولة الثالثة والعشرين من محادثات أستانا، وفق ما أعلنه نائب الوزير.'],
    ['fr', 'Les préparatifs de la 23e réunion au format d’Astana ont commencé, a indiqué le vice-ministre.'],
    ['ru', 'Началась подготовка к 23-й встрече в астанинском формате, сообщил замминистра.'],
    ['es', 'Ya comenzaron los preparativos de la 23.ª ronda de Astaná, dijo el viceministro.'],
  ])('%s: %s', (lang, text) => {
    expect(facts(text, lang, '2024-12-20').rounds).toEqual(['23:PLANNED']);
  });
});

describe('a sentence pointing back at a recalled round stays with it', () => {
  const RECALLED = ['22|IRQ|OBSERVER', '22|LBN|OBSERVER'];
  it.each([
    [
      'en "that meeting"',
      'Preparations for the 23rd Astana meeting are under way, the ministry said. The 22nd round took place in November in the Kazakh capital. Iraq and Lebanon sent delegates to that meeting as observers.',
      'en',
    ],
    [
      'en "the event" while the reported round is still ahead',
      'Preparations for the 23rd Astana meeting are under way, the ministry said. The 22nd round took place in November in the Kazakh capital. Iraq and Lebanon sent delegates to the event as observers.',
      'en',
    ],
    [
      'ar "تلك الجولة"',
      'بدأت التحضيرات للجولة الثالثة والعشرين من محادثات أستانا. وكانت الجولة الثانية والعشرون قد عقدت في تشرين الثاني في العاصمة الكازاخية. وأرسل العراق ولبنان وفدين إلى تلك الجولة بصفة مراقب.',
      'ar',
    ],
    [
      'ru "той встрече"',
      'Началась подготовка к 23-й встрече в астанинском формате. 22-я встреча прошла в ноябре в казахстанской столице. Ирак и Ливан направили на той встрече делегации в качестве наблюдателей.',
      'ru',
    ],
    [
      'es "aquella reunión"',
      'Comenzaron los preparativos de la 23.ª ronda de Astaná. La 22.ª ronda tuvo lugar en noviembre en la capital kazaja. Irak y Líbano enviaron delegados a aquella reunión como observadores.',
      'es',
    ],
  ])('%s', (_label, text, lang) => {
    expect(facts(text, lang, '2024-12-20').attendance).toEqual(RECALLED);
  });

  it('"the event" after a recalled round is the reported round while that one is under way', () => {
    const text =
      'The 22nd round of the Astana talks opens today. The first round took place in January 2017. Russia, Iran and Turkey sent delegations to the event.';
    expect(facts(text, 'en', '2024-11-11').attendance).toEqual([
      '22|IRN|GUARANTOR',
      '22|RUS|GUARANTOR',
      '22|TUR|GUARANTOR',
    ]);
  });
});

describe('a general description of the format names roles, not attendance', () => {
  it.each([
    [
      'The 23rd Astana meeting is being prepared. He recalled that the guarantor role in the Astana process belongs to Russia, Turkey and Iran.',
    ],
    [
      'The 23rd Astana meeting is being prepared. The process also involves two Syrian delegations, one of the government and one of the opposition.',
    ],
  ])('en: %s', (text) => {
    expect(facts(text, 'en', '2024-12-20').attendance).toEqual([]);
  });
});

describe('a sentence dated long before the round tells of earlier history', () => {
  const ROUND = ['17|IRN|GUARANTOR', '17|RUS|GUARANTOR', '17|TUR|GUARANTOR'];
  it.each([
    [
      'en',
      'The 17th round of the Astana talks opened on Tuesday with delegations of Russia, Turkey and Iran. In June 2012, representatives of the United States, China and Jordan took part in a meeting that agreed a road map for Syria.',
    ],
    [
      'ar',
      'انطلقت الجولة السابعة عشرة من محادثات أستانا يوم الثلاثاء بمشاركة وفود روسيا وتركيا وإيران. وفي حزيران 2012 شارك ممثلون عن الولايات المتحدة والصين والأردن في اجتماع أقر خارطة طريق لسوريا.',
    ],
    [
      'fr',
      'Le 17e round des pourparlers d’Astana s’est ouvert mardi avec les délégations de la Russie, de la Turquie et de l’Iran. En juin 2012, des représentants des États-Unis, de la Chine et de la Jordanie avaient participé à une réunion qui a adopté une feuille de route.',
    ],
  ])('%s', (lang, text) => {
    expect(facts(text, lang, '2021-12-21').attendance).toEqual(ROUND);
  });
});

describe('round forms and places', () => {
  it.each([
    [
      'en "the previous May meeting" is the round before the one named',
      'The 5th round of the Astana talks will open on 12 June. At the previous May meeting, Russia, Turkey and Iran signed a memorandum.',
      '2017-06-05',
      ['4|IRN|GUARANTOR', '4|RUS|GUARANTOR', '4|TUR|GUARANTOR'],
    ],
    [
      'en a state named to place something ("the territory of Syria") is no party',
      'The 22nd round of the Astana talks opened today with delegations of Russia, Turkey and Iran. The guarantor countries signed a memorandum on the zones on the territory of the Syrian Arab Republic.',
      '2024-11-11',
      ['22|IRN|GUARANTOR', '22|RUS|GUARANTOR', '22|TUR|GUARANTOR'],
    ],
  ])('%s', (_label, text, pub, expected) => {
    expect(facts(text, 'en', pub).attendance).toEqual(expected);
  });
});

describe('a part of a month dates a planned round', () => {
  it.each([
    ['en', 'The 23rd round of the Astana talks is expected in mid-December, the minister said.'],
    ['ar', 'اتفق على عقد الجولة الثالثة والعشرين من محادثات أستانا منتصف كانون الأول، بحسب الوزير.'],
    ['fr', 'La 23e réunion au format d’Astana a été fixée à la mi-décembre, a indiqué le ministre.'],
    ['ru', '23-я встреча в астанинском формате назначена на конец декабря, сообщил министр.'],
  ])('%s: %s', (lang, text) => {
    const m = extractFacts(article(text, lang, '2024-11-20'), seedKnowledge).facts.meetings.find(
      (x) => x.id === 'astana-23',
    );
    expect([m?.status, m?.windowStart, m?.windowEnd]).toEqual(['PLANNED', '2024-12-01', '2024-12-31']);
  });
});
