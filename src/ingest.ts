// Ingestion of one article: validate and identify it, skip duplicates, run the pipeline, write through the port.
// Shared by the CLI and the GraphQL mutation so both behave the same.
import { createHash } from 'node:crypto';
import type { Article, ArticleDelta, ArticleRecord } from './domain.js';
import { AppError } from './errors.js';
import { extract } from './extract.js';
import type { Knowledge } from './pipeline/knowledge.js';
import { detectLanguage } from './pipeline/normalize/language.js';
import type { Store, WriteOutcome } from './store/port.js';
import { exportRecordType } from './import.js';

/** An article as given by a user: the fields of the contract's ArticleInput plus an optional id. */
export interface ArticleInputData {
  id?: string | null;
  url?: string | null;
  title?: string | null;
  source?: string | null;
  publishedAt: string;
  language?: string | null;
  text: string;
}

export interface IngestResult {
  outcome: WriteOutcome;
  article: ArticleRecord;
  meetingIds: string[];
  statementIds: string[];
  warnings: string[];
}

/** Field lengths an article may have, in UTF-16 code units. Derived ids (`<article id>-s3`) must stay index keys. */
export const MAX_FIELD_LENGTH: Readonly<Record<string, number>> = {
  id: 256,
  url: 2048,
  title: 2000,
  source: 500,
  language: 35,
};
/** An article's text, in characters: 20 times a long feature. Extraction takes seconds at this length. */
export const MAX_TEXT_LENGTH = 200_000;

/** Dates a news article may carry; outside them the date is a typo or a placeholder ("0000-01-01"). */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2200;
/** A calendar day, optionally with a time of day and a zone, each part in range (checked again by Date below). */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** Validates an input and gives it its identity; throws INVALID_ARTICLE naming the first problem. */
export function prepareArticle(input: unknown, knowledge: Knowledge): Article {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('INVALID_ARTICLE', 'expected an article object');
  }
  const o = input as Record<string, unknown>;
  const exported = exportRecordType(o);
  if (exported !== null) {
    throw new AppError(
      'INVALID_ARTICLE',
      `a diplograph export record (type "${exported}"), not an article: load exports with \`diplograph import FILE\``,
    );
  }
  if (typeof o.text !== 'string' || o.text.trim() === '')
    throw new AppError('INVALID_ARTICLE', 'missing or empty "text"');
  if (o.text.length > MAX_TEXT_LENGTH) {
    throw new AppError(
      'INVALID_ARTICLE',
      `"text" is ${o.text.length} characters long; the limit is ${MAX_TEXT_LENGTH} (split the article)`,
    );
  }
  // Before any offset is computed: evidence offsets index this very string, as stored.
  const text = wellFormed(o.text);
  const publishedAt = normalizeDate(o.publishedAt);
  const optional = (key: string): string | null => {
    const v = o[key];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string') throw new AppError('INVALID_ARTICLE', `"${key}" must be a string`);
    const max = MAX_FIELD_LENGTH[key];
    // The value is not quoted: it may be megabytes long.
    if (max !== undefined && v.length > max)
      throw new AppError('INVALID_ARTICLE', `"${key}" is ${v.length} characters long; the limit is ${max}`);
    return v.trim() === '' ? null : wellFormed(v.trim());
  };
  const url = optional('url');
  const language = (optional('language') ?? detectLanguage(text, knowledge)).toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(language))
    throw new AppError('INVALID_ARTICLE', `"language" is not a language code: "${language}"`);
  const contentHash = sha1(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
  const id = optional('id') ?? (url ? `url-${sha1(url).slice(0, 16)}` : `text-${contentHash.slice(0, 16)}`);
  return { id, url, title: optional('title'), source: optional('source'), publishedAt, language, text, contentHash };
}

/** Runs one article through the pipeline into the store. A duplicate adds nothing and is reported as such. */
export async function ingestArticle(store: Store, knowledge: Knowledge, input: unknown): Promise<IngestResult> {
  const article = prepareArticle(input, knowledge);
  const existing = await store.findDuplicate(article);
  const record = toRecord(article);
  if (existing !== null) {
    const [stored] = await store.getArticles([existing]);
    return {
      outcome: { status: 'duplicate', articleId: article.id, existingId: existing },
      article: stored ?? record,
      meetingIds: [],
      statementIds: [],
      warnings: [],
    };
  }
  const { delta, warnings } = await extractDelta(article, knowledge);
  const outcome = await store.writeArticle(delta);
  return {
    outcome,
    article: record,
    meetingIds: delta.meetings.map((m) => m.id),
    statementIds: delta.statements.map((s) => s.id),
    warnings,
  };
}

/** The pipeline's facts for one prepared article, as the delta the store writes (off the event loop: extract.ts). */
export async function extractDelta(
  article: Article,
  knowledge: Knowledge,
): Promise<{ delta: ArticleDelta; warnings: string[] }> {
  const { facts, warnings } = await extract(article, knowledge);
  return { delta: { article, ...facts }, warnings };
}

function toRecord(a: Article): ArticleRecord {
  return { id: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, language: a.language };
}

/** Lone UTF-16 surrogates become U+FFFD, one code unit each, so stored text keeps every offset in place. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The calendar day of an ISO date or date-time, every part in range; throws naming the field otherwise. */
function normalizeDate(v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '') throw new AppError('INVALID_ARTICLE', 'missing "publishedAt"');
  const s = v.trim();
  const bad = (why: string): never => {
    const shown = s.length > 40 ? `${s.slice(0, 40)}…` : s;
    throw new AppError('INVALID_ARTICLE', `"publishedAt" ${why}: "${shown}"`);
  };
  const m = ISO_DATE_TIME.exec(s);
  if (!m) return bad('is not an ISO date (YYYY-MM-DD, optionally THH:MM[:SS][Z|±HH:MM])');
  const day = s.slice(0, 10);
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return bad(`has a year outside ${FIRST_YEAR}–${LAST_YEAR}`);
  // Date rolls 2023-02-30 over to March: a day that does not round-trip does not exist.
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) return bad('is not a calendar day');
  return day;
}

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}
