// The result markup is the theme's: <template> elements in layouts/search.liquid, cloned here and
// filled with textContent and attributes only (never innerHTML with data).

// The theme indents its templates for reading. Whitespace between tags would become spaces between
// inline pieces (the OPD, the year, the badge), so whitespace-only text is dropped once per template.
function dropIndentation(node) {
  for (let child = node.firstChild; child;) {
    const next = child.nextSibling;
    if (child.nodeType === 3 && !child.nodeValue.trim()) node.removeChild(child);
    else if (child.nodeType === 1) dropIndentation(child);
    child = next;
  }
}

// clone(id) gives a fresh copy of the template's element, owned by this document (so an image
// starts loading as soon as it has a src). Fails naming the template when the theme lacks it.
export function templateCloner(document) {
  const roots = {};
  return function clone(id) {
    if (!roots[id]) {
      const template = document.getElementById(id);
      if (!template || !template.content) throw new Error('Galeri: the theme has no <template id="' + id + '">');
      dropIndentation(template.content);
      roots[id] = template.content.firstElementChild;
    }
    return document.importNode(roots[id], true);
  };
}

// The element a template marks with data-part="name".
export function part(node, name) {
  return node.querySelector('[data-part="' + name + '"]');
}

// The status badge (the same markup as partials/status.liquid), with its "Status: " prefix for
// screen readers where the badge stands alone, without it under the Status facet's own heading.
export function statusBadge(clone, code, label, withPrefix) {
  const badge = clone('cari-tpl-status');
  badge.classList.add('badge--' + code);
  if (!withPrefix) badge.querySelector('.sr-only').remove();
  badge.appendChild(badge.ownerDocument.createTextNode(label));
  return badge;
}
