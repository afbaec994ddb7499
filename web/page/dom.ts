// Small DOM helpers shared by the page's views: element building, date formatting, role colours, states.
// No framework: every view renders into a container it is given and owns nothing else.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Builds an element; `on…` attributes become listeners, booleans toggle attributes, null skips. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Text that may be Arabic, Persian or Latin: its own direction, isolated from the LTR page around it. */
export function text(value: string, tag: 'span' | 'p' | 'blockquote' = 'span', className = ''): HTMLElement {
  return h(tag, { dir: 'auto', class: `bidi ${className}`.trim() }, value);
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2023-06-21" → "21 Jun 2023"; a null date is an en dash. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : DATE.format(d);
}

/** A meeting's dates as one label, shared parts said once: "20–21 Jun 2023", "30 Jul – 1 Aug 2018". */
export function formatSpan(start: string | null | undefined, end: string | null | undefined): string {
  if (!start || !end || end === start) return formatDate(start ?? end);
  const [a, b] = [formatDate(start).split(' '), formatDate(end).split(' ')];
  if (a.length !== 3 || b.length !== 3) return `${formatDate(start)} – ${formatDate(end)}`;
  if (a[2] !== b[2]) return `${a.join(' ')} – ${b.join(' ')}`;
  if (a[1] !== b[1]) return `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${a[0]}–${b.join(' ')}`;
}

export const ROLES = ['GUARANTOR', 'PARTY', 'OBSERVER', 'HOST', 'MEDIATOR', 'PARTICIPANT'] as const;
export type Role = (typeof ROLES)[number];

/** Position of a role in ROLES (central roles first); unknown roles last. */
export function roleRank(role: string): number {
  const i = (ROLES as readonly string[]).indexOf(role);
  return i < 0 ? ROLES.length : i;
}

/** Role colours are CSS custom properties (styles.css), so the legend, cells and graph agree. */
export function roleClass(role: string): string {
  return `role-${role.toLowerCase()}`;
}

export function roleLabel(role: string): string {
  return role.charAt(0) + role.slice(1).toLowerCase();
}

/** The colour of a role as the stylesheet defines it, for SVG and canvas drawing. */
export function roleColour(role: string): string {
  const value = getComputedStyle(document.documentElement)
    .getPropertyValue(`--${roleClass(role)}`)
    .trim();
  return value || '#888';
}

export function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Participation roles' },
    ROLES.map((r) => h('li', {}, h('span', { class: `swatch ${roleClass(r)}` }), roleLabel(r))),
  );
}

export function loading(what: string): HTMLElement {
  return h('p', { class: 'state loading', role: 'status' }, `Loading ${what}…`);
}

export function empty(message: string): HTMLElement {
  return h('p', { class: 'state empty' }, message);
}

export function failure(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'state error', role: 'alert' }, `Could not load: ${message}`);
}

/** Replaces a container's content. */
export function show(container: Element, ...nodes: Node[]): void {
  container.replaceChildren(...nodes);
}

export function link(href: string, label: Child, attrs: Attrs = {}): HTMLAnchorElement {
  return h('a', { href, ...attrs }, label);
}
