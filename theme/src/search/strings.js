// UI strings: the theme's i18n text, handed to the script as data-t-* attributes on #cari, with
// {n} and named placeholders filled in.

export function format(template, n, extra) {
  let s = template || '';
  if (n !== undefined) s = s.replace('{n}', String(n));
  // A function, so "$&" typed in the box is not read as a replacement pattern.
  if (extra) Object.keys(extra).forEach((k) => { s = s.replace('{' + k + '}', () => extra[k]); });
  return s;
}

export const stringsOf = (root) => (key, n, extra) => format(root.getAttribute('data-t-' + key), n, extra);
