// Ingestion of one article: validate and identify it, skip duplicates, run the pipeline, write through the port.
// Shared by the CLI and the GraphQL mutation so both behave the same.
import { createHash } from 'node:crypto';
import type { Article, ArticleRecord } from './domain.js';
import { AppError } from './errors.js';
import { extractFacts } from './pipeline/facts.js';
import type { Knowledge } from './pipeline/knowledge.js';
import { detectLanguage } from './pipeline/normalize/language.js';
import type { Store, WriteOutcome } from './store/port.js';

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates an input and gives it its identity; throws INVALID_ARTICLE naming the first problem. */
export function prepareArticle(input: unknown, knowledge: Knowledge): Article {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('INVALID_ARTICLE', 'expected an article object');
  }
  const o = input as Record<string, unknown>;
  const text = o.text;
  if (typeof text !== 'string' || text.trim() === '') throw new AppError('INVALID_ARTICLE', 'missing or empty "text"');
  const publishedAt = normalizeDate(o.publishedAt);
  const optional = (key: string): string | null => {
    const v = o[key];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string') throw new AppError('INVALID_ARTICLE', `"${key}" must be a string`);
    return v.trim() === '' ? null : v.trim();
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
  const { facts, warnings } = extractFacts(article, knowledge);
  const outcome = await store.writeArticle({ article, ...facts });
  return {
    outcome,
    article: record,
    meetingIds: facts.meetings.map((m) => m.id),
    statementIds: facts.statements.map((s) => s.id),
    warnings,
  };
}

function toRecord(a: Article): ArticleRecord {
  return { id: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, language: a.language };
}

function normalizeDate(v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '') throw new AppError('INVALID_ARTICLE', 'missing "publishedAt"');
  const s = v.trim();
  const day = ISO_DATE.test(s) ? s : /^\d{4}-\d{2}-\d{2}T/.test(s) ? s.slice(0, 10) : null;
  if (
    day === null ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  ) {
    throw new AppError('INVALID_ARTICLE', `"publishedAt" is not an ISO date: "${s}"`);
  }
  return day;
}

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}
