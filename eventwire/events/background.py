"""Told as background, not as an act: what a sentence counts, tallies or
recalls, what somebody usually does, talks that stalled, details withheld.

The coder (:func:`~eventwire.events.coder.code_sentence`) asks these about a
trigger before it emits an event; each answers for the clause of one token
and says in its docstring what text it stands for.
"""

from __future__ import annotations

import re

from .arguments import subject_tokens
from .triggers import Token, is_passive, lemma

_COUNT_NOUNS = frozenset(("number", "total", "share", "percentage", "proportion", "count", "majority", "half", "third", "quarter", "rate"))


_WAR_SPANS = frozenset(("war", "conflict", "fighting", "invasion", "uprising", "crisis", "offensive", "insurgency", "occupation"))


def _many(tok: Token) -> bool:
    """A number of a hundred or more ("2,000", "hundreds", "thousands")."""
    if lemma(tok) in ("hundred", "thousand", "million"):
        return True
    digits = tok.text.replace(",", "")
    return tok.tag_ == "CD" and digits.isdigit() and int(digits) >= 100


def told_as_count(pred: Token) -> bool:
    """A participle describing what is counted ("the number of defectors
    arriving"), or a toll over a whole war ("more than 50,000 people have
    been killed since the war began"): a statistic, not an act."""
    if lemma(pred) in ("kill", "displace", "claim") and (
        any(c.dep_ == "nsubj" and lemma(c) in _WAR_SPANS for c in pred.children)
        # "Gang violence killed more than 5,600 people in Haiti last year": a year's toll
        or (any(c.dep_ == "nsubj" and lemma(c) == "violence" for c in pred.children) and _TALLY_SPAN.search(" ".join(t.lower_ for t in pred.subtree if t.i > pred.i)))
        or (pred.dep_ in ("relcl", "conj") and lemma(pred.head) in _WAR_SPANS | {"erupt", "break", "begin", "start"} and in_perfect(pred))
    ):
        # "the conflict has killed thousands", "a conflict that has killed more than 40,000
        # people", "the war erupted in 2023 and has killed tens of thousands": a war's toll
        return True
    # (the counted: the noun a participle hangs on, or its subject after "with")
    counted_nouns = [pred.head] if pred.dep_ == "acl" else [c for c in pred.children if c.dep_ == "nsubj"] if pred.dep_ == "pcomp" else []
    if pred.tag_ == "VBN" and lemma(pred) in ("kill", "wound", "injure", "displace") and any(c.dep_ == "nummod" and _many(c) for n in counted_nouns for c in n.children) and (
        _TALLY_SPAN.search(after := " ".join(t.lower_ for t in pred.subtree if t.i > pred.i)) or _PAST_SPAN.search(after)
    ):
        return True  # "with more than 1,500 people killed in the past year": a year's toll
    if pred.dep_ == "conj" and pred.tag_ == "VBN" and pred.head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in pred.children):
        return told_as_count(pred.head)  # "4,700 of them have been killed or wounded": the toll's second verb
    if pred.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in pred.children) and not any(c.dep_ == "agent" for c in pred.children):
        # (or during it: "4,000 people were killed in Lebanon during the war between Israel and Hezbollah")
        since = [c for c in pred.children if c.dep_ in ("advcl", "prep") and (c.lower_ in ("since", "during", "throughout") or any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))]
        for c in since:
            if any(lemma(t) in _WAR_SPANS for t in c.subtree):
                return True
        # "around 2,000 of them have been killed (in combat)": the hundreds or
        # thousands of a group killed so far, with no incident, place or time
        subj = [c for c in pred.children if c.dep_ == "nsubjpass"]
        perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in pred.children)
        # ... or "about 2,000 North Korean soldiers have been killed fighting for Russia"
        counted = lemma(pred) in ("kill", "wound", "injure") and subj and (
            (_many(subj[0]) and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj[0].children))
            or any(c.dep_ == "nummod" and _many(c) for c in subj[0].children)
        )
        incident = [c for c in pred.children if c.dep_ in ("prep", "npadvmod", "advcl") and not any(lemma(t) in _WAR_SPANS | {"combat", "battle", "action", "fight"} for t in c.subtree)]
        if perfect and counted and not incident:
            return True
    if pred.dep_ != "acl" or pred.tag_ not in ("VBG", "VBN"):
        return False
    noun = pred.head
    return noun.dep_ == "pobj" and lemma(noun.head) == "of" and lemma(noun.head.head) in _COUNT_NOUNS


