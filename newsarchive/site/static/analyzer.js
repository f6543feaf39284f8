/*
 * NewsAnalyzer: the German analyzer of newsarchive, mirrored from the Python package
 * newsarchive.analysis (tokenizer.py, stopwords.py, folding.py, stemming.py, compounds.py,
 * terms.py) and PyStemmer's Snowball "german" stemmer (NewsAnalyzer.snowball). Parity with Python is tested in headless Chromium
 * (tests/test_analysis_parity.py); change both sides together.
 *
 * Plain browser script, no build step, no requests of its own; works from file://.
 *   NewsAnalyzer.analyze(text, "query")   -> ["term", ...]   (no vocabulary needed)
 *   NewsAnalyzer.analyze(text, "index")   -> needs the compound vocabulary:
 *     load analyzer_vocab.js with a <script> tag, or NewsAnalyzer.loadVocab(url) -> Promise
 *   NewsAnalyzer.tokensWithOffsets(text, mode) -> [{term, pos, start, end}, ...]
 *     (start/end are UTF-16 offsets into text, as String.slice wants them)
 */
(function (global) {
  "use strict";

  // ---------------------------------------------------------------- tokenizer
  var SPACED_ABBREVIATIONS = [
    "z b", "u a", "d h", "v a", "u u", "o ä", "u ä", "o g", "i d r", "z t", "s o", "s u",
    "u v m", "m e"
  ];
  var SPACE = "[ \\u00a0\\u202f]?";
  var ALNUM = "(?:[\\p{L}\\p{N}]|[\\u0300-\\u036f])";
  var LETTER = "(?:[\\p{L}\\p{Nl}\\p{No}][\\u0300-\\u036f]*)";
  var HYPHENS = "-\\u2010\\u2011";
  var JOINERS = "'\\u2019\\u00ad";

  function letterClass(c) {
    var u = c.toUpperCase();
    return u !== c ? "[" + c + u + "]" : c;
  }

  function spacedAlternatives() {
    return SPACED_ABBREVIATIONS.map(function (abbr) {
      return abbr.split(" ").map(letterClass).join("\\." + SPACE) + "\\.";
    }).join("|");
  }

  var PIECE = "(?:[0-9]+(?:[.,][0-9]+)+|" + ALNUM + "+(?:[" + JOINERS + "]" + ALNUM + "+)*)";
  var TOKEN_SOURCE =
    "(" + spacedAlternatives() + "|" + LETTER + "\\.(?:" + LETTER + "\\.)+)" +
    "|(" + PIECE + "(?:[" + HYPHENS + "]" + PIECE + ")*)";
  var COMBINING = /[\u0300-\u036f]/;
  var HYPHEN_SPLIT = new RegExp("[" + HYPHENS + "]", "u");
  var JOINER_DROP = new RegExp("[" + JOINERS + "]", "gu");
  var ABBR_DROP = /[. \u00a0\u202f]/g;

  /** Raw tokens: [{raw, abbr, start, end}] with UTF-16 offsets. */
  function rawTokens(text) {
    var re = new RegExp(TOKEN_SOURCE, "gu");
    var out = [];
    var m;
    while ((m = re.exec(text)) !== null) {
      out.push({ raw: m[0], abbr: m[1] !== undefined, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /** Normalised hyphen pieces of a raw token (lower case, joiners dropped, NFC). */
  function tokenPieces(raw, abbr) {
    var text = raw.toLowerCase();
    if (COMBINING.test(text)) text = text.normalize("NFC");
    if (abbr) return [text.replace(ABBR_DROP, "")];
    return text.split(HYPHEN_SPLIT).map(function (p) { return p.replace(JOINER_DROP, ""); });
  }

  // ---------------------------------------------------------------- stop words
  var STOP_LIST = (
    "aber ab alle allem allen aller alles als also am an andere anderem anderen anderer " +
    "anderes auch auf aus bei beim bin bis bist bzw ca da dabei dadurch dafür dagegen daher " +
    "damit danach dann daran darauf darin darum darüber das dass daß davon dazu dein deine " +
    "deinem deinen deiner deines dem den denen denn der deren des dessen dich die dies diese " +
    "diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines " +
    "einige einigen einiger einiges er es etc etwa etwas euch euer eure eurem euren eurer " +
    "eures für gegen gewesen hab habe haben hat hatte hatten hattest hier hin hinter ich ihm " +
    "ihn ihnen ihr ihre ihrem ihren ihrer ihres im in ins ist ja jede jedem jeden jeder jedes " +
    "jene jenem jenen jener jenes jetzt kann kannst kein keine keinem keinen keiner keines " +
    "können könnte man manche manchem manchen mancher manches mehr mein meine meinem meinen " +
    "meiner meines mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr " +
    "sei seid sein seine seinem seinen seiner seines seit selbst sich sie sind so solche " +
    "solchem solchen solcher solches soll sollen sollte sondern sonst sowie über um und uns " +
    "unser unsere unserem unseren unserer unseres unter usw viel vom von vor war waren warst " +
    "was weil welche welchem welchen welcher welches wenn wer werde werden werdet wie wieder " +
    "wir wird wirst wo wurde wurden während zu zum zur zwar zwischen " +
    "zb ua dh va uu oä og idr zt so su uvm"
  ).split(" ");
  var STOPWORDS = new Set();
  STOP_LIST.forEach(function (w) {
    STOPWORDS.add(w);
    STOPWORDS.add(w.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss"));
  });

  // ---------------------------------------------------------------- folding and stemming
  var VOWELS = new Set(["a", "e", "i", "o", "u", "y", "ä", "ö", "ü"]);
  function isV(c) { return VOWELS.has(c); }

  /** Snowball German prelude on an array of characters: returns a new array. */
  function prelude(s) {
    var n = s.length, i;
    for (i = 0; i + 2 < n; i++) {
      if (isV(s[i]) && (s[i + 1] === "u" || s[i + 1] === "y") && isV(s[i + 2])) {
        s[i + 1] = s[i + 1].toUpperCase();
      }
    }
    var out = [];
    i = 0;
    while (i < n) {
      var c = s[i], nxt = i + 1 < n ? s[i + 1] : "";
      if (c === "ß") { out.push("s", "s"); i += 1; }
      else if ((c === "a" || c === "o" || c === "u") && nxt === "e") {
        out.push(c === "a" ? "ä" : c === "o" ? "ö" : "ü"); i += 2;
      }
      else if (c === "q" && nxt === "u") { out.push("q", "u"); i += 2; }
      else { out.push(c); i += 1; }
    }
    return out;
  }

  var POSTLUDE = { "U": "u", "Y": "y", "ä": "a", "ö": "o", "ü": "u" };
  function postlude(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) out += POSTLUDE[s[i]] || s[i];
    return out;
  }

  /** Folded spelling: südkorea, suedkorea, sudkorea -> sudkorea (as folding.py). */
  function fold(word) {
    return postlude(prelude(Array.from(word)));
  }

  var S_ENDING = new Set("bdfghklmnrt".split(""));
  var ST_ENDING = new Set("bdfghklmnt".split(""));
  var ET_ENDING = new Set(["d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "U", "z", "ä"]);
  var STEP1 = { "e": 3, "em": 1, "en": 3, "erinnen": 2, "erin": 2, "ln": 5, "ern": 2, "er": 2,
    "s": 4, "es": 3, "lns": 5 };
  var STEP2 = { "en": 1, "er": 1, "et": 3, "st": 2, "est": 1 };
  var STEP3 = { "end": 1, "ig": 2, "ung": 1, "lich": 3, "isch": 2, "ik": 2, "heit": 3, "keit": 4 };
  var ET_EXCEPTIONS = ["tick", "plan", "geordn", "intern", "tr"];

  function endsWith(s, end, suffix) {
    var k = suffix.length;
    if (k > end) return false;
    for (var i = 0; i < k; i++) if (s[end - k + i] !== suffix[i]) return false;
    return true;
  }

  /** Longest suffix of s[0:end] found in table: [suffix, value] or null. */
  function longestSuffix(s, end, table, maxLen) {
    for (var k = Math.min(maxLen, end); k >= 1; k--) {
      var suf = s.slice(end - k, end).join("");
      if (Object.prototype.hasOwnProperty.call(table, suf)) return [suf, table[suf]];
    }
    return null;
  }

  /** Snowball German stemmer (Snowball 3), identical to PyStemmer's "german". */
  function snowball(word) {
    var s = prelude(Array.from(word));
    var n = s.length;
    var p1 = n, p2 = n;
    if (n >= 3) {
      var i = 0;
      while (i < n && !isV(s[i])) i++;
      if (i < n) {
        i++;
        while (i < n && isV(s[i])) i++;
        if (i < n) {
          i++;
          p1 = i < 3 ? 3 : i;
          while (i < n && !isV(s[i])) i++;
          if (i < n) {
            i++;
            while (i < n && isV(s[i])) i++;
            if (i < n) p2 = i + 1;
          }
        }
      }
    }
    // step 1
    var m = longestSuffix(s, s.length, STEP1, 7), bra;
    if (m) {
      bra = s.length - m[0].length;
      if (bra >= p1) {
        if (m[1] === 1) {
          if (!endsWith(s, bra, "syst")) s.length = bra;
        } else if (m[1] === 2) {
          s.length = bra;
        } else if (m[1] === 3) {
          s.length = bra;
          if (endsWith(s, s.length, "niss")) s.length -= 1;
        } else if (m[1] === 4) {
          if (bra > 0 && S_ENDING.has(s[bra - 1])) s.length = bra;
        } else {
          s.length = bra;
          s.push("l");
        }
      }
    }
    // step 2
    m = longestSuffix(s, s.length, STEP2, 3);
    if (m) {
      bra = s.length - m[0].length;
      if (bra >= p1) {
        if (m[1] === 1) {
          s.length = bra;
        } else if (m[1] === 2) {
          if (bra >= 4 && ST_ENDING.has(s[bra - 1])) s.length = bra;
        } else if (bra > 0 && ET_ENDING.has(s[bra - 1])) {
          var exception = ET_EXCEPTIONS.some(function (e) { return endsWith(s, bra, e); });
          if (!exception) s.length = bra;
        }
      }
    }
    // step 3
    m = longestSuffix(s, s.length, STEP3, 4);
    if (m) {
      bra = s.length - m[0].length;
      if (bra >= p2) {
        if (m[1] === 1) {
          s.length = bra;
          if (endsWith(s, s.length, "ig")) {
            var b = s.length - 2;
            if (!(b > 0 && s[b - 1] === "e") && b >= p2) s.length = b;
          }
        } else if (m[1] === 2) {
          if (!(bra > 0 && s[bra - 1] === "e")) s.length = bra;
        } else if (m[1] === 3) {
          s.length = bra;
          if (endsWith(s, s.length, "er") || endsWith(s, s.length, "en")) {
            if (s.length - 2 >= p1) s.length -= 2;
          }
        } else {
          s.length = bra;
          var m2 = longestSuffix(s, s.length, { "ig": 1, "lich": 1 }, 4);
          if (m2 && s.length - m2[0].length >= p2) s.length -= m2[0].length;
        }
      }
    }
    return postlude(s);
  }

  /** Stem as stemming.stem: Snowball, then a final "s" after p/w/y removed. */
  function stem(word) {
    var s = snowball(word);
    var c = Array.from(s);
    var n = c.length;
    if (n >= 4 && c[n - 1] === "s" && (c[n - 2] === "p" || c[n - 2] === "w" || c[n - 2] === "y")) {
      s = c.slice(0, n - 1).join("");
    }
    return s;
  }

  /** Extra index terms for Snowball's "-ern" rule (as stemming.ern_alternatives). */
  function ernAlternatives(word) {
    var out = [];
    var s = cachedStem(word);
    if (s.endsWith("ern")) {
      var again = cachedStem(s);
      if (again !== s) out.push(again);
    }
    var f = fold(word);
    if (f.endsWith("ern") && snowball(word) === f.slice(0, f.length - 3)) out.push(f);
    return out;
  }

  var stemCache = new Map();
  function cachedStem(word) {
    var r = stemCache.get(word);
    if (r === undefined) {
      if (stemCache.size > 200000) stemCache.clear();
      r = stem(word);
      stemCache.set(word, r);
    }
    return r;
  }

  // ---------------------------------------------------------------- compounds
  var MIN_PIECE = 3, MIN_WORD = 6, MAX_WORD = 40;
  var PIECE_PENALTY = 30, WHOLE_MARGIN = 60;
  var MIN_HEAD_ZIPF = 300, MIN_MODIFIER_ZIPF = 300;
  var LINK_DISCOUNT = 20, ELIDED_DISCOUNT = 30;
  var LINKING_ELEMENTS = ["s", "es", "n", "en", "er", "e", "ens", "ns"];
  var ELIDED_ENDINGS = ["e", "en", "n"];
  function wordSet(text) { return new Set(text.split(/\s+/).filter(Boolean)); }
  var NO_MODIFIER = wordSet(
    "ab an auf aus bei durch fur gegen hinter in mit nach neben ob ohne seit uber um unter " +
    "von vor wegen wider zu zwischen ent ver zer miss be ge er emp los weg her hin dar da dort " +
    "hier ein aller allen all ur un anti ange ausge zuge abge aufge einge vorge mitge umge");
  var NO_HEAD = wordSet(
    "schaft schaften heit heiten keit keiten ung ungen ling linge lingen nis nisse nissen " +
    "tum tums lich liche lichen licher liches isch ische ischen bar bare baren sam same samen " +
    "chen lein erin erinnen innen ern ler lern ner nern ist isten ismus ion ionen tion tionen " +
    "itat ik iker ens ent enten ant anten ier ieren iert ation weise mal los ige igen iger " +
    "ische isches reich reicher elle ellen sten oben genen");
  var SHORT_PIECES = wordSet(
    "tag weg uhr art ort tod alt zug tur bau amt tor see rat bus hof eis ton fan ost gas rad " +
    "tee sud hut ohr mut wut tal lob dom zoo kuh arm rot neu gut bio pop job box web top app fit " +
    "nah ehe mai uni lkw pkw oma opa sau tat ruf elf ski not erz lok erd kur");
  var KEEP_WHOLE = wordSet(
    "deutschland england finnland russland griechenland frankreich osterreich niederlande " +
    "lettland estland irland island thailand schottland neuseeland holland polen danemark");
  var LINKED_ONLY_HEADS = wordSet("ende enden endes");

  var vocab = null;
  var splitCache = new Map();

  /** Install the vocabulary ({zipf: "word word ..."}, as analyzer_vocab.js defines it). */
  function setVocab(grouped) {
    vocab = new Map();
    Object.keys(grouped).forEach(function (z) {
      var zipf = parseInt(z, 10);
      grouped[z].split(" ").forEach(function (w) { if (w) vocab.set(w, zipf); });
    });
    splitCache.clear();
    termCache.clear();
  }

  function vget(w) { var z = vocab.get(w); return z === undefined ? 0 : z; }
  function cplen(w) { return Array.from(w).length; }

  function headScore(piece) {
    var len = cplen(piece);
    if (NO_HEAD.has(piece) || len < MIN_PIECE) return 0;
    var z = vget(piece);
    return z >= MIN_HEAD_ZIPF && (len > MIN_PIECE || SHORT_PIECES.has(piece)) ? z : 0;
  }

  function modifierScore(piece) {
    var len = cplen(piece);
    if (NO_MODIFIER.has(piece) || len < MIN_PIECE) return 0;
    if (len === MIN_PIECE && !SHORT_PIECES.has(piece)) return 0;
    var z = vget(piece);
    LINKING_ELEMENTS.forEach(function (link) {
      if (piece.endsWith(link) && len - link.length >= MIN_PIECE) {
        var base = piece.slice(0, piece.length - link.length);
        if (!NO_MODIFIER.has(base) && vocab.has(base)) z = Math.max(z, vocab.get(base) - LINK_DISCOUNT);
      }
    });
    ELIDED_ENDINGS.forEach(function (end) {
      if (vocab.has(piece + end)) z = Math.max(z, vocab.get(piece + end) - ELIDED_DISCOUNT);
    });
    return z >= MIN_MODIFIER_ZIPF ? z : 0;
  }

  // a decomposition: [sum, count, pieces]
  function better(a, b) {
    if (b === null) return true;
    var ka = (a[0] - PIECE_PENALTY * (a[1] - 1) * a[1]) * b[1];
    var kb = (b[0] - PIECE_PENALTY * (b[1] - 1) * b[1]) * a[1];
    return ka > kb;
  }

  var ALPHA = /^\p{L}+$/u;

  /** Compound pieces of a folded lower-case word (as CompoundSplitter.split). */
  function split(word) {
    var cached = splitCache.get(word);
    if (cached !== undefined) return cached;
    var result = splitUncached(word);
    if (splitCache.size > 200000) splitCache.clear();
    splitCache.set(word, result);
    return result;
  }

  function splitUncached(word) {
    var chars = Array.from(word);
    var n = chars.length;
    if (n < MIN_WORD || n > MAX_WORD || KEEP_WHOLE.has(word) || !ALPHA.test(word)) return [word];
    var sub = function (i, j) { return chars.slice(i, j).join(""); };
    var best = new Array(n + 1).fill(null);
    var multi = null;
    for (var i = n - MIN_PIECE; i >= 0; i--) {
      var cand = null;
      var tail = sub(i, n);
      var hz = headScore(tail);
      if (hz) cand = [hz, 1, [tail]];
      for (var j = i + MIN_PIECE; j <= n - MIN_PIECE; j++) {
        var rest = best[j];
        if (rest === null) continue;
        var mod = sub(i, j);
        var mz = modifierScore(mod);
        if (!mz) continue;
        var last = chars[j - 1];
        if (LINKED_ONLY_HEADS.has(rest[2][0]) && last !== "s" && last !== "n") continue;
        var dec = [mz + rest[0], rest[1] + 1, [mod].concat(rest[2])];
        if (better(dec, cand)) cand = dec;
        if (i === 0 && better(dec, multi)) multi = dec;
      }
      best[i] = cand;
    }
    if (multi === null) return [word];
    var whole = vget(word);
    if (whole && (whole - WHOLE_MARGIN) * multi[1] >
        multi[0] - PIECE_PENALTY * (multi[1] - 1) * multi[1]) return [word];
    return multi[2];
  }

  function compoundTerms(piece) {
    var parts = split(fold(piece));
    var n = parts.length;
    if (n < 2) return [];
    var out = parts.map(cachedStem);
    for (var k = 2; k < n; k++) {
      out.push(cachedStem(parts.slice(n - k).join("")));
      out.push(cachedStem(parts.slice(0, k).join("")));
    }
    return out;
  }

  // ---------------------------------------------------------------- terms
  var termCache = new Map();

  /** Terms of one raw token (as terms.token_terms); [] for a stop word. */
  function tokenTerms(raw, abbr, query) {
    var key = (query ? "q" : "i") + (abbr ? "a" : "w") + raw;
    var cached = termCache.get(key);
    if (cached !== undefined) return cached;
    var pieces = tokenPieces(raw, abbr);
    var whole = pieces.join("");
    var terms;
    if ((pieces.length === 1 && STOPWORDS.has(whole)) || !whole) {
      terms = [];
    } else if (query) {
      terms = [cachedStem(whole)];
    } else {
      if (vocab === null) {
        throw new Error("NewsAnalyzer: index mode needs the compound vocabulary " +
          "(load analyzer_vocab.js or call NewsAnalyzer.loadVocab())");
      }
      var out = [cachedStem(whole)].concat(ernAlternatives(whole));
      if (pieces.length > 1) {
        pieces.forEach(function (p) {
          if (p && !STOPWORDS.has(p)) out = out.concat([cachedStem(p)], ernAlternatives(p));
        });
      }
      var rawPieces = raw.split(HYPHEN_SPLIT);
      pieces.forEach(function (p, i) {
        var first = String.fromCodePoint(rawPieces[i].codePointAt(0));
        // only words written with a capital (nouns) are split
        if (ALPHA.test(p) && first.toLowerCase() !== first) out = out.concat(compoundTerms(p));
      });
      terms = Array.from(new Set(out));
    }
    if (termCache.size > 500000) termCache.clear();
    termCache.set(key, terms);
    return terms;
  }

  function checkMode(mode) {
    if (mode === undefined) mode = "index";
    if (mode !== "index" && mode !== "query") {
      throw new Error("NewsAnalyzer: mode must be 'index' or 'query', not " + mode);
    }
    if (mode === "index") ensureVocab();
    return mode === "query";
  }

  function ensureVocab() {
    if (vocab === null && global.NewsAnalyzerVocab) setVocab(global.NewsAnalyzerVocab);
  }

  /** Terms of text as the index ("index") or a query ("query") sees them. */
  function analyze(text, mode) {
    var query = checkMode(mode);
    var out = [];
    rawTokens(String(text)).forEach(function (t) {
      var terms = tokenTerms(t.raw, t.abbr, query);
      for (var i = 0; i < terms.length; i++) out.push(terms[i]);
    });
    return out;
  }

  /** [{term, pos, start, end}]: a word's terms share its position and UTF-16 offsets. */
  function tokensWithOffsets(text, mode) {
    var query = checkMode(mode);
    var out = [];
    var pos = 0;
    rawTokens(String(text)).forEach(function (t) {
      var terms = tokenTerms(t.raw, t.abbr, query);
      if (!terms.length) return;
      terms.forEach(function (term) {
        out.push({ term: term, pos: pos, start: t.start, end: t.end });
      });
      pos += 1;
    });
    return out;
  }

  /** Load analyzer_vocab.js by a script tag (works from file://); resolves when ready. */
  function loadVocab(url) {
    ensureVocab();
    if (vocab !== null) return Promise.resolve();
    var src = url;
    if (!src) {
      src = "analyzer_vocab.js";
      var scripts = global.document ? global.document.getElementsByTagName("script") : [];
      for (var i = 0; i < scripts.length; i++) {
        if (/analyzer\.js(\?|$)/.test(scripts[i].src)) {
          src = scripts[i].src.replace(/analyzer\.js(\?.*)?$/, "analyzer_vocab.js");
        }
      }
    }
    return new Promise(function (resolve, reject) {
      var el = global.document.createElement("script");
      el.src = src;
      el.onload = function () { ensureVocab(); vocab ? resolve() : reject(new Error(src + ": no vocabulary")); };
      el.onerror = function () { reject(new Error("NewsAnalyzer: cannot load " + src)); };
      global.document.head.appendChild(el);
    });
  }

  global.NewsAnalyzer = {
    analyze: analyze,
    tokensWithOffsets: tokensWithOffsets,
    loadVocab: loadVocab,
    setVocab: setVocab,
    hasVocab: function () { ensureVocab(); return vocab !== null; },
    // building blocks, exposed for tests and for the site's own use
    rawTokens: rawTokens,
    tokenPieces: tokenPieces,
    tokenTerms: function (raw, abbr, query) { return tokenTerms(raw, !!abbr, !!query).slice(); },
    fold: fold,
    snowball: snowball,
    stem: stem,
    split: function (word) {
      ensureVocab();
      if (vocab === null) throw new Error("NewsAnalyzer.split needs the compound vocabulary");
      return split(word).slice();
    },
    isStopword: function (word) { return STOPWORDS.has(word); }
  };
})(typeof globalThis !== "undefined" ? globalThis : this);
