"""Find event triggers in one parsed sentence.

A trigger is a verb from ``verbs.csv`` (with its particle/object constraints),
a light-verb construction ("held talks", "imposed sanctions") or a nominal
trigger from ``nouns.csv``. Each token is looked at once and matched against
the lexicon's dicts, so this is O(tokens) per sentence.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from .lexicon import Entry, Lexicon

Token = Any  # spacy.tokens.Token (kept loose so the module imports without spaCy)

_OBJ_DEPS = {"dobj", "obj", "attr", "oprd", "dative"}
_PASSIVE_SUBJ = {"nsubjpass", "auxpass"}
_PREP_DEPS = {"prt", "prep", "agent", "advmod"}
# How much of its lexicon weight a trigger keeps, by how it was found.
VIA_FACTOR = {"verb": 1.0, "light": 0.97, "occurrence": 0.85, "noun": 0.6, "headline": 0.85, "flat": 0.85}


@dataclass
class Candidate:
    """One trigger found in a sentence."""

    entry: Entry
    head: Token  # the lexical trigger (verb, or the noun of a nominal trigger)
    pred: Token  # the token whose subject/objects are the event's arguments
    tokens: list[Token]  # all trigger tokens (verb + particle, light verb + noun)
    via: str  # verb | light | occurrence | noun
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def weight(self) -> float:
        w = self.entry.weight
        if (self.via == "light" or (self.via == "flat" and self.head.i != self.pred.i)) and w > 0:
            # the light verb disambiguates the noun: "staged rallies", "held talks"
            w = max(w, 0.8)
        return w * VIA_FACTOR[self.via]


_VERB = 100  # spacy.symbols.VERB (checked in tests/test_events.py)


@functools.lru_cache(maxsize=1)
def _verb_fixes() -> dict[str, str]:
    from .lexicon import load_lexicon

    return load_lexicon().grammar.verb_lemma_fixes


def lemma(tok: Token) -> str:
    """Lower-cased lemma, falling back to the lower-cased text; verb lemmas
    the rule lemmatiser gets wrong are corrected (grammar.toml)."""
    # hot path (a thousand calls a document): the integer POS, not the string
    lem = tok.lemma_.lower() or tok.lower_
    if tok.pos == _VERB:
        return _verb_fixes().get(lem, lem)
    return lem


# What somebody alleges ("denied the accusations", "arrested on charges of
# spying") and what is reported ("dismissed reports of troops in Kursk"):
# neither is a party to the act, and what they say did not happen as told.
ALLEGATION_NOUNS = frozenset(("accusation", "allegation", "charge", "claim", "suspicion"))
REPORT_NOUNS = frozenset(("report", "rumor", "rumour", "speculation", "news", "story", "article"))
# Nouns of doing something to an event noun: the doer of "the imposition of
# sanctions" imposes them; "lifting", "easing" and "removal" end them
IMPOSING_NOUNS = frozenset(("imposition", "adoption", "approval", "introduction", "announcement", "extension", "renewal",
                            "expansion", "reimposition", "tightening", "lifting", "easing", "removal", "suspension"))
ENDING_NOUNS = frozenset(("lifting", "easing", "removal", "suspension"))
# Hostile acts named by a noun that ending ends ("halted the broadcasts", "the lifting of sanctions")
STOPPABLE = frozenset(("COERCE", "ASSAULT", "MOBILIZE", "SANCTION"))


# (with their own preposition: "a halt to attacks", "an end to the shelling",
# "a moratorium on strikes", "a pause in the fighting")
_ENDING_NOUNS_BY_PREP = {"of": ENDING_NOUNS | {"cessation", "halt"}, "to": frozenset(("halt", "end", "stop")),
                         "on": frozenset(("moratorium", "freeze")), "in": frozenset(("pause", "lull"))}


def ended_by_noun(noun: Token) -> bool:
    """ "the lifting of sanctions", "the removal of U.S. tariffs", "a halt to
    attacks on refineries": the act is ended."""
    if noun.dep_ != "pobj":
        return False
    ending = _ENDING_NOUNS_BY_PREP.get(noun.head.lower_, frozenset())
    # (the parse may hang the phrase on the verb: "agreed to a halt [to attacks]")
    return lemma(noun.head.head) in ending or (noun.head.i > 0 and lemma(noun.doc[noun.head.i - 1]) in ending)


_CLOSING = (".", '"', "\u201d", "?", "!")


def unclosed(span: Any) -> bool:
    """The line ends without closing punctuation, as headlines are written."""
    return not span.text.rstrip().endswith(_CLOSING)


def told_to_come(verb: Token) -> bool:
    """The verb has "will", "would", "'ll" or "shall": what it says is still to come."""
    return any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in verb.children)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in _PASSIVE_SUBJ for c in verb.children)


# verbs that report what is said
SAYING = frozenset(("say", "tell", "state", "add", "note", "insist", "claim", "stress", "argue", "declare"))
# verbs a speaker acts with ("urged", "accused")
SPEECH_VERBS = frozenset(("urge", "call", "demand", "ask", "condemn", "warn", "accuse", "denounce", "criticize", "criticise", "appeal", "press",
                          "reject", "dismiss", "deny", "blame", "slam", "vow", "threaten"))


def speakers_conjunct(pred: Token) -> Token | None:
    """The reporting verb whose speaker did ``pred``, when the parser joined a
    speech verb to the state the speaker reports ("denied that the drone was
    Russian and accused Romania of ...", "said the case was politically
    motivated and accused Western powers ..."), to a told clause of another
    tense or voice ("said the agent belongs to ..., and accused ..."), or to
    what an act is said to show ("said the attack showed Moscow was not
    interested in peace and urged ..."), else None."""
    if pred.dep_ != "conj" or lemma(pred) not in SPEECH_VERBS or pred.tag_ not in ("VBD", "VBN", "VBG"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children):
        return None
    head = pred.head.head if pred.head.dep_ in ("acomp", "attr") else pred.head
    if pred.tag_ == "VBG":
        # "criticised the shipments, saying Mexico was propping up a dictatorship and warning
        # that Washington would review ...": a participle joined to what the speaker's own
        # participle told
        return head.head if head.dep_ == "ccomp" and head.head.tag_ == "VBG" and lemma(head.head) in SAYING else None
    # (or what a state has: "said Poland had its full solidarity and accused Belarus of ...")
    stative = lemma(head) == "be" or (lemma(head) == "have" and any(c.dep_ in ("dobj", "obj") for c in head.children))
    if head.dep_ == "ccomp" and stative and lemma(head.head) in SAYING | {"deny"} and head.head.tag_ == "VBD":
        return head.head
    if head.dep_ == "ccomp" and lemma(head.head) in SAYING and head.head.tag_ == "VBD" and pred.tag_ == "VBD" and (
        head.tag_ in ("VBZ", "VBP") or (head.tag_ == "VBN" and any((a.dep_ == "aux" and a.lower_ == "had") or a.dep_ == "auxpass" for a in head.children))
    ) and not any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in ("GPE", "ORG", "NORP") for c in head.children):
        # "said the network had helped funnel $50 million to Pyongyang, and accused the Lazarus
        # group of ...", "said the agent belongs to the RGB, and accused Pyongyang of ...", "said the
        # secretary-general was concerned ... and called on both sides ...": a simple past joined to
        # what was told in another tense or voice is the speaker's
        # (but a state told of may do it itself: "said Washington stands with its ally and condemned China's ...")
        return head.head
    # (one clause deeper: "said the attack showed Moscow was not interested in peace and urged
    # Western partners to ...": the speaker urged)
    up = head.head
    if head.dep_ == "ccomp" and lemma(head) == "be" and up.dep_ == "ccomp" and up.tag_ == "VBD" and lemma(up) in _SHOWING and lemma(up.head) in SAYING and up.head.tag_ == "VBD":
        return up.head
    return None


