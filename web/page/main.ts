// The analyst page's entry: a hash router over four views (attendance, timeline, actor, graph) plus the search box.
// State lives in the URL hash only, so every view can be linked, reloaded and driven by tests.
import { gql } from './api.js';
import { renderActor, renderSearch } from './actor.js';
import { empty, failure, h, loading, show } from './dom.js';
import { renderGraph } from './graph.js';
import { renderMatrix } from './matrix.js';
import { loadSeries } from './series.js';
import type { SeriesData } from './series.js';
import { renderTimeline } from './timeline.js';

const DEFAULT_SERIES = 'astana';

const view = document.getElementById('view') as HTMLElement;
const panel = document.getElementById('panel') as HTMLElement;
const seriesSelect = document.getElementById('series') as HTMLSelectElement;
const searchForm = document.getElementById('search') as HTMLFormElement;
const searchInput = searchForm.elements.namedItem('q') as HTMLInputElement;

const seriesCache = new Map<string, Promise<SeriesData>>();
let currentSeries = DEFAULT_SERIES;

function series(id: string): Promise<SeriesData> {
  let cached = seriesCache.get(id);
  if (!cached) {
    cached = loadSeries(id);
    // A failed load is not cached: the next visit retries.
    cached.catch(() => seriesCache.delete(id));
    seriesCache.set(id, cached);
  }
  return cached;
}

async function seriesView(id: string, draw: typeof renderMatrix): Promise<void> {
  currentSeries = id;
  if (seriesSelect.value !== id && [...seriesSelect.options].some((o) => o.value === id)) seriesSelect.value = id;
  show(view, loading(`series “${id}”`));
  show(panel);
  try {
    draw(view, panel, await series(id));
  } catch (e) {
    show(view, failure(e));
  }
}

async function graphPrompt(): Promise<void> {
  show(view, loading('rounds'));
  show(panel);
  try {
    const data = await series(currentSeries);
    const rounds = data.rounds.map((r) =>
      h('li', {}, h('a', { href: `#graph/meeting/${encodeURIComponent(r.meeting.id)}` }, `Round ${r.round}`)),
    );
    show(
      view,
      empty('Choose a round (or open an actor and follow “neighbourhood graph”) to see its neighbourhood.'),
      h('ul', { class: 'round-links' }, rounds),
    );
  } catch (e) {
    show(view, failure(e));
  }
}

/** Routes: matrix/<series>, timeline/<series>, actor/<id>, search/<text>, graph/meeting|actor/<id>. */
async function route(): Promise<void> {
  const [name = '', ...rest] = location.hash.replace(/^#/, '').split('/');
  const arg = decodeURIComponent(rest.join('/'));
  document.querySelectorAll<HTMLAnchorElement>('nav.tabs a').forEach((a) => {
    const active = a.dataset.view === (name === 'search' ? 'actor' : name || 'matrix');
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  panel.classList.remove('filled');
  // The box shows the search being viewed, and nothing on the other tabs (old text there reads as a filter).
  searchInput.value = name === 'search' ? arg : '';
  switch (name) {
    case '':
    case 'matrix':
      return seriesView(arg || currentSeries, renderMatrix);
    case 'timeline':
      return seriesView(arg || currentSeries, renderTimeline);
    case 'actor':
      show(panel);
      return arg ? renderActor(view, arg) : renderSearch(view, '');
    case 'search':
      show(panel);
      return renderSearch(view, arg);
    case 'graph': {
      const [kind, ...id] = arg.split('/');
      if ((kind === 'meeting' || kind === 'actor') && id.length) return renderGraph(view, panel, kind, id.join('/'));
      return graphPrompt();
    }
    default:
      show(view, empty(`Unknown view “${name}”.`));
  }
}

async function fillSeriesPicker(): Promise<void> {
  try {
    const { series: list } = await gql<{ series: { id: string; name: string }[] }>('{ series { id name } }');
    const ids = list.some((s) => s.id === DEFAULT_SERIES) ? list : [{ id: DEFAULT_SERIES, name: 'Astana' }, ...list];
    seriesSelect.replaceChildren(...ids.map((s) => h('option', { value: s.id }, s.name)));
    seriesSelect.value = currentSeries;
  } catch {
    seriesSelect.replaceChildren(h('option', { value: DEFAULT_SERIES }, 'Astana'));
  }
}

searchForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = searchInput.value.trim();
  if (q) location.hash = `#search/${encodeURIComponent(q)}`;
});
seriesSelect.addEventListener('change', () => {
  const onTimeline = location.hash.startsWith('#timeline');
  location.hash = `#${onTimeline ? 'timeline' : 'matrix'}/${encodeURIComponent(seriesSelect.value)}`;
});
// The tabs for series views follow the chosen series.
document
  .querySelectorAll<HTMLAnchorElement>('nav.tabs a[data-view="matrix"], nav.tabs a[data-view="timeline"]')
  .forEach((a) =>
    a.addEventListener('click', (e) => {
      e.preventDefault();
      location.hash = `#${a.dataset.view ?? 'matrix'}/${encodeURIComponent(currentSeries)}`;
    }),
  );
window.addEventListener('hashchange', () => void route());
void fillSeriesPicker();
void route();
