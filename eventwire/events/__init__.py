"""The event coder (stage 4): PLOVER events from parsed sentences.

``EventStage`` fills ``doc.events`` from ``doc.spacy`` (the parse),
``doc.sentences`` and ``doc.mentions`` (actor mentions from the actors
stage). Every sentence, title and subheads included, is coded with the
lexicon-driven rules of :mod:`eventwire.events.coder`; the lexicons are data
files under ``eventwire/data/events/``.

Public: :class:`EventStage`, :func:`primary_event`, :func:`code_document`.

Conventions (documented decisions; tests hold them):

* **Multiple parties**: one event per source party. Parties acting together
  with no named target ("X and Y met/agreed/signed/clashed"; also "the two
  sides", resolved by the actors stage to one mention per party) each get
  the other as target, so a bilateral meeting gives X->Y and Y->X. Events of
  one trigger share ``trigger`` offsets and differ in source/target.
* **Complements**: a verb with a role takes its type from itself and its
  refinement from the complement ("agreed to cooperate militarily" ->
  AGREE 0312, "urged X to release Y" -> REQUEST 1053, "refused to meet" ->
  REJECT 125, "threatened to impose sanctions" -> THREATEN 1312); see
  ``data/events/combine.toml``. The complement is not coded separately.
* **Stated intentions**: PLOVER codes intentions as AGREE (cooperation) or
  THREATEN (conflict), so a future event ("will provide aid", "is ready to
  withdraw") is recoded that way, keeping ``polarity="future"``; "about
  to" only marks the event future. An intention with "unless" is a threat.
* **Missile launches and tests** are MOBILIZE (a show of force, CAMEO 150);
  a launch aimed at a party ("fired missiles at X", "... that hit Y") is
  ASSAULT.
* **Polarity**: negated / hypothetical / future / reported are marked on the
  event, never dropped; "will not accept" and "will not tolerate" are the
  REJECT and THREATEN they mean, not negated events.
* **CAMEO verb conventions** (PETRARCH2 codes by CAMEO's verb dictionary,
  then the crosswalk): welcoming contact or renewed ties ("welcomed the
  resumption of ties with X") is a consultation (041), welcoming a decision
  is SUPPORT; presenting credentials is 032 (AGREE); celebrating with a
  party is CONSULT. Condemning/criticising stays ACCUSE (PLOVER's own
  definition and its gold standard), although PETRARCH2's suite codes some
  as 12x.
* **Domestic events** (PROTEST, COERCE, CONCEDE) with no named target take
  the source's own country as target ("students in Jakarta rallied" is
  IDN -> IDN), as CAMEO/PLOVER gold codes them.
* **Purpose clauses of protests** ("staged rallies to demand reforms") are
  the protest's claim: the REQUEST is kept but weighs less than the protest.
* **Emission gate**: :mod:`eventwire.events.gate` can drop weak readings with
  a learned model (``eventwire train events``); no model is packaged, because
  its cross-validated gain on the dev sets was marginal and it learned data
  set quirks (see docs/evaluation.md), so the rules decide alone.
* **Non-events**: reporting verbs, opinions and background get nothing;
  accidents ("an explosion killed eight") are not ASSAULT; lexicon rows with
  weight 0 mark readings that are not events ("police seized weapons").
"""


from __future__ import annotations

from ..errors import DocumentError
from ..records import Document, Event
from ..stage import Stage, rules_version
from .arguments import MentionIndex
from .coder import CODER, code_sentence
from .filters import doc_cues
from .gate import gate_events
from .lexicon import cameo_to_plover, load_lexicon
from .passes import answered_fire, claimed_attacks, mediated_acts, named_drills, recalled_from, retold_sources

__all__ = ["EventStage", "code_document", "primary_event", "cameo_to_plover", "CODER"]


def code_document(doc: Document, min_confidence: float = 0.0) -> list[Event]:
    """Code every sentence of a parsed document; returns the events."""
    if doc.spacy is None:
        raise DocumentError("parse_error", "the events stage needs the nlp stage's parse (doc.spacy is None)")
    lex = load_lexicon()
    index = MentionIndex(doc)
    sdoc = doc.spacy
    cues = doc_cues(sdoc, lex)
    events: list[Event] = []
    parsed_chars = len(sdoc.text)  # once: Doc.text joins every token on each access
    for sent in doc.sentences:
        if sent.end > parsed_chars:
            break  # the parse was truncated (nlp_truncated_at)
        span = sdoc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        try:
            coded = code_sentence(doc.id, sent, span, index, lex, cues, events)
        except (IndexError, KeyError, ValueError, AttributeError) as e:
            # a parse the rules did not foresee must not lose the document:
            # skip the sentence and say so in the record
            doc.meta.setdefault("events_skipped", []).append({"sentence": sent.index, "error": f"{type(e).__name__}: {e}"})
            continue
        events.extend(ev for ev in coded if ev.confidence >= min_confidence)
    # whoever claims an attack the story named nobody for did it
    events = claimed_attacks(events, sdoc, index, doc.sentences)
    # the opening's retellings of one act share its doer; fire answered is aimed at who fired
    events = answered_fire(retold_sources(events))
    # a drill named by its name alone is aimed at those the story told holding it
    events = named_drills(events, doc.id)
    # "talks mediated by Qatar": the go-between's own act with each party
    events = mediated_acts(events, sdoc, index, doc.id)
    # envoys recalled with no post named are recalled from where the story told one recalled from
    events = recalled_from(events)
    # the learned gate (if trained) drops readings a human coder would not list
    return gate_events(events)


def primary_event(events: list[Event]) -> Event | None:
    """The event a one-sentence record is "about": the highest-confidence
    event that is not negated (intent, future, hypothetical and reported
    events count: PLOVER codes "will support" as AGREE), with a small
    penalty for later sentences (the lead states the main event). None when
    there is no such event."""
    live = [e for e in events if e.polarity != "negated"]
    if not live:
        return None
    # News puts the main event first: later sentences weigh a little less.
    return max(live, key=lambda e: (e.confidence * (1.0 - 0.08 * min(e.sentence_index, 3)), -e.sentence_index))


class EventStage(Stage):
    """Stage 4: fills ``doc.events``."""

    name = "events"
    version = rules_version("v1", "events", "data/events")

    def process(self, doc: Document) -> Document:
        doc.events = code_document(doc, self.settings.min_confidence)
        return doc
