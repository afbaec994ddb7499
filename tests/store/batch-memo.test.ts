// A batch of the embedded store remembers the actor, series and place rows its articles read and wrote
// (src/store/embedded/memo.ts). An article rolled back inside the batch must take what it taught the memo with it:
// otherwise a later article of the same batch would merge into a row that was never stored. The failure is made by a
// real SQLite trigger that aborts the article's evidence, after its actors were written in its savepoint.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleDelta } from '../../src/domain.js';
import { openDatabase, type Db } from '../../src/store/embedded/sqlite.js';
import { writeDeltas } from '../../src/store/embedded/write.js';
import { searchFoldingOf } from '../../src/store/search.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const search = searchFoldingOf(seedKnowledge);
import { arabicRound20, englishRound20, englishRound21 } from '../fixtures/deltas.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function freshDb(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-memo-'));
  dirs.push(dir);
  return openDatabase(dir);
}

/** The delta with one more alias (and localized name) on an actor it names. */
function withAlias(delta: ArticleDelta, actorId: string, alias: string): ArticleDelta {
  return {
    ...delta,
    actors: delta.actors.map((a) =>
      a.id === actorId
        ? { ...a, aliases: [...a.aliases, alias], names: [...a.names, { lang: 'xx', value: alias }] }
        : a,
    ),
  };
}

/** Every evidence span of `articleId` fails to insert from now on (the article is rejected mid-write). */
function failEvidenceOf(db: Db, articleId: string): void {
  db.prepare(
    `CREATE TRIGGER fail_evidence BEFORE INSERT ON participation_evidence WHEN NEW.article_id = '${articleId}'
     BEGIN SELECT RAISE(ABORT, 'evidence refused'); END`,
  ).run();
}

function actorRow(db: Db, id: string): { aliases: string[]; names: unknown[]; keys: string[] } {
  const row = db.prepare('SELECT aliases, names FROM actors WHERE id = ?').get(id) as {
    aliases: string;
    names: string;
  };
  const keys = db.prepare('SELECT key FROM actor_keys WHERE actor_id = ? ORDER BY key').pluck().all(id) as string[];
  return { aliases: JSON.parse(row.aliases) as string[], names: JSON.parse(row.names) as unknown[], keys };
}

describe('embedded batch memo', () => {
  const cases: [string, string, string][] = [
    ['a state', 'RUS', 'Rossiyskaya'],
    ['a person', 'alexander-lavrentiev', 'A. Lavrentiev'],
  ];
  it.each(cases)('forgets what a rolled-back article merged into %s', (_what, actorId, alias) => {
    const batched = freshDb();
    writeDeltas(batched, [arabicRound20()], search);
    failEvidenceOf(batched, 'en-20');
    const later = withAlias(englishRound21(), actorId, 'Later Alias');
    const outcomes = writeDeltas(batched, [withAlias(englishRound20(), actorId, alias), later], search);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'written']);

    // The same store without the rejected article: the later article alone after the first.
    const alone = freshDb();
    writeDeltas(alone, [arabicRound20()], search);
    writeDeltas(alone, [withAlias(englishRound21(), actorId, 'Later Alias')], search);
    const got = actorRow(batched, actorId);
    expect(got.aliases).toContain('Later Alias');
    expect(got.aliases).not.toContain(alias);
    expect(got).toEqual(actorRow(alone, actorId));
  });

  it('writes a batch that repeats actors exactly as one article per batch', () => {
    const deltas = [arabicRound20(), englishRound20(), withAlias(englishRound21(), 'RUS', 'Russian Federation')];
    const batched = freshDb();
    expect(writeDeltas(batched, deltas, search).map((o) => o.status)).toEqual(['written', 'written', 'written']);
    const single = freshDb();
    for (const d of deltas) writeDeltas(single, [d], search);
    for (const id of ['RUS', 'TUR', 'KAZ', 'alexander-lavrentiev'])
      expect(actorRow(batched, id)).toEqual(actorRow(single, id));
  });
});
