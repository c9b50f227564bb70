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
4. polarity, confidence, context and a stable id are attached;
5. :func:`~eventwire.events.passes.settle` keeps one event per act and
   shares targets between joined acts.

What is told as background rather than as an act (tallies, habits, history,
stalled talks) is decided by :mod:`eventwire.events.background`; the other
readings of a trigger that are no act (a verdict's noun, a purpose, a
posting, a chant) by :mod:`eventwire.events.skips`; the parties an act's
own words do not name (whoever did the act a judgement names, the provoker
a response answers) by :mod:`eventwire.events.parties`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..actors.unknown import CRAFT_NOUNS
from ..nlp import inside_quote, sentence_of, verb_above
from ..records import Actor, Event, Sentence, Span
from .arguments import (
    REGION_CODES,
    REWRITING,
    TALK_SPANS,
    MentionIndex,
    a_city,
    actors_of_all,
    arguments,
    attack_place_source,
    clause_targets,
    flat_subject,
    headline_sides,
    line_crossed,
    nearby_targets,
    noun_sources,
    pobjs,
    quote_speaker,
    root_token,
    speaker_of,
    subject_tokens,
    venue_talks,
)
from .background import (
    crowd,
)
from .filters import SEA_BORDERS, DocCues, at_sea_off, bearing_only, recode
from .lexicon import Lexicon, cameo_to_plover
from .parties import (
    ANSWERING_TYPES,
    ANSWERING_VERBS,
    ANY_TYPE,
    ATTACK_NOUNS,
    CLAIM_NOUNS,
    HOLDING_TYPES,
    STATE_SECTORS,
    accusers,
    attackers_of,
    condition_subjects,
    implied_targets,
    last_act,
    own_last_target,
    participle_above,
    recent,
    referred_agents,
)
from .passes import WORDS_AT, event_id, settle
from .polarity import MAYBE, PLANNED, polarity
from .roles import (
    DRILL_NOUNS,
    GIVING_TYPES,
    Coded,
    charge_candidates,
    combine,
    crowd_candidates,
    obligation_candidates,
    resolve_roles,
)
from .skips import (
    HEDGING,
    INSTRUMENT_NOUNS,
    JUDGING_TYPES,
    MISSILES,
    PROPOSAL_NOUNS,
    PURPOSE_DEPS,
    SENDING,
    SentenceView,
    disavowed,
    evidence_holder,
    first_conjunct,
    referring_back,
    told_as_no_act,
)
from .triggers import (
    CARRIERS,
    ENDING_VERBS,
    STOPPABLE,
    Candidate,
    Token,
    conditional,
    find_candidates,
    flat_candidates,
    headline_candidates,
    hyphenated,
    is_passive,
    lemma,
    reduced_passive,
    told_to_come,
    unclosed,
)

CODER = "events.v1"
# Events weaker than this are not emitted at all (stray nouns in background).
MIN_EMIT = 0.3
# Types recoded as a stated intention when future (MOBILIZE is not: "will
# hold drills" is no threat).
_INTENT_TYPES = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ASSAULT", "COERCE", "SANCTION", "PROTEST"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "pobj", "csubj", "parataxis"}
_ARG_DEPS = {"dobj", "obj", "pobj", "nsubj", "nsubjpass"}
_MAX_PAIRS = 8  # four parties acting toward two (or two toward four)
# Types that say nothing without a party: talk ("discussed", "decided", "a
# meeting"), and cooperation or help between nobody named ("the office
# coordinated an operation"): no event when neither a source nor a target is found.
_NEEDS_A_PARTY = frozenset(("CONSULT", "AGREE", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "COOPERATE", "AID"))


def _intent_of_future(k: Coded, pol: str, lex: Lexicon) -> None:
    """PLOVER codes a stated intention as AGREE (cooperation) or THREATEN
    (conflict): "will provide aid" is AGREE, "will impose a curfew" is
    THREATEN. Applied to future events and to "would/could" ones that are
    not conditions."""
    if pol not in ("future", "hypothetical") or k.complement is not None or k.type not in _INTENT_TYPES:
        return
    if pol == "hypothetical" and any(c.dep_ == "mark" and c.lower_ != "that" for c in k.pred.children):
        return  # ("if North Korea attacks": a condition; "warned that the military would punish" states the intent)
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
    combo = combine("threat" if conditional else "intent", comp, lex)
    if combo is None:
        return
    cw = cameo_to_plover(combo[0])
    if cw is None:
        return
    k.cameo, k.type, k.mode = combo[0], cw.plover, cw.mode
    k.context = k.context or (cw.context.split(";")[0] if cw.context else None)
    k.extra_intent = True


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
    # (not a light verb's own lemma: "traded accusations" is no trade)
    found = [words[lemma(t)] for t in toks if lemma(t) in words and not (t is k.pred and k.cand.via == "light")]
    if "cbrn" in found:
        return "cbrn"
    if generic and found:
        return found[0]
    return k.context


# verbs of command over one's own forces ("ordered", "instructed the army to ...")
_ORDERING = frozenset(("order", "instruct", "direct", "command"))
# what a government does with a protest it makes to another
_LODGING = frozenset(("lodge", "file", "register", "send", "deliver", "hand", "submit", "convey", "issue"))
# what an order to one's own forces may tell them short of readying them: "to manage the situation calmly"
_CALMING = frozenset(("manage", "handle", "prevent", "avoid", "refrain", "exercise", "ensure", "minimize", "minimise", "calm", "restrain", "de-escalate", "deescalate", "control", "stabilize", "stabilise"))


def _answering(c: Candidate) -> bool:
    """An act ordered as an answer to whatever may come ("to respond decisively to any
    further attacks"), not as a strike now."""
    return lemma(c.pred) in ANSWERING_VERBS or any(d.lower_ in ("any", "further") for t in c.pred.subtree for d in t.children if d.dep_ in ("det", "amod"))


def _time_clause(verb: Token) -> bool:
    """The act only sets the time of another: "As the two leaders met, North Korea fired ..."."""
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "while") for m in verb.children)


def _pluperfect(verb: Token) -> bool:
    """ "Pyongyang had warned against the drills", "said its forces had carried out a strike"."""
    return verb.pos_ in ("VERB", "AUX") and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "had" for a in verb.children)


def _told_to_leave(pred: Token) -> bool:
    """The order's clause sends its object away: "ordered the force to leave the country"."""
    return any(c.dep_ in ("xcomp", "ccomp") and lemma(c) in ("leave", "depart", "quit", "exit", "vacate") for c in pred.children)


def _calming_order(pred: Token) -> bool:
    """The order's clause tells the forces to keep calm rather than to ready themselves."""
    return any(c.dep_ in ("xcomp", "ccomp") and lemma(c) in _CALMING for c in pred.children)


_TOGETHER_TYPES = frozenset(("AGREE", "COOPERATE", "CONSULT", "SUPPORT"))


def _named_in(doc: Any, actor: Actor, preps: tuple[str, ...]) -> bool:
    """The actor is named inside a phrase of one of ``preps`` ("against ...")."""
    tok = root_token(doc, actor)
    for _ in range(4):
        if tok is None or tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            return True
        tok = tok.head
    return False


# acts done to people, whose "of" names who suffered them ("the arrest of Kenyan fishermen"),
# and what of theirs is at stake ("the release of Japanese nationals")
_HARM_NOUNS = frozenset(("arrest", "detention", "detainment", "killing", "murder", "harassment", "abduction", "kidnapping", "execution", "jailing",
                         "imprisonment", "mistreatment", "persecution", "deportation", "expulsion", "torture", "death", "sentencing", "treatment"))
_FREEING_NOUNS = frozenset(("release", "return", "repatriation", "freeing", "freedom", "safety", "rights", "welfare"))
# acts that object to or ask about another's act
_OBJECTING_TYPES = frozenset(("ACCUSE", "REJECT", "REQUEST", "PROTEST"))


def _suffered_in(doc: Any, actor: Actor) -> str:
    """The act the actor is named as suffering, by its noun ("the detention of 24 citizens": "detention"), or ""."""
    tok = root_token(doc, actor)
    while tok is not None and tok.dep_ in ("compound", "amod", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return lemma(tok.head.head) if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" else ""


_EDGES = frozenset(("border", "frontier", "boundary", "borderland", "front", "frontline", "coast", "flank", "vicinity", "outskirts"))


def _helped(pred: Token, index: MentionIndex, own: set[str]) -> list[Actor]:
    """The state forces are sent to help ("sent troops to help Russia fight Ukraine")."""
    helps = [ch for ch in pred.children if ch.dep_ in ("advcl", "xcomp") and lemma(ch) == "help"]
    # (whom it helps, or the subject of what it helps do: "help [Russia fight] Ukraine")
    helped = [x for h in helps for x in h.children if x.dep_ in ("dobj", "obj")]
    helped += [x for h in helps for c in h.children if c.dep_ in ("ccomp", "xcomp") for x in c.children if x.dep_ == "nsubj"]
    # (or its forces: "to help Russian forces push back a Ukrainian incursion")
    return [a for a in actors_of_all(helped, index) if a.country and a.country not in own and (a.kind == "country" or a.sector in ("MIL", "GOV"))]


def _states_in(pred: Token, preps: set[str], index: MentionIndex) -> list[Actor]:
    """States named in ``preps`` phrases of the predicate's own clause, also
    those hung on another phrase ("jailed for 15 years in Russia", "detained
    in the Chinese city of Hefei")."""
    objs = [
        t for t in pred.subtree
        if t.dep_ == "pobj" and t.head.lower_ in preps
        and not any(a.pos_ in ("VERB", "AUX") for a in t.ancestors if a.i != pred.i and pred.left_edge.i <= a.i <= pred.right_edge.i)
    ]
    return [a for p in objs for t in p.subtree for a in index.on(t) if a.kind == "country" and a.country]


def _sent_to_an_edge(pred: Token) -> bool:
    """Sent "to the Colombian border", "to the front", "toward the border": to an edge, not into a state."""
    objs = [o for c in pred.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]
    return any(
        lemma(p) in _EDGES for h in (pred, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards", "near")
        for p in c.children if p.dep_ == "pobj"
    )


def _sent_to_a_state(pred: Token, tgts: list[Actor], own: set[str]) -> bool:
    """Forces (not ships or aircraft) sent "to" a state other than one's own
    (a country named in the to-phrase of the verb or of its object: "troops
    and engineers to Russia"), not to a region ("to the Caribbean")."""
    from ..actors import get_lexicon

    objs = [o for c in pred.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]
    if objs and all(lemma(o) in CRAFT_NOUNS for o in objs):
        return False
    # (not "to the Belarusian border": a state's border is where forces mass, no recipient)
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text))
             for h in (pred, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
             if p.dep_ == "pobj" and lemma(p) not in _EDGES]
    regions = get_lexicon().international
    return any(t.kind == "country" and t.country not in own and t.country not in regions and t.start is not None and any(a <= t.start < b for a, b in spans)
               for t in tgts if t.country)


def _will_not(pred: Token, lex: Lexicon) -> bool:
    """ "will not hold talks", "would never sit down": a negated future or would."""
    aux = {a.lower_ for a in pred.children if a.dep_ == "aux"}
    return bool(aux & (set(lex.grammar.future_aux) | {"would"}))


_RISKING = frozenset(("face", "risk", "fear", "dread", "escape", "avoid"))
_FORBIDDING = frozenset(("ban", "moratorium", "prohibition", "embargo", "curb", "restriction"))


def _forbidden(tok: Token) -> bool:
    """The act is what a ban forbids: "ban on supplying weapons"."""
    return tok.dep_ in ("pcomp", "pobj") and lemma(tok.head) == "on" and lemma(tok.head.head) in _FORBIDDING


# people an authority moves out of harm's way
_RESIDENTS = frozenset(("resident", "villager", "inhabitant", "people", "civilian", "islander", "citizen", "family", "household", "tourist", "student"))


def _safety_order(c: Candidate) -> bool:
    """ "ordered residents to evacuate", "urged villagers to take shelter"."""
    return (
        c.via == "verb" and c.entry.lemma in ("order", "urge", "tell", "advise")
        and any(x.dep_ == "xcomp" and lemma(x) in ("evacuate", "flee", "shelter") for x in c.pred.children)
        and any(o.dep_ in ("dobj", "obj") and lemma(o) in _RESIDENTS for o in c.pred.children)
    )


_ENVOYS = frozenset(("ambassador", "envoy", "diplomat", "representative", "charge"))


def _own_envoys_recalled(pred: Token) -> bool:
    """ "recalling their ambassadors" (with no "from X"): the recaller's own envoys."""
    if lemma(pred) not in ("recall", "withdraw"):
        return False
    objs = [o for o in pred.children if o.dep_ in ("dobj", "obj")]
    return bool(objs) and all(
        lemma(o) in _ENVOYS and any(p.dep_ == "poss" and p.lower_ in ("their", "its", "our", "his", "her") for p in o.children)
        and not any(c.dep_ == "prep" and c.lower_ in ("from", "to", "in") for c in (*o.children, *pred.children))
        for o in objs
    )


# what makes a proposal ("made a proposal for talks"; the proposals: PROPOSAL_NOUNS)
_PROPOSING_VERBS = frozenset(("make", "submit", "put", "present", "offer", "float", "renew", "table", "extend", "send", "deliver", "issue"))


def _proposal_of(noun: Token) -> Token | None:
    """The proposal a noun act is the content of: "proposal for Red Cross talks"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of") or lemma(prep.head) not in PROPOSAL_NOUNS:
        return None
    return prep.head


# verbs whose object is what is fired, never whom it is fired at
_FIRING_VERBS = frozenset(("fire", "launch", "test-fire", "shoot", "lob"))

# fights one side dies in at the other's hands ("killed in a skirmish with Thai troops")
_FIGHT_NOUNS = frozenset(("clash", "skirmish", "fighting", "battle", "firefight", "gunfight", "exchange", "shootout", "confrontation"))


# what carries words to a party: "sent a note to X requesting ...", "delivered a letter to Y demanding ..."
_CARRIED = CARRIERS | {"request", "statement", "communication"}


def _recipients(pred: Token, index: MentionIndex) -> list[Actor]:
    """Whom a message went to when the verb says what it asks or charges: "sent
    a note to New Delhi requesting ..." (the verb on the note, or beside the sending)."""
    if pred.dep_ == "acl" and lemma(pred.head) in _CARRIED and pred.head.dep_ in ("dobj", "obj"):
        verb = pred.head.head
    elif pred.dep_ == "advcl" and pred.tag_ == "VBG" and any(o.dep_ in ("dobj", "obj") and lemma(o) in _CARRIED for o in pred.head.children):
        verb = pred.head
    else:
        return []
    to = pobjs(verb, {"to"}) + [x for d in verb.children if d.dep_ == "dative" for x in ([d] if d.pos_ != "ADP" else [p for p in d.children if p.dep_ == "pobj"])]
    return actors_of_all(to, index)


# who sail a craft: "detained 27 crew members", "arrested the sailors"
_CREW_NOUNS = frozenset(("crew", "member", "sailor", "seaman", "seamen", "fisherman", "fishermen", "crewman", "crewmen"))
# people held with no state named: "arrested four men", "detained 12 people"
_UNNAMED_PEOPLE = frozenset(("man", "woman", "people", "person", "suspect", "individual", "youth", "teenager"))


_RUNNING = frozenset(("run", "own", "operate", "manage", "control", "build"))


def _runners(pred: Token) -> list[Token]:
    """Who runs the object of ``pred`` ("the mine run by French group Orano")."""
    return [
        p for o in pred.children if o.dep_ in ("dobj", "obj") for a in o.children if a.dep_ == "acl" and lemma(a) in _RUNNING
        for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
    ]


# Observers whose warnings and criticism are forecasts and comment, not acts
_PUNDITS = frozenset(("analyst", "expert", "observer", "scholar", "economist", "researcher", "commentator", "academic", "pundit"))


_FORECASTING = frozenset(("expect", "predict", "forecast", "anticipate", "foresee"))


def _xcomp_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the open complement of: "would continue
    to hold" gives "hold", "continue"."""
    out = [verb]
    while out[-1].dep_ == "xcomp" and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _each_other(tok: Token) -> bool:
    """ "each other", "one another" (or its possessive "each other's")."""
    pair = {tok.lower_, *(d.lower_ for d in tok.children if d.lower_ in ("each", "one", "other", "another"))}
    return pair in ({"other", "each"}, {"another", "one"})  # (the parser may head either word)


