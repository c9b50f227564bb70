"""Code the events of one sentence.

Steps (each documented where it happens):

1. :func:`~eventwire.events.triggers.find_candidates` finds verb, light-verb
   and noun triggers;
2. verbs with a role ("agreed to", "urged X to", "refused to", "threatened
   to") swallow the event of their complement and take the combined CAMEO
   code from ``combine.toml`` (type from the main verb, the complement
   refines it: "agreed to cooperate militarily" -> AGREE/military);
   ``negthreat`` verbs only count when negated ("will not tolerate"),
   ``judge`` verbs become an ACCUSE by the speaker of their clause;
3. the arguments of each remaining trigger give sources and targets; one
   event per source party (DESIGN.md convention); parties acting together
   with no named target each get the other as target;
4. polarity, confidence, context and a stable id are attached.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ..records import Actor, Event, Sentence, Span
from .arguments import MentionIndex, actors_of_all, arguments, subject_tokens
from .lexicon import Entry, Lexicon, cameo_to_plover
from .polarity import is_negated, polarity
from .triggers import Candidate, Token, find_candidates, lemma

CODER = "events.v1"
_ROLES = ("intent", "ask", "refuse", "threat", "obligation", "prepare")
# Events weaker than this are not emitted at all (stray nouns in background).
MIN_EMIT = 0.3
# "X said Y must do Z": a REQUEST from X to Y, refined by Z (combine.toml "ask").
_OBLIGATION = Entry("must", "verb", None, frozenset(), "100", "REQUEST", None, None, 0.8, "obligation")
# Types recoded as a stated intention when future (MOBILIZE is not: "will
# hold drills" is no threat).
_INTENT_TYPES = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ASSAULT", "COERCE", "SANCTION", "PROTEST"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "pobj", "csubj", "parataxis"}
_MAX_PAIRS = 6


@dataclass
class Coded:
    """A trigger after role combination: what it codes and why."""

    cand: Candidate
    cameo: str
    type: str
    mode: str | None
    context: str | None
    weight: float
    pred: Token  # predicate for polarity and arguments
    complement: Candidate | None = None
    extra_intent: bool = False  # a future event recoded as intent (AGREE/THREATEN)


def _complements(verb: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """Candidates that fill the open complement of a role verb (or of a role
    noun: "Iran's refusal to talk")."""
    v = verb.head
    if verb.entry.role == "obligation":
        return [c for c in cands if c is not verb and c.pred.i == v.i]
    slots: set[int] = set()
    for c in v.children:
        if c.dep_ == "xcomp" or (c.dep_ in ("ccomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            slots.add(c.i)
        elif c.dep_ in ("dobj", "obj"):
            slots.add(c.i)
        elif c.dep_ == "prep" and lemma(c) in ("for", "to", "on"):
            slots.update(p.i for p in c.children if p.dep_ in ("pobj", "pcomp"))
    # look through aspect verbs: "prepared to resume shelling", "agreed to start talks"
    for i in list(slots):
        tok = v.doc[i]
        if tok.pos_ in ("VERB", "AUX") and lemma(tok) in _ASPECT:
            slots.update(c.i for c in tok.children if c.dep_ == "xcomp")
    out = []
    for c in cands:
        if c is verb:
            continue
        if c.pred.i in slots and c.pred.i != v.i:
            out.append(c)
        elif c.via == "light" and c.pred.i == v.i:
            out.append(c)
        elif c.via in ("noun", "occurrence") and c.head.i in slots:
            out.append(c)
    return out


def _combine(role: str, comp: Coded, lex: Lexicon) -> tuple[str, str | None] | None:
    """CAMEO code of role verb + complement, or None when the complement is kept."""
    table: dict[str, Any] = lex.combine.get("ask" if role == "obligation" else role, {})
    if comp.type in table.get("KEEP", []):
        return None
    refine = lex.combine.get("refine", {})
    code = refine.get(f"{role}.{comp.type}.{comp.mode}") or refine.get(f"{role}.{comp.type}.{comp.context}")
    return (code or table.get(comp.type) or table["default"]), comp.context


def _from_entry(c: Candidate) -> Coded:
    e = c.entry
    return Coded(c, e.cameo, e.type, e.mode, e.context, c.weight, c.pred)


def resolve_roles(cands: list[Candidate], lex: Lexicon) -> list[Coded]:
    """Apply role combination bottom-up (deepest complements first)."""
    coded: dict[int, Coded] = {id(c): _from_entry(c) for c in cands}
    dropped: set[int] = set()

    def depth(c: Candidate) -> int:
        n, t = 0, c.head
        while t.head.i != t.i and n < 50:
            t, n = t.head, n + 1
        return n

    for c in sorted(cands, key=depth, reverse=True):
        role = c.entry.role if c.via == "verb" else lex.grammar.noun_roles.get(c.entry.lemma)
        if role not in _ROLES:
            continue
        comps = [x for x in _complements(c, cands) if id(x) not in dropped]
        if not comps:
            if role == "intent" and any(ch.dep_ == "ccomp" for ch in c.head.children):
                # "agreed that ...": a statement; its content is coded on its own
                coded[id(c)].weight *= 0.5
            continue
        best = max(comps, key=lambda x: coded[id(x)].weight)
        comp = coded[id(best)]
        combo = _combine(role, comp, lex)
        if combo is None:
            dropped.add(id(c))  # keep the complement ("vowed to protest")
            continue
        code, ctx = combo
        cw = cameo_to_plover(code)
        if cw is None:
            continue
        me = coded[id(c)]
        me.cameo, me.type, me.mode = code, cw.plover, cw.mode
        me.context = cw.context.split(";")[0] if cw.context and cw.context != "diplomatic" else (ctx or (cw.context or None))
        me.weight = max(me.weight, min(1.0, (me.weight + comp.weight) / 2 + 0.1))
        me.complement = best
        for x in comps:
            dropped.add(id(x))
    out = []
    for c in cands:
        if id(c) in dropped:
            continue
        k = coded[id(c)]
        if c.entry.role == "negthreat" and not is_negated(c.pred, lex.grammar):
            continue
        if c.entry.role == "negreject" and k.complement is None:
            if is_negated(c.pred, lex.grammar):
                # "will not accept refugees" is a rejection, not a negated acceptance
                k.type, k.cameo, k.mode, k.context, k.weight = "REJECT", "120", None, None, max(k.weight, 0.75)
            elif k.weight <= 0:
                continue
        out.append(k)
    return out


def obligation_candidates(span: Any, lex: Lexicon) -> list[Candidate]:
    """Clauses with "must/should" inside somebody's statement ("Britain
    reiterated that Libya must hand over the suspects")."""
    out = []
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "conj"):
            continue
        aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in lex.grammar.obligation_aux]
        # only inside a statement: "X agreed that disputes should be resolved" is an agreement
        said = lemma(tok.head) in lex.grammar.reporting_verbs or lemma(tok.head) in ("reiterate", "warn", "stress", "conclude")
        if aux and said and tok.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            out.append(Candidate(_OBLIGATION, tok, tok, [aux[0], tok], "verb"))
    return out


