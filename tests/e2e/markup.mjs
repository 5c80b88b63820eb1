// Comparing markup from two sources (the app's live view, a static page,
// the tool's sanitiser): both in one canonical form.

/** A fragment in one canonical form: attributes sorted, addresses parsed
 *  (and the page's own origin left out), texts joined, the whole trimmed;
 *  what two serialisations of the same tree cannot differ in. Takes a node,
 *  or markup to parse. Runs in the page. */
export function canonical(fragment, origin) {
  let root = fragment;
  if (typeof fragment === 'string') {
    const template = document.createElement('template');
    template.innerHTML = fragment;
    root = template.content;
  }
  root.normalize();
  const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
  const address = (value) => {
    try {
      const url = new URL(value, origin);
      return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
    } catch {
      return value;
    }
  };
  // A srcset's candidates: each address parsed, descriptors kept.
  const candidates = (value) => value.split(', ').map((candidate) => {
    const [url, ...descriptor] = candidate.split(' ');
    return [address(url), ...descriptor].join(' ');
  }).join(', ');
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return escape(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attrs = [...node.attributes]
      .map(({ name, value }) => {
        if (['href', 'src', 'poster', 'data-frame'].includes(name)) return [name, address(value)];
        return [name, name === 'srcset' ? candidates(value) : value];
      })
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => ` ${name}="${escape(value)}"`)
      .join('');
    const inner = [...node.childNodes].map(walk).join('');
    return `<${node.localName}${attrs}>${inner}</${node.localName}>`;
  };
  return [...root.childNodes].map(walk).join('').trim();
}