def _told_result(pred: Token) -> bool:
    """A harm with no doer ("three people were killed", "one soldier was wounded")
    or a blow by weapons named again ("one of the missiles hit", "the drones struck")."""
    if lemma(pred) in ("kill", "wound", "injure") and not any(c.dep_ == "agent" for c in pred.children) and (
        is_passive(pred)
        # "six people were killed and 14 wounded": the second participle shares the first's passive
        or (pred.dep_ == "conj" and pred.tag_ == "VBN" and lemma(pred.head) in ("kill", "wound", "injure") and is_passive(pred.head))
    ):
        return True
    # (or "the missile was fired from waters near Sinpo": the launch told again)
    subj = [s for s in pred.children if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and lemma(pred) in _FIRING_VERBS)]
    for s in subj:
        if s.lower_ == "one" and any(p.lower_ == "of" for p in s.children):
            s = next((o for p in s.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), s)
        # (or the strikes just told: "The strikes hit radar installations")
        if lemma(s) in MISSILES | {"drone", "bomb", "shell", "strike", "airstrike", "raid", "barrage"} and any(d.lower_ in ("the", "these", "those", "one") for d in s.children):
            return True
    return False


def _governing(pred: Token, lemmas: frozenset[str], steps: int) -> Token | None:
    """The first head above ``pred`` (at most ``steps`` up) whose lemma is one of ``lemmas``."""
    node = pred
    for _ in range(steps):
        if node.head.i == node.i:
            return None
        node = node.head
        if lemma(node) in lemmas:
            return node
    return None


def _pundits_expect(pred: Token) -> bool:
    """The act is what observers expect ("Analysts expect North Korea to respond")."""
    node = _governing(pred, _FORECASTING, 4)
    return node is not None and any(
        c.dep_ == "nsubj" and (lemma(c) in _PUNDITS or any(lemma(g) in _PUNDITS for g in c.children if g.dep_ == "compound")) for c in node.children
    )


# observers whose words are comment: a view they tell is no act
_COMMENTATORS = _PUNDITS | {"professor", "fellow", "lecturer", "strategist", "institute", "university", "academy"}
_VIEW_VERBS = frozenset(("say", "tell", "write", "note", "argue", "believe", "think", "add", "suggest", "caution"))


def _pundits_say(pred: Token) -> bool:
    """The act is told by observers ("Analysts said both sides had reasons to
    keep talking", '"...," said Leif-Eric Easley, a professor in Seoul'):
    a view, not a report of what was done."""
    node = _governing(pred, _VIEW_VERBS, 5)
    return node is not None and any(lemma(w) in _COMMENTATORS for c in node.children if c.dep_ == "nsubj" for w in c.subtree)


_CHANT_BEFORE = re.compile(r"(?i)\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|sang|singing|slogans?(?:\s+such\s+as)?|read(?:s|ing)?|bearing)\s*:?\s*$")
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")


def chant_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character spans (document offsets) of the slogans a sentence quotes
    after a verb of chanting ('chanting "No more tributes" and "Withdraw the
    demand"'): what a crowd cries is no act told, and no party."""
    out: list[tuple[int, int]] = []
    last = -1
    for m in _QUOTED.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _CHANT_BEFORE.search(before) or (last >= 0 and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[last : m.start()])):
            out.append((offset + m.start(), offset + m.end()))
            last = m.end()
    return out


# what was said that a denial answers: "rejected that account", "dismissed the claim",
# "South Korea's spy agency said ... Moscow dismissed the report" (a state's; the media are no party)
_ACCOUNT_NOUNS = CLAIM_NOUNS | {"account", "version", "assertion", "characterization", "characterisation", "narrative", "suggestion", "statement", "remark", "comment",
                                 "assessment", "estimate", "finding", "conclusion", "report"}


def _called_on_in_person(pred: Any) -> bool:
    """Whether "called on" tells a visit: a person called on, and nothing
    asked of them (no "to" clause told under the verb, outside a relative
    clause, and no "for")."""
    ons = [c for c in pred.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    if lemma(pred) != "call" or not ons or any(c.dep_ == "prep" and c.lower_ == "for" for c in pred.children):
        return False
    if not any(x.ent_type_ == "PERSON" for on in ons for o in on.children if o.dep_ == "pobj" for x in o.subtree):
        return False
    for t in pred.subtree:
        if t == pred or not (t.tag_ == "TO" and t.head.tag_ == "VB" or t.dep_ in ("ccomp", "xcomp") and t.head == pred):
            continue
        for up in (t, *t.ancestors):
            if up == pred:
                return False
            if up.dep_ in ("relcl", "advcl"):
                break
    return True


# what a move "will meet": "any attempt to take it by force will meet a decisive response"
_ANSWERS = frozenset(("response", "answer", "retaliation", "reaction", "counteraction", "counterattack", "reprisal", "retribution", "punishment", "consequence", "force", "resistance"))


def _met_in_answer(pred: Any, index: MentionIndex) -> bool:
    """Whether "meet" tells how a move will be answered: with "will" or
    "would", a subject that names no party, and either the passive with
    "with" ("any further provocation will be met with ...") or an answer met
    ("any attempt ... will meet a decisive response"); not a meeting ("the
    envoy will be met by officials")."""
    children = list(pred.children)
    if not any(ch.dep_ == "aux" and ch.lower_ in ("will", "would", "'ll") for ch in children):
        return False
    passive = any(ch.dep_ == "auxpass" for ch in children) and any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in children)
    answered = any(ch.dep_ in ("dobj", "obj") and lemma(ch) in _ANSWERS for ch in children)
    if not (passive or answered):
        return False
    subjects = [ch for ch in children if ch.dep_ == ("nsubjpass" if passive else "nsubj")]
    return bool(subjects) and not any(index.on(x) for sub in subjects for x in sub.subtree)


def _any_move(subject: Any) -> bool:
    """A subject that names whatever move might come ("any attempt", "any
    further provocation", "every incursion"), the "if" of a threat."""
    return subject.pos_ == "NOUN" and any(
        (d.dep_ == "det" and d.lower_ in ("any", "every")) or (d.dep_ == "amod" and d.lower_ == "further") for d in subject.children
    )


def _said_clause(pred: Any) -> Any:
    """The clause a reporting verb governs that carries a threat: the verb
    itself, or the first of the clauses it is joined to when its subject names
    whatever move may come ("will not surrender X, and any attempt ... will
    meet a decisive response, the statement said"); not when a person of the
    story is its subject ("the men pinned him ... and one of them threatened")."""
    first = first_conjunct(pred)
    if first.i != pred.i and any(_any_move(s) for s in pred.children if s.dep_ in ("nsubj", "nsubjpass")):
        return first
    return pred


def _denied_act_target(pred: Any, srcs: list[Actor], earlier: list[Event]) -> list[Actor]:
    """With no accuser in the story, whom a denial answers: the state the
    denied act was told against, when the story told that act earlier as the
    denier's own, by the same verb ("About 20 North Korean soldiers crossed the
    MDL ... North Korea's military flatly denied that its soldiers had crossed
    the line": South Korea's)."""
    own = {s.country for s in srcs if s.country}
    denied = {lemma(c) for c in pred.children if c.dep_ in ("ccomp", "xcomp", "pcomp") and c.pos_ in ("VERB", "AUX")}
    if not own or not denied:
        return []
    doc = pred.doc
    for ev in reversed(earlier):
        if ev.source is None or ev.source.country not in own or ev.target is None or not ev.target.country or ev.target.country in own or ev.trigger is None:
            continue
        told = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if told is not None and lemma(told.root) in denied:
            return [ev.target]
    return []


def _last_speaker(span: Any, srcs: list[Actor], index: MentionIndex, lex: Lexicon) -> list[Actor]:
    """The state (or its body) that spoke last in the two sentences before
    ``span`` ("Cambodia said ..."), when it is not the state of ``srcs``."""
    own = {s.country for s in srcs if s.country}
    doc = span.doc
    end = span.start
    for _ in range(2):
        if end == 0:
            break
        before = sentence_of(doc[end - 1])
        for tok in reversed(before):
            if tok.pos_ != "VERB" or lemma(tok) not in lex.grammar.reporting_verbs:
                continue
            found = [a for subj in speaker_of(tok) for x in subj.subtree for a in index.on(x) if a.country and a.country not in own and (a.kind == "country" or a.sector in STATE_SECTORS)]
            if found:
                return found[:1]
        end = before.start
    return []


def _talks_concluded(verb: Token, noun: Token) -> bool:
    """Talks ended by their own parties are talks held to their close, not
    broken off: a joint subject ("Iran and the E3 ended their talks", "the two
    sides ended"), "their talks", "two days of talks", "ended ... without a
    deal" ("Trump ends trade talks with Canada" breaks them off)."""
    subj = [x for c in verb.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts)]
    if len(subj) > 1 or any(s.lower_ in ("sides", "parties", "delegations", "countries") for s in subj):
        return True
    if any(d.dep_ == "poss" and d.lower_ == "their" for d in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in TALK_SPANS:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "without" for h in (verb, noun) for p in h.children)


def _same_party(s: Actor | None, t: Actor | None) -> bool:
    """A party is not its own target; "each other" resolves to every party,
    so a reciprocal target of the source's own country is dropped."""
    if s is None or t is None:
        return False
    reciprocal = bool(t.resolved_from) and (t.resolved_from or "").lower() not in _OBJECT_PRONOUN_TEXTS and not _A_BODY.fullmatch(t.resolved_from or "")
    return s.name == t.name or bool(reciprocal and s.country and s.country == t.country)


# a body named by its kind ("Rep. Han accused the ministry", "criticized the
# government"): one of the state's own, a party of its own, no "each other"
_A_BODY = re.compile(r"(?i)the\s+(?:ministry|government|department|agency|military|army|police|court|parliament|cabinet|administration)")


def _itself(s: Actor | None, t: Actor | None) -> bool:
    """A state as its own target by another of its names ("Japan ... Tokyo",
    "Lee said Seoul and Tokyo should ..."): no party of a meeting, a demand or
    a pledge (a threat or a crackdown at home is: "PRK (domestic)")."""
    return (
        s is not None and t is not None and bool(s.country) and s.country == t.country and t.kind == "country"
        and not t.name.endswith("(domestic)") and (s.kind == "country" or s.sector in ("GOV", None))
    )


# Types whose unnamed target is the source's own country (CAMEO/PLOVER
# convention: "students in Jakarta staged rallies" is IDN -> IDN, a curfew
# lifted by Sudan's government is SDN -> SDN).
_DOMESTIC_TYPES = {"PROTEST", "COERCE", "CONCEDE"}


def _censured_there(verb: Token) -> bool:
    """The clause a party is named in censures it ("... and condemned China's ...")."""
    return verb.pos_ in ("VERB", "AUX") and lemma(verb) in _CENSURING_VERBS


_CENSURING_VERBS = frozenset(("condemn", "denounce", "criticize", "criticise", "accuse", "blame", "slam", "warn", "reject", "protest", "oppose", "deplore"))
# partners named by their tie ("stands with its treaty ally")
_PARTY_WORDS = frozenset(("ally", "allies", "partner", "partners", "friend", "friends", "neighbour", "neighbor", "neighbours", "neighbors"))
# a stand one may take back toward others
_STANDS = frozenset(("veto", "objection", "opposition", "demand", "claim", "bid", "block", "blockade", "hold", "condition", "reservation"))


_EFFECT_VERBS = frozenset(("hurt", "harm", "cripple", "damage", "affect", "squeeze", "hit", "weigh", "bite", "fail", "work", "isolate", "strangle", "cost", "starve"))


def _described_by_instrument(k: Coded, c: Candidate) -> bool:
    """An act with no agent whose subject is a measure ("the sanctions freeze
    assets"), or a bare measure noun with no party that is itself such a
    subject: the sentence describes a measure, it reports no new act."""
    if c.via == "verb":
        return any(lemma(t) in INSTRUMENT_NOUNS for t in subject_tokens(k.pred))
    return c.via == "noun" and c.head.dep_ == "nsubj" and c.head.head.pos_ == "VERB" and lemma(c.head) in INSTRUMENT_NOUNS


# what a measure is said to do to whom it names: "the sanctions target X", "the measures cover Y"
_AIMING_VERBS = frozenset(("target", "cover", "name", "list", "include", "designate", "blacklist"))


def _measure_aims(c: Candidate) -> list[Token]:
    """The objects of the verb a measure noun is the subject of ("the new
    sanctions target North Korean banks" -> banks); none for any other shape."""
    if c.via not in ("noun", "occurrence") or c.head.dep_ != "nsubj" or lemma(c.head) not in INSTRUMENT_NOUNS:
        return []
    verb = c.head.head
    if verb.pos_ != "VERB" or lemma(verb) not in _AIMING_VERBS:
        return []
    return [x for o in verb.children if o.dep_ in ("dobj", "obj") for x in (o, *o.conjuncts)]


def _domestic_targets(srcs: list[Actor]) -> list[Actor]:
    """The source countries themselves as targets of a domestic event with no
    named target (one per country; sources without a country give none)."""
    out: dict[str, Actor] = {}
    for s in srcs:
        if s.country and s.country not in out:
            out[s.country] = Actor(text="", name=f"{s.country} (domestic)", country=s.country, kind="country")
    return list(out.values())


# a resolved pronoun object is a named party, not a reciprocal "each other"
_OBJECT_PRONOUN_TEXTS = frozenset(("him", "her", "them"))
_ATTEMPTS = frozenset(("attempt", "bid", "plot", "effort", "try"))


def _inter_korean_object(pred: Token) -> bool:
    """The act's object or its place is something "inter-Korean" (tokenised inter | - | Korean)."""
    for o in pred.children:
        if o.dep_ in ("dobj", "obj", "prep"):
            for t in o.subtree:
                if t.lower_ == "korean" and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "inter":
                    return True
    return False


_OTHER_KOREA = {
    "PRK": Actor(text="", name="South Korea", country="KOR", kind="country"),
    "KOR": Actor(text="", name="North Korea", country="PRK", kind="country"),
}
_HOSTILE_TYPES = frozenset(("THREATEN", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "ACCUSE", "REJECT", "PROTEST"))


# What an order makes its addressee do to stop or go: "ordered X to leave / suspend / close".
_STOPPING_VERBS = frozenset(
    "leave suspend close stop halt cease shut disband evacuate vacate quit dissolve abandon".split()
)


def _ordered_to_stop(k: Coded, c: Candidate, srcs: list[Actor], tgts: list[Actor]) -> bool:
    """A state ordering a non-state party (a newspaper, workers, an NGO) to
    leave or stop something: COERCE. An order to a state's own organs ("the
    president ordered the army to withdraw") stays a REQUEST."""
    if k.type != "REQUEST" or c.entry.lemma not in ("order", "force", "compel") or not tgts:
        return False
    if not any(x.dep_ == "xcomp" and lemma(x) in _STOPPING_VERBS for x in c.pred.children):
        return False
    by_state = any(s.kind == "country" or s.sector in STATE_SECTORS for s in srcs)
    return by_state and all(t.kind != "country" and t.sector not in STATE_SECTORS for t in tgts)


def _as_refusal(k: Coded, lex: Lexicon) -> str:
    """Recode a negated act of giving or meeting as the refusal it states; its polarity."""
    k.type, k.cameo = "REJECT", str(lex.combine["refuse"][k.type])
    crosswalk = cameo_to_plover(k.cameo)
    k.mode = crosswalk.mode if crosswalk is not None else None
    return "asserted"


def _favoured(a: Actor, sent: Sentence) -> bool:
    """A party named only as what a group favours: "pro-European"."""
    if a.start is None or not sent.start <= a.start < sent.end:
        return False
    s = a.start - sent.start
    return sent.text[max(0, s - 4) : s].lower() == "pro-"


def _demonym_ends(text: str) -> list[int]:
    """Where each demonym named in ``text`` ends."""
    from ..actors import get_lexicon
    from ..actors.lexicon import DEMONYM

    return [h.end for h in get_lexicon().scan(text) if h.entry.category == DEMONYM]


def _people_of(a: Actor) -> bool:
    """A mention of a nation's people ("Young Algerians"), not of its state."""
    return bool(_demonym_ends(a.text))