def _intent_of_future(k: Coded, pol: str, lex: Lexicon) -> None:
    """PLOVER codes a stated intention as AGREE (cooperation) or THREATEN
    (conflict): "will provide aid" is AGREE, "will impose a curfew" is
    THREATEN. Applied to future events and to "would/could" ones that are
    not conditions."""
    if pol not in ("future", "hypothetical") or k.complement is not None or k.type not in _INTENT_TYPES:
        return
    if pol == "hypothetical" and any(c.dep_ == "mark" for c in k.pred.children):
        return
    if pol == "hypothetical":
        # "would (be ready to) host" states an intention; "may impose" is speculation
        chain, node = [k.pred], k.pred
        while node.dep_ in ("xcomp", "acomp", "conj", "dobj") and node.head.i != node.i:
            node = node.head
            chain.append(node)
        if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for t in chain for c in t.children):
            return
    node = k.pred
    while node.dep_ in ("xcomp", "conj", "acomp") and node.head.i != node.i:
        node = node.head
        if lemma(node) in lex.grammar.imminent_words:
            return
    if any(c.dep_ == "aux" and lemma(c) == "have" for c in k.pred.children):
        return  # "would have tightened": a counterfactual, no intention
    comp = Coded(k.cand, k.cameo, k.type, k.mode, _context(k, lex), k.weight, k.pred)
    # "will withdraw unless X ...": an intention with an "unless" is a threat
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children) for c in k.pred.children)
    combo = _combine("threat" if conditional else "intent", comp, lex)
    if combo is None:
        return
    cw = cameo_to_plover(combo[0])
    if cw is None:
        return
    k.cameo, k.type, k.mode = combo[0], cw.plover, cw.mode
    k.context = k.context or (cw.context.split(";")[0] if cw.context else None)
    k.extra_intent = True


