// The bundled sample feed, read the way the app reads it, so tests can say
// what a listing should show without hard-coding it.
import { readFileSync } from 'node:fs';

const load = (name) => JSON.parse(readFileSync(new URL(`../../public/${name}`, import.meta.url), 'utf8'));
const byNewest = (a, b) => Date.parse(b.date_published ?? b.date_modified) - Date.parse(a.date_published ?? a.date_modified);

const first = load('feed.json');
const second = load('feed-2.json');

/** Every sample article in listing order: each feed document newest first. */
export const articles = [...first.items.sort(byNewest), ...second.items.sort(byNewest)];
export const categories = first._bantin.categories;
export const firstPageCount = first.items.length;

const tagCategory = (item) => categories.find((c) => c.name === item.tags?.[0])?.id;
/** The category id of a sample article. */
export const categoryOf = (item) => item._bantin?.category ?? tagCategory(item);

/** The app's folding, in JS: no marks, no case, đ is d. */
export const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
/** A text's words as search cuts them: folded, 2 letters or more. */
export const wordsOf = (s) => fold(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
const bodyText = (a) => (a.content_html ?? a.content_text ?? '').replace(/<[^>]*>|&[a-z]+;|&#\d+;/g, ' ');

/**
 * The sample articles search finds for `query`, newest first: each query
 * word begins a word of the title, lead, category or legal document, or is
 * a whole word of the body.
 */
export function searchFinds(query) {
  const q = wordsOf(query);
  return articles.filter((a) => {
    const category = categories.find((c) => c.id === categoryOf(a))?.name ?? '';
    const document = a._bantin?.document;
    const head = wordsOf(`${a.title} ${a.summary ?? ''} ${category} ${document?.number ?? ''} ${document?.abstract ?? ''}`);
    const body = wordsOf(bodyText(a));
    return q.length > 0 && q.every((w) => head.some((d) => d.startsWith(w)) || body.includes(w));
  });
}

/**
 * The pages of a listing of `count` articles in blocks of `size`, as the app
 * cuts it (crates/bantin-core/src/feed/paging.rs): blocks counted from the
 * oldest; the newest page shows the newest `size`, each older page its
 * block less what the newest page shows. Newest first: `{ path, start, end }`
 * with `path` the page's suffix (`''` for the newest, `/trang/<n>`) and the
 * positions of its articles in the newest-first list.
 */
export function pagesOf(count, size) {
  const blocks = Math.ceil(count / size);
  const pages = [{ path: '', start: 0, end: Math.min(size, count) }];
  for (let n = blocks - 1; n >= 1; n -= 1) {
    const end = count - (n - 1) * size;
    pages.push({ path: `/trang/${n}`, start: Math.max(end - size, size), end });
  }
  return pages;
}

/** The day (dd/mm/yyyy) an item is listed under, in the portal's zone (UTC+7). */
export function dayOf(item) {
  const at = new Date(Date.parse(item.date_published ?? item.date_modified) + 7 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(at.getUTCDate())}/${pad(at.getUTCMonth() + 1)}/${at.getUTCFullYear()}`;
}

/** What an older page is called: the days its articles span. */
export function spanOf(items) {
  const days = items.map((item) => {
    const [d, m, y] = dayOf(item).split('/');
    return `${y}-${m}-${d}`;
  }).sort();
  const show = (iso) => iso.split('-').reverse().join('/');
  const [from, to] = [days[0], days[days.length - 1]];
  return from === to ? `Tin ngày ${show(from)}` : `Từ ${show(from)} đến ${show(to)}`;
}