# what is done with measures in general ("monitoring of sanctions", "the evasion of sanctions")
_UPHOLDING = frozenset(("monitoring", "enforcement", "evasion", "violation", "implementation", "breach", "circumvention", "effectiveness", "impact", "regime"))
# verbs that are a meeting's own act when it is their object
_CONVENING = frozenset(("convene", "chair", "preside"))
# marching and rallying: a demand they are held "to" make is the same protest
_MARCHING = frozenset(("march", "rally", "protest", "demonstrate", "gather", "assemble", "parade", "picket"))


def _nationals(a: Actor) -> bool:
    """A mention that is a nation's people by their plural demonym alone
    ("North Koreans", "hundreds of Afghans"), not a state's drones or troops."""
    text = a.text.rstrip()
    return text.endswith("s") and any(end >= len(text) - 1 for end in _demonym_ends(text))


def _left_a_body(k: Coded, srcs: list[Actor], tgts: list[Actor]) -> bool:
    """ "Mali, Burkina Faso and Niger withdrew from ECOWAS": a state leaving
    an international body cuts ties (160); no force moves."""
    return (
        k.cameo == "0872"
        and bool(tgts)
        and all(t.sector == "IGO" or t.country == "IGO" for t in tgts)
        and any(s.kind == "country" or s.sector == "GOV" for s in srcs)
        and not any(c.dep_ in ("dobj", "obj") for c in k.pred.children)  # "withdrew its troops from UNIFIL"
    )


def _states_named(span: Any, index: MentionIndex) -> set[str]:
    """The states a sentence names by name (alone or in a body's name: "a Serbian cabinet
    minister"; not a common noun capitalised to open it: "Law enforcement authorities")."""

    def by_name(a: Actor) -> bool:
        words = a.text.split()[1:] if a.start == span.start_char else a.text.split()
        return a.kind == "country" or any(w[:1].isupper() for w in words)

    return {a.country for tok in span for a in index.on(tok) if a.country and by_name(a)}


def _repressed_at_home(srcs: list[Actor], tgts: list[Actor], named_here: set[str] | frozenset[str] = frozenset()) -> list[Actor]:
    """A group or organisation a state's authorities arrest, ban or jail
    with no country of its own is taken as the state's own ("Nigerian
    authorities jailed members of MASSOB" -> NGA -> NGA): a copy with that
    country, the mention itself unchanged. So are officials, officers or an
    industry named by a bare common noun whose state the sentence does not name
    (``named_here``: the states it names): "Law enforcement authorities in
    the North detained ... two officials" under a Seoul dateline detained
    their own, not the dateline's."""
    states = {s.country for s in srcs if s.country and len(s.country) == 3 and (s.kind == "country" or s.sector in STATE_SECTORS)}
    if len(states) != 1:
        return tgts
    state = next(iter(states))
    return [
        replace(t, country=state)
        if (t.country is None and t.kind in ("org", "group"))
        or (t.country and t.country not in named_here and t.kind == "org" and t.sector in STATE_SECTORS | {"BUS"} and t.text.islower())
        else t
        for t in tgts
    ]


def _enemy_not_own(srcs: list[Actor], tgts: list[Actor], span: Any, index: MentionIndex) -> list[Actor]:
    """Forces, officials or firms an attack or a sanction hits, named by a
    common noun that took the acting state from context ("Israel launched its
    offensive, killing top military commanders", "struck nuclear and military
    sites across Iran", "sanctions on Russian-flagged vessels and two shipping
    companies"): of the one other state the sentence names, else of none."""
    own = {s.country for s in srcs if s.country}
    if len(own) != 1 or not all(s.kind == "country" or s.sector in ("MIL", "GOV") for s in srcs):
        return tgts  # (insurgents attack their own state's soldiers; allies fight side by side)
    out = []
    for t in tgts:
        local = t.start is not None and re.search(r"\b(?:local|domestic|its own|their own)\s+(?:\w+\s+)?$", span.doc.text[max(0, t.start - 30) : t.start])
        if t.kind in ("org", "group") and t.sector in ("MIL", "GOV", "BUS") and t.country in own and t.text[:1].islower() and not local:
            others = {m.country for tok in span for m in index.on(tok) if m.kind == "country" and m.country and m.country not in own and len(m.country) == 3}
            t = replace(t, country=next(iter(others)) if len(others) == 1 else None)
        if t.kind == "country" and t.country in own and t.start is not None and _WHERE_HELD.match(span.doc.text, t.end or t.start):
            continue  # "had frozen any U.S. assets of the officials": where the assets are, not whom it hits
        out.append(t)
    return out


# what a state's name may say where it is held ("U.S. assets", "American bank accounts")
_WHERE_HELD = re.compile(r"\s+(?:[\w-]+\s+)?(?:assets|property|properties|accounts|holdings|funds|jurisdiction|soil|banks?)\b")


def _headline(sent: Sentence, span: Any) -> bool:
    """A title, or a short line with no closing punctuation."""
    return sent.section == "title" or (len(span) <= 16 and unclosed(span))


def _left_of(c: Candidate, span: Any) -> list[Token]:
    """What a verb read flat has for its subject: the words before it."""
    return [t for t in span if t.i in flat_subject(c)]


def _before_attribution(actors: list[Actor], span: Any) -> list[Actor]:
    """Actors not in a headline's closing attribution (": JCS", ": activists",
    ": Zelensky", at most four words after the last colon; ", Seoul says",
    ", military says", at most four words after the last comma ending in a
    verb of saying)."""
    colon = next((t for t in reversed(span) if t.text == ":"), None)
    if colon is None or not 0 < span.end - colon.i - 1 <= 4:
        words = [t for t in span if not t.is_punct and not t.is_space]
        comma = next((t for t in reversed(span) if t.text == ","), None)
        if comma is None or not words or words[-1].lemma_.lower() not in ("say", "report", "claim") or not 0 < sum(1 for t in words if t.i > comma.i) <= 4:
            return actors
        colon = comma
    return [a for a in actors if a.start is None or a.start < colon.idx]


def _condition_clause(pred: Token) -> bool:
    """The predicate heads (or is the object of) an if/unless clause."""
    node = pred
    for _ in range(2):
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _own_side_says(pred: Token, srcs: list[Actor], index: MentionIndex, lex: Lexicon) -> bool:
    """The act is told by its own side: a main clause, or a statement whose
    speaker is of the acting state ("Putin said Russia could ...")."""
    if pred.dep_ != "ccomp":
        return pred.dep_ == "ROOT"
    if lemma(pred.head) not in lex.grammar.reporting_verbs and lemma(pred.head) not in ("warn", "threaten", "vow"):
        return False
    speakers = actors_of_all(speaker_of(pred.head), index)
    return bool({a.country for a in speakers if a.country} & {a.country for a in srcs if a.country})


def _one_place_per_state(tgts: list[Actor]) -> list[Actor]:
    """ "arrived in the South Korean port city of Busan", "in Busan, South
    Korea": a state and its city are one party."""
    seen: set[str] = set()
    out = []
    for t in tgts:
        if t.kind == "country" and t.country:
            if t.country in seen:
                continue
            seen.add(t.country)
        out.append(t)
    return out


def _one_body_per_state(srcs: list[Actor]) -> list[Actor]:
    """The bodies of one state acting together are one party ("questioned by a
    joint team of coast guard, customs and NIS investigators"): the first of
    them stands for the state."""
    seen: set[str] = set()
    out = []
    for s in srcs:
        if s.country and s.sector in STATE_SECTORS and s.kind != "person":
            if s.country in seen:
                continue
            seen.add(s.country)
        out.append(s)
    return out


# a phrase naming a pair, whose two are parties to each other ("the two sides", "both countries", "the allies")
_PAIR_PHRASE = re.compile(r"(?i)\b(?:two|both|each other)\b|\balli|\bleaders\b")


def _pairs(srcs: list[Actor], tgts: list[Actor], symmetric: bool, outward: bool = False) -> list[tuple[Actor | None, Actor | None]]:
    """(source, target) pairs; with ``outward`` (an act that only reaches
    another party), none of a state with itself."""
    if symmetric and len(srcs) > 1 and not tgts:
        # a state named beside its own forces is one side with them ("Chinese and
        # Pakistani air forces"); two forces of one state stay two ("the army and the RSF")
        # (rebels are no forces of the state: "talks between Kinshasa and the M23 rebels")
        bodies = {s.country for s in srcs if s.kind != "country" and s.country and s.sector in STATE_SECTORS}
        sides = [s for s in srcs if not (s.kind == "country" and s.country in bodies)]
        # (the members of one group named as one side are no parties to each other: "Iran and
        # three European powers held talks" pairs Iran with each of the three, not the three together)
        # (not "the two sides", "both countries": a pair named as one is two parties to each other)

        def one_group(a: Actor, b: Actor) -> bool:
            return bool(a.resolved_from) and a.start is not None and (a.start, a.end) == (b.start, b.end) and not _PAIR_PHRASE.search(a.resolved_from or "") and any(
                (x.start, x.end) != (a.start, a.end) for x in sides
            )

        pairs: list[tuple[Actor | None, Actor | None]] = [(s, o) for s in sides for o in sides if o is not s and not one_group(s, o)]
    else:
        sources: list[Actor | None] = list(_one_body_per_state(srcs)) or [None]
        targets: list[Actor | None] = list(tgts) or [None]
        pairs = [(s, t) for s in sources for t in targets if not _same_party(s, t) and not (outward and _itself(s, t))]
    return pairs[:_MAX_PAIRS] or [(srcs[0] if srcs else None, None)]


# what a state steals or hacks abroad is not done to its own people
_THEFT = frozenset(("steal", "loot", "rob", "hack", "launder", "plunder"))


def _fought_for(pred: Token, index: MentionIndex, own: set[str]) -> list[Actor]:
    """The state troops are sent "to fight for" (another than their own), or
    "to fight alongside Russian forces"."""
    for x in pred.children:
        if x.dep_ in ("advcl", "xcomp") and lemma(x) in ("fight", "battle", "serve"):
            allies = actors_of_all([p for prep in x.children if prep.dep_ == "prep" and prep.lower_ in ("for", "alongside") for p in prep.children if p.dep_ == "pobj"], index)
            return [a for a in allies if a.country and a.country not in own][:1]
    return []


_DISSIDENTS = frozenset(("dissident", "activist", "protester", "protestor", "journalist", "demonstrator", "opponent", "lawmaker"))


def _frees_own_dissidents(k: Coded) -> bool:
    """ "Iran released 20 political prisoners", "freed jailed activists": a
    state's own people."""
    if k.cameo != "0841":
        return False
    objs = [o for o in k.pred.children if o.dep_ in ("dobj", "obj")]
    return any(lemma(o) in _DISSIDENTS or any(a.lower_ == "political" for a in o.children) for o in objs)


# what a blow is struck with or at ("hit back at Russian positions with artillery")
_FORCE_WORDS = frozenset(("artillery", "missile", "rocket", "drone", "strike", "airstrike", "shell", "fire", "position", "target", "base", "weapon", "bomb"))
# what a gun or launcher shoots ("shot a flare"), unlike whom or what it is shot at
_SHOT = MISSILES | {"bullet", "round", "flare", "arrow", "salvo", "volley", "shot", "bomb"}


def _shot_at(pred: Token) -> bool:
    """ "shot down a U.S. plane", "shot dead two soldiers", "shot a protester":
    the object of "shoot" is its target unless it names what was fired."""
    objs = [o for o in pred.children if o.dep_ in ("dobj", "obj")]
    return lemma(pred) == "shoot" and bool(objs) and not any(lemma(o) in _SHOT for o in objs)


# what ordering a body out of the country names ("ordered the withdrawal of two UN agencies")
_LEAVING = frozenset(("withdraw", "withdrawal", "leave", "departure", "exit", "pullout", "pull-out", "expulsion", "evacuation"))
# pacts whose ending cuts ties ("ended its defence agreement with France")
_PACT_NOUNS = frozenset(("agreement", "accord", "pact", "treaty", "deal", "alliance", "partnership", "cooperation", "arrangement"))


# verbs of opposing a text, and the texts whose words are nobody's act until adopted
_OPPOSING = frozenset(("oppose", "reject", "object", "resist", "veto", "block"))
_DRAFTED_TEXTS = frozenset(("statement", "resolution", "draft", "declaration", "text", "motion", "communique", "communiqué"))
# Adverbs by which a speaker calls the act they report unlawful.
_UNLAWFULLY = frozenset(("illegally", "unlawfully", "illicitly"))
# Adverbs by which a speaker condemns the act they report.
_CENSURING = frozenset(("shamelessly", "blatantly", "brazenly", "flagrantly", "illegally", "unlawfully", "illicitly",
                        "recklessly", "wantonly", "cynically", "irresponsibly", "deceitfully"))


def _censure(k: Coded, c: Candidate, index: MentionIndex, event_nouns: frozenset[int]) -> tuple[list[Actor], list[Actor]] | None:
    """(speaker, doer) when a reported cooperative act (a censured attack
    stays an attack; a move called unlawful does not) carries the speaker's condemnation ("Seoul said Pyongyang was blatantly helping Moscow")
    or is told only as the speaker's inference or evidence ("officials said Russia likely provided technology
    to the North", "says it has clear evidence that Russia delivered missiles"): the claim is the act, an
    accusation, else None."""
    if c.via != "verb":
        return None
    if k.type == "MOBILIZE" and any(d.dep_ == "advmod" and d.lower_ in _UNLAWFULLY for d in c.pred.children):
        # 'said Indian troops had "illegally crossed" the Line of Actual Control': a move one
        # side tells the other made unlawfully is its accusation
        holder = []
    elif k.type not in GIVING_TYPES:
        return None
    else:
        holder = evidence_holder(c.pred)
    if not holder and not any(d.dep_ == "advmod" and d.lower_ in _CENSURING | HEDGING for d in c.pred.children):
        return None
    srcs = actors_of_all(holder or quote_speaker(c.pred), index)
    tgts = actors_of_all(subject_tokens(c.pred), index, event_nouns)
    if not srcs or not tgts or {a.country or a.name for a in srcs} & {a.country or a.name for a in tgts}:
        return None  # nobody reports it, or the doer censures itself
    return srcs, tgts


_STATEMENT_NOUNS = frozenset(("statement", "remark", "comment", "speech", "message", "commentary", "editorial", "interview", "letter", "address"))