_HARM = {"kill", "injure", "wound", "hurt", "die"}
# verbs that only set the phase of the event they govern
_ASPECT = {"resume", "continue", "start", "begin", "keep", "try", "attempt", "seek", "move"}
_PROTEST_VERBS = {"march", "rally", "demonstrate", "protest", "picket", "gather", "strike", "riot", "assemble", "chant", "parade"}
_CLASH = {"clash", "fight", "battle", "riot", "skirmish", "confront", "scuffle", "confrontation"}
_HIT = {"target", "hit", "strike", "destroy", "kill", "slam", "damage", "wound", "injure", "sink", "down"}


def _non_agent(k: Coded, span: Any, lex: Lexicon, doc_cues: DocCues) -> bool:
    """Deaths caused by accidents and disasters are no ASSAULT, and fires
    "threatening towns" no THREATEN: the subject is no actor, or nobody did
    the harm and the sentence names an accident."""
    if k.type not in ("ASSAULT", "THREATEN") or k.cand.via != "verb":
        return False
    non = lex.grammar.non_agents
    if doc_cues.attack or any(lemma(t) in lex.grammar.attack_cues for t in span):
        return False
    head = k.cand.head
    subj = subject_tokens(k.pred)
    for s in subj:
        if lemma(s) in non or any(lemma(c) in non for c in s.children if c.dep_ == "compound"):
            return True
    # "two others (were) injured": a bare participle of harm has its victim as subject
    reduced = head.tag_ == "VBN" and not any(c.dep_ == "aux" and lemma(c) == "have" for c in head.children)
    if (not subj or reduced) and lemma(head) in _HARM:
        lemmas = {lemma(t) for t in span}
        return doc_cues.accident or bool(lemmas & non) or "explode" in lemmas
    return False


@dataclass
class DocCues:
    """Document-wide hints for the accident filter: a later sentence ("Four
    people were injured") belongs to the accident the lead describes."""

    accident: bool = False
    attack: bool = False


def doc_cues(sdoc: Any, lex: Lexicon) -> DocCues:
    lemmas = {lemma(t) for t in sdoc}
    return DocCues(
        accident=bool(lemmas & lex.grammar.non_agents) or "explode" in lemmas,
        attack=bool(lemmas & lex.grammar.attack_cues),
    )