def stray_conjunct(pred: Token) -> Token | None:
    """The finite verb a past-tense verb goes with when the parser joined it to a
    non-finite one (or a copula) below it ("accused Chad of allowing its territory to be used as a
    corridor and recalled its ambassador": the government recalled), else None."""
    if pred.dep_ != "conj" or pred.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children):
        return None
    head = pred.head
    # (or a copula of a clause below: "said there was no evidence that the drone was
    # Russian and accused the Romanian authorities of ...": the embassy accused)
    copula = lemma(head) == "be" and head.dep_ in ("acl", "ccomp") and any(o.dep_ in ("dobj", "obj") for o in pred.children)
    if not (head.tag_ == "VBG" or copula or (head.tag_ in ("VB", "VBN") and any(a.dep_ == "aux" and a.lower_ == "to" for a in head.children))):
        return None
    node = head
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.tag_ == pred.tag_ and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            # (past a copula, only the speaker's own verb: "said the attack showed Moscow was
            # not interested in peace and urged ...": the attack urged nothing)
            if lemma(node) == "have" and node.dep_ == "ccomp" and lemma(node.head) in SAYING and node.head.tag_ == pred.tag_ and any(
                o.dep_ in ("dobj", "obj") and lemma(o) in _HELD_STATES for o in node.children
            ):
                return node.head  # "said Israel had the right to defend itself and called on Lebanon ...": the speaker's
            return node if not copula or lemma(node) in SAYING | {"deny"} else None
    return None


# what a party is said to have, not do ("had the right to defend itself")
_HELD_STATES = frozenset(("right", "duty", "obligation", "responsibility", "capacity", "capability", "means"))


# verbs whose clause is what an act is said to show ("the attack showed Moscow was not interested")
_SHOWING = frozenset(("show", "prove", "demonstrate", "reveal", "confirm", "mean", "indicate", "suggest"))


def reduced_passive(verb: Token) -> bool:
    """A past participle modifying a noun ("a company accused of X", "the
    soldiers killed in the raid"): the noun is its object, not its subject."""
    # (the small model tags some such participles VBD: "citizens abducted decades ago")
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return False
    # a sentence with no other verb is a misparse of its main verb as a
    # participle ("Doctors from two aid groups donated ...")
    # (but a headline, which ends with no stop, tells a passive so: "Two Russian diplomats
    # expelled from Austria over spying")
    if verb.i >= 2 and verb.doc[verb.i - 1].text == "," and any(
        r.dep_ == "relcl" and r.i < verb.i and r.right_edge.i + 2 >= verb.i and verb.doc[r.left_edge.i - 1].text == "," for r in verb.head.children
    ):
        # "China, which has close ties to both countries, called on Islamabad ...": the
        # main verb after a relative clause set off by commas, which the parser hung on the noun
        return False
    if (
        verb.tag_ == "VBD" and verb.head.dep_ == "nsubj" and not any(c.dep_ == "agent" for c in verb.children)
        and sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.head.children) > 1
    ):
        # "The AU chairman, Mahmoud Ali Youssouf, offered to host talks ..., the AU said":
        # a reporting verb given two subjects shows the parser took the main verb
        # for a participle on the first
        return False
    root = verb.sent.root
    headline = verb.tag_ == "VBN" and verb.head.i == root.i and verb.sent[-1].text not in (".", "!", "?", '"', "\u201d", "'")
    return root.i != verb.i and (root.pos_ in ("VERB", "AUX") or headline)


def _summary_appositive(tok: Token) -> bool:
    """ ", the latest in a series of such flights": a phrase set off by a comma
    that sums the act up, which the parser may make the verb's object."""
    return tok.lower_ in ("latest", "last", "first", "second", "third", "fourth", "fifth") and tok.i >= 2 and tok.doc[tok.i - 2].text == "," and tok.doc[tok.i - 1].lower_ == "the"


def object_tokens(verb: Token) -> list[Token]:
    """Direct objects of a verb (the passive subject counts as its object)."""
    objs = [c for c in verb.children if (c.dep_ in _OBJ_DEPS or c.dep_ == "nsubjpass") and not _summary_appositive(c)]
    if _misparsed_main_verb(verb):
        objs.append(verb.head)  # the noun the parser made it modify is its object
    if not objs:
        # "arrested impeached President Yoon": the object the parser gave the participle
        objs = [o for c in verb.children if _attributive_participle(c) for o in c.children if o.dep_ in _OBJ_DEPS]
    if not objs:
        # "fired what appeared to be a new missile", "launched what it called a
        # satellite": the noun of the free relative
        objs = [
            t for c in verb.children
            if c.dep_ == "ccomp" and any(w.lower_ == "what" and w.i < c.i for w in c.children)
            for t in c.subtree if t.dep_ in ("attr", "oprd") and t.pos_ in ("NOUN", "PROPN")
        ][:1]
    out = []
    for o in objs:
        out.append(o)
        out.extend(o.conjuncts)
    return out


def _prep_children(verb: Token) -> dict[str, Token]:
    out: dict[str, Token] = {}
    for c in verb.children:
        # (a date after the argument does not hide it: "fired on Cambodian positions on Tuesday")
        if c.dep_ in _PREP_DEPS and (lemma(c) not in out or all(o.ent_type_ in ("DATE", "TIME") for o in out[lemma(c)].children if o.dep_ == "pobj")):
            out[lemma(c)] = c
    # "will not stand idly by": the adverb makes the phrase (a row's "prep" column)
    # (and "jointly analysing the launch": work done together, the row's "jointly")
    out.update((c.lower_, c) for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("idly", "jointly"))
    # ("will not sit idle": the adjective makes it)
    out.update((c.lower_, c) for c in verb.children if c.i > verb.i and c.lower_ in ("idle", "idly") and lemma(verb) == "sit")
    # "called for Russia to withdraw": the parse makes "for" the mark of the to-clause
    for c in verb.children:
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            # (a day between them too: "called on Wednesday for Japan to retract")
            out.update((m.lower_, m) for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i > verb.i and all(
                t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("on", "late", "early", ",") for t in verb.doc[verb.i + 1 : m.i]
            ))
    return out


# verbs that give a thing a name ("called the launch an outrageous act")
NAMING_VERBS = frozenset(("call", "brand", "label", "term", "describe", "denounce", "slam"))


@functools.lru_cache(maxsize=4096)
def _a_state(word: str) -> bool:
    from ..actors.lexicon import COUNTRY, get_lexicon

    return any(h.category == COUNTRY and h.start == 0 and h.end == len(word) for h in get_lexicon().scan(word))


def _what_it_was(head: Token) -> list[Token]:
    """The noun a free relative under ``head`` names: "what it claimed was a new
    missile" (the parser hangs the clause and the "was" on the verb), "what state
    media described as a new missile"."""
    # (a test on the text first: it runs for every verb and noun entry tried)
    lo, hi = head.left_edge, head.right_edge
    if "what" not in head.doc.text[lo.idx : hi.idx + len(hi.text)].lower():
        return []
    if not any(t.lower_ == "what" and t.tag_ == "WP" for c in head.children for t in c.subtree):
        return []
    out = []
    for c in head.children:
        for t in c.subtree:
            if t.dep_ == "attr" and lemma(t.head) == "be" and t.pos_ == "NOUN":
                out.append(t)
            elif t.dep_ == "pobj" and t.head.lower_ == "as" and t.pos_ == "NOUN" and lemma(t.head.head) in ("describe", "call", "term", "claim", "label"):
                out.append(t)
    return out


_CALLING = frozenset(("call", "describe", "term", "label", "brand", "dub"))