def code_sentence(
    doc_id: str, sent: Sentence, span: Any, index: MentionIndex, lex: Lexicon, cues: DocCues | None = None, history: list[Event] | None = None
) -> list[Event]:
    """All events one sentence states (see the module docstring).
    ``history``: the events of the document's earlier sentences, for
    judgements of an act named only by a noun ("Tokyo condemned the launch")."""
    cues = cues or DocCues()
    history = history or []
    cands = flat_candidates(span, lex, headline_candidates(span, lex, find_candidates(span, lex))) + obligation_candidates(span, lex) + charge_candidates(span, lex)
    cands += crowd_candidates(span, lex, cands)
    if not cands:
        return []
    event_nouns = frozenset(c.head.i for c in cands if c.via != "verb")
    protest_toks = frozenset(i for c in cands if c.entry.type == "PROTEST" for i in (c.pred.i, c.head.i))
    trigger_preds = frozenset(c.pred.i for c in cands)
    # the verdict of "the launch was a clear violation", "Russia remains the threat": part of that judgement
    verdicts = frozenset(t.i for c in cands if c.entry.lemma == "be judged" for t in c.tokens if t.i != c.pred.i)
    judged = frozenset(c.pred.i for c in cands if c.entry.lemma == "be judged")
    asked_nouns = frozenset(c.head.i for c in cands if c.via != "verb" and c.entry.type == "REQUEST")
    # the nouns a past tense read as their modifier acts on (character spans)
    flat_objects = [(c.pred.head.left_edge.idx, c.pred.head.idx + len(c.pred.head.text)) for c in cands if c.via == "flat" and c.pred.head.i > c.pred.i]
    events: list[Event] = []
    chants = chant_spans(span.text, span.start_char)
    # (judgements last: "condemned a drill that X staged" takes the drill's parties)
    # (in a headline, a protest too: "Seoul protests after North Korea fires missiles")
    headline = _headline(sent, span)
    roles = resolve_roles(cands, lex)
    last = {k.pred.i: (k.type in JUDGING_TYPES and k.cand.via == "verb") or (headline and k.type in JUDGING_TYPES | {"PROTEST"}) for k in roles}

    def _order(k: Coded) -> tuple[bool, bool]:
        # (a participle, and what it says, after the act it goes with: "slammed the allies'
        # drills ..., warning that it would take countermeasures" is at whom the slamming was)
        participle = participle_above(k.pred, 3)
        if participle is not None and participle.head.i in last:
            return last[participle.head.i], True
        return last[k.pred.i], False

    coded = sorted(roles, key=_order)
    type_at = {k.pred.i: k.type for k in coded}
    # what answers an act ("sanctions ... for its nuclear test", "protested over the drills")
    answers = frozenset(i for k in coded if k.type in ANSWERING_TYPES for i in (k.pred.i, k.cand.head.i))
    pred_at: dict[int, Token] = {}  # trigger start -> predicate, for one act read twice
    # the acts a role verb took as its complement ("asked X to send troops")
    swallowed = frozenset(k.complement.pred.i for k in coded if k.complement is not None and k.complement.pred.i != k.pred.i)
    # ... and the verbs of asking themselves, for what is asked further down ("asked Beijing to
    # play a role in persuading North Korea to halt ...")
    asking = frozenset(k.pred.i for k in coded if k.type == "REQUEST" and k.cand.via == "verb")
    proposing = frozenset(k.pred.i for k in coded if k.type == "AGREE" and k.cand.via in ("verb", "headline", "flat") and lemma(k.pred) in _PROPOSING)
    attack_codes: dict[int, tuple[str, str | None]] = {}  # killing verb -> the code of the attack noun that is its subject
    view = SentenceView(
        span=span, index=index, lex=lex, cues=cues, history=history, type_at=type_at, answers=answers, verdicts=verdicts,
        judged=judged, asked_nouns=asked_nouns, trigger_preds=trigger_preds, chants=chants,
    )
    for k in coded:
        c = k.cand
        target_near = target_ref = False
        said = None  # the reporting verb of a judgement ("judge" role)
        censure = None
        if told_as_no_act(k, view):
            continue
        ended = (c.via == "noun" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in ENDING_VERBS) or (
            c.via == "headline" and c.head is not c.pred and lemma(c.pred) in ENDING_VERBS  # "South Korea halts loudspeaker broadcasts"
        )
        # (the roles stage may have read the ending already: "agreed to halt strikes", "halted strikes")
        ended_pressure = ended and (k.type in STOPPABLE or (k.type == "RETREAT" and k.cameo in ("085", "087") and c.entry.type in STOPPABLE))
        if ended and k.type == "CONSULT" and c.entry.cameo == "040" and not _talks_concluded(c.head.head if c.via == "noun" else c.pred, c.head):
            # "Trump ends trade talks with Canada": talks broken off
            k.type, k.cameo, k.mode, k.context = "SANCTION", "164", "withdraw", "diplomatic"
        elif ended and k.type == "AGREE" and c.via == "noun" and lemma(c.head) in _PACT_NOUNS:
            # "Chad ended its defence agreement with France": ties cut back, no agreement
            k.type, k.cameo, k.mode, k.context = "SANCTION", "161", "withdraw", "diplomatic"
        if k.type == "PROTEST" and c.via == "light" and lemma(c.pred) in _LODGING:
            # "lodged protests over the incursion", "sent a protest note": a formal complaint (CAMEO 114), no demonstration
            k.type, k.cameo, k.mode, k.context = "ACCUSE", "114", "allege", "diplomatic"
        across_border = ended_pressure and (k.cameo == "170" or c.entry.cameo == "170")
        if ended_pressure:
            # "halted its loudspeaker broadcasts", "suspended the drills": the
            # pressure ends, a de-escalation (sanctions lifted: an easing)
            k.type, k.cameo, k.mode, k.context = ("RETREAT", "085", "ease", "economic") if k.type == "SANCTION" else ("RETREAT", "087", "disarm", "military")
        if c.entry.role in ("judge", "obligation"):
            # a negative judgement counts only as somebody's statement
            first = c.pred
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first is not c.pred and first.dep_ in ("ccomp", "xcomp"):
                # "said the South had better stop X or face a response", "told
                # Japan to stop its drills or face retaliation": the speaker's
                said = first.head
            else:
                said = c.pred.head if c.pred.dep_ in ("ccomp", "conj") else None
            if c.pred.dep_ == "acl" and lemma(c.pred.head) in _STATEMENT_NOUNS and c.pred.head.head.dep_ == "prep":
                said = c.pred.head.head.head  # "said in a statement that Seoul would face consequences"
            if c.pred.dep_ == "relcl" and c.pred.head.dep_ == "npadvmod" and any(m.lower_ == "that" for m in c.pred.children):
                said = c.pred.head.head  # "said the same day that Thai soldiers had started the clash"
            speaker = speaker_of(said) if said is not None else []
            if not speaker:
                continue
            srcs = actors_of_all(speaker, index)
            if c.entry.lemma == "struck first" and any(a.sector in ("JRN", "MED") for a in srcs):
                continue  # "Thai media reported that Cambodian soldiers opened fire first": the press is no party
            judged_subject = subject_tokens(c.pred)
            if any(t.lower_ in ("i", "we") for t in judged_subject):
                continue  # '"I bear full responsibility for the lapse," the minister said': owning up, nobody accused
            # "said China's harassment of Vietnamese fishermen was unacceptable": an act as the
            # subject is judged on its author, not on whom it hit
            tgts = actors_of_all([a for t in judged_subject if t.i in event_nouns for a in noun_sources(t, index)], index)
            tgts = tgts or actors_of_all(judged_subject, index, event_nouns)
            if not tgts:
                # "the repeated launches by North Korea threaten ...": the act's own author
                tgts = actors_of_all([a for t in judged_subject for a in noun_sources(t, index)], index)
            if not tgts and c.entry.lemma == "be judged":
                # '"This was an act of terrorism ordered and paid for by Russian intelligence," X said': whoever ordered it
                tgts = actors_of_all([p for t in c.tokens[1:] for a in t.children if a.dep_ == "acl" for v in (a, *a.conjuncts) for p in pobjs(v, {"by"})], index)
            if not tgts and c.entry.lemma == "be judged":
                # "said the drills were an open declaration of confrontation by Washington and Seoul"
                tgts = actors_of_all([o for t in c.tokens[1:] for b in t.children if b.dep_ == "prep" and b.lower_ == "by"
                                      for p in b.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)], index)
            if not tgts and c.entry.lemma == "be answered":
                # '"There will be a reciprocal response," Zakharova said': to the act just told
                tgts = last_act(srcs, history + events, sent.index, ANY_TYPE)
            if not tgts and c.entry.lemma == "be baseless":
                # "Russia detained a Dutch journalist on spying charges. 'The accusations are
                # absurd,' the Dutch minister said": whoever accused, or holds, its people
                tgts = accusers(srcs, history + events, span.doc.text) or last_act(srcs, history + events, sent.index, HOLDING_TYPES)
            if not tgts:
                # '"the launch was an outrageous act," Ishiba said', "said the launch
                # gravely threatens peace": whoever the story said launched
                tgts = referred_agents(c.pred, srcs, history + events, subject_tokens(c.pred))
            if not tgts and c.entry.role == "judge" and k.type == "ACCUSE":
                # "Vietnam accused China's coast guard of boarding a boat. 'These acts violate
                # Vietnam's sovereignty,' the spokeswoman said": whom the same state just accused
                tgts = own_last_target(srcs, history + events, sent.index)
            if c.entry.lemma == "be judged":
                # "violations of Iraqi sovereignty are unacceptable, the Iraqi ministry said": the speaker's state is wronged, not judged
                tgts = [t for t in tgts if not (t.kind == "country" and t.country in {s.country for s in srcs})]
            if not tgts and c.entry.lemma == "be judged" and any(t.lower_ in ("this", "it") for t in subject_tokens(c.pred)):
                # '"This is a clear provocation," a JCS spokesman told reporters': the act just told
                # (a forceful one first; else any: "Ethiopia signed a port deal with Somaliland ...
                # 'This is a reckless act,' the Somali minister said")
                tgts = last_act(srcs, history + events, sent.index) or last_act(srcs, history + events, sent.index, ANY_TYPE)
            if k.type == "ACCUSE" and c.entry.lemma == "bear" and told_to_come(c.pred):
                k.type, k.cameo, k.mode = "THREATEN", "130", None  # "would bear full responsibility": a threat, as "will be held responsible"
            symmetric = False
            if not srcs:
                continue
        elif censure := _censure(k, c, index, event_nouns):
            # "Wood said Moscow had shamelessly protected Pyongyang": the
            # speaker's censure of the act, not the act as a fact
            srcs, tgts = censure
            symmetric = False
            k.type, k.cameo, k.mode, k.context = "ACCUSE", "112", "disapprove", None
        else:
            srcs, tgts, symmetric = arguments(c, index, event_nouns)
            if c.via == "verb" and k.type == "SANCTION" and lemma(c.pred) == "blow":
                if not any(a.country and (a.kind == "country" or a.sector in STATE_SECTORS) for a in srcs):
                    # "Rebels blew up a railway line": sabotage, an attack (a state blowing up its own
                    # roads to a neighbour cuts the links: "North Korea blew up the inter-Korean roads")
                    k.type, k.cameo, k.mode, k.context = "ASSAULT", "183", "explosives", None
                elif not tgts:
                    # "roads that once connected it with South Korea": the state the links led to
                    blowers = {a.country for a in srcs}
                    tgts = [a for o in c.pred.children if o.dep_ in ("dobj", "obj") for t in o.subtree for a in index.on(t) if a.country and a.country not in blowers][:1]
            if c.via == "verb" and k.type == "SANCTION" and _own_envoys_recalled(c.pred):
                # "said they were recalling their ambassadors": one's own envoys are no target
                # (a recall "from Algiers" is aimed at the state they leave)
                tgts = []
            if c.via == "noun" and (proposal := _proposal_of(c.head)) is not None:
                # "made a proposal for Red Cross talks": the talks are what was proposed, by whoever
                # proposed them; told inside another's act ("rejected South Korea's proposal for
                # Red Cross talks"), no act of their own
                if proposal.dep_ not in ("dobj", "obj") or lemma(proposal.head) not in _PROPOSING_VERBS:
                    continue
                proposer = [p for p in proposal.children if p.dep_ == "poss"] or subject_tokens(proposal.head)
                srcs = actors_of_all(proposer, index) or srcs
            if _safety_order(c) and (not any(s.country for s in srcs) or {t.country for t in tgts} <= {s.country for s in srcs} | {None}):
                continue  # "Authorities ordered residents of Yeonpyeong to evacuate": a safety order to one's own people
            if c.via == "verb" and k.type == "CONSULT" and k.pred.dep_ == "acl" and k.pred.tag_ == "VBN" and lemma(k.pred) in ("convene", "host") and len(srcs) > 1:
                continue  # "Talks convened by the United States, Saudi Arabia and Egypt": co-hosts of talks described, not meeting each other
            # "... was met by Deputy Foreign Minister Igor Nazaruk, the Korean Central News
            # Agency (KCNA) reported": the agency that reports is no second party of the act
            srcs = [s for s in srcs if s.sector not in ("JRN", "MED")] or srcs
            if c.via == "verb" and flat_objects:
                # "X scrambled fighter jets after two drones flew ...": the parser made the jets a
                # second subject of "flew"; they are what was scrambled
                srcs = [s for s in srcs if not any(a <= (s.start if s.start is not None else -1) < b for a, b in flat_objects)] or srcs
            if tgts and len(srcs) > 1:
                # "Ethiopia and Eritrea deployed troops to their shared border": the
                # subject's own "their" is no party the act is aimed at
                own_countries = {s.country for s in srcs if s.country}
                tgts = [t for t in tgts if not ((t.resolved_from or "").lower() in ("their", "its") and t.country in own_countries)]
                if k.type in ("AGREE", "CONSULT", "COOPERATE") and len(own_countries) > 1 and tgts and all(
                    t.kind != "country" and t.country in own_countries and not _named_in(span.doc, t, ("with",)) for t in tgts
                ):
                    # "S. Korea, China agree on coast guard hotline": a body of their own in what they
                    # agree on is no third party; each agrees with the other
                    tgts, symmetric = [], True
            if len(srcs) > 1 and c.via == "verb" and any(
                o.dep_ in ("dobj", "obj", "pobj") and any(_each_other(p) for p in (o, *o.children))
                for x in (k.pred, *(p for p in k.pred.children if p.dep_ == "prep")) for o in x.children
            ):
                # "India and Pakistan expelled each other's diplomats", "accused each other": each the other's
                tgts, symmetric = [], True
            if srcs and k.type == "THREATEN" and c.via == "verb" and lemma(k.pred) in ("go", "remain") and any(lemma(a) in ("unanswered", "unpunished") for a in k.pred.children):
                # "Mujahid said Pakistan's attack will not go unanswered": whose act it is is
                # threatened; the speaker threatens
                said = k.pred.dep_ == "ccomp" and lemma(k.pred.head) in lex.grammar.reporting_verbs
                speakers = actors_of_all(subject_tokens(k.pred.head) if said else quote_speaker(k.pred), index)
                doers = {a.country for a in srcs if a.country}
                if speakers and not any(a.country in doers for a in speakers):
                    tgts, srcs = tgts or srcs, speakers
            if not srcs and k.type == "THREATEN" and c.via == "verb" and (told := _said_clause(k.pred)).dep_ == "ccomp" and lemma(told.head) in lex.grammar.reporting_verbs:
                # "the Houthis said the strikes would not go unanswered": the speaker threatens
                # (also a clause joined to what was said: "will not surrender X, and any
                # attempt ... will meet a decisive response, the statement said")
                srcs = actors_of_all(subject_tokens(told.head), index)
            if not srcs and k.type == "THREATEN" and c.via == "verb" and is_passive(k.pred):
                # "Any attempt ... would be met with the strongest countermeasures, the ministry said"
                srcs = actors_of_all(quote_speaker(k.pred), index)
            if not srcs and c.via == "verb" and headline and reduced_passive(k.pred):
                # "Two Russian diplomats expelled from Austria", "South Korean engineer arrested in
                # China": who is named first suffers the act; the state it is done in or from does it
                done_in = {"SANCTION": {"from"}, "COERCE": {"in"}}.get(k.type, set())
                srcs = [a for a in _states_in(k.pred, done_in, index) if a not in tgts]
            elif not srcs and c.via == "verb" and k.type == "COERCE" and (is_passive(k.pred) or reduced_passive(k.pred)) and (
                held_in := _states_in(k.pred, {"in"}, index)
            ):
                # "was detained in the Chinese city of Hefei": the state one is held in holds him (the town is no target)
                srcs = held_in[:1]
                tgts = [t for t in tgts if t not in held_in]
            elif not srcs and c.via == "verb" and headline:
                # "Mali junta expels French ambassador", "Blinken to visit Seoul":
                # the parse of a headline lost its subject; read it off the words
                srcs = headline_sides(k.pred, index, own_clause=k.type != "CONSULT")[0]
                if k.type == "CONSULT" and venue_talks(k.pred, index):
                    # "... after Istanbul talks": who talked with each other, not where
                    srcs = [s for s in srcs if not a_city(s)]
                    symmetric = len(srcs) > 1
            if c.via == "verb" and k.type in WORDS_AT and (sent_to := _recipients(k.pred, index)):
                # "sent a diplomatic note to New Delhi requesting the extradition of X": whom the note went to
                tgts = [t for t in sent_to if t.country not in {s.country for s in srcs}] or tgts
            aims = _measure_aims(c) if k.type == "SANCTION" else []
            if aims and not srcs:
                # "The new sanctions target North Korean banks, the Treasury said": a
                # measure told before is told again; else the speaker's
                if last_act([], history + events, sent.index, frozenset(("SANCTION",))):
                    continue
                named = {a.country for a in actors_of_all(aims, index, event_nouns)}
                srcs = [a for a in actors_of_all(quote_speaker(c.head.head), index) if a.country and a.country not in named]
            if aims and not tgts:
                tgts = [t for t in actors_of_all(aims, index, event_nouns) if t not in srcs]  # whom it names
            if symmetric and k.type in _HOSTILE_TYPES and all(s.resolved_from and "alli" in s.resolved_from.lower() for s in srcs):
                symmetric = False  # "the allies are ready to fight": together, not each other
            # "Yoon and Kishida agreed to expand cooperation with the United States
            # on North Korea": an agreement between the leaders who made it
            joint = c.entry.lemma == "agree" and k.type in _TOGETHER_TYPES and not tgts and len({s.country for s in srcs if s.country}) >= 2
            if joint:
                symmetric = True
            if k.complement is not None and not tgts and not joint:
                pair, tgts, mutual = arguments(k.complement, index, event_nouns)
                if not tgts and mutual and k.type == "REQUEST" and len({a.country for a in pair if a.country}) > 1:
                    tgts = pair  # "called for dialogue between Washington and Pyongyang": asked of both
                tgts = [t for t in tgts if all(t.name != s.name for s in srcs)]
            # (parties agreeing together keep each other as targets: "X and Y
            # agreed to jointly respond to Z" is an agreement between X and Y)
            if not tgts and not symmetric and c.entry.role in ("intent", "threat", "refuse", "ask", "prepare"):
                tgts = [t for t in clause_targets(k.pred, index, event_nouns) if all(t.name != s.name for s in srcs)]
        if k.type in ("ACCUSE", "REJECT", "AGREE", "SUPPORT", "THREATEN") and tgts and c.entry.role not in ("judge", "obligation"):
            # "Moscow dismissed any suggestion of Russian involvement", "reaffirmed
            # Washington's commitment": a word of the speaker's own state is no target, nor
            # the state a threat is made by ('"Japan will respond firmly to them," Hayashi said')
            # (a state may ask or order its own: "ordered the departure of American staff")
            own_states = {s.country for s in srcs if s.country}
            tgts = [t for t in tgts if not (t.kind == "country" and t.country in own_states and not t.name.endswith("(domestic)"))]
        if k.cameo == "114" and c.via == "verb" and c.entry.lemma in ("summon", "call") and tgts and all(t.country and t.country in {s.country for s in srcs} for t in tgts):
            continue  # "called in Ambassador Georgy Zinoviev", read as the caller's own: no summons of one's own envoy
        if k.type == "ACCUSE" and c.via == "verb" and lemma(k.pred) in ("accuse", "charge") and len(tgts) > 1:
            # "accused Polish guards of beating migrants": the charge's own parties are no target
            kept = [t for t in tgts if not _named_in(span.doc, t, ("of", "with"))]
            tgts = kept or tgts
        if k.type in _TOGETHER_TYPES and tgts and c.entry.role not in ("judge", "obligation"):
            # "agreed to strengthen cooperation against North Korea's threats":
            # whom the parties work against is no party to their agreement
            kept = [t for t in tgts if not _named_in(span.doc, t, ("against",))]
            if len(kept) < len(tgts):
                tgts = kept
                symmetric = symmetric or (not tgts and len(srcs) > 1)
        if k.type == "THREATEN" and c.via == "verb" and is_passive(k.pred) and (
            attackers := actors_of_all([x for t in k.pred.children if t.dep_ == "nsubjpass" and lemma(t) in ATTACK_NOUNS for x in noun_sources(t, index)], index)
        ):
            # "any North Korean attack on the South would be met with a decisive response": a threat
            # to whoever would attack, not to the state attacked
            tgts = [a for a in attackers if a.country not in {s.country for s in srcs}] or tgts
        if k.type == "THREATEN" and c.entry.lemma == "warn" and (
            (tgts and all(t.sector == "CVL" and t.country and t.country in {s.country for s in srcs} for t in tgts))
            or (not tgts and any(x.dep_ == "xcomp" and lemma(x) in ("exercise", "avoid", "stay", "remain", "take") for x in k.pred.children))
        ):
            # "Japan warned residents of Okinawa to take cover", "warned vessels to
            # exercise caution": an alert to its own people or to shipping, no threat
            continue
        if k.type == "ASSAULT" and not srcs and c.via == "verb" and is_passive(k.pred):
            # "A Cambodian soldier was killed in a border skirmish with Thai troops": the other side of the fight
            fights = [o for p in k.pred.children if p.dep_ == "prep" and p.lower_ in ("in", "during") for o in p.children
                      if o.dep_ == "pobj" and lemma(o) in _FIGHT_NOUNS]
            srcs = [a for a in actors_of_all([w for f in fights for w in pobjs(f, {"with"})], index, event_nouns) if a not in tgts]
        if k.type in ("ASSAULT", "MOBILIZE") and not srcs and c.via == "verb" and _told_result(k.pred) and last_act([], history + events, sent.index, frozenset(("ASSAULT", "MOBILIZE"))):
            # "American and British jets struck Hodeidah. Three people were killed.", "Houthi
            # rebels fired missiles at a ship. One of the missiles hit the vessel's stern": what
            # the attack just told did, no attack of its own
            continue
        if c.entry.lemma == "board" and (not srcs or all(s.sector == "CVL" for s in srcs)):
            continue  # "passengers boarded the ship": travel, no seizure
        if c.entry.role == "observed" and not srcs:
            continue  # "the ministry reported 12 aircraft and four ships": whose they were is not told
        if k.type == "ACCUSE" and k.cameo.startswith("09") and not any(a.country for a in srcs + tgts):
            continue  # an inquiry into a cause ("the cause of a fire") by no state is no political event
        if c.entry.role not in ("judge", "obligation") and not censure:
            # (who reports a headline's act is not whom it is aimed at: "North Korea fires missile into sea, Seoul says")
            aimed_at = _before_attribution(tgts, span) if headline else tgts
            if k.type == "MOBILIZE":
                # a launch "from North Phyongan Province" is not aimed at the launcher's own state
                aimed_at = [t for t in aimed_at if not (t.country and t.country in {a.country for a in srcs})]
            recode(k, subject_tokens(k.pred) if c.via in ("verb", "light") else _left_of(c, span) if c.via in ("headline", "flat") else [], aimed_at, lex)
            if k.type == "MOBILIZE" and k.mode == "weapons":
                # (shells fired "into the buffer zone north of Yeonpyeong Island" are aimed at nobody)
                tgts = [t for t in tgts if not bearing_only(t, k.pred.doc.text)]
            if k.type == "ACCUSE" and lemma(c.head) == "regret" and not tgts:
                # "expressed regret that Pyongyang had chosen provocation": at whom the regret is
                tgts = actors_of_all([x for cl in c.head.children if cl.dep_ in ("ccomp", "acl", "relcl") for x in cl.children if x.dep_ == "nsubj"], index)
            if c.entry.lemma in _ORDERING and k.type == "REQUEST":
                # "He instructed officials to restore the ship": a leader orders his own officials
                tgts = _repressed_at_home(srcs, tgts, _states_named(span, index))
            own = {a.country for a in srcs if a.country}
            to_own_forces = c.entry.lemma in _ORDERING and k.type == "REQUEST" and tgts and own and all(t.sector == "MIL" and t.country in own | {None} for t in tgts)
            if to_own_forces and k.complement is None and _calming_order(k.pred):
                continue  # "ordered the military to manage the situation calmly": no readying, no act between states
            if (c.entry.lemma in _ORDERING | {"tell"} and k.type == "REQUEST" and k.complement is None and tgts and own and not to_own_forces
                    and all(t.country and t.country not in own for t in tgts) and _told_to_leave(k.pred)):
                # "ordered a West African stabilisation force to leave the country": an expulsion
                # ("told the remaining staff of two U.N. agencies to leave the country" too)
                k.type, k.cameo, k.mode, k.context = "SANCTION", "166", "expel", "diplomatic"
                k.weight = max(k.weight, 0.7)
            elif to_own_forces and (k.complement is None or k.complement.entry.type == "MOBILIZE"):
                # "Kim ordered his troops to be on full combat readiness": a state readies its own forces
                k.type, k.cameo, k.mode, k.context = "MOBILIZE", "152", "troops", "military"
                k.weight = max(k.weight, 0.75)
                tgts = []
            elif c.entry.lemma == "hit" and k.type == "ACCUSE" and (
                any(s.sector == "MIL" for s in srcs) or any(lemma(t) in _FORCE_WORDS for ch in k.pred.children if ch.dep_ in ("prep", "dobj", "obj") for t in ch.subtree)
            ):
                # "Ukrainian forces hit back at Russian positions with artillery": a blow, not a retort
                k.type, k.cameo, k.mode, k.context = "ASSAULT", "190", None, "military"
            elif c.entry.lemma in _ORDERING and k.type == "REQUEST" and k.complement is not None and k.complement.entry.type in ("THREATEN", "ASSAULT") and tgts and own and all(
                t.sector == "MIL" and t.country in own | {None} for t in tgts
            ):
                # "ordered the army to respond decisively to any further attacks by Cambodia": a
                # threat to whoever the response is aimed at, not a request of one's own army
                _, aimed, _ = arguments(k.complement, index, event_nouns)
                tgts = [t for t in aimed if t.country and t.country not in own]
                if k.complement.entry.type == "ASSAULT" and not _answering(k.complement):
                    # ... but "ordered the military to strike Hamas targets", "had ordered the armed
                    # forces to launch an offensive against the group's commanders": ordering a
                    # strike makes it (the conventions' round 7), at whomever it is aimed
                    k.type, k.cameo, k.mode, k.context = "ASSAULT", k.complement.entry.cameo, k.complement.entry.mode, "military"
                    tgts = [t for t in aimed if t.country] or tgts
                else:
                    k.type, k.cameo, k.mode, k.context = "THREATEN", "138", "violence", "military"
            elif c.entry.lemma == "order" and k.type == "REQUEST" and k.complement is not None and k.complement.entry.lemma in _LEAVING and tgts and own and all(
                t.country not in own for t in tgts
            ):
                # "The junta ordered the withdrawal of two UN agencies", "ordered French troops to leave": an expulsion
                k.type, k.cameo, k.mode, k.context = "SANCTION", "166", "expel", "diplomatic"
            forces = [t for t in tgts if t.sector == "MIL" and t.kind != "country"]
            if k.type == "AID" and k.cameo == "072" and c.via == "verb" and forces and lemma(k.pred) in SENDING:
                # "sent troops": the forces sent are no recipient, and sent nowhere named they deploy
                tgts = [t for t in tgts if t not in forces]
                if not tgts:
                    k.type, k.cameo, k.mode, k.context = "MOBILIZE", "154", "troops", "military"
            elif k.type == "AID" and k.cameo == "072" and c.via == "verb" and not tgts and lemma(k.pred) in SENDING and any(
                lemma(t) in lex.grammar.troop_nouns for o in k.pred.children if o.dep_ in ("dobj", "obj") for t in o.subtree
            ):
                # "has sent thousands of troops to the frontline": sent to nobody named, they deploy
                k.type, k.cameo, k.mode, k.context = "MOBILIZE", "154", "troops", "military"
            elif k.type == "AID" and k.cameo == "072" and c.via in ("verb", "headline") and own and lemma(k.pred) in SENDING and _sent_to_an_edge(k.pred) and not _sent_to_a_state(k.pred, tgts, own):
                # "sent 2,000 troops to the Colombian border": forces massed at a border aid nobody beyond it
                k.type, k.cameo, k.mode, k.context = "MOBILIZE", "154", "troops", "military"
            if k.type == "AID" and k.cameo == "072" and tgts and own and all(t.country in own for t in tgts):
                # "sent troops to the National Assembly": troops sent within one's own state deploy
                k.type, k.cameo, k.mode, k.context = "MOBILIZE", "154", "troops", "military"
            elif k.type == "MOBILIZE" and k.cameo == "154" and c.via == "verb" and own and _sent_to_a_state(k.pred, tgts, own):
                # "dispatched 3,000 soldiers to Russia": troops sent to another state aid it, as "sent" does
                k.type, k.cameo, k.mode, k.context = "AID", "072", None, "military"
            elif k.type == "MOBILIZE" and k.cameo == "154" and c.via == "verb" and own and (ally := _fought_for(k.pred, index, own) or _helped(k.pred, index, own)):
                # "has sent thousands of troops to fight for Russia", "... to help
                # Russia fight Ukraine": military aid to Russia
                k.type, k.cameo, k.mode, k.context = "AID", "072", None, "military"
                tgts = ally
            # (a verb read flat takes any party after it: only "with" names a partner)
            # (nor a place it is held over or near: "a nuclear exercise over the Netherlands")
            partners = [t for t in tgts if c.via not in ("headline", "flat") and not _named_in(span.doc, t, ("over", "near", "in", "on", "off", "around", "across", "against", "toward", "towards", "at"))]
            partners = partners or [t for t in tgts if _named_in(span.doc, t, ("with", "alongside"))]
            # (never one's own state, nor a name of no state: "marines fired K9 howitzers on Yeonpyeong")
            partners = [t for t in partners if t.country and t.country not in {a.country for a in srcs}]
            # (or "the allies prepared to launch combined naval drills": a drill made ready)
            drill = lemma(c.head) in DRILL_NOUNS or (
                c.entry.role == "prepare" and any(lemma(o) in DRILL_NOUNS for x in k.pred.children if x.dep_ == "xcomp" for o in x.children if o.dep_ in ("dobj", "obj"))
            )
            if k.type == "MOBILIZE" and drill and (partners or len({a.country for a in srcs if a.country}) > 1):
                # "X and Y began their annual exercise", "X held drills with Y":
                # a joint exercise is military cooperation between the parties
                k.type, k.cameo, k.mode, k.context = "COOPERATE", "062", None, "military"
                symmetric = symmetric or (not tgts and len(srcs) > 1)
            elif k.type == "MOBILIZE" and drill:
                # a drill "on Yeonpyeong Island" by the South's marines is held at home, at nobody
                tgts = [t for t in tgts if not (t.kind == "country" and t.country and t.country in {a.country for a in srcs})]
            if k.type == "REQUEST" and k.cameo == "1053" and tgts and all(t.country in {s.country for s in srcs} for t in tgts) and (
                holder := last_act(srcs, history + events, sent.index, HOLDING_TYPES)
            ):
                # "called for the Spanish detainee's release" after Venezuela arrested him: asked of whoever holds him
                tgts, target_ref = holder, True
            # ("resigned, taking responsibility for the failure to stop a North Korean drone": a leaving office, aimed at nobody)
            resigning = k.type == "RETREAT" and k.mode == "resign"
            if resigning:
                tgts = []
            if not tgts and not symmetric and not resigning:
                # an act aimed at nobody named is aimed at what the story implies
                tgts, target_ref = implied_targets(k, c, srcs, span, sent.index, history + events, index, event_nouns, trigger_preds, headline)
            if tgts and not symmetric and k.type == "ACCUSE" and c.via == "verb":
                # "The U.S. and Britain struck Houthi targets ... Iran condemned the
                # attack on Yemen": whoever attacked the state named, not the state
                attackers = attackers_of(k.pred, tgts, srcs, history + events)
                if attackers:
                    tgts, target_ref = attackers, True
            if k.type in ("THREATEN", "ACCUSE") and c.via == "verb" and not any(s.country for s in srcs) and any(lemma(t) in _PUNDITS for t in subject_tokens(k.pred)):
                continue  # "Analysts warned that China could invade Taiwan": a forecast by observers, no threat
            if k.type in JUDGING_TYPES and not tgts and any(
                o.dep_ in ("dobj", "obj") and lemma(o).endswith("ism") and lemma(o) not in CLAIM_NOUNS and o.pos_ == "NOUN" for o in k.pred.children
            ):
                # "would work with Beijing to oppose hegemonism": a stance on a doctrine, nobody judged
                # (not "rejected the criticism": a claim someone made)
                continue
            if c.via == "noun" and c.head.dep_ == "pobj" and c.head.head.lower_ == "of" and lemma(c.head.head.head) in _UPHOLDING and not any(
                d.dep_ in ("det", "poss", "amod", "compound") for d in c.head.children
            ):
                continue  # "International monitoring of sanctions has weakened": sanctions in general, no act told
            if k.type == "CONSULT" and c.via == "noun" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _CONVENING:
                continue  # "convened a meeting of security officials": the convening is the meeting, told once
            if k.type in ("PROTEST", "REQUEST") and k.pred.dep_ in ("advcl", "xcomp") and lemma(k.pred.head) in _MARCHING and k.pred.head.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in k.pred.children
            ) and (k.pred.head.i in type_at or k.type == "REQUEST"):
                # ("workers gathered outside the Assembly to protest the bill": a gathering
                # that is no act of its own leaves the protest as the act)
                continue  # "marched through central Bissau to demand the release of X": what the march was for, no second act
            if k.type == "MOBILIZE" and c.via == "verb" and lemma(k.pred) == "cross" and srcs and all(s.sector in ("CVL", "REF", "BUS") or _nationals(s) for s in srcs):
                # ("North Koreans who cross its border": a nation's people, not its forces)
                continue  # "Thousands of refugees crossed the border into Chad": people on the move show no force
            if k.type == "COERCE" and k.mode == "arrest" and srcs and all(s.sector in ("BUS", "CVL", "EDU", "HLH") for s in srcs):
                continue  # "The company charged customers over the limit": firms and people arrest and charge nobody
            if _pundits_expect(k.pred):
                continue  # "Analysts expect North Korea to respond with weapons tests": a forecast
            if _pundits_say(k.pred):
                continue  # "Analysts said both sides had reasons to keep talking": a view
            if k.type == "ACCUSE" and c.entry.lemma == "hold" and (
                any(lemma(t) == "consequence" for t in k.pred.subtree)
                or any(told_to_come(v) for v in _xcomp_chain(k.pred))
            ):
                # "will be held fully responsible for all consequences", "would (continue to)
                # hold Moscow accountable": a threat, not a charge
                k.type, k.cameo, k.mode = "THREATEN", "130", None
            if c.entry.lemma == "call" and k.type == "REQUEST" and _called_on_in_person(k.pred):
                # "Rear Adm. Whitfield called on Navy chief Adm. Kang at Navy headquarters": a
                # visit, nothing asked
                k.type, k.cameo, k.mode = "CONSULT", "042", None
            if c.entry.lemma == "meet" and k.type == "THREATEN" and k.pred.tag_ == "VBD":
                continue  # "the proposal met a cool response", "police met the crowd with force": told, not threatened
            if c.entry.lemma == "meet" and k.type in ("CONSULT", "AGREE") and _met_in_answer(k.pred, index):
                # "warned that any further incursion would be met 'with the same firmness'":
                # how a move will be answered, a threat, whatever the answer is called
                k.type, k.cameo, k.mode = "THREATEN", "138", None
            # (and what a standing denial's participle adds: "has repeatedly denied involvement,
            # calling such accusations a smear campaign")
            standing = any(
                a.dep_ == "advmod" and a.lower_ in ("always", "long", "consistently", "repeatedly", "routinely")
                for v in (k.pred, *((k.pred.head,) if k.pred.dep_ in ("advcl", "conj") and k.pred.tag_ == "VBG" else ()))
                for a in v.children
            )
            if c.entry.role == "denial":
                # "Phnom Penh denied planting any new mines": the denial answers
                # whoever made the accusation the story reported (the parties of
                # what is denied are no target); with none, it is no event
                # ("denied that account": whoever gave it)
                tgts = [] if standing else accusers(srcs, history + events, span.doc.text) or _denied_act_target(k.pred, srcs, history + events)
                if not tgts and not standing and any(o.dep_ in ("dobj", "obj") and lemma(o) in _ACCOUNT_NOUNS - CLAIM_NOUNS for o in k.pred.children):
                    tgts = _last_speaker(span, srcs, index, lex)
                if not tgts:
                    continue  # (nor is a standing denial: "Iran has always denied seeking nuclear weapons")
            if k.type == "REJECT" and standing and not tgts:
                continue  # "North Korea has routinely denied involvement in cyberattacks": a standing position, no act
            if k.type == "REJECT" and not tgts and c.entry.lemma == "deny" and c.entry.role != "denial" and not standing:
                # "Estonia accused Russia ... The Kremlin denied any involvement": the denial answers the accuser
                tgts = accusers(srcs, history + events, span.doc.text)
                target_ref = bool(tgts)
            if k.type == "REJECT" and not tgts and not standing and any(c.dep_ in ("dobj", "obj") and lemma(c) in _ACCOUNT_NOUNS for c in k.pred.children):
                # "Cambodia said Thai soldiers opened fire first. Bangkok rejected
                # that account": whoever gave it, or made the charge it answers
                # ("North Korea called the visit a provocation. Seoul dismissed the statement": whoever made it)
                tgts = accusers(srcs, history + events, span.doc.text) or _last_speaker(span, srcs, index, lex) or last_act(srcs, history + events, sent.index, WORDS_AT)
            if k.type == "REJECT" and not tgts and not standing and c.via == "verb" and any(
                d.dep_ == "det" and d.lower_ in ("any", "all") for o in k.pred.children if o.dep_ in ("dobj", "obj") for d in o.children
            ):
                # "Venezuela accused Colombia of backing a plot. 'Colombia rejects any attempt to
                # link our government to ...'": the rejection answers the accuser
                tgts = accusers(srcs, history + events, span.doc.text)
                target_ref = bool(tgts)
            if k.type == "REJECT" and not tgts and any(c.dep_ in ("dobj", "obj") and lemma(c) in CLAIM_NOUNS for c in k.pred.children):
                continue  # denying a charge nobody in the story made ("police denied the allegations") is no political act
            if k.type == "MOBILIZE" or (k.type == "RETREAT" and k.mode in ("withdraw", "disarm")):
                # "mobilizing thousands of troops", "deployed its army", "pulled back
                # troops": the forces moved are no target (nor a sea border shells fall beside)
                # (nor its own craft or men as its object, however the lexicon reads them: "Japan
                # scrambles fighters"; a place of its own they are sent to stays: "sent troops to the National Assembly")
                own_states = {s.country for s in srcs if s.country}
                moved = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in k.pred.children if o.dep_ in ("dobj", "obj")]
                tgts = [
                    # (another state's forces it is aimed at stay: "a Philippine coast guard vessel was shadowed by a Chinese corvette")
                    t for t in tgts if (t.sector != "MIL" or t.kind == "country" or (own_states and t.country and t.country not in own_states)) and t.name not in SEA_BORDERS
                    and not (k.type == "MOBILIZE" and t.kind != "country" and t.country in own_states and any(a <= (t.start or -1) < b for a, b in moved))
                ]
            # no party nearby for what an act is called ("calling the transfers a violation of UN
            # resolutions"), nor for forces readied ("Polish and Dutch jets were scrambled, and
            # an Italian aircraft was put on alert")
            unaimed = (
                (k.type == "RETREAT" and k.mode == "resign")
                or (c.via == "verb" and lemma(k.pred) == "call" and any(o.dep_ in ("oprd", "xcomp") for o in k.pred.children)
                    # (but "what it called Ukrainian terrorist attacks": the name says whose)
                    and not any(w.dep_ in ("dobj", "obj") and w.lower_ == "what" for w in k.pred.children))
                # "charged four men with sabotage on behalf of Russia's GRU": the men, of no state named, are the ones held
                or (k.type == "COERCE" and c.via == "verb" and any(o.dep_ in ("dobj", "obj") and lemma(o) in _UNNAMED_PEOPLE for o in k.pred.children))
                or (k.type == "MOBILIZE" and c.via == "verb" and is_passive(k.pred) and bool(srcs))
                # "sent troops to Kursk to help repel a Ukrainian incursion": whom the help is for is not whom it repels
                or (
                    c.entry.lemma in ("help", "assist")
                    and not any(o.dep_ in ("dobj", "obj") for o in k.pred.children)
                    and any(o.dep_ in ("xcomp", "ccomp") and not any(x.dep_ == "nsubj" for x in o.children) for o in k.pred.children)
                )
            )
            if not tgts and c.via == "verb" and k.type in ("MOBILIZE", "ASSAULT"):
                # "North Korean soldiers crossed the military demarcation line": into the other side
                tgts = line_crossed(k.pred, srcs)
            if not tgts and not symmetric and not (k.type == "MOBILIZE" and k.mode == "weapons") and k.type != "CONSULT" and not unaimed:
                # after recode: a launch "into the sea off Japan" stays a
                # launch, and aimed at nobody (a country named near a test
                # launch is where it fell, not whom it targeted)
                # (a town words are said in is only where; a town an attack, a
                # withdrawal or an aid delivery happened in is whom it concerns)
                tgts = nearby_targets(
                    c.head if c.via in ("noun", "occurrence") else k.pred, srcs, index, lex.grammar.reporting_verbs,
                    answer=k.type in JUDGING_TYPES | {"AGREE"}, venues=k.type not in JUDGING_TYPES | WORDS_AT | {"AGREE"},
                )
                # (a ship "struck about 60 nautical miles southwest of the port of Hodeidah": where, not whom)
                tgts = [t for t in tgts if not (t.kind == "country" and at_sea_off(t, span.doc.text))]
                if k.type == "MOBILIZE":
                    # the forces moved, as above, unless the phrase names where
                    # they are ("strengthened its forces in Lebanon")
                    tgts = [t for t in tgts if t.sector != "MIL" or t.kind == "country" or t.text != t.text.lower()]
                if k.type in ("SUPPORT", "AID", "COOPERATE", "AGREE"):
                    # "stood with its ally against China's actions": whom one stands against is no partner
                    tgts = [t for t in tgts if not _named_in(span.doc, t, ("against",))]
                    if c.via == "verb" and any(lemma(p) in _PARTY_WORDS for p in pobjs(k.pred, {"with", "behind"})):
                        # "said Washington stands with its treaty ally and condemned China's ...": the ally
                        # the phrase names, not a state another verb of the sentence condemns
                        tgts = [t for t in tgts if (r := root_token(span.doc, t)) is None or not _censured_there(verb_above(r, 8))]
                if k.type in ("SUPPORT", "COOPERATE", "AGREE", "CONSULT") and not k.cameo.startswith("042"):
                    # "signed an expanded peace declaration in Kuala Lumpur": a town it was done in is the
                    # venue (the town a visit goes to is its target)
                    tgts = [t for t in tgts if not (a_city(t) and _named_in(span.doc, t, ("in", "at")))]
                if k.type == "COOPERATE" and k.cameo == "062" and c.via in ("light", "noun", "occurrence") and lemma(c.head) in DRILL_NOUNS | {"patrol"} and tgts and (
                    len({a.country for a in srcs if a.country}) == 1 and not symmetric and not any(_named_in(span.doc, t, ("with", "alongside")) for t in tgts)
                ):
                    # "the Eastern Theater Command conducted joint combat readiness patrols around
                    # Taiwan": joint among its own services, a show of force toward the state around
                    k.type, k.cameo, k.mode, k.context = "MOBILIZE", "150", None, "military"
                target_near = bool(tgts)
        if k.type == "AGREE" and c.via == "verb" and tgts and srcs and not symmetric and all(
            t.country in {s.country for s in srcs if s.country} and (t.kind == "country" or t.sector == "MIL") for t in tgts
        ):
            continue  # "Kim pledged to build a monument in Pyongyang to the soldiers": a promise at home, to nobody abroad
        # a bare event noun shares the status of the verb it hangs off:
        # "an embargo would not work", "failed to adopt sanctions"
        pol_tok = k.pred.head if c.via in ("noun", "occurrence") and k.pred.dep_ in ("nsubj", "nsubjpass", "dobj") else k.pred
        pol = polarity(pol_tok, lex.grammar, negation_is_meaning=c.entry.role in ("negthreat", "negreject"), own_verb=pol_tok is k.pred and c.via != "noun")
        if pol in ("asserted", "reported") and c.via in ("noun", "occurrence") and pol_tok is not k.pred and (
            mods := {m.lower_ for m in c.head.children if m.dep_ == "amod"} & (MAYBE | PLANNED)
        ):
            # "discussed a possible meeting between Zelensky and Putin": talked of, not held
            # ("prepared the planned summit": still to come)
            pol = "hypothetical" if mods & MAYBE else "future"
        if pol in ("asserted", "future", "reported") and span.text.rstrip(" '\"”’").endswith("?"):
            pol = "hypothetical"  # "Will China invade Taiwan?", "Did N. Korea send troops?": asked, not told
        if pol == "hypothetical" and (c.entry.role == "conditional" or (k.type == "THREATEN" and conditional(k.pred, lex))):
            pol = "future"  # the threat is made; only what triggers it is hypothetical
            if k.type == "THREATEN" and target_near:
                # "... would take countermeasures if the U.S. and South Korea continue":
                # whoever the condition names is threatened
                threatener = {a.country for a in srcs}
                conditioned = [a for a in actors_of_all(condition_subjects(k.pred), index) if a.country and a.country not in threatener]
                if conditioned:
                    tgts, target_near = conditioned, False
        elif k.type == "ASSAULT" and pol == "hypothetical" and c.via == "verb" and srcs and conditional(k.pred, lex) and _own_side_says(k.pred, srcs, index, lex):
            # "Putin said Russia could use nuclear weapons if it came under
            # attack": a force promised on a condition is a threat made now
            k.type, k.cameo = "THREATEN", "1385" if k.cameo.startswith("204") else "138"
            k.mode, k.context = "violence", "cbrn" if k.cameo == "1385" else "military"
            pol = "future"
        if c.entry.role == "prepare" and k.type == "COOPERATE" and pol == "asserted":
            pol = "future"  # "prepared to launch combined drills next week": the drill is still to come
        if c.entry.role == "judge" and said is not None and pol != "negated":
            # the judgement is the speaker's statement: "would face consequences
            # if ..." is hypothetical only inside it, the threat is made
            pol = polarity(said, lex.grammar)
        if c.via in ("light", "noun") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.head.children):
            pol = "negated"  # "carried out no air strikes", "no clashes were reported"
        if c.via == "noun" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in lex.grammar.blocking_verbs:
            pol = "negated"  # "banned all rallies", "foiled an attack"
        if c.via == "noun" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _RISKING and pol == "asserted":
            pol = "hypothetical"  # "defectors sent back face torture": a risk, not an act
        if _forbidden(c.head if c.via != "verb" else k.pred):
            pol = "negated"  # "its ban on supplying weapons", "a ban on protests": what a ban forbids
        blocked = k.pred.head if k.pred.dep_ == "acl" else None
        if c.via == "verb" and blocked is not None and lemma(blocked.head) in lex.grammar.blocking_verbs and (
            blocked.dep_ in ("dobj", "obj") or (blocked.dep_ == "nsubjpass" and lemma(blocked) not in _ATTEMPTS)
        ):
            # "blocked a statement condemning X", "a statement condemning X was blocked": nobody
            # condemned (but "an attempt to assassinate him was thwarted" was made)
            pol = "negated"
        if c.via == "verb" and blocked is not None and blocked.dep_ in ("dobj", "obj") and lemma(blocked.head) in _OPPOSING and lemma(blocked) in _DRAFTED_TEXTS:
            # "China and Russia opposed a draft press statement condemning it": what the text
            # says is nobody's act, least of all its opponents'
            continue
        if c.entry.role == "obligation":
            pol = "asserted"  # the demand is stated, whatever the modal says
        if pol == "negated" and k.type in GIVING_TYPES and c.via in ("verb", "light") and _will_not(k.pred, lex):
            # "would never sit down with the Yoon government", "will not hold
            # talks": refusing to meet or give is a stated rejection
            pol = _as_refusal(k, lex)
            if c.entry.role == "receive":
                # "would never accept any help from the South": the refuser rejects the giver
                srcs, tgts = tgts, srcs
        disavower = disavowed(c.head) if pol == "negated" and k.type in GIVING_TYPES and c.via == "noun" else None
        if disavower is not None:
            # "North Korea has no interest in talks with Seoul": a refusal, stated
            pol = _as_refusal(k, lex)
            if not srcs:
                disavower_subject = subject_tokens(disavower)
                srcs = actors_of_all(quote_speaker(disavower) if any(t.lower_ == "we" for t in disavower_subject) else disavower_subject, index)
        rule_out = k.pred if c.entry.lemma == "rule" else k.complement.pred if k.complement is not None and k.complement.entry.lemma == "rule" else None
        if rule_out is not None and _force_named(rule_out) and (pol == "negated" or rule_out is not k.pred):
            # "did not rule out", "refused to rule out the use of military force against Iran": a threat of force
            k.type, k.cameo, k.mode, k.context, pol = "THREATEN", "138", "violence", "military", "asserted"
        elif rule_out is not None and pol == "negated" and k.complement is not None and k.complement.entry.type in ("MOBILIZE", "ASSAULT", "COERCE"):
            continue  # "I wouldn't rule out a cruise missile launch": what may happen, no refusal of anything
        if c.via == "noun" and not srcs and not tgts and not symmetric and c.head.dep_ == "pobj" and c.head.head.lower_ in ("over", "about"):
            continue  # "The talks hit a snag over sanctions": what a dispute is about, by nobody named
        if pol == "negated" and not srcs and not tgts and not symmetric:
            continue  # "no shots were fired": an act that did not happen, by nobody to nobody, tells nothing
        if pol == "hypothetical" and k.pred.dep_ == "xcomp" and lemma(k.pred.head) == "invite" and k.pred.head.i in type_at:
            continue  # "invited his Serbian counterpart to meet him": the invitation, coded on its verb
        if _below(k.pred, swallowed) or (k.pred.i not in asking and _below(k.pred, asking, through_roles=True)):
            continue  # "asked ECOWAS to send troops to help fight insurgents": what the asked-for act is for, not done
        if k.pred.i not in proposing and _proposal_aim(k.pred, proposing):
            continue  # "proposed military talks with the North to prevent border clashes": what the proposal is for
        if pol == "future" and _under_agreement(k.pred, type_at):
            continue  # "agreed to expand cooperation on sharing data": part of what was agreed, coded there
        _intent_of_future(k, pol, lex)
        if k.type == "REJECT" and pol == "negated" and lemma(k.pred) == "rule" and any(c.dep_ == "ccomp" for c in k.pred.children):
            # '"We cannot rule out that this was a deliberate act of sabotage by a Chinese-controlled
            # vessel"': a suspicion voiced, no refusal of anybody
            k.type, k.cameo, k.mode, k.context = "ACCUSE", "112", "allege", "diplomatic"
            pol = "asserted"
        toks = sorted(set(c.tokens) | (set(k.complement.tokens) if k.complement else set()), key=lambda t: t.i)
        toks = [t for t in toks if t.i >= span.start and t.i < span.end]
        if hyphenated(toks[0]) and toks[0].i - 2 >= span.start:
            toks.insert(0, span.doc[toks[0].i - 2])  # "a sit-in": the whole word
        start = toks[0].idx
        end = toks[-1].idx + len(toks[-1].text)
        # the document's own words (the parse may have read a headline in sentence case)
        text = sent.text[start - sent.start : end - sent.start]
        conf = k.weight * _clause_factor(k.pred, lex) * (0.85 + 0.1 * bool(srcs) + 0.05 * (bool(tgts) and not target_near))
        if (
            k.pred.dep_ in ("acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.pred.children)
            and k.pred.head.i not in event_nouns
            and lemma(k.pred.head) not in ("attempt", "bid")
            and not (k.pred.head.dep_ == "ROOT" and k.pred.head.pos_ in ("PROPN", "NOUN"))  # headline "X to do Y"
            # ("triggered a mechanism to reimpose UN sanctions": set going, the act is under way)
            and not (k.pred.head.dep_ in ("dobj", "obj") and lemma(k.pred.head.head) in ("trigger", "activate", "invoke"))
            # (nor a text rewritten to do it: "revised the constitution to define South Korea as a hostile state")
            and not (k.pred.head.dep_ in ("dobj", "obj") and lemma(k.pred.head.head) in REWRITING)
        ):
            conf *= 0.4  # "a place to visit", "efforts to deal with": no event happens
        if pol == "negated":
            conf *= 0.5
        if pol == "hypothetical" and _condition_clause(k.pred):
            conf *= 0.6  # "... if it came under attack": the condition of what is said, not the news
        if k.pred.dep_ == "acl" and k.pred.tag_ == "VBN" and (
            (k.pred.head.dep_ in _ARG_DEPS and k.pred.head.head.i in trigger_preds - {k.pred.i})
            # "Russian peacekeepers, deployed to Karabakh in 2020, ...": a past year's act, set off as background
            or (k.pred.i > 0 and k.pred.doc[k.pred.i - 1].text == "," and k.pred.head.i < k.pred.i and any(
                c.dep_ == "prep" and c.lower_ in ("in", "since") and any(p.like_num and len(p.text) == 4 for p in c.children) for c in k.pred.children
            ))
        ):
            conf *= 0.3  # "shortened the curfew imposed in May", "freed six Americans detained in Caracas": the participle is background
        if k.type == "REQUEST" and k.pred.dep_ in PURPOSE_DEPS and k.pred.head.i in protest_toks:
            conf *= 0.6  # "staged rallies to demand reforms": the demand is the protest's claim
        if conf < MIN_EMIT:
            continue
        if (not tgts or (k.cand.entry.type == "CONSULT" and not pobjs(k.pred, {"with"}))) and _purpose_of_same(k, type_at):
            # "met on Monday to discuss X": one meeting, coded on "met" (whoever the
            # topic names: "to discuss the allies' deterrence strategy")
            continue
        if c.via in ("noun", "occurrence") and k.type == "ASSAULT" and c.head.dep_ == "nsubj" and type_at.get(c.head.head.i) == "ASSAULT" and c.head.head.i != k.pred.i:
            # "the Moscow attack killed 140 people", "an Israeli drone strike
            # killed two people": one act, coded on what it did, with the
            # attack's weapon when it names one
            if k.cameo != "190" and k.cameo.startswith(("18", "19")):
                attack_codes[c.head.head.i] = (k.cameo, k.mode)
            continue
        if c.via == "noun" and k.type in ("ASSAULT", "COERCE") and not srcs and c.head.dep_ in ("dobj", "obj") and type_at.get(c.head.head.i) == "ACCUSE" and any(
            d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in c.head.children
        ):
            continue  # "Guterres condemned the attack on the convoy": the act judged, by nobody named here, no new attack
        if c.via == "noun" and k.type == "SANCTION" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _REGIME_VERBS:
            continue  # "monitored sanctions on North Korea", "helped it evade sanctions": the standing regime, no new measure
        if c.via == "noun" and k.type == "RETREAT" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _STRAINING:
            continue  # "deadly strike tests Gaza truce", "threatened the fragile ceasefire": the truce in force, no new one
        if c.via == "noun" and k.type == "SANCTION" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _WELCOMING and not any(
            a.lower_ in ("new", "fresh", "additional", "further") for a in c.head.children
        ):
            continue  # "welcomed the U.S. sanctions": the measure is told elsewhere; the welcome is the news ("new sanctions" are both)
        if (k.type in ("ASSAULT", "COERCE") or (k.type == "AID" and c.entry.lemma == "help")) and _sent_for(k.pred, type_at):
            continue  # "deployed police to Haiti to help fight gangs": the deployment is the act
        if pol == "future" and c.via == "noun" and not srcs and c.head.head.i in trigger_preds and c.head.head.i != c.head.i:
            continue  # "South Korea proposed talks with North Korea": the proposal is coded on its verb
        if k.type in ("AGREE", "RETREAT") and k.cameo.startswith(("035", "084")) and not srcs and tgts and all(t.sector in ("SPY", "COP", "JUD") for t in tgts):
            continue  # "The defector will be handed over to the National Intelligence Service": a hand-over at home
        if not srcs and not tgts and k.type in _NEEDS_A_PARTY:
            continue  # "he said the meeting went well", "she decided to ...": talk about nobody
        if not srcs and not tgts and k.type == "THREATEN" and (
            c.via == "noun" or (c.via == "verb" and any(t.pos_ == "NOUN" and not t.ent_type_ for t in subject_tokens(k.pred)))
        ):
            # "the threat that Pyongyang poses", "came with an ultimatum", "fears the
            # dam will reduce its water supply": a danger, nobody's threat told
            continue
        if not srcs and not tgts and (c.via in ("noun", "light") or (c.via == "occurrence" and k.type != "ASSAULT")) and referring_back(c.head):
            # "the attacks mark ...", "welcomed the seizure", "The protest was lodged on
            # Saturday", "The exercise will be a first step": an act already told (or
            # planned), by nobody named here (a bombing told again is still counted
            # where it happened: "the bombing killed ...")
            continue
        if not srcs and not tgts and not symmetric and c.via == "verb" and k.pred.tag_ == "VBG" and k.pred.dep_ in ("advcl", "pcomp", "acl") and inside_quote(span.text, k.pred.idx - span.start_char):
            continue  # '"It is ridiculous to talk about dialogue while flying nuclear bombers over our heads"': rhetoric, nobody's act
        if not srcs and not tgts and not symmetric and c.via in ("noun", "occurrence") and any(
            ev.event_type == k.type and ev.polarity == "asserted" and ev.source is not None for ev in recent(history + events, sent.index)
        ):
            continue  # "Rival militias fought ... Witnesses reported heavy machine-gun fire": the act just told, again
        if k.type == "ASSAULT" and c.via == "verb" and any(lemma(t) in INSTRUMENT_NOUNS for t in subject_tokens(k.pred)):
            continue  # "New EU sanctions on Russia hit its banks": a measure's effect, no attack
        if k.type == "SANCTION" and not srcs and c.via == "noun" and c.head.dep_ == "nsubj" and lemma(c.head.head) in _EFFECT_VERBS:
            continue  # "Critics say the sanctions on Iran have hurt ordinary people": what a standing measure does
        if not srcs and (c.via == "verb" or not tgts) and _described_by_instrument(k, c):
            continue  # "the sanctions freeze assets", "the sanctions ...": what a measure does, said again
        if k.type == "CONSULT" and c.via == "noun" and not tgts and c.head.dep_ == "pobj" and lemma(c.head.head) in ("at", "during"):
            continue  # "approved the white paper at a Cabinet meeting": where it was done, no meeting of parties
        if k.type == "CONSULT" and k.cameo == "042" and not srcs:
            continue  # "after leaving the area for the city": a trip by nobody named is no visit
        if k.type == "COOPERATE" and c.via in ("noun", "occurrence") and not tgts and not symmetric:
            continue  # "its cooperation is of great significance": nobody cooperates with anybody
        if c.entry.lemma in ("protest", "boycott") and crowd(k.pred):
            if k.type == "ACCUSE":
                # "thousands of Nigerians protested against the law": a crowd demonstrates
                k.type, k.cameo, k.mode, k.context = "PROTEST", "140", None, None
        elif k.type == "PROTEST" and c.entry.lemma in ("protest", "boycott") and any((s.kind == "country" and not _people_of(s)) or s.sector == "GOV" for s in srcs):
            # ("South Koreans protest in Seoul": a nation's people demonstrate)
            # a government that protests lodges a complaint; it does not demonstrate
            k.type, k.cameo, k.mode, k.context = "ACCUSE", "114", "allege", "diplomatic"
            if not tgts and not symmetric:
                # "Japan protested the launch": whoever carried it out
                tgts = referred_agents(k.pred, srcs, history + events)
                target_ref = bool(tgts)
        if _ordered_to_stop(k, c, srcs, tgts):
            # "the junta ordered the newspaper to suspend publication": a
            # state's order that stops somebody is coercion, not a request
            k.type, k.cameo, k.mode, k.context = "COERCE", "172", "restrict", None
        if k.cameo == "144" and any((s.kind == "country" and not _people_of(s)) or s.sector in STATE_SECTORS for s in srcs):
            # "Azerbaijan blocked the road to Armenia": a state's roadblock is a blockade, not a protest
            k.type, k.cameo, k.mode, k.context = "COERCE", "191", "restrict", None
        if c.entry.lemma == "regret" and any(p.lower_ in ("over", "at", "about") for h in (c.head, k.pred) for p in h.children if p.dep_ == "prep"):
            # "expressed deep regret over the North's move": disapproval, no apology ("regret for")
            k.type, k.cameo, k.mode, k.context = "ACCUSE", "110", "disapprove", None
        if k.type == "THREATEN" and c.via == "verb" and lemma(k.pred) == "warn" and _warned_verdict(k.pred):
            # "warned that a deployment would mark a dangerous development": a judgement of the act, no threat
            k.type, k.cameo, k.mode, k.context = "ACCUSE", "111", "disapprove", None
        if _left_a_body(k, srcs, tgts):
            k.type, k.cameo, k.mode, k.context = "SANCTION", "160", None, "diplomatic"
        ctx = _context(k, lex)
        if srcs and not tgts and not symmetric and k.type in _HOSTILE_TYPES | {"SANCTION"} and not (k.type == "MOBILIZE" and k.mode == "weapons") and _inter_korean_object(k.pred):
            # "suspended the inter-Korean military agreement", "blew up the
            # inter-Korean liaison office": the other Korea is the party (a launch
            # "from near the inter-Korean border" into the sea is aimed at nobody)
            tgts = [replace(_OTHER_KOREA[s.country]) for s in srcs[:1] if s.country in _OTHER_KOREA]
        if (ended_pressure or (ended and k.type == "SANCTION" and c.via == "noun")) and not srcs:
            srcs = actors_of_all(subject_tokens(c.head.head), index)  # who halts it
        other_korea = _OTHER_KOREA.get(srcs[0].country or "") if srcs else None
        if (other_korea is not None and not tgts and not symmetric and c.entry.lemma == "fire" and "warning" in c.entry.objects
                and any(a.country == other_korea.country for t in span for a in index.on(t))):
            # "fired warning shots after North Korean soldiers crossed the border": at the other Korea's men
            tgts = [replace(other_korea)]
        if (other_korea is not None and other_korea.country == "PRK" and not tgts and not symmetric and k.type == "THREATEN" and c.via == "verb"
                and any(lemma(t) in ("provocation", "provocations") for t in k.pred.subtree)
                and any(a is not None and a.country == "PRK" for e in history + events for a in (e.source, e.target))):
            # "the military would respond sternly to any provocation": on the Korean desk Seoul's
            # provocations are the North's, when the story has named the North
            tgts = [replace(other_korea)]
        if across_border and srcs and not tgts:
            # broadcasts and balloons across the Korean border ended: toward the other Korea
            tgts = [replace(_OTHER_KOREA[s.country]) for s in srcs[:1] if s.country in _OTHER_KOREA]
        if (k.cameo == "170" or c.entry.cameo == "170") and k.mode != "cyber" and srcs and not tgts:
            # balloons, loudspeakers, jamming across the Korean border are aimed
            # at the other Korea; elsewhere, with no target named, at nobody named
            # (also when promised: "Seoul to resume loudspeaker broadcasts")
            tgts = [replace(_OTHER_KOREA[s.country]) for s in srcs[:1] if s.country in _OTHER_KOREA]  # a fresh actor per event
        elif (
            (k.type in _DOMESTIC_TYPES or (k.type == "THREATEN" and k.cameo.startswith("132")) or _frees_own_dissidents(k)) and srcs and not tgts and not symmetric
            and c.entry.lemma not in _THEFT
            and not (k.type == "CONCEDE" and pol == "negated")  # "showed no sign of backing down": yielding to nobody
            # "Hungary dropped its veto": a stand of its own taken back, before whoever it held up
            and not (k.type == "CONCEDE" and c.via == "verb" and any(o.dep_ in ("dobj", "obj") and lemma(o) in _STANDS for o in k.pred.children))
            # "surrounded the Onnuri", "seized a tanker in the Gulf of Oman": a ship, not a domestic act
            and not (c.via == "verb" and any(o.dep_ in ("dobj", "obj") and (o.pos_ == "PROPN" or lemma(o) in CRAFT_NOUNS | {"tanker"}) for o in k.pred.children))
            # ... or the craft a seizure is "of" ("Vietnam protests Chinese seizure of fishing boat")
            and not (c.via in ("noun", "light") and any(lemma(o) in CRAFT_NOUNS | {"tanker"} for o in pobjs(c.head, {"of"})))
            # ... also in a headline read flat ("Finland seizes tanker")
            and not (c.via in ("headline", "flat") and any(lemma(t) in CRAFT_NOUNS | {"tanker"} for t in span if k.pred.i < t.i <= k.pred.i + 4))
        ):
            # ... and a threat of a ban, curfew or martial law with nobody named
            # (the crew of boats just seized are the boats' people: "seized three Chinese
            # fishing boats and detained 27 crew members")
            crew = k.type == "COERCE" and c.via == "verb" and any(o.dep_ in ("dobj", "obj") and lemma(o) in _CREW_NOUNS for o in k.pred.children)
            # (and what is done next to them: "boarded a Vietnamese fishing boat and confiscated its catch")
            # (or by a verb of the same series: "boarded the vessel, assaulted the 11 fishermen and confiscated their catch")
            first = k.pred.head if k.type == "COERCE" and c.via == "verb" and k.pred.dep_ == "conj" else None
            series = {first.i, *(x.i for x in first.conjuncts if x.i < k.pred.i)} if first is not None else set()
            held = [e.target for e in events if e.event_type in ("COERCE", "ASSAULT") and e.target is not None and e.target.country
                    and (crew or (e.trigger is not None and e.trigger.start in pred_at and pred_at[e.trigger.start].i in series))
                    and (e.event_type == "COERCE" or not crew)
                    and e.target.country not in {s.country for s in srcs}]
            # (or what a firm of another state runs: "taking over the uranium mine run by French group Orano")
            owners = [a for a in actors_of_all(_runners(k.pred), index, event_nouns) if a.country and a.country not in {s.country for s in srcs}] if k.type == "COERCE" else []
            tgts = held[:1] or owners[:1] or _domestic_targets(srcs)
        elif (k.type == "COERCE" or (k.type == "ASSAULT" and lemma(k.pred) == "execute")) and srcs and tgts:
            # ("North Korea executed 30 officials": a state executes its own)
            tgts = _repressed_at_home(srcs, tgts, _states_named(span, index))
        elif k.type in ("ASSAULT", "SANCTION") and srcs and tgts:
            tgts = _enemy_not_own(srcs, tgts, span, index)
        if k.cameo == "161" and c.via == "verb" and lemma(k.pred) == "recall":
            home = {s.country for s in srcs}
            if not any(t.country and t.country not in home for t in tgts):
                # "recalled its charge d'affaires from Minsk": the state the envoy leaves
                hosts = [k.pred, *(o for o in k.pred.children if o.dep_ in ("dobj", "obj"))]
                posts = [a for a in actors_of_all([p for h in hosts for p in pobjs(h, {"from"})], index) if a.country and a.country not in home]
                tgts = posts[:1] or tgts
        if k.type == "PROTEST" and c.via == "verb":
            # "protested outside the Chinese consulate in New York": the mission's state
            missions = actors_of_all([p for p in pobjs(k.pred, {"outside", "at", "near", "before"}) if lemma(p) in _MISSIONS], index)
            if missions:
                tgts, target_near = missions, False
        source_place = False
        if k.type == "COERCE" and k.cameo == "170" and not srcs and c.via == "verb" and tgts and tgts[0].country and any(
            lemma(t) in ("coup", "putsch") for t in [*subject_tokens(k.pred), k.pred.doc[k.pred.i - 1]]  # (or the noun the parse left before it)
        ):
            # "a coup toppled the civilian government": the state's own coup plotters
            srcs = [Actor(text="coup", name="coup plotters", country=tgts[0].country, sector="MIL", kind="group")]
        if k.type == "PROTEST" and not srcs:
            # "Tens of thousands marched in American cities": people of the place where they march
            where = attack_place_source(k.pred, c.head, index)
            if where is not None:
                srcs = [replace(where, name="protesters", kind="group", sector="CVL")]
                tgts = [t for t in tgts if t.country != where.country or t.start != where.start] or _domestic_targets(srcs)
        if k.type == "ASSAULT" and not srcs:
            # nobody named: unidentified attackers of the state where it happened
            unknown = attack_place_source(k.pred, c.head, index)
            if unknown is not None:
                srcs, source_place = [unknown], True
                # the place is where it happened, not whom it hit
                tgts = [t for t in tgts if not (target_near and t.start == unknown.start)]
                target_near = target_near and bool(tgts)
        if k.type == "CONSULT" and len({a.country or a.name for a in srcs + tgts}) >= 3:
            k.mode = "multilateral"
        if headline:
            # headline "N. Korea fires artillery shells: JCS": who reports it is no party
            srcs, tgts = _before_attribution(srcs, span), _before_attribution(tgts, span)
            target_near = target_near and bool(tgts)
        if (k.type == "ASSAULT" and srcs and tgts and target_near) or k.type in _HOSTILE_TYPES:
            # "struck a boat in the southern Caribbean": a region is where, not whom; nor is one
            # accused, threatened, sanctioned or shown force ("accused certain actors of seeking
            # to destabilise the Horn of Africa"; visits and aid may go to a region), though the
            # West and Europe are accused as parties ("accused Western powers of meddling")
            tgts = [t for t in tgts if not (t.kind == "country" and t.country in REGION_CODES and (k.type == "ASSAULT" or t.country not in ("WST", "EUR")))]
        if c.via == "verb" and lemma(k.pred) in _FIRING_VERBS and not _shot_at(k.pred):
            # "fired artillery near a border island": what is fired is no target
            fired = [(o.left_edge.idx, o.idx + len(o.text)) for o in k.pred.children if o.dep_ in ("dobj", "obj")]
            tgts = [t for t in tgts if t.start is None or not any(a <= t.start < b for a, b in fired)]
        tgts = _one_place_per_state(tgts)
        # (nobody a slogan names: 'chanting "Withdraw the $10 billion demand"')
        tgts = [t for t in tgts if t.start is None or not any(a <= t.start < b for a, b in chants)]
        if k.cameo.startswith("042") and c.via == "verb" and tgts and not any(t.country for t in tgts):
            # "arrived at Wonsan's Kalma airport": the state visited, not the airport's name
            places = [a for p in k.pred.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "to") for x in p.subtree for a in index.on(x) if a.country and a.kind == "country"]
            tgts = places[:1] or tgts
        # "to disperse pro-European demonstrators": whom a group favours is no
        # party (what "anti-Pyongyang leaflets" are against is)
        tgts = [t for t in tgts if not _favoured(t, sent)]
        if k.type not in _OBJECTING_TYPES | {"THREATEN"} and len(tgts) > 1:
            # "paused aid to the Cook Islands over China deals": with a party named, what the act is over is none
            reasons = [t for t in tgts if _named_in(k.pred.doc, t, ("over",))]
            if len(reasons) < len(tgts):
                tgts = [t for t in tgts if t not in reasons]
        if k.type in _OBJECTING_TYPES:
            # "protested against the arrest of Kenyan fishermen": whoever was held is no addressee,
            # nor are a state's own people whose release it seeks ("seek the release of South Korean workers")
            own_states = {a.country for a in srcs if a.country}
            tgts = [t for t in tgts if _suffered_in(k.pred.doc, t) not in (_HARM_NOUNS if t.country not in own_states else _HARM_NOUNS | _FREEING_NOUNS)]
        if symmetric and k.complement is not None and k.type in ("THREATEN", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE"):
            # "Washington, Seoul and Tokyo agreed to respond resolutely to any
            # provocation": allies promise a response together, not against each other
            symmetric = False
            tgts = [t for t in tgts if t.country not in {a.country for a in srcs}]
        pred_at[start] = k.pred
        cameo, mode = attack_codes.get(k.pred.i, (k.cameo, k.mode)) if k.type == "ASSAULT" else (k.cameo, k.mode)
        for src, tgt in _pairs(srcs, tgts, symmetric, k.type in _TOGETHER_TYPES | {"REQUEST"}):
            events.append(
                Event(
                    event_id=event_id(doc_id, sent.index, start, k.type, src, tgt),
                    doc_id=doc_id,
                    sentence_index=sent.index,
                    evidence=sent.text,
                    event_type=k.type,
                    mode=mode,
                    context=ctx,
                    cameo_code=cameo,
                    source=src,
                    target=tgt,
                    confidence=round(min(1.0, max(0.0, conf)), 3),
                    trigger=Span(start, end, text),
                    polarity=pol,
                    section=sent.section,
                    coder=CODER,
                    extra={"via": c.via, "lemma": c.entry.lemma, **({"complement": k.complement.entry.lemma} if k.complement else {}), **({"intent_of": c.entry.type} if k.extra_intent else {}), **({"target_via": "nearby"} if target_near else {}), **({"target_via": "reference"} if target_ref else {}), **({"source_via": "place"} if source_place else {}), **({"pluperfect": True} if _pluperfect(k.pred) else {}), **({"time_clause": True} if _time_clause(k.pred) else {})},
                )
            )

    # ("It warned that it would respond with force"; '"... the U.S. will bear full responsibility,"
    # she said. She stressed that the armed forces will never tolerate any attempt ...': a threat of
    # nobody named in its state's warning, or in the two sentences after it, is that warning again)
    warned = {e.source.country for e in history + events if e.event_type == "THREATEN" and e.polarity == "asserted" and e.source is not None and e.source.country
              and sent.index - 2 <= e.sentence_index <= sent.index}
    events = [e for e in events if not (e.event_type == "THREATEN" and e.polarity in ("future", "hypothetical") and e.target is None
                                        and e.source is not None and e.source.country in warned)]
    return settle(events, pred_at, doc_id)


_MEETING_AIMS = frozenset(("coordinate", "resolve", "settle", "defuse", "ease", "finalize", "finalise", "negotiate", "hammer", "iron"))


def _purpose_of_same(k: Coded, type_at: dict[int, str]) -> bool:
    """A purpose infinitive repeating the act of the verb it serves ("met to
    discuss", "fired tear gas to disperse"), or a participle of the same
    type that spells it out."""
    p = k.pred
    if p.dep_ == "advcl" and p.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in p.children) and type_at.get(p.head.i) == k.type:
        return True  # "ordered a nationwide mobilisation, calling up reservists": one act, told twice
    if p.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in p.children):
        return False
    # (the act served may be told by a light verb's object: "hold a meeting to discuss")
    served = [type_at.get(p.head.i), *(type_at.get(o.i) for o in p.head.children if o.dep_ in ("dobj", "obj"))]
    if p.head.dep_ in ("dobj", "obj"):
        served.append(type_at.get(p.head.head.i))  # ("to discuss" hung on the meeting noun)
    if p.dep_ == "advcl" and any(t in (k.type, k.cand.entry.type) for t in served if t):
        return True  # (and "are set to hold a meeting to discuss ...": the talks the meeting is, not a pledge)
    # "met Macron in Paris to coordinate positions", "held 20 rounds of talks to
    # resolve the standoff": what the meeting is for
    return lemma(p) in _MEETING_AIMS and type_at.get(p.head.i) == "CONSULT"


