"""Which trigger candidates a sentence tells as no act of their own.

A trigger word does not always report something a party did: it may name
what a text says ("resolutions that ban ..."), a topic ("talks on a
ceasefire"), a tally, a habit, a slogan, a state of things ("the occupied
territories") or an act already told and now judged ("condemned the
launch"). :func:`told_as_no_act` holds those rules, one ``if`` a rule with
an example of what it drops, and the coder
(:func:`~eventwire.events.coder.code_sentence`) skips every candidate it
names before looking for the candidate's parties.

They live apart from the coder because they only ever drop a candidate:
they read the sentence's parse and the facts the coder gathered about it
(:class:`SentenceView`) and change nothing, so they can be read, and a new
one added, without the coder's party and code logic in view. The rules run
in order and the first that matches decides; their order is part of what
they do (an earlier rule may drop a candidate a later one would not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..records import Event
from .arguments import (
    FACILITY_NOUNS,
    SAYING,
    TEXT_NOUNS,
    TIES_NOUNS,
    MentionIndex,
    actors_of_all,
    enacted_here,
    pobjs,
    speaker_of,
    subject_tokens,
)
from .background import (
    ACCIDENTS,
    GROWING,
    LEVELS,
    TRENDS,
    anonymous,
    called_off,
    habitual,
    in_perfect,
    settled_issue,
    stalled,
    tallied,
    told_as_count,
    verb_tally,
    war_history,
    withheld_information,
)
from .filters import DocCues, non_agent, not_asserted
from .lexicon import Lexicon
from .polarity import MAYBE, PLANNED, WILL_NOUNS
from .roles import DRILL_NOUNS, Coded
from .triggers import NAMING_VERBS, Token, is_passive, lemma, stray_conjunct


@dataclass(frozen=True)
class SentenceView:
    """What the coder knows of one sentence before it codes its candidates
    (built once a sentence, shared by every candidate's check)."""

    span: Any  # the sentence's parsed span
    index: MentionIndex
    lex: Lexicon
    cues: DocCues
    history: list[Event]  # the events of the document's earlier sentences
    type_at: dict[int, str]  # predicate index -> the type it was coded as
    answers: frozenset[int]  # the triggers of what answers an act ("sanctions ... for its test")
    verdicts: frozenset[int]  # the verdict of a "be judged" ("the launch was a clear violation")
    judged: frozenset[int]  # the predicates of those judgements
    asked_nouns: frozenset[int]  # the nouns of a request ("his demand that Rwanda withdraw")
    trigger_preds: frozenset[int]  # every candidate's predicate
    chants: list[tuple[int, int]]  # character spans of slogans chanted or carried


def _incoming_downed(pred: Token) -> bool:
    """What was shot down or intercepted is incoming weapons: named so ("402 drones and
    24 missiles", not "a Russian jet"), or "them" / "most of them" after weapons the
    sentence named ("Russia launched 46 missiles ... and air defenses shot down most of them")."""
    for o in pred.children:
        if o.dep_ not in ("dobj", "obj"):
            continue
        if (lemma(o) in _INCOMING or any(lemma(x) in _INCOMING for x in o.conjuncts)) and not any(
            x.dep_ in ("amod", "poss", "compound") and x.ent_type_ in ("NORP", "GPE") for x in o.children
        ):
            return True
        if (o.lower_ == "them" or any(p.lower_ == "them" for p in pobjs(o, {"of"}))) and any(lemma(x) in _INCOMING for x in pred.sent if x.i < pred.i):
            return True
    return False


def told_as_no_act(k: Coded, view: SentenceView) -> bool:
    """True when the sentence tells candidate ``k`` as no act of its own
    (each rule's comment gives an example of what it drops), False when it
    may be coded."""
    c = k.cand
    span, index, lex, cues, history = view.span, view.index, view.lex, view.cues, view.history
    type_at, answers, verdicts, judged = view.type_at, view.answers, view.verdicts, view.judged
    asked_nouns, trigger_preds, chants = view.asked_nouns, view.trigger_preds, view.chants
    if non_agent(k, span, lex, cues) or not_asserted(k, span, lex, cues):
        return True
    if c.via in ("verb", "light") and any(m.dep_ == "mark" and m.lower_ == "whether" for m in c.pred.children):
        # "was closely watching whether the two sides would discuss military cooperation",
        # "would review whether they violated U.S. sanctions": a question, no act told
        return True
    if c.via == "verb" and c.pred.dep_ == "amod" and c.pred.tag_ == "VBN" and not any(d.dep_ == "nsubj" for d in c.pred.children):
        return True  # "pardoned jailed activists", "the occupied territories": a state, not a new act
    if c.via == "verb" and c.pred.dep_ == "relcl" and c.pred.tag_ in ("VBP", "VBZ") and lemma(c.pred.head) in INSTRUMENT_NOUNS and not enacted_here(c.pred):
        return True  # "Security Council resolutions that ban Pyongyang from ...": what a rule says, no new act
    if c.via in ("noun", "occurrence") and k.type in ("COOPERATE", "SUPPORT", "AID") and c.head.dep_ == "nsubj" and lemma(c.head.head) == "be" and any(
        a.dep_ == "acomp" for a in c.head.head.children
    ):
        return True  # 'told Park that Russia's cooperation with North Korea was "legitimate"': ties judged, no new act
    if c.via == "verb" and c.pred.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "since") for m in c.pred.children) and (
        k.type == "ACCUSE" and is_passive(c.pred) and not any(a.dep_ == "agent" for a in c.pred.children)
    ):
        return True  # "would not grant safe conduct because Quispe was accused of common crimes": the reason, a charge standing
    if c.via == "verb" and k.type == "CONSULT" and c.pred.dep_ == "advcl" and any(m.lower_ == "so" for m in c.pred.children if m.dep_ in ("mark", "advmod")):
        return True  # "requested a safe-conduct pass so that Quispe can travel to Mexico": what the request is for
    if k.type == "CONSULT" and c.pred.dep_ == "acl" and lemma(c.pred.head) in ("invitation", "invite") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.pred.children):
        return True  # "Xi accepted Lee's invitation to make a state visit to South Korea next year": the visit invited, not made
    if k.type == "RETREAT" and c.pred.i > 0 and c.pred.doc[c.pred.i - 1].lower_ in ("demands", "demand", "seeks", "urges", "wants", "calls"):
        return True  # headline "...; Seoul demands release": the release asked for, which did not happen
    if c.pred.dep_ in ("csubj", "csubjpass") and lemma(c.pred.head) in ("ban", "prohibit", "forbid", "outlaw", "bar", "restrict", "punish"):
        return True  # "Flying a drone near a military installation is banned under South Korean law": what a law forbids
    if c.via == "verb" and c.pred.dep_ == "relcl" and lemma(c.pred.head) in INSTRUMENT_NOUNS and any(a.dep_ == "aux" and a.lower_ == "had" for a in c.pred.children):
        return True  # "urging Moscow to abide by the resolutions it had voted for": how the text came to be, no act of the news
    if k.type == "MOBILIZE" and c.via == "verb" and lemma(k.pred) in SENDING and any(
        x.dep_ in ("advcl", "xcomp") and lemma(x) in ("take", "join", "participate") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        and any(lemma(t) in DRILL_NOUNS | {"patrol"} for t in x.subtree)
        for x in k.pred.children
    ):
        return True  # "would send a warship to take part in joint patrols with the Philippine navy": the joint patrol is the act
    if c.via == "noun" and k.type == "CONSULT" and c.head.dep_ == "compound" and lemma(c.head.head) in PROPOSAL_NOUNS:
        return True  # "Seoul's talks offer", "a peace talks proposal": what is offered, no talks held
    if c.via == "verb" and lemma(k.pred) in ("shoot", "intercept", "down") and _incoming_downed(k.pred):
        return True  # "air defenses shot down 402 drones and 24 missiles": incoming weapons stopped, nobody attacked (not "shot down a Russian jet")
    if c.via in ("verb", "light") and lemma(k.pred) == "pose" and any(
        o.dep_ in ("dobj", "obj") and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in k.pred.children
    ):
        return True  # "the launch posed no immediate threat to U.S. personnel": an assessment, nobody accused
    if c.via == "verb" and lemma(k.pred) == "station" and (is_passive(k.pred) or (k.pred.tag_ == "VBN" and k.pred.dep_ in ("acl", "relcl"))):
        return True  # "a diplomat who had been stationed at the embassy", "troops stationed in Korea": a posting, no act
    if c.via == "verb" and k.type in ("AID", "COOPERATE") and (subj := subject_tokens(k.pred)) and all(lemma(s) in FACILITY_NOUNS for s in subj):
        return True  # "said the plant supplied fuel to Russian forces": what a facility does is no party's act
    if c.via == "verb" and k.type in ("SUPPORT", "AGREE", "COOPERATE", "AID", "CONSULT") and k.pred.dep_ == "ccomp" and lemma(k.pred.head) == "warn" and any(
        s.dep_ == "nsubj" and s.lower_ in ("it", "they", "we") for s in k.pred.children
    ):
        return True  # "warned it would defend its water security by all means": what the warning threatens, no promise
    if c.via == "verb" and k.type == "ASSAULT" and lemma(k.pred) == "defend" and k.pred.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in k.pred.children
    ):
        return True  # "all measures Moscow takes to defend its sovereignty": what a measure is for, no attack
    if c.via == "verb" and lemma(k.pred) in ("delay", "postpone") and is_passive(k.pred) and not any(
        a.dep_ == "agent" and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in a.children) for a in k.pred.children
    ):
        return True  # "This year's talks were delayed by about a month": a schedule slipping, nobody's measure
    if c.via == "noun" and any(d.lower_ == "such" for d in c.head.children) and any(d.ent_type_ == "ORDINAL" or d.lower_ in _ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", d.lower_) for d in c.head.children):
        return True  # "the 12th such incursion this year", "the third such incident this month": a count, no new act
    if c.via == "verb" and lemma(k.pred) == "target" and k.pred.tag_ == "VBG" and k.pred.dep_ in ("advcl", "acl") and any(
        lemma(t) in INSTRUMENT_NOUNS | {"package"} for t in (k.pred.head.subtree if k.pred.dep_ == "advcl" else [k.pred.head]) if t.i < k.pred.i
    ):
        return True  # "a package of sanctions against Russia, targeting its shadow fleet": whom the measures hit, no attack
    if c.via == "noun" and c.head.dep_ in ("dobj", "obj") and (gov := c.head.head).dep_ == "relcl" and gov.tag_ in ("VBP", "VBZ") and lemma(gov.head) in INSTRUMENT_NOUNS and not enacted_here(gov):
        return True  # "a mutual defense treaty that covers armed attacks on Philippine vessels": what a text covers, no act
    if c.pred.dep_ in ("acl", "relcl") and lemma(c.pred.head) in INSTRUMENT_NOUNS | _TOPIC_HOLDERS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.pred.children):
        return True  # "vetoing a resolution to tighten sanctions": what a text would do
    if (c.via == "noun" or (c.via == "verb" and c.pred.dep_ == "pcomp" and c.pred.tag_ == "VBG")) and _topic_of_text(c.head if c.via == "noun" else c.pred):
        # "a resolution on new sanctions", "talks on a ceasefire", "held
        # talks on coordinating their response": a topic, not an act
        return True
    if c.via == "verb" and c.entry.role == "refuse" and withheld_information(c.pred):
        return True  # "declined to give his rank", "refused to comment": no political act (CAMEO 012)
    if c.via == "verb" and c.entry.type == "SUPPORT" and c.pred.dep_ == "acl" and c.pred.tag_ == "VBG":
        return True  # "a civic group supporting the plaintiffs": what the group is, no act
    if c.via == "noun" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in ("meet", "satisfy", "fulfil", "fulfill"):
        return True  # "gearing up production to meet Moscow's demand": supply, no request
    if (part := first_conjunct(k.pred)).dep_ in PURPOSE_DEPS and part.head.pos_ == "VERB" and verb_tally(part.head):
        # "has shipped more than 12 million shells since 2023 to support its war", "have launched
        # more than 100 attacks since November 2023, sinking two vessels and killing four seafarers": part of the tally
        return True
    if c.via == "verb" and c.pred.dep_ == "csubj" and c.pred.tag_ == "VBG":
        return True  # "saying that killing the crew amounted to murder": an act named to be judged, not told
    if c.via == "verb" and lemma(c.pred) == "release" and any(
        o.dep_ in ("dobj", "obj", "nsubjpass") and (lemma(o) in _MATERIAL_RELEASED or any(x.dep_ in ("amod", "compound") and x.i < o.i and lemma(x) in _MATERIAL_RELEASED for x in o.children))
        for o in c.pred.children
    ):
        # "Authorities have released sketches of three suspects": information made public, nobody freed
        # (the parse may make the noun a modifier: "released a graphic showing patrol routes")
        return True
    if c.via == "verb" and lemma(c.pred) == "take" and any(p.dep_ == "prt" and p.lower_ == "over" for p in c.pred.children) and any(
        p.dep_ == "prep" and p.lower_ == "from" for p in c.pred.children
    ) and not any(o.dep_ in ("dobj", "obj") for o in c.pred.children):
        return True  # "the Africa Corps, which took over from Wagner": a successor, no seizure
    if c.via == "verb" and c.pred.dep_ == "acl" and c.pred.tag_ == "VBN" and lemma(c.pred) in _HOLDING_VERBS and not any(
        t.ent_type_ in ("DATE", "TIME") for t in c.pred.subtree
    ):
        return True  # "four oblasts partially occupied by Russia": who holds what, no act told
    if c.via == "verb" and k.type == "CONSULT" and lemma(c.pred) in ("talk", "speak") and not any(
        p.dep_ == "prep" and p.lower_ in ("with", "to") for p in c.pred.children
    ) and any(p.dep_ == "prep" and p.lower_ in ("about", "of", "on") for p in c.pred.children) and c.pred.dep_ in ("advcl", "pcomp", "xcomp"):
        return True  # "terrorises our people while talking about peace": speech about a topic, no talks
    if c.via == "verb" and c.entry.lemma in ("notify", "inform") and not any(
        o.dep_ in ("dobj", "obj") and (o.pos_ == "PROPN" or lemma(o) in _TOLD_SIDES) for o in c.pred.children
    ):
        return True  # "informing them in detail", "the department informs": word sent to no other side named
    if c.via in ("noun", "occurrence") and (
        (c.head.dep_ in ("oprd", "attr") and lemma(c.head.head) in NAMING_VERBS)
        or (c.head.dep_ == "pobj" and c.head.head.lower_ == "as" and lemma(c.head.head.head) in NAMING_VERBS)
    ):
        return True  # 'called the attack "a deliberate killing of civilians"', "described the strike as a war crime": a name for an act told, no act
    if c.via == "verb" and k.type == "THREATEN" and lemma(c.pred) == "respond" and c.pred.tag_ in ("VBD", "VBN") and not any(
        a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "could", "can", "might", "may", "must") for a in c.pred.children
    ):
        return True  # "the North has responded in kind": a response made is told by what was done, no threat
    if c.via != "verb" and lemma(c.head) == "readiness" and not any(
        x.dep_ in ("acl", "prep") and (x.lower_ in ("for", "to") or any(a.lower_ == "to" for a in x.children)) for x in c.head.children
    ):
        return True  # "the allies' readiness must be flawless": preparedness, no promise
    if any(a <= c.pred.idx < b for a, b in chants):
        return True  # 'chanting "Withdraw the $10 billion demand"': a slogan, no act
    if c.via in ("noun", "light") and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _SHOWING and any(p.dep_ == "poss" for p in c.head.children) and any(
        s.dep_ == "nsubj" and s.pos_ in ("PRON", "NOUN") and s.lower_ not in ("we", "i", "they", "he", "she") for s in c.head.head.children
    ):
        return True  # "the transit showed Washington's commitment": what an act shows of its doer, no act of its own
    if k.type == "COOPERATE" and c.via == "verb" and lemma(k.pred) in GROWING and (
        any(s.dep_ == "nsubj" and lemma(s) in _TIES for s in k.pred.children)
        or (k.pred.tag_ == "VBG" and k.pred.dep_ in ("pcomp", "amod", "acl") and not any(s.dep_ == "nsubj" for s in k.pred.children))
    ):
        return True  # "as military ties between the two countries deepen", "a sign of deepening ties": a trend, nobody's act
    if c.via == "verb" and k.pred.tag_ == "VBG" and k.pred.dep_ in ("ccomp", "xcomp") and type_at.get(k.pred.head.i) == "SUPPORT":
        return True  # "Beijing supported the two sides improving relations": what is backed, not done
    if c.via == "noun" and ((c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _FOSTERING) or any(x.dep_ == "compound" and lemma(x) in _FOSTERING for x in c.head.children)):
        return True  # "stood ready to help facilitate dialogue between the two Koreas": what a third party would further
    if c.via == "verb" and c.entry.lemma == "hope" and not any(
        s.dep_ in ("nsubj", "nsubjpass") and any(index.on(y) for y in (s, *s.lefts)) for x in c.pred.children if x.dep_ in ("ccomp", "xcomp") for s in x.children
    ) and not any(x.dep_ == "xcomp" for x in c.pred.children):
        return True  # "Japan hoped the talks would help stabilise the region": a wish about things, asked of nobody
    if c.via == "verb" and c.entry.lemma == "push" and c.entry.role == "ask" and not c.entry.prep and not (
        any(o.dep_ in ("dobj", "obj") for o in c.pred.children)
        and any(x.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in c.pred.children)
    ):
        return True  # "forces pushed into the town", "pushed the bill through", "pushed to oust the rebels": nobody pushed to act
    if c.via == "noun" and k.type == "SANCTION" and (
        c.head.dep_ in ("compound", "nmod")
        or (c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _STANDING_MEASURE_VERBS and not any(a.lower_ in ("new", "fresh", "additional", "further") for a in c.head.children))
    ):
        return True  # "asked Laos to uphold UN sanctions", "the sanctions monitoring mission": measures in force, none imposed here
    if c.via == "noun" and c.head.dep_ == "pobj" and (
        c.head.head.lower_ in ("despite", "notwithstanding") or (c.head.head.lower_ == "of" and lemma(c.head.head.head) in ("defiance", "violation", "breach"))
    ):
        return True  # "opened a bridge despite U.N. sanctions", "in violation of sanctions": what stands, no act told
    if c.via == "verb" and k.type == "ASSAULT" and any(s.dep_ == "nsubj" and lemma(s) in MISSILES for s in c.pred.children) and any(
        o.dep_ in ("dobj", "obj") and lemma(o) == "target" and not any(p.dep_ == "poss" for p in o.children) for o in c.pred.children
    ):
        return True  # "it said the missiles hit an island target with precision": a test's result
    if c.via in ("verb", "light") and c.pred.dep_ == "relcl" and (
        c.pred.head.lower_ in ("those", "anyone", "anybody", "whoever", "everyone")
        or any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in c.pred.head.children)
    ):
        # '"There can be no dialogue with those who kill soldiers"', "strikes against any
        # country that joins an attack on the North": whoever does it, no act told
        return True
    if k.pred.dep_ in ("acl", "ccomp") and k.pred.head.i in asked_nouns:
        return True  # "repeated his demand that Rwanda withdraw its troops": what is demanded is the demand
    if c.via == "verb" and c.entry.role == "ask" and anonymous(c.pred):
        return True  # "an official who asked not to be named": a source's condition, no request
    if c.via == "verb" and c.entry.lemma == "deny" and c.pred.dep_ == "conj" and lemma(c.pred.head) == "confirm":
        return True  # "refused to confirm or deny the claim": nothing said either way
    if c.via == "verb" and lemma(c.pred) in ("fight", "battle") and any(
        x.dep_ == "prep" and x.lower_ == "for" and any(p.pos_ == "PROPN" for p in x.children) for x in c.pred.children
    ) and not any(x.dep_ == "prep" and x.lower_ in ("against", "with") for x in c.pred.children):
        return True  # "troops to fight for Russia": whose side they take, no attack told
    if c.via == "noun" and c.head.pos_ == "PROPN" and c.head.ent_type_ in ("ORG", "FAC", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART") and c.head.is_title:
        return True  # "the African Union Support and Stabilization Mission": a word of a name
    if c.via == "noun" and c.head.dep_ == "pobj" and c.head.head.lower_ in ("for", "over") and _answered_here(c.head.head.head, answers):
        # "tougher sanctions on North Korea for its sixth nuclear test", "blacklisted three
        # generals over the deployment of troops": the reason, an act told before
        return True
    if c.via in ("noun", "occurrence") and (c.head.i in verdicts or (c.head.dep_ == "conj" and c.head.head.i in verdicts)):
        return True  # ("Russia remains the most significant threat, NATO said": one accusation)
    if c.via in ("noun", "occurrence") and c.head.dep_ == "nsubj" and c.head.head.i in judged and referring_back(c.head):
        return True  # "said the drills were a rehearsal for invasion": the act judged, told before
    if c.via == "noun" and k.type == "PROTEST" and _addressed(c.head):
        return True  # "Maduro told a rally of supporters": a crowd spoken to, no protest told
    if c.via in ("noun", "occurrence") and c.head.dep_ == "nsubj" and c.head.head.i in judged and lemma(c.head) in TIES_NOUNS:
        return True  # "the illegal cooperation between Russia and North Korea is a direct threat": a tie judged, no act told
    if (
        c.via in ("verb", "light") and k.type in ("AGREE", "COOPERATE", "AID", "SUPPORT") and k.pred.dep_ == "ccomp" and lemma(k.pred) in _THING_DOES
        and any(s.dep_ == "nsubj" and s.lower_ in ("it", "this", "that") for s in k.pred.children)
        and k.pred.head.tag_ == "VBG" and lemma(k.pred.head) in SAYING and type_at.get(k.pred.head.head.i) in ("SUPPORT", "ACCUSE", "REJECT")
    ):
        return True  # "welcomed the reopening, saying it would contribute to lasting peace": what the thing judged will do
    if c.via == "noun" and c.head.dep_ in ("dobj", "obj") and type_at.get(c.head.head.i) == "REJECT" and referring_back(c.head) and k.type in ("PROTEST", "ACCUSE"):
        return True  # "Libya rejected the Greek protest": the protest rejected, told where it was lodged
    if c.via == "verb" and k.pred.tag_ == "VBG" and (k.pred.dep_ == "acl" or (k.pred.dep_ == "pcomp" and k.pred.head.lower_ != "for")) and _named_as(k.pred, type_at, 5):
        return True  # "called the NCG a nuclear war plot aimed at invading the North": what it is called
    if c.via == "noun" and _named_as(c.head, type_at):
        return True  # "called the detention an unpardonable abduction": what the act is called, no act of its own
    if c.via == "noun" and c.head.dep_ in ("npadvmod", "appos") and type_at.get(c.head.head.i) == k.type and c.head.i > 0 and c.head.doc[c.head.left_edge.i - 1].text == ",":
        return True  # "gunmen attacked a convoy, an attack that drew condemnation": the act told again
    if c.via == "verb" and lemma(c.pred) == "hit" and any(o.dep_ in ("dobj", "obj") and lemma(o) in LEVELS for o in c.pred.children):
        return True  # "Relations hit their lowest point in decades", "talks hit a snag": a level reached, no blow
    if c.via == "verb" and lemma(c.pred) == "host" and any(o.dep_ in ("dobj", "obj") and (lemma(o) in _NOT_VISITORS or any(x.lower_ == "asylum" for x in o.subtree)) for o in c.pred.children):
        return True  # "Costa Rica hosts more than 200,000 Nicaraguan asylum seekers": shelter, no visit
    if c.via == "noun" and (gov := _governing_verb(c.head)) is not None and verb_tally(gov):
        return True  # "has protested each of the roughly two dozen visits since 2012": the visits counted too
    if c.via == "noun" and c.head.dep_ == "pobj" and c.head.head.lower_ == "since":
        return True  # "Since mass protests in 2018, Nicaragua has stripped ...": when a span began, background
    if c.via == "verb" and (
        (k.pred.dep_ == "pcomp" and k.pred.head.lower_ == "since")
        or (k.pred.dep_ == "relcl" and k.pred.head.dep_ == "pobj" and k.pred.head.head.lower_ == "since"
            # (not a day's "when" clause: "the first launch since Jan. 14, when it fired several missiles")
            and not (k.pred.head.ent_type_ == "DATE" and any(w.lower_ == "when" for w in k.pred.children)))
    ):
        return True  # "Since seizing power in a July 2023 coup", "since the 1994 genocide, in which ... were killed": background
    if c.via == "noun" and c.head.dep_ == "pobj" and c.head.head.lower_ == "in" and lemma(c.head.head.head) in TRENDS:
        return True  # "Niger has faced a surge in attacks by jihadist groups": a trend, no act told
    if c.via in ("verb", "light") and _described_party(c.pred):
        return True  # "Oman, which has mediated between the Houthis and Washington, urged calm": who Oman is
    if k.type == "ASSAULT" and c.via == "verb" and c.pred.dep_ in ("advcl", "conj") and (
        (lemma(c.pred.head) in ACCIDENTS and not any(o.dep_ in ("dobj", "obj") for o in c.pred.head.children))
        # "a helicopter made a hard landing near Pocheon, injuring two soldiers"
        or any(o.dep_ in ("dobj", "obj") and lemma(o) in ("landing", "crash") for o in c.pred.head.children)
    ):
        return True  # "The plane crashed near Aktau, killing 38 people": an accident, nobody's attack
    if c.via == "verb" and k.pred.dep_ == "acl" and k.pred.tag_ == "VBG" and lemma(k.pred.head) in ("resolution", "law") and k.type in ("SANCTION", "COERCE") and not enacted_here(k.pred):
        return True  # "abide by UN resolutions banning arms trade with North Korea": what a text says, no act
    if c.via == "verb" and lemma(k.pred) in ("defend", "protect", "safeguard") and k.pred.dep_ == "pcomp" and k.pred.head.lower_ == "in" and k.pred.head.head.i in trigger_preds:
        return True  # "will stand on the side of our Russian comrades in defending their sovereignty": what the support is for
    if k.type == "COOPERATE" and c.via == "verb" and k.pred.tag_ == "VBG" and k.pred.dep_ in ("advcl", "acl") and lemma(k.pred) in GROWING and (
        k.pred.head.i in trigger_preds or (k.pred.head.dep_ in ("dobj", "obj") and k.pred.head.head.i in trigger_preds)
    ) and not any(x.dep_ == "nsubj" for x in k.pred.children):
        return True  # "signed an agreement ..., deepening defence ties": what the act does, not a second act
    if c.via == "noun" and lemma(c.head) == "protest" and c.head.dep_ == "pobj" and c.head.head.lower_ == "in" and not any(d.dep_ == "det" for d in c.head.children):
        return True  # "expelled 12 diplomats in protest at the arrest": the expulsion is the protest, coded on its verb
    if c.via == "noun" and c.head.head.pos_ == "VERB" and lemma(c.head.head) in NAMING_VERBS and any(
        w.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and w.tag_ in ("WP", "WDT") for w in c.head.head.children
    ):
        return True  # "condemned what he called Russia's hybrid attacks": the speaker's name for the act judged
    if c.via == "verb" and lemma(k.pred) in NAMING_VERBS and k.pred.dep_ in ("ccomp", "pcomp", "dobj", "pobj", "relcl") and any(
        w.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and w.lower_ == "what" for w in k.pred.children
    ) and any(type_at.get(a.i) in JUDGING_TYPES for a in list(k.pred.ancestors)[:4]):
        # "... condemning what it called gross violations": the name given, inside the act that judges
        # (not "struck back in response to what it called Ukrainian terrorist attacks": the name is the judgement)
        return True
    if c.via == "noun" and c.head.tag_ == "NNS" and any(a.dep_ == "amod" and a.lower_ in _GOING_ON for a in c.head.children):
        return True  # "condemned North Korea's continued missile launches": a series judged, no launch told
    if c.via == "light" and lemma(c.pred) in NAMING_VERBS and any(x.dep_ in ("oprd", "xcomp", "ccomp") for x in c.pred.children):
        return True  # "calling the attack a state crime": the act named, not one called
    if c.via == "noun" and c.head.tag_ == "NNS" and c.head.dep_ in ("dobj", "obj") and type_at.get(c.head.head.i) in JUDGING_TYPES and any(
        a.dep_ == "poss" for a in c.head.children
    ):
        return True  # "criticized Pyongyang's ballistic missile launches": acts judged together, none told here
    if c.via == "noun" and c.head.dep_ in ("dobj", "obj") and type_at.get(c.head.head.i) in JUDGING_TYPES and (
        lemma(c.head) in ("warning", "threat", "ultimatum")
        or (lemma(c.head) in ("request", "demand", "appeal", "plea", "offer", "proposal", "overture", "invitation")
            and any(a.dep_ == "poss" or (a.dep_ in ("compound", "amod") and a.ent_type_ in ("GPE", "NORP", "ORG")) for a in c.head.children))
    ):
        # "rejected Sudan's request for emergency measures", "turned down a U.S. request", "Pentagon dismisses warning",
        # "dismisses Seoul's talks offer":
        # the request or the warning judged, told before, no new one
        return True
    if c.via == "verb" and any(ch.dep_ == "poss" or (ch.dep_ == "compound" and any(g.dep_ == "poss" for g in ch.children)) for ch in k.pred.children) and (
        k.pred.dep_ in ("ccomp", "xcomp", "dobj") and type_at.get(k.pred.head.i) in JUDGING_TYPES
    ):
        return True  # headline "Kim Yo-jong dismisses Seoul's talks offer": a noun the parser read as a verb, the offer judged
    if c.via == "verb" and c.pred.dep_ == "pcomp" and c.pred.head.lower_ == "for" and type_at.get(c.pred.head.head.i) == "SUPPORT":
        return True  # "praised North Korean soldiers for fighting alongside Russian troops": the deed praised, no act told
    if c.via == "noun" and c.head.dep_ == "pobj" and c.head.head.lower_ in ("after", "before", "following", "during") and any(
        d.dep_ == "det" and d.lower_ == "the" for d in c.head.children
    ) and not any(x.dep_ in ("poss", "prep", "compound", "amod", "nmod") for x in c.head.children) and (
        k.type == "CONSULT" or any(ev.event_type == k.type for ev in history)
    ):
        # "told reporters after the meeting": the meeting told before, a point in time here
        # ("scrambled fighter jets during the attack": the attack the story told, no new one)
        return True
    if c.via == "noun" and k.type in _JUDGED_ACT_TYPES and c.head.dep_ in ("dobj", "obj") and type_at.get(c.head.head.i) in JUDGING_TYPES and (
        any(a.dep_ == "amod" and a.lower_ in ("recent", "previous", "earlier") for a in c.head.children) or any(ev.event_type == k.type for ev in history)
    ):
        # "criticized the recent South Korea-U.S. agreement", "praised Turkey's mediation" after
        # the talks it hosted: the act judged, known or told before, no new act (the
        # judgement is the event; "welcomed the dialogue between Seoul and Beijing" tells one)
        return True
    if c.via == "noun" and c.head.dep_ in ("dobj", "obj") and lemma(c.head.head) in _AVERTING:
        return True  # "the missiles were needed to deter attacks on Japan": what is to be kept from happening
    if c.via == "noun" and k.type == "SUPPORT" and c.head.dep_ == "pobj" and c.head.head.lower_ == "for" and type_at.get(c.head.head.head.i) == "SUPPORT" and any(
        a.dep_ == "poss" for a in c.head.children
    ):
        return True  # "thanked No for North Korea's fraternal support": the support thanked for, no new one
    if k.type == "THREATEN" and c.via == "verb" and c.entry.lemma == "threaten" and any(x.dep_ == "xcomp" for x in k.pred.children) and any(
        lemma(t.head if t.tag_ == "WDT" and k.pred.dep_ == "relcl" else t) in _RISKS for t in subject_tokens(k.pred) or [k.pred.head]
    ):
        return True  # "in a move that threatens to unravel the peace deal": a risk, nobody threatens
    if c.via in ("verb", "light") and verb_tally(c.pred):
        return True  # "has test-fired more than 100 missiles since 2022": a tally, no act told
    if (c.via == "verb" and told_as_count(c.pred)) or (c.head.dep_ in ("advcl", "dobj") and c.head.head.pos_ == "VERB" and told_as_count(c.head.head)):
        # (and the fighting a toll's dead fell in: "have been killed fighting for Russia")
        return True  # "the number of defectors arriving in the South fell": a statistic
    if c.via == "verb" and any(lemma(t) in _SHARES or t.ent_type_ == "PERCENT" for t in subject_tokens(c.pred)):
        return True  # "62 percent of South Koreans support ...": a poll's finding
    if c.via == "verb" and _standing_state(c.pred):
        return True  # "28,500 U.S. troops are stationed in South Korea": how things stand
    if c.via == "verb" and c.entry.lemma in ("retaliate", "respond", "react") and any(
        x.dep_ == "prep" and x.lower_ == "by" and any(p.dep_ == "pcomp" and p.i in trigger_preds for p in x.children) for x in c.pred.children
    ):
        return True  # "retaliated by closing its airspace": the closure is the act, coded on its own
    if c.via == "verb" and k.type == "ACCUSE" and c.pred.dep_ == "acl" and c.pred.tag_ == "VBN" and c.pred.head.dep_ != "ROOT" and not any(x.dep_ == "agent" for x in c.pred.children):
        return True  # "sanctioned three North Koreans accused of laundering money": who they are, no new accusation
    if c.via == "verb" and lemma(c.pred) == "target" and c.pred.dep_ == "advcl" and type_at.get(c.pred.head.i) == "SANCTION":
        return True  # "imposed sanctions on Iran, targeting a network of shipping firms": whom the sanctions hit
    if k.cameo == "042" and any(lemma(t) in _NOT_VISITORS for t in subject_tokens(c.pred)):
        return True  # "defectors struggle after arriving in the South": no state visits anybody
    if k.cameo == "042" and c.via == "verb" and _home_visit(c.pred, index):
        return True  # "visited wounded soldiers in a Kyiv hospital": a trip at home is no visit
    if c.via == "verb" and settled_issue(c.pred):
        return True  # "the abduction issue has been resolved": a position, not an agreement
    if c.via == "verb" and c.pred.dep_ == "acl" and c.pred.tag_ == "VBN" and _under_topic(c.pred.head):
        return True  # "to discuss the issue of Japanese nationals abducted by Pyongyang": the topic, not news
    if k.type == "COERCE" and c.via == "verb" and c.pred.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ == "had" for a in c.pred.children) and any(
        a.dep_ == "auxpass" for a in c.pred.children
    ):
        return True  # "acquitted three members who had been indicted alongside him": who they are, told before
    if c.via == "verb" and is_passive(c.pred) and any(
        p.dep_ == "prep" and p.lower_ == "under" and any(lemma(o) in INSTRUMENT_NOUNS | _TEXT_WORDS for o in p.children) for p in c.pred.children
    ):
        return True  # "Under the agreement, the installation of facilities ... are banned": what a text says
    if c.via in ("noun", "occurrence") and c.head.dep_ == "attr" and lemma(c.head) in _TEXT_WORDS and any(
        s.dep_ == "nsubj" and s.lower_ in ("it", "this", "that") for s in c.head.head.children
    ):
        return True  # "It is a binding agreement between the two governments": what a thing is, no act
    if k.type == "ASSAULT" and c.via == "verb" and lemma(c.pred) in ("hit", "strike") and any(
        o.dep_ in ("dobj", "obj") and any(x.lower_ == "target" and x.dep_ in ("compound", "amod") for x in o.children) for o in c.pred.children
    ):
        return True  # "the cruise missiles ... hit a target island": a test reaching its mark
    if k.type in ("AID", "COOPERATE", "SUPPORT") and c.via == "verb" and c.pred.dep_ == "relcl" and c.pred.tag_ in ("VBP", "VBZ") and not any(
        a.dep_ in ("aux", "auxpass") for a in c.pred.children
    ):
        return True  # "the military protection we provide to South Korea": a standing service, no new act
    if c.via == "verb" and c.pred.dep_ == "pcomp" and c.pred.head.lower_ == "of" and lemma(c.pred.head.head) in _FRAMES_OF:
        return True  # "questioned the cost of stationing US troops": what a cost or an idea is of, no act
    if k.type == "SUPPORT" and any(lemma(t) in ("survey", "poll", "study", "report") for t in subject_tokens(k.pred)):
        return True  # "a Gallup poll showed support for nuclear weapons": a finding
    if c.via in ("noun", "light", "occurrence") and c.head.dep_ == "pobj" and c.head.head.lower_ == "for" and lemma(c.head.head.head) in _DEADLINES:
        return True  # "despite a deadline for their withdrawal that passed in February": set, not done
    if c.via == "verb" and _years_after(c.pred):
        return True  # "... five years after crowds burned down its embassy": history the news is measured from
    if c.via == "verb" and war_history(c.pred):
        return True  # "the remains of soldiers killed during the war": history
    if c.via == "verb" and c.pred.dep_ in ("pcomp", "pobj") and lemma(c.pred.head) == "by" and c.pred.head.head.dep_ == "acl" and c.pred.head.head.tag_ == "VBN":
        return True  # "people displaced by fighting in Sudan": what made them so, background
    if k.type == "AID" and c.via == "verb" and any(o.dep_ in ("dobj", "obj") and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in o.children) for o in c.pred.children):
        return True  # "rely on cybercrime to fund its weapons programs": paying for one's own, no aid
    if c.via in ("noun", "light", "occurrence") and any(d.dep_ in ("det", "predet") and d.lower_ in ("any", "such") for d in c.head.children) and not (
        any(d.dep_ == "neg" for d in c.pred.children) or (c.via == "noun" and disavowed(c.head) is not None)
    ):
        # "opposes any sanctions", "such an attack would ...": no act in particular
        # (but "would not engage in any contact", "no interest in any talks" refuse it)
        return True
    if c.via == "verb" and k.type == "COOPERATE" and lemma(c.pred) == "allow" and c.pred.dep_ == "acl" and lemma(c.pred.head) in _TEXT_WORDS:
        return True  # "signed an agreement allowing their forces to share supplies": what the text allows, not yet done
    if c.via == "verb" and _seen_or_able(c.pred):
        return True  # "which it sees as targeting Beijing", "missiles capable of striking Japan": no act done
    if c.via == "verb" and _describing(c.pred):
        return True  # "citizens detained in the North", "the Polisario Front, which is backed by Algeria": who they are, no act told
    if habitual(c.pred if c.via in ("verb", "light") else c.head):
        return True  # "it often responds with weapons tests", "Beijing usually protests such visits": a habit, no act
    if c.via in ("noun", "occurrence") and k.type == "CONSULT" and stalled(c.head):
        return True  # "Talks between Washington and Pyongyang have stalled since 2019", "the summit was put off": no meeting
    if c.via in ("noun", "occurrence") and k.type in ("PROTEST", "CONSULT", "MOBILIZE") and called_off(c.head):
        return True  # "agreed to postpone the demonstration", "cancelled the drills": not held
    if k.type == "MOBILIZE" and c.via == "verb" and lemma(c.pred) in _FLIGHT_VERBS and any(lemma(t) in MISSILES for t in subject_tokens(c.pred)) and any(
        i != c.pred.i and t == "MOBILIZE" for i, t in type_at.items()
    ):
        # "The missile, launched from near Pyongyang, flew for 70 minutes before landing in
        # the sea": the told launch's flight, no new act (alone, the landing tells the launch)
        return True
    if c.via in ("noun", "occurrence") and tallied(c.head):
        return True  # "recorded more than 100 Israeli air strikes since the ceasefire", "It was the 14th such incursion": a count
    if c.via == "verb" and c.pred.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.pred.children) and _inferred(c.pred.head):
        return True  # "officials said Russia likely provided technology to help the North's program": the purpose of an inferred act
    if c.via == "verb" and _of_any(c.pred):
        return True  # "any cooperation that helps strengthen its military": what any such act would do
    if c.via == "light" and k.type == "MOBILIZE" and lemma(c.pred) in ("attend", "watch", "observe", "view") and not (
        lemma(c.pred) != "attend" and lemma(c.head) in _WATCHED_TESTS
    ):
        # "Kim attended a military parade in Moscow": a guest shows no force (but "Kim watched a
        # ground test of a solid-fuel engine" is state media's way of telling his state's test)
        return True
    if c.via == "light" and k.type != "MOBILIZE" and lemma(c.pred) == "watch":
        return True  # "Kim watched the talks": an onlooker of others' act
    if c.head.lower_ in ("warning", "warnings") and (
        any(x.dep_ in ("compound", "amod") and lemma(x) in _ADVISORIES for x in c.head.children)
        or (c.head.dep_ == "acl" and lemma(c.head.head) in _ADVISORIES)  # (parsed "an evacuation [warning ...]")
    ):
        return True  # "issued an evacuation warning to residents": advice, no threat
    return False