def _object_lemmas(verb: Token, prep_tok: Token | None) -> set[str]:
    lemmas: set[str] = set()
    toks = object_tokens(verb)
    # "pleaded guilty": predicative complements constrain like objects
    # ... and manner adverbs ("respond firmly")
    toks += [c for c in verb.children if c.dep_ in ("acomp", "advmod", "oprd") and c.pos_ in ("ADJ", "ADV")]
    # ... and what something is described "as" ("described the expulsion as baseless", "as a fabrication")
    toks += [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and any(a.lower_ == "as" for a in c.children)]
    toks += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    # (a headline's object the parser hangs on as an adverbial noun: "expels French ambassador")
    toks += [c for c in verb.children if c.dep_ in ("npadvmod", "appos") and c.pos_ == "NOUN" and c.ent_type_ not in ("DATE", "TIME")]
    # "allowed the aid trucks to enter": the subject of a to-infinitive clause
    toks += [s for c in verb.children if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for s in c.children if s.dep_ == "nsubj"]
    # "struck a ceasefire deal" parsed as "a ceasefire [to] deal": a bare verb with no aux is the object noun
    toks += [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VB" and not any(a.dep_ in ("aux", "mark") for a in c.children)]
    # "vows 'overwhelming' countermeasures": a quoted adjective the parser read as a verb with the noun as its object
    toks += [o for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > 0 and c.doc[c.i - 1].text in ("'", '"', "‘", "“")
             for o in c.children if o.dep_ in ("dobj", "obj")]
    # "will hold Russia accountable" parsed as a small clause: its predicate
    toks += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN") and not any(a.dep_ in ("aux", "mark", "cop") for a in c.children)]
    # "what it called Ukrainian 'terrorist attacks'": a naming verb's name may say its judgement in its adjective
    if lemma(verb) in _CALLING:
        toks += [a for o in verb.children if o.dep_ in ("oprd", "attr") and o.pos_ == "NOUN" for a in o.children if a.dep_ == "amod"]
    # "launched what it claimed was a new missile", "oversaw the test of what state media
    # described as a new missile": the thing a free relative names
    toks += _what_it_was(verb)
    subjects: list[Token] = []
    if not toks and prep_tok is None:
        # unaccusative use: "a car bomb exploded" - the subject is the patient
        toks = subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if prep_tok is not None:
        toks += [c for c in prep_tok.children if c.dep_ in ("pobj", "pcomp")]
        # "respond to what she called the reckless provocations of the U.S.": what it is called
        toks += [o for c in prep_tok.children if c.dep_ == "pcomp" and lemma(c) in _CALLING and any(w.tag_ == "WP" for w in c.children)
                 for o in c.children if o.dep_ in ("oprd", "attr") and o.pos_ == "NOUN"]
        # "pulled out of the grain deal": what a particle's "of" names
        outs = [prep_tok] + ([verb] if prep_tok.dep_ == "prt" else [])
        toks += [p for x in outs for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        toks.append(verb.head)  # "tear gas fired by police": the noun is the object
        if verb.head.dep_ == "pobj" and verb.head.head.head.pos_ == "NOUN":
            toks.append(verb.head.head.head)  # "a report by UN experts released in July"
    elif verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in verb.children):
        toks.append(verb.head)  # "the missile, which was fired from Sunan": the noun is the object
    elif (
        verb.dep_ == "relcl"
        and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in verb.children)
    ):
        toks.append(verb.head)  # "a charge Islamabad denied": the noun is the object
    for o in list(toks):
        toks.extend(p for c in o.children if c.dep_ == "prep" and lemma(c) == "of" for p in c.children if p.dep_ == "pobj")
        if o.like_num or o.tag_ == "$" or o.ent_type_ in ("MONEY", "QUANTITY") or any(c.dep_ == "nummod" for c in o.children):
            # "approved $10 million in humanitarian aid", "5 billion won in
            # aid" (the currency word may be taken for a verb): the amount stands for the aid
            toks.extend(p for c in o.children if c.dep_ == "prep" and lemma(c) == "in" for p in c.children if p.dep_ == "pobj")
    if lemma(verb) == "declare":
        # "declared the Russian ambassador persona non grata": the parse breaks the phrase apart
        lemmas.update(t.lower_ for t in verb.subtree if t.lower_ == "grata")
    if lemma(verb) in NAMING_VERBS:
        # "called North Korea's missile launch an outrageous act": what the
        # thing is called may hang anywhere in the parse of the clause (not
        # in what it is called on to do: "called on Pyongyang to resolve the abduction issue")
        asked = {
            t.i for c in verb.children
            if (c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) or (c.dep_ == "prep" and lemma(c) in ("on", "for"))
            # (nor in a clause of its own: "AU calls for restraint as Abiy presses Red Sea claim")
            or (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))
            # (nor in the next verb of a headline series: 'calls salvo "drill," warns allies')
            or (c.dep_ in ("dep", "conj", "parataxis") and c.pos_ == "VERB" and c.i > verb.i)
            for t in c.subtree
        }
        # (nor in whose the thing called is: "called the allies' combined command a headquarters for aggression")
        owners = {t.i for o in verb.children if o.dep_ in ("dobj", "obj") for p in o.children if p.dep_ == "poss" for t in p.subtree}
        lemmas.update(lemma(t) for t in verb.subtree if verb.i < t.i <= verb.i + 15 and t.i not in asked and t.i not in owners)
    for o in toks:
        lemmas.add(lemma(o))
        lemmas.add(o.lower_)
        if o.pos_ == "PROPN" and _a_state(o.text):
            lemmas.add("@gpe")  # a state as the object: "ECOWAS suspended Mali" (whatever the tagger called it)
        if o.ent_type_ == "PERSON":
            lemmas.add("@person")  # a named person: "Xi welcomed Putin", "Putin was welcomed by Xi" (hosted, not praised)
        # "tear gas", "intelligence information": modifiers count as the object too,
        # and so does a predicative noun the parser hung off it ("branded the president a traitor")
        # (not what a subject is said to be: "China, a close ally of Pakistan, called on both sides")
        lemmas.update(lemma(c) for c in o.children if c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "appos" and o not in subjects))
    return lemmas


def _is_time_pp(prep: Token, lex: Lexicon) -> bool:
    """"on Friday", "for a week": a time adjunct, not the verb's particle."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") or lemma(o) in lex.grammar.time_words for o in objs)


def _relemmatised(tok: Token, lex: Lexicon) -> tuple[Entry, ...] | None:
    """Rule lemmatiser slips on rare verbs ("cordoned" -> "cordone",
    "wiretapped" -> "wiretappe"): try the stem without the spurious "e"."""
    lem = lemma(tok)
    if tok.pos_ != "VERB" or not lem.endswith("e") or not tok.lower_.endswith(("ed", "ing")):
        return None
    stem = lem[:-1]
    return lex.verbs.get(stem) or (lex.verbs.get(stem[:-1]) if len(stem) > 2 and stem[-1] == stem[-2] else None)


_PROTEST_ONLY_INTRANSITIVE = frozenset(("demonstrate", "rally"))
# what blows up by itself when a launch fails
_SELF_DESTROYING = frozenset(("rocket", "missile", "satellite", "booster", "engine", "stage", "vehicle", "launcher", "projectile"))
# verbs whose own preposition the parse may hang inside the object
# ("attributed [the hack of a crypto exchange to North Korea]")
LOOSE_PREP_VERBS = frozenset(("attribute", "blame", "pin", "take", "share"))


def object_prep(verb: Token, prep: str) -> Token | None:
    """The verb's preposition hung inside its object noun phrase, for LOOSE_PREP_VERBS."""
    if lemma(verb) not in LOOSE_PREP_VERBS:
        return None
    for o in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        for t in o.subtree:
            if t.dep_ == "prep" and lemma(t) == prep and t.head.pos_ in ("NOUN", "PROPN"):
                return t
    return None


_RIDICULING = frozenset(("mock", "ridicule", "deride", "lampoon"))
_MEDIA_ITEMS = frozenset(("post", "video", "cartoon", "tweet", "meme", "clip", "film", "song", "picture", "image", "caricature", "drawing"))
# particles a row's "prep" must be, never a preposition ("give in", not "give ... in a statement")
_PARTICLE_ONLY = {"give": ("in",)}