def _recode(k: Coded, srcs_toks: list[Token], tgts: list[Actor], lex: Lexicon) -> None:
    """Two recodings that depend on the arguments:
    * verbal acts of protesters ("protesters demanded reforms") are PROTEST,
      their fights with police riots;
    * a missile launched at somebody is an attack, not a show of force."""
    protesters = lex.grammar.protester_nouns
    marching = k.pred.dep_ == "advcl" and lemma(k.pred.head) in _PROTEST_VERBS
    if marching and k.type in ("REQUEST", "ACCUSE", "REJECT"):
        # "thousands marched demanding ...": the demand is how they protest
        k.type, k.cameo, k.mode, k.context = "PROTEST", "141", "demo", None
    elif any(lemma(s) in protesters for s in srcs_toks):
        if k.type in ("REQUEST", "ACCUSE", "REJECT", "CONCEDE", "THREATEN"):
            k.type, k.cameo, k.mode, k.context = "PROTEST", "141", "demo", None
        elif k.type == "ASSAULT":
            # violence by protesters is a riot
            k.type, k.cameo, k.mode, k.context = "PROTEST", "145", "riot", None
    elif k.type == "ASSAULT" and lemma(k.cand.head) in _CLASH and any(lemma(t) in protesters for t in k.cand.head.subtree):
        # "clashes between police and demonstrators"
        k.type, k.cameo, k.mode, k.context = "PROTEST", "145", "riot", None
    if k.type == "MOBILIZE" and k.mode == "weapons":
        # "into the sea" is not aimed at anybody; "at/against X" is
        pred = k.pred
        aimed = any(c.dep_ == "prep" and lemma(c) in ("at", "against") for c in pred.children)
        # "launched missiles targeting X", "launched missiles and destroyed X",
        # "the missile fired by X hit Y"
        near = list(pred.children) + [c for o in pred.children for c in o.children]
        aimed = aimed or any(c.dep_ in ("acl", "advcl", "conj", "xcomp") and lemma(c) in _HIT for c in near)
        aimed = aimed or (pred.dep_ == "acl" and pred.head.dep_ in ("nsubj", "nsubjpass") and lemma(pred.head.head) in _HIT)
        if any(t.country for t in tgts) or aimed:
            k.type, k.cameo, k.mode, k.context = "ASSAULT", "195", "heavy-weapons", "military"


def _clause_factor(pred: Token, lex: Lexicon) -> float:
    """Main-clause events outrank embedded ones when picking the primary
    event; clauses under a reporting verb count as main."""
    n, t = 0, pred
    while t.head.i != t.i:
        if t.dep_ in _CLAUSE_DEPS and not (t.dep_ == "ccomp" and lemma(t.head) in lex.grammar.reporting_verbs):
            n += 1
        t = t.head
    return max(0.55, 0.8**n)


_SCAN_TYPES = {"THREATEN", "ASSAULT", "MOBILIZE", "AGREE", "REQUEST"}


def _context(k: Coded, lex: Lexicon) -> str | None:
    """The entry's context, else one from the words of the trigger phrase
    (for threats, attacks and pledges, the whole clause: "threatened to use
    nuclear weapons" is cbrn); cbrn wins over other hints."""
    words = lex.grammar.context_words
    generic = k.context in (None, "diplomatic")
    toks = [c for tok in k.cand.tokens for c in [tok, *tok.children]]
    # one level further through objects: "received military aid"
    toks += [g for c in list(toks) if c.dep_ in ("dobj", "obj", "pobj", "nsubjpass") for g in c.children]
    if k.type in _SCAN_TYPES:
        toks = list(k.pred.subtree)[:60]
    found = [words[lemma(t)] for t in toks if lemma(t) in words]
    if "cbrn" in found:
        return "cbrn"
    if generic and found:
        return found[0]
    return k.context