# the acts a leader is said to watch when his state does them
_WATCHED_TESTS = frozenset(("test", "launch", "firing", "test-fire", "test-firing", "test-launch"))


# the clauses that say what an act is for ("shipped shells to support its war")
PURPOSE_DEPS = {"advcl", "xcomp", "acl", "relcl"}

# Judgements whose object may be an act the story reported before.
# the other side word is sent to, named by a common noun ("notified the North Korean military")
_TOLD_SIDES = frozenset(("military", "side", "government", "command", "authorities", "embassy", "ministry", "counterpart", "regime", "army"))
JUDGING_TYPES = frozenset(("ACCUSE", "SUPPORT", "REJECT"))


def _addressed(noun: Token) -> bool:
    """ "told a rally of supporters", "addressed the crowd", "spoke to a rally": a
    gathering as the audience of a speech (not "spoke at a rally against the
    government": a speaker at a protest takes part)."""
    if noun.dep_ in ("dobj", "obj", "dative") and lemma(noun.head) in ("tell", "address"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and lemma(noun.head.head) in ("say", "speak")


def referring_back(noun: Token) -> bool:
    """A bare event noun with a definite or demonstrative determiner and
    nothing that says which ("the fighting", "this agreement", "such
    incursions"; not "the shelling of the border villages")."""
    kids = list(noun.children)
    return any(d.dep_ in ("det", "predet") and d.lower_ in ("the", "this", "that", "these", "those", "such") for d in kids) and not any(
        d.dep_ in ("prep", "compound", "acl", "relcl", "nmod") for d in kids
    )


def _answered_here(word: Token, answers: frozenset[int]) -> bool:
    """``word`` is an answer to an act (a sanction, a protest), or a verb whose
    object holds one ("adopted a resolution for tougher sanctions")."""
    return word.i in answers or any(o.dep_ in ("dobj", "obj") and any(t.i in answers for t in o.subtree) for o in word.children)


def first_conjunct(verb: Token) -> Token:
    """The first verb of a run of conjoined verbs ("sinking two vessels and killing four")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _described_party(pred: Token) -> bool:
    """A relative clause in the perfect or the simple present, with no time of
    its own, on a named party: "Oman, which has mediated between the Houthis and Washington",
    "Qatar, which has long hosted talks" (what the party is; not "..., which
    has just fired a missile", nor "..., which on Monday expelled ...")."""
    if pred.dep_ != "relcl" or pred.head.pos_ != "PROPN":
        return False
    if (
        pred.tag_ == "VBD" and pred.left_edge.i > 0 and pred.doc[pred.left_edge.i - 1].text == ","
        and any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in pred.subtree)
    ):
        return True  # "The United States, which helped broker the 1994 treaty, welcomed ...": a past year's deed, who it is
    # ... or in the simple present: "Russia, which holds a veto on the Security Council"
    present = pred.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in pred.children)
    if not (in_perfect(pred) or present):
        return False
    if pred.tag_ == "VBG":
        return False  # "Qatar, which has been hosting talks between Kinshasa and the M23": going on
    if pred.left_edge.i == 0 or pred.doc[pred.left_edge.i - 1].text != ",":
        return False  # (set off by a comma: a description, not which of several; "Qatar and Turkey, which also mediate")
    # (a span it has lasted is no time of its own: "which has observed a truce with the Houthis since 2022")
    lasting = {t.i for c in pred.children if c.dep_ == "prep" and c.lower_ in ("since", "for") for t in c.subtree}
    return not any((t.ent_type_ in ("DATE", "TIME") and t.i not in lasting) or t.lower_ in ("just", "recently", "now") for t in pred.subtree)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object holds ``noun`` ("protested each of the visits": "protested")."""
    tok = noun.head if noun.dep_ in ("compound", "amod") else noun  # ("faced 1.6 million hacking attempts": the attempts)
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "dobj", "obj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "prep":
            return tok
    return None


_REHEARSALS = frozenset(("rehearsal", "preparation", "pretext", "prelude", "blueprint", "plot", "excuse"))

# Nouns of texts and talks whose "on/about X" names a topic.
_TOPIC_HOLDERS = frozenset(
    "resolution vote talk negotiation discussion debate report bill law draft proposal plan statement meeting "
    "consultation briefing hearing study document text clause paper "
    # "a win-win outcome on tariffs", "a compromise on sanctions": what a settlement is about
    "outcome solution compromise consensus understanding position stance dispute row spat".split()
)

_ORDINALS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"))

# nouns of what is put to another party ("a talks offer")
PROPOSAL_NOUNS = frozenset(("offer", "proposal", "plan", "bid", "push", "request", "invitation", "call", "initiative"))

# incoming weapons shot down or intercepted
_INCOMING = frozenset(("drone", "missile", "rocket", "projectile", "shell", "uav", "warhead", "interceptor", "balloon"))

# verbs whose object is what is talked over or weighed
_DISCUSSING = frozenset(("discuss", "debate", "review", "consider", "mull", "weigh", "explore"))


def _topic_of_text(noun: Token) -> bool:
    """An event noun (or gerund) that is only what a text or a meeting is
    about, or what something rehearses or prepares ("a rehearsal for invasion")."""
    prep = noun.head
    if noun.dep_ in ("dobj", "obj") and lemma(prep) in _DISCUSSING and not any(m.dep_ == "amod" and m.lower_ in MAYBE | PLANNED for m in noun.children):
        # "discussed new sanctions on North Korea": what was talked over, not done
        # ("discussed a possible meeting" is told as a meeting that may come)
        return True
    if noun.dep_ not in ("pobj", "pcomp"):
        return False
    if lemma(prep) == "for" and lemma(prep.head) in _REHEARSALS:
        return True
    return lemma(prep) in ("on", "about", "regarding", "concerning") and lemma(prep.head) in _TOPIC_HOLDERS


# Nouns of measures and texts: as the subject of a trigger verb they restate
# what an act already reported does ("The sanctions freeze any assets").
INSTRUMENT_NOUNS = frozenset(
    "sanction measure resolution law decree order ban embargo bill act rule regulation restriction "
    "treaty agreement deal pact accord "
    # (and schemes described: '"These schemes target American companies," the prosecutor said')
    "scheme tariff policy legislation".split()
)


def disavowed(noun: Token) -> Token | None:
    """The verb of "has no interest in talks", "have no intention of sending
    troops": the noun of will, with "no", that the event noun hangs off."""
    prep = noun.head
    will = prep.head
    if noun.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("in", "of", "to") or lemma(will) not in WILL_NOUNS:
        return None
    if not any(d.dep_ == "det" and d.lower_ == "no" for d in will.children) or will.dep_ not in ("dobj", "obj"):
        return None
    return will.head


