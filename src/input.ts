// Input reading for `ingest`: paths → a stream of raw article objects or rejections, each named by file and line.
// Validation is left to prepareArticle; this module only decodes files. Files are read one at a time, .jsonl line by line.
import { createReadStream, Stats } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from './errors.js';
import { decodeHtml, decodeUtf8 } from './input/decode.js';
import type { HtmlArticle } from './input/html.js';
import { readLines } from './input/lines.js';

/** Metadata flags: the whole of a .txt file's metadata, and overrides for what an .html page says. */
export interface InputMeta {
  publishedAt?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  source?: string | undefined;
  language?: string | undefined;
}

export interface InputFile {
  path: string;
  size: number;
  /** Why this entry cannot be read (a FIFO, a dangling link, an unreadable folder): it is named and skipped. */
  problem?: string;
}

/** `bytes` is how much of the input this item consumed: the progress bar advances by it. */
export type InputItem =
  | { kind: 'article'; file: string; line: number; input: Record<string, unknown>; bytes: number }
  | { kind: 'rejected'; file: string; line: number; reason: string; bytes: number };

export const INPUT_EXTENSIONS = ['.json', '.jsonl', '.txt', '.html', '.htm'] as const;
/**
 * One .json/.txt/.html file or .jsonl line is one article, read whole: anything larger is no news article (and would
 * be memory). Room for markup and JSON escapes; the text itself is capped in characters by prepareArticle.
 */
export const MAX_ARTICLE_BYTES = 8_000_000;

/**
 * Expands the given paths into files: a folder means every file under it, depth first in code-unit order, so two runs
 * over the same folder see the same order. Hidden entries (".git", ".DS_Store") are skipped. A path that does not
 * exist is a usage error (CONFIG): nothing is ingested when a path is mistyped. Entries that cannot be read (an
 * unreadable folder, a dangling or looping link, a FIFO) are listed with their problem, to be named and skipped:
 * nothing is ever opened that could block.
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const missing: string[] = [];
  const files: InputFile[] = [];
  for (const p of paths) {
    const s = await stat(p).catch((e: unknown) => e as NodeJS.ErrnoException);
    if (s instanceof Stats) {
      if (s.isDirectory()) await walk(p, files);
      else files.push(entry(p, s));
    } else if (s.code === 'ENOENT' && !(await lstat(p).catch(() => null))) missing.push(p);
    else files.push({ path: p, size: 0, problem: linkProblem(s) });
  }
  if (missing.length > 0) {
    throw new AppError('CONFIG', `no such file or folder: ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
  }
  return files;
}

async function walk(dir: string, out: InputFile[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    // One unreadable folder must not cost the rest of the run.
    out.push({ path: dir, size: 0, problem: `cannot read the folder (${codeOf(e)}): skipped` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isSymbolicLink()) {
      const s = await stat(full).catch((err: unknown) => err as NodeJS.ErrnoException);
      // Symbolic links to folders are not followed: a link cycle must not hang the run.
      if (!(s instanceof Stats)) out.push({ path: full, size: 0, problem: linkProblem(s) });
      else if (s.isDirectory()) out.push({ path: full, size: 0, problem: 'a link to a folder, not followed: skipped' });
      else out.push(entry(full, s));
    } else {
      const s = await stat(full).catch((err: unknown) => err as NodeJS.ErrnoException);
      out.push(s instanceof Stats ? entry(full, s) : { path: full, size: 0, problem: `cannot read (${s.code})` });
    }
  }
}

/** A listed file, or why it is no file to read (opening a FIFO would wait for a writer forever). */
function entry(p: string, s: Stats): InputFile {
  if (s.isFile()) return { path: p, size: s.size };
  const kind = s.isFIFO() ? 'a FIFO' : s.isSocket() ? 'a socket' : s.isDirectory() ? 'a folder' : 'a device';
  return { path: p, size: 0, problem: `${kind}, not a regular file: skipped` };
}

function linkProblem(e: NodeJS.ErrnoException): string {
  if (e.code === 'ELOOP') return 'a symbolic link loop: skipped';
  if (e.code === 'ENOENT') return 'a dangling symbolic link: skipped';
  return `cannot read (${codeOf(e)}): skipped`;
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException | null)?.code ?? reasonOf(e);
}

