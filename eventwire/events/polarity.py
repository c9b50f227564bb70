"""The status of a coded statement: asserted, negated, hypothetical, future,
reported (PLOVER's auxiliary modes for the statement itself).

Looked up on the event's predicate and the chain of heads above it up to
the sentence root, so "did not agree to attack" is negated and "if X
attacks" is hypothetical. Priority when several apply: negated >
hypothetical > future > reported > asserted.
"""

from __future__ import annotations

from .lexicon import Grammar
from .triggers import REPORT_NOUNS, Token, lemma, speakers_conjunct

_CLAUSE_STOP = {"ccomp", "advcl", "relcl", "acl", "parataxis"}


# what is told, and the verbs that deny it ("denied a report that ...", "dismissed claims that ...")
_TOLD_NOUNS = frozenset(("report", "claim", "allegation", "accusation", "assertion", "suggestion", "rumor", "rumour", "account", "story", "speculation"))
_DISMISSING = frozenset(("dismiss", "reject", "rebuff", "refute"))


def _permitted(node: Token) -> bool:
    """ "allowed activists to send leaflets": what is let happen shares the
    status of the letting."""
    return node.dep_ == "ccomp" and lemma(node.head) in ("allow", "let", "permit", "enable") and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children)


def _absolute_with(noun: Token) -> bool:
    """The noun opens a clause's "with X doing Y" phrase (the preposition's own object,
    maybe one "of" deeper: "with vice ministers of the two countries holding talks")."""
    node = noun
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.head.dep_ == "prep" and lemma(node.head) == "with":
            return node.head.head.pos_ in ("VERB", "AUX")  # (a clause's "with", not "a ceasefire with rebels fighting ...")
        if not (node.dep_ == "pobj" and node.head.dep_ == "prep" and lemma(node.head) == "of"):
            return False
        node = node.head.head
    return False


def _chain(pred: Token, grammar: Grammar) -> list[Token]:
    """The predicate and its governors within the same clause chain
    (through xcomp/conj/light-verb objects), up to the clause boundary."""
    if (owner := speakers_conjunct(pred)) is not None:
        # "said the case was motivated and accused ...": the speaker's verb's polarity;
        # "denied that the drone was Russian and accused ...": the accusation is made
        return [pred] if lemma(owner) in grammar.negating_verbs else [pred, *_chain(owner, grammar)]
    out = [pred]
    node = pred
    while node.head.i != node.i and (
        node.dep_ in ("xcomp", "conj", "dobj", "pcomp", "pobj", "prep", "nsubjpass", "acomp", "aux", "acl", "csubj")
        or _purpose(node)
        or _permitted(node)
        or (node.dep_ == "ccomp" and lemma(node.head) in ("help", "assist"))  # "offered troops to help him oust X"
        # "wants the United States to take over Greenland": what is wished, parsed as a clause
        or (node.dep_ == "ccomp" and lemma(node.head) in ("want", "wish", "expect") and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children))
    ):
        if node.dep_ == "prep" and lemma(node) in _TIME_PREPS:
            break  # "offered talks following the invasion": the invasion is background, not offered
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ == "pobj" and _absolute_with(node.head):
            # "have sought to steady relations, with vice ministers of the two countries holding
            # talks in Moscow in September": an absolute phrase tells what happened, on its own
            break
        if node.dep_ in ("conj", "pcomp") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            # "sanctions had failed and Beijing supports dialogue", "has not
            # issued a statement, with Beijing vetoing ...": a clause of its own
            break
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("aux", "auxpass", "neg") for c in node.head.children):
            # "would not allow X and threatened Y": a conjunct with a tense of its
            # own does not share the first verb's auxiliaries or negation
            break
        if node.dep_ == "conj" and node.tag_ == "VBG" and node.doc[node.i - 1].text == "," and not any(c.dep_ == "cc" and c.i < node.i for c in node.head.children):
            break  # "denied targeting civilians, blaming army artillery": a participle of its own, no second thing denied
        if node.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in node.children):
            # "are not party to the accords and are negotiating ...": its own auxiliary, its own
            # polarity ("agreed to hold talks and to resume consultations": one "agreed")
            break
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP") and lemma(node.head) in grammar.negating_verbs:
            break  # "denied the report and accused Japan of ...": the accusation is made
        node = node.head
        out.append(node)
    return out


_CHARGING = frozenset(("accuse", "blame", "charge", "allege", "claim"))


