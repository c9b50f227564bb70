"""Flag headline/subhead sentences that contradict the body they summarise.

Each headline sentence is aligned with body sentences (:mod:`.align`); then
the aligned pairs are compared feature by feature. A flag is raised only
when the headline disagrees with the best-aligned body sentence that
expresses the feature AND no other aligned sentence agrees with it, so a
consistent paraphrase anywhere in the aligned set prevents a flag.

Kinds: actor_mismatch (the country in the same role of the same predicate:
object of defend/attack/sanction ..., or its subject), polarity (negated vs
asserted), qualifier (nuclear vs non-nuclear, with vs without, all vs some),
number (different figures of the same unit), date (dates of month,
weekdays), place (places in different countries).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..records import Document, Flag, FlagSide, Sentence, content_hash
from .align import Alignment, align, score_pair, weights
from .features import Features, MentionIndex, Pred, sentence_features, sentence_span
from .lexicon import predicates

# Only this many best-aligned body sentences per headline sentence get the
# full (parse-walking) comparison; the rest of the body is only scored.
MAX_ALIGNED = 6

# How the object of each predicate group is called in an explanation.
_ROLE_NAMES = {
    "defend": "defended",
    "attack": "attacked",
    "sanction": "sanctioned",
    "threaten": "threatened",
    "accuse": "accused",
    "support": "supported",
    "deploy": "receiving",
    "launch": "targeted",
}


def _side(doc: Document, s: Sentence) -> FlagSide:
    return FlagSide(text=s.text, section=s.section, start=s.start, end=s.end, doc_id=doc.id)


def _label(s: Sentence) -> str:
    return "headline" if s.section == "title" else s.section


def _codes(codes: set[str]) -> str:
    return "/".join(sorted(codes))


def _confidence(a: Alignment, base: float) -> float:
    return round(min(0.95, base + 0.15 * min(a.score, 2.0)), 2)


def _flag(doc: Document, kind: str, a: Alignment, explanation: str, base: float = 0.5) -> Flag:
    h, b = a.head.sentence, a.body.sentence
    fid = content_hash(f"{doc.id}|{kind}|{h.start}|{b.start}|{explanation}")[:16]
    return Flag(fid, doc.id, kind, _side(doc, h), _side(doc, b), explanation, _confidence(a, base))


def _role_flags(doc: Document, aligned: list[Alignment]) -> Iterator[Flag]:
    head = aligned[0].head
    object_groups = predicates().object_groups
    for p in head.preds:
        for role in ("obj", "subj"):
            hcodes: set[str] = getattr(p, role)
            if (
                not hcodes
                or (role == "obj" and p.group not in object_groups)
                or (role == "subj" and not p.main)
            ):
                continue
            cands: list[tuple[Alignment, Pred]] = [
                (a, q) for a in aligned for q in a.body.preds if q.group == p.group and getattr(q, role)
            ]
            if not cands or any(hcodes & getattr(q, role) for _, q in cands):
                continue
            a, q = cands[0]
            if role == "obj":
                what = f"as the {_ROLE_NAMES.get(p.group, 'object')} country (object of '{p.lemma}')"
                htext = f"{p.obj_text} ({_codes(hcodes)})" if p.obj_text else _codes(hcodes)
                btext = f"{q.obj_text} ({_codes(q.obj)})" if q.obj_text else _codes(q.obj)
            else:
                what = f"as the actor that does '{p.lemma}'"
                htext, btext = _codes(hcodes), _codes(q.subj)
            yield _flag(
                doc,
                "actor_mismatch",
                a,
                f"{_label(head.sentence)} names {htext} {what}; the body names {btext}",
                0.55,
            )


def _polarity_flags(doc: Document, aligned: list[Alignment]) -> Iterator[Flag]:
    head = aligned[0].head
    # only the same act by the same subject on both sides: "Don't shoot"
    # quoted in a body is a slogan, not a denial of "an officer shot ..."
    for p in head.preds:
        if not (p.main and p.is_verb and p.subj_lemma) or p.quoted:
            continue
        cands = [
            (a, q)
            for a in aligned
            for q in a.body.preds
            if q.group == p.group and q.main and q.is_verb and not q.quoted and _same_subject(p, q)
        ]
        if not cands or any(q.negated == p.negated for _, q in cands):
            continue
        a, q = cands[0]
        hs, bs = ("denies", "asserts") if p.negated else ("asserts", "denies")
        yield _flag(
            doc,
            "polarity",
            a,
            f"{_label(head.sentence)} {hs} '{p.lemma}'; the body {bs} it ('{q.lemma}' {'negated' if q.negated else 'asserted'})",
        )
        return
    best = aligned[0]
    for etype in head.event_types & best.body.event_types:
        hp, bp = head.event_polarity.get(etype), best.body.event_polarity.get(etype)
        if hp != bp and "negated" in (hp, bp):
            ht = head.event_triggers.get(etype, etype)
            bt = best.body.event_triggers.get(etype, etype)
            expl = f"{_label(head.sentence)} has '{ht}' ({etype}) {hp}; the body has '{bt}' {bp}"
            yield _flag(doc, "polarity", best, expl)
            return


def _same_subject(p: Pred, q: Pred) -> bool:
    if p.subj and q.subj:
        return bool(p.subj & q.subj)
    return bool(p.subj_lemma) and p.subj_lemma == q.subj_lemma


def _primary(a: Alignment) -> set[str]:
    main = a.head.groups(main_only=True) & a.anchors
    return main or a.anchors


def _qualifier_flags(doc: Document, aligned: list[Alignment]) -> Iterator[Flag]:
    best = aligned[0]
    head = best.head
    primary = _primary(best)
    # sentences aligned on the same predicate as the best one may confirm the headline
    peers = [a for a in aligned[1:] if primary and primary <= a.anchors]
    for dim, hvals in head.qualifiers.items():
        bvals = best.body.qualifiers.get(dim)
        if not bvals or set(hvals) & set(bvals):
            continue
        if any(set(hvals) & set(a.body.qualifiers.get(dim, {})) for a in peers):
            continue
        yield _flag(
            doc,
            "qualifier",
            best,
            f"{_label(head.sentence)} says '{', '.join(hvals.values())}' ({dim}); "
            f"the body says '{', '.join(bvals.values())}'",
            0.5,
        )
    for group, dims in head.scoped_qualifiers.items():
        for dim, hvals in dims.items():
            bvals = best.body.scoped_qualifiers.get(group, {}).get(dim)
            if bvals and not set(hvals) & set(bvals):
                yield _flag(
                    doc,
                    "qualifier",
                    best,
                    f"{_label(head.sentence)} says '{', '.join(hvals.values())}' about '{group}'; "
                    f"the body says '{', '.join(bvals.values())}'",
                    0.45,
                )


def _set_flags(
    doc: Document, aligned: list[Alignment], bodies: list[Features], kind: str, attr: str
) -> Iterator[Flag]:
    """number/date: a figure (per unit) or date of month in the headline that
    no body sentence repeats, while a body sentence gives another value for
    the same unit. Figures are compared against the whole body, not only the
    aligned sentences: the sentence carrying the figure often shares little
    else with the headline ("12 members back" / "Thirteen members voted")."""
    head = aligned[0].head
    for key, hvals in getattr(head, attr).items():
        cands = [b for b in bodies if key in getattr(b, attr)]
        if not cands or any(hvals & getattr(b, attr)[key] for b in cands):
            continue
        by_index = {a.body.sentence.index: a for a in aligned}
        scored = [by_index.get(b.sentence.index) or _pair(head, b) for b in cands]
        a = max(scored, key=lambda x: x.score)
        bvals = getattr(a.body, attr)[key]
        what = f"{key} " if kind == "number" else ("day of month " if key == "day" else "weekday ")
        yield _flag(
            doc,
            kind,
            a,
            f"{_label(head.sentence)} gives {what}{_fmt(hvals)}; the body gives {_fmt(bvals)}",
            0.45 if a.body.sentence.index in by_index else 0.3,
        )


def _pair(head: Features, body: Features) -> Alignment:
    score, _, anchors = score_pair(head, body)
    return Alignment(head, body, score, anchors)


def _fmt(vals: set) -> str:  # type: ignore[type-arg]
    return ", ".join(str(int(v)) if isinstance(v, float) and v.is_integer() else str(v) for v in sorted(vals))


def _place_flags(doc: Document, aligned: list[Alignment]) -> Iterator[Flag]:
    """Places on the same predicate ("held in X") in different countries."""
    head = aligned[0].head
    for group, hplaces in head.places.items():
        cands = [a for a in aligned if group in a.body.places]
        if not cands or any(hplaces & a.body.places[group] for a in cands):
            continue
        a = cands[0]
        yield _flag(
            doc,
            "place",
            a,
            f"{_label(head.sentence)} places '{group}' in {_codes(hplaces)}; "
            f"the body in {_codes(a.body.places[group])}",
            0.45,
        )


def find_contradictions(doc: Document) -> list[Flag]:
    """Flags for every headline/subhead sentence that contradicts the body.

    Needs the parse (``doc.spacy``); returns [] without it. Uses
    ``doc.mentions`` and ``doc.events`` when present."""
    if doc.spacy is None or not doc.sentences:
        return []
    mentions = MentionIndex(doc.mentions)
    heads = [s for s in doc.sentences if s.section in ("title", "subhead")]
    body_sents = [s for s in doc.sentences if s.section == "body"]
    if not heads or not body_sents:
        return []
    head_feats: list[Features] = []
    for s in heads:
        span = sentence_span(doc, s)
        if span is not None:
            head_feats.append(sentence_features(doc, s, span, mentions))
    # figures and dates are compared against the whole body, so the light
    # body records carry them only when some headline states one
    need_figures = any(h.figures or h.days for h in head_feats)
    spans = {s.index: sentence_span(doc, s) for s in body_sents}
    light = [
        sentence_features(doc, s, spans[s.index], mentions, full=False, figures=need_figures)
        for s in body_sents
        if spans[s.index] is not None
    ]
    w = weights(light)
    full: dict[int, Features] = {}
    flags: list[Flag] = []
    seen: set[str] = set()
    for head in head_feats:
        rough = align(head, light, w)[:MAX_ALIGNED]
        for a in rough:
            i = a.body.sentence.index
            if i not in full:
                full[i] = sentence_features(doc, a.body.sentence, spans[i], mentions)
        aligned = align(head, [full[a.body.sentence.index] for a in rough], w)
        if not aligned:
            continue
        bodies = light
        for gen in (
            _role_flags(doc, aligned),
            _polarity_flags(doc, aligned),
            _qualifier_flags(doc, aligned),
            _set_flags(doc, aligned, bodies, "number", "figures"),
            _set_flags(doc, aligned, bodies, "date", "days"),
            _place_flags(doc, aligned),
        ):
            for f in gen:
                if f.flag_id not in seen:
                    seen.add(f.flag_id)
                    flags.append(f)
    return flags