# Stative passives: "troops are stationed", "are deployed" (present, no agent)
_STANDING = frozenset(("station", "base", "deploy", "garrison", "post"))

_NOT_VISITORS = frozenset(("defector", "refugee", "migrant", "immigrant", "tourist", "asylum-seeker", "seeker", "worker", "student"))


def _standing_state(pred: Token) -> bool:
    """ "28,500 U.S. troops are stationed in South Korea": a present-tense
    passive with no agent says where forces stand, not that anybody moved them;
    "Israeli troops have occupied the zone since December": a hold kept up."""
    if lemma(pred) in _HOLDING_VERBS and in_perfect(pred) and any(c.dep_ in ("prep", "advcl") and c.lower_ == "since" for c in pred.children):
        return True
    if lemma(pred) not in _STANDING or any(c.dep_ == "agent" for c in pred.children):
        return False
    return any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "remain", "remains") for c in pred.children) or (
        pred.dep_ == "acl" and pred.tag_ == "VBN" and lemma(pred) == "station"  # "troops stationed in Japan"
    )


# what is released that is no person or property: "released sketches of the suspects", "released a video"
_MATERIAL_RELEASED = frozenset((
    "sketch", "video", "footage", "image", "photo", "photograph", "picture", "statement", "report", "detail", "name", "data",
    "document", "figure", "list", "transcript", "recording", "finding", "result", "audio", "map", "tape", "clip", "excerpt",
    "text", "letter", "summary", "assessment", "analysis", "estimate", "description", "information", "record",
    "graphic", "chart", "diagram", "poster", "infographic", "animation", "satellite", "imagery", "photos", "videos", "timeline",
))

