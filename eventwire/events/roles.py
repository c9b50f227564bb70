"""Verbs (and nouns) with a role swallow the event of their complement.

"agreed to cooperate", "urged X to release", "refused to meet", "threatened
to impose sanctions", "Iran's refusal to talk", and "X said Y must ...":
the main word gives the type, the complement refines it, and the combined
CAMEO code comes from ``data/events/combine.toml``. Resolved bottom-up so
that chains ("agreed to undertake joint exercises") combine step by step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lexicon import Entry, Lexicon, cameo_to_plover
from .polarity import is_negated
from .triggers import (
    ALLEGATION_NOUNS,
    IMPOSING_NOUNS,
    STOPPABLE,
    Candidate,
    Token,
    ended_by_noun,
    is_passive,
    lemma,
    match_noun,
    told_to_come,
)

_ROLES = ("intent", "ask", "refuse", "threat", "obligation", "prepare")
# Deciding verbs: what they decide on sanctions is done, not threatened.
_DECIDING = frozenset(("agree", "decide", "approve", "vote"))
# Nouns of military exercises ("war games", "manoeuvres"), shared with the coder.
DRILL_NOUNS = frozenset(("exercise", "drill", "game", "wargame", "maneuver", "manoeuvre", "maneuvers", "manoeuvres"))
# What one side gives the other: forsworn or refused, it is rejected (the
# "refuse" table of combine.toml); censured, it is an accusation (the coder).
GIVING_TYPES = frozenset(("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"))


def _negated_here(pred: Token, lex: Lexicon) -> bool:
    """The complement itself carries the negation ("to never yield", "not to attack")."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lex.grammar.negators) for c in pred.children)


# what a party may forswear doing: "vowed never to give up the claim", "will not back down"
_YIELDING = frozenset((
    "give", "abandon", "renounce", "relinquish", "surrender", "yield", "cede", "concede", "recognize", "recognise", "accept", "back", "bow",
    "capitulate", "compromise", "bargain", "negotiate", "denuclearize", "denuclearise", "disarm",
))


def _forswears_yielding(verb: Token, lex: Lexicon) -> bool:
    """The verb's open clause, negated, yields something: "vowed never to give
    up"; or its that-clause: "vowed that the North would never bargain over
    its nuclear status"."""
    return any(c.dep_ in ("xcomp", "ccomp") and lemma(c) in _YIELDING and _negated_here(c, lex) for c in verb.children)


# "X said Y must do Z": a REQUEST from X to Y, refined by Z (combine.toml "ask").
_OBLIGATION = Entry("must", "verb", None, frozenset(), "100", "REQUEST", None, None, 0.8, "obligation")
# "X should know that ... will become the target of our strike": a warning
_FOREWARNED = Entry("should know", "verb", None, frozenset(), "130", "THREATEN", None, None, 0.75, "obligation")
# what one "should expect" when warned
_COMEUPPANCE = frozenset(("consequence", "response", "retaliation", "price", "punishment", "reprisal", "countermeasure", "sanction", "penalty"))
_KNOWING = frozenset(("know", "understand", "realize", "realise", "remember", "bear", "keep"))
# a state's own word that it will do something, to nobody in particular
_VOWING = frozenset(("vow", "pledge", "promise", "swear", "resolve"))
_ASPECT = {"resume", "continue", "start", "begin", "keep", "try", "attempt", "seek", "move"}
# verbs whose gerund is an act brought to an end ("stopped bombing Rafah")
_STOPPING = frozenset(("stop", "halt", "cease", "end", "quit", "suspend"))
# Verbs whose object event is what a role verb is about ("urged Pyongyang to
# stop its missile launches", "called on states to enforce sanctions"); not
# "agreed to postpone the demonstration", whose demonstration is put off.
_CARRYING = _ASPECT | (_STOPPING - {"quit"}) | {"implement", "enforce"}


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


# negthreat verbs whose complement is the act threatened ("not hesitate to use nuclear weapons")
_THREATENING_WHEN_NEGATED = frozenset(("hesitate",))
# Demand verbs that also just assert what their that-clause says
_ASSERTING = frozenset(("insist",))


_CONSEQUENCES = frozenset(("harm", "hurt", "damage", "undermine", "destabilize", "destabilise", "worsen", "backfire", "fail",
                           "lead", "cause", "jeopardize", "jeopardise", "endanger", "complicate", "derail", "isolate"))


# What a consequence that threatens force brings: "would lead to war"
_FORCE_RESULTS = frozenset(("war", "confrontation", "conflict", "clash", "retaliation", "countermeasure", "escalation", "response"))
_CALAMITIES = frozenset(("famine", "hunger", "starvation", "catastrophe", "disaster", "epidemic", "outbreak", "disease", "cholera",
                         "shortage", "shortages", "inflation", "recession", "drought", "crisis", "malnutrition", "poverty"))