/** Reads the files in order; never throws for a bad file, which becomes a rejection instead. */
export async function* readInputs(files: readonly InputFile[], meta: InputMeta = {}): AsyncGenerator<InputItem> {
  for (const f of files) {
    const ext = path.extname(f.path).toLowerCase();
    const reject = (reason: string, line = 1): InputItem => ({
      kind: 'rejected',
      file: f.path,
      line,
      reason,
      bytes: f.size,
    });
    if (f.problem !== undefined) {
      yield reject(f.problem);
      continue;
    }
    if (!(INPUT_EXTENSIONS as readonly string[]).includes(ext)) {
      yield reject(`unsupported file type "${ext || path.basename(f.path)}" (expected ${INPUT_EXTENSIONS.join(', ')})`);
      continue;
    }
    if (ext === '.jsonl') {
      yield* readJsonl(f);
      continue;
    }
    if (f.size > MAX_ARTICLE_BYTES) {
      yield reject(
        `too large for one article (${(f.size / 1e6).toFixed(0)} MB; the limit is ${MAX_ARTICLE_BYTES / 1e6} MB)`,
      );
      continue;
    }
    let text: string;
    try {
      const bytes = await readFile(f.path);
      text = ext === '.html' || ext === '.htm' ? decodeHtml(bytes) : decodeUtf8(bytes);
    } catch (e) {
      yield reject(reasonOf(e));
      continue;
    }
    const item = (input: Record<string, unknown>): InputItem => ({
      kind: 'article',
      file: f.path,
      line: 1,
      input,
      bytes: f.size,
    });
    if (ext === '.json') {
      const parsed = parseJson(text);
      yield typeof parsed === 'string' ? reject(parsed) : item(parsed);
    } else if (ext === '.txt') {
      if (!meta.publishedAt) yield reject('missing "publishedAt": give --published-at for .txt files');
      else yield item(withMeta({ text }, meta));
    } else {
      const page = await pageOrReason(text);
      if (typeof page === 'string') yield reject(page);
      else if (page.text.trim() === '') yield reject('no main text found in the page');
      else yield item(withMeta({ ...page }, meta));
    }
  }
}

async function* readJsonl(f: InputFile): AsyncGenerator<InputItem> {
  let line = 0;
  try {
    // Lines are bytes until each is checked: a bad line is rejected as a whole, never stored as U+FFFD.
    for await (const raw of readLines(createReadStream(f.path), MAX_ARTICLE_BYTES)) {
      line += 1;
      const { bytes } = raw;
      const rejected = (reason: string): InputItem => ({ kind: 'rejected', file: f.path, line, reason, bytes });
      if (raw.line === null) {
        yield rejected(`line too large for one article (over ${MAX_ARTICLE_BYTES / 1e6} MB)`);
        continue;
      }
      let text: string;
      try {
        text = decodeUtf8(raw.line);
      } catch (e) {
        yield rejected(reasonOf(e));
        continue;
      }
      if (text.trim() === '') continue;
      const parsed = parseJson(text);
      yield typeof parsed === 'string'
        ? rejected(parsed)
        : { kind: 'article', file: f.path, line, input: parsed, bytes };
    }
  } catch (e) {
    // An unreadable file (permissions, vanished mid-run) rejects what is left of it, not the run.
    yield { kind: 'rejected', file: f.path, line: Math.max(line, 1), reason: reasonOf(e), bytes: 0 };
  }
}

/** The page's article, or why it could not be read: a parser failure rejects one file, never the run. */
async function pageOrReason(html: string): Promise<HtmlArticle | string> {
  try {
    // Loaded with the first page: the HTML parser costs a run of .json/.jsonl inputs ~0.25 CPU-seconds otherwise.
    const { extractHtml } = await import('./input/html.js');
    return extractHtml(html);
  } catch (e) {
    return `could not read the page: ${reasonOf(e)}`;
  }
}

/** An object, or the reason it is not one. */
function parseJson(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return `invalid JSON: ${reasonOf(e)}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected one article object, got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}`;
  }
  return value as Record<string, unknown>;
}

/** Flags win over what the page says; absent flags leave page values in place. */
function withMeta(base: Record<string, unknown>, meta: InputMeta): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(meta)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