# what is held over a span: "have occupied the zone since ...", "has controlled the crossing since ..."
_HOLDING_VERBS = frozenset(("occupy", "control", "hold", "besiege", "blockade", "administer", "govern", "rule", "station", "garrison", "deploy", "keep", "maintain"))

# what threatens to undo something is a risk, not a party: "a move that threatens to unravel the deal"
_RISKS = frozenset(("move", "decision", "step", "development", "escalation", "crisis", "dispute", "conflict", "war", "tension", "violence",
                    "fighting", "plan", "policy", "row", "standoff", "incident", "arrest", "detention"))

_ADVISORIES = frozenset(("evacuation", "weather", "storm", "tsunami", "flood", "travel", "health", "heat", "typhoon", "missile", "air-raid", "raid", "alert", "j-alert", "emergency", "shelter",
                         "navigational", "navigation", "maritime", "aviation", "shipping"))

_SHARES = frozenset(("percent", "percentage", "%"))


def _home_visit(pred: Token, index: MentionIndex) -> bool:
    """A trip within one's own state ("Zelensky visited wounded soldiers in a
    Kyiv hospital", "flew to Addis Ababa"): every party named after the
    verb is of the traveller's own state."""
    own = {a.country for a in actors_of_all(subject_tokens(pred), index) if a.country}
    # (what the clause adds after a comma is no place of the trip: "..., drawing a protest from Tokyo")
    after = [m for c in pred.children if c.i > pred.i and c.dep_ in ("dobj", "obj", "prep", "dative", "npadvmod", "pobj") for t in c.subtree for m in index.on(t) if m.country]
    if not after:
        # "Kim Jong Un toured a munitions factory": a site with no state named is at home
        return any(o.dep_ in ("dobj", "obj") and lemma(o) in _SITES for o in pred.children)
    return bool(own) and all(m.country in own for m in after)


