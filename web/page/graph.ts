// The neighbourhood graph of a meeting or an actor, drawn with cytoscape (bundled, offline).
// Focus in the centre, direct neighbours on the first ring; tapping a node shows it and offers to re-centre there.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { ACTOR_REF, MEETING_REF, gql } from './api.js';
import type { ActorRef, MeetingRef } from './api.js';
import { empty, failure, formatDate, h, legend, loading, roleColour, roleLabel, show, text } from './dom.js';

interface MeetingGraph extends MeetingRef {
  participants: { role: string; actor: ActorRef; representing: ActorRef | null }[];
  statements: { id: string; speaker: ActorRef }[];
}
interface ActorGraph extends ActorRef {
  affiliation: ActorRef | null;
  participations: { role: string; meeting: MeetingRef & { participants: { role: string; actor: ActorRef }[] } }[];
}

const MEETING_Q = `query MeetingGraph($id: ID!) { meeting(id: $id) { ${MEETING_REF}
  participants { role actor { ${ACTOR_REF} } representing { ${ACTOR_REF} } }
  statements { id speaker { ${ACTOR_REF} } } } }`;
const ACTOR_Q = `query ActorGraph($id: ID!) { actor(id: $id) { ${ACTOR_REF} affiliation { ${ACTOR_REF} }
  participations { role meeting { ${MEETING_REF} participants { role actor { ${ACTOR_REF} } } } } } }`;

/** Beyond this many meetings an actor's co-attendees would bury the picture: show meetings only. */
const CO_ATTENDANCE_LIMIT = 8;

let current: Core | null = null;

class Elements {
  private readonly items = new Map<string, ElementDefinition>();
  node(id: string, label: string, kind: string, level: number): void {
    const existing = this.items.get(id);
    if (existing) existing.data.level = Math.max(Number(existing.data.level), level);
    else this.items.set(id, { data: { id, label, kind, level } });
  }
  edge(source: string, target: string, label: string, colour: string, style: 'solid' | 'dashed' = 'solid'): void {
    const id = `${source}->${target}:${label}`;
    if (!this.items.has(id)) this.items.set(id, { data: { id, source, target, label, colour, style } });
  }
  list(): ElementDefinition[] {
    return [...this.items.values()];
  }
}

function meetingLabel(m: MeetingRef): string {
  return m.round !== null
    ? `Round ${m.round}\n${m.startDate ? formatDate(m.startDate) : m.status.toLowerCase()}`
    : m.name;
}

function fromMeeting(m: MeetingGraph): Elements {
  const el = new Elements();
  el.node(`m:${m.id}`, meetingLabel(m), 'MEETING', 3);
  for (const p of m.participants) {
    el.node(`a:${p.actor.id}`, p.actor.name, p.actor.kind, 2);
    el.edge(`a:${p.actor.id}`, `m:${m.id}`, roleLabel(p.role), roleColour(p.role));
    if (p.representing) {
      el.node(`a:${p.representing.id}`, p.representing.name, p.representing.kind, 1);
      el.edge(`a:${p.actor.id}`, `a:${p.representing.id}`, 'for', '#777', 'dashed');
    }
  }
  for (const s of m.statements) {
    el.node(`a:${s.speaker.id}`, s.speaker.name, s.speaker.kind, 2);
    el.edge(`a:${s.speaker.id}`, `m:${m.id}`, 'spoke', '#999', 'dashed');
  }
  return el;
}

function fromActor(a: ActorGraph): Elements {
  const el = new Elements();
  el.node(`a:${a.id}`, a.name, a.kind, 3);
  if (a.affiliation) {
    el.node(`a:${a.affiliation.id}`, a.affiliation.name, a.affiliation.kind, 2);
    el.edge(`a:${a.id}`, `a:${a.affiliation.id}`, 'serves', '#777', 'dashed');
  }
  const withOthers = a.participations.length <= CO_ATTENDANCE_LIMIT;
  // Rounds in number order around the ring, then other meetings by date.
  const ordered = [...a.participations].sort(
    (x, y) =>
      (x.meeting.round ?? Infinity) - (y.meeting.round ?? Infinity) ||
      (x.meeting.startDate ?? '').localeCompare(y.meeting.startDate ?? ''),
  );
  for (const p of ordered) {
    el.node(`m:${p.meeting.id}`, meetingLabel(p.meeting), 'MEETING', 2);
    el.edge(`a:${a.id}`, `m:${p.meeting.id}`, roleLabel(p.role), roleColour(p.role));
    if (!withOthers) continue;
    for (const o of p.meeting.participants) {
      if (o.actor.id === a.id || o.actor.kind === 'PERSON') continue;
      el.node(`a:${o.actor.id}`, o.actor.name, o.actor.kind, 1);
      el.edge(`a:${o.actor.id}`, `m:${p.meeting.id}`, roleLabel(o.role), roleColour(o.role));
    }
  }
  return el;
}

