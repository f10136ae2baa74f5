// Running a search over parts that load on demand: the search runs on what has loaded, says what it
// missed (index.missingParts()), and runs again once those parts are there. A query needs at most a
// few rounds (its words' shards; then, for a misspelt word, the known words and the term list; then
// the shards of the corrections).
export const MAX_ROUNDS = 6;

// The part that holds entry i's document (DocumentChunks.cs).
export const docsPart = (i, chunk) => 'd/' + Math.floor(i / chunk);

// `attempt()` returns its result, or undefined when it missed parts. Resolves to the result.
export function runLoading(index, parts, attempt) {
  let round = 0;
  function go() {
    const result = attempt();
    if (result !== undefined) return Promise.resolve(result);
    const names = index.missingParts();
    if (++round > MAX_ROUNDS || names.length === 0) return Promise.reject(new Error('pencarian tidak selesai: ' + names.join(', ')));
    return parts.loadAll(names).then(go);
  }
  return go();
}