def _warns_of_a_fact(verb: Token, lex: Lexicon) -> bool:
    """ "warned that X are posing as job seekers": the that-clause states how
    things are (no future, no modal, no readiness), so nobody is threatened."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # (the parser may hang the that-clause on the object: "warned companies [that X are ...]")
    clauses += [r for o in verb.children if o.dep_ in ("dobj", "obj") for r in o.children
                if r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
    if not clauses:
        return False
    for cl in clauses:
        if lemma(cl) in _CONSEQUENCES and not any(lemma(t) in _FORCE_RESULTS for t in cl.subtree):
            continue  # "warned that a blockade would harm all countries": a consequence foretold, no threat
        # (but "... would lead to a direct military confrontation" threatens force)
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and lemma(c) in _CALAMITIES for c in cl.children):
            continue  # "warned that famine could return", "... could trigger a financial crisis": a forecast, nobody threatened
        aux = {a.lower_ for a in cl.children if a.dep_ in ("aux", "auxpass")}
        if aux & {"will", "would", "could", "may", "might", "shall", "'ll", "wo", "ca", "can", "must", "should"} or cl.tag_ == "MD":
            return False
        if any(lemma(t) in ("ready", "prepared", "poised", "determined", "going") for t in cl.subtree):
            return False
        if any(a.dep_ == "neg" for a in cl.children):
            return False  # "warned that it would not tolerate": kept by the negthreat reading
    return True


def _verdict_passive(verb: Token) -> bool:
    """ "cannot be tolerated": a passive that judges an act; with "will" or
    "would" ("would not be tolerated") it still warns."""
    return is_passive(verb) and not told_to_come(verb)


def _subjunctive(verb: Token) -> bool:
    """ "that Tokyo apologize", "that Seoul should stop", "that they be
    withdrawn": the bare or "should" form a demand puts its content in."""
    aux = [a.lower_ for a in verb.children if a.dep_ in ("aux", "auxpass")]
    # (the small model often tags "that the government approve" VBP)
    # (and VBD: "that the IAEA condemn Israel's strikes", a bare form no past tense has)
    # (and in the passive: "that they be withdrawn", "that the troops should be sent home")
    return (
        (verb.tag_ in ("VB", "VBP") and not aux)
        or (verb.tag_ == "VBD" and not aux and verb.lower_ == verb.lemma_.lower() and not verb.lower_.endswith("ed"))
        or aux == ["should"]
        or (verb.tag_ == "VBN" and aux in (["be"], ["should", "be"]))
    )


# what a state threatens to do itself ("warned of sanctions", "... of retaliation")
_OWN_MEASURES = frozenset(("sanction", "response", "retaliation", "countermeasure", "reprisal", "measure", "consequence", "embargo", "tariff", "expulsion", "action"))


