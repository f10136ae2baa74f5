/*
 * Galeri Inovasi: Indonesian text analysis for search, the browser twin of the generator's
 * Galeri.Search.Analysis (Tokenizer, StopWords, IndonesianAnalyzer). The index is built in C#, so
 * queries must be cut into the same terms here; tests run this file under Jint and compare.
 * Classic ES5 script: load after stemmer-id.js (which sets window.GaleriStemmerId). Where lunr is loaded
 * too (the tests compare the build with lunr.js), it also registers the lunr pipeline functions.
 */
(function (root) {
  'use strict';

  // Same words as StopWords.cs.
  var STOP_WORDS = [
    'ada', 'adalah', 'agar', 'akan', 'antara', 'apabila', 'atau', 'bagi', 'bahwa', 'bila',
    'bisa', 'bukan', 'dalam', 'dan', 'dapat', 'dari', 'dengan', 'di', 'hingga', 'ia',
    'ialah', 'ini', 'itu', 'jika', 'juga', 'kami', 'karena', 'ke', 'kepada', 'ketika',
    'kita', 'lebih', 'maupun', 'melalui', 'merupakan', 'mereka', 'namun', 'nya', 'oleh', 'pada',
    'para', 'pun', 'saat', 'sebagai', 'secara', 'sehingga', 'sejak', 'serta', 'seperti', 'setiap',
    'sudah', 'supaya', 'tapi', 'telah', 'terhadap', 'tersebut', 'tetapi', 'tidak', 'untuk', 'yaitu',
    'yakni', 'yang'
  ];
  var stopSet = {};
  for (var s = 0; s < STOP_WORDS.length; s++) stopSet[STOP_WORDS[s]] = true;

  // Letters, marks and decimal digits, as char.GetUnicodeCategory in C#. Built from a string because a
  // /u literal is a syntax error in ES5 engines; those (pre-2018 browsers) fall back to cased letters.
  var wordRe = (function () {
    try { return new RegExp('[\\p{L}\\p{M}\\p{Nd}]', 'u'); } catch (e) { return null; }
  })();

  function isWordChar(c) {
    var code = c.charCodeAt(0);
    if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    return wordRe ? wordRe.test(c) : c.toLowerCase() !== c.toUpperCase();
  }

  // One character at a time, like char.ToLowerInvariant: no final-sigma rule, and "İ" (two characters
  // in lower case) stays as it is.
  function lower(c) {
    var l = c.toLowerCase();
    return l.length === 1 ? l : c;
  }

  function isElided(c) { return c === '\'' || c === '\u2019' || c === '\u00AD'; }

  function isPartBreak(c) { return c === '-' || c === '\u2010' || c === '\u2011' || c === '.'; }

  // A reduplication ("anak-anak") gives its part once; another compound gives the parts joined, then
  // each part of two or more characters ("e-KTP": "ektp", "ktp").
  function addWord(tokens, parts) {
    var i, same = true;
    if (parts.length === 1) {
      if (parts[0].length > 0) tokens.push(parts[0]);
      return;
    }
    for (i = 1; i < parts.length; i++) if (parts[i] !== parts[0]) same = false;
    if (same) {
      tokens.push(parts[0]);
      return;
    }
    tokens.push(parts.join(''));
    for (i = 0; i < parts.length; i++) if (parts[i].length >= 2) tokens.push(parts[i]);
  }

  // The rule is documented on Tokenizer.cs.
  function tokenize(text) {
    var tokens = [], parts = [], part = '', i, c, joins;
    text = String(text);
    for (i = 0; i < text.length; i++) {
      c = text.charAt(i);
      if (isWordChar(c)) {
        part += lower(c);
        continue;
      }
      joins = i > 0 && i + 1 < text.length && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
      if (joins && isElided(c)) continue;
      parts.push(part);
      part = '';
      if (joins && isPartBreak(c)) continue;
      addWord(tokens, parts);
      parts = [];
    }
    parts.push(part);
    addWord(tokens, parts);
    return tokens;
  }

  function isStopWord(token) {
    return Object.prototype.hasOwnProperty.call(stopSet, token);
  }

  // Looked up on each call, so the order the two scripts load in does not matter.
  function stem(token) {
    return root.GaleriStemmerId(token);
  }

  function analyze(text) {
    var tokens = tokenize(text), terms = [], i, term;
    for (i = 0; i < tokens.length; i++) {
      if (isStopWord(tokens[i])) continue;
      term = stem(tokens[i]);
      if (term.length > 0) terms.push(term);
    }
    return terms;
  }

  root.GaleriAnalysis = {
    tokenize: tokenize,
    isStopWord: isStopWord,
    stem: stem,
    analyze: analyze,
    stopWords: STOP_WORDS.slice()
  };

  // The labels the serialized index names in its "pipeline" (IndonesianAnalyzer.cs); lunr.Index.load
  // looks them up. Registering a label twice makes lunr warn, so a second load of this file skips it.
  var lunr = root.lunr;
  if (!lunr || !lunr.Pipeline) return;
  var registered = lunr.Pipeline.registeredFunctions;
  if (!registered['galeri-stopwords-id']) {
    lunr.Pipeline.registerFunction(function (token) {
      return isStopWord(token.toString()) ? undefined : token;
    }, 'galeri-stopwords-id');
  }
  if (!registered['galeri-stemmer-id']) {
    lunr.Pipeline.registerFunction(function (token) {
      return token.update(function (s) { return stem(s); });
    }, 'galeri-stemmer-id');
  }
})(typeof window !== 'undefined' ? window : this);