def _below(pred: Token, swallowed: frozenset[int], through_roles: bool = False) -> bool:
    """The verb is an infinitive purpose or complement (up to three levels)
    of an act another verb asks for, promises or refuses (``through_roles``:
    of the asking verb itself, reached through a gerund's noun: "a role in
    persuading X to halt", never the asked act's own verb)."""
    node = pred
    if pred.dep_ == "conj" and pred.tag_ == "VBD" and pred.head.tag_ == "VB":
        # "asked Beijing to play a role in persuading North Korea to return to dialogue and
        # expressed concern over ...": a past verb is no part of the infinitive it is hung on
        return False
    for level in range(3):
        while node.dep_ == "conj" and node.head.i != node.i and not any(s.dep_ in ("nsubj", "nsubjpass") for s in node.children):
            node = node.head  # "hoped X would exercise restraint and settle their differences": asked too
        if through_roles and level == 0 and node.dep_ == "xcomp" and node.head.i in swallowed:
            return False  # "urged X to halt": the asked act itself, coded with its request
        bare = node.dep_ == "xcomp" and lemma(node.head) in ("help", "let", "make")  # ("to help fight insurgents")
        # (or a clause of what would be done: "hoped India and Pakistan would exercise restraint")
        if node.dep_ not in ("xcomp", "advcl", "ccomp") or node.head.i == node.i or not (
            bare or any(c.dep_ == "aux" and (c.lower_ == "to" or (node.dep_ == "ccomp" and c.lower_ in ("would", "should", "will"))) for c in node.children)
        ):
            return False
        node = node.head
        if node.i in swallowed:
            return True
        if through_roles and node.dep_ == "pcomp" and node.head.dep_ == "prep":
            # "asked Beijing to play a role in persuading North Korea to halt ...": through
            # the gerund and the noun it hangs on, to the verb of the role
            up = node.head.head
            while up.dep_ in ("dobj", "obj", "pobj", "prep") and up.head.i != up.i and up.pos_ != "VERB":
                up = up.head
            if up.pos_ == "VERB":
                node = up
                if node.i in swallowed:
                    return True
    return False