# what befalls a craft or a building by itself: "the ferry capsized, killing 40"
ACCIDENTS = frozenset(("crash", "capsize", "collapse", "derail", "sink", "overturn", "founder"))


# what "hit" reaches when it strikes nobody ("hit their lowest point", "hit a snag")
LEVELS = frozenset(("point", "low", "high", "record", "level", "peak", "bottom", "milestone", "mark", "snag", "wall", "roadblock", "stalemate", "impasse", "nadir", "threshold"))


# a long span acts are counted over: "since 2022", "since the war began", "this year"
# (not "since Wednesday evening", "in the past two days")
_TALLY_SPAN = re.compile(
    r"\bsince (?:(?:early |late |mid-|mid )?(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)\b|the (?:start|beginning|outbreak|war|ceasefire|truce|invasion|conflict|coup|deal|agreement)\b)"
    r"|\bsince (?:then|last year)\b"
    r"|\bsince last (?:month|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b"
    # (a clause of a year's event: "since Lai took office in May 2024", "since they resumed in late 2022")
    r"|\bsince (?:\S+ ){1,10}?in (?:(?:early|late|mid-)\s?)?(?:\w+ )?(?:19|20)\d\d\b"
    # ("since the disputed July 2024 election": an event of a year named)
    r"|\bsince the (?:\S+ ){0,3}?(?:19|20)\d\d\b"
    r"|\b(?:so far|to date|this year|last year|in recent years|over the (?:past|last) (?:\w+ )?(?:years|decade))\b"
)


# ties that grow over years ("has deepened its ties with Moscow in recent years")
GROWING = frozenset(("deepen", "strengthen", "expand", "broaden", "grow", "improve", "warm", "boost", "bolster", "tighten", "sour", "deteriorate", "worsen"))


# what acts rise and fall in: "a surge in attacks", "a sharp rise in arrests"
TRENDS = frozenset(("surge", "rise", "increase", "spike", "upsurge", "uptick", "jump", "drop", "decline", "fall", "decrease", "growth"))


# a long span just gone: "in the past year", "over the last three years", "in recent years"
_PAST_SPAN = re.compile(r"\b(?:in recent (?:years|months|decades)|over the years|(?:in|over|during) the (?:past|last) (?:(?:\w+ )?(?:years?|decades?)|(?:\w+ )?months))\b")


# a span of years an act in the perfect has gone on for
_FOR_YEARS = re.compile(r"\bfor (?:(?:many|several|some|two|three|four|five|six|seven|eight|nine|ten|\d+) )?(?:years|decades|months)\b")
# acts of an unnamed past ("in the past", not "in the past two days")
_IN_THE_PAST = re.compile(r"\bin the past\b(?!\s+(?:\w+\s+)?(?:days?|weeks?|hours?|months?|years?|decades?)\b)")


_FORCE_SIZES = frozenset(("soldier", "troop", "personnel", "fighter", "sailor", "marine", "mercenary", "instructor", "worker"))


_MANY_WORDS = frozenset(("dozen", "dozens", "scores", "hundreds", "thousands", "numerous", "several", "multiple"))


def in_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


_AGAIN = frozenset(("repeatedly", "previously", "often", "frequently"))
# adverbs that make a perfect-tense act a stance held over time ("has long denied")
_HELD_LONG = frozenset(("repeatedly", "frequently", "regularly", "previously", "long", "consistently", "always", "routinely", "persistently"))
_SAYING = frozenset(("say", "state", "declare", "insist", "stress", "vow", "pledge", "promise", "express", "signal", "indicate"))


def _wars_counted(obj: Token) -> bool:
    """ "three wars", "two of their three wars": wars told by their number."""
    wars = [obj] if lemma(obj) in ("war", "conflict") else [p for c in obj.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and lemma(p) in ("war", "conflict")] if obj.pos_ == "NUM" else []
    return any(n.dep_ == "nummod" and n.lower_ not in ("one", "1", "a") for w in wars for n in w.children) or (bool(wars) and obj.pos_ == "NUM")