def _complements(verb: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """Candidates that fill the open complement of a role verb (or of a role
    noun: "Iran's refusal to talk")."""
    v = verb.head
    if verb.entry.role == "obligation":
        # "must stop" and what it governs: "must stop its missile launches"
        return [c for c in cands if c is not verb and (c.pred.i == v.i or (c.via == "noun" and c.head.dep_ in ("dobj", "obj") and c.head.head.i == v.i))]
    slots: set[int] = set()
    for c in v.children:
        if c.dep_ == "xcomp" or (c.dep_ in ("ccomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            slots.add(c.i)
        elif c.dep_ in ("dobj", "obj"):
            slots.add(c.i)
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and all(t.dep_ == "prt" for t in v.doc[v.i + 1 : c.i]) and not any(a.dep_ in ("mark", "nsubj") for a in c.children):
            slots.add(c.i)  # "ruled out sending troops": a gerund right after the verb, parsed as an adverbial
        elif c.dep_ == "ccomp" and verb.entry.role == "ask" and _subjunctive(c):
            slots.add(c.i)  # "demanded that Tokyo apologize": the act asked for
        elif c.dep_ == "prep" and lemma(c) in ("for", "to", "on"):
            slots.update(p.i for p in c.children if p.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "prep" and lemma(c) == "of" and verb.entry.role == "threat":
            # "warned of snapback sanctions": the speaker's own measure threatened (not a
            # danger warned of: "warned of a possible attack on the embassy")
            slots.update(p.i for p in c.children if p.dep_ == "pobj" and lemma(p) in _OWN_MEASURES)
    # a second clause joined to the first: "demanding that the M23 halt its
    # offensive and that Rwandan forces withdraw", "urged Beijing to cease ... and to engage in dialogue"
    for i in list(slots) if verb.entry.role == "ask" else []:
        tok = v.doc[i]
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("xcomp", "ccomp"):
            slots.update(c.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (_subjunctive(c) or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))
    # look through aspect verbs: "prepared to resume shelling", "agreed to start talks",
    # and verbs that end an act: "called on Israel to stop bombing Rafah"
    for i in list(slots):
        tok = v.doc[i]
        if tok.pos_ in ("VERB", "AUX") and lemma(tok) in _ASPECT:
            slots.update(c.i for c in tok.children if c.dep_ == "xcomp")
        elif tok.pos_ in ("VERB", "AUX") and lemma(tok) in _STOPPING:
            slots.update(c.i for c in tok.children if _ended_gerund(c))
    out = []
    for c in cands:
        if c is verb:
            continue
        if c.pred.i in slots and c.pred.i != v.i:
            out.append(c)
        elif c.via == "light" and c.pred.i == v.i:
            out.append(c)
        elif c.via in ("noun", "occurrence") and (c.head.i in slots or (c.head.dep_ in ("dobj", "obj") and c.head.head.i in slots and c.head.head.i != v.i and lemma(c.head.head) in _CARRYING)):
            out.append(c)  # (or the object of the verb that fills it: "urged Pyongyang to stop its missile launches")
        elif c.via == "noun" and c.head.dep_ == "pobj" and c.head.head.lower_ == "of" and c.head.head.head.i in slots and lemma(c.head.head.head) in IMPOSING_NOUNS:
            out.append(c)  # "demanded the lifting of sanctions", "called for the imposition of sanctions"
        elif c.via == "noun" and c.head.dep_ == "pobj" and c.head.head.head.i in slots and ended_by_noun(c.head):
            out.append(c)  # "agreed to a moratorium on strikes", "called for a halt to the attacks"
    return out


# verbs that say again what a party stands by
_RESTATING = frozenset(("reaffirm", "reiterate", "restate", "renew"))


def combine(role: str, comp: Coded, lex: Lexicon) -> tuple[str, str | None] | None:
    """CAMEO code of role verb + complement, or None when the complement is kept."""
    table: dict[str, Any] = lex.combine.get("ask" if role == "obligation" else role, {})
    if comp.type in table.get("KEEP", []):
        return None
    refine: dict[str, Any] = lex.combine.get("refine", {})  # "role.TYPE.mode" -> CAMEO code
    code = refine.get(f"{role}.{comp.type}.{comp.mode}") or refine.get(f"{role}.{comp.type}.{comp.context}")
    return (code or table.get(comp.type) or table["default"]), comp.context


def _ended_gerund(pred: Token) -> bool:
    """ "Israel stopped bombing Rafah", "agreed to stop fighting": the act ends."""
    return pred.tag_ == "VBG" and pred.dep_ in ("xcomp", "ccomp", "dobj", "advcl") and pred.head.pos_ in ("VERB", "AUX") and lemma(pred.head) in _STOPPING


def _from_entry(c: Candidate) -> Coded:
    e = c.entry
    # (or the object of a verb that ends it: "agreed to halt strikes on Ukrainian energy facilities")
    ended = (ended_by_noun(c.head) or (c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _STOPPING)) if c.via == "noun" else c.via == "verb" and _ended_gerund(c.pred)
    if e.type in STOPPABLE and ended:
        if e.type == "SANCTION":
            return Coded(c, "085", "RETREAT", "ease", "economic", c.weight, c.pred)
        return Coded(c, "087", "RETREAT", "disarm", "military", c.weight, c.pred)
    return Coded(c, e.cameo, e.type, e.mode, e.context, c.weight, c.pred)


def _asks_only_by_order(c: Candidate, role: str | None) -> bool:
    """A verb that asks only when it gives somebody an order ("told Manila to stop
    ...", not "told reporters that ..."): an "ask" row too weak to be an event alone."""
    return role == "ask" and c.entry.weight < 0.1


def _to_clauses(verb: Token) -> list[Token]:
    """The infinitive clauses of ``verb``: "told Manila [to stop ...]"."""
    return [x for x in verb.children if x.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]


def _told_to_do(verb: Token) -> bool:
    """ "told Manila to stop ...": an object and an infinitive for it to do."""
    return any(o.dep_ in ("dobj", "obj") for o in verb.children) and bool(_to_clauses(verb))


def _hoped_of_another(verb: Token) -> bool:
    """ "hoped the two sides would settle their differences", "hopes China will
    play a constructive role": a clause whose own subject (no pronoun of the
    speaker's) is to do something (will, would, can)."""
    for cl in verb.children:
        if cl.dep_ != "ccomp":
            continue
        subj = [s for s in cl.children if s.dep_ in ("nsubj", "nsubjpass")]
        modal = any(a.dep_ == "aux" and a.lower_ in ("will", "would", "can", "could", "'ll") for a in cl.children)
        if modal and subj and all(s.lower_ not in ("it", "we", "i", "they", "he", "she", "this", "that") for s in subj):
            return True
    return False


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
        if c.via == "verb" and c.entry.lemma == "hope" and not _hoped_of_another(c.head):
            dropped.add(id(c))  # "hoped to sign a treaty": an intent of one's own (see polarity)
            continue
        role = c.entry.role if c.via == "verb" else lex.grammar.noun_roles.get(c.entry.lemma)
        if role == "negthreat" and c.entry.lemma in _THREATENING_WHEN_NEGATED:
            role = "threat"  # "would not hesitate to strike": the threat takes the act's code
        if role not in _ROLES:
            continue
        comps = [x for x in _complements(c, cands) if id(x) not in dropped]
        if _asks_only_by_order(c, role):
            # only what an order to somebody says to do ('"We regret ...," the spokesperson told a briefing'
            # asks nothing; "told Japan to stop its drills or face retaliation": the threat is one of its own)
            ordered = {t.i for ch in _to_clauses(c.head) for t in ch.subtree}
            comps = [x for x in comps if x.entry.role != "judge" and x.pred.i in ordered]
        if not comps:
            clauses = {ch.i for ch in c.head.children if ch.dep_ == "ccomp"}
            unanswered = next(
                (x for x in cands if x.pred.i in clauses and x.entry.role == "negthreat" and x.entry.type == "THREATEN" and is_negated(x.pred, lex.grammar)), None
            )
            if role == "intent" and any(x.pred.i in clauses and x.entry.role == "judge" and x.entry.type == "THREATEN" for x in cands):
                dropped.add(id(c))  # "vowed that Israel would face a bitter fate": the threat is the statement
            elif role in ("intent", "threat") and unanswered is not None and (cw := cameo_to_plover(unanswered.entry.cameo)) is not None:
                # "vowed that the strikes would not go unanswered": the vow is the threat
                # (and "warned that the move will not go unanswered" the warning)
                me = coded[id(c)]
                me.cameo, me.type, me.mode = unanswered.entry.cameo, cw.plover, cw.mode
                dropped.add(id(unanswered))
            elif role == "intent" and c.via == "verb" and _forswears_yielding(c.head, lex):
                # "vowed never to give up its claim": forswearing a concession is a refusal
                me = coded[id(c)]
                me.cameo, me.type, me.mode, me.context = "120", "REJECT", None, None
            elif role == "intent" and clauses:
                # "agreed that ...": a statement; its content is coded on its own
                coded[id(c)].weight *= 0.5
            elif c.entry.lemma in _ASSERTING and any(ch.dep_ == "ccomp" for ch in c.head.children):
                dropped.add(id(c))  # "insisted that it had done nothing wrong": a claim, no demand
            elif c.entry.lemma == "warn" and _warns_of_a_fact(c.head, lex):
                dropped.add(id(c))  # "warned companies that North Korean operatives are posing as ...": advice, no threat
            elif c.via == "verb" and _asks_only_by_order(c, role):
                # "telling Manila to stop stirring up trouble": a verb that asks only with an
                # order to somebody asks, whatever is asked ("told reporters that ..." asks nothing)
                if _told_to_do(c.head):
                    coded[id(c)].weight = 0.6
                else:
                    dropped.add(id(c))
            continue
        best = max(comps, key=lambda x: coded[id(x)].weight)
        comp = coded[id(best)]
        if role == "intent" and best.pred.i != c.pred.i and _negated_here(best.pred, lex):
            # "vowed never to yield", "pledged not to attack": forswearing a
            # concession is a refusal, forswearing force a promise of restraint
            combo = combine("refuse", comp, lex) if comp.type in GIVING_TYPES else ("030", None)
        elif role == "intent" and c.entry.lemma in _DECIDING and comp.type == "SANCTION":
            combo = None
        elif role == "intent" and c.entry.lemma in _DECIDING and comp.type == "MOBILIZE" and lemma(best.head) in DRILL_NOUNS:
            combo = ("031", "military")  # "the two sides agreed to hold an exercise": military cooperation agreed
        elif role == "ask" and comp.type == "MOBILIZE" and comp.mode == "troops" and c.entry.lemma == "call" and c.via == "verb" and not any(
            ch.dep_ in ("dobj", "obj") for ch in c.head.children
        ) and lemma(best.head) in ("expand", "strengthen", "bolster", "build"):
            # "called for exponentially expanding the country's nuclear arsenal": a leader's call for
            # his own build-up, asked of nobody, is the build-up to come
            combo = None
        elif role == "intent" and comp.type == "MOBILIZE" and comp.mode == "troops" and c.entry.lemma in _VOWING:
            # "vowed to further strengthen its nuclear forces": one state's own build-up,
            # promised to nobody, is the build-up to come (not "agreed to strengthen
            # their combined defense posture", a pledge between allies)
            combo = None
        elif role == "intent" and c.entry.lemma in _RESTATING and comp.type == "SUPPORT" and best.via == "light":
            # "reaffirmed its ironclad commitment to South Korea", "reiterated its support":
            # support restated is the support, not a promise of it
            combo = None
        else:
            combo = combine(role, comp, lex)
        if combo is None:
            # keep the complement ("vowed to protest"; "the EU agreed to extend
            # sanctions": a body's decision on sanctions is the sanction)
            dropped.add(id(c))
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
        if c.entry.role == "negthreat" and (not is_negated(c.pred, lex.grammar) or (c.via == "verb" and _verdict_passive(c.pred))):
            continue  # ("... and cannot be tolerated," Hayashi said: a verdict on an act, nobody threatened)
        if c.entry.role == "negreject" and k.complement is None:
            if is_negated(c.pred, lex.grammar) and _wont_let_do(c):
                # "would not allow Iran to obtain a nuclear weapon": a warning, as "will not tolerate"
                k.type, k.cameo, k.mode, k.context, k.weight = "THREATEN", "130", None, None, max(k.weight, 0.75)
            elif is_negated(c.pred, lex.grammar):
                # "will not accept refugees" is a rejection, not a negated acceptance
                k.type, k.cameo, k.mode, k.context, k.weight = "REJECT", "120", None, None, max(k.weight, 0.75)
            elif k.weight <= 0:
                continue
        out.append(k)
    return out


# who may be barred from doing something: a party, not a thing ("European money to prolong a war")
_AGENT_NOUNS = frozenset((
    "terrorist", "militant", "group", "movement", "anyone", "anybody", "enemy", "force", "gang", "rebel",
    "militia", "regime", "country", "state", "nation", "army", "adversary", "aggressor", "power",
))
_WILL = frozenset(("will", "would", "shall", "wo", "'ll"))


def _wont_let_do(c: Candidate) -> bool:
    """ "will not allow Iran to obtain a nuclear weapon", "would not permit the
    Houthis to threaten shipping": a future refusal to let a party act warns
    it (a refusal so far, "has not allowed U.N. staff to return", rejects)."""
    if c.via != "verb" or lemma(c.pred) not in ("allow", "permit") or not any(a.dep_ == "aux" and a.lower_ in _WILL for a in c.pred.children):
        return False
    doers = [s for x in c.pred.children if x.dep_ in ("ccomp", "xcomp") for s in x.children if s.dep_ == "nsubj"]
    doers += [o for o in c.pred.children if o.dep_ in ("dobj", "obj")]
    return any(d.pos_ == "PROPN" or d.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or lemma(d) in _AGENT_NOUNS for d in doers)


_STATE_VERBS = frozenset(("be", "remain", "stay", "become", "continue"))


# "Iran said Israel was behind the attack": who the speaker holds responsible
_ATTRIBUTED = Entry("be behind", "verb", None, frozenset(), "112", "ACCUSE", "allege", None, 0.75, "judge")
_HOSTILE = frozenset(("ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"))
# "the Kremlin charged that NATO was preparing an attack" (not "charged him with murder")
_CHARGED_THAT = Entry("charge", "verb", None, frozenset(), "112", "ACCUSE", "allege", None, 0.8, None)


def _charged_with(copula: Token, lex: Lexicon) -> Token | None:
    """ "X was behind the attack", "X is responsible for the bombing": the
    word that holds X responsible ("behind", "responsible"), when the act
    named is a hostile one (not "behind the plan", "responsible for security")."""
    holds = [c for c in copula.children if c.dep_ == "prep" and c.lower_ == "behind"]
    holds += [
        c for a in copula.children if a.dep_ == "acomp" and a.lower_ in ("responsible", "culpable") for c in a.children if c.dep_ == "prep" and c.lower_ == "for"
    ]
    for prep in holds:
        acts = [x for p in prep.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)]
        if any((e := match_noun(x, lex)) is not None and e.type in _HOSTILE for x in acts):
            return prep if prep.lower_ == "behind" else prep.head
    return None


# "Seoul said the launch was a clear violation of UN resolutions": the speaker judges the act
_JUDGED = Entry("be judged", "verb", None, frozenset(), "111", "ACCUSE", "disapprove", None, 0.75, "judge")
_VERDICT_NOUNS = frozenset(("violation", "provocation", "breach", "crime", "aggression", "outrage", "affront", "insult", "atrocity", "infringement",
                            "threat", "menace", "obstacle", "hindrance"))
# what a party is called when it is judged ("Russia remains the threat", "Lai is a troublemaker")
_PARTY_VERDICTS = frozenset(("threat", "danger", "menace", "troublemaker", "aggressor", "warmonger", "provocateur", "liar", "criminal", "terrorist",
                             "puppet", "dictator", "gangster", "separatist", "traitor", "saboteur", "spoiler", "enemy", "foe", "adversary"))
# ... or a state called hostile: "The Republic of Korea is the most hostile state"
_HOSTILE_STATE = frozenset(("hostile", "rogue", "enemy", "belligerent"))
# what a party is blamed for when called responsible for it
_HARMS = frozenset(("tension", "tensions", "attack", "death", "killing", "crisis", "escalation", "provocation", "violence", "bombing", "war", "conflict",
                    "instability", "incident", "destruction", "suffering", "collapse", "breakdown"))
# "a declaration of war", "a rehearsal for an invasion": an act judged as the start of a fight
_PRELUDES = frozenset(("declaration", "rehearsal", "prelude", "preparation", "dress"))
_WAR_WORDS = frozenset(("war", "confrontation", "invasion", "aggression", "attack", "hostility", "hostilities", "strike"))
_VERDICT_ADJECTIVES = frozenset(("outrageous", "reckless", "unacceptable", "illegal", "deplorable", "despicable", "grave", "serious", "flagrant",
                                 "blatant", "provocative", "hostile", "irresponsible", "unlawful", "criminal", "barbaric", "cowardly", "heinous",
                                 "unjustified", "unjustifiable", "unwarranted", "unprovoked", "inexcusable", "unfriendly", "regrettable",
                                 "dangerous", "destabilizing", "destabilising", "aggressive"))
# '"The accusations are absurd," the minister said': a charge called false is rejected
_REBUTTED = Entry("be baseless", "verb", None, frozenset(), "120", "REJECT", None, None, 0.75, "judge")
_FALSE_WORDS = frozenset(("absurd", "baseless", "groundless", "false", "ridiculous", "unfounded", "fabricated", "nonsense", "lie", "fabrication",
                          "slander", "fiction", "preposterous", "untrue"))
_CHARGE_NOUNS = ALLEGATION_NOUNS | {"report", "suggestion"}


def _rebutted_claim(copula: Token) -> Token | None:
    """ "the accusations are absurd", "the charges were a fabrication": the word
    that calls a charge false (none for "any such claim would be ...")."""
    subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subj is None or lemma(subj) not in _CHARGE_NOUNS or any(a.dep_ == "aux" for a in copula.children):
        return None
    return next((c for c in copula.children if c.dep_ in ("attr", "acomp") and (lemma(c) in _FALSE_WORDS or c.lower_ in _FALSE_WORDS)), None)


# what an act is called when it is judged: "an act of terrorism"
_VILE_ACTS = frozenset(("terrorism", "terror", "piracy", "aggression", "war", "sabotage", "provocation", "banditry", "vandalism", "barbarism", "hostility"))


def _of_objects(noun: Token) -> list[Token]:
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _judged_act(copula: Token, lex: Lexicon) -> Token | None:
    """ "the launch was an outrageous act", "... was a clear violation of ...":
    with an act as subject, the verdict that is its predicate."""
    subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # "Russia remains the most significant and direct threat to the allies' security, NATO said": a party as the threat
    # ("said Lai Ching-te was a troublemaker": a party called names)
    threat = next((
        c for c in copula.children
        if c.dep_ == "attr" and (
            lemma(c) in _PARTY_VERDICTS
            or (lemma(c) in ("state", "country", "nation", "regime") and any(a.dep_ == "amod" and a.lower_ in _HOSTILE_STATE for a in c.children))
        )
    ), None)
    if threat is not None and (subj.pos_ == "PROPN" or (subj.text[:1].isupper() and subj.i > subj.sent.start)):  # (a name tagged as a noun: "ECOWAS")
        return threat
    # '"North Korea is responsible for rising tensions," the ministry said': a party blamed for a harm
    blamed = next((c for c in copula.children if c.dep_ == "acomp" and c.lower_ == "responsible"), None)
    if blamed is not None and subj.pos_ == "PROPN" and not any(a.dep_ == "aux" for a in copula.children) and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and lemma(o) in _HARMS for o in p.children) for p in blamed.children
    ):
        return blamed
    # ('"This is a clear provocation," a JCS spokesman told reporters': the act the story told)
    if match_noun(subj, lex) is None and lemma(subj) not in ("launch", "move", "decision", "act", "action", "test", "deployment", "this", "it") and lemma(subj) not in _VERDICT_NOUNS:
        return None
    if any(d.dep_ == "det" and d.lower_ in ("any", "every", "no", "such") for d in subj.children) or any(a.dep_ == "aux" for a in copula.children):
        return None  # "any nuclear attack ... is unacceptable", "would be a violation": no act in particular
    for attr in (c for c in copula.children if c.dep_ in ("attr", "acomp")):
        if lemma(attr) in _VERDICT_NOUNS or attr.lower_ in _VERDICT_ADJECTIVES:
            return attr
        if lemma(attr) in ("act", "action", "move", "step") and any(a.dep_ == "amod" and a.lower_ in _VERDICT_ADJECTIVES for a in attr.children):
            return attr
        if lemma(attr) in ("act", "action") and any(lemma(o) in _VILE_ACTS for o in _of_objects(attr)):
            return attr  # "an act of terrorism", "an act of piracy"
        if lemma(attr) in _PRELUDES and any(
            p.dep_ == "prep" and any(o.dep_ == "pobj" and lemma(o) in _WAR_WORDS for o in p.children) for p in attr.children
        ):
            return attr  # "the drills were an open declaration of confrontation", "a rehearsal for invasion"
    return None


_COMMITTED = Entry("be committed", "verb", None, frozenset(), "0334", "AGREE", None, "military", 0.7, None)
_GUARDING = frozenset(("defense", "defence", "security", "protection"))


def _committed_to_defend(copula: Token) -> Token | None:
    """ "remained committed to the defense of South Korea": the noun of the
    defence pledged, when it names whose ("of X")."""
    return next(
        (
            o for a in copula.children if a.dep_ == "acomp" and a.lower_ == "committed"
            for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj" and lemma(o) in _GUARDING and _of_objects(o)
        ),
        None,
    )


_CONCERNED = Entry("be concerned", "verb", None, frozenset(), "110", "ACCUSE", "disapprove", None, 0.7, None)
_WORRIED = frozenset(("concerned", "alarmed", "worried", "troubled", "dismayed", "appalled", "outraged", "disturbed"))


def _worried_about(copula: Token) -> Token | None:
    """ "was seriously concerned about X", "is alarmed by X": the adjective, when it has
    such an object (not "concerned citizens", nor "as far as X is concerned")."""
    for a in copula.children:
        # ("deeply concerned by the fighting": the parser may make "by" an agent)
        if a.dep_ == "acomp" and a.lower_ in _WORRIED and any(p.dep_ in ("prep", "agent") and p.lower_ in ("about", "over", "by", "at") for p in a.children):
            return a
    return None


# '"There will be a reciprocal response," the spokeswoman said': a threat of what answers the act just told
_FORETOLD = Entry("be answered", "verb", None, frozenset(), "130", "THREATEN", None, None, 0.75, "judge")
_RESPONSE_NOUNS = frozenset(("response", "retaliation", "consequence", "countermeasure", "reprisal", "reaction", "punishment"))


def _response_foretold(copula: Token) -> bool:
    """ "there will be a response", "there would be consequences"."""
    return (
        any(c.dep_ == "expl" and c.lower_ == "there" for c in copula.children)
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in copula.children)
        and any(c.dep_ == "attr" and lemma(c) in _RESPONSE_NOUNS for c in copula.children)
    )


