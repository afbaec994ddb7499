// Round 13's participation forms, each in several languages with sentences of their own (not the coverage
// generators'): a list governed by "without" names the absent; a list that a comma closes is not the affiliation of
// a titled person after it; "participating in it" before its subjects; a capital as the subject of a verb of
// sending; a role noun as the subject of a clause-final verb; uncertain coming; a state's armed forces.
import { describe, expect, it } from 'vitest';
import { addedAttendance } from './article.js';

describe('a list governed by "without" names the absent', () => {
  it.each([
    ['en', 'The session went ahead without Jordan and Iraq, while Russia took part.', ['20|RUS|GUARANTOR']],
    [
      'en',
      'Even without the Lebanese delegation, the guarantors Iran and Turkey attended.',
      ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    ['en', 'Iran took part in the meeting without the participation of Lebanon.', ['20|IRN|GUARANTOR']],
    ['ar', 'وشاركت إيران في الاجتماع بدون مشاركة لبنان.', ['20|IRN|GUARANTOR']],
    ['ar', 'وانعقدت الجلسة من دون الأردن والعراق، فيما شاركت روسيا.', ['20|RUS|GUARANTOR']],
    ['ru', 'Иран участвовал во встрече без Ливана.', ['20|IRN|GUARANTOR']],
    ['fr', "L'Iran a participé à la réunion sans la Jordanie.", ['20|IRN|GUARANTOR']],
    ['de', 'Iran nahm an dem Treffen teil, ohne Jordanien und den Irak.', ['20|IRN|GUARANTOR']],
    ['fa', 'هیئت ایران بدون حضور اردن در نشست شرکت کرد.', ['20|IRN|GUARANTOR']],
    ['es', 'Irán participó en la reunión sin Jordania.', ['20|IRN|GUARANTOR']],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });

  // The word governs only its own list: an actor before it, or one after another list's word, still takes part.
  it.each([
    [
      'en',
      'The Iranian delegation arrived without its deputy head, and Lebanon attended as an observer.',
      ['20|IRN|GUARANTOR', '20|LBN|OBSERVER'],
    ],
    ['ar', 'ووصل الوفد الإيراني بدون نائب رئيسه، وحضر لبنان بصفة مراقب.', ['20|IRN|GUARANTOR', '20|LBN|OBSERVER']],
  ])('%s, not governed: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang).sort()).toEqual(want);
  });
});

describe('a comma closes a list before a titled person', () => {
  it.each([
    [
      'en',
      'Taking part are the guarantors Russia, Iran and Turkey, whereas envoy Geir Pedersen is expected later.',
      // The envoy is expected: the organization he serves comes too.
      ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR', '20|UN|OBSERVER'],
    ],
    [
      'ar',
      'ويحضرها وفدا الأردن ولبنان، فيما يتغيب المبعوث الأممي غير بيدرسون.',
      ['20|JOR|OBSERVER', '20|LBN|OBSERVER'],
    ],
    [
      'ar',
      'وتحضر الجولة الدول الضامنة إيران وتركيا، بينما يصل المبعوث الأممي غير بيدرسون غدا.',
      ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR', '20|UN|OBSERVER'],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang).sort()).toEqual(want);
  });
});

describe('"participating in it" before its subjects', () => {
  it.each([
    ['ar', 'ويشارك فيها العراق ولبنان بصفة مراقبين.', ['20|IRQ|OBSERVER', '20|LBN|OBSERVER']],
    ['ar', 'ويشارك فيها وفد إيراني برئاسة نائب وزير الخارجية.', ['20|IRN|GUARANTOR']],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang).sort()).toEqual(want);
  });
});

describe('a capital as the subject of a verb of sending', () => {
  it.each([
    ['en', 'Ankara also sent a delegation to the talks.', ['20|TUR|GUARANTOR']],
    ['en', 'Tehran has sent its delegation, led by a senior diplomat.', ['20|IRN|GUARANTOR']],
    ['ar', 'وأرسلت أنقرة وفدا برئاسة نائب وزير الخارجية.', ['20|TUR|GUARANTOR']],
    ['ar', 'وأوفدت طهران وفدا إلى الاجتماع.', ['20|IRN|GUARANTOR']],
    ['fr', 'Ankara a envoyé une délégation à la réunion.', ['20|TUR|GUARANTOR']],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });

  // A capital that is where something goes, or what is talked about, sends nothing.
  it.each([
    ['en', 'The Jordanian delegation sent a letter to Tehran on the eve of the talks.', ['20|JOR|OBSERVER']],
    ['ar', 'وأرسل الوفد الأردني رسالة إلى طهران عشية الاجتماع.', ['20|JOR|OBSERVER']],
  ])('%s, a destination: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });
});

describe('a role noun as the subject of a clause-final attending verb', () => {
  it.each([
    [
      'tr',
      'Garantör ülkeler salı günü başkentteki toplantıya katıldı.',
      ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    [
      'fa',
      'کشورهای ضامن روز سه‌شنبه در این نشست شرکت کردند.',
      ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang).sort()).toEqual(want);
  });

  // A named actor between is the verb's subject; a comma closes the role noun's clause.
  it.each([['tr', 'Garantör ülkelerin çağrısıyla Ürdün de toplantıya katıldı.', ['20|JOR|OBSERVER']]])(
    '%s, another subject: %s',
    (lang, text, want) => {
      expect(addedAttendance(text, lang).sort()).toEqual(want);
    },
  );
});

describe('uncertain coming and armed forces place no one', () => {
  it.each([
    [
      'en',
      'Delegations of Iran and Turkey are there, but it is unclear whether Iraq will come.',
      ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    ['ar', 'ويحضر وفدا إيران وتركيا، ولم يتضح ما إذا كان العراق سيرسل وفدا.', ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR']],
    ['ar', 'ووصل وفد تركيا، فيما تضاربت الأنباء حول مشاركة العراق.', ['20|TUR|GUARANTOR']],
    ['en', 'The Iranian delegation said it took part while regime forces shelled the south.', ['20|IRN|GUARANTOR']],
    ['ar', 'وشارك وفد المعارضة في الجلسة، وقال إن قوات النظام واصلت القصف.', ['20|SYR-OPP|PARTY']],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang).sort()).toEqual(want);
  });
});
