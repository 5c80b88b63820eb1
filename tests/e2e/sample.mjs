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
