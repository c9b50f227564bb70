"""Claims (pledges, commitments, threats, warnings, intents) from coded events.

A claim is an event whose trigger, or the verb that governs it ("commits to
*defend*", "vowed to *retaliate*"), is a claim verb from
``data/claims/lexicon.toml``, or a THREATEN event, or an event in future
polarity (intent). Conditional threats that the event coder may miss ("such
an attack would lead to the end of the regime") are found by phrase.
Only body sentences make claims: a headline restates (or garbles) the body,
and counting it again would double every pledge over time.
"""

from __future__ import annotations

from typing import Any

from ..records import QUAD_OF, Actor, Claim, Document, Event, Sentence, content_hash
from .features import MentionIndex, entity_span, sentence_span, token_country
from .lexicon import words

_SKIP_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "cc", "punct", "mark", "aux", "auxpass", "det", "poss", "advmod", "case"}
)
_SKIP_POS = frozenset({"DET", "PUNCT", "CCONJ", "SCONJ", "AUX", "PART"})
_KEEP_PRONOUNS = frozenset({"all", "none", "both"})
_CONFLICT = frozenset({"verbal_conflict", "material_conflict"})
_MAX_WORDS = 12


def _trigger_token(doc: Document, ev: Event) -> Any:
    if doc.spacy is None or ev.trigger is None:
        return None
    span = doc.spacy.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _claim_verb(tok: Any) -> tuple[str | None, Any]:
    """Claim kind from the trigger or a verb governing it, and that verb."""
    kind_of = words().claim_kind_of
    cur = tok
    for _ in range(3):
        k = kind_of.get(cur.lemma_.lower())
        if k:
            return k, cur
        # only complements: "commits to defend"; an adverbial clause ("if X
        # attacks", "when they met") is not what the claim verb promises
        if cur.dep_ not in ("xcomp", "ccomp") or cur.head is cur:
            break
        cur = cur.head
    return None, None


def claim_kind(ev: Event, tok: Any) -> str | None:
    """The kind of claim an event makes, or None when it is not a claim."""
    quad = QUAD_OF.get(ev.event_type)
    if ev.polarity == "negated":
        # "did not commit to X" is a (negated) claim; "reiterated that X would
        # not be tolerated" is not a pledge of X (conditional_threats sees it)
        kind = words().claim_kind_of.get(tok.lemma_.lower()) if tok is not None else None
        return kind if kind in ("pledge", "commitment") else None
    if tok is not None:
        kind, _ = _claim_verb(tok)
    else:
        trig = (ev.trigger.text if ev.trigger else "").lower().split()
        kind = words().claim_kind_of.get(trig[-1]) if trig else None
    if ev.event_type == "THREATEN":
        return "warning" if kind == "warning" else "threat"
    if (
        kind in ("pledge", "commitment", "intent")
        and quad in _CONFLICT
        and ev.event_type not in ("ACCUSE", "REJECT")
    ):
        return "threat"  # "vowed to strike back" is a threat, not a pledge
    if kind in ("pledge", "commitment", "warning", "threat"):
        return kind
    if ev.polarity == "future" or kind == "intent":
        return "intent"
    return None


def _content_predicate(tok: Any) -> Any:
    """ "commits to defend X": the promised act is the complement of the claim verb."""
    if words().claim_kind_of.get(tok.lemma_.lower()):
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                return c
    return tok