# "said the NIS had fabricated the case": the speaker charges the subject with a falsehood
_FALSIFIED = Entry("be false", "verb", None, frozenset(), "112", "ACCUSE", "allege", None, 0.75, "judge")
_MISDEEDS = frozenset(("fabricate", "exaggerate", "overstate", "falsify", "distort", "doctor", "manipulate", "inflate",
                       # "said the two diplomats had conspired with agents of imperialism"
                       "conspire", "collude", "meddle",
                       # '"Russia is using these tankers to dodge sanctions," the minister said'
                       "dodge", "evade", "circumvent", "skirt"))


# "said Thai forces fired first": who started the fighting, blamed by the other side
_BLAMED_FIRST = Entry("struck first", "verb", None, frozenset(), "112", "ACCUSE", "allege", None, 0.75, "judge")
_FIRST_STRIKES = frozenset(("fire", "shoot", "attack", "strike", "start", "open", "provoke", "begin"))


_STARTING = frozenset(("start", "provoke", "begin", "initiate", "trigger", "instigate", "spark"))
_FIGHTS = frozenset(("clash", "fighting", "fight", "hostility", "war", "skirmish", "confrontation", "firefight", "shooting", "exchange", "incident"))


def _struck_first(tok: Token) -> bool:
    # (not "said it fired first": owning up)
    # (and "said Thai soldiers had started the clash by advancing": who began it, blamed)
    began = lemma(tok) in _STARTING and any(o.dep_ in ("dobj", "obj") and lemma(o) in _FIGHTS for o in tok.children)
    return (
        (began or (lemma(tok) in _FIRST_STRIKES and any(a.dep_ == "advmod" and a.lower_ == "first" for a in tok.children)))
        and not any(a.dep_ == "nsubj" and a.tag_ == "PRP" for a in tok.children)
    )