def verb_tally(pred: Token) -> bool:
    """Acts counted by their verb in the perfect: "North Korea has test-fired
    more than 100 missiles since 2022", "has launched dozens of missiles this
    year", "More than 400 people have been detained since then", "has imposed
    sanctions on more than 2,500 individuals since 2022", or repeated: "The two
    sides have clashed repeatedly since last year" (not "has fired two
    missiles, Japan said")."""
    if pred.dep_ == "acl" and pred.tag_ == "VBN" and _TALLY_SPAN.search(" ".join(t.lower_ for t in pred.subtree if t.i > pred.i)):
        return True  # "the 14,000 soldiers sent to Russia since October": who they are, no act told
    if pred.dep_ in ("relcl", "acl") and lemma(pred.head) == "time" and any(c.ent_type_ == "ORDINAL" and c.lower_ != "first" for c in pred.head.children):
        return True  # "It was the third time this year that Dhaka has summoned a Myanmar envoy": acts counted
    said, chain = pred, [pred]
    while said.dep_ in ("ccomp", "xcomp") and lemma(said) not in _SAYING:
        said = said.head
        chain.append(said)
    # (the count may hang on the clause said: "has said several times he would like to meet")
    if said is not pred and lemma(said) in _SAYING and in_perfect(said) and (any(_times(x) for x in chain) or any(c.dep_ == "advmod" and c.lower_ in _AGAIN for c in said.children)):
        return True  # "Trump has said several times he would like to meet Kim": words said again and again, none of the day
    if pred.dep_ == "conj" and in_perfect(pred) and any(c.dep_ == "advmod" and c.lower_ in _AGAIN for c in pred.head.children):
        return True  # "has previously dismissed such accusations and has denied involvement": the adverb holds for both
    if not any(c.dep_ == "aux" and lemma(c) == "have" for c in pred.children):
        return _yearly_count(pred)
    after = " ".join(t.lower_ for t in pred.subtree if t.i > pred.i)
    if lemma(pred) in GROWING and _PAST_SPAN.search(after):
        return True  # "Pyongyang has deepened its ties with Moscow in recent years": a trend
    before = " ".join(t.lower_ for c in pred.children if c.dep_ == "prep" and c.i < pred.i for t in c.subtree)
    if _IN_THE_PAST.search(after) or _IN_THE_PAST.search(before):
        # "noting that the United States had confiscated Iranian oil cargoes in the
        # past", "has in the past dismissed Seoul's sanctions as a farce"
        return True
    if any(o.dep_ in ("dobj", "obj") and _wars_counted(o) for o in pred.children):
        return True  # "India and Pakistan have fought two of their three wars over Kashmir": wars counted, none told
    if _times(pred) or any(c.dep_ == "advmod" and c.lower_ in _HELD_LONG for c in pred.children) or re.search(r"\b(?:twice|thrice)\b", after):
        # ("North Korea has previously dismissed such accusations", "Pyongyang has long denied any
        # involvement", "the UAE has consistently denied the claims": a stance held, no act of the day)
        # "the talks have been frozen several times since they resumed in 2022",
        # "Israel has struck Yemen's ports several times": acts counted, none told
        return True
    if _TALLY_SPAN.search(after) is None and pred.dep_ == "conj" and any(c.dep_ == "aux" and lemma(c) == "have" for c in pred.head.children) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in pred.subtree
    ):
        # "Hamas has returned 22 bodies since the truce, and Israel has released 2,000
        # prisoners": the span the first count gives holds for the second
        after += " " + " ".join(t.lower_ for c in pred.head.children if c.dep_ in ("prep", "advcl", "npadvmod") and pred.head.i < c.i < pred.i for t in c.subtree)
    if _FOR_YEARS.search(after):
        return True  # "Hungary and Ukraine have traded barbs for years": a long quarrel, no act told
    if _TALLY_SPAN.search(after) is None and _TALLY_SPAN.search(before):
        after += " " + before  # "Since 2020, at least 13 Russian diplomats have been expelled": the span told first
    if _TALLY_SPAN.search(after) is None:
        return False
    if (not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in pred.children) or lemma(pred) in _WAGING) and re.search(r"\bsince \d{4}\b", after):
        # "India and Pakistan have fought over Kashmir since 1947", "Nigeria has fought an
        # Islamist insurgency since 2009": a state of things since a year
        return True
    if any(c.dep_ == "auxpass" for c in pred.children):
        return True  # "Kenyan troops have been deployed in Somalia since 2011": a state kept since
    if lemma(pred) in _ESCALATING and (lemma(pred) != "step" or any(c.dep_ == "prt" and c.lower_ == "up" for c in pred.children)):
        return True  # "Kyiv has stepped up drone attacks on Russian refineries since August": a trend
    if _SO_FAR.search(after) and any(n.dep_ == "nummod" and n.lower_ not in ("one", "1") for o in pred.children if o.dep_ in ("dobj", "obj", "nsubjpass") for n in o.children):
        return True  # "has staged four weapons tests so far this year": any count to date
    # (troops are the size of a force sent, not a count of acts: "had dispatched about 3,000 more soldiers since January")
    counted = [c for c in pred.children if c.dep_ in ("dobj", "obj", "nsubjpass") and lemma(c) not in _FORCE_SIZES]
    counted += [p for o in counted for x in o.children if x.dep_ == "prep" for p in x.children if p.dep_ == "pobj"]
    # (or any count told as a bound: "has detained at least six ships since 2017")
    # ("has protested each of the roughly two dozen visits since 2012": every one of them)
    return any(
        # (acts in the plural over months or years: "have held 2+2 talks since 2013")
        # (not a stance kept: "has rejected repeated offers of dialogue since 2019" still rejects)
        (o.tag_ in ("NNS", "NNPS") and lemma(o) not in _FORCE_SIZES and lemma(pred) not in _STANCES and _SINCE_WEEKDAY.search(after) is None)
        or o.lower_ in _MANY_WORDS | {"each", "every"}
        # ("and Russia has ordered out a similar number of Norwegians": the count matched)
        or (lemma(o) == "number" and any(a.lower_ in ("similar", "same", "equal", "comparable") for a in o.children))
        or any(n.lower_ in _MANY_WORDS or (n.dep_ == "nummod" and (_many(n) or (n.text.isdigit() and int(n.text) >= 20) or _bound(n))) for n in o.children)
        for o in counted
    )