# Nouns of will or plan: with "no" they deny the act they govern
WILL_NOUNS = frozenset(("intention", "intent", "interest", "plan", "desire", "wish", "willingness", "need", "reason", "appetite", "sign", "indication"))
_WISH_NOUNS = frozenset(("desire", "wish", "hope", "willingness", "readiness", "eagerness", "proposal", "offer", "bid", "plan", "intention", "push"))
# Texts that permit acts in general
_RULE_NOUNS = frozenset(("law", "bill", "measure", "decree", "rule", "resolution", "legislation", "amendment", "regulation", "order"))
# Verbs whose clause complement is promised, not done
# (and "agree" for what lies below its own complement: "agreed to deepen cooperation on sharing data")
_PROMISING = frozenset(("offer", "pledge", "promise", "vow", "agree", "commit"))
# Nouns of what somebody is asked or pressed to do: their "to" clause has not happened
_ASKED_NOUNS = frozenset(("call", "order", "request", "demand", "appeal", "ultimatum", "invitation", "plea", "pressure", "push", "urging", "instruction", "directive", "mandate", "command"))
# acts done in the saying: "leaders agree to X, condemn North Korea"
_SAID_ACTS = frozenset(("condemn", "denounce", "criticize", "criticise", "slam", "urge", "warn", "call", "demand", "reject", "welcome", "praise", "decry", "blast"))
# Verbs asking somebody to do something: what their "to" clause leads to is
# not done either (their own complement is the request's, see roles.py)
_ASKING = frozenset(("urge", "ask", "request", "appeal", "implore", "encourage", "press", "push", "invite", "beg", "want", "expect"))
_TIME_PREPS = frozenset(("after", "following", "before", "since", "amid", "despite"))
# Adjectives that put an act named by a noun ahead ("a planned offensive") or
# in doubt ("a possible strike")
# verbs of readying a measure still to come, and the measures
_READYING = frozenset(("prepare", "draft", "mull", "weigh"))
_MEASURES = frozenset(("sanction", "measure", "package", "tariff", "ban", "embargo", "restriction", "countermeasure", "penalty", "levy"))
# modifiers of an act named by a noun: still to come ("a planned offensive") or maybe never ("a possible strike");
# the coder reads them too on a noun whose status comes from the verb it hangs on
PLANNED = frozenset(("planned", "proposed", "expected", "looming", "imminent", "anticipated", "prospective", "upcoming", "intended", "preferred", "desired"))
# what a drive or a plot is for is its aim, not something done
_AIM_NOUNS = frozenset(("campaign", "drive", "push", "plot", "scheme", "initiative", "strategy", "struggle"))
MAYBE = frozenset(("possible", "potential", "feared", "threatened", "hypothetical", "would-be", "eventual"))
# What a blocking verb stops when its "to" clause is the content of its object
# ("vetoed a resolution to tighten sanctions"), not the blocker's purpose
# ("blocked motorways to protest prices")
_BLOCKED_PLANS = frozenset(("resolution", "bill", "proposal", "attempt", "bid", "move", "plan", "measure", "motion", "draft",
                            "initiative", "law", "effort", "order", "decision", "request", "deal", "plot", "scheme", "conspiracy"))
# "is believed to have executed his uncle": hearsay, not the report's own word
# nouns for people that may suggest something ("officials suggested that ...")
_PEOPLE_WORDS = frozenset(("official", "analyst", "expert", "diplomat", "minister", "source", "observer", "lawmaker", "spokesman", "spokeswoman", "spokesperson", "leader", "president", "government", "ministry"))
_HEARSAY = frozenset(("believe", "think", "say", "report", "allege", "understand", "rumor", "rumour", "suspect", "presume", "reckon"))
# "stopped protesters from marching": what is prevented does not happen
PREVENTING = frozenset(("stop", "prevent", "bar", "block", "keep", "ban", "prohibit", "deter", "discourage", "restrain", "forbid"))
# "warned NATO against sending troops": what is warned against has not happened (and is NATO's)
CAUTIONING = frozenset(("warn", "caution", "advise", "counsel"))


def _purpose(node: Token) -> bool:
    """A purpose infinitive ("proposed talks to discuss X"): it shares the
    status of the act it serves."""
    return node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


_PRESENT = frozenset(("VBP", "VBZ"))


