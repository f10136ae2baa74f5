// The index as the build splits it (ShardPlan.cs, ShardFiles.cs): shards of terms keyed by their
// first letters, each with the terms in order, their weighted entry lists and the name pairs, plus
// one list of every term (istilah) for corrections. The search asks it synchronously; what it asks
// for that has not loaded yet is noted in `missing`, and the caller loads those parts and asks again.
import { decodePosting, decodeDocs } from './codes.js';

const TERM_LIST = 'istilah';

// A shard key as a file name (PartScript.SafeName): a–z and 0–9 stay, anything else becomes _xxxx.
export function safeName(key) {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charAt(i);
    out += /[a-z0-9]/.test(c) ? c : '_' + ('000' + key.charCodeAt(i).toString(16)).slice(-4);
  }
  return out;
}

export const shardPart = (key) => 't/' + safeName(key);

// First position in the sorted list at or after s.
function lowerBound(list, s) {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < s) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function createSplitIndex(meta, parts) {
  const keys = meta.shards || [], keySet = {}, missing = {};
  let longest = 0;
  for (const k of keys) { keySet[k] = true; if (k.length > longest) longest = k.length; }
  const decoded = {}, pairDocs = {};
  let allTerms = null;

  function need(name) { missing[name] = true; }

  // The key of the shard a term would be in: the longest key that begins it.
  function keyOf(term) {
    for (let n = Math.min(term.length, longest); n > 0; n--) {
      const k = term.slice(0, n);
      if (keySet[k] === true) return k;
    }
    return null;
  }

  // The shard, or null when it has not loaded (noted as missing).
  function shard(key) {
    const s = parts.get(shardPart(key));
    if (s === undefined) { need(shardPart(key)); return null; }
    return s;
  }

  // The keys of every shard that may hold terms beginning with p.
  function keysFor(p) {
    const out = [], own = keyOf(p);
    if (own !== null) out.push(own);
    for (let i = lowerBound(keys, p); i < keys.length && keys[i].startsWith(p); i++) if (keys[i] !== own) out.push(keys[i]);
    return out;
  }

  function position(s, term) {
    const i = lowerBound(s.t, term);
    return i < s.t.length && s.t[i] === term ? i : -1;
  }

  const index = {
    fields: meta.head.concat(['isi']),
    head: meta.head,
    count: meta.n,
    missing,
    clearMissing() { for (const k in missing) delete missing[k]; },
    missingParts: () => Object.keys(missing),

    hasTerm(term) {
      const k = keyOf(term);
      if (k === null) return false;
      const s = shard(k);
      return !!s && position(s, term) >= 0;
    },

    // Whether some term starts with p.
    startsAnyTerm(p) {
      let found = false;
      for (const k of keysFor(p)) {
        const s = shard(k);
        if (!s) continue;
        const i = lowerBound(s.t, p);
        if (i < s.t.length && s.t[i].startsWith(p)) found = true;
      }
      return found;
    },

    // The terms that start with p, shortest first (then in order), at most `limit`.
    termsStartingWith(p, limit) {
      let all = [];
      for (const k of keysFor(p)) {
        const s = shard(k);
        if (!s) continue;
        for (let i = lowerBound(s.t, p); i < s.t.length && s.t[i].startsWith(p); i++) all.push(s.t[i]);
      }
      all.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
      if (all.length > limit) all = all.slice(0, limit);
      return all;
    },

    // Whether any entry holds the term, from the list of every term (loaded only for corrections).
    anyTerm(term) {
      const k = keyOf(term);
      if (k === null) return false;
      const s = parts.get(shardPart(k));
      if (s !== undefined) return position(s, term) >= 0;
      if (allTerms === null) {
        const list = parts.get(TERM_LIST);
        if (list === undefined) { need(TERM_LIST); return false; }
        allTerms = {};
        for (const t of list.split(' ')) allTerms[t] = true;
      }
      return allTerms[term] === true;
    },

    // A term's entry lists ({ head: { docs, masks, weights }, body: { docs, weights } }), or null.
    postings(term) {
      if (Object.prototype.hasOwnProperty.call(decoded, term)) return decoded[term];
      const k = keyOf(term);
      if (k === null) return null;
      const s = shard(k);
      if (!s) return null;
      const i = position(s, term);
      return (decoded[term] = i < 0 ? null : decodePosting(s.p[i]));
    },

    // The entries whose name holds the two terms side by side, or null.
    pair(a, b) {
      const name = a + ' ' + b;
      if (Object.prototype.hasOwnProperty.call(pairDocs, name)) return pairDocs[name];
      const k = keyOf(a);
      if (k === null) return null;
      const s = shard(k);
      if (!s) return null;
      return (pairDocs[name] = s.f && Object.prototype.hasOwnProperty.call(s.f, name) ? decodeDocs(s.f[name]) : null);
    }
  };
  return index;
}