def _in_breach(tok: Token) -> bool:
    """ "said Thai troops had moved armoured vehicles to the border, in breach of the deal": an act told as a violation."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            p.dep_ == "pobj" and lemma(p) in ("breach", "violation", "contravention", "defiance")
            # (not a hedged one: "are likely receiving parts, in potential violation of an embargo")
            and not any(a.lower_ in ("potential", "possible", "likely", "probable") for a in p.children)
            for p in c.children
        )
        for c in tok.children
    )


def charge_candidates(span: Any, lex: Lexicon) -> list[Candidate]:
    """Statements that hold somebody responsible for an attack ("Iran said
    Israel was behind the attack") or charge that they did something ("the
    Kremlin charged that NATO was preparing an attack")."""
    out = []
    saying = lex.grammar.reporting_verbs | lex.grammar.alleging_verbs | {"charge"}
    for tok in span:
        first = False
        if lemma(tok) == "charge" and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children):
            out.append(Candidate(_CHARGED_THAT, tok, tok, [tok], "verb"))
        elif (lemma(tok) in _MISDEEDS or (first := _struck_first(tok)) or _in_breach(tok)) and tok.pos_ == "VERB" and not any(c.dep_ == "neg" for c in tok.children):
            # "said the NIS had fabricated the case", "said the North appeared to have exaggerated ..."
            top = tok.head if tok.dep_ == "xcomp" and lemma(tok.head) in ("appear", "seem") else tok
            if tok.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) and tok.head.dep_ == "ccomp":
                top = tok.head  # "said Russia was using the tankers to dodge sanctions": what it uses them for
            # (or hung on the time phrase between: "said the same day that Thai soldiers had started the clash")
            told = top.dep_ == "ccomp" or (top.dep_ == "relcl" and top.head.dep_ == "npadvmod" and any(m.lower_ == "that" for m in top.children))
            speaker_verb = top.head if top.dep_ == "ccomp" else top.head.head
            if told and lemma(speaker_verb) in saying and any(c.dep_ == "nsubj" for c in top.children):
                out.append(Candidate(_BLAMED_FIRST if first else _FALSIFIED, top, top, [top] + ([tok] if top is not tok else []), "verb"))
        elif lemma(tok) == "be" and (worry := _worried_about(tok)) is not None:
            # "Japan said it was seriously concerned about Russia's arms transfer": a concern voiced
            out.append(Candidate(_CONCERNED, worry, tok, [tok, worry], "light"))

        elif lemma(tok) in ("be", "remain", "stay") and (guard := _committed_to_defend(tok)) is not None:
            # "the United States remained committed to the defense of South Korea and Japan": a defence commitment stated
            out.append(Candidate(_COMMITTED, guard, tok, [tok, guard], "light"))
        elif lemma(tok) == "be" and _response_foretold(tok) and (
            (tok.dep_ == "ccomp" and lemma(tok.head) in saying) or (tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and lemma(tok.head.head) in saying)
        ):  # (also the second of two clauses said: "These expulsions are unfriendly, and there will be a response")
            out.append(Candidate(_FORETOLD, tok, tok, [tok, *(c for c in tok.children if c.dep_ == "attr")], "verb"))
        elif lemma(tok) in ("be", "remain", "become") and tok.dep_ == "ccomp" and lemma(tok.head) in saying and any(c.dep_ == "nsubj" for c in tok.children):
            held = _charged_with(tok, lex)
            if held is not None:
                out.append(Candidate(_ATTRIBUTED, tok, tok, [tok, held], "verb"))
            elif (false := _rebutted_claim(tok)) is not None:
                out.append(Candidate(_REBUTTED, tok, tok, [tok, false], "verb"))
            elif (verdict := _judged_act(tok, lex)) is not None:
                out.append(Candidate(_JUDGED, tok, tok, [tok, verdict], "verb"))
    return out


