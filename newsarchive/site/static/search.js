/*
 * In-browser search of the newsarchive site (suche/index.html).
 *
 * Reads the index exported by newsarchive/site/export.py from suche/_index/: every file is a
 * script calling NewsSearchShard(key, data), loaded on demand: over http(s) with fetch() (its
 * JSON part parsed, no eval), from file:// (where fetch() is refused) with a <script> tag.
 * Query parsing, BM25F scoring and the result order follow docs/search-contract.md, so the
 * page shows what `newsarchive search` prints.
 * Untrusted article text only ever reaches the page through textContent / text nodes.
 */
(function (global) {
  "use strict";

  var INDEX = "_index/";
  var PER_PAGE = 10;
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGIT = {};
  for (var i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charAt(i)] = i;
  var TYPES = [["person", "P", "Personen"], ["ort", "L", "Orte"], ["org", "O", "Organisationen"]];
  var MONTH_NAMES = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
    "Nov.", "Dez."];

  // ---------------------------------------------------------------- loading shards
  var store = {};
  var waiting = {};

  global.NewsSearchShard = function (key, data) {
    store[key] = data;
    var w = waiting[key];
    if (w) { delete waiting[key]; w.resolve(data); }
  };

  /** Over http(s) the files are fetched and their JSON parsed (no script element per file);
   *  from file://, where fetch() is not allowed, they are loaded as scripts. */
  var USE_FETCH = typeof fetch === "function" && /^https?:$/.test(global.location.protocol);

  function load(key, path) {
    if (Object.prototype.hasOwnProperty.call(store, key)) return Promise.resolve(store[key]);
    if (waiting[key]) return waiting[key].promise;
    var w = {};
    w.promise = new Promise(function (resolve, reject) { w.resolve = resolve; w.reject = reject; });
    waiting[key] = w;
    if (USE_FETCH) fetchFile(key, path, w); else scriptFile(key, path, w);
    return w.promise;
  }

  function missing(key, path, w) {
    delete waiting[key];
    w.reject(new Error("Suchindex-Datei fehlt: " + INDEX + path));
  }

  /** The file is `NewsSearchShard("key",{json});`: its JSON part is parsed (no eval). If the
   *  request is refused (a stricter connect-src, say), the file is loaded as a script. */
  function fetchFile(key, path, w) {
    var absent = false;
    fetch(INDEX + path, { priority: "high" }).then(function (r) {
      if (!r.ok) { absent = true; throw new Error(String(r.status)); }
      return r.text();
    }).then(function (text) {
      global.NewsSearchShard(key, JSON.parse(text.slice(text.indexOf(",") + 1, text.lastIndexOf(")"))));
    }).catch(function () {
      if (absent) missing(key, path, w); else scriptFile(key, path, w);
    });
  }

  function scriptFile(key, path, w) {
    var el = document.createElement("script");
    el.src = INDEX + path;
    el.async = true;
    // Dynamic scripts are low priority by default; these are what the user waits for.
    el.setAttribute("fetchpriority", "high");
    el.onerror = function () { missing(key, path, w); };
    el.onload = function () { el.remove(); };
    document.head.appendChild(el);
  }

  /** Base-32 varints over ALPHABET (see export.py: varint). */
  function decode(str) {
    var out = [], v = 0;
    for (var i = 0; i < str.length; i++) {
      var d = DIGIT[str.charAt(i)];
      if (d >= 32) { v = v * 32 + (d - 32); } else { out.push(v * 32 + d); v = 0; }
    }
    return out;
  }

  function cumulative(values) {
    var out = new Array(values.length), s = 0;
    for (var i = 0; i < values.length; i++) { s += values[i]; out[i] = s; }
    return out;
  }

  function fnv1a(text) {
    var h = 0x811c9dc5;
    for (var ch of text) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
    return h >>> 0;
  }

  // ---------------------------------------------------------------- the index
  var M = null;       // manifest
  var docDay = null;  // Int32Array: day ordinal per docnum (0 = undated)
  var groupOf = null; // Int32Array: first docnum with the same publication time

  function loadManifest() {
    return load("manifest", "manifest.js").then(function (m) {
      if (M) return M;
      M = m;
      var n = m.docs;
      docDay = new Int32Array(n);
      groupOf = new Int32Array(n);
      var dd = decode(m.days), day = m.firstDay, d = 0;
      for (var i = 0; i < dd.length; i += 2) {
        day -= dd[i];
        for (var k = 0; k < dd[i + 1]; k++) docDay[d++] = day;
      }
      var same = new Uint8Array(n);
      cumulative(decode(m.samePub)).forEach(function (x) { same[x] = 1; });
      for (var j = 0; j < n; j++) {
        if (j >= m.undated) groupOf[j] = m.undated;
        else groupOf[j] = (j > 0 && same[j]) ? groupOf[j - 1] : j;
      }
      return M;
    });
  }

  function shardOf(term) {
    var s = M.shards, lo = 0, hi = s.length - 1, ans = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (s[mid] <= term) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  function loadShard(n) {
    return load("t" + n, "t/" + n + ".js").then(function (sh) {
      if (!sh.index) {
        sh.index = {};
        sh.terms.forEach(function (t, i) { sh.index[t] = i; });
        sh.decoded = {};
        sh.badSet = new Set(sh.bad);
      }
      return sh;
    });
  }

  /** Postings of term i of a shard: {docs: [docnum], w: Map docnum -> BM25F weight}. */
  function postings(sh, i) {
    if (sh.decoded[i]) return sh.decoded[i];
    var v = decode(sh.post[i]);
    var n = v.length / 3, df = sh.df[i] || n;
    var idf = Math.log(M.N / (df + 1)) + 1;
    var F = M.fields[fieldOf(sh.terms[i])];
    var K1 = M.K1, B = M.B, avgfl = F.avgfl, FL = F.fl;
    var docs = new Array(n), w = new Map(), d = 0;
    for (var k = 0; k < n; k++) {
      d += v[3 * k];
      var tf = v[3 * k + 1], fl = FL[v[3 * k + 2]];
      docs[k] = d;
      // The exact expression of whoosh.scoring.bm25, evaluated in the same order.
      w.set(d, idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))));
    }
    return (sh.decoded[i] = { docs: docs, w: w, df: df });
  }

  /** Shard keys: content terms are bare, other fields' terms are "field:term". */
  function fieldOf(key) {
    var c = key.indexOf(":");
    return c < 0 ? "content" : key.slice(0, c);
  }

  function lookupTerm(term) {
    return loadShard(shardOf(term)).then(function (sh) {
      var i = sh.index[term];
      return i === undefined ? { docs: [], w: new Map(), df: 0 } : postings(sh, i);
    });
  }

  /** Terms starting with prefix (sorted), from every shard the prefix range touches. */
  function prefixTerms(prefix, limit) {
    var content = prefix.indexOf(":") < 0;
    var first = shardOf(prefix), last = first;
    var upper = prefix + "\uffff"; // shards whose lower boundary is below this may hold prefix terms
    while (last + 1 < M.shards.length && M.shards[last + 1] < upper) last++;
    if (limit) last = Math.min(last, first + 3);
    var loads = [];
    for (var n = first; n <= last; n++) loads.push(loadShard(n));
    return Promise.all(loads).then(function (shards) {
      var out = [];
      shards.forEach(function (sh) {
        sh.terms.forEach(function (t, i) {
          if (t.lastIndexOf(prefix, 0) === 0 && (content ? t.indexOf(":") < 0 : true)) out.push({ term: t, sh: sh, i: i });
        });
      });
      if (limit && out.length > limit) {
        out.sort(function (a, b) { return b.sh.post[b.i].length - a.sh.post[a.i].length; });
        out = out.slice(0, limit);
      }
      return out;
    });
  }

  // ---------------------------------------------------------------- query parsing
  var FIELD_ALIASES = { titel: "title", title: "title", autor: "author", author: "author",
    person: "person", ort: "place", place: "place", org: "org", quelle: "quelle", source: "quelle",
    datum: "published", date: "published", published: "published" };

  /** datum:2024-11 or datum:[2024-01 TO 2024-06]: documents in the range, score 1.0 each. */
  function dateLeaf(v) {
    var lo = -Infinity, hi = Infinity, r;
    var m = /^\[(.*)\]$/.exec(v.trim());
    if (m) {
      var parts = m[1].trim().split(/\s*\b(?:TO|BIS|to|bis)\b\s*/);  // [2024 TO] is open
      if (parts.length !== 2) return null;
      if (parts[0].trim()) { r = dayRange(parts[0]); if (!r) return null; lo = r[0]; }
      if (parts[1].trim()) { r = dayRange(parts[1]); if (!r) return null; hi = r[1]; }
    } else {
      r = dayRange(v.replace(/^"|"$/g, ""));
      if (!r) return null;
      lo = r[0]; hi = r[1];
    }
    return { op: "date", lo: lo, hi: hi };
  }

  var OPS = { UND: "AND", AND: "AND", ODER: "OR", OR: "OR", NICHT: "NOT", NOT: "NOT" };

  function analyzeQuery(word) {
    return global.NewsAnalyzer ? global.NewsAnalyzer.analyze(word, "query") : [word.toLowerCase()];
  }

  /** German month names and abbreviations (as newsarchive.index.query.MONTHS). */
  var MONTHS = { januar: 1, "jänner": 1, jaenner: 1, jan: 1, februar: 2, feber: 2, feb: 2,
    "märz": 3, maerz: 3, "mär": 3, mrz: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7,
    jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10,
    november: 11, nov: 11, dezember: 12, dez: 12 };
  var MONTH_RE = Object.keys(MONTHS).sort(function (a, b) { return b.length - a.length; }).join("|");
  var WORD_DATE_SRC = "(?:(\\d{1,2})\\.\\s*)?(" + MONTH_RE + ")\\.?\\s+(\\d{4})";
  var WORD_DATE = new RegExp("^" + WORD_DATE_SRC + "$", "i");
  // A date in free query text ("November 2024", "7. Nov. 2024", "07.11.2024", "2024-11-07"):
  // articles published then or mentioning it, as FREE_DATE in Python.
  var FREE_DATE = "(?:" + WORD_DATE_SRC.replace(/\((?!\?)/g, "(?:") +
    "|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})(?=\\s|$)";
  var LEX = new RegExp("(" + FREE_DATE + ")|" +
    /(-?)([A-Za-z]\w*):(?:"([^"]*)"|\[([^\]]*)\])|"([^"]*)"|(\()|(\))|(\S+)/.source, "gi");

  /** Query text -> tokens: words, quoted phrases, dates, ( ) and operators. */
  function lex(text) {
    var toks = [], re = new RegExp(LEX.source, "gi"), m;
    while ((m = re.exec(text))) {
      if (m[1] !== undefined) { toks.push({ k: "date", v: m[1] }); continue; }
      m = [m[0]].concat(m.slice(2));
      if (m[2] !== undefined) {
        if (m[1]) toks.push({ k: "NOT" });
        toks.push(m[3] !== undefined ? { k: "phrase", v: m[3], f: m[2] } : { k: "range", v: m[4], f: m[2] });
        continue;
      }
      m = [m[0], m[5], m[6], m[7], m[8]];
      if (m[1] !== undefined) { toks.push({ k: "phrase", v: m[1] }); continue; }
      if (m[2]) { toks.push({ k: "(" }); continue; }
      if (m[3]) { toks.push({ k: ")" }); continue; }
      var w = m[4];
      // parentheses glued to words
      var pre = 0; while (w.charAt(0) === "(") { toks.push({ k: "(" }); w = w.slice(1); pre++; }
      var post = 0; while (w.length && w.charAt(w.length - 1) === ")") { w = w.slice(0, -1); post++; }
      // a field name with nothing after it ("Bahn titel:", typed half-way) is dropped
      if (/^[A-Za-z]\w*:$/.test(w) && FIELD_ALIASES[w.slice(0, -1).toLowerCase()]) w = "";
      if (w) {
        if (OPS[w]) toks.push({ k: OPS[w] });
        else if (w.length > 1 && w.charAt(0) === "-") { toks.push({ k: "NOT" }); toks.push({ k: "word", v: w.slice(1) }); }
        else toks.push({ k: "word", v: w });
      }
      while (post--) toks.push({ k: ")" });
    }
    return toks;
  }

  /**
   * Parse into a tree: {op: "and"|"or", items}, {op: "not", item}, {op: "term", term},
   * {op: "prefix", text}. Implicit grouping is AND; explicit AND/OR bind tighter, left to right
   * (as whoosh's QueryParser with AndGroup does). null = nothing searchable.
   */
  function parse(text, liveLast) {
    var toks = lex(text), pos = 0;
    function peek() { return toks[pos]; }
    function group() {
      var items = [];
      while (pos < toks.length && peek().k !== ")") {
        var it = chain();
        if (it !== undefined) items.push(it);
      }
      return mk("and", items);
    }
    function chain() {
      var left = unary();
      while (pos < toks.length && (peek().k === "AND" || peek().k === "OR")) {
        var op = toks[pos++].k === "AND" ? "and" : "or";
        var right = unary();
        left = mk(op, [left, right]);
      }
      return left;
    }
    function unary() {
      var t = toks[pos++];
      if (!t) return null;
      if (t.k === "NOT") { var x = unary(); return x ? { op: "not", item: x } : null; }
      if (t.k === "(") { var g = group(); if (peek() && peek().k === ")") pos++; return g; }
      if (t.k === ")" || t.k === "AND" || t.k === "OR") return null;
      var field = "content", w = t.v, fm;
      if (t.f !== undefined) field = FIELD_ALIASES[t.f.toLowerCase()] || "?";
      else if ((fm = /^([A-Za-z]\w*):(.+)$/.exec(w)) && FIELD_ALIASES[fm[1].toLowerCase()]) {
        field = FIELD_ALIASES[fm[1].toLowerCase()]; w = fm[2];
      }
      if (field === "?") return null;
      if (field === "published") return dateLeaf(t.k === "range" ? "[" + w + "]" : w);
      var an = field === "content" || field === "title" ? analyzeQuery : nameTokens;
      var pre = field === "content" ? "" : field + ":";
      function term(x) { return { op: "term", term: pre + x }; }
      if (t.k === "date") {  // no such day ("31. April 2024"): plain words, as in Python
        var r = dayRange(w);
        return r ? mk("or", [{ op: "date", lo: r[0], hi: r[1] }, mk("and", an(w).map(term))])
          : mk("and", an(w).map(term));
      }
      if (t.k === "phrase" || t.k === "range") return mk("and", an(w).map(term));
      var isLast = pos === toks.length;
      if (/\*$/.test(w) && !/\*./.test(w)) {
        var p = an(w.slice(0, -1));
        return p.length ? { op: "prefix", text: pre + p.join("") } : null;
      }
      if (liveLast && isLast && field === "content") return { op: "live", word: w, terms: analyzeQuery(w) };
      return mk("and", an(w).map(term));
    }
    function mk(op, items) {
      items = items.filter(Boolean);
      var flat = [], seen = {};
      items.forEach(function (it) {
        (it.op === op ? it.items : [it]).forEach(function (x) {
          var key = JSON.stringify(x);
          if (!seen[key]) { seen[key] = 1; flat.push(x); }
        });
      });
      if (!flat.length) return null;
      return flat.length === 1 ? flat[0] : { op: op, items: flat };
    }
    var tree = group();
    if (tree && tree.op === "not") return null;
    return tree;
  }

  function positiveLeaves(node, out) {
    if (!node) return out;
    if (node.op === "and" || node.op === "or") node.items.forEach(function (x) { positiveLeaves(x, out); });
    else if (node.op !== "not") out.push(node);
    return out;
  }

  // ---------------------------------------------------------------- evaluation
  /** Resolve leaves (load shards), then evaluate: Map docnum -> score. */
  function resolve(node, live) {
    var jobs = [];
    (function walk(n) {
      if (!n) return;
      if (n.items) n.items.forEach(walk);
      else if (n.op === "not") walk(n.item);
      else if (n.op === "term") jobs.push(lookupTerm(n.term).then(function (p) { n.post = p; }));
      else if (n.op === "prefix") jobs.push(prefixTerms(n.text).then(function (list) {
        var m = new Map();
        n.expanded = list.map(function (x) { return x.term; });
        // whoosh (query/terms.py MultiTerm.matcher + Or._matcher): one term is that term;
        // two terms, or up to 1023 in an index of more than 5000 documents, are a union that
        // sums the BM25F scores; otherwise a preloaded union without scores (1.0 per doc).
        var k = list.length;
        if (k === 1) { n.post = postings(list[0].sh, list[0].i); return; }
        var summed = k === 2 || (M.N > 5000 && k < 1024);
        list.forEach(function (x) {
          postings(x.sh, x.i).w.forEach(function (v, d) { m.set(d, summed ? (m.get(d) || 0) + v : 1.0); });
        });
        n.post = { w: m };
      }));
      else if (n.op === "live") jobs.push(liveLeaf(n));
      else if (n.op === "date") {
        var m = new Map();
        for (var d = 0; d < M.docs; d++) { var x = docDay[d]; if (x > 0 && x >= n.lo && x <= n.hi) m.set(d, 1.0); }
        n.post = { w: m };
      }
    })(node);
    return Promise.all(jobs).then(function () { return evaluate(node); });
  }

  /** Search-as-you-type: the word being typed matches its own term and terms it begins. */
  function liveLeaf(n) {
    var word = n.word.toLowerCase();
    var prefixes = n.terms.slice();
    var plain = word.replace(/ß/g, "ss").replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
    if (/^[a-z0-9]+$/.test(plain) && prefixes.indexOf(plain) < 0) prefixes.push(plain);
    if (!prefixes.length || prefixes[0].length < 2) {
      return Promise.all(n.terms.map(lookupTerm)).then(function (ps) { n.post = sumPosts(ps); });
    }
    return Promise.all(prefixes.map(function (p) { return prefixTerms(p, 40); })).then(function (lists) {
      var seen = {}, ps = [];
      n.expanded = [];
      lists.forEach(function (list) {
        list.forEach(function (x) {
          if (seen[x.term]) return;
          seen[x.term] = 1; n.expanded.push(x.term); ps.push(postings(x.sh, x.i));
        });
      });
      n.post = maxPosts(ps);
    });
  }

  function sumPosts(ps) {
    var m = new Map();
    ps.forEach(function (p) { p.w.forEach(function (v, d) { m.set(d, (m.get(d) || 0) + v); }); });
    return { w: m };
  }
  function maxPosts(ps) {
    var m = new Map();
    ps.forEach(function (p) { p.w.forEach(function (v, d) { var o = m.get(d); if (o === undefined || v > o) m.set(d, v); }); });
    return { w: m };
  }

  function evaluate(n) {
    if (n.op === "term" || n.op === "prefix" || n.op === "live" || n.op === "date") return n.post.w;
    if (n.op === "not") return new Map(); // only meaningful inside "and"
    var pos = n.items.filter(function (x) { return x.op !== "not"; });
    var neg = n.items.filter(function (x) { return x.op === "not"; });
    var res;
    if (n.op === "and") {
      var maps = pos.map(evaluate);
      if (!maps.length) return new Map();
      var order = maps.slice().sort(function (a, b) { return a.size - b.size; });
      res = new Map();
      order[0].forEach(function (_v, d) {
        for (var k = 1; k < order.length; k++) if (!order[k].has(d)) return;
        var s = 0;
        for (var j = 0; j < maps.length; j++) s += maps[j].get(d);
        // whoosh scores an excluded clause as an inverse matcher worth 1.0 per document
        for (var q = 0; q < neg.length; q++) s += 1.0;
        res.set(d, s);
      });
    } else {
      res = new Map();
      pos.map(evaluate).forEach(function (m) {
        m.forEach(function (v, d) { var o = res.get(d); res.set(d, o === undefined ? v : o + v); });
      });
    }
    neg.forEach(function (x) { evaluate(x.item).forEach(function (_v, d) { res.delete(d); }); });
    return res;
  }

  // ---------------------------------------------------------------- filters
  function ordinal(y, m, d) { return Math.round(Date.UTC(y, m - 1, d) / 86400000) + M.epoch; }

  /** A date value -> [first day ordinal, last day ordinal] (2024-11-07, 07.11.2024, 2024-11, 11.2024, 2024). */
  /** [ordinal, ordinal] of one day, or null when there is no such day (31.04.2024). */
  function oneDay(y, mo, d) {
    if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
    var o = ordinal(y, mo, d);
    return [o, o];
  }

  function oneMonth(y, mo) { return [ordinal(y, mo, 1), ordinal(y, mo + 1, 1) - 1]; }

  function dayRange(value) {
    var v = String(value || "").trim(), m;
    if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v))) return oneDay(+m[1], +m[2], +m[3]);
    if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v))) return oneDay(+m[3], +m[2], +m[1]);
    if ((m = /^(\d{4})-(\d{1,2})$/.exec(v))) return oneMonth(+m[1], +m[2]);
    if ((m = /^(\d{1,2})\.(\d{4})$/.exec(v))) return oneMonth(+m[2], +m[1]);
    if ((m = /^(\d{4})$/.exec(v))) return [ordinal(+m[1], 1, 1), ordinal(+m[1], 12, 31)];
    if ((m = WORD_DATE.exec(v))) {
      var mon = MONTHS[m[2].toLowerCase()];
      return m[1] ? oneDay(+m[3], mon, +m[1]) : oneMonth(+m[3], mon);
    }
    return null;
  }

  function nameTokens(name) {
    var toks = String(name).match(/[\p{L}\p{N}_\p{M}]+/gu) || [];
    return toks.map(function (t) {
      t = t.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
      return t.normalize("NFKD").replace(/\p{M}/gu, "");
    });
  }

  function nameShard(key) {
    var n = fnv1a(key) % M.nameShards;
    return load("n" + n, "n/" + n + ".js");
  }

  /** Documents naming `value` (as newsarchive search --person etc.: an alias of the registry
   *  becomes its canonical name, then the name's words must occur in that order). */
  function nameDocs(letter, value) {
    var alias = "=" + letter + ":" + String(value).toLowerCase();
    return nameShard(alias).then(function (sh) {
      var canonical = Object.prototype.hasOwnProperty.call(sh, alias) ? sh[alias] : value;
      var key = letter + ":" + nameTokens(canonical).join(" ");
      return nameShard(key).then(function (sh2) {
        var s = Object.prototype.hasOwnProperty.call(sh2, key) ? sh2[key] : "";
        return new Set(s ? cumulative(decode(s)) : []);
      });
    });
  }

  /** Filter predicate from the state (dates, entity names); resolves to function(docnum). */
  function buildFilter(st) {
    var tests = [];
    var lo = st.von ? dayRange(st.von) : null, hi = st.bis ? dayRange(st.bis) : null;
    if (st.von || st.bis) {
      var a = lo ? lo[0] : -Infinity, b = hi ? hi[1] : Infinity;
      tests.push(function (d) { var x = docDay[d]; return x > 0 && x >= a && x <= b; });
    }
    var jobs = [];
    TYPES.forEach(function (t) {
      st[t[0]].forEach(function (v) {
        jobs.push(nameDocs(t[1], v).then(function (set) { tests.push(function (d) { return set.has(d); }); }));
      });
    });
    return Promise.all(jobs).then(function () {
      return function (d) { for (var i = 0; i < tests.length; i++) if (!tests[i](d)) return false; return true; };
    });
  }

  // ---------------------------------------------------------------- ordering
  function r3(x) { return Number(x.toFixed(3)); }

  function rank(scores, filter, byDate) {
    var hits = [];
    scores.forEach(function (s, d) { if (filter(d)) hits.push({ d: d, s: s, r: r3(s) }); });
    if (byDate) {
      hits.sort(function (a, b) { return (groupOf[a.d] - groupOf[b.d]) || (b.r - a.r) || (a.d - b.d); });
    } else {
      hits.sort(function (a, b) { return (b.r - a.r) || (a.d - b.d); });
    }
    return hits;
  }

  // ---------------------------------------------------------------- suggestions
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = [], cur = [];
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        cur[k] = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
        if (cur[k] < best) best = cur[k];
      }
      if (best > max) return max + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  /** A word of the first article holding index term cand.t, as written there (the most
   *  frequent such word, then the shortest), or the term itself (as Python's suggest). */
  function surfaceWord(cand) {
    var docs = postings(cand.sh, cand.i).docs;
    if (!docs.length) return Promise.resolve(cand.t);
    return loadDoc(docs[0]).then(function (doc) {
      var text = doc.x || "", seen = new Map(), hl = { exact: new Set([cand.t]) };
      var toks = [];
      try { toks = global.NewsAnalyzer.tokensWithOffsets(text, "query"); } catch (e) { toks = []; }
      toks.forEach(function (tk) {
        var word = text.slice(tk.start, tk.end);
        if (isMatch(tk.term, word.toLowerCase(), hl, doc.c)) seen.set(word, (seen.get(word) || 0) + 1);
      });
      var out = null;
      seen.forEach(function (n, w) {
        if (!out || n > seen.get(out) || (n === seen.get(out) && (w.length < out.length ||
            (w.length === out.length && w < out)))) out = w;
      });
      return out || cand.t;
    }, function () { return cand.t; });
  }

  /** "Meinten Sie …?": each query word without postings replaced by the nearest known word. */
  function suggest(text) {
    var words = lex(text).filter(function (t) { return t.k === "word" && !/\*$/.test(t.v); });
    var jobs = words.map(function (t) {
      var terms = analyzeQuery(t.v);
      if (terms.length !== 1) return Promise.resolve(null);
      var term = terms[0];
      return lookupTerm(term).then(function (p) {
        if (p.docs.length) return null;
        var n = shardOf(term), shards = [loadShard(n)];
        if (n + 1 < M.shards.length) shards.push(loadShard(n + 1));
        if (n > 0) shards.push(loadShard(n - 1));
        return Promise.all(shards).then(function (list) {
          var max = term.length <= 4 ? 1 : 2, best = null;
          list.forEach(function (sh) {
            sh.terms.forEach(function (cand, i) {
              if (sh.badSet.has(i) || cand.length < 3) return;
              var dist = editDistance(term, cand, max);
              if (dist > max) return;
              var df = sh.post[i].length;
              if (!best || dist < best.dist || (dist === best.dist && df > best.df)) best = { t: cand, dist: dist, df: df, sh: sh, i: i };
            });
          });
          if (!best) return null;
          return surfaceWord(best).then(function (surf) {
            if (/^[a-zäöüß]/.test(t.v)) surf = surf.charAt(0).toLowerCase() + surf.slice(1);
            return surf.toLowerCase() === t.v.toLowerCase() ? null : { from: t.v, to: surf };
          });
        });
      });
    });
    return Promise.all(jobs).then(function (subs) {
      var changed = false, out = text;
      subs.forEach(function (s) {
        if (!s) return;
        changed = true;
        out = out.replace(s.from, s.to);
      });
      return changed ? out : null;
    });
  }

  /** A count as German readers write it (23.330). */
  function num(n) { return Number(n).toLocaleString("de-DE"); }

  // ---------------------------------------------------------------- documents, facets
  function loadDoc(d) { return load("d" + d, "d/" + d + ".js"); }

  /**
   * Entity counts for the facets. The per-document entity lists are stored in files of
   * M.metaChunk documents in date order, so a large result set touches most of them; at most
   * M.facetChunks files are loaded, chosen by the best-ranked hits, and when that leaves hits
   * out the counts are estimated from the hits in the loaded files (marked approx).
   */
  function facetCounts(hits) {
    var chunks = {}, n = 0, limit = M.facetChunks || 48;
    hits.forEach(function (h) {
      var c = Math.floor(h.d / M.metaChunk);
      if (!chunks[c] && n < limit) { chunks[c] = 1; n++; }
    });
    var counted = hits.filter(function (h) { return chunks[Math.floor(h.d / M.metaChunk)]; });
    var scale = hits.length / Math.max(1, counted.length);
    var keys = Object.keys(chunks).map(Number);
    return Promise.all(keys.map(function (c) {
      return load("m" + c, "m/" + c + ".js").then(function (data) {
        if (typeof data === "string") {
          var v = decode(data), per = [], k = 0;
          while (k < v.length) {
            var n = v[k++], ids = [], s = 0;
            for (var j = 0; j < n; j++) { s += v[k++]; ids.push(s); }
            per.push(ids);
          }
          store["m" + c] = per;
          return per;
        }
        return data;
      });
    })).then(function () {
      var counts = new Map();
      counted.forEach(function (h) {
        var per = store["m" + Math.floor(h.d / M.metaChunk)];
        (per[h.d % M.metaChunk] || []).forEach(function (id) { counts.set(id, (counts.get(id) || 0) + 1); });
      });
      var top = Array.from(counts.entries()).sort(function (a, b) { return (b[1] - a[1]) || (a[0] - b[0]); });
      var ids = top.slice(0, 120).map(function (x) { return x[0]; });
      var ec = {};
      ids.forEach(function (id) { ec[Math.floor(id / M.entityChunk)] = 1; });
      return Promise.all(Object.keys(ec).map(function (c) { return load("e" + c, "e/" + c + ".js"); })).then(function () {
        var out = { P: [], L: [], O: [], approx: counted.length < hits.length ? counted.length : 0 };
        top.slice(0, 120).forEach(function (x) {
          var e = store["e" + Math.floor(x[0] / M.entityChunk)][x[0] % M.entityChunk];
          var count = out.approx ? Math.max(1, Math.round(x[1] * scale)) : x[1];
          if (out[e[0]].length < 10) out[e[0]].push({ name: e[1], count: count });
        });
        return out;
      });
    });
  }

  function monthOf(d) {
    var day = docDay[d];
    if (!day) return null;
    var dt = new Date((day - M.epoch) * 86400000);
    return dt.getUTCFullYear() + "-" + String(dt.getUTCMonth() + 1).padStart(2, "0");
  }

  // ---------------------------------------------------------------- snippets
  /** Terms to mark in snippets: content and title terms, and the German terms of the words
   *  asked for in entity fields and filters ("person:Scholz" marks "Scholz"), as in Python. */
  function highlightTerms(tree, names) {
    var exact = new Set(), parts = [];
    var addName = function (w) { analyzeQuery(w).forEach(function (t) { exact.add(t); }); };
    (names || []).forEach(addName);
    positiveLeaves(tree, []).forEach(function (n) {
      var add = function (t) {
        var m = /^(\w+):(.*)$/.exec(t);
        if (!m) exact.add(t);
        else if (m[1] === "title") exact.add(m[2]);
        else if (m[1] === "person" || m[1] === "place" || m[1] === "org") addName(m[2]);
      };
      if (n.op === "term") add(n.term);
      (n.expanded || []).forEach(add);
      if (n.op === "live") n.terms.forEach(function (t) { exact.add(t); });
    });
    return { exact: exact, parts: parts };
  }

  /** A word matches when its query term, or one of the terms the index holds for it
   *  (compound parts, from the document's "c" map), is a query term. */
  function isMatch(term, word, hl, compounds) {
    if (hl.exact.has(term)) return true;
    var more = compounds && Object.prototype.hasOwnProperty.call(compounds, word) ? compounds[word].split(" ") : [];
    for (var i = 0; i < more.length; i++) if (hl.exact.has(more[i])) return true;
    return false;
  }

  /** The best passage of text as [{text, mark}] pieces (about 240 characters). */
  /** A paragraph break after a paragraph without closing punctuation (a subheading) reads
   *  " – " in a snippet, as in Python's snippets.flatten; other breaks become spaces. */
  var BARE_BREAK = /([^\s.!?:;…"“”»«)])[ \t]*\n[ \t]*\n\s*/g;

  function snippet(text, hl, compounds) {
    text = String(text).replace(BARE_BREAK, "$1 – ");
    var toks = [];
    try { toks = global.NewsAnalyzer.tokensWithOffsets(text, "query"); } catch (e) { toks = []; }
    var marks = [];
    toks.forEach(function (t) {
      if (isMatch(t.term, text.slice(t.start, t.end).toLowerCase(), hl, compounds) && (!marks.length || marks[marks.length - 1][0] !== t.start)) marks.push([t.start, t.end]);
    });
    var LEN = 240, start = 0;
    if (marks.length) {
      var best = 0, bestAt = marks[0][0];
      for (var i = 0; i < marks.length; i++) {
        var c = 0;
        for (var j = i; j < marks.length && marks[j][1] - marks[i][0] <= LEN; j++) c++;
        if (c > best) { best = c; bestAt = marks[i][0]; }
      }
      start = Math.max(0, bestAt - 60);
      var sentence = Math.max(text.lastIndexOf(". ", bestAt), text.lastIndexOf("\n", bestAt));
      if (sentence >= 0 && bestAt - sentence < 120) start = sentence + 1;
      while (start > 0 && start < text.length && /\S/.test(text.charAt(start - 1))) start--;
    }
    var end = Math.min(text.length, start + LEN);
    while (end < text.length && /\S/.test(text.charAt(end))) end++;
    var pieces = [], at = start;
    if (start > 0) pieces.push({ text: "… ", mark: false });
    marks.forEach(function (m) {
      if (m[0] < at || m[1] > end) return;
      if (m[0] > at) pieces.push({ text: text.slice(at, m[0]), mark: false });
      pieces.push({ text: text.slice(m[0], m[1]), mark: true });
      at = m[1];
    });
    if (at < end) pieces.push({ text: text.slice(at, end), mark: false });
    if (end < text.length) pieces.push({ text: " …", mark: false });
    pieces.forEach(function (p) { p.text = p.text.replace(/\s+/g, " "); });
    return pieces;
  }

  // ---------------------------------------------------------------- state & URL
  function readState() {
    var p = new URLSearchParams(location.search);
    var st = { q: p.get("q") || "", von: p.get("von") || "", bis: p.get("bis") || "",
      sort: p.get("sort") === "datum" ? "datum" : "relevanz", seite: Math.max(1, parseInt(p.get("seite"), 10) || 1) };
    TYPES.forEach(function (t) { st[t[0]] = p.getAll(t[0]).filter(Boolean); });
    return st;
  }

  function writeState(st) {
    var p = new URLSearchParams();
    if (st.q) p.set("q", st.q);
    if (st.von) p.set("von", st.von);
    if (st.bis) p.set("bis", st.bis);
    TYPES.forEach(function (t) { st[t[0]].forEach(function (v) { p.append(t[0], v); }); });
    if (st.sort === "datum") p.set("sort", "datum");
    if (st.seite > 1) p.set("seite", String(st.seite));
    var qs = p.toString();
    try { history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "")); } catch (e) { /* file:// in some browsers */ }
  }

  // ---------------------------------------------------------------- search
  /** Run a search for a state; resolves to {total, hits (page), all, facets promise, ...}. */
  function run(st, live) {
    return loadManifest().then(function () {
      var tree = st.q.trim() ? parse(st.q, live && !/\s$/.test(st.q)) : null;
      var hasFilter = st.von || st.bis || TYPES.some(function (t) { return st[t[0]].length; });
      if (!tree && !hasFilter) return { empty: true };
      return buildFilter(st).then(function (filter) {
        var scoring = tree ? resolve(tree) : Promise.resolve(allDocs());
        return scoring.then(function (scores) {
          // A query that is only word* or datum: scores 1.0 everywhere (then date, id).
          if (tree && (tree.op === "prefix" || tree.op === "date")) {
            var flat = new Map();
            scores.forEach(function (_v, d) { flat.set(d, 1.0); });
            scores = flat;
          }
          var all = rank(scores, filter, st.sort === "datum" || !tree);
          if (global.performance && performance.mark) performance.mark("suche-gerankt");
          return { tree: tree, all: all, total: all.length };
        });
      });
    });
  }

  function allDocs() {
    var m = new Map();
    for (var d = 0; d < M.docs; d++) m.set(d, 0);
    return m;
  }

  /** Library entry for tests: state object -> Promise of {total, ids (in order), scores}. */
  function searchApi(st) {
    st = Object.assign({ q: "", von: "", bis: "", sort: "relevanz", seite: 1, person: [], ort: [], org: [] }, st);
    return run(st, false).then(function (res) {
      if (res.empty) return { total: 0, ids: [], scores: [] };
      var top = res.all.slice(0, st.limit || 10);
      return Promise.all(top.map(function (h) { return loadDoc(h.d); })).then(function (docs) {
        return { total: res.total, ids: docs.map(function (x) { return x.id; }), titles: docs.map(function (x) { return x.t; }), scores: top.map(function (h) { return h.r; }), docnums: top.map(function (h) { return h.d; }) };
      });
    });
  }

  // ---------------------------------------------------------------- UI
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "class") e.className = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function germanDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? (+m[3]) + "." + (+m[2]) + "." + m[1] : "";
  }

  function monthLabel(ym) {
    var p = ym.split("-");
    return MONTH_NAMES[+p[1] - 1] + " " + p[0];
  }

  function UI() {
    this.form = document.getElementById("suche-form");
    this.input = document.getElementById("suche-eingabe");
    this.status = document.getElementById("suche-status");
    this.results = document.getElementById("suche-ergebnisse");
    this.facets = document.getElementById("suche-facetten");
    this.seq = 0;
    this.state = readState();
    this.build();
  }

  UI.prototype.build = function () {
    var self = this;
    var box = el("div", { class: "suche-filter" });
    var fs = el("fieldset");
    fs.appendChild(el("legend", null, "Zeitraum und Sortierung"));
    this.von = this.dateInput(fs, "suche-von", "Von");
    this.bis = this.dateInput(fs, "suche-bis", "Bis");
    var sl = el("label", { for: "suche-sort" }, "Sortierung");
    this.sort = el("select", { id: "suche-sort" });
    [["relevanz", "Relevanz"], ["datum", "Datum (neueste zuerst)"]].forEach(function (o) {
      var opt = el("option", { value: o[0] }, o[1]); self.sort.appendChild(opt);
    });
    fs.appendChild(sl); fs.appendChild(this.sort);
    box.appendChild(fs);
    this.active = el("div", { class: "suche-aktiv", "aria-label": "Aktive Filter" });
    this.histo = el("div", { class: "suche-verlauf" });
    this.lists = el("div", { class: "suche-listen" });
    box.appendChild(this.active); box.appendChild(this.histo); box.appendChild(this.lists);
    this.facets.appendChild(box);
    this.pager = el("nav", { class: "suche-seiten", "aria-label": "Seiten der Ergebnisse" });
    this.list = el("ol", { class: "suche-liste" });
    this.results.appendChild(this.list);
    this.results.appendChild(this.pager);

    this.input.value = this.state.q;
    this.von.value = this.state.von; this.bis.value = this.state.bis;
    this.sort.value = this.state.sort;
    var timer = null;
    // The form has no constraints to check; browser validation would only delay the search.
    this.form.noValidate = true;
    this.form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      self.state.q = self.input.value; self.state.seite = 1;
      self.update(false);
    });
    this.input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.state.q = self.input.value; self.state.seite = 1; self.update(true); }, 120);
    });
    [this.von, this.bis].forEach(function (inp) {
      inp.addEventListener("change", function () {
        self.state.von = self.von.value; self.state.bis = self.bis.value; self.state.seite = 1; self.update(false);
      });
    });
    this.sort.addEventListener("change", function () { self.state.sort = self.sort.value; self.state.seite = 1; self.update(false); });
  };

  UI.prototype.dateInput = function (parent, id, label) {
    parent.appendChild(el("label", { for: id }, label));
    var inp = el("input", { id: id, type: "date" });
    parent.appendChild(inp);
    return inp;
  };

  UI.prototype.setStatus = function (text) { this.status.textContent = text; };

  UI.prototype.update = function (live) {
    var self = this, st = this.state, seq = ++this.seq;
    this.von.value = st.von.length === 10 ? st.von : ""; this.bis.value = st.bis.length === 10 ? st.bis : "";
    document.documentElement.setAttribute("data-suche", "laeuft");
    if (global.performance && performance.mark) performance.mark("suche-start");
    return run(st, live).then(function (res) {
      if (seq !== self.seq) return;
      if (res.empty) { self.clear(); self.setStatus(""); self.done(); return; }
      res.seq = seq;
      if (!res.total && res.tree && !live) {
        // A link to an unfinished word: show the prefix matches of the last word.
        var prefixTry = run(st, true).then(function (r2) {
          if (seq !== self.seq) return;
          if (r2.total) { r2.prefixNote = true; r2.seq = seq; return self.show(r2); }
          // Only a suggestion that finds something (same dates and filters) is shown.
          return suggest(st.q).then(function (s) {
            if (!s || seq !== self.seq) return null;
            return run(Object.assign({}, st, { q: s }), false).then(function (r3) {
              return r3.total ? s : null;
            });
          }).then(function (s) { if (seq === self.seq) self.show(res, s); });
        });
        return prefixTry;
      }
      return self.show(res, null);
    }).catch(function (err) {
      if (seq !== self.seq) return;
      self.clear();
      self.setStatus("Die Suche ist fehlgeschlagen: " + (err && err.message ? err.message : err));
      self.done();
    });
  };

  UI.prototype.done = function () {
    // The address bar follows the state once the results are on screen (replaceState can take
    // milliseconds, so it is kept out of the way of the search itself).
    writeState(this.state);
    document.documentElement.setAttribute("data-suche", "fertig");
  };

  UI.prototype.clear = function () {
    this.list.textContent = ""; this.pager.textContent = ""; this.histo.textContent = "";
    this.lists.textContent = ""; this.active.textContent = "";
  };

  UI.prototype.show = function (res, suggestion) {
    var self = this, st = this.state;
    this.clear();
    this.renderActive();
    var pages = Math.max(1, Math.ceil(res.total / PER_PAGE));
    if (st.seite > pages) st.seite = pages;
    var from = (st.seite - 1) * PER_PAGE, page = res.all.slice(from, from + PER_PAGE);
    var hl = highlightTerms(res.tree, TYPES.reduce(function (all, t) { return all.concat(st[t[0]]); }, []));
    // Each snippet is worked out as soon as its document arrives, while the others load.
    var loads = page.map(function (h) {
      return loadDoc(h.d).then(function (doc) {
        return res.seq === self.seq ? { doc: doc, pieces: snippet(doc.x || "", hl, doc.c) } : null;
      });
    });
    var words = st.q.trim() ? " für „" + st.q.trim() + "“" : "";
    if (!res.total) {
      this.setStatus("Keine Treffer" + words + ".");
      if (global.performance && performance.mark) performance.mark("suche-treffer");
      if (suggestion) {
        var p = el("p", { class: "suche-vorschlag" }, "Meinten Sie ");
        var a = el("a", { href: "?q=" + encodeURIComponent(suggestion) }, suggestion);
        a.addEventListener("click", function (ev) {
          ev.preventDefault(); self.input.value = suggestion; st.q = suggestion; st.seite = 1; self.update(false);
        });
        p.appendChild(a); p.appendChild(document.createTextNode("?"));
        this.list.appendChild(p);
      }
      this.done();
      return Promise.resolve();
    }
    return Promise.all(loads).then(function (docs) {
      if (res.seq !== self.seq) return;
      if (global.performance && performance.mark) performance.mark("suche-dokumente");
      self.setStatus(num(res.total) + " Treffer" + words +
        (res.prefixNote ? " (Wörter, die so beginnen)" : "") + (pages > 1 ? ", Seite " + num(st.seite) + " von " + num(pages) : "") + ".");
      self.list.setAttribute("start", String(from + 1));
      docs.forEach(function (x) { self.list.appendChild(self.hit(x.doc, x.pieces)); });
      if (global.performance && performance.mark) performance.mark("suche-treffer");
      self.renderPager(pages);
      self.renderHistogram(res.all);
      return facetCounts(res.all).then(function (f) { self.renderFacets(f); });
    }).then(function () { self.done(); });
  };

  UI.prototype.hit = function (doc, pieces) {
    var li = el("li", { class: "suche-treffer" });
    var h = el("h2");
    var href = doc.u ? "../" + doc.u : (/^https?:\/\//i.test(doc.url) ? doc.url : "#");
    var a = el("a", { href: href });
    a.textContent = doc.t || "(ohne Titel)";
    h.appendChild(a); li.appendChild(h);
    var meta = [germanDate(doc.d), doc.s].filter(Boolean).join(" · ");
    if (meta) li.appendChild(el("p", { class: "suche-meta" }, meta));
    var p = el("p", { class: "suche-auszug" });
    pieces.forEach(function (piece) {
      if (piece.mark) p.appendChild(el("mark", null, piece.text));
      else p.appendChild(document.createTextNode(piece.text));
    });
    li.appendChild(p);
    return li;
  };

  UI.prototype.renderPager = function (pages) {
    var self = this, st = this.state;
    if (pages <= 1) return;
    function btn(label, page, disabled) {
      var b = el("button", { type: "button" }, label);
      if (disabled) b.disabled = true;
      b.addEventListener("click", function () { st.seite = page; self.update(false); self.input.focus(); });
      return b;
    }
    this.pager.appendChild(btn("‹ Zurück", st.seite - 1, st.seite <= 1));
    this.pager.appendChild(el("span", null, " Seite " + num(st.seite) + " von " + num(pages) + " "));
    this.pager.appendChild(btn("Weiter ›", st.seite + 1, st.seite >= pages));
  };

  UI.prototype.renderActive = function () {
    var self = this, st = this.state;
    var chips = [];
    if (st.von || st.bis) chips.push(["Zeitraum: " + (st.von || "…") + " bis " + (st.bis || "…"), function () { st.von = st.bis = ""; }]);
    TYPES.forEach(function (t) {
      st[t[0]].forEach(function (v) {
        chips.push([v, function () { st[t[0]] = st[t[0]].filter(function (x) { return x !== v; }); }]);
      });
    });
    chips.forEach(function (c) {
      var b = el("button", { type: "button", class: "suche-chip", "aria-label": "Filter entfernen: " + c[0] }, c[0] + " ×");
      b.addEventListener("click", function () { c[1](); st.seite = 1; self.update(false); });
      self.active.appendChild(b);
    });
  };

  /** Months (or, over more than HISTO_MONTHS months, years) from the first to the last hit,
   *  empty ones included, so that the bars keep the distances of time. */
  var HISTO_MONTHS = 24;
  function histogramBuckets(counts) {
    var months = Object.keys(counts).sort();
    if (!months.length) return null;
    function index(m) { var p = m.split("-"); return +p[0] * 12 + (+p[1] - 1); }
    var lo = index(months[0]), hi = index(months[months.length - 1]), out = [], i;
    if (hi - lo < HISTO_MONTHS) {
      for (i = lo; i <= hi; i++) {
        var key = Math.floor(i / 12) + "-" + String(i % 12 + 1).padStart(2, "0");
        out.push({ key: key, label: monthLabel(key), n: counts[key] || 0 });
      }
      return { unit: "Monat", items: out };
    }
    for (i = Math.floor(lo / 12); i <= Math.floor(hi / 12); i++) out.push({ key: String(i), label: String(i), n: 0 });
    months.forEach(function (m) { out[Math.floor(index(m) / 12) - Math.floor(lo / 12)].n += counts[m]; });
    return { unit: "Jahr", items: out };
  }

  UI.prototype.renderHistogram = function (all) {
    var self = this, st = this.state, counts = {};
    all.forEach(function (h) { var m = monthOf(h.d); if (m) counts[m] = (counts[m] || 0) + 1; });
    var buckets = histogramBuckets(counts);
    if (!buckets) return;
    var items = buckets.items;
    var max = Math.max.apply(null, items.map(function (it) { return it.n; }));
    this.histo.appendChild(el("h2", { id: "suche-verlauf-titel" }, "Treffer pro " + buckets.unit));
    var ul = el("ul", { class: "suche-balken", "aria-labelledby": "suche-verlauf-titel" });
    items.forEach(function (it) {
      var li = el("li");
      if (!it.n) { li.setAttribute("aria-hidden", "true"); ul.appendChild(li); return; }
      var b = el("button", { type: "button", title: it.label + ": " + it.n + " Treffer",
        "aria-label": it.label + ": " + it.n + " Treffer, nur " + (buckets.unit === "Jahr" ? "dieses Jahr" : "diesen Monat") + " zeigen" });
      var bar = el("span", { class: "suche-balken-wert" });
      bar.style.height = Math.max(4, Math.round(60 * it.n / max)) + "px";
      b.appendChild(bar);
      b.appendChild(el("span", { class: "suche-balken-text" }, it.label + " (" + it.n + ")"));
      b.addEventListener("click", function () { st.von = it.key; st.bis = it.key; st.seite = 1; self.update(false); });
      li.appendChild(b); ul.appendChild(li);
    });
    this.histo.appendChild(ul);
    var axis = el("p", { class: "suche-balken-achse", "aria-hidden": "true" });
    axis.appendChild(el("span", {}, items[0].label));
    if (items.length > 1) axis.appendChild(el("span", {}, items[items.length - 1].label));
    this.histo.appendChild(axis);
  };

  UI.prototype.renderFacets = function (f) {
    var self = this, st = this.state;
    if (f.approx) {
      self.lists.appendChild(el("p", { class: "suche-hinweis" },
        "Anzahlen geschätzt aus " + num(f.approx) + " der besten Treffer."));
    }
    TYPES.forEach(function (t) {
      var items = f[t[1]];
      if (!items.length) return;
      var id = "suche-facette-" + t[0];
      var sec = el("section", { class: "suche-facette", "aria-labelledby": id });
      sec.appendChild(el("h2", { id: id }, t[2]));
      var ul = el("ul");
      items.forEach(function (it) {
        var li = el("li");
        var on = st[t[0]].indexOf(it.name) >= 0;
        var b = el("button", { type: "button", "aria-pressed": on ? "true" : "false" },
          it.name + " (" + (f.approx ? "≈ " : "") + num(it.count) + ")");
        b.addEventListener("click", function () {
          st[t[0]] = on ? st[t[0]].filter(function (x) { return x !== it.name; }) : st[t[0]].concat([it.name]);
          st.seite = 1; self.update(false);
        });
        li.appendChild(b); ul.appendChild(li);
      });
      sec.appendChild(ul);
      self.lists.appendChild(sec);
    });
  };

  global.NewsSearch = { search: searchApi, parse: parse, decode: decode };

  var SCRIPT_SRC = document.currentScript ? document.currentScript.src : "";

  /** The search styles sit next to this script (static/search-ui.css). */
  function addStyles() {
    if (!SCRIPT_SRC || document.querySelector("link[data-suche-css]")) return;
    var link = el("link", { rel: "stylesheet", href: SCRIPT_SRC.replace(/search\.js(\?.*)?$/, "search-ui.css"), "data-suche-css": "1" });
    document.head.appendChild(link);
  }

  function start() {
    if (!document.getElementById("suche-form") || !document.getElementById("suche-ergebnisse")) return;
    addStyles();
    var ui = new UI();
    global.NewsSearch.ui = ui;
    ui.update(false);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(window);
