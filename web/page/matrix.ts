// The attendance matrix: rounds × states/organizations, cells coloured by role, persons listed per round.
// Clicking a cell shows the evidence of that attendance (and of the delegates who represented that actor there).
import type { ActorRef, ParticipationBrief } from './api.js';
import {
  empty,
  failure,
  formatSpan,
  h,
  legend,
  loading,
  roleClass,
  roleLabel,
  roleRank,
  ROLES,
  show,
  text,
} from './dom.js';
import { participationBlock } from './evidence.js';
import { meetingEvidence } from './series.js';
import type { Round, SeriesData } from './series.js';

interface Column {
  actor: ActorRef;
  rank: number;
  count: number;
}

/** Columns: the most central roles first (guarantors, parties, host …), then by rounds attended. */
function columns(rounds: Round[]): Column[] {
  const byId = new Map<string, Column>();
  for (const r of rounds) {
    const seen = new Set<string>();
    for (const p of r.participations) {
      if (p.actor.kind === 'PERSON') continue;
      const col = byId.get(p.actor.id) ?? { actor: p.actor, rank: ROLES.length, count: 0 };
      col.rank = Math.min(col.rank, roleRank(p.role));
      if (!seen.has(p.actor.id)) col.count += 1;
      seen.add(p.actor.id);
      byId.set(p.actor.id, col);
    }
  }
  return [...byId.values()].sort(
    (a, b) => a.rank - b.rank || b.count - a.count || a.actor.name.localeCompare(b.actor.name),
  );
}

function rolesOf(list: ParticipationBrief[]): string[] {
  return [...new Set(list.map((p) => p.role))].sort((a, b) => roleRank(a) - roleRank(b));
}

/** Several roles in one round split the cell's colour diagonally. */
function cellBackground(roles: string[]): string {
  if (roles.length <= 1) return '';
  const step = 100 / roles.length;
  const stops = roles.map((r, i) => `var(--${roleClass(r)}) ${i * step}% ${(i + 1) * step}%`);
  return `background: linear-gradient(135deg, ${stops.join(', ')})`;
}

export function renderMatrix(container: HTMLElement, panel: HTMLElement, data: SeriesData): void {
  if (data.rounds.length === 0) {
    show(container, empty(`No numbered rounds recorded for this series yet. Ingest articles about it first.`));
    return;
  }
  const cols = columns(data.rounds);
  const head = h(
    'tr',
    {},
    h('th', { class: 'corner', scope: 'col' }, 'Round'),
    cols.map((c) =>
      h('th', { scope: 'col', class: 'actor-head', title: c.actor.name }, h('span', {}, text(c.actor.name))),
    ),
    h('th', { scope: 'col', class: 'delegates-head' }, 'Delegates'),
  );
  const rows = data.rounds.map((r) => {
    const cells = cols.map((c) => {
      const own = r.participations.filter((p) => p.actor.id === c.actor.id);
      const delegates = r.participations.filter((p) => p.actor.kind === 'PERSON' && p.representing?.id === c.actor.id);
      if (own.length === 0) return h('td', { class: 'cell none' });
      const roles = rolesOf(own);
      const label = `${c.actor.name}, round ${r.round}: ${roles.map(roleLabel).join(', ')}`;
      return h(
        'td',
        { class: `cell ${roleClass(roles[0] ?? 'PARTICIPANT')}`, style: cellBackground(roles) || null },
        h(
          'button',
          {
            type: 'button',
            title: label,
            'aria-label': label,
            'data-round': r.round,
            'data-actor': c.actor.id,
            onclick: () => void showCell(panel, r, c.actor, [...own, ...delegates]),
          },
          roles.map((x) => x.charAt(0)).join(''),
        ),
      );
    });
    const persons = r.participations.filter((p) => p.actor.kind === 'PERSON');
    const delegateCell = h(
      'td',
      { class: 'delegates' },
      persons.map((p) =>
        h(
          'button',
          {
            type: 'button',
            class: 'delegate',
            'data-round': r.round,
            'data-actor': p.actor.id,
            onclick: () => void showCell(panel, r, p.actor, [p]),
          },
          text(p.actor.name),
          p.representing ? h('span', { class: 'muted' }, ` (${p.representing.name})`) : null,
        ),
      ),
    );
    const m = r.meeting;
    return h(
      'tr',
      { class: `status-${m.status.toLowerCase()}` },
      h(
        'th',
        { scope: 'row', class: 'round-head' },
        h('a', { href: `#graph/meeting/${encodeURIComponent(m.id)}`, title: m.name }, String(r.round)),
        h('small', {}, m.status === 'HELD' ? formatSpan(m.startDate, m.endDate) : m.status.toLowerCase()),
      ),
      cells,
      delegateCell,
    );
  });
  show(
    container,
    legend(),
    h('div', { class: 'matrix-scroll' }, h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, rows))),
  );
  show(panel, h('p', { class: 'hint' }, 'Click a coloured cell or a delegate to see the sentences that support it.'));
}

/** Opens a cell: the actor's own participations and its delegates', with evidence fetched now (it is not in the matrix). */
async function showCell(panel: HTMLElement, round: Round, actor: ActorRef, list: ParticipationBrief[]): Promise<void> {
  const m = round.meeting;
  const header = h(
    'header',
    {},
    h('h3', {}, text(actor.name), ` — round ${round.round}`),
    h(
      'p',
      { class: 'muted' },
      text(m.name),
      ` · ${formatSpan(m.startDate, m.endDate)}`,
      m.location ? ` · ${m.location.name}` : '',
      ' · ',
      h('a', { href: `#graph/meeting/${encodeURIComponent(m.id)}` }, 'graph'),
    ),
  );
  show(panel, header, loading('evidence'));
  panel.classList.add('filled');
  bringIntoView(panel);
  const wanted = new Set(list.map((p) => `${p.actor.id}|${p.role}`));
  try {
    const found = (await meetingEvidence(m.id)).filter((p) => wanted.has(`${p.actor.id}|${p.role}`));
    show(panel, header, ...(found.length ? found.map(participationBlock) : [empty('No evidence returned.')]));
  } catch (e) {
    show(panel, header, failure(e));
  }
  // Again once filled: while it only said "Loading" the page was too short to scroll the panel up to the top, and
  // the sentences then opened below the fold.
  bringIntoView(panel);
}

/** On a phone the panel sits under the table: scroll it to the top of the screen. */
function bringIntoView(panel: HTMLElement): void {
  if (window.matchMedia('(max-width: 800px)').matches) panel.scrollIntoView({ block: 'start' });
}
