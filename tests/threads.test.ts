// ThreadCalls / answerCalls (src/threads.ts), which extraction and the server's embedded writes run behind: answers
// reach their callers, an AppError keeps its code across the thread, close() lets the calls asked for finish, and a
// worker that dies fails its pending calls instead of leaving them hanging. Real worker threads, on the build (a
// worker needs JavaScript), with a small worker of the test's own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadCalls as Calls } from '../src/threads.js';
import { buildBinary } from './cli/binary.js';

type Request = { n: number; delayMs?: number } | { fail: 'app' | 'plain' | 'exit' };
let ThreadCalls: typeof Calls;
let workerFile: URL;
let dir: string;

beforeAll(async () => {
  const dist = path.join(path.dirname(path.dirname(buildBinary())), 'dist');
  ({ ThreadCalls } = (await import(pathToFileURL(path.join(dist, 'threads.js')).href)) as {
    ThreadCalls: typeof Calls;
  });
  dir = mkdtempSync(path.join(tmpdir(), 'dg-threads-'));
  workerFile = pathToFileURL(path.join(dir, 'worker.mjs'));
  // Doubles n (after busy-waiting delayMs, so calls overlap), or fails in the way asked for.
  writeFileSync(
    workerFile,
    `import { answerCalls } from ${JSON.stringify(pathToFileURL(path.join(dist, 'threads.js')).href)};
     import { AppError } from ${JSON.stringify(pathToFileURL(path.join(dist, 'errors.js')).href)};
     import { workerData } from 'node:worker_threads';
     answerCalls((r) => {
       if (r.fail === 'app') throw new AppError('INVALID_ARTICLE', 'no good');
       if (r.fail === 'plain') throw new TypeError('plain failure');
       if (r.fail === 'exit') process.exit(7);
       const until = Date.now() + (r.delayMs ?? 0);
       while (Date.now() < until);
       return { doubled: r.n * 2, tag: workerData.tag };
     });`,
  );
}, 600_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ThreadCalls', () => {
  it('answers each call with its own result, and hands the worker its workerData', async () => {
    const calls = new ThreadCalls<Request, { doubled: number; tag: string }>(workerFile, 'test work', { tag: 't1' });
    const answers = await Promise.all([1, 2, 3].map((n) => calls.call({ n, delayMs: 20 })));
    expect(answers).toEqual([2, 4, 6].map((doubled) => ({ doubled, tag: 't1' })));
    await calls.close();
  });

  it('keeps an AppError code across the thread; another error keeps its message only', async () => {
    const calls = new ThreadCalls<Request, unknown>(workerFile, 'test work', { tag: 't2' });
    await expect(calls.call({ fail: 'app' })).rejects.toMatchObject({ code: 'INVALID_ARTICLE', message: 'no good' });
    const plain = await calls.call({ fail: 'plain' }).catch((e: unknown) => e);
    expect(plain).toBeInstanceOf(Error);
    expect((plain as Error).message).toBe('plain failure');
    expect((plain as { code?: string }).code).toBeUndefined();
    // The worker survives a failed call.
    expect(await calls.call({ n: 5 })).toMatchObject({ doubled: 10 });
    await calls.close();
  });

  it('close() waits for the calls already asked for, then stops the thread', async () => {
    const calls = new ThreadCalls<Request, { doubled: number }>(workerFile, 'test work', { tag: 't3' });
    const slow = calls.call({ n: 21, delayMs: 300 });
    await calls.close();
    expect(await slow).toMatchObject({ doubled: 42 });
    // A call after close starts a new thread rather than hanging.
    expect(await calls.call({ n: 1 })).toMatchObject({ doubled: 2 });
    await calls.close();
  });

  it('a worker that exits fails its pending calls with INTERNAL, and the next call starts a new one', async () => {
    const calls = new ThreadCalls<Request, { doubled: number }>(workerFile, 'test work', { tag: 't4' });
    const queued = calls.call({ n: 2, delayMs: 50 });
    const dying = calls.call({ fail: 'exit' });
    const behind = calls.call({ n: 3 });
    expect(await queued).toMatchObject({ doubled: 4 });
    await expect(dying).rejects.toMatchObject({ code: 'INTERNAL', message: 'the test work worker exited (7)' });
    await expect(behind).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(await calls.call({ n: 4 })).toMatchObject({ doubled: 8 });
    await calls.close();
  });
});