def subject_phrase(tok: Any, mentions: MentionIndex) -> str:
    """A short normalised phrase of what is promised or threatened:
    predicate lemma, object as country code, qualifiers, without determiners,
    possessives, subjects and coordinated clauses."""
    skip: set[int] = set()
    for c in tok.children:
        if c.dep_ in _SKIP_DEPS or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            skip.update(t.i for t in c.subtree)
    for t in tok.subtree:
        # "if X attacks", "when they met", "which ...": circumstances, not the promise
        if t.i != tok.i and t.i not in skip:
            if t.dep_ == "relcl" or (
                t.dep_ == "advcl" and any(g.dep_ == "mark" or g.tag_ == "WRB" for g in t.children)
            ):
                skip.update(x.i for x in t.subtree)
    out: list[str] = []
    done_mentions: set[int] = set()
    is_verb = tok.pos_ in ("VERB", "AUX")
    for t in tok.subtree:
        # left of a verb is its subject; left of a noun are its modifiers
        # ("nuclear threat"), which are kept
        if t.i in skip or (is_verb and t.i < tok.i) or (t.dep_ in ("poss", "det") and t.i != tok.i):
            continue
        m = mentions.at(t.idx)
        code = (
            m.country
            if m is not None and m.country
            else (token_country(t, mentions) if t.pos_ == "PROPN" else None)
        )
        if code:
            key = m.start if m is not None and m.start is not None else -t.i
            if key not in done_mentions and (not out or out[-1] != code):
                out.append(code)
            done_mentions.add(key)
            continue
        if t.text == "-" and out and not t.doc[t.i - 1].whitespace_:
            out[-1] += "-"
            continue
        if t.pos_ in _SKIP_POS or t.lower_ in ("of", "its", "their", "ones", "one") and t.i != tok.i:
            continue
        if t.pos_ == "PRON" and t.lower_ not in _KEEP_PRONOUNS:
            continue
        word = t.lemma_.lower() if t.i == tok.i else ("with" if t.lower_ == "using" else t.lower_)
        if out and out[-1].endswith("-"):
            out[-1] += word
        else:
            out.append(word)
        if len(out) >= _MAX_WORDS:
            break
    return " ".join(out)


def _claim_id(doc: Document, key: str) -> str:
    return content_hash(f"{doc.id}|{key}")[:16]


def claims_from_events(doc: Document, mentions: MentionIndex | None = None) -> list[Claim]:
    """Claims made by the coded events of the body."""
    mentions = mentions or MentionIndex(doc.mentions)
    body = {s.index for s in doc.sentences if s.section == "body"} if doc.sentences else None
    out: list[Claim] = []
    for ev in doc.events:
        if body is not None and ev.sentence_index not in body:
            continue
        tok = _trigger_token(doc, ev)
        kind = claim_kind(ev, tok)
        if kind is None or (ev.source is None and ev.target is None):
            continue  # a claim nobody makes to nobody cannot be tracked over time
        if tok is not None:
            subject = subject_phrase(_content_predicate(tok), mentions)
        else:
            trig = ev.trigger.text.lower() if ev.trigger else ev.event_type.lower()
            subject = " ".join(x for x in (trig, ev.target.country if ev.target else None) if x)
        out.append(
            Claim(
                claim_id=_claim_id(doc, ev.event_id),
                doc_id=doc.id,
                kind=kind,
                actor=ev.source,
                target=ev.target,
                subject=subject,
                date=ev.date or doc.published,
                evidence=ev.evidence,
                event_id=ev.event_id,
                polarity="negated"
                if ev.polarity == "negated"
                else ("future" if kind == "intent" else ev.polarity),
            )
        )
    return out


def _actor_at(tok: Any, mentions: MentionIndex) -> Actor | None:
    m = mentions.at(tok.idx)
    if m is not None:
        return m
    code = token_country(tok, mentions)
    if code is None:
        return None
    text = entity_span(tok).text if tok.ent_type_ else tok.text
    return Actor(text=text, name=text, country=code, start=tok.idx, end=tok.idx + len(tok.text))