_SITES = frozenset(("factory", "plant", "site", "base", "unit", "shipyard", "farm", "hospital", "school", "academy", "complex",
                    "facility", "works", "mine", "construction", "institute", "enterprise", "station", "camp", "museum", "exhibition",
                    # "South Korean lawmakers visited the Dokdo islets": an outlying part of one's own state
                    "islet", "island", "outpost", "frontline"))


def _named_as(noun: Token, type_at: dict[int, str], depth: int = 3) -> bool:
    """The noun is the name a judging verb gives something ("called the
    detention an unpardonable abduction", "branded the drills a rehearsal")."""
    node = noun
    for _ in range(depth):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i < noun.i and type_at.get(node.i) == "ACCUSE" and lemma(node) in NAMING_VERBS:
            return True
    return False


# a told launch's flight ("flew for 70 minutes before landing")
_FLIGHT_VERBS = frozenset(("land", "fly", "splash", "fall", "travel", "reach", "crash", "impact"))

# what a launch sends up ("the missiles hit an island target", "the missile flew for 70 minutes")
MISSILES = frozenset(("missile", "rocket", "icbm", "slbm", "irbm", "srbm", "shell", "projectile", "warhead", "torpedo"))

# Adverbs by which a speaker tells an act as their inference, not as a fact.
HEDGING = frozenset(("likely", "probably", "possibly", "allegedly", "apparently", "presumably"))

