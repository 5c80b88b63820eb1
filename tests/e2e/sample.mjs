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