# verbs of a campaign kept up ("has fought an insurgency"; a hold kept up is the coder's _HOLDING_VERBS)
_WAGING = frozenset(("fight", "wage", "battle", "combat"))
_STANCES = frozenset(("reject", "refuse", "rebuff", "dismiss", "ignore", "snub", "decline", "deny", "oppose", "condemn", "demand", "urge"))
_SINCE_WEEKDAY = re.compile(r"\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b")
# verbs of a growing campaign ("has stepped up", "has intensified")
_ESCALATING = frozenset(("step", "intensify", "escalate", "ramp", "increase", "expand", "accelerate"))
_SO_FAR = re.compile(r"\b(?:so far|to date|according to (?:\S+ ){0,4}?(?:tally|count|data|figures|statistics))\b")


# a year's count of acts told without the perfect: "last year", "in the fiscal year through March"
# (a rate, not "a day after" or "a week earlier")
_YEAR_SPAN = re.compile(
    r"\b(?:last|this|past) year\b|\bfiscal year\b|\ba (?:day|week|month|year)\b(?! (?:after|before|earlier|later|ago))|\bper (?:day|week|month|year)\b|\bso far\b|\bto date\b"
)


def _times(pred: Token) -> bool:
    """ "N times", "several times": an act repeated, told as its count."""
    return any(lemma(c) == "time" and any(q.lower_ in _MANY_WORDS | {"many"} or (q.like_num and q.lower_ not in ("one", "1")) for q in c.children) for c in pred.children)


def _yearly_count(pred: Token) -> bool:
    """Acts counted over a year without the perfect: "were scrambled 464 times in
    the fiscal year", "fired water cannon at least five times last year", "faced
    1.6 million hacking attempts a day last year", "killed 25 Bangladeshis along
    the frontier last year" (not "expelled 23 diplomats last year": one act)."""
    after = " ".join(t.lower_ for t in pred.subtree if t.i > pred.i)
    if not _YEAR_SPAN.search(after):
        return False
    if _times(pred):
        return True
    counted = [c for c in pred.children if c.dep_ in ("dobj", "obj", "nsubjpass") and lemma(c) not in _FORCE_SIZES]
    many = any(n.dep_ == "nummod" and (_many(n) or _bound(n) or (n.text.isdigit() and int(n.text) >= 10)) for o in counted for n in o.children)
    return many and lemma(pred) in _COUNTED_ACTS


# acts a year's count is told of (an expulsion or a deal is one act, whatever its size)
_COUNTED_ACTS = frozenset(("kill", "wound", "injure", "arrest", "detain", "fire", "launch", "face", "record", "carry", "conduct", "stage", "shoot", "abduct", "deport"))


def _bound(num: Token) -> bool:
    """A count told as a lower bound: "at least six", "more than 20", "over 30"."""
    words = {t.lower_ for t in num.subtree if t.i < num.i}
    return "least" in words or ("more" in words and "than" in words) or "over" in words