# "Protesters gathered outside the U.S. embassy", "Demonstrators burned American flags": what a crowd does in the street
_CROWD_ACT = Entry("gather", "verb", None, frozenset(), "141", "PROTEST", "demo", None, 0.7, None)
_STREET_ACTS = frozenset(("gather", "assemble", "converge", "burn", "chant", "throng", "occupy", "wave", "hold", "carry", "camp", "shout"))


def crowd_candidates(span: Any, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """Street acts of protesters that are no trigger words of their own."""
    taken = {c.pred.i for c in cands} | {c.head.i for c in cands}
    out = []
    for tok in span:
        if tok.pos_ == "VERB" and tok.i not in taken and lemma(tok) in _STREET_ACTS and any(
            c.dep_ == "nsubj" and lemma(c) in lex.grammar.protester_nouns for c in tok.children
        ):
            out.append(Candidate(_CROWD_ACT, tok, tok, [tok], "verb"))
    return out


def obligation_candidates(span: Any, lex: Lexicon) -> list[Candidate]:
    """Clauses with "must/should" inside somebody's statement ("Britain
    reiterated that Libya must hand over the suspects")."""
    out = []
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "conj"):
            continue
        aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in lex.grammar.obligation_aux]
        if not aux and any(c.dep_ == "advmod" and c.lower_ == "better" for c in tok.children):
            aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d")]  # "had better stop"
        # only inside a statement: "X agreed that disputes should be resolved" is an agreement
        # (the second of two things said: "said that Moscow remained open ... but that Ukraine must withdraw")
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        said = clause.dep_ == "ccomp" and (lemma(clause.head) in lex.grammar.reporting_verbs or lemma(clause.head) in ("reiterate", "warn", "stress", "conclude"))
        if lemma(tok) in _STATE_VERBS and any(c.dep_ in ("attr", "acomp", "oprd") for c in tok.children):
            continue  # "Latin America must remain a zone of peace": a view of how things should be, no demand
        if aux and said and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            warning = lemma(tok) in _KNOWING and any(c.dep_ == "ccomp" for c in tok.children)
            # ("Any bank that moves money for Pyongyang should expect the same consequences")
            warning = warning or (lemma(tok) == "expect" and any(c.dep_ in ("dobj", "obj") and lemma(c) in _COMEUPPANCE for c in tok.children))
            out.append(Candidate(_FOREWARNED if warning else _OBLIGATION, tok, tok, [aux[0], tok], "verb"))
    return out