def _present(verb: Token) -> bool:
    """A verb in the simple present: its own tag, or its first auxiliary's
    ("is released", "have disarmed"); a modal is not the present."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxes:
        return auxes[0].tag_ in _PRESENT
    return verb.tag_ in _PRESENT


def _pending(top: Token, grammar: Grammar) -> bool:
    """"before they disarm" under a clause that is not itself in the present
    ("must agree", "vowed to fight", "shelled"): the act has not happened."""
    # ("When the negotiators sit down on Saturday, they will ...": the parser makes "when" an adverb)
    if top.dep_ != "advcl" or not any((c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and c.lower_ in grammar.pending_marks for c in top.children):
        return False
    # ... and "would keep striking until government troops withdrew": a past
    # tense under a modal is the future seen from a reported past
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "shall") for c in top.head.children)
    # ("would not withdraw until Hamas was disarmed": a passive's past as well)
    past = top.tag_ == "VBD" or (top.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in top.children))
    return (_present(top) and not _present(top.head)) or (past and modal)


# verbs that weigh an act they have not decided on (with a gerund)
_WEIGHING = frozenset(("consider", "weigh", "mull", "contemplate", "discuss", "debate", "explore", "study", "eye"))


def _asked_for(verb: Token) -> bool:
    """The "to" clause of a call, an order or pressure: "the UN's call to
    lift the ban", "as pressure grows on Hezbollah to disarm" (the parser
    hangs the clause on the noun or on the noun's verb)."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head  # "instructions to collect data and to stage protests": the second thing asked
    if verb.dep_ in ("acl", "ccomp") and lemma(verb.head) in _ASKED_NOUNS and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True  # "rejected Israel's demand that Hezbollah withdraw"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "acl" or (verb.dep_ == "advcl" and verb.head.pos_ == "NOUN"):
        return lemma(verb.head) in _ASKED_NOUNS  # (a headline's "Calls for interim president to resign")
    return verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ in ("dobj", "obj", "nsubj") and c.i < verb.i and lemma(c) in _ASKED_NOUNS for c in verb.head.children
    )


def _rule_permits(verb: Token) -> bool:
    """ "a law allowing X to ...": the permitting participle of a law or a
    rule (the parse may hang it on the law's verb: "passed a law allowing")."""
    if verb.dep_ == "acl":
        return lemma(verb.head) in _RULE_NOUNS
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
        c.dep_ in ("dobj", "obj") and lemma(c) in _RULE_NOUNS and c.i < verb.i for c in verb.head.children
    )


def _nobody(subj: Token) -> bool:
    """A subject that names no one: "nobody", "no one", "none (of ...)"."""
    low = subj.lower_
    return low in ("nobody", "none", "noone") or (low == "one" and any(c.lower_ == "no" for c in subj.children))


def _attempted(verb: Token) -> bool:
    """ "tried to storm the town", "had tried to seize power": an attempt made is
    an act done (told in the past, not negated), no intent."""
    return (
        lemma(verb) == "try"
        and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.dep_ == "aux" and lemma(a) == "have" for a in verb.children)))
        and not any(c.dep_ == "neg" for c in verb.children)
    )


_TIME_SPANS = frozenset(("hour", "day", "week", "month", "year"))
_DEADLINES = frozenset(("deadline", "ultimatum", "grace"))


def _deadline(head: Token) -> bool:
    """A time given to do something: "gives Israel 60 days", "a week-long deadline"."""
    if lemma(head) in _DEADLINES:
        return True
    return lemma(head) in ("give", "grant", "set", "allow") and any(
        c.dep_ in ("dobj", "obj", "npadvmod") and (lemma(c) in _TIME_SPANS | _DEADLINES) for c in head.children
    )