# (and "declined to deny the reports": neither confirmed nor denied)
_SAYING_VERBS = frozenset(("comment", "elaborate", "disclose", "confirm", "identify", "specify", "reveal", "name", "answer", "say", "speculate", "deny"))


_INFO_NOUNS = frozenset(("detail", "name", "rank", "age", "information", "figure", "number", "reason", "identity", "comment", "estimate"))


# (not "routinely", "regularly": "soldiers routinely beat up detainees" reports a
# practice, which event data code)
_HABITUAL = frozenset(("often", "usually", "typically", "generally", "normally", "habitually", "customarily", "traditionally", "frequently", "regularly"))


def habitual(tok: Token) -> bool:
    """The clause of ``tok`` (its own verb, or the verb it hangs on) says what
    somebody usually does."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    # (in the present: "is firing missiles almost every month" is a rate, "fired a missile every day last week" acts;
    # or the perfect: "has renewed its complaint every year since 1958")
    perfect = any(a.dep_ == "aux" and a.lower_ in ("has", "have", "had") for a in verb.children)
    present = verb.tag_ in ("VBZ", "VBP") or perfect or any(a.dep_ == "aux" and a.lower_ in ("is", "are", "am") for a in verb.children)
    if perfect and any(a.dep_ == "advmod" and a.lower_ == "long" for a in verb.children):
        return True  # "Pyongyang has long condemned the drills": a stance held, no act told
    if verb.tag_ in ("VBZ", "VBP") and any(a.dep_ == "advmod" and a.lower_ == "still" for a in verb.children):
        return True  # "The two countries still cooperate on fisheries": how things stand
    return any(a.dep_ == "advmod" and a.lower_ in _HABITUAL for a in verb.children) or (present and any(
        a.dep_ in ("npadvmod", "advmod") and a.lemma_.lower() in _TIME_UNITS and any(d.lower_ in ("every", "each") for d in a.children) for a in verb.children
    ))


_TIME_UNITS = frozenset(("day", "week", "month", "year", "night", "morning", "weekend"))


_STALLING = frozenset(("stall", "deadlock", "freeze", "stagnate"))


_CALLED_OFF = frozenset(("postpone", "delay", "cancel", "shelve", "defer", "scrap", "adjourn"))


_FAILING = frozenset(("collapse", "break", "falter", "founder", "fail"))


def called_off(noun: Token) -> bool:
    """An act named as what was called off: "agreed to postpone the
    demonstration", "cancelled the drills", "the strike was called off"."""
    if noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    verb = noun.head
    return verb.pos_ in ("VERB", "AUX") and (lemma(verb) in _CALLED_OFF or (lemma(verb) in ("put", "call") and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)))


