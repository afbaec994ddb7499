// The worker thread an embedded store opened with `writeInThread` writes articles in: a connection of its own, so the
// write's transaction (its fsync, or a wait of up to the busy timeout for another process's write lock) never holds
// the opener's event loop. The opener's connection reads what it committed (WAL) once the answer is back.
import { workerData } from 'node:worker_threads';
import type { ArticleDelta } from '../../domain.js';
import { answerCalls } from '../../threads.js';
import type { WriteOutcome } from '../port.js';
import { SearchFolding } from '../search.js';
import type { SearchStemming } from '../../pipeline/knowledge.js';
import { openDatabase } from './sqlite.js';
import { writeDelta } from './write.js';

const data = workerData as { dataDir: string; search: SearchStemming[] };
const db = openDatabase(data.dataDir);
// The opener's search folding, as rows: both threads index statements alike.
const search = new SearchFolding(data.search);

answerCalls((delta: ArticleDelta): WriteOutcome => writeDelta(db, delta, search));