export async function renderGraph(
  container: HTMLElement,
  panel: HTMLElement,
  kind: 'meeting' | 'actor',
  id: string,
): Promise<void> {
  current?.destroy();
  current = null;
  show(container, loading('graph'));
  show(panel);
  try {
    const elements =
      kind === 'meeting'
        ? await gql<{ meeting: MeetingGraph | null }>(MEETING_Q, { id }).then(
            (d) => d.meeting && fromMeeting(d.meeting),
          )
        : await gql<{ actor: ActorGraph | null }>(ACTOR_Q, { id }).then((d) => d.actor && fromActor(d.actor));
    if (!elements) {
      show(container, empty(`No ${kind} with id “${id}”.`));
      return;
    }
    const canvas = h('div', { class: 'graph-canvas', 'data-focus': `${kind}:${id}` });
    // The panel first: filling it narrows the view, and cytoscape lays out for the size it finds.
    show(panel, h('p', { class: 'hint' }, 'Tap a node for details; tap its link to centre the graph on it.'));
    show(container, legend(), canvas);
    current = draw(canvas, elements.list(), panel);
  } catch (e) {
    show(container, failure(e));
  }
}

function draw(canvas: HTMLElement, elements: ElementDefinition[], panel: HTMLElement): Core {
  const cy = cytoscape({
    container: canvas,
    elements,
    wheelSensitivity: 0.3,
    layout: {
      name: 'concentric',
      concentric: (n) => Number(n.data('level')),
      levelWidth: () => 1,
      minNodeSpacing: 34,
      animate: false,
    },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 11,
          'text-wrap': 'wrap',
          'text-max-width': '110px',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          width: 22,
          height: 22,
          'background-color': '#4a7bb7',
        },
      },
      {
        // A meeting carries its label inside: below it, the round's name sat on the edges that meet there.
        selector: 'node[kind = "MEETING"]',
        style: {
          shape: 'round-rectangle',
          'background-color': '#243b6b',
          width: 96,
          height: 38,
          color: '#fff',
          'text-valign': 'center',
          'text-margin-y': 0,
          'text-max-width': '88px',
          'line-height': 1.15,
        },
      },
      { selector: 'node[kind = "STATE"]', style: { 'background-color': '#2f8f5b' } },
      { selector: 'node[kind = "ORGANIZATION"]', style: { shape: 'hexagon', 'background-color': '#c77a1c' } },
      {
        selector: 'node[kind = "PERSON"]',
        style: { shape: 'ellipse', 'background-color': '#8c4fb0', width: 16, height: 16 },
      },
      { selector: 'node[level = 3]', style: { 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold' } },
      { selector: 'node[kind = "MEETING"][level = 3]', style: { 'border-color': '#d55e00' } },
      {
        selector: 'edge',
        style: {
          width: 2,
          'line-color': 'data(colour)',
          'line-style': 'data(style)' as never,
          'curve-style': 'bezier',
          // Role names on every edge piled up around the focus: the colour says the role (see the legend), and
          // the name is shown for the edge under the pointer, and the tapped node's panel lists its links.
          label: '',
          'font-size': 9,
          color: '#333',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.9,
          'text-background-padding': '1px',
        },
      },
      { selector: 'edge.named', style: { label: 'data(label)', 'z-index': 10 } },
    ],
  });
  cy.on('mouseover', 'edge', (event) => event.target.addClass('named'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('named'));
  // What was drawn, readable without reaching into cytoscape (tests, screen readers' summaries).
  canvas.dataset.nodes = String(cy.nodes().length);
  canvas.dataset.edges = String(cy.edges().length);
  canvas.setAttribute('aria-label', `Graph of ${cy.nodes().length} nodes and ${cy.edges().length} links`);
  // A small neighbourhood would be fitted at a huge zoom: cap it so nodes keep their drawn size.
  if (cy.zoom() > 1.4) {
    cy.zoom(1.4);
    cy.center();
  }
  cy.on('tap', 'node', (event) => {
    const [type, ...rest] = String(event.target.id()).split(':');
    const target = rest.join(':');
    const route = type === 'm' ? 'meeting' : 'actor';
    show(
      panel,
      h('h3', {}, text(String(event.target.data('label')).replace('\n', ' — '))),
      h(
        'p',
        {},
        h('a', { href: `#graph/${route}/${encodeURIComponent(target)}` }, 'centre the graph here'),
        route === 'actor' ? [' · ', h('a', { href: `#actor/${encodeURIComponent(target)}` }, 'actor page')] : [],
      ),
      links(event.target),
    );
  });
  return cy;
}

/** The tapped node's links in words ("Guarantor — Round 20"): what the unlabelled edges mean. */
function links(node: NodeSingular): HTMLElement {
  const items = node.connectedEdges().map((edge) => {
    const other = edge.source().same(node) ? edge.target() : edge.source();
    return h('li', {}, `${String(edge.data('label'))} — `, text(String(other.data('label')).replace('\n', ' ')));
  });
  return h('ul', { class: 'graph-links' }, items);
}
