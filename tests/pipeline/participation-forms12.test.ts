// Round 12's participation forms, each in several languages with sentences of their own (not the coverage
// generator's): an official before the verb of attending stands for the state; a state's adjective standing alone
// after one with a delegation noun names an elided delegation; in languages whose adjectives follow the noun, an
// adjective before a meeting noun ends the subject; nouns of participation govern the list after them.
import { describe, expect, it } from 'vitest';
import { addedAttendance } from './article.js';

describe('an official before the attending verb stands for the state', () => {
  it.each([
    ['en', "Iran's deputy foreign minister is taking part in the meeting.", ['20|IRN|GUARANTOR']],
    ['ru', 'Замминистра иностранных дел Ирана участвует во встрече.', ['20|IRN|GUARANTOR']],
    ['tr', "İran'ın dışişleri bakan yardımcısı toplantıya katılıyor.", ['20|IRN|GUARANTOR']],
    ['kk', 'Иранның сыртқы істер министрінің орынбасары кездесуге қатысады.', ['20|IRN|GUARANTOR']],
    ['fr', 'Le vice-ministre iranien des Affaires étrangères participe à la réunion.', ['20|IRN|GUARANTOR']],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });

  it.each([
    ['ru', 'Замминистра иностранных дел Ирана не участвует во встрече.'],
    ['tr', "İran'ın dışişleri bakan yardımcısı toplantıya katılmayacak."],
  ])('%s negated: %s', (lang, text) => {
    expect(addedAttendance(text, lang)).toEqual([]);
  });
});

describe('an elided delegation noun after a bare adjective', () => {
  it.each([
    ['en', 'The Iranian delegation landed on Sunday, the Turkish on Monday.', ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR']],
    ['ar', 'ووصل الوفد الإيراني أمس والتركي يوم الأحد.', ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR']],
    [
      'ru',
      'Иранская делегация приехала в воскресенье, турецкая — в понедельник.',
      ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    ['es', 'La delegación iraní llegó el domingo, la turca el lunes.', ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR']],
    ['fr', 'La délégation iranienne est arrivée dimanche, la turque lundi.', ['20|IRN|GUARANTOR', '20|TUR|GUARANTOR']],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });

  it.each([
    ['en', 'The Iranian delegation arrived on Sunday and criticised Turkish forces.'],
    ['ar', 'ووصل الوفد الإيراني أمس وانتقد القوات التركية.'],
  ])('%s: an adjective with a noun of its own is no delegation: %s', (lang, text) => {
    expect(addedAttendance(text, lang)).toEqual(['20|IRN|GUARANTOR']);
  });
});

describe('an adjective before a meeting noun where adjectives follow nouns', () => {
  it.each([
    ['ar', 'ويحضر الوفد الإيراني الاجتماعات.', ['20|IRN|GUARANTOR']],
    ['ar', 'وحضر الممثل التركي المحادثات أمس.', ['20|TUR|GUARANTOR']],
    ['en', 'The Iranian talks delegation attended.', []],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });
});

describe('a noun of participation governs the list after it', () => {
  it.each([
    [
      'en',
      'The plenary opened with the participation of Iran, Turkey and Lebanon.',
      ['20|IRN|GUARANTOR', '20|LBN|OBSERVER', '20|TUR|GUARANTOR'],
    ],
    [
      'ru',
      'Пленарное заседание прошло при участии Ирана, Турции и Ливана.',
      ['20|IRN|GUARANTOR', '20|LBN|OBSERVER', '20|TUR|GUARANTOR'],
    ],
    [
      'fr',
      "La séance plénière s'est tenue avec la participation de l'Iran, de la Turquie et du Liban.",
      ['20|IRN|GUARANTOR', '20|LBN|OBSERVER', '20|TUR|GUARANTOR'],
    ],
    [
      'ar',
      'وعقدت الجلسة العامة بمشاركة إيران وتركيا ولبنان.',
      ['20|IRN|GUARANTOR', '20|LBN|OBSERVER', '20|TUR|GUARANTOR'],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });
});

describe('a state next to a verb of sending, in a sentence about taking part', () => {
  it.each([
    ['ar', 'وأرسلت إيران مساعد وزير الخارجية للمشاركة في الاجتماع.', ['20|IRN|GUARANTOR']],
    ['en', 'Iran sent an assistant foreign minister to lead its delegation.', ['20|IRN|GUARANTOR']],
    ['ru', 'Иран направил на встречу делегацию во главе с помощником министра.', ['20|IRN|GUARANTOR']],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });

  it('a sending verb in a sentence about no participation places no one', () => {
    expect(addedAttendance('Turkey sent reinforcements to Idlib.', 'en')).toEqual([]);
  });
});

describe('a case ending after an apostrophe belongs to the name', () => {
  it.each([
    ['tr', "Toplantıya İran'dan gelen heyet de katıldı.", ['20|IRN|GUARANTOR']],
    ['tr', "Lübnan'dan ve Irak'tan gelen heyetler gözlemci olarak katıldı.", ['20|IRQ|OBSERVER', '20|LBN|OBSERVER']],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });
});

describe('an invitation in the passive is no attendance', () => {
  it.each([
    ['ar', 'ودعيت لبنان إلى حضور الاجتماع بصفة مراقب.'],
    ['ar', 'كما وجهت الدعوة إلى العراق للمشاركة.'],
  ])('%s: %s', (lang, text) => {
    expect(addedAttendance(text, lang)).toEqual([]);
  });
});

describe('an actor after a joining phrase joins the attending verb', () => {
  it.each([
    [
      'ar',
      'وحضرت إيران وتركيا، الدولتان الضامنتان، فضلا عن لبنان.',
      ['20|IRN|GUARANTOR', '20|LBN|OBSERVER', '20|TUR|GUARANTOR'],
    ],
    [
      'en',
      'Iran attended, together with its fellow guarantor, along with Lebanon.',
      ['20|IRN|GUARANTOR', '20|LBN|OBSERVER'],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(addedAttendance(text, lang)).toEqual(want);
  });
});

describe('an invitation word used as an adjective does not negate', () => {
  it('ar: the invited delegations have arrived, the guarantors among them', () => {
    const text = 'وقالت الخارجية إن جميع الوفود المدعوة وصلت، ومن بينها وفود الدول الضامنة.';
    expect(addedAttendance(text, 'ar')).toEqual(['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR']);
  });
});