def conditional_threats(doc: Document, mentions: MentionIndex | None = None) -> list[Claim]:
    """Threats stated as consequences ("... would lead to the end of X's regime")
    in body sentences that carry no THREATEN event."""
    if doc.spacy is None:
        return []
    mentions = mentions or MentionIndex(doc.mentions)
    pattern = words().conditional_threat
    # sentences whose THREATEN event already makes a claim (one with a party)
    threatened = {
        e.sentence_index
        for e in doc.events
        if e.event_type == "THREATEN" and (e.source is not None or e.target is not None)
    }
    by_sentence: dict[int, Event] = {}  # the first event of each sentence
    for e in doc.events:
        by_sentence.setdefault(e.sentence_index, e)
    out: list[Claim] = []
    for s in doc.sentences:
        if s.section != "body" or s.index in threatened:
            continue
        # the longest phrase is the most specific ("would lead to the end of"
        # over "would not be tolerated" in the same sentence)
        m = max(pattern.finditer(s.text), key=lambda x: len(x.group(0)), default=None)
        if m is None:
            continue
        claim = _conditional(doc, s, m, mentions, by_sentence.get(s.index))
        if claim is not None:
            out.append(claim)
    return out


# prepositions and verbs that introduce the attacked party in a condition
# ("an attack on the South", "an attack targeting allies")
_ATTACKED_PREPS = frozenset({"on", "against", "upon"})


def _threatened_party(span: Any, cut: int, mentions: MentionIndex, actor: Actor | None) -> Actor | None:
    """The party a conditional threat threatens; ``cut`` is the character
    offset where the threat phrase starts (the condition lies before it).

    In order: the object of the punishment after the phrase ("... lead to the
    end of the North Korean regime", "... met with force against Y"); the
    agent of the act ("an attack by North Korea"); an owner ("Kim's regime");
    else another country named, but never the attacked party of the
    condition ("an attack on the South"): that one is protected, not
    threatened.
    """

    def usable(cand: Actor | None) -> bool:
        return cand is not None and bool(cand.country) and (actor is None or cand.country != actor.country)

    def first_in(tokens: Any) -> Actor | None:
        for t in tokens:
            cand = _actor_at(t, mentions)
            if usable(cand):
                return cand
        return None

    punishment = words().punishment_nouns
    for tok in span:
        if tok.idx < cut or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if (prep.lower_ == "of" and prep.head.lemma_.lower() in punishment) or prep.lower_ == "against":
            found = first_in(tok.subtree)
            if found is not None:
                return found
    for tok in span:
        if (tok.dep_ == "pobj" and tok.head.lower_ == "by") or tok.dep_ == "poss":
            cand = _actor_at(tok, mentions)
            if usable(cand):
                return cand
    for tok in span:
        if tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "NORP"):
            continue
        if tok.idx < cut and _attacked_in_condition(tok):
            continue
        cand = _actor_at(tok, mentions)
        if usable(cand):
            return cand
    return None


def _attacked_in_condition(tok: Any) -> bool:
    """True for a party the condition names as attacked ("on the South",
    "targeting U.S. allies")."""
    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ in _ATTACKED_PREPS:
            return True
        if anc.pos_ == "VERB" and anc.lemma_.lower() == "target":
            return True
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def _conditional(
    doc: Document, s: Sentence, m: Any, mentions: MentionIndex, ev: Event | None
) -> Claim | None:
    span = sentence_span(doc, s)
    if span is None:
        return None
    actor: Actor | None = None
    target: Actor | None = None
    root = span.root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            actor = _actor_at(c, mentions)
    target = _threatened_party(span, span.start_char + m.start(), mentions, actor)
    if actor is None and ev is not None:
        actor = ev.source
    start_tok = span.char_span(m.start(), m.end(), alignment_mode="expand")
    tail = []
    if start_tok is not None and len(start_tok):
        head = start_tok.root if start_tok.root.pos_ in ("VERB", "AUX") else start_tok[0].head
        tail = [subject_phrase(head, mentions)]
    subject = " ".join(x for x in tail if x) or " ".join(m.group(0).lower().split())
    return Claim(
        claim_id=_claim_id(doc, f"cond|{s.index}|{m.start()}"),
        doc_id=doc.id,
        kind="threat",
        actor=actor,
        target=target,
        subject=subject,
        date=(ev.date if ev is not None and ev.date else doc.published),
        evidence=s.text,
        # the sentence's own event (e.g. "reiterated") is not this threat
        event_id=None,
        polarity="hypothetical",
    )
