// Reported speech in languages with no lexicon (Chinese, Japanese, Korean): the speech verbs gazetteer/scripts.json
// lists for each, and persons known by their names in the language's script. A statement is read where a verb
// follows a known person in its sentence, besides quotations; a person named inside a quotation, or with no verb of
// speech, says nothing. All sentences are invented.
import { describe, expect, it } from 'vitest';
import { speakerIds } from '../pipeline/article.js';

const LAV = 'alexander-lavrentiev';
const PED = 'geir-pedersen';

const JAA = 'bashar-jaafari';

const ROWS: [lang: string, text: string, speakers: string[]][] = [
  // Chinese: "X表示", "X指出"; the subject opens the clause.
  ['zh', '俄罗斯总统特使拉夫连季耶夫表示，本轮会谈富有成效。', [LAV]],
  ['zh', '拉夫连季耶夫在记者会上指出，下一轮会谈将在夏季举行。', [LAV]],
  ['zh', '佩德森在会见贾法里后强调，各方应当继续对话。', [PED]],
  ['zh', '拉夫连季耶夫昨天抵达阿斯塔纳。', []],
  ['zh', '与会者说：“佩德森明天将会见各代表团并听取意见。”', []],
  // Japanese: "Xは…と述べた".
  ['ja', 'ラヴレンチエフ特使は、協議は有益だったと述べた。', [LAV]],
  ['ja', 'ペデルセン特使は記者団に対し、次の会合は夏に開かれると語った。', [PED]],
  ['ja', 'ラヴレンチエフ特使は昨日アスタナに到着した。', []],
  // Korean: the verbs are listed, and a sentence naming nobody the gazetteer knows in Hangul says nothing.
  ['ko', '러시아 대통령 특사는 이번 회담이 유익했다고 밝혔다.', []],
];

describe('reported speech in languages with no lexicon', () => {
  it.each(ROWS)('%s: %s', (lang, text, speakers) => {
    expect(speakerIds(text, lang)).toEqual(speakers);
  });

  it('keeps a quotation whose speaker no verb names', () => {
    expect(speakerIds('贾法里：“我们准备好与所有各方继续进行对话与协商。”', 'zh')).toEqual([JAA]);
  });
});
