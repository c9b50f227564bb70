"""Dense features of a headline/body pair for the stance model.

Two groups, matching the two stages of the model:

* relatedness: how much of the headline the body covers (TF-IDF cosine over
  hashed word stems and character 4-grams, idf-weighted coverage of headline
  words in the whole body, in the lead and in the best sentence, bigram
  coverage, BM25, shared capitalised words and numbers);
* stance: cue words (refuting, hedging, supporting, negation, question; see
  ``models/stance/cues.toml``) counted in the headline, in the whole body, in
  the lead and in the body sentences most similar to the headline, and
  negators/refuters close to words the body shares with the headline.

The fitted state is numbers only (idf arrays over hashed buckets, an average
body length), so a saved model never holds text from its training data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed
from sklearn.preprocessing import normalize  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed
from sklearn.utils import murmurhash3_32  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed

from eventwire.claims.stance_text import (
    STOP_WORDS,
    CueLexicon,
    capitalised,
    content_stems,
    load_cues,
    numbers,
    split_sentences,
    stem,
    tokenize,
)

N_BUCKETS = 2**18
LEAD_SENTENCES = 3
TOP_SENTENCES = 3
BODY_CACHE = 2048  # processed bodies kept between calls
WINDOW = 4  # tokens either side of a shared word in which a negator "touches" it
_RELATED = [
    "cos_word",
    "cos_char",
    "cov",
    "cov_idf",
    "cov_lead",
    "cov_bigram",
    "best_sent",
    "top_sent",
    "bm25",
    "cap_cov",
    "cap_shared",
    "num_cov",
    "num_shared",
    "first_pos",
    "missing_idf_max",
    "h_len",
    "b_len",
    "b_sents",
]
_STANCE_ITEM_CLASSES = ("refute", "hedge", "support")


def _bucket(token: str) -> int:
    return murmurhash3_32(token, positive=True) % N_BUCKETS


@dataclass
class _Text:
    """One processed text (headline or body); bodies are processed once and reused."""

    tokens: list[str]
    stems: list[str | None]  # aligned with tokens, None for stop words
    stem_set: set[str]
    bigrams: set[tuple[str, str]]
    caps: set[str]
    nums: set[str]
    sents: list[tuple[int, int]] = field(default_factory=list)  # token spans of sentences
    memo: dict = field(default_factory=dict)  # per-text results that do not depend on the headline


def _process(text: str, sentences: bool) -> _Text:
    spans: list[tuple[int, int]] = []
    if sentences:
        tokens: list[str] = []
        for sent in split_sentences(text):
            toks = tokenize(sent)
            if toks:
                spans.append((len(tokens), len(tokens) + len(toks)))
                tokens.extend(toks)
    else:
        tokens = tokenize(text)
    stems: list[str | None] = [None if tok in STOP_WORDS else stem(tok) for tok in tokens]
    content = [s for s in stems if s is not None]
    return _Text(
        tokens=tokens,
        stems=stems,
        stem_set=set(content),
        bigrams=set(zip(content, content[1:], strict=False)),
        caps=capitalised(text),
        nums=numbers(text),
        sents=spans,
    )


class StanceFeaturizer:
    """Turns (headline, body) pairs into a dense feature matrix.

    ``fit`` learns idf weights over hashed buckets from training texts;
    ``transform`` is pure given that state, so training and serving agree.
    """

    def __init__(self, cues: CueLexicon | None = None) -> None:
        self.cues = cues or load_cues()
        self.idf_word = np.ones(N_BUCKETS, dtype=np.float32)
        self.idf_char = np.ones(N_BUCKETS, dtype=np.float32)
        self.avgdl = 300.0
        self._char = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=(4, 4),
            n_features=N_BUCKETS,
            alternate_sign=False,
            norm=None,
            lowercase=True,
        )
        self._items = self.cues.item_names(_STANCE_ITEM_CLASSES)
        self._idf_cache: dict[str, float] = {}
        self._bodies: dict[str, _Text] = {}
        first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for cls, plist in self.cues.phrases.items():
            for p in plist:
                first.setdefault(p[0], []).append((cls, p))
        self._phrase_first = first
        # token -> the cue classes it belongs to, so counting is one dict lookup a token
        word_classes: dict[str, tuple[str, ...]] = {}
        for cls, ws in self.cues.words.items():
            for w in ws:
                word_classes[w] = word_classes.get(w, ()) + (cls,)
        self._word_classes = word_classes

    # -- state -------------------------------------------------------------
    def fit(self, texts: list[str]) -> StanceFeaturizer:
        """Learn idf over the distinct ``texts`` (headlines and bodies of the training fold)."""
        texts = list(dict.fromkeys(texts))
        n = len(texts)
        df = np.zeros(N_BUCKETS, dtype=np.float64)
        lengths = []
        for t in texts:
            stems = set(content_stems(tokenize(t)))
            lengths.append(len(stems))
            for s in stems:
                df[_bucket(s)] += 1
        self.idf_word = np.log((1 + n) / (1 + df)).astype(np.float32) + 1.0
        chars = self._char.transform(texts)
        cdf = np.bincount(chars.indices, minlength=N_BUCKETS).astype(np.float64)
        self.idf_char = np.log((1 + n) / (1 + cdf)).astype(np.float32) + 1.0
        self.avgdl = float(np.mean(lengths)) if lengths else 300.0
        self._idf_cache = {}
        self._bodies = {}
        return self

    def state(self) -> dict[str, np.ndarray]:
        """The fitted numbers, to be saved with the model."""
        return {
            "idf_word": self.idf_word,
            "idf_char": self.idf_char,
            "avgdl": np.array([self.avgdl]),
        }

    def load_state(self, state: dict[str, np.ndarray]) -> StanceFeaturizer:
        """Restore what :meth:`state` returned."""
        self.idf_word = np.asarray(state["idf_word"], dtype=np.float32)
        self.idf_char = np.asarray(state["idf_char"], dtype=np.float32)
        self.avgdl = float(np.asarray(state["avgdl"])[0])
        self._idf_cache = {}
        self._bodies = {}
        return self

    @property
    def feature_names(self) -> list[str]:
        """Column names of :meth:`transform`'s output, in order."""
        names = list(_RELATED)
        for cls in self.cues.words:
            names += [f"h_{cls}", f"b_{cls}_rate", f"top_{cls}", f"lead_{cls}"]
        names += [
            "neg_near_top",
            "neg_near_body",
            "ref_near_top",
            "ref_near_body",
            "h_quote",
            "h_colon",
            "top_sim_x_ref",
        ]
        names += [f"hi_{w}" for w in self._items] + [f"ti_{w}" for w in self._items]
        return names

    # -- features ------------------------------------------------------------
    def _idf(self, s: str) -> float:
        v = self._idf_cache.get(s)
        if v is None:
            v = float(self.idf_word[_bucket(s)])
            self._idf_cache[s] = v
        return v

    def _cue_counts(self, tokens: list[str]) -> dict[str, int]:
        counts = dict.fromkeys(self.cues.words, 0)
        word_classes = self._word_classes
        phrase_first = self._phrase_first
        for i, tok in enumerate(tokens):
            for cls in word_classes.get(tok, ()):
                counts[cls] += 1
            for cls, p in phrase_first.get(tok, ()):
                if tuple(tokens[i:i + len(p)]) == p:
                    counts[cls] += 1
        return counts

    def _item_counts(self, tokens: list[str]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for i, tok in enumerate(tokens):
            counts[tok] = counts.get(tok, 0) + 1
            for _cls, p in self._phrase_first.get(tok, ()):
                if tuple(tokens[i : i + len(p)]) == p:
                    key = " ".join(p)
                    counts[key] = counts.get(key, 0) + 1
        return counts

    def _near(self, body: _Text, span: tuple[int, int], shared: set[str], vocab: frozenset[str]) -> int:
        """Cue words of ``vocab`` within WINDOW tokens of a word shared with the headline."""
        lo, hi = span
        hits = 0
        for i in range(lo, hi):
            if body.tokens[i] in vocab:
                for j in range(max(lo, i - WINDOW), min(hi, i + WINDOW + 1)):
                    if body.stems[j] in shared:
                        hits += 1
                        break
        return hits

    def _pair(self, head: _Text, hraw: str, body: _Text, bvec: dict[str, float], bnorm: float) -> list[float]:
        idf = self._idf
        hs = head.stem_set
        shared = hs & body.stem_set
        h_w = {s: idf(s) for s in hs}
        h_total = sum(h_w.values()) or 1.0
        # TF-IDF cosine over word stems (headline tf is almost always 1).
        dot = sum(h_w[s] * bvec[s] for s in shared)
        hnorm = math.sqrt(sum(w * w for w in h_w.values())) or 1.0
        cos_word = dot / (hnorm * bnorm) if bnorm else 0.0
        cov = len(shared) / len(hs) if hs else 0.0
        cov_idf = sum(h_w[s] for s in shared) / h_total
        lead_end = body.sents[min(LEAD_SENTENCES, len(body.sents)) - 1][1] if body.sents else 0
        lead = {s for s in body.stems[:lead_end] if s is not None}
        cov_lead = sum(h_w[s] for s in hs & lead) / h_total
        cov_bigram = len(head.bigrams & body.bigrams) / len(head.bigrams) if head.bigrams else 0.0
        # Score sentences by idf-weighted coverage of the headline.
        scored = []
        for k, (lo, hi) in enumerate(body.sents):
            ss = {s for s in body.stems[lo:hi] if s is not None}
            scored.append((sum(h_w[s] for s in hs & ss) / h_total, k))
        scored.sort(reverse=True)
        best = scored[0][0] if scored else 0.0
        top = scored[:TOP_SENTENCES]
        top_mean = sum(x for x, _ in top) / len(top) if top else 0.0
        # BM25 of the headline as a query against the body.
        dl = len(body.stem_set)
        bm25 = 0.0
        for s in shared:
            tf = bvec[s] / max(h_w[s], 1e-6)
            bm25 += h_w[s] * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * dl / self.avgdl))
        bm25 /= h_total
        cap_shared = len(head.caps & body.caps)
        cap_cov = cap_shared / len(head.caps) if head.caps else -1.0
        num_shared = len(head.nums & body.nums)
        num_cov = num_shared / len(head.nums) if head.nums else -1.0
        positions = [i for i, s in enumerate(body.stems) if s in shared]
        first_pos = positions[0] / len(body.stems) if positions else 1.0
        missing = [h_w[s] for s in hs - shared]
        feats = [
            cos_word,
            0.0,
            cov,
            cov_idf,
            cov_lead,
            cov_bigram,
            best,
            top_mean,
            bm25,
            cap_cov,
            cap_shared,
            num_cov,
            num_shared,
            first_pos,
            max(missing, default=0.0),
            len(head.tokens),
            math.log1p(len(body.tokens)),
            len(body.sents),
        ]
        # Stance: cue counts in the headline, body, lead and top sentences.
        top_tokens: list[str] = []
        for _, k in top:
            lo, hi = body.sents[k]
            top_tokens.extend(body.tokens[lo:hi])
        h_c = self._cue_counts(head.tokens)
        if "cues" not in body.memo:  # body-only counts: once per body, not once per pair
            body.memo["cues"] = (self._cue_counts(body.tokens), self._cue_counts(body.tokens[:lead_end]))
        b_c, l_c = body.memo["cues"]
        t_c = self._cue_counts(top_tokens)
        n_sents = max(len(body.sents), 1)
        for cls in self.cues.words:
            feats += [h_c[cls], b_c[cls] / n_sents, t_c[cls], l_c[cls]]
        neg, ref = self.cues.words["negation"], self.cues.words["refute"]
        whole = (0, len(body.tokens))
        neg_top = sum(self._near(body, body.sents[k], shared, neg) for _, k in top)
        ref_top = sum(self._near(body, body.sents[k], shared, ref) for _, k in top)
        feats += [
            neg_top,
            self._near(body, whole, shared, neg) / n_sents,
            ref_top,
            self._near(body, whole, shared, ref) / n_sents,
            float(any(q in hraw for q in "\"'\u201c\u2018")),
            float(":" in hraw),
            best * (t_c["refute"] + t_c["negation"]),
        ]
        hi_c = self._item_counts(head.tokens)
        ti_c = self._item_counts(top_tokens)
        feats += [hi_c.get(w, 0) for w in self._items]
        feats += [ti_c.get(w, 0) for w in self._items]
        return feats

    def _body(self, text: str) -> _Text:
        """A processed body with its tf-idf vector, from a small cache.

        Bodies repeat across pairs (and across the batches of one stream), so
        the per-body work is done once while the body stays in the cache.
        """
        cache = self._bodies
        p = cache.pop(text, None)
        if p is None:
            p = _process(text, sentences=True)
            tf: dict[str, float] = {}
            for s in p.stems:
                if s is not None:
                    tf[s] = tf.get(s, 0.0) + 1.0
            vec = {s: (1.0 + math.log(c)) * self._idf(s) for s, c in tf.items()}
            p.memo["vec"] = (vec, math.sqrt(sum(v * v for v in vec.values())))
            if len(cache) >= BODY_CACHE:
                del cache[next(iter(cache))]  # dicts keep insertion order: drop the oldest
        cache[text] = p
        return p

    def transform(self, headlines: list[str], bodies: list[str]) -> np.ndarray:
        """Feature matrix (one row a pair) for aligned ``headlines`` and ``bodies``."""
        uniq_b = list(dict.fromkeys(bodies))
        uniq_h = list(dict.fromkeys(headlines))
        bproc = {b: self._body(b) for b in uniq_b}
        hproc = {h: _process(h, sentences=False) for h in uniq_h}
        bvecs = {b: p.memo["vec"] for b, p in bproc.items()}
        rows = [self._pair(hproc[h], h, bproc[b], *bvecs[b]) for h, b in zip(headlines, bodies, strict=True)]
        X = np.asarray(rows, dtype=np.float32).reshape(len(rows), len(self.feature_names))
        if len(rows):
            X[:, 1] = self._char_cos(headlines, bodies, uniq_h, uniq_b)
        return X

    def _char_cos(self, headlines: list[str], bodies: list[str], uh: list[str], ub: list[str]) -> np.ndarray:
        """Cosine of idf-weighted character 4-gram vectors, per pair."""

        def vecs(texts: list[str]):
            m = self._char.transform(texts)
            m.data = np.log1p(m.data)
            m = m.multiply(self.idf_char[None, :]).tocsr()
            return normalize(m)

        H, B = vecs(uh), vecs(ub)
        hi = {t: i for i, t in enumerate(uh)}
        bi = {t: i for i, t in enumerate(ub)}
        rows_h = H[[hi[h] for h in headlines]]
        rows_b = B[[bi[b] for b in bodies]]
        return np.asarray(rows_h.multiply(rows_b).sum(axis=1)).ravel()
