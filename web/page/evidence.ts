// Renders evidence: the verbatim sentences behind a fact, each with its article's title, source, date and link.
// Evidence text is shown exactly as stored (dir="auto"), never trimmed or translated.
import type { Article, Evidence, Participation, Statement } from './api.js';
import { empty, formatDate, h, link, roleClass, roleLabel, text } from './dom.js';

/**
 * What an untitled article is called: its host and path, percent-decoded so an Arabic slug reads as Arabic
 * ("sarabic.ae/20171225/عبد-الرحمانوف-…"), never the raw %D8%B9… run that overflowed the panel.
 */
export function readableUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the path as it came rather than lose it.
  }
  return `${parsed.host}${path === '/' ? '' : path}${parsed.search}`;
}

export function citation(article: Article): HTMLElement {
  const label = article.title ?? (article.url ? readableUrl(article.url) : article.id);
  const title = text(label, 'span', article.title ? 'title' : 'title url');
  return h(
    'cite',
    { class: 'citation' },
    article.url ? link(article.url, title, { target: '_blank', rel: 'noopener noreferrer' }) : title,
    h(
      'span',
      { class: 'meta' },
      [article.source, formatDate(article.publishedAt), article.language].filter(Boolean).join(' · '),
    ),
  );
}

export function evidenceItem(evidence: Evidence): HTMLElement {
  // A span of the headline says so: its words are the title's, not a sentence of the text.
  const quote = text(evidence.text, 'blockquote', evidence.inTitle ? 'headline' : '');
  if (evidence.inTitle) quote.title = 'In the headline';
  return h('li', { class: 'evidence', 'data-article': evidence.article.id }, quote, citation(evidence.article));
}

export function evidenceList(evidence: Evidence[]): HTMLElement {
  if (evidence.length === 0) return empty('No evidence recorded.');
  return h('ul', { class: 'evidence-list' }, evidence.map(evidenceItem));
}

/** One participation: who, in which role, for whom, and the sentences that say so. */
export function participationBlock(p: Participation): HTMLElement {
  return h(
    'section',
    { class: 'participation' },
    h(
      'h4',
      {},
      h('a', { href: `#actor/${encodeURIComponent(p.actor.id)}` }, text(p.actor.name)),
      ' ',
      h('span', { class: `badge ${roleClass(p.role)}` }, roleLabel(p.role)),
      p.representing ? h('span', { class: 'muted' }, ' for ', text(p.representing.name)) : null,
    ),
    evidenceList(p.evidence),
  );
}

export function statementItem(s: Statement, showSpeaker = true): HTMLElement {
  const meeting = s.meeting
    ? h('a', { href: `#graph/meeting/${encodeURIComponent(s.meeting.id)}` }, text(s.meeting.name))
    : null;
  // A reported statement paraphrases: the sentence it was read in lets the reader judge the attribution.
  const context = s.evidence.filter((e) => e.text.trim() !== s.text.trim());
  return h(
    'li',
    { class: 'statement', 'data-statement': s.id },
    h(
      'div',
      { class: 'statement-head' },
      showSpeaker ? h('a', { href: `#actor/${encodeURIComponent(s.speaker.id)}` }, text(s.speaker.name)) : null,
      h('span', { class: 'muted' }, ` ${formatDate(s.date)} · ${s.kind.toLowerCase()}`),
      meeting ? h('span', { class: 'muted' }, ' · ', meeting) : null,
    ),
    text(s.text, 'blockquote', s.kind === 'QUOTE' ? 'quote' : 'reported'),
    context.length
      ? h(
          'details',
          { class: 'context' },
          h('summary', {}, 'source sentence'),
          context.map((e) => text(e.text, 'p')),
        )
      : null,
    citation(s.article),
  );
}

export function statementList(statements: Statement[], showSpeaker = true): HTMLElement {
  if (statements.length === 0) return empty('No statements recorded.');
  return h(
    'ul',
    { class: 'statement-list' },
    statements.map((s) => statementItem(s, showSpeaker)),
  );
}