def match_verb(tok: Token, lex: Lexicon) -> Candidate | None:
    """The most specific verb entry whose constraints the token satisfies."""
    # the small model sometimes leaves irregular forms unlemmatised ("retook")
    entries = lex.verbs.get(lemma(tok)) or lex.verbs.get(tok.lower_) or _relemmatised(tok, lex)
    if not entries:
        return None
    if lemma(tok) == "blow" and not any(c.dep_ in ("dobj", "obj") for c in tok.children) and any(
        c.dep_ == "nsubj" and lemma(c) in _SELF_DESTROYING for c in tok.children
    ):
        return None  # "the rocket blew up during the first-stage flight": a failure, no attack
    if lemma(tok) in _PROTEST_ONLY_INTRANSITIVE and any(c.dep_ in ("dobj", "obj") or (c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)) for c in tok.children):
        return None  # "the visit demonstrates the alliance's strength", "rallied its allies": no protest
    if lemma(tok) == "ask" and any(c.dep_ == "ccomp" and any(m.lower_ in ("whether", "if") or m.tag_ in ("WRB", "WP") for m in c.children) for c in tok.children):
        return None  # "when asked whether Seoul would join": a question put, no demand
    if lemma(tok) in _RIDICULING and (tok.dep_ == "acl" or any(c.dep_ == "nsubj" and lemma(c) in _MEDIA_ITEMS for c in tok.children)):
        return None  # "a Facebook post mocking one of Islam's holiest sites": what a text does, nobody's act
    preps = _prep_children(tok)
    for e in entries:
        prep_tok = None
        if e.prep:
            prep_tok = preps.get(e.prep) or object_prep(tok, e.prep)
            if prep_tok is None or _is_time_pp(prep_tok, lex):
                continue
            if e.prep in _PARTICLE_ONLY.get(e.lemma, ()) and prep_tok.dep_ != "prt":
                continue  # "gave in to demands" concedes; "gave X 72 hours to leave in a statement" does not
        if e.objects and not (e.objects & _object_lemmas(tok, prep_tok)):
            continue
        if e.role == "observed" and not any(c.dep_ in ("dobj", "obj", "nsubjpass") and lemma(c) in e.objects for c in tok.children):
            continue  # "reported a drone attack": what was seen is the attack, not the drones
        # (and "back" read as an adverb: "did not fire back", an answer to fire)
        toks = [tok] + ([prep_tok] if prep_tok is not None and (prep_tok.dep_ == "prt" or (e.prep == "back" and prep_tok.dep_ == "advmod")) else [])
        return Candidate(e, tok, tok, toks, "verb")
    return None


_OBJECTIVES = frozenset(("target", "site", "position", "base", "facility", "militant", "rebel", "fighter", "stronghold", "camp", "infrastructure", "installation", "depot", "launcher",
                         # "a strike against a Venezuelan boat", "strikes against militant hideouts"
                         "boat", "vessel", "ship", "tanker", "convoy", "vehicle", "truck", "hideout", "compound", "cell", "network"))


def _military_objective(pobj: Token) -> bool:
    """ "against Houthi targets", "against Iran": a place or force, not a policy."""
    return pobj.dep_ == "pobj" and (pobj.ent_type_ in ("GPE", "NORP", "ORG") or lemma(pobj) in _OBJECTIVES)


def _aimed_at(noun: Token) -> bool:
    """The noun has an "on X" object, or an "against X" one naming a military objective."""
    for c in noun.children:
        if c.dep_ != "prep" or not any(p.dep_ == "pobj" for p in c.children):
            continue
        if c.lower_ == "on" or (c.lower_ == "against" and any(_military_objective(p) for p in c.children)):
            return True
    return False


def hyphenated(tok: Token) -> str | None:
    """The whole hyphenated noun ending at the token, which the tokenizer
    splits: "a die-in" (die | - | in), "sit-ins"."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{lemma(tok)}"
    return None


_DEFENDING = frozenset(("defense", "defence", "defend", "security", "protection", "protect"))
# what a commitment that backs a party "remains": "its commitment ... remains ironclad"
_FIRM = frozenset(("ironclad", "unwavering", "steadfast", "unshakable", "unshakeable", "firm", "solid", "unchanged", "strong"))


def _to_defend(tok: Token) -> bool:
    """"commitment to the defense of South Korea", "commitment to defend its
    ally", "commitment ... remains ironclad": a pledge to stand by a party,
    which the judges code as support, not as an agreement to act."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to" and any(lemma(p) in _DEFENDING for p in c.children if p.dep_ == "pobj"):
            return True
        if c.dep_ in ("acl", "xcomp") and lemma(c) in _DEFENDING:
            return True
    return tok.dep_ == "nsubj" and lemma(tok.head) in ("remain", "be", "stay") and any(
        c.dep_ in ("acomp", "attr", "oprd") and lemma(c) in _FIRM for c in tok.head.children
    )


def match_noun(tok: Token, lex: Lexicon) -> Entry | None:
    """The best noun entry for the token (a modifier-constrained one first)."""
    entries = lex.nouns.get(hyphenated(tok) or "") or lex.nouns.get(lemma(tok)) or lex.nouns.get(tok.lower_)
    if not entries:
        return None
    mods = {lemma(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    # "a police/army operation": a modifier's own modifier qualifies too
    mods.update(lemma(g) for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for g in c.children if g.dep_ in ("compound", "amod", "nmod"))
    # "a test of a new ICBM": the of-object modifies the event too
    mods.update(lemma(p) for c in tok.children if c.dep_ == "prep" and lemma(c) == "of" for p in c.children if p.dep_ == "pobj")
    mods.update(lemma(m) for c in tok.children if c.dep_ == "prep" and lemma(c) == "of" for p in c.children for m in p.children if m.dep_ in ("compound", "amod"))
    # ("the test of what state media described as a new hypersonic missile")
    mods.update(lemma(m) for n in _what_it_was(tok) for m in (n, *n.children))
    if tok.i > 0:
        mods.add(tok.doc[tok.i - 1].lower_)
    hosts = [tok] + ([tok.head] if tok.dep_ in ("dobj", "obj") else [])
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for h in hosts for c in h.children):
        mods.add("@with")  # "held a call with Iwaya": a call between parties, not a call on one
    if _to_defend(tok):
        mods.add("@defend")  # "commitment to the defense of South Korea", "... to defend its ally"
    if _aimed_at(tok):
        mods.add("@on")  # "strikes on Iran", "strikes against Houthi targets" (not "went on strike", "a strike against the reform")
    for e in entries:
        if e.objects and not (e.objects & mods):
            continue
        return e
    return None


# Participles used as adjectives or nouns ("Iran-backed militias", "evacuated
# the wounded", "the proposed state") are not predicates.
_NOMINAL_DEPS = {"amod", "compound", "nsubj", "nsubjpass", "dobj", "pobj", "poss", "npadvmod"}


def _is_verb(tok: Token, lex: Lexicon) -> bool:
    if (tok.dep_ in _NOMINAL_DEPS and not _misparsed_main_verb(tok)) or _attributive_participle(tok):
        return False
    if (
        tok.dep_ in ("acl", "relcl")
        and tok.tag_ in ("VBN", "VBD")
        and lemma(tok) in lex.grammar.stative_participles
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        # ("Germany, which holds the presidency, called on Russia to withdraw": the
        # main verb after a relative clause, parsed as a participle, calls on somebody)
        and not (lemma(tok) == "call" and tok.i > tok.head.i and any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in tok.children))
    ):
        return False
    if _held_now(tok):
        return False
    # (a clause's head the tagger took for a plural noun is its verb: "the exercise, which Pyongyang [denounces] as ...")
    # (and one with a subject and an object of its own: 'said the North "categorically [rejects]" its demands')
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_.startswith("VB")) or (
        tok.pos_ == "NOUN" and tok.dep_ == "relcl" and tok.tag_ == "NNS" and any(c.dep_ in ("dobj", "nsubj") and c.tag_ == "WDT" for c in tok.children)
    ) or (
        tok.tag_ == "NNS" and tok.dep_ in ("ccomp", "conj", "ROOT") and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ in ("dobj", "obj") for c in tok.children)
    )