def event_id(doc_id: str, sentence_index: int, trigger_start: int, type_: str, src: Actor | None, tgt: Actor | None) -> str:
    """Stable id: the same text coded by the same rules gives the same id."""
    key = "|".join([doc_id, str(sentence_index), str(trigger_start), type_, src.name if src else "", tgt.name if tgt else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _same_party(s: Actor | None, t: Actor | None) -> bool:
    """A party is not its own target; "each other" resolves to every party,
    so a reciprocal target of the source's own country is dropped."""
    if s is None or t is None:
        return False
    return s.name == t.name or bool(t.resolved_from and s.country and s.country == t.country)


def _pairs(srcs: list[Actor], tgts: list[Actor], symmetric: bool) -> list[tuple[Actor | None, Actor | None]]:
    if symmetric and len(srcs) > 1 and not tgts:
        pairs = [(s, o) for s in srcs for o in srcs if o is not s]
    else:
        pairs = [(s, t) for s in (srcs or [None]) for t in (tgts or [None]) if not _same_party(s, t)]
    return pairs[:_MAX_PAIRS] or [(srcs[0] if srcs else None, None)]


def code_sentence(doc_id: str, sent: Sentence, span: Any, index: MentionIndex, lex: Lexicon, cues: DocCues | None = None) -> list[Event]:
    """All events one sentence states (see the module docstring)."""
    cues = cues or DocCues()
    cands = find_candidates(span, lex) + obligation_candidates(span, lex)
    if not cands:
        return []
    event_nouns = frozenset(c.head.i for c in cands if c.via != "verb")
    events: list[Event] = []
    for k in resolve_roles(cands, lex):
        c = k.cand
        if _non_agent(k, span, lex, cues):
            continue
        if c.entry.role in ("judge", "obligation"):
            # a negative judgement counts only as somebody's statement
            speaker = subject_tokens(c.pred.head) if c.pred.dep_ in ("ccomp", "conj") else []
            if not speaker:
                continue
            srcs = actors_of_all(speaker, index)
            tgts = actors_of_all(subject_tokens(c.pred), index, event_nouns)
            symmetric = False
            if not srcs:
                continue
        else:
            srcs, tgts, symmetric = arguments(c, index, event_nouns)
            if k.complement is not None and not tgts:
                _, tgts, _ = arguments(k.complement, index, event_nouns)
                tgts = [t for t in tgts if all(t.name != s.name for s in srcs)]
        if c.entry.role not in ("judge", "obligation"):
            _recode(k, subject_tokens(k.pred) if c.via in ("verb", "light") else [], tgts, lex)
        # a bare event noun shares the status of the verb it hangs off:
        # "an embargo would not work", "failed to adopt sanctions"
        pol_tok = k.pred.head if c.via == "noun" and k.pred.dep_ in ("nsubj", "nsubjpass", "dobj") else k.pred
        pol = polarity(pol_tok, lex.grammar, negation_is_meaning=c.entry.role in ("negthreat", "negreject"))
        if c.via == "light" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.head.children):
            pol = "negated"  # "carried out no air strikes"
        if c.entry.role == "obligation":
            pol = "asserted"  # the demand is stated, whatever the modal says
        _intent_of_future(k, pol, lex)
        toks = sorted(set(c.tokens) | (set(k.complement.tokens) if k.complement else set()), key=lambda t: t.i)
        toks = [t for t in toks if t.i >= span.start and t.i < span.end]
        start = toks[0].idx
        end = toks[-1].idx + len(toks[-1].text)
        text = span.doc.text[start:end]
        conf = k.weight * _clause_factor(k.pred, lex) * (0.85 + 0.1 * bool(srcs) + 0.05 * bool(tgts))
        if (
            k.pred.dep_ in ("acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.pred.children)
            and k.pred.head.i not in event_nouns
            and lemma(k.pred.head) not in ("attempt", "bid")
            and not (k.pred.head.dep_ == "ROOT" and k.pred.head.pos_ in ("PROPN", "NOUN"))  # headline "X to do Y"
        ):
            conf *= 0.4  # "a place to visit", "efforts to deal with": no event happens
        if pol == "negated":
            conf *= 0.5
        if conf < MIN_EMIT:
            continue
        if k.type == "PROTEST" and c.entry.lemma in ("protest", "boycott") and any(s.kind == "country" or s.sector == "GOV" for s in srcs):
            # a government that protests lodges a complaint; it does not demonstrate
            k.type, k.cameo, k.mode, k.context = "ACCUSE", "114", "allege", "diplomatic"
        ctx = _context(k, lex)
        if k.type == "CONSULT" and len({a.country or a.name for a in srcs + tgts}) >= 3:
            k.mode = "multilateral"
        for src, tgt in _pairs(srcs, tgts, symmetric):
            events.append(
                Event(
                    event_id=event_id(doc_id, sent.index, start, k.type, src, tgt),
                    doc_id=doc_id,
                    sentence_index=sent.index,
                    evidence=sent.text,
                    event_type=k.type,
                    mode=k.mode,
                    context=ctx,
                    cameo_code=k.cameo,
                    source=src,
                    target=tgt,
                    confidence=round(min(1.0, max(0.0, conf)), 3),
                    trigger=Span(start, end, text),
                    polarity=pol,
                    section=sent.section,
                    coder=CODER,
                    extra={"via": c.via, "lemma": c.entry.lemma, **({"complement": k.complement.entry.lemma} if k.complement else {}), **({"intent_of": c.entry.type} if k.extra_intent else {})},
                )
            )
    return events