# what one holds when one claims an act ("has clear evidence that Russia delivered missiles")
_PROOF_NOUNS = frozenset(("evidence", "proof", "indication", "indications", "sign", "signs", "intelligence"))


def evidence_holder(pred: Token) -> list[Token]:
    """Who says they hold evidence of the act: "Washington says it has clear
    evidence that Russia delivered missiles" -> it (Washington's)."""
    noun = pred.head
    if pred.dep_ not in ("acl", "ccomp") or lemma(noun) not in _PROOF_NOUNS or noun.dep_ not in ("dobj", "obj", "attr"):
        return []
    holder = subject_tokens(noun.head)
    if any(t.lower_ in ("it", "they", "we") for t in holder) and noun.head.dep_ == "ccomp":
        return speaker_of(noun.head.head) or holder  # "Washington says it has evidence": the speaker
    return holder


def _inferred(pred: Token) -> bool:
    """The act is told only as an inference or as what one holds evidence of."""
    return any(d.dep_ == "advmod" and d.lower_ in HEDGING for d in pred.children) or bool(evidence_holder(pred))


# what grows or sours between states
_TIES = frozenset(("tie", "relation", "relationship", "cooperation", "partnership", "alliance", "friendship", "link", "bond"))

# what is done with measures already in force (or against any): no measure imposed
_STANDING_MEASURE_VERBS = frozenset((
    "uphold", "enforce", "implement", "respect", "observe", "obey", "abide", "evade", "violate", "breach", "circumvent", "flout", "dodge",
    "skirt", "bypass", "oppose", "monitor",
))

