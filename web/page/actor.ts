// The actor view and the name search: an actor's names in every language, office, affiliation, meetings, statements.
// Search goes through actors(search:), which folds names server-side, so any script or spelling variant finds them.
import { ACTOR_REF, EVIDENCE, MEETING_REF, STATEMENT, gql } from './api.js';
import type { ActorRef, Evidence, LocalizedName, MeetingRef, Statement } from './api.js';
import { empty, failure, formatSpan, h, loading, roleClass, roleLabel, show, text } from './dom.js';
import { evidenceList, statementList } from './evidence.js';

interface ActorDetail extends ActorRef {
  names: LocalizedName[];
  aliases: string[];
  iso3: string | null;
  title: string | null;
  affiliation: ActorRef | null;
  participations: {
    role: string;
    representing: ActorRef | null;
    meeting: MeetingRef & { series: { id: string; name: string } | null };
    evidence: Evidence[];
  }[];
  statements: Statement[];
}

type Found = ActorRef & { iso3: string | null; title: string | null; names: LocalizedName[] };

const SEARCH = `query Search($q: String!) { actors(search: $q) { ${ACTOR_REF} iso3 title names { lang value } } }`;
const ACTOR = `query ActorPage($id: ID!) {
  actor(id: $id) {
    ${ACTOR_REF} aliases iso3 title names { lang value } affiliation { ${ACTOR_REF} }
    participations {
      role representing { ${ACTOR_REF} }
      meeting { ${MEETING_REF} series { id name } }
      evidence { ${EVIDENCE} }
    }
    statements { ${STATEMENT} }
  }
}`;

export async function renderSearch(container: HTMLElement, query: string): Promise<void> {
  const q = query.trim();
  if (q === '') {
    show(container, empty('Type a name in any language or script (e.g. Lavrentiev, لافرنتييف, Лаврентьев).'));
    return;
  }
  show(container, loading(`actors matching “${q}”`));
  try {
    const { actors } = await gql<{ actors: Found[] }>(SEARCH, { q });
    if (actors.length === 0) {
      show(container, empty(`No actor is known by a name containing “${q}”.`));
      return;
    }
    if (actors.length === 1 && actors[0]) {
      location.hash = `#actor/${encodeURIComponent(actors[0].id)}`;
      return;
    }
    show(
      container,
      h('h2', {}, `${actors.length} actors match `, text(`“${q}”`)),
      h('ul', { class: 'results' }, actors.map(resultItem)),
    );
  } catch (e) {
    show(container, failure(e));
  }
}

function resultItem(a: Found): HTMLElement {
  const others = a.names.filter((n) => n.value !== a.name).slice(0, 4);
  return h(
    'li',
    { 'data-actor': a.id },
    h('a', { href: `#actor/${encodeURIComponent(a.id)}` }, text(a.name)),
    h('span', { class: 'muted' }, ` ${a.kind.toLowerCase()}${a.title ? ` · ${a.title}` : ''}`),
    others.length
      ? h(
          'div',
          { class: 'names-inline' },
          others.map((n) => text(n.value, 'span', 'chip')),
        )
      : null,
  );
}

export async function renderActor(container: HTMLElement, id: string): Promise<void> {
  show(container, loading('actor'));
  try {
    const { actor } = await gql<{ actor: ActorDetail | null }>(ACTOR, { id });
    if (!actor) {
      show(container, empty(`No actor with id “${id}”.`));
      return;
    }
    show(container, actorView(actor));
  } catch (e) {
    show(container, failure(e));
  }
}

function actorView(a: ActorDetail): HTMLElement {
  const facts = [a.iso3 ? `ISO ${a.iso3}` : null, a.kind.toLowerCase(), a.title].filter((x): x is string => Boolean(x));
  const attended = [...a.participations].sort(byMeeting);
  return h(
    'article',
    { class: 'actor', 'data-actor': a.id },
    h('h2', {}, text(a.name)),
    h(
      'p',
      { class: 'muted' },
      facts.join(' · '),
      a.affiliation
        ? [' · serves ', h('a', { href: `#actor/${encodeURIComponent(a.affiliation.id)}` }, text(a.affiliation.name))]
        : [],
      ' · ',
      h('a', { href: `#graph/actor/${encodeURIComponent(a.id)}` }, 'neighbourhood graph'),
    ),
    h('h3', {}, 'Names'),
    a.names.length
      ? h(
          'dl',
          { class: 'names' },
          a.names.flatMap((n) => [h('dt', {}, n.lang), h('dd', {}, text(n.value))]),
        )
      : empty('No localized names.'),
    a.aliases.length
      ? h(
          'div',
          { class: 'names-inline' },
          a.aliases.map((x) => text(x, 'span', 'chip')),
        )
      : null,
    h('h3', {}, `Meetings attended (${attended.length})`),
    attended.length ? h('ul', { class: 'attended' }, attended.map(attendedItem)) : empty('No recorded attendance.'),
    h('h3', {}, `Statements (${a.statements.length})`),
    statementList(a.statements, false),
  );
}

type Attended = ActorDetail['participations'][number];

/** Rounds of one series by number (many are undated); other meetings by date. */
function byMeeting(x: Attended, y: Attended): number {
  const [a, b] = [x.meeting, y.meeting];
  if (a.round !== null && b.round !== null && a.series?.id === b.series?.id) return a.round - b.round;
  return (a.startDate ?? a.windowStart ?? '').localeCompare(b.startDate ?? b.windowStart ?? '');
}

function attendedItem(p: Attended): HTMLElement {
  const m = p.meeting;
  return h(
    'li',
    {},
    h(
      'details',
      {},
      h(
        'summary',
        {},
        h('span', { class: `badge ${roleClass(p.role)}` }, roleLabel(p.role)),
        ' ',
        h('a', { href: `#graph/meeting/${encodeURIComponent(m.id)}` }, text(m.name)),
        h('span', { class: 'muted' }, ` ${formatSpan(m.startDate, m.endDate)}`),
        p.representing ? h('span', { class: 'muted' }, ' for ', text(p.representing.name)) : null,
      ),
      evidenceList(p.evidence),
    ),
  );
}
