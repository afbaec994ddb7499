// The worker thread an embedded store opened with `writeInThread` writes articles in: a connection of its own, so the
// write's transaction (its fsync, or a wait of up to the busy timeout for another process's write lock) never holds
// the opener's event loop. The opener's connection reads what it committed (WAL) once the answer is back.
import { workerData } from 'node:worker_threads';
import type { ArticleDelta } from '../../domain.js';
import { answerCalls } from '../../threads.js';
import type { WriteOutcome } from '../port.js';
import { openDatabase } from './sqlite.js';
import { writeDelta } from './write.js';

const db = openDatabase((workerData as { dataDir: string }).dataDir);

answerCalls((delta: ArticleDelta): WriteOutcome => writeDelta(db, delta));