# what a thing judged is said to do for peace or ties ("it would contribute to lasting peace")
_THING_DOES = frozenset((
    "contribute", "help", "lead", "pave", "strengthen", "boost", "promote", "serve", "benefit", "bring", "ensure", "advance", "foster", "deepen",
    "enhance", "bolster", "improve", "open",
))

# what a third party does for talks between others
_FOSTERING = frozenset(("facilitate", "foster", "encourage", "promote", "broker", "mediate", "support", "back"))

# verbs of what an act reveals of its doer ("it showed Washington's commitment")
_SHOWING = frozenset(("show", "demonstrate", "reflect", "underscore", "underline", "highlight", "prove", "illustrate", "signal", "confirm"))

# a series going on ("continued launches", "repeated incursions"), not an act told
_GOING_ON = frozenset(("continued", "continuing", "repeated", "ongoing", "persistent", "relentless", "constant", "incessant"))


def _describing(pred: Token) -> bool:
    """An undated clause on a noun that says who it is: a participle of
    holding ("American citizens detained in the North") or a relative clause
    in the present passive ("which is backed by Algeria")."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in pred.subtree):
        return False
    held = pred.dep_ == "acl" and pred.tag_ == "VBN" and lemma(pred) in ("detain", "hold", "jail", "imprison")
    return held or (pred.dep_ == "relcl" and any(a.dep_ == "auxpass" and a.lower_ in ("is", "are") for a in pred.children))


# verbs of seeing or calling an act something: "which it sees as targeting Beijing"
_VIEWING = frozenset(("see", "view", "regard", "perceive", "consider", "describe", "portray", "characterize", "characterise", "brand", "label", "paint"))

# what a weapon or force is made to do: "missiles capable of striking targets across Japan"
# ("was able to capture the town" tells it did)
_ABLE = frozenset(("capable", "design", "meant", "intend", "build", "engineer"))


def _seen_or_able(pred: Token) -> bool:
    """A verb that tells how somebody sees something ("sees as targeting
    Beijing") or what it could do ("capable of striking", "designed to
    strike"), not an act done."""
    if pred.dep_ == "pcomp" and pred.head.lower_ == "as" and lemma(pred.head.head) in _VIEWING:
        return True
    if pred.dep_ == "pcomp" and pred.head.lower_ == "of" and lemma(pred.head.head) == "capable":
        return True
    return pred.dep_ == "xcomp" and pred.tag_ == "VB" and lemma(pred.head) in _ABLE and (pred.head.pos_ == "ADJ" or pred.head.tag_ == "VBN")


# cooperative acts whose noun under a judging verb is the act judged (an attack or a
# sanction condemned may be news the sentence tells: "condemned the attack on X")
_JUDGED_ACT_TYPES = frozenset(("AGREE", "COOPERATE", "CONSULT", "SUPPORT", "AID"))


# verbs of keeping an act from happening ("to deter attacks", "to avert a war")
_AVERTING = frozenset(("deter", "prevent", "avert", "forestall", "preclude", "discourage"))


def _of_any(pred: Token) -> bool:
    """A verb in a clause that describes "any" (or "every", "no") thing:
    "any cooperation that helps strengthen North Korea's military"."""
    node = pred
    for _ in range(4):
        if node.dep_ in ("relcl", "acl"):
            return any(d.dep_ == "det" and d.lower_ in ("any", "every", "no") for d in node.head.children)
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and stray_conjunct(node) is not None:
            # "said there was no evidence that the drone was Russian and accused the
            # Romanian authorities of ...": a second act of the speaker, misparsed as the clause's
            return False
        node = node.head
    return False


# a topic frame: "the issue of X", "the question of Y"
_TOPIC_FRAMES = frozenset(("issue", "question", "problem", "matter", "case", "fate"))

_TEXT_WORDS = TEXT_NOUNS | {"law", "arrangement"}


def _under_topic(noun: Token) -> bool:
    """The noun is what a topic frame is about: "the issue of Japanese nationals"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in _TOPIC_FRAMES


_DEADLINES = frozenset(("deadline", "timetable", "timeline", "schedule", "roadmap"))

_FRAMES_OF = frozenset(("cost", "price", "idea", "prospect", "possibility", "risk", "wisdom", "need", "legality", "burden", "expense", "option",
                        # "Russia's just cause of defending its sovereignty", "the goal of protecting civilians": an aim
                        "cause", "goal", "aim", "task", "mission", "duty", "right", "purpose"))


def _years_after(pred: Token) -> bool:
    """A clause of what happened years before the news: "five years after crowds burned down its embassy"."""
    marks = [c for c in pred.children if c.dep_ == "mark" and c.lower_ in ("after", "since")]
    return pred.dep_ == "advcl" and bool(marks) and any(
        c.dep_ == "npadvmod" and lemma(c) in ("year", "decade") and any(n.dep_ == "nummod" or (n.dep_ == "det" and n.lower_ in ("a", "an")) for n in c.children)
        for c in [*pred.children, *marks[0].children]
    )  # (not "after Russia vetoed the renewal in March last year"; "more than a year after Israel struck" is one)


# verbs of sending forces somewhere
SENDING = frozenset(("send", "deploy", "dispatch", "station", "mobilize", "mobilise", "airlift", "redeploy"))