def polarity(pred: Token, grammar: Grammar, negation_is_meaning: bool = False, own_verb: bool = True) -> str:
    """Polarity of the event whose predicate is ``pred`` (``own_verb``
    False: ``pred`` is the verb an event noun hangs off)."""
    chain = _chain(pred, grammar)
    if pred.dep_ == "attr" and lemma(pred.head) == "be" and any(c.dep_ == "expl" for c in pred.head.children):
        # "If they don't make a deal, there will be bombing": the act is as the "there is" clause is
        chain = [*chain, *(t for t in _chain(pred.head, grammar) if t not in chain)]
    negated = hypothetical = future = reported = False
    # "X said it would retaliate": in reported speech "would" is the future
    # seen from the past, unless a condition says otherwise (and not for a
    # noun: "said an attack would lead to ..." is a hypothesis)
    top = chain[-1]
    clause = top
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said it would deploy troops and would keep dismantling ...": the same report
    reported_would = (
        own_verb
        and clause.dep_ == "ccomp"
        and lemma(clause.head) in grammar.reporting_verbs
        and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in grammar.hypothetical_marks for m in c.children) for t in chain for c in t.children)
    )
    for n, tok in enumerate(chain):
        if n and chain[n - 1].dep_ in ("xcomp", "advcl", "ccomp") and lemma(tok) in _PROMISING and (n > 1 or lemma(tok) != "agree"):
            future = True  # "offered its troops to help him oust X": what is offered is still to come
        if (n > 1 or lemma(tok) in ("invite", "want", "expect")) and chain[n - 1].dep_ in ("xcomp", "ccomp") and lemma(tok) in _ASKING and tok.pos_ == "VERB":
            # "urged Beijing to use its influence to press Pyongyang", "invited Kim to visit Minsk",
            # "wants the United States to take over Greenland", "expects Pyongyang to return
            # the fishermen": asked for, wished or awaited, not done
            hypothetical = True
        kids = list(tok.children)
        # "did not even ever clash": the negation may hang off an adverb
        kids += [g for c in kids if c.dep_ == "advmod" for g in c.children if g.dep_ == "neg"]
        for c in kids:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in grammar.negators and low != "no"):
                negated = True
            elif tok is pred and c.dep_ in ("nsubj", "nsubjpass") and _nobody(c):
                negated = True  # "nobody was injured", "none of the soldiers were wounded"
            elif c.dep_ == "aux" or c.dep_ == "auxpass":
                if low == "would" and reported_would:
                    future = True
                elif low in grammar.hypothetical_aux:
                    hypothetical = True
                elif low in grammar.future_aux or (lemma(c) == "will"):
                    future = True
            elif c.dep_ == "mark" and low in grammar.hypothetical_marks:
                hypothetical = True
            elif c.dep_ == "advmod" and low in ("reportedly", "allegedly", "purportedly", "apparently"):
                reported = True
        if tok is not pred and lemma(tok) in WILL_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            negated = True  # "has no intention of sending troops", "no interest in improving ties"
        if tok is pred and tok.pos_ == "VERB" and any(o.dep_ in ("dobj", "obj") and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in tok.children):
            negated = True  # "the launch posed no immediate threat", "fired no shots": the act denied
        if tok is not pred and lemma(tok) in grammar.future_verbs and not _attempted(tok):
            future = True
        if n and lemma(tok) in _WEIGHING and chain[n - 1].tag_ == "VBG" and chain[n - 1].dep_ in ("xcomp", "ccomp", "dobj", "advcl"):
            future = True  # "is considering withdrawing troops", "discussing deploying a battery": not decided
        if tok is not pred and lemma(tok) in ("prefer", "favor", "favour", "propose", "suggest") and tok.pos_ == "VERB":
            future = True  # "Bangkok preferred bilateral talks": wished, not held
        if tok is not pred and tok.pos_ == "NOUN" and lemma(tok) in _WISH_NOUNS:
            future = True  # "reiterated her desire for a summit": wished, not held
        if tok is not pred and lemma(tok) in ("allow", "permit", "authorize", "authorise", "enable") and _rule_permits(tok):
            hypothetical = True  # "a law allowing the military to shoot down drones": what a rule permits
        if tok is pred and _asked_for(pred):
            hypothetical = True  # "rejected the UN's call to lift the ban", "pressure on Hezbollah to disarm": asked for, not done
        if tok is not pred and lemma(tok) in grammar.negating_verbs:
            negated = True
        if lemma(tok) in _READYING and tok.pos_ == "VERB" and any(o.dep_ in ("dobj", "obj") and lemma(o) in _MEASURES for o in tok.children):
            future = True  # "the bloc was preparing new sanctions against Russia": readied, not imposed
        if tok is not pred and lemma(tok) in grammar.intent_adjectives and tok.pos_ in ("ADJ", "ADV", "ADP"):
            future = True
        if tok is not pred and lemma(tok) in grammar.prediction_adjectives and tok.pos_ == "ADJ":
            hypothetical = True  # "is likely to visit Russia": a guess
        if tok.pos_ == "NOUN":
            # "a planned offensive (to capture the city)", "a possible strike"
            mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
            future = future or bool(mods & PLANNED)
            hypothetical = hypothetical or bool(mods & MAYBE)
    if pred.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in pred.children) and lemma(pred.head) in ("need", "require", "lack"):
        hypothetical = True  # "the force needed 1,500 more personnel to retake territory": what it would take
    if own_verb and any(c.dep_ == "mark" and c.lower_ == "that" for c in pred.children) and any(
        # (a plain form after a singular subject: "that Ukraine withdraw", not "that they withdraw")
        # (and not two subjects: "that Japan and the U.S. hold drills every spring")
        c.dep_ in ("nsubj", "nsubjpass") and (pred.tag_ == "VB" or (pred.tag_ == "VBP" and c.tag_ in ("NNP", "NN") and not any(x.dep_ == "conj" for x in c.children)))
        for c in pred.children
    ) and not any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        hypothetical = True  # "demands, including that Ukraine withdraw its troops": a subjunctive, asked for, not done
    if pred.dep_ in ("advcl", "xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in pred.children) and _deadline(pred.head):
        hypothetical = True  # "the ceasefire gives Israel 60 days to withdraw", "a deadline to disarm": required, not done
    if pred.dep_ in ("ccomp", "xcomp") and lemma(pred.head) in ("let", "allow", "permit") and any(c.dep_ == "neg" for c in pred.head.children):
        hypothetical = True  # "We will not let these criminals take over the country": kept from happening
    if (
        pred.dep_ == "conj" and pred.tag_ == "VB" and lemma(pred.head) in _PROMISING and lemma(pred) not in _SAID_ACTS
        and any(x.dep_ == "xcomp" and x.i < pred.i for x in pred.head.children)
    ):
        # "leaders agree to revive shuttle diplomacy, deepen security ties": the second thing
        # agreed to (not what they say at once: "agree to expand cooperation, condemn North Korea")
        future = True
    # the clause above: "if X attacks", "X claimed that Y attacked", "plans to"
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in grammar.hypothetical_marks for c in top.children):
        hypothetical = True
    if _pending(top, grammar) and any(lemma(c) in ("due", "set", "scheduled", "slated", "schedule", "expected") for c in top.subtree if c.head.i == top.i or c.i == top.i):
        # "days before the delegations are due to meet in Geneva": a meeting scheduled, still to come
        future = True
    elif _pending(top, grammar):
        hypothetical = True
    if top.dep_ == "ccomp" and lemma(top.head) in grammar.denying_verbs and not (top.i < top.head.i and lemma(top) in _CHARGING):
        # "denied that it had supplied weapons" (but "X accused Y of Z, a
        # charge Y denies": the accusation was made; what it alleges is denied)
        negated = True
    if (
        top.dep_ in ("acl", "relcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children)
        and top.head.dep_ in ("dobj", "obj") and lemma(top.head) in _TOLD_NOUNS and lemma(top.head.head) in grammar.denying_verbs | _DISMISSING
    ):
        negated = True  # "denied a media report that Tokyo had proposed talks": what the report says is denied
    if top.dep_ in ("ccomp", "xcomp") and lemma(top.head) in grammar.alleging_verbs:
        reported = True
    if any(t.dep_ == "prep" and t.lower_ == "against" and lemma(t.head) in CAUTIONING for t in chain):
        hypothetical = True  # "warned NATO against sending troops": what is warned against has not happened
    if not own_verb and lemma(pred) in ("propose", "suggest", "prefer", "favor", "favour"):
        future = True  # a noun it governs: "South Korea proposed talks with North Korea": not held yet
    if not own_verb and lemma(pred) in ("oppose", "resist", "fear"):
        hypothetical = True  # a noun it governs: "Russia opposes the deployment of NATO troops in Ukraine": not (yet) done
    if any(t.dep_ == "prep" and t.lower_ == "from" and lemma(t.head) in PREVENTING and t.head.pos_ == "VERB" for t in chain):
        negated = True  # "stopped protesters from marching on parliament"
    if any(t.dep_ == "prep" and t.lower_ == "without" for t in chain):
        negated = True  # "strived for peace, without compromising on its sovereignty"
    if any(t.lower_ == "short" and lemma(t.head) in ("stop", "fall") for t in chain):
        negated = True  # "stopped short of expelling the ambassador"
    if any(
        # ("Neither Moscow nor Beijing has condemned ...": the parser may read "Neither" as a determiner;
        # "Neither of the two countries has ...")
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ == "neither" or any(
            (g.dep_ in ("preconj", "det") and g.lower_ == "neither")
            # "No shots were fired" (not "no fewer than 20 rockets")
            or (g.dep_ == "det" and g.lower_ == "no" and g.i + 1 < len(g.doc) and g.doc[g.i + 1].lower_ not in ("fewer", "less", "more"))
            for g in c.children
        ))
        for t in chain for c in t.children
    ):
        negated = True  # "Neither Russia nor Ukraine has agreed to the ceasefire"
    if _neither(chain):
        negated = True  # "China neither accepts nor recognizes the award": both verbs denied
    if any(t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and lemma(t.head) in REPORT_NOUNS for t in chain):
        reported = True  # "declined to comment on reports that Pyongyang executed two officials"
    if any(c.dep_ == "prep" and c.lower_ == "according" and any(p.dep_ == "pobj" and lemma(p) in REPORT_NOUNS for x in c.children for p in x.children) for c in top.children):
        reported = True  # "According to unconfirmed reports, North Korea executed ..." (not "according to the ministry")
    if any(t.dep_ == "xcomp" and lemma(t.head) in _HEARSAY and any(c.dep_ == "auxpass" for c in t.head.children) for t in chain):
        reported = True  # "Kim is believed to have executed his uncle"
    if any(t.dep_ == "xcomp" and lemma(t.head) in ("appear", "seem") for t in chain):
        reported = True  # "Russia appears to have provided technology": an inference, not the report's own word
    inferred_from = [
        c for c in top.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.ent_type_ == "" and lemma(c) not in _PEOPLE_WORDS
    ] if top.dep_ == "ccomp" and lemma(top.head) in ("suggest", "imply", "hint") else []
    if any(lemma(c) in REPORT_NOUNS for c in inferred_from):
        reported = True  # "Preliminary reports suggest militants lobbed a grenade": told by reports
    elif inferred_from:
        hypothetical = True  # "the timing suggested the North was protesting the drills": an inference, nobody's act told
    elif top.dep_ == "ccomp" and lemma(top.head) in ("propose", "suggest", "recommend"):
        future = True  # "proposed that the two Koreas hold talks": not held yet
    if any(t.dep_ == "xcomp" and lemma(t.head) in ("have", "need") and t.head.tag_ in ("VBP", "VBZ", "VB") and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children) for t in [pred, *chain]):
        future = True  # "both countries still have to sign and ratify the treaty": not done yet ("had to" was)
    if any(
        t.dep_ in ("advcl", "xcomp") and lemma(t.head) in grammar.blocking_verbs and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
        and all(lemma(o) in _BLOCKED_PLANS for o in t.head.children if o.dep_ in ("dobj", "obj"))
        for t in [pred, *chain]
    ):
        negated = True  # "vetoing a resolution to tighten sanctions": what was blocked did not happen
    if top.dep_ == "xcomp" and lemma(top.head) in grammar.future_verbs:
        future = True
    if any(t.dep_ == "acl" and lemma(t.head) in _AIM_NOUNS and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children) for t in [pred, *chain]):
        hypothetical = True  # "launched a campaign to force the prime minister to step down": the aim, not the outcome
    if any(t.dep_ == "xcomp" and lemma(t.head) == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in [pred, *chain]):
        future = True  # "Hamas is to free 33 hostages": arranged, not done
    # headline style "U.S., Korea to stage drills": a bare to-infinitive as main verb
    headline_to = pred.dep_ == "ROOT" or (
        pred.dep_ in ("relcl", "acl", "advcl") and pred.head.dep_ == "ROOT" and pred.head.i < pred.i and (pred.head.pos_ in ("PROPN", "NOUN") or pred.head.ent_type_)
    )
    if headline_to and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        future = True
    if negated and not negation_is_meaning:
        return "negated"
    if hypothetical:
        return "hypothetical"
    if future:
        return "future"
    if reported:
        return "reported"
    return "asserted"


def _neither(chain: list[Token]) -> bool:
    """ "neither accepts nor recognizes": a verb of the chain, or the one it is joined to, opens with "neither"."""
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for t in chain for v in ((t, t.head) if t.dep_ == "conj" else (t,)) for c in v.children)


def is_negated(pred: Token, grammar: Grammar) -> bool:
    chain = _chain(pred, grammar)
    if any(t is not pred and lemma(t) in grammar.negating_verbs for t in chain) or _neither(chain):
        return True
    # ("would no longer be bound by the accord": "no" hangs on "longer")
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and (c.lower_ in grammar.negators or (c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children))))
        for t in chain for c in t.children
    )
