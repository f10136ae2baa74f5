// Loads parts of the search data (assets/search/NAME.js) when a query needs them, by adding a
// <script> tag: the one way to load data that works from file:// as well as from a server, under
// any sub-path. Each part registers itself in window.GALERI_BAGIAN under its name (PartScript.cs);
// the loader takes it from there once the tag has loaded, and loads each part once.

// `addScript(src, done, failed)` adds the tag (a test passes its own); `registry()` is window.GALERI_BAGIAN.
export function createPartLoader({ base, addScript, registry }) {
  const loaded = {}, pending = {};

  function take(name) {
    const all = registry() || {};
    if (!Object.prototype.hasOwnProperty.call(all, name)) return undefined;
    const part = all[name];
    delete all[name];  // kept once, here
    loaded[name] = part;
    return part;
  }

  function load(name) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) return Promise.resolve(loaded[name]);
    if (pending[name]) return pending[name];
    const already = take(name);
    if (already !== undefined) return Promise.resolve(already);
    pending[name] = new Promise((resolve, reject) => {
      addScript(base + 'assets/search/' + name + '.js', () => {
        delete pending[name];
        const part = take(name);
        if (part === undefined) reject(new Error('bagian pencarian kosong: ' + name));
        else resolve(part);
      }, () => {
        delete pending[name];
        reject(new Error('bagian pencarian tidak termuat: ' + name));
      });
    });
    return pending[name];
  }

  return {
    load,
    loadAll: (names) => Promise.all(names.map(load)),
    // The part if it has loaded, else undefined (synchronous: the search runs on what is there).
    get: (name) => (Object.prototype.hasOwnProperty.call(loaded, name) ? loaded[name] : take(name))
  };
}

// The browser's way: a script tag in <head>.
export function scriptAdder(document) {
  return function addScript(src, done, failed) {
    const s = document.createElement('script');
    s.src = src;
    s.async = true;
    s.onload = done;
    s.onerror = failed;
    document.head.appendChild(s);
  };
}