_HOLDING = frozenset(("detain", "hold", "imprison", "jail", "intern"))


def _held_now(tok: Token) -> bool:
    """ "families of South Koreans detained in North Korea", "a national detained in
    Russia since early 2024": people described by where they are held, with
    no day, nor agent of the holding, is a state of affairs, not an act."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or lemma(tok) not in _HOLDING:
        return False
    if any(c.dep_ == "agent" for c in tok.children) or not any(t.i != tok.i and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tok.sent):
        return False  # (a headline's participle tells the act: "South Korean missionary jailed for 15 years in Russia")
    # (a day of its own is an act told: "two fishermen detained on Tuesday"; "since" is how long)
    lasting = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("since", "for") for t in c.subtree}
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in lasting for t in tok.subtree)


# what an act's name may only describe: "attack helicopters", "strike aircraft", "assault rifles"
_EQUIPMENT = frozenset((
    "helicopter", "aircraft", "jet", "plane", "submarine", "drone", "rifle", "dog", "group", "capability",
    "fighter", "bomber", "squadron", "craft", "weapon", "boat", "unit",
))


def _equipment_modifier(tok: Token) -> bool:
    """ "scrambled fighter jets and attack helicopters", "a live-fire exercise":
    a word naming the kind of a machine or a drill, which the parser may take
    for a verb with the machine as its object, is no act."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "live":
        return True
    if tok.i + 1 >= len(doc) or not tok.is_lower or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    after = doc[tok.i + 1]
    return after.tag_ in ("NN", "NNS") and lemma(after) in _EQUIPMENT and after.head.i in (tok.i, tok.head.i) and tok.dep_ != "ROOT"


def _warning_shots(tok: Token) -> bool:
    """ "prompting warning shots": a noun's modifier the parser took for "to warn"."""
    return tok.lower_ == "warning" and any(c.dep_ in ("dobj", "obj") and lemma(c) == "shot" and c.i == tok.i + 1 for c in tok.children)


def _attributive_participle(tok: Token) -> bool:
    """ "Police arrested impeached President Yoon": a bare participle right
    after a verb with no object of its own, parsed as a clause with that
    object, is the object's adjective, no act."""
    head = tok.head
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "xcomp", "ccomp", "dep", "conj")
        and tok.i == head.i + 1
        and head.pos_ == "VERB"
        and not any(c.dep_ in _OBJ_DEPS for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tok.children)
        and any(c.dep_ in _OBJ_DEPS for c in tok.children)
    )


def _misparsed_main_verb(tok: Token) -> bool:
    """"Kim summoned Chinese Ambassador Dai Bing": the small model makes a
    past-tense verb with its own subject an adjective of the object."""
    return tok.dep_ == "amod" and tok.tag_ == "VBD" and tok.head.i > tok.i and any(c.dep_ == "nsubj" for c in tok.children)


# Generic heads that let their modifier name the event: "a mediation effort",
# "a bombing campaign".
FRAME_NOUNS = {"effort", "campaign", "process", "operation", "mission", "bid", "initiative", "attempt", "drive", "spree", "wave"}


# heads that a trigger noun names the content of: "a sanctions package", "an aid package"
_PACKAGE_NOUNS = frozenset(("package", "raft", "tranche", "batch"))


def claimed_new(tok: Token) -> bool:
    """The act a claim of responsibility names, told for the first time ("a
    drone strike", "attacks"), not one the story told before ("the attack",
    "Saturday's bombing": see :func:`eventwire.events.passes.claimed_attacks`)."""
    head = tok.head
    if tok.dep_ != "pobj" or lemma(head) != "for" or lemma(head.head) not in ("responsibility", "credit") or lemma(head.head.head) != "claim":
        return False
    claim = head.head.head
    if claim.pos_ != "VERB" or any(c.dep_ == "neg" for c in claim.children):
        return False
    det = [c for c in tok.children if c.dep_ in ("det", "poss")]
    # (a claim that names what was hit tells the act: "for a drone strike on an oil refinery";
    # "for a bomb attack which ripped a hole in a plane" stays the claim of a told act)
    hit = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children)
    return hit and all(c.lower_ in ("a", "an") for c in det) and (bool(det) or tok.tag_ == "NNS")


def _in_a_name(tok: Token) -> bool:
    """ "the Group for the Support of Islam and Muslims (JNIM)", "the Movement
    for Democratic Change": a capitalised word inside the name of a body,
    after its first word, names it and is no act (headlines, whose every word
    is capitalised, are read as they are)."""
    if not tok.is_title or tok.i == tok.sent.start:
        return False
    sent = tok.sent
    if sum(1 for t in sent if t.is_alpha and t.is_lower) < len([t for t in sent if t.is_alpha]) // 2:
        return False  # a title-cased headline
    i = tok.i - 1
    while i > sent.start and tok.i - i <= 3 and tok.doc[i].lower_ in ("for", "of", "the", "and"):
        i -= 1
    prev = tok.doc[i]
    # ("Group for the Support of ...": the body's own capitalised word before the function words)
    return i < tok.i - 1 and prev.is_title and prev.pos_ in ("PROPN", "NOUN") and i > sent.start


def _is_noun(tok: Token) -> bool:
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() not in FRAME_NOUNS | _PACKAGE_NOUNS | CARRIERS:
        return False  # a modifier, not the event: "Popular Mobilization Forces", "live-fire drills"
    # (or a plural the parser tagged a verb where only a noun stands: "China launches [drills] around Taiwan")
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and (tok.tag_ in ("NN", "NNS") or (tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "obj", "pobj"))))


def _held_up(verb: Token) -> bool:
    """ "holds up EU sanctions", "held off the attack": a particle turns the
    light verb into another verb (blocking, delaying)."""
    return lemma(verb) == "hold" and any(c.dep_ == "prt" and c.lower_ in ("up", "off", "back") for c in verb.children)


def _vowed(verb: Token) -> bool:
    """ "the Houthis vowed to respond", "pledged to retaliate": a response sworn
    is a threat even with no "if" clause (what it answers, when told, is judged by
    the verb's own rows: "pledged to respond to the humanitarian crisis" is none)."""
    return verb.dep_ == "xcomp" and lemma(verb.head) in ("vow", "pledge", "promise", "swear") and not any(c.dep_ == "prep" for c in verb.children)


def conditional(verb: Token, lex: Lexicon) -> bool:
    """"would respond if ...", "will act unless ...": a promised reaction on a condition."""
    modal = any(c.dep_ == "aux" and (c.lower_ in lex.grammar.future_aux or c.lower_ in ("would", "could", "might") or lemma(c) == "will") for c in verb.children)
    cond = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in c.children) for c in verb.children)
    return modal and cond