# verbs of putting forward what another party may accept
_PROPOSING = frozenset(("propose", "offer", "suggest"))


def _proposal_aim(pred: Token, proposing: frozenset[int]) -> bool:
    """The verb is what a proposal puts forward (its "that" clause) or a "to"
    infinitive under it (through its object or a gerund, up to three
    levels): what the proposal is for, not an act ("proposed holding talks
    with North Korea to agree on a border line")."""
    if pred.dep_ == "ccomp" and pred.head.i in proposing:
        return True  # "We propose that the two sides sit down for talks": what is proposed
    if pred.dep_ not in ("advcl", "acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        return False
    node = pred
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in ("advcl", "acl", "xcomp", "ccomp", "dobj", "obj", "pobj", "prep"):
            return False
        node = node.head
        if node.i in proposing:
            return True
    return False


def _under_agreement(pred: Token, type_at: dict[int, str]) -> bool:
    """The act lies below the complement of an agreement coded on its own verb."""
    node = pred
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if lemma(node) == "agree" and type_at.get(node.i) == "AGREE":
            return True
    return False


# what an act does to a truce in force
_STRAINING = frozenset(("test", "threaten", "undermine", "violate", "breach", "jeopardize", "jeopardise", "endanger", "imperil", "strain", "shake", "derail", "rattle"))
_REGIME_VERBS = frozenset(("monitor", "evade", "circumvent", "skirt", "bust", "enforce", "implement", "violate", "breach", "flout", "undermine", "oversee", "dodge"))


_MISSIONS = frozenset(("embassy", "consulate", "mission", "legation"))


_VERDICT_VERBS = frozenset(("mark", "be", "constitute", "pose", "represent", "amount", "spell", "prove", "signal"))
_ACTS_JUDGED = frozenset(("deployment", "move", "step", "decision", "launch", "test", "transfer", "sale", "deal", "visit", "attack", "strike",
                          "invasion", "annexation", "recognition", "expansion", "buildup", "cooperation", "shipment", "delivery"))


def _warned_verdict(warn: Token) -> bool:
    """ "warned that a deployment would mark a dangerous development": the
    clause judges an act (its subject) instead of announcing the speaker's own."""
    for cl in (c for c in warn.children if c.dep_ == "ccomp"):
        if lemma(cl) in _VERDICT_VERBS and any(s.dep_ == "nsubj" and lemma(s) in _ACTS_JUDGED for s in cl.children):
            return True
    return False


_WELCOMING = frozenset(("welcome", "hail", "applaud", "praise", "endorse", "commend"))


def _sent_for(pred: Token, type_at: dict[int, str]) -> bool:
    """The fight forces sent somewhere are for ("sent troops to Syria to fight
    rebels", "to help retake Kursk"): part of the sending, coded on its verb
    (the support they are sent to give is kept: "to support its war")."""
    node = pred
    if node.dep_ in ("xcomp", "ccomp") and lemma(node.head) == "help":
        node = node.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    if to and lemma(node) in ("bomb", "strike", "hit", "attack", "shell") and any(
        lemma(t) in _AIRCRAFT for o in node.head.children if o.dep_ in ("dobj", "obj") for t in o.subtree
    ):
        return False  # "sending F-16 fighter jets to bomb two positions": the air strike is the news
    return to and node.dep_ in ("advcl", "xcomp") and lemma(node.head) in SENDING and type_at.get(node.head.i) in ("AID", "MOBILIZE")


_AIRCRAFT = frozenset(("jet", "fighter", "bomber", "warplane", "aircraft", "drone", "helicopter", "plane"))


_FORCE_OPTIONS = frozenset(("force", "strike", "strikes", "attack", "invasion", "war", "intervention", "action", "option", "operation"))


def _force_named(rule: Token) -> bool:
    """What "rule out" takes is force: "the use of military force", "military action", "a strike"."""
    for o in (c for c in rule.children if c.dep_ in ("dobj", "obj")):
        words = {lemma(t) for t in o.subtree}
        if words & {"strike", "attack", "invasion", "war", "intervention"} or (words & _FORCE_OPTIONS and words & {"military", "armed", "use"}):
            return True
    return False