def stalled(noun: Token) -> bool:
    """Talks as the subject of stalling ("have stalled since a 2019 summit"),
    or of a collapse told as a point of history ("since talks ... collapsed
    in 2019", "talks have broken down"): no meeting is told."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if lemma(verb) in _STALLING:
        return True
    if noun.dep_ == "nsubjpass" and (lemma(verb) in _CALLED_OFF or (lemma(verb) in ("put", "call") and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))):
        return True  # "A summit between Putin and Trump has been put off indefinitely", "talks were postponed"
    if lemma(verb) == "be" and any(c.dep_ == "acomp" and c.lower_ in ("possible", "likely", "unlikely", "expected", "planned", "due") for c in verb.children):
        return True  # "A visit by Li Qiang to Pyongyang is possible later this year"
    if lemma(verb) not in _FAILING:
        return False
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
    since = any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "since" for c in verb.children
    )
    return perfect or since


_TALLYING = frozenset(("record", "count", "document", "register", "log", "tally", "verify", "total", "number", "tot"))


def tallied(noun: Token) -> bool:
    """Acts counted, not told: "recorded more than 100 air strikes since the
    start of the ceasefire", "It was the 14th such incursion this year" (but
    "It was Shoigu's third visit to North Korea" tells of a visit)."""
    kids = list(noun.children)
    if any(c.lower_ == "such" for c in kids) and any(c.ent_type_ == "ORDINAL" for c in kids):
        return True
    # "It was North Korea's fourth known weapons test this year": an ordinal counted among
    # those known or over the year, not the act told
    before = [t for t in noun.subtree if t.i < noun.i]
    if any(t.ent_type_ == "ORDINAL" for t in before) and (
        any(t.lower_ == "known" for t in before) or any(t.lower_ == "year" and t.head.i == noun.i and t.dep_ == "npadvmod" for t in noun.subtree)
        or any(t.lower_ == "year" and t.dep_ == "npadvmod" and t.head.i == noun.head.i for t in noun.head.children)
    ):
        return True
    if noun.lower_.endswith("s") and any(c.dep_ == "npadvmod" and c.lower_ == "year" and any(d.lower_ in ("this", "last") for d in c.children) for c in kids):
        return True  # "condemn North Korea's ballistic missile launches this year": the year's acts, none told
    numbered = any(c.dep_ == "nummod" and (_many(c) or any(q.dep_ in ("quantmod", "advmod") for q in c.children)) for c in kids)
    return numbered and noun.dep_ in ("dobj", "obj") and lemma(noun.head) in _TALLYING


def withheld_information(pred: Token) -> bool:
    """ "declined to give his rank", "refused to comment": withholding
    information, not rejecting anybody."""
    for x in pred.children:
        if x.dep_ != "xcomp":
            continue
        if lemma(x) in _SAYING_VERBS:
            return True
        if lemma(x) in ("give", "provide", "offer") and any(o.dep_ in ("dobj", "obj") and lemma(o) in _INFO_NOUNS for o in x.children):
            return True
    return False


def anonymous(pred: Token) -> bool:
    """ "asked not to be named", "requested anonymity": who speaks without a name."""
    if any(o.dep_ in ("dobj", "obj") and lemma(o) == "anonymity" for o in pred.children):
        return True
    return any(x.dep_ in ("xcomp", "ccomp") and lemma(x) in ("name", "identify") and any(a.dep_ == "auxpass" for a in x.children) for x in pred.children)


_ISSUE_NOUNS = frozenset(("issue", "problem", "question", "matter", "dispute", "case"))


def settled_issue(pred: Token) -> bool:
    """ "X said the issue has been resolved/settled": no agent, an issue as subject."""
    if lemma(pred) not in ("resolve", "settle", "solve", "close") or not is_passive(pred):
        return False
    if any(c.dep_ == "agent" for c in pred.children):
        return False
    return any(c.dep_ == "nsubjpass" and lemma(c) in _ISSUE_NOUNS for c in pred.children)


def war_history(pred: Token) -> bool:
    """ "soldiers killed during the war", "citizens abducted in the 1970s": a
    participle set in a past war or decade;
    "self-governed since 1949, when Nationalist forces retreated to the
    island": a clause telling what a bygone year saw."""
    head = pred.head
    if pred.dep_ in ("relcl", "advcl") and head.like_num and len(head.text) == 4 and lemma(head.head) in ("since", "in"):
        return True
    if any(c.dep_ == "prep" and lemma(c) in ("in", "during") and any(re.fullmatch(r"(?:19|20)\d0s", p.text) for p in c.children) for c in pred.children):
        return True  # "admitted to abducting 13 Japanese in the 1970s"
    if pred.dep_ == "acl" and pred.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ == "ago" and c.i > 0 and c.doc[c.i - 1].lower_ == "decades" for c in pred.children):
        return True  # "nationals abducted by Pyongyang decades ago"
    if pred.dep_ != "acl" or pred.tag_ != "VBN":
        return False
    return any(
        c.dep_ == "prep" and lemma(c) in ("during", "in") and any(
            p.dep_ == "pobj" and ((lemma(p) == "war" and any(d.lower_ == "the" for d in p.children)) or re.fullmatch(r"(?:19|20)\d0s", p.text))
            for p in c.children
        )
        for c in pred.children
    )


_CROWD_NOUNS = frozenset(("thousand", "hundred", "dozen", "score", "million", "crowd", "throng",
                          # people who protest in the street rather than by a note ("students protested against ...")
                          "student", "farmer", "worker", "resident", "citizen", "villager", "teacher", "doctor", "nurse", "trucker",
                          "fisherman", "retiree", "pensioner", "employee", "miner", "youth", "monk", "parent", "veteran", "union",
                          "lawyer", "exile", "activist", "protester", "demonstrator"))


def crowd(pred: Token) -> bool:
    """The verb's subject is a crowd: "hundreds of Kenyans", "thousands",
    "5,000 Nigerians" (people of a state, not the state)."""
    # (a common noun: "the European Union protested" lodges a complaint)
    return any((lemma(s) in _CROWD_NOUNS and s.pos_ != "PROPN") or any(c.dep_ == "nummod" for c in s.children) for s in subject_tokens(pred))