def headline_candidates(span: Any, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """Headlines the small parser reads as one noun phrase ("North Korea
    fires cruise missiles", "Myanmar junta bombs village", "Police raid
    Yoon's office"): with no verb as the root and no verb trigger found, a
    word after the opening that is a verb of the lexicon in the present
    tense ("fires", "bombs"; "raid" after a plural subject) is the verb; its
    parties are read left and right of it (see arguments). One per headline
    or per clause of it ("North Korea fires ICBM; Seoul, Tokyo condemn
    launch"); a noun trigger on the same word gives way."""
    if not unclosed(span):
        return cands  # (a body sentence: none of the readings below applies)
    series = _verb_series(span, lex, cands)
    if series:
        return series
    cands = cands + _clause_verbs(span, lex, cands)
    toks = [t for t in span if not t.is_punct and not t.is_space]
    if not 3 <= len(toks) <= 14:
        return cands
    # (a plural noun closing the headline may be taken for its verb: "...
    # cruise missiles"; a noun's modifier for a bare gerund: "South Korea
    # fires [warning] shots")
    # an acronym for a verb: "North Korea jams [GPS] signals")
    false_root = next((t for t in span if t.dep_ == "ROOT" and (t.tag_ == "VBZ" and t.i == toks[-1].i or _bare_gerund(t) or (t.is_upper and len(t) > 1))), None)
    # a verb read as a plural noun, the next word as the verb ("North Korea
    # [fires] [missile] into sea, Seoul says", "N. Korea [fires] [cruise] missiles")
    false_root = false_root or next((t for t in span if _verb_after_verb_noun(t, lex)), None)
    # (a verb in another event's clause does not count: "Russia, Ukraine swap prisoners after Istanbul talks")
    clause = next((t.i for t in toks if t.lower_ in HEADLINE_CLAUSES), span.end)
    if false_root is None and (any(c.via in ("verb", "light") and c.pred.i < clause for c in cands) or any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" and t.i < clause for t in span)):
        return cands
    found = [c for part in _clauses(span) if (c := _headline_verb(part, lex, cands)) is not None]
    if not found:
        return cands
    drop = {c.head.i for c in found} | ({false_root.i} if false_root is not None else set())
    return [c for c in cands if c.head.i not in drop and c.pred.i not in drop] + found


def _clauses(span: Any) -> list[list[Token]]:
    """The words of a headline's clauses, split at semicolons."""
    parts: list[list[Token]] = [[]]
    for t in span:
        if t.text == ";":
            parts.append([])
        elif not t.is_punct and not t.is_space:
            parts[-1].append(t)
    return parts


# verbs that end an act or a measure named as their object ("halted its broadcasts", "lifted sanctions")
ENDING_VERBS = frozenset(("halt", "stop", "suspend", "end", "cease", "scrap", "lift", "cancel", "terminate", "remove", "dismantle"))
_TRUE_AUXILIARIES = frozenset(("is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did", "will", "would",
                               "can", "could", "may", "might", "must", "shall", "should", "'s", "'re", "'ll"))


def _headline_verb(toks: list[Token], lex: Lexicon, cands: list[Candidate]) -> Candidate | None:
    """Left to right, before any clause of another event ("... after U.S.
    strikes on Yemen"): a present tense ("fires", "bombs"), or a bare form
    after a plural or a name ("Police raid", "Hezbollah fire"); or a light
    verb of the noun trigger right after it ("Japan, U.S. voice concern")."""
    for k, t in enumerate(toks[1:-1], start=1):
        if t.lower_ in _HEADLINE_STOPS:
            break
        # (or a verb the parser made a noun's modifier: "Russia, Ukraine [swap] prisoners")
        # (or an auxiliary that is none: "North Korea [jams] GPS signals")
        if (
            t.pos_ not in ("NOUN", "PROPN", "ADJ")
            and not (t.pos_ == "VERB" and t.dep_ in ("compound", "amod", "nmod"))
            and not (t.pos_ == "AUX" and t.lower_ not in _TRUE_AUXILIARIES)
        ) or not t.is_lower:
            continue
        if toks[k + 1].lower_ == "of":
            continue  # "Shoigu's Pyongyang trip, signs of a deeper pact": a noun, not the headline's verb
        found = _headline_verb_at(t, _verb_forms(t, toks[k - 1]), toks[k + 1 :], lex, cands)
        if found is not None:
            return found
    return None


def _verb_forms(t: Token, before: Token) -> list[str]:
    """The bare forms a headline's word may be the verb of: a present tense
    ("fires" -> fire, fir), or a bare form after a plural or a name
    ("Police raid", "Hezbollah fire")."""
    form = t.lower_
    if form.endswith("ies"):
        return [form[:-3] + "y"]  # "flies", "denies"
    if form.endswith("s") and not form.endswith("ss"):
        return [form[:-1]] + ([form[:-2]] if form.endswith("es") else [])
    if before.tag_ in ("NNS", "NNPS", "NNP") or before.lower_ == "police" or before.text.endswith("s"):
        return [form]
    return []


def _after_comma(x: Token) -> bool:
    """A comma (maybe closing a quote: 'drill,"') comes right before the word."""
    j = x.i - 1
    while j >= 0 and x.doc[j].text in ('"', "\u201d", "'", "\u2019"):
        j -= 1
    return j >= 0 and j < x.i and x.doc[j].text == ","


def _headline_verb_at(t: Token, forms: list[str], rest: list[Token], lex: Lexicon, cands: list[Candidate]) -> Candidate | None:
    """The headline trigger of word ``t`` read as a verb of one of ``forms``
    with the words ``rest`` after it: a verb of the lexicon whose preposition
    and objects they hold, or a light verb of the noun trigger right after it
    ("Japan, U.S. voice concern")."""
    # (the object ends at an infinitive: "orders Mitsubishi to compensate workers" orders no workers out)
    cut = next((k for k, x in enumerate(rest) if x.lower_ == "to" and k + 1 < len(rest) and rest[k + 1].tag_ == "VB"), len(rest))
    right = {lemma(x) for x in rest[:cut]} | {x.lower_ for x in rest[:cut]}
    # (and at another event's clause: "Kosovo, Serbia trade blame after police officer shot" trades no shots)
    # (or at a comma before the next verb of a series: 'N. Korea calls salvo "drill," warns allies' calls nobody an ally)
    own = next((
        k for k, x in enumerate(rest[:cut])
        if x.lower_ in HEADLINE_CLAUSES
        or (k and _after_comma(x) and x.is_lower and any(f in lex.verbs for f in _verb_forms(x, x.doc[x.i - 1])))
    ), cut)
    objects = {lemma(x) for x in rest[:own]} | {x.lower_ for x in rest[:own]}
    noun = next((c for c in cands if c.via == "noun" and t.i < c.head.i <= t.i + 3 and any(x.i == c.head.i for x in rest)), None)
    if noun is not None and any(f in lex.grammar.light_verbs or f in ENDING_VERBS for f in forms):
        # (or what ends it: "South Korea halts loudspeaker broadcasts")
        return Candidate(noun.entry, noun.head, t, [t, noun.head], "headline")
    for f in forms:
        entry = next((e for e in lex.verbs.get(f, []) if e.weight > 0 and (not e.prep or e.prep in right) and (not e.objects or e.objects & objects)), None)
        if entry is not None:
            return Candidate(entry, t, t, [t], "headline")
    return None


_SAYING_FORMS = frozenset(("say", "claim", "report", "tell", "add"))


def _clause_verbs(span: Any, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """The act of a headline's second clause the parser read as a noun
    phrase ("NATO peacekeepers reinforce Kosovo border after Serbian police
    detain officer", "... as Chinese drones fly near Okinawa"): a present
    tense, or a bare form after a plural or a name, read flat, its subject
    the named words between the clause's opening word and it. ``span`` is
    a line with no closing punctuation."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not 5 <= len(words) <= 24:
        return []
    opening = next((k for k, t in enumerate(words) if k > 1 and t.lower_ in HEADLINE_CLAUSES - {":", "since"}), None)
    if opening is None:
        return []
    taken = {c.head.i for c in cands} | {c.pred.i for c in cands}
    clause = words[opening + 1 :]
    for k, t in enumerate(clause[1:-1], start=1):
        if t.lower_ in _HEADLINE_STOPS or t.i in taken:
            break
        if not t.is_lower or t.like_num or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod")):
            continue
        subject = clause[:k]
        if not any(x.pos_ == "PROPN" or x.ent_type_ in ("NORP", "GPE", "ORG") for x in subject):
            break
        found = _headline_verb_at(t, _verb_forms(t, clause[k - 1]), clause[k + 1 :], lex, cands)
        if found is not None:
            found.extra["series"] = (subject[0].i, t.i, span.end)
            return [found]
    return []


def _parsed_series(found: list[Candidate]) -> bool:
    """The parser read the series right: the first verb the root with its
    subject before it, the others verbs joined to it ("Yoon, Kishida agree
    to expand cooperation, condemn North Korea")."""
    first = found[0].pred
    if first.pos_ != "VERB" or first.dep_ != "ROOT" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i for c in first.children):
        return False
    return all(c.pred.pos_ == "VERB" and c.pred.dep_ == "conj" and c.pred.head.i == first.i for c in found[1:])


def _verb_series(span: Any, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """A headline of one subject and verbs in a series split by commas
    ("Mali junta expels EU envoy, arrests opposition leaders", "Russia bombs
    Kharkiv, kills five", "Police raid office, seize documents"), which the
    small parser reads with an object for the next verb's subject or a verb
    for a noun: each verb is read flat, the words before the first one its
    subject, the words up to the next comma of the series its object (the
    candidate's ``series``: subject start, subject end, clause end). Empty
    when the line (one with no closing punctuation) is no such headline."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not 5 <= len(words) <= 24:
        return []
    if not any(t.text == "," for t in span):
        return []
    first = None
    for k, t in enumerate(words[1:], start=1):
        if t.lower_ in _HEADLINE_STOPS:
            return []
        if not t.is_lower or t.like_num:
            continue
        forms = [f for f in _verb_forms(t, words[k - 1]) if f not in _SAYING_FORMS]
        end = next((x.i for x in span if x.i > t.i and x.text == ","), span.end)
        clause = [x for x in words[k + 1 :] if x.i < end]
        if forms and clause and (first := _headline_verb_at(t, forms, clause, lex, cands)) is not None:
            break
    if first is None:
        return []
    agreeing = first.pred.lower_.endswith("s")
    found = [first]
    commas: list[int] = []
    for comma in (t for t in span if t.text == "," and t.i > first.pred.i and t.i + 2 < span.end):
        verb = span.doc[comma.i + 1]
        if not verb.is_lower or verb.lower_ in HEADLINE_CLAUSES or verb.lower_.endswith("s") != agreeing:
            continue
        nxt = next((t.i for t in span if t.i > verb.i and (t.text == "," or t.lower_ in HEADLINE_CLAUSES)), span.end)
        forms = [f for f in _verb_forms(verb, span.doc[first.pred.i - 1]) if f not in _SAYING_FORMS]
        cand = _headline_verb_at(verb, forms, [t for t in words if verb.i < t.i < nxt], lex, cands) if forms else None
        if cand is not None:
            found.append(cand)
            commas.append(comma.i)
    if len(found) < 2 or _parsed_series(found):
        return []
    for cand, end in zip(found, commas + [span.end], strict=True):
        cand.extra["series"] = (span.start, first.pred.i, end)
    taken = {c.head.i for c in found} | {c.pred.i for c in found}
    return [c for c in cands if c.head.i not in taken and c.pred.i not in taken] + found


def _verb_after_verb_noun(t: Token, lex: Lexicon) -> bool:
    """A bare verb form ("missile", "cruise") right after a plural noun that
    hangs on it (its subject or compound) and, in the third person, is a verb
    of the lexicon ("fires", "launches") right after a name: the parser's
    reading of "North Korea fires missile" with the verb as the noun."""
    if t.tag_ not in ("VBP", "VB") or t.i == 0:
        return False
    noun = t.doc[t.i - 1]
    if noun.tag_ != "NNS" or noun.head.i != t.i or noun.dep_ not in ("nsubj", "compound") or not noun.is_lower or noun.i == 0:
        return False
    if t.doc[noun.i - 1].pos_ != "PROPN":
        return False
    form = noun.lower_
    forms = [form[:-1]] + ([form[:-2]] if form.endswith("es") else [])
    return any(e.weight > 0 for f in forms for e in lex.verbs.get(f, []))


def _amount(t: Token) -> bool:
    """A sum or a count: "$1 billion", "500 million euros", "20 tonnes"."""
    return t.tag_ == "CD" or t.ent_type_ == "MONEY" or any(c.tag_ == "CD" for c in t.children)


def _bare_gerund(t: Token) -> bool:
    """A headline's root in -ing with no auxiliary, after its would-be subject
    and before a plural object ("fires warning shots"): a noun's modifier."""
    return t.tag_ == "VBG" and t.i > t.sent.start and not any(c.dep_ in ("aux", "auxpass") for c in t.children) and any(
        c.dep_ in ("dobj", "obj") and c.i == t.i + 1 and c.tag_ == "NNS" for c in t.children
    )


def flat_candidates(span: Any, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """A past tense the small parser made a modifier of its own object
    ("South Korea's military fired warning shots": "fired" an adjective of
    "shots"): a verb of the lexicon whose object pattern the noun matches,
    or a light verb of a noun trigger ("China's military held drills"),
    right after the noun phrase that is its subject. Its parties are read
    left and right of it within that phrase (see arguments)."""
    for t in span:
        # (or tagged a participle, when the phrase it modifies is the whole sentence:
        # "Japan's Air Self-Defense Force scrambled fighter jets on Wednesday.")
        # (or a subject beside another one of the same verb: "X scrambled fighter jets on
        # Wednesday after two drones flew ...", "jets" and "drones" both the subjects of "flew")
        second = t.head.dep_ == "nsubj" and any(x.dep_ == "nsubj" and x.i != t.head.i for x in t.head.head.children)
        # (a hyphenated verb read as an adjective: "North Korea test-fired cruise missiles",
        # also when the phrase is all a source's report: "..., Yonhap said")
        hyphened = t.tag_ == "JJ" and t.lower_.endswith(("-fired", "-launched")) and (
            t.head.dep_ == "ROOT" or (t.head.dep_ == "ccomp" and t.head.head.i > t.head.i and t.head.head.lemma_.lower() in _SAYING_FORMS)
        )
        past = t.tag_ == "VBD" or (t.tag_ == "VBN" and (t.head.dep_ == "ROOT" or second)) or hyphened
        if not past or t.dep_ not in ("amod", "compound", "nmod") or not t.i < t.head.i <= t.i + 3 or t.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.i == span.start or t.doc[t.i - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue  # "who disappeared opponents", "democratically governed Taiwan"
        noun = next((c for c in cands if c.via == "noun" and c.head.i == t.head.i), None)
        if noun is not None and lemma(t) in lex.grammar.light_verbs:
            cands = [c for c in cands if c is not noun] + [Candidate(noun.entry, noun.head, t, [t, noun.head], "flat")]
            continue
        objects = {lemma(x) for x in t.doc[t.i + 1 : t.head.i + 1]} | {x.lower_ for x in t.doc[t.i + 1 : t.head.i + 1]}
        verb = t.lemma_.lower() if not hyphened else t.lower_[: -len("d")]
        # (a verb of the lexicon with no object named in it takes any: "Iran test-fired cruise missiles")
        entry = next((e for e in lex.verbs.get(verb, []) if e.weight > 0 and not e.prep and (e.objects & objects or (not e.objects and "-" in verb))), None)
        if entry is not None and not any(c.head.i == t.i or c.pred.i == t.i for c in cands):
            cands = [c for c in cands if c.head.i != t.head.i] + [Candidate(entry, t, t, [t], "flat")]
    return cands


# words that open another event's clause or phrase in a headline
HEADLINE_CLAUSES = frozenset(("after", "as", "amid", "despite", "before", "following", "while", "since", ":"))
_HEADLINE_STOPS = HEADLINE_CLAUSES | {"over", "with", "in", "on", "at"}


def _object_besides_relative(verb: Token) -> bool:
    """The verb has an object other than a relative pronoun."""
    return any(o.dep_ in ("dobj", "obj") and o.lower_ not in ("that", "which") for o in verb.children)


_RAISING = frozenset(("raise", "hike", "double", "triple"))


# what carries a protest or a demand to its addressee
CARRIERS = frozenset(("message", "letter", "note", "cable"))


def _carrier(noun: Token) -> Token | None:
    """The message a noun trigger names the kind of ("a protest message", "a letter of protest")."""
    if noun.dep_ == "compound" and lemma(noun.head) in CARRIERS:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in CARRIERS:
        return noun.head.head
    return None


# what a kind of act is judged to be (not how one went: "Protests were widespread")
_JUDGING_ADJECTIVES = frozenset((
    "important", "crucial", "essential", "vital", "necessary", "key", "needed", "possible", "impossible", "likely", "unlikely",
    "inevitable", "unacceptable", "acceptable", "welcome", "desirable", "critical", "imperative", "indispensable", "urgent", "pointless", "meaningless",
))


def _judged_kind(noun: Token) -> bool:
    """The bare noun (no article, no owner) is the subject of a copula with an
    adjective: a kind of act judged ("Cooperation ... is more important than ever")."""
    head = noun.head
    return (
        noun.dep_ == "nsubj" and lemma(head) == "be" and any(c.dep_ == "acomp" and lemma(c) in _JUDGING_ADJECTIVES for c in head.children)
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def find_candidates(sent: Token, lex: Lexicon) -> list[Candidate]:
    """All triggers of a sentence span; light-verb constructions absorb their verb."""
    light = lex.grammar.light_verbs
    occurrence = lex.grammar.occurrence_verbs
    verbs: dict[int, Candidate] = {}
    nouns: list[Candidate] = []
    for tok in sent:
        if _equipment_modifier(tok):
            continue
        if _is_verb(tok, lex) and not _warning_shots(tok):
            cand = match_verb(tok, lex)
            if cand is not None and cand.entry.role == "conditional" and not conditional(tok, lex) and not _vowed(tok):
                cand = None
            # weight 0 marks a non-event reading (unless its role needs the negation)
            if cand is not None and (cand.entry.weight > 0 or cand.entry.role == "negreject"):
                verbs[tok.i] = cand
        elif _is_noun(tok):
            entry = match_noun(tok, lex)
            if entry is None or _judged_kind(tok) or _in_a_name(tok):
                # ("Cooperation among Japan, South Korea and the U.S. is more important than ever": a view of it, no act)
                continue
            head = tok.head
            if tok.dep_ == "pobj" and lemma(head) == "of" and lemma(head.head) in lex.grammar.quantifier_nouns:
                # "carried out a series of airstrikes": the quantifier stands in for the noun
                quant = head.head
                if quant.dep_ in ("dobj", "obj", "nsubjpass") and lemma(quant.head) in light:
                    nouns.append(Candidate(entry, tok, quant.head, [quant.head, tok], "light"))
                    continue
            if tok.dep_ == "compound" and lemma(head) in _PACKAGE_NOUNS and head.dep_ in ("dobj", "obj", "nsubjpass") and lemma(head.head) in light:
                # "adopted its 19th sanctions package": the package stands in for the noun
                nouns.append(Candidate(entry, tok, head.head, [head.head, tok, head], "light"))
                continue
            if tok.dep_ == "pobj" and lemma(head) == "in" and _amount(head.head) and head.head.dep_ in ("dobj", "obj") and lemma(head.head.head) in light:
                # "announced $1 billion in military aid": the amount stands in for the noun
                nouns.append(Candidate(entry, tok, head.head.head, [head.head.head, tok], "light"))
                continue
            if claimed_new(tok):
                # "Kyiv claimed responsibility for a drone strike on an oil refinery": the claim tells the act
                claim = head.head.head
                nouns.append(Candidate(entry, tok, claim, [claim, tok], "light"))
                continue
            if tok.dep_ == "pobj" and lemma(head) == "under" and lemma(head.head) == "come":
                # "came under attack": the subject is the target
                nouns.append(Candidate(entry, tok, head.head, [head.head, tok], "light", {"inverse": True}))
                continue
            # (not a naming verb with what it calls the thing: "called the sanctions illegal", "called the talks constructive")
            named = lemma(head) in NAMING_VERBS and any(c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" for c in head.children)
            # ("raised tariffs", "raised concerns" are light; "raise the attack with counterparts" is a topic)
            # ("had a separate talk", "had a phone call": a meeting had is held; not "had an agreement")
            lit = lemma(head) in light or (lemma(head) in _RAISING and entry.type in ("SANCTION", "ACCUSE")) or (lemma(head) == "have" and entry.type == "CONSULT")
            if tok.dep_ in ("dobj", "obj", "attr", "nsubjpass", "conj") and lit and head.i != tok.i and not _held_up(head) and not named:
                if tok.dep_ == "conj":
                    # "launched attacks and raids": the conjunct shares the head's verb
                    first = head
                    while first.dep_ == "conj" and first.head.i != first.i:
                        first = first.head
                    if first.dep_ not in ("dobj", "obj", "nsubjpass") or lemma(first.head) not in light:
                        nouns.append(Candidate(entry, tok, tok, [tok], "noun"))
                        continue
                    head = first.head
                nouns.append(Candidate(entry, tok, head, [head, tok], "light"))
            elif tok.dep_ == "pobj" and head.dep_ == "prep" and lemma(head.head) in ("engage", "participate", "take", "join", "succeed"):
                nouns.append(Candidate(entry, tok, head.head, [head.head, tok], "light"))
            elif rel := next((r for r in tok.children if r.dep_ == "relcl" and lemma(r) in light and not _object_besides_relative(r)), None):
                # "a joint air drill that South Korean and U.S. fighter jets staged"
                nouns.append(Candidate(entry, tok, rel, [rel, tok], "light"))
            elif tok.dep_ in ("nsubj",) and lemma(head) in occurrence:
                nouns.append(Candidate(entry, tok, tok, [tok], "occurrence"))
            elif (carrier := _carrier(tok)) is not None and carrier.dep_ in ("dobj", "obj") and lemma(carrier.head) in light:
                # "sent a protest message to the North", "delivered a letter of protest": the message carries the act
                nouns.append(Candidate(entry, tok, carrier.head, [carrier.head, tok], "light"))
            elif _carrier(tok) is not None:
                continue  # "posted a protest note on his blog": a kind of text, no act
            else:
                nouns.append(Candidate(entry, tok, tok, [tok], "noun"))
    out: list[Candidate] = []
    absorbed: set[int] = set()
    for n in nouns:
        up = n.head.head
        # "placed under arrest": the object of the verb's own preposition
        gov = verbs.get(up.head.i) if n.head.dep_ == "pobj" and up.dep_ == "prep" else verbs.get(up.i)
        if n.via == "noun" and gov is not None and lemma(n.head) in gov.entry.objects:
            continue  # "provide food aid": the verb's reading already covers the noun
        if n.via == "light":
            verb = verbs.get(n.pred.i)
            # A specific verb reading ("launch a missile", "impose a curfew")
            # beats the light reading; a bare verb reading is absorbed.
            if verb is not None and verb.entry.objects and (
                verb.entry.weight >= n.entry.weight
                # "called the airstrikes a brutal aggression": the name given is the act, not the act named
                or (lemma(n.pred) in NAMING_VERBS and any(x.dep_ in ("oprd", "xcomp", "ccomp") for x in n.pred.children))
            ):
                continue
            if verb is not None and verb.entry.role:
                # "offered aid", "demanded talks": the verb's role combines
                # with the noun later (see coder.combine); keep both.
                out.append(n)
                continue
            absorbed.add(n.pred.i)
        out.append(n)
    out.extend(c for i, c in verbs.items() if i not in absorbed)
    out.sort(key=lambda c: c.head.i)
    return out
