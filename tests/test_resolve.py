"""Tests of the resolve stage: dates against a publication date, places from
the offline gazetteer, and the stage on documents built by hand."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.records import Actor, Article, Document, Event, Span, compose_text
from eventwire.resolve import ResolveStage, find_dates, lookup_place, resolve_date

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
P = "2024-04-12"  # a Friday


# --------------------------------------------------------------------------
# dates


@pytest.mark.parametrize(
    ("text", "iso", "granularity"),
    [
        ("The dialogue was held on the 11th (local time).", "2024-04-11", "day"),
        ("Shelling resumed on the morning of the 11th.", "2024-04-11", "day"),
        ("Officials met on the 20th.", "2024-03-20", "day"),  # the 20th is after P: last month
        ("The ministers met on Thursday.", "2024-04-11", "day"),
        ("The ministers met on Friday.", "2024-04-12", "day"),
        ("The ministers met last Friday.", "2024-04-05", "day"),
        ("Pyongyang fired a missile yesterday.", "2024-04-11", "day"),
        ("The talks end today.", "2024-04-12", "day"),
        ("The envoy visited Tokyo last week.", "2024-04-01", "week"),
        ("Sanctions were imposed last month.", "2024-03-01", "month"),
        ("The drills began earlier this month.", "2024-04-01", "month"),
        ("Leaders spoke by phone this week.", "2024-04-08", "week"),
        # a weekday of the week named, not the week's Monday
        ("He said on Friday last week that talks would resume.", "2024-04-05", "day"),
        ("The envoys met on Tuesday this week.", "2024-04-09", "day"),
        ("The talks were held from April 11-12.", "2024-04-11", "day"),
        ("The talks were held April 11-12.", "2024-04-11", "day"),
        ("The talks were held April 11 to 12.", "2024-04-11", "day"),
        ("They signed the deal on April 11.", "2024-04-11", "day"),
        ("They signed the deal on 11 April 2024.", "2024-04-11", "day"),
        ("The exercise took place in April 2024.", "2024-04-01", "month"),
        ("The exercise took place on 2024-04-11.", "2024-04-11", "day"),
        ("The treaty was signed in 2019.", "2019-01-01", "year"),
        ("Artillery fire was heard Monday night.", "2024-04-08", "day"),
        ("Troops crossed the border early Tuesday.", "2024-04-09", "day"),
        ("The summit opened on Sept. 3.", "2023-09-03", "day"),  # no year: nearest on or before P
        ("The vote was held Dec 13.", "2023-12-13", "day"),
        ("Relations were cut last year.", "2023-01-01", "year"),
        ("The ship was seized two days ago.", "2024-04-10", "day"),
        ("A similar test came a week earlier.", "2024-04-05", "week"),
        ("They met on Thursday, April 11, 2024.", "2024-04-11", "day"),
        ("Protests spread in May.", "2023-05-01", "month"),
        ("Talks resumed in early March.", "2024-03-01", "month"),
        # a month with "last/next year": "last year" had been dropped, leaving May of this year
        ("The treaty was signed in June last year.", "2023-06-01", "month"),
        ("The two sides will meet in March next year.", "2025-03-01", "month"),
    ],
)
def test_resolve_date_phrases(text: str, iso: str, granularity: str) -> None:
    got, phrase, extra = resolve_date(text, P)
    assert got == iso, (text, phrase)
    assert phrase and phrase in text
    assert extra["date_granularity"] == granularity


def test_ranges_put_the_end_in_extra() -> None:
    for text in ("from April 11-12", "April 11 to 12", "11-12 April 2024"):
        got, _, extra = resolve_date(text, P)
        assert (got, extra.get("date_end")) == ("2024-04-11", "2024-04-12"), text
    got, _, extra = resolve_date("from April 30 to May 2, 2024", P)
    assert (got, extra["date_end"]) == ("2024-04-30", "2024-05-02")
    # years: "expelled French troops between 2022 and 2023"
    for text in ("between 2022 and 2023", "from 2022 to 2023", "between 2022-2023"):
        got, _, extra = resolve_date(text, P)
        assert (got, extra.get("date_granularity"), extra.get("date_end")) == ("2022-01-01", "year", "2023-12-31"), text


def test_future_tense_looks_forward() -> None:
    assert resolve_date("They will meet on Thursday.", P, "future")[0] == "2024-04-18"
    assert resolve_date("Talks will resume on the 20th.", P, "future")[0] == "2024-04-20"
    assert resolve_date("The summit opens on Sept. 3.", P, "future")[0] == "2024-09-03"
    assert resolve_date("They meet next Friday.", P)[0] == "2024-04-19"
    # (on the story's own weekday, "on Friday" is that day, as wire style names today; "next Friday" a week on)
    assert resolve_date("They were expected to meet later on Friday.", P, "future")[0] == "2024-04-12"
    assert resolve_date("They will meet on Friday.", P, "future")[0] == "2024-04-12"
    assert resolve_date("They will meet next Friday.", P, "future")[0] == "2024-04-19"


def test_nothing_is_invented() -> None:
    assert resolve_date("The two sides reaffirmed their alliance.", P) == (None, None, {})
    # Needs the publication date, which is unknown.
    assert resolve_date("They met on Thursday.", None)[0] is None
    assert resolve_date("The talks end today.", None)[0] is None
    # An explicit date needs no publication date.
    assert resolve_date("They met on April 11, 2024.", None)[0] == "2024-04-11"
    # Ordinals that name things are not dates.
    assert resolve_date("the 24th Integrated Defense Dialogue", P)[0] is None
    assert resolve_date("on the 70th anniversary of the alliance", P)[0] is None
    # "may" the verb and impossible days are not dates.
    assert resolve_date("Seoul may 3 times increase", P)[0] is None
    assert resolve_date("on February 30, 2023", P)[0] is None


def test_find_dates_offsets_and_order() -> None:
    text = "They met on Monday and will meet again on April 20, 2024."
    got = find_dates(text, P)
    assert [m.iso for m in got] == ["2024-04-08", "2024-04-20"]
    for m in got:
        assert text[m.start : m.end] == m.text


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=200),
    st.one_of(st.none(), st.just(P), st.text(max_size=12)),
    st.sampled_from(["past", "future", "x"]),
)
def test_resolve_date_never_raises(text: str, published: str | None, tense: str) -> None:
    iso, phrase, extra = resolve_date(text, published, tense)
    if iso is None:
        assert phrase is None
    else:
        dt.date.fromisoformat(iso)  # valid ISO date
        assert phrase is not None and phrase in text
        assert extra["date_granularity"] in ("day", "week", "month", "year")


_WORDS = st.sampled_from(
    [
        "on",
        "the",
        "11th",
        "April",
        "Sept.",
        "3",
        "2024",
        "Monday",
        "night",
        "last",
        "week",
        "month",
        "ago",
        "two",
        "days",
        "-",
        "to",
        "12",
        "in",
        "early",
        "yesterday",
        "31",
        "February",
        "29",
        "2023",
        "(local",
        "time)",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=10), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
def test_date_like_text_gives_valid_dates(words: list[str], pub: dt.date) -> None:
    text = " ".join(words)
    for m in find_dates(text, pub.isoformat()):
        d = dt.date.fromisoformat(m.iso)
        assert text[m.start : m.end] == m.text
        if m.end_iso:
            assert dt.date.fromisoformat(m.end_iso) >= d


# --------------------------------------------------------------------------
# gazetteer


def test_gazetteer_curated_and_ambiguous_places() -> None:
    dc = lookup_place("Washington, D.C.")
    assert dc is not None and dc.country == "USA"
    assert dc.lat == pytest.approx(38.9, abs=0.1) and dc.lon == pytest.approx(-77.0, abs=0.1)
    assert lookup_place("Washington").lat == pytest.approx(38.9, abs=0.1)  # not the state, not England
    assert lookup_place("Pyongyang").country == "PRK"
    assert lookup_place("the Korean Peninsula").name == "Korean Peninsula"
    assert lookup_place("Tripoli").country == "LBY"  # the bigger one by default
    assert lookup_place("Tripoli", strong=("LBN",)).country == "LBN"
    assert lookup_place("Geneva", hints=("USA",)).country == "CHE"  # a weak hint does not move Geneva
    assert lookup_place("Xqzvillebourg") is None


def test_country_as_place_gets_its_capital() -> None:
    usa = lookup_place("USA")
    assert usa.country == "USA" and usa.lat == pytest.approx(38.9, abs=0.2)
    assert lookup_place("South Korea").country == "KOR"
    assert lookup_place("Britain").country == "GBR"


# --------------------------------------------------------------------------
# the stage, on documents built by hand


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from eventwire.nlp import NlpStage

    stage = NlpStage()
    try:
        stage.nlp  # noqa: B018 - loads the model once for the module
    except Exception as e:  # pragma: no cover - the model is installed in the venv
        pytest.skip(f"spaCy model unavailable: {e}")
    return stage


def _doc(nlp, body: list[str], published: str | None = P, title: str | None = None) -> Document:  # type: ignore[no-untyped-def]
    art = Article(title=title, body=body, published=published)
    text, sections = compose_text(art)
    doc = Document(id="t", source="test", text=text, sections=sections, published=published, article=art)
    return nlp(doc)


def _event(doc: Document, sentence: int, trigger: str | None = None, **actors: Actor) -> Event:
    s = doc.sentences[sentence]
    span = None
    if trigger:
        i = doc.text.index(trigger, s.start)
        span = Span(i, i + len(trigger), trigger)
    ev = Event(f"e{len(doc.events)}", doc.id, sentence, s.text, "CONSULT", trigger=span, **actors)
    doc.events.append(ev)
    return ev


def _text_date(ev: Event) -> str | None:
    """The event's date unless it is only the report's publication day."""
    return None if ev.extra.get("date_source") == "published" else ev.date


def _actor(doc: Document, text: str, country: str) -> Actor:
    i = doc.text.index(text)
    return Actor(text, text, country, start=i, end=i + len(text))


def test_stage_meeting_in_washington(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp,
        ["The allies held their annual defense talks in Washington, D.C., USA, on the 11th (local time)."],
    )
    ev = _event(doc, 0, "held")
    ResolveStage()(doc)
    assert ev.date == "2024-04-11" and ev.date_text == "on the 11th"
    assert ev.location.name == "Washington, D.C." and ev.location.country == "USA"
    assert ev.location.lat == pytest.approx(38.9, abs=0.1) and ev.location.lon == pytest.approx(
        -77.0, abs=0.1
    )
    assert doc.text[ev.location.start : ev.location.end].startswith("Washington")
    assert ev.extra["date_source"] == "sentence" and ev.extra["location_source"] == "sentence"
    assert doc.stage_versions["resolve"].startswith("v1+")


def test_a_month_or_a_feast_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # March is also a town in England, and the tagger calls "Chuseok" a facility
    for body, trigger in (
        ("Russia in March 2024 vetoed the renewal of a U.N. panel of experts.", "vetoed"),
        ("North Korea on Monday rejected South Korea's proposal to hold family reunions around the Chuseok holiday.", "rejected"),
    ):
        doc = _doc(nlp, [body])
        ev = _event(doc, 0, trigger)
        ResolveStage()(doc)
        assert ev.location is None or ev.location.name not in ("March", "Chuseok"), body


@pytest.mark.parametrize(("city", "iso"), [("Pyongyang", "PRK"), ("Seoul", "KOR")])
def test_stage_in_city(nlp, city: str, iso: str) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [f"Russian and North Korean officials signed a defense pact in {city} on Tuesday."])
    ev = _event(doc, 0, "signed")
    ResolveStage()(doc)
    assert ev.location.name == city and ev.location.country == iso
    assert ev.date == "2024-04-09"


def test_actor_countries_are_not_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["South Korea and the United States agreed to expand joint drills."])
    ev = _event(doc, 0, "agreed", source=_actor(doc, "South Korea", "KOR"))
    ResolveStage()(doc)
    assert ev.location is None
    # no date in the text: the report's day, marked as such
    assert (ev.date, ev.date_text, ev.extra["date_source"]) == (P, None, "published")


def test_ambiguous_city_follows_the_nearby_country(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["Gunmen attacked a checkpoint in Tripoli, Lebanon, on Monday."])
    ev = _event(doc, 0, "attacked")
    doc2 = _doc(nlp, ["Clashes broke out near the Lebanese city of Tripoli."])
    ev2 = _event(doc2, 0, "broke")
    ResolveStage()(doc)
    ResolveStage()(doc2)
    assert ev.location.name == "Tripoli" and ev.location.country == "LBN"
    assert ev2.location.country == "LBN"


def test_dateline_gives_place_and_date(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp,
        [
            "SEOUL, April 12 (Yonhap) -- North Korea's foreign ministry denounced the joint drills.",
            "The statement called the exercise a rehearsal for invasion.",
        ],
        published="2024-04-13",
    )
    ev = _event(doc, 0, "denounced")
    ResolveStage()(doc)
    assert ev.location.name == "Seoul" and ev.location.country == "KOR"
    assert ev.extra["location_source"] == "dateline"
    assert ev.date == "2024-04-12" and ev.extra["date_source"] == "dateline"


@pytest.mark.parametrize(
    ("opening", "name", "iso"),
    [
        ("WASHINGTON (AP) — ", "Washington, D.C.", "USA"),
        ("KYIV, Ukraine (Reuters) - ", "Kyiv", "UKR"),
        ("Tokyo, April 10 (Kyodo) -- ", "Tokyo", "JPN"),
        ("PORTLAND, Maine (AP) — ", "Portland", "USA"),
        # the agency's own styles: no dash after it, or a full stop before the dash
        ("Tokyo, April 10 (Kyodo) ", "Tokyo", "JPN"),
        ("CARACAS, April 10 (EFE).- ", "Caracas", "VEN"),
    ],
)
def test_dateline_shapes(nlp, opening: str, name: str, iso: str) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [opening + "The ministry said it would respond firmly."])
    ev = _event(doc, 0, "said")
    ResolveStage()(doc)
    assert (ev.location.name, ev.location.country) == (name, iso)
    assert _text_date(ev) == ("2024-04-10" if "April" in opening else None)
    if "Maine" in opening:
        assert ev.location.lon == pytest.approx(-70.3, abs=0.2)  # not Portland, Oregon


def test_sea_after_into(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp, ["North Korea fired two ballistic missiles into the East Sea on Monday, the military said."]
    )
    ev = _event(doc, 0, "fired", source=_actor(doc, "North Korea", "PRK"))
    ResolveStage()(doc)
    assert ev.location.name == "East Sea" and ev.location.lat is not None
    assert ev.date == "2024-04-08"


def test_dateline_with_year_stands_in_for_the_publication_date(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp, ["SEOUL, April 12, 2024 (Yonhap) -- North Korea fired a missile on Thursday."], published=None
    )
    ev = _event(doc, 0, "fired")
    ResolveStage()(doc)
    assert ev.date == "2024-04-11" and ev.extra["date_source"] == "sentence"


def test_continuation_takes_the_earlier_date_and_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp,
        [
            "The foreign ministers of Japan and Australia met in Canberra on Wednesday.",
            "At the meeting, the two sides agreed to share radar data.",
            "Separately, Japan protested a Chinese survey ship.",
        ],
    )
    _event(doc, 0, "met")
    ev = _event(doc, 1, "agreed")
    other = _event(doc, 2, "protested")
    ResolveStage()(doc)
    assert ev.date == "2024-04-10" and ev.extra["date_source"] == "context"
    assert ev.location.name == "Canberra" and ev.location.country == "AUS"
    assert _text_date(other) is None and other.location is None
    # (a hyphenated word may stand before the meeting: "during the two-hour meeting")
    doc = _doc(nlp, ["Cho held talks with Wang Yi in Beijing on Wednesday.", "During the two-hour meeting, Cho asked Beijing to play a constructive role."])
    _event(doc, 0, "held")
    ev = _event(doc, 1, "asked")
    ResolveStage()(doc)
    assert ev.date == "2024-04-10" and ev.extra["date_source"] == "context"


def test_continuation_borrows_no_date_of_a_clause_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # the earlier year dates a plan described by a participle, or is a point of
    # reference; the later sentence about "the summit" is not dated by it
    for first in (
        "A state-run foundation has been paying compensation under a plan unveiled by the previous government in 2023.",
        "The submarine is the first to visit South Korea since the USS Kentucky in 2023.",
    ):
        doc = _doc(nlp, [first, "The main opposition party criticized the summit as empty diplomacy."])
        ev = _event(doc, 1, "criticized")
        ResolveStage()(doc)
        assert ev.extra["date_source"] != "context" and not ev.date.startswith("2023"), first


def test_a_date_hung_on_the_objects_participle_dates_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    for body, trigger, day in (
        # ... and a when-clause of the verb dates it ("when they met on ...")
        ("The two sides reached a final agreement when they met in Gyeongju on April 9.", "reached", "2024-04-09"),
        ("North Korea launched a rocket carrying a satellite on Monday.", "launched", "2024-04-08"),
        ("Seoul fully suspended a 2018 military pact aimed at reducing border tensions on April 4.", "suspended", "2024-04-04"),
    ):
        doc = _doc(nlp, [body])
        ev = _event(doc, 0, trigger)
        ResolveStage()(doc)
        assert ev.date == day and ev.extra["date_source"] == "sentence", body


def test_a_clause_of_its_own_joined_to_a_dated_one_keeps_no_date_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser joins "that Washington would impose" to "reached in January"
    doc = _doc(nlp, ["Rubio said the suspension violated an agreement the two sides reached in January and that Washington would impose visa sanctions."])
    ev = _event(doc, 0, "impose")
    ResolveStage()(doc)
    assert ev.date_text is None or "January" not in ev.date_text


def test_a_day_after_persona_non_grata_dates_the_declaring(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "persona" as the verb of a clause of its own
    doc = _doc(nlp, ["Algeria's foreign ministry declared 12 French embassy employees persona non grata on Sunday and gave them 48 hours to leave."])
    ev = _event(doc, 0, "declared")
    ResolveStage()(doc)
    assert ev.date == "2024-04-07"


def test_a_result_hung_on_the_report_is_dated_as_the_act_it_comes_of(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Burundi accused Rwanda on Tuesday of arming rebels who attacked an army post last week, killing nine soldiers."
    doc = _doc(nlp, [body])
    killing, accused = _event(doc, 0, "killing"), _event(doc, 0, "accused")
    ResolveStage()(doc)
    assert accused.date == "2024-04-09" and killing.date_text == "last week" and killing.date < "2024-04-08"


def test_next_day_counts_from_the_continued_event(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp,
        ["Chinese warships entered the strait on Monday.", "The next day, Taiwan scrambled fighter jets."],
    )
    ev = _event(doc, 1, "scrambled")
    ResolveStage()(doc)
    assert ev.date == "2024-04-09" and ev.date_text == "The next day"
    doc = _doc(nlp, ["Talks collapsed on March 1.", "Two weeks later, the envoys met again in Geneva."])
    ev = _event(doc, 1, "met")
    ResolveStage()(doc)
    assert ev.date == "2024-03-15" and ev.location.country == "CHE"
    # Without an earlier date there is nothing to count from.
    assert resolve_date("Two weeks later, the envoys met again.", P)[0] is None
    assert resolve_date("It came five years after crowds stormed the embassy.", P)[0] is None
    assert resolve_date("The next day, Taiwan scrambled fighter jets.", P)[0] is None
    # "hours later", "later that day": the same day as the act continued
    doc = _doc(nlp, ["On Tuesday, India ordered a Pakistani diplomat to leave.", "Islamabad retaliated hours later by expelling an Indian official."])
    ev = _event(doc, 1, "expelling")
    ResolveStage()(doc)
    assert ev.date == "2024-04-09" and ev.date_text == "hours later"


def test_future_sentence_and_unknown_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["The two leaders will meet in Tokyo on Thursday."])
    ev = _event(doc, 0, "meet")
    ResolveStage()(doc)
    assert ev.date == "2024-04-18" and ev.location.country == "JPN"
    doc = _doc(nlp, ["The leaders will hold their next summit in Hanoi on Feb. 27."])
    ev = _event(doc, 0, "hold")
    ResolveStage()(doc)
    assert ev.date == "2025-02-27" and ev.location.country == "VNM"
    doc = _doc(nlp, ["The two leaders met in Tokyo on Thursday."], published=None)
    ev = _event(doc, 0, "met")
    ResolveStage()(doc)
    assert _text_date(ev) is None and ev.location.name == "Tokyo"


def test_a_promise_is_dated_when_it_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    # "said on Wednesday that he was ready to talk": the Wednesday before
    # publication, though the talks lie ahead; "will meet on Wednesday" looks ahead
    assert _future_date(nlp, "The prime minister said on Wednesday that he was ready to hold talks.", "hold") == "2024-04-10"
    assert _future_date(nlp, "The prime ministers will hold talks on Wednesday.", "hold") == "2024-04-17"


def _future_date(nlp, sentence: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    """The date of a promised (future) event on ``trigger`` in ``sentence``."""
    doc = _doc(nlp, [sentence])
    ev = _event(doc, 0, trigger)
    ev.polarity = "future"
    ResolveStage()(doc)
    return ev.date


def test_stage_leaves_odd_events_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["Nothing happened."])
    ev = Event("x", doc.id, 99, "", "CONSULT")
    doc.events.append(ev)
    ResolveStage()(doc)
    assert doc.ok and _text_date(ev) is None and ev.location is None
    # Without a parse (doc.spacy unset) the gazetteer still finds places.
    doc = _doc(nlp, ["Talks were held in Seoul on April 11."])
    doc.spacy = None
    ev = _event(doc, 0, "held")
    ResolveStage()(doc)
    assert ev.location.name == "Seoul" and ev.date == "2024-04-11"


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=-5, max_value=400),
    st.integers(min_value=-5, max_value=400),
    st.sampled_from([P, None, "garbage", "2024-13-45", "2024-02-29T10:00:00Z"]),
)
def test_stage_never_fails_on_odd_events(nlp, trig_start: int, trig_len: int, published: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp,
        [
            "PYONGYANG, (KCNA) -- On the 31st, in Seoul, D.C., the 2nd of the month,",
            "They met there, on 31 February.",
        ],
        published=published,
    )
    for i in range(len(doc.sentences)):
        span = Span(trig_start, trig_start + trig_len, "x")
        doc.events.append(Event(f"e{i}", doc.id, i, "", "CONSULT", trigger=span))
    ResolveStage()(doc)
    assert doc.ok
    for ev in doc.events:
        if ev.date is not None:
            dt.date.fromisoformat(ev.date)


# --------------------------------------------------------------------------
# the seed article and the dev gold (read from ../shared, never copied)


@pytest.mark.skipif(not (SHARED / "seed" / "article.txt").exists(), reason="shared seed article absent")
def test_seed_dialogue_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    lines = [ln.strip() for ln in (SHARED / "seed" / "article.txt").read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    doc = _doc(nlp, lines[1:], title=lines[0])
    idx = next(
        s.index for s in doc.sentences if "Integrated Defense Dialogue" in s.text and "Washington" in s.text
    )
    ev = _event(doc, idx, "held")
    ResolveStage()(doc)
    assert ev.date == "2024-04-11"
    assert ev.location.name == "Washington, D.C." and ev.location.country == "USA"
    assert ev.location.lat == pytest.approx(38.9, abs=0.1)


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


@pytest.mark.skipif(not (SHARED / "eval" / "dev" / "events.jsonl").exists(), reason="shared dev data absent")
def test_dev_place_accuracy_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    """Gold locations that are proper names (PLOVER GSR, WikiEvents): the
    resolved place must name the gold place often, and rarely anything else."""
    n = hit = pred = 0
    for line in (SHARED / "eval" / "dev" / "events.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        gold = rec.get("location")
        parts = [_fold(p.strip()) for p in (gold or "").split(";") if p.strip()[:1].isupper()]
        if not parts:
            continue
        doc = _doc(nlp, [rec["text"]])
        meta = rec.get("meta") or {}
        word = (meta.get("eventText") or "").split()[:1]
        trig = None
        sent = 0
        if word and word[0] in doc.text:
            i = doc.text.index(word[0])
            trig = Span(i, i + len(word[0]), word[0])
            sent = next((s.index for s in doc.sentences if s.start <= i < s.end), 0)
        ev = Event("e", doc.id, sent, "", "CONSULT", trigger=trig)
        doc.events.append(ev)
        ResolveStage()(doc)
        n += 1
        if ev.location is None:
            continue
        pred += 1
        said = {_fold(ev.location.name)}
        if ev.location.start is not None:
            said.add(_fold(doc.text[ev.location.start : ev.location.end]))
        hit += any(p in s or s in p for p in parts for s in said)
    assert n >= 20
    print(
        f"dev place: gold={n} predicted={pred} correct={hit} accuracy={hit / n:.2f} precision={hit / pred:.2f}"
    )
    assert hit / n >= 0.5 and hit / pred >= 0.75


def test_a_year_that_names_a_thing_is_no_date() -> None:
    import datetime as dt

    from eventwire.resolve.dates import find_dates

    p = dt.date(2024, 6, 3)
    assert [m.iso for m in find_dates("Seoul suspended part of 2018 military pact.", p)] == []
    assert [m.iso for m in find_dates("The pact was signed in 2018 and renewed later.", p)] == ["2018-01-01"]
    assert [m.iso for m in find_dates("It was the worst flood of 2018, officials said.", p)] == ["2018-01-01"]


def test_the_north_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["North Korea tested a missile on Monday.", "The South's marines fired back at the North."])
    ev = _event(doc, 1, "fired")
    ResolveStage()(doc)
    assert ev.location is None or ev.location.country != "USA"


def test_capitals_named_as_parties_of_talk_are_no_places(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.actors import ActorStage

    doc = ActorStage()(_doc(nlp, ["Seoul urged Pyongyang and Moscow to halt their military cooperation."]))
    ev = _event(doc, 0, "urged")
    ev.event_type = "REQUEST"
    ResolveStage()(doc)
    assert ev.location is None


def test_the_parties_of_a_relation_between_two_capitals_are_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.actors import ActorStage

    doc = ActorStage()(_doc(nlp, ["Seoul summoned the Russian ambassador to protest the military cooperation between Moscow and Pyongyang."]))
    ev = _event(doc, 0, "summoned")
    ev.event_type = "ACCUSE"
    ResolveStage()(doc)
    assert ev.location is None


def test_disputed_shoals_are_placed_at_sea(nlp) -> None:  # type: ignore[no-untyped-def]
    # not Scarborough in England
    doc = _doc(nlp, ["Chinese coast guard ships blocked a supply mission near Scarborough Shoal on Wednesday."])
    ev = _event(doc, 0, "blocked")
    ResolveStage()(doc)
    assert ev.location is not None and ev.location.name == "Scarborough Shoal" and ev.location.country is None
    assert ev.location.lat is not None and 14 < ev.location.lat < 16


def test_dateline_after_a_headline_and_in_later_paragraphs(nlp) -> None:  # type: ignore[no-untyped-def]
    # the dateline opens the first body paragraph, not the text (which starts with the headline)
    doc = _doc(nlp, ["SEOUL, April 12 (Yonhap) -- North Korea's foreign ministry denounced the joint drills."], published="2024-04-13", title="N. Korea denounces drills")
    ev = _event(doc, 1, "denounced")
    ResolveStage()(doc)
    assert ev.location.name == "Seoul" and ev.date == "2024-04-12"
    # the parser keeps "BEIRUT (AP) --" in the sentence it opens
    doc = _doc(nlp, ["BEIRUT (AP) -- Israeli warplanes struck depots in southern Beirut on Tuesday."], title="Strikes on Beirut")
    assert doc.sentences[1].text.startswith("BEIRUT (AP) -- Israeli") and len(doc.sentences) == 2
    # "UNITED NATIONS (AP) —" is filed from New York
    from eventwire.resolve.places import find_dateline, paragraph_datelines

    doc = _doc(nlp, ["UNITED NATIONS (AP) — The council met on Monday.", "PRISTINA, Kosovo (AP) -- Kosovo accused Serbia."], title="Council meets")
    dl = find_dateline(doc)
    assert dl is not None and dl.location.country == "USA"
    assert [d.location.country for _, d in paragraph_datelines(doc)] == ["USA", "XKX"]


def test_dates_of_other_clauses_and_reference_points_do_not_date_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    cases = [
        # a point of reference
        ('The minister said the army would "not allow a return to the situation before October 7."', "allow", None),
        ("North Korea has sent about 3,000 more troops to Russia since January.", "sent", None),
        # a clause of its own
        ("Two soldiers captured by Ukrainian forces in January have asked to go to Seoul.", "asked", None),
        ("The ministers held talks on Thursday, the first since the new government took office last month.", "held", "2024-04-11"),
        # the month of talks agreed on is not the month of the agreement
        ("South Korea and the United States agreed to hold the dialogue in May.", "agreed to hold", None),
        # ... but the day a statement was carried is the day of what it says
        ("Kim Yo-jong warned in a statement carried by state media on Thursday that the North would respond.", "warned", "2024-04-11"),
        ("Mali's army accused Mauritania in a statement read on state television on Wednesday evening.", "accused", "2024-04-10"),
        # (a year before a participle's clause is still a date: not "the 2018 military pact")
        ("Beijing and Pyongyang signed an agreement in 1986 obliging each other to return people.", "signed", "1986-01-01"),
    ]
    for text, trig, want in cases:
        doc = _doc(nlp, [text])
        ev = _event(doc, 0, trig)
        ResolveStage()(doc)
        assert _text_date(ev) == want, (text, ev.date)


def test_an_undated_event_takes_the_reports_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # "WASHINGTON (AP) --" dates nothing; the event had been left without a date
    doc = _doc(nlp, ["WASHINGTON (AP) — The Justice Department charged two North Korean nationals."])
    ev = _event(doc, 0, "charged")
    ResolveStage()(doc)
    assert (ev.date, ev.date_text, ev.extra["date_source"]) == (P, None, "published")
    # no publication date either: nothing to fall back on
    doc = _doc(nlp, ["The Justice Department charged two North Korean nationals."], published=None)
    ev = _event(doc, 0, "charged")
    ResolveStage()(doc)
    assert ev.date is None


def test_the_date_of_the_triggers_own_clause_and_what_lies_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    # "said on Thursday that the truce would take effect on Sunday": Sunday, ahead
    doc = _doc(nlp, ["Qatar's prime minister said on Thursday that the truce would take effect on Sunday."])
    truce = _event(doc, 0, "truce")
    truce.polarity = "hypothetical"
    said = _event(doc, 0, "said")
    ResolveStage()(doc)
    assert truce.date == "2024-04-14" and said.date == "2024-04-11"


def test_a_date_on_the_verb_of_saying_dates_the_saying_whatever_is_promised(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ['"We will defend our freedom," Lai told marines at a base in Taoyuan on Thursday.'])
    ev = _event(doc, 0, "defend")
    ev.polarity = "future"
    ResolveStage()(doc)
    assert ev.date == "2024-04-11"  # not the Thursday after


def _resolved(nlp, body: list[str], sentence: int, trigger: str, event_type: str = "CONSULT") -> Event:  # type: ignore[no-untyped-def]
    """The event of type ``event_type`` on ``trigger`` of sentence ``sentence`` after the resolve stage."""
    doc = _doc(nlp, body)
    ev = _event(doc, sentence, trigger)
    ev.event_type = event_type
    ResolveStage()(doc)
    return ev


def test_a_they_inside_a_sentence_does_not_carry_the_last_date_over(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _resolved(nlp, ["A previous truce in November 2023 saw 105 hostages freed.",
                         "Qatar and Egypt said they would host talks on the second stage."], 1, "host talks")
    assert _text_date(ev) is None
    # an opening "They" continues the event before it
    ev = _resolved(nlp, ["The ministers met in Tokyo on Thursday.", "They also agreed to hold talks."], 1, "agreed")
    assert ev.date == "2024-04-11"


def test_a_sentence_about_now_continues_no_dated_event(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _resolved(nlp, ["Korea was liberated from Japanese rule in 1945.",
                         "The two countries have recently improved ties and agreed to hold talks."], 1, "agreed")
    assert _text_date(ev) is None


def test_an_event_told_n_days_after_is_that_far_from_the_main_clause_day(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["North Korea on Thursday denounced the port call, a day after the allies held deterrence talks in Washington."])
    talks = _event(doc, 0, "held")
    denounced = _event(doc, 0, "denounced")
    ResolveStage()(doc)
    assert (denounced.date, talks.date) == ("2024-04-11", "2024-04-10")
    # with no day in the sentence, the day it continues (or the report's) is the main clause's
    ev = _resolved(nlp, ["North Korea fired a cruise missile on Tuesday.", "The launch came two days after the allies held drills."], 1, "held")
    assert (ev.date, ev.date_text) == ("2024-04-07", "on Tuesday … two days after")
    ev = _resolved(nlp, ["The talks came a day after North Korea fired a missile."], 0, "fired")
    assert (ev.date, ev.date_text) == ("2024-04-11", "a day after")
    assert _resolved(nlp, ["The talks came a day after North Korea fired a missile."], 0, "talks").date == "2024-04-12"


def test_a_day_that_dates_another_act_s_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["The UN Command launched an investigation into Sunday's incident at the border.", "Sunday's attack killed two soldiers."])
    probe = _event(doc, 0, "launched")
    attack = _event(doc, 1, "attack")
    ResolveStage()(doc)
    assert _text_date(probe) is None  # the report's day, not the incident's
    assert attack.date == "2024-04-07"


def test_a_figure_s_baseline_year_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["The allies will hold 40 joint drills this summer, up from 38 last year."])
    ev = _event(doc, 0, "hold")
    ResolveStage()(doc)
    assert ev.date is None or not ev.date.startswith("2023")


def test_a_day_inside_a_noun_phrase_or_a_reference_dates_only_that(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the April 2 attack": the attack's day, not the blame's
    ev = _resolved(nlp, ["New Delhi blamed Pakistan-based militants for the April 2 attack in Pahalgam."], 0, "blamed")
    assert _text_date(ev) is None
    # "since Israeli strikes ... in March": the strikes' month
    ev = _resolved(nlp, ["Iran has restricted cooperation with the IAEA since Israeli strikes on its nuclear sites in March."], 0, "restricted")
    assert _text_date(ev) is None
    # a possessive day owns its phrase ("Sunday's vote"), not a clause after it ...
    ev = _resolved(nlp, ["The court did not order Caracas to call off Sunday's vote, as Guyana had requested."], 0, "requested")
    assert _text_date(ev) is None
    # ... but what the owned act did is of that day
    ev = _resolved(nlp, ["Sunday's missile attack on the base killed two soldiers."], 0, "killed")
    assert ev.date == "2024-04-07"


def test_an_agreement_made_when_the_sides_met_is_of_the_meeting_s_day(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _resolved(nlp, ["Russia and Ukraine agreed to swap 1,000 prisoners each when their delegations met in Istanbul on April 8."], 0, "agreed")
    assert ev.date == "2024-04-08"


def test_a_noun_s_day_dates_what_its_own_clause_tells(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _resolved(nlp, ["New Delhi blamed militants for the April 2 attack in Pahalgam in which 26 people were killed."], 0, "killed")
    assert ev.date == "2024-04-02"


@pytest.mark.parametrize(
    ("body", "sentence", "trigger", "iso"),
    [
        # a when-clause on a point of reference dates its own act
        (["Tensions have run high since September 2023, when about 30 Serb gunmen attacked Kosovo police in Banjska."], 0, "attacked", "2023-09-01"),
        # a year before "along with"
        (["The Treasury Department sanctioned Andariel in 2019 along with two other groups."], 0, "sanctioned", "2019-01-01"),
        # the day a past act was acknowledged is not its day
        (["Moscow and Pyongyang acknowledged in April that North Korean soldiers had fought in Kursk."], 0, "fought", P),
        # a present perfect in a clause of its own is no act of the main clause's year
        (["An arbitral tribunal ruled in 2016 that China's claims had no legal basis, a decision Beijing has refused to recognize."], 0, "refused", P),
        # calling on both sides (a request: REQUEST) continues no dated sentence
        (["Serbian President Aleksandar Vucic put the army on combat readiness Tuesday.", "EU foreign policy chief Kaja Kallas called on both sides to exercise restraint."],
         1, "called", P),
    ],
)
def test_dates_of_when_clauses_disclosures_and_addressed_sides(nlp, body: list[str], sentence: int, trigger: str, iso: str) -> None:  # type: ignore[no-untyped-def]
    assert _resolved(nlp, body, sentence, trigger, "REQUEST").date == iso


def test_a_day_right_after_said_dates_the_saying_not_a_future_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # P is a Friday: "said on Tuesday it would deploy" is the Tuesday before, not after
    doc = _doc(nlp, ["The Pentagon said on Tuesday it would deploy two more destroyers to the region."])
    ev = _event(doc, 0, "deploy")
    ev.polarity = "future"
    ResolveStage()(doc)
    assert ev.date == "2024-04-09"


def test_a_day_on_another_past_act_of_the_sentence_dates_a_promise_in_the_past(nlp) -> None:  # type: ignore[no-untyped-def]
    # P is a Friday: "denounced the drill on Tuesday and said it would ..." is the Tuesday before
    denounced = "North Korea's foreign ministry denounced the drill on Tuesday and said it would take resolute countermeasures."
    assert _future_date(nlp, denounced, "take") == "2024-04-09"
    # (a day on the promised act itself is ahead)
    assert _future_date(nlp, "China said it would hold talks with Japan on Tuesday.", "hold") == "2024-04-16"


def test_an_occasion_judged_mid_sentence_continues_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "welcomed the meeting" is a new act on its own day; "At the meeting" goes on with it
    ev = _resolved(nlp, ["The ministers met in Baku on Saturday.", "The United States welcomed the meeting."], 1, "welcomed", "SUPPORT")
    assert _text_date(ev) is None
    ev = _resolved(nlp, ["The ministers met in Baku on Saturday.", "At the meeting, they agreed to hold more talks."], 1, "agreed")
    assert ev.date == "2024-04-06"


def test_an_order_to_leave_on_a_day_is_dated_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _resolved(nlp, ["Moldova ordered three Russian diplomats to leave the country on Wednesday."], 0, "ordered")
    assert ev.date == "2024-04-10"
    ev = _resolved(nlp, ["The two sides agreed to hold talks in May."], 0, "agreed")
    assert not (ev.date or "").startswith("2024-05")


def test_a_planned_act_s_date_is_not_the_agreement_s(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the "to" of a hyphenated verb hangs on its first part: "to co-host")
    ev = _resolved(nlp, ["Officials held talks in Tokyo on Monday.", "They also agreed to co-host a symposium at the UN in September."], 1, "agreed to co-host")
    assert not (ev.date or "").endswith("-09-01") and ev.date == "2024-04-08"
    # "later" in a plan's date asks for no anchor, and an anchor is a day an earlier act happened
    ev = _resolved(nlp, ["Officials held talks in Tokyo on Monday.", "They also agreed to hold a joint exercise later this year."], 1, "agreed to hold")
    assert ev.date == "2024-04-08"
    ev = _resolved(nlp, ["Officials held talks in Tokyo on Monday.", "They agreed to hold an exercise later this year.", "Two days later, North Korea fired a missile."], 2, "fired")
    assert ev.date == "2024-04-10"


def test_both_sides_a_speaker_hopes_something_of_continue_no_earlier_date(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = _resolved(nlp, ["Earlier this year North Korea blew up roads linking the two Koreas.", "China said it hoped both sides would exercise restraint."], 1, "hoped")
    assert _text_date(ev) is None


def test_the_two_sides_a_state_backs_continue_no_earlier_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["Kim Yo Jong said last month that Pyongyang had no interest in talks.", "China said Beijing supported the two sides improving relations."])
    ev = _event(doc, 1, "supported")
    ResolveStage()(doc)
    assert _text_date(ev) is None


@pytest.mark.parametrize(
    ("body", "trigger", "iso"),
    [
        (["Cyprus and Turkey clashed over the road in August 2023.", "The two sides reached a UN-brokered deal that October."], "reached", "2023-10-01"),
        (["Relations have been tense since the war began in October 2023. Jordan recalled its ambassador from Israel in November of that year."], "recalled", "2023-11-01"),
        (["Israel struck Iran in June 2024.", "Later that year Iran fired missiles at Israel."], "fired", "2024-01-01"),
        # the year after the one told earlier in the same sentence
        (["Iraq invaded Kuwait in 1990 and was driven out by a U.S.-led coalition the following year."], "driven", "1991-01-01"),
        (["The two countries fought a border war in 1962.", "India expelled Chinese diplomats the following year."], "expelled", "1963-01-01"),
        (["Russia seized the port in March 2014, and Ukraine cut ties that October."], "cut", "2014-10-01"),
        # a day "of that year"
        (["The conflict escalated into full-scale war in September 2024, and Israeli troops invaded southern Lebanon on Oct. 1 of that year."], "invaded", "2024-10-01"),
        # the month after the one told before
        (["In May, Warsaw closed the Russian consulate in Krakow.", "Russia retaliated the following month by ordering Poland's consulate to close."], "retaliated", "2023-06-01"),
        # "then": the next step of the act the sentence before dated
        (["In December 2022, five North Korean drones flew into the South.", "The military then fired about 100 rounds."], "fired", "2022-12-01"),
        # "the following day" after a weekday of the same sentence
        (["Swedish diplomats arrived in Pyongyang on Tuesday and met officials of the foreign ministry the following day."], "met", "2024-04-10"),
        # "the two vice ministers" continue the talks told before
        (["South Korea and Japan held a security dialogue in Seoul on May 7, 2024.", "The two vice ministers also agreed to hold the dialogue every year."], "agreed", "2024-05-07"),
    ],
)
def test_that_month_that_year_the_following_year_and_then_continue_the_date_told_before(nlp, body: list[str], trigger: str, iso: str) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, body)
    ev = _event(doc, len(doc.sentences) - 1, trigger)
    ResolveStage()(doc)
    assert ev.date == iso


def test_since_then_and_a_then_president_continue_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    for second, trigger in (("Seoul has since then expelled two diplomats.", "expelled"), ("Then-president Moon met Kim on Friday.", "met")):
        doc = _doc(nlp, ["In December 2022, five North Korean drones flew into the South.", second])
        ev = _event(doc, 1, trigger)
        ResolveStage()(doc)
        assert not (ev.date or "").startswith("2022")


def test_a_told_clause_dates_its_sentence_for_the_next_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # with the attribution after it, the talks' Thursday was taken for a clause of its own
    doc = _doc(nlp, ["Lavrov held talks with Fidan in Moscow on Thursday, the ministry said.", "The two ministers also agreed to hold the next meeting in Ankara."])
    _event(doc, 0, "held")
    ev = _event(doc, 1, "agreed")
    ResolveStage()(doc)
    assert ev.date == "2024-04-11" and ev.extra["date_source"] == "context"


def test_may_after_a_name_is_no_date() -> None:
    assert [m.text for m in find_dates("the supply boat, the Unaizah May 4, was carrying food", "2026-11-23")] == []
    assert [m.text for m in find_dates("On May 4 they met. They met again on Sunday May 11.", "2026-11-23")] == ["On May 4", "on Sunday May 11"]


def test_the_following_day_counts_from_the_day_told_last(nlp) -> None:  # type: ignore[no-untyped-def]
    # it had counted from "Earlier this month", which opens the sentence before
    ev = _resolved(
        nlp,
        ["Earlier this month, Chinese carrier groups held drills, and Japan said Chinese jets approached its aircraft on April 3.", "Japan lodged a protest with China the following day."],
        1,
        "lodged a protest",
    )
    assert ev.date == "2024-04-04"


def test_the_following_year_counts_from_a_year_told_before_it_in_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # it had counted from the day of the sentence before: 2025
    ev = _resolved(
        nlp,
        ["Seoul's minister met the families on Monday.", "Kim was arrested in the North in October 2013 and was sentenced to hard labor the following year."],
        1,
        "sentenced",
    )
    assert ev.date == "2014-01-01"


def test_a_crossing_named_after_a_place_is_no_clause_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # the tagger made "crossing" a verb, so Monday dated it and not the release
    ev = _resolved(nlp, ["Israel released 12 Palestinian detainees at the Kissufim crossing on Monday."], 0, "released")
    assert ev.date == "2024-04-08"


def test_a_quote_closed_by_the_speaker_just_dated_is_of_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ["Senior Colonel Tian Junli said on Wednesday that Chinese forces drove away the U.S. vessel.", '"The actions of the U.S. side seriously violated China\'s sovereignty," Tian said.']
    assert _resolved(nlp, body, 1, "violated").date == "2024-04-10"
    # (another speaker's quote is not)
    body[1] = body[1].replace("Tian said", "Lin said")
    assert _resolved(nlp, body, 1, "violated").date != "2024-04-10"


@pytest.mark.parametrize(
    ("body", "trigger", "iso"),
    [
        # the paragraph after goes on with the act told
        (["On Tuesday evening, about 3,000 people rallied outside the embassy.", "Police mobilized about 4,000 officers around the building."], "mobilized", "2024-04-09"),
        # in the passive, through an undated sentence; of two days, the last told
        (["The minister arrived on Monday and held talks with his counterpart on Wednesday. He toured a port.", "Three protesters were detained near the venue."], "detained", "2024-04-10"),
        # a verb of saying dated after the clause it tells dates the telling, not the act
        (["A North Korean soldier defected to the South on Tuesday.", "He crossed the border at around 6:20 a.m., the JCS said Thursday."], "crossed", "2024-04-09"),
        (["A North Korean soldier defected to the South on Tuesday. He crossed the border at around 6:20 a.m., the JCS said Thursday. The military then fired warning shots."], "fired", "2024-04-09"),
    ],
)
def test_an_undated_act_in_the_simple_past_goes_on_with_the_day_told_before(nlp, body: list[str], trigger: str, iso: str) -> None:  # type: ignore[no-untyped-def]
    # they had the report's day (or the day of the telling)
    ev = _resolved(nlp, body, len(_doc(nlp, body).sentences) - 1, trigger)
    assert ev.date == iso and ev.extra["date_source"] == "context"


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        (["On Tuesday evening, about 3,000 people rallied outside the embassy.", "Police have mobilized about 4,000 officers."], "mobilized"),
        (["On Tuesday evening, about 3,000 people rallied outside the embassy.", "Police had banned the rally."], "banned"),
        (["On Tuesday evening, about 3,000 people rallied outside the embassy.", '"The police attacked us," one protester said.'], "attacked"),
        # a day long gone is background, not the story's day
        (["Protesters rallied outside the embassy in March 2019.", "Police detained three of them."], "detained"),
        # two paragraphs back is too far
        (["On Tuesday evening, about 3,000 people rallied outside the embassy.", "The embassy is in central Seoul.", "Police detained three of them."], "detained"),
    ],
)
def test_no_day_goes_on_into_a_perfect_a_quote_or_from_far_back(nlp, body: list[str], trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = _resolved(nlp, body, len(_doc(nlp, body).sentences) - 1, trigger)
    assert ev.extra["date_source"] != "context"


def test_what_is_said_goes_on_with_the_day_only_within_its_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    same = ["Kim received the Chinese delegation on Wednesday. He denounced the United States."]
    doc = _doc(nlp, same)
    ev = _event(doc, 1, "denounced")
    ev.event_type = "ACCUSE"
    ResolveStage()(doc)
    assert ev.date == "2024-04-10"
    apart = ["North Korean soldiers crossed the line on Wednesday.", "The ruling party welcomed the proposal."]
    doc = _doc(nlp, apart)
    ev = _event(doc, 1, "welcomed")
    ev.event_type = "SUPPORT"
    ResolveStage()(doc)
    assert ev.extra["date_source"] == "published"


def test_a_day_ending_a_phrase_opened_by_since_dates_nothing_else(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hung "in July" on "talks": the talks, and what continued them, were dated July
    body = [
        "Foreign Minister Cho Hyun met Secretary of State Marco Rubio on Wednesday.",
        "The two held talks at the State Department in their first meeting since the gatherings in Manila in July.",
        "During the meeting, Rubio reaffirmed the U.S. commitment to the defense of South Korea.",
    ]
    doc = _doc(nlp, body)
    talks, during = _event(doc, 1, "talks"), _event(doc, 2, "reaffirmed")
    ResolveStage()(doc)
    assert not talks.date.startswith("2024-07") and during.date == "2024-04-10"


def test_a_day_of_last_year_is_of_last_year() -> None:
    # "on June 13" had been this year's June and "last year" a date of its own
    got = [(m.text, m.iso) for m in find_dates("Israel struck Iran on June 13 last year and again on 22 June last year.", "2026-11-25")]
    assert got == [("on June 13 last year", "2025-06-13"), ("on 22 June last year", "2025-06-22")]
    assert [m.iso for m in find_dates("The talks resume on May 5 next year.", "2026-11-25")] == ["2027-05-05"]


def test_a_day_told_inside_what_it_called_dates_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hung "on Nov. 6" on "called": the launch had the report's day
    ev = _resolved(nlp, ["North Korea fired what it called a new solid-fuel ICBM on April 6."], 0, "fired", "MOBILIZE")
    assert ev.date == "2024-04-06"


def test_what_is_said_at_a_reception_told_just_before_has_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hung "on April 10" on "headed", so the day dated no sentence to go on with;
    # and a present tense told by "said" is told on the day of the saying
    body = ["Kim Jong Un received the Chinese delegation headed by Ding Xuexiang on April 10. He denounced the United States. Ding said that China firmly supports the DPRK."]
    doc = _doc(nlp, body)
    denounced, supports = _event(doc, 1, "denounced"), _event(doc, 2, "supports")
    denounced.event_type = supports.event_type = "ACCUSE"
    ResolveStage()(doc)
    assert (denounced.date, supports.date) == ("2024-04-10", "2024-04-10")
    # (what one says will be done is still to come: no day of the reception)
    doc = _doc(nlp, ["Kim Jong Un received the Chinese delegation headed by Ding Xuexiang on April 10. Ding said that China will support the DPRK."])
    will = _event(doc, 1, "support")
    will.event_type = "SUPPORT"
    ResolveStage()(doc)
    assert will.extra["date_source"] != "context"


def test_a_month_that_year_takes_the_year_told_earlier_in_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "in September" had been this year's and "that year" the report's
    body = ["Iran suspended cooperation with the IAEA in July last year, and the E3 triggered the reimposition of UN sanctions in September that year."]
    assert _resolved(nlp, body, 0, "triggered", "SANCTION").date == "2023-09-01"
    assert [m.iso for m in find_dates("the sanctions came back in September that year", P, "past", "2023-07-01")] == ["2023-09-01"]


def test_later_that_month_is_the_month_told_before() -> None:
    assert [(m.text, m.iso) for m in find_dates("China suspended seafood imports later that month.", P, "past", "2023-11-14")] == [("later that month", "2023-11-01")]
    assert find_dates("China suspended seafood imports later that month.", P) == []


def test_an_act_told_in_the_past_never_goes_on_with_a_date_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    # "At the meeting" continues the talks of Wednesday, not the plan of next month
    body = [
        "Foreign Minister Cho Hyun and Secretary of State Marco Rubio held talks in Washington on Wednesday.",
        "The first meeting of the group will be held in Seoul next month, the ministry said.",
        "At the meeting, the two ministers also condemned North Korea's recent missile launches.",
    ]
    doc = _doc(nlp, body)
    ev = _event(doc, 2, "condemned")
    ResolveStage()(doc)
    assert ev.date == "2024-04-10"


def test_the_next_step_told_after_and_goes_on_with_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    for body, trigger in (
        (["Lavrov and Choe held talks in Pyongyang on Wednesday, and the two sides signed an agreement to expand tourism, state media said on Thursday."], "signed"),
        (['Hegseth and Ahn spoke by phone on Wednesday, and Hegseth reaffirmed the "ironclad" U.S. commitment to South Korea, the Pentagon said.'], "reaffirmed"),
    ):
        doc = _doc(nlp, body)
        ev = _event(doc, 0, trigger)
        ResolveStage()(doc)
        assert ev.date == "2024-04-10", body


def test_a_dateline_with_the_day_first(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.resolve.places import find_dateline

    doc = _doc(nlp, ["ABU DHABI, 11th September, 2026 (WAM) -- The United Arab Emirates has succeeded in a new mediation between Russia and Ukraine."])
    dl = find_dateline(doc)
    assert dl is not None and dl.location.country == "ARE" and dl.date_text == "11th September, 2026"


def test_a_date_after_an_act_s_noun_dates_that_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # "in response to the expulsion last month of Russian diplomats": the
    # month of the expulsion, not of the act the sentence tells
    doc = _doc(nlp, ["Russia said on Thursday that three diplomats had been declared persona non grata in response to the expulsion last month of Russian diplomats from Berlin."])
    ev = _event(doc, 0, "declared")
    ResolveStage()(doc)
    assert ev.date == "2024-04-11" and ev.date_text == "on Thursday", (ev.date, ev.date_text)
    # (a date on the act's own noun still dates it: "the expulsion last month was ...")
    doc = _doc(nlp, ["The expulsion last month of Russian diplomats angered Moscow."])
    ev = _event(doc, 0, "expulsion")
    ResolveStage()(doc)
    assert ev.date == "2024-03-01", (ev.date, ev.date_text)


def test_round_twenty_seven_a_date_opening_the_sentence_dates_all_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse hangs "In 2019" on the after-clause; the airstrikes had taken the day told before
    doc = _doc(nlp, ["Trump called Modi on Tuesday night.", "In 2019, after a suicide bombing killed 40 Indian soldiers in Pulwama, India carried out airstrikes inside Pakistan."])
    ev = _event(doc, 1, "carried")
    ResolveStage()(doc)
    assert ev.date == "2019-01-01"
    # (a present perfect in a clause of its own is still no act of that year)
    doc = _doc(nlp, ["In 2016, an international tribunal ruled against the claims, a decision Beijing has refused to recognise."])
    ev = _event(doc, 0, "refused")
    ResolveStage()(doc)
    assert ev.date != "2016-01-01"


def test_round_twenty_seven_later_this_week_is_after_the_report() -> None:
    # had been the week's Monday, a day already past
    got, _, extra = resolve_date("Yoon will discuss the matter with Zelensky later this week.", P, "future")
    assert (got, extra["date_granularity"], extra.get("date_end")) == ("2024-04-13", "week", "2024-04-14")
    got, _, extra = resolve_date("Kim will visit Russia later this year.", P, "future")
    assert (got, extra["date_granularity"], extra.get("date_end")) == ("2024-04-13", "year", "2024-12-31")
    # (earlier this week is the week's)
    assert resolve_date("The envoys met earlier this week.", P)[0] == "2024-04-08"


def test_round_twenty_eight_dates_of_what_was_condemned_are_not_the_condemnation_s(nlp) -> None:  # type: ignore[no-untyped-def]
    # the tagger calls "launches" a verb: "this year" had dated the condemnation (Jan. 1),
    # and "in October" of an example listed after it would have
    doc = _doc(nlp, [
        "The three ministers met on Thursday.",
        "They strongly condemned North Korea's ballistic missile launches this year, including the test-firing of a new ICBM in October.",
    ])
    ev = _event(doc, 1, "condemned")
    ResolveStage()(doc)
    assert ev.date not in ("2024-01-01", "2024-10-01"), (ev.date, ev.date_text)


def test_round_twenty_eight_a_joint_act_is_no_one_speaker_s_going_on(nlp) -> None:  # type: ignore[no-untyped-def]
    # the ministry's Tuesday had dated Seoul's half of the agreement and the dateline Washington's
    doc = _doc(nlp, [
        "South Korea's foreign ministry summoned the Japanese ambassador on Tuesday to protest Tokyo's claim.",
        "Seoul and Washington agreed to hold their Nuclear Consultative Group meeting in January, officials said.",
    ])
    summoned = _event(doc, 0, "summoned", source=_actor(doc, "South Korea's foreign ministry", "KOR"), target=_actor(doc, "Japanese ambassador", "JPN"))
    summoned.event_type = "ACCUSE"
    halves = [_event(doc, 1, "agreed", source=_actor(doc, "Seoul", "KOR"), target=_actor(doc, "Washington", "USA")),
              _event(doc, 1, "agreed", source=_actor(doc, "Washington", "USA"), target=_actor(doc, "Seoul", "KOR"))]
    for ev in halves:
        ev.event_type = "AGREE"
    ResolveStage()(doc)
    assert summoned.date == "2024-04-09"
    assert halves[0].date == halves[1].date != "2024-04-09"
    # (one speaker alone still goes on with its statement's day)
    doc = _doc(nlp, [
        "South Korea's foreign ministry summoned the Japanese ambassador on Tuesday to protest Tokyo's claim.",
        "Seoul demanded that Tokyo withdraw the claim.",
    ])
    summoned = _event(doc, 0, "summoned", source=_actor(doc, "South Korea's foreign ministry", "KOR"), target=_actor(doc, "Japanese ambassador", "JPN"))
    summoned.event_type = "ACCUSE"
    demand = _event(doc, 1, "demanded", source=_actor(doc, "Seoul", "KOR"), target=_actor(doc, "Tokyo", "JPN"))
    demand.event_type = "REQUEST"
    ResolveStage()(doc)
    assert demand.date == summoned.date == "2024-04-09"


def test_round_twenty_eight_a_told_clause_dates_its_sentence_and_a_quote_its_teller_s_day() -> None:
    # "The soldiers retreated" had been the report's day, not Wednesday's crossing told by the ministry;
    # '"Seoul should stop ...," she said' the report's day, not Thursday's statement; and Aoun's
    # words had taken the Monday of a Hezbollah lawmaker (same state, another speaker)
    from eventwire.actors import ActorStage
    from eventwire.events import EventStage
    from eventwire.nlp import NlpStage

    stages = (NlpStage(), ActorStage(), EventStage(), ResolveStage())

    def run(paragraphs: list[str], published: str) -> Document:
        art = Article(title=None, body=paragraphs, published=published)
        text, sections = compose_text(art)
        doc = Document(id="t", source="test", text=text, sections=sections, published=published, article=art)
        for stage in stages:
            doc = stage(doc)
        return doc

    doc = run(["The Ministry of National Defense said a group of North Korean soldiers briefly crossed the MDL on Wednesday.",
               "The soldiers retreated north after the shots, it said."], "2026-11-27")
    assert {e.date for e in doc.events if e.event_type == "RETREAT"} == {"2026-11-25"}
    doc = run(["Kim Jong-un's powerful sister Kim Yo-jong on Thursday flatly rejected South Korea's offer of military talks.",
               '"Seoul should stop its foolish talk of peace," she said.'], "2026-11-27")
    assert [(e.source.name, e.date) for e in doc.events if e.event_type == "REJECT"] == [("Kim Yo Jong", "2026-11-26")]
    assert {e.date for e in doc.events if e.event_type == "REQUEST"} == {"2026-11-26"}
    doc = run(["A Hezbollah lawmaker, Hassan Fadlallah, said on Monday the group would not hand over its weapons.",
               'Lebanese President Joseph Aoun condemned the Israeli strikes as "a flagrant violation of Lebanese sovereignty."',
               '"Lebanon is ready to negotiate," Aoun said.'], "2026-11-25")
    assert "2026-11-23" not in {e.date for e in doc.events if e.sentence_index > 0}


def test_the_day_of_a_meeting_one_is_invited_to_is_not_the_invitation_s(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["The EU envoy invited both sides to an emergency meeting in Brussels on Thursday and urged them to refrain from violence."])
    invited, urged = _event(doc, 0, "invited"), _event(doc, 0, "urged")
    ResolveStage()(doc)
    assert _text_date(invited) is None and _text_date(urged) is None
    # the gathering itself, coded, keeps its day
    doc = _doc(nlp, ["The EU envoy invited both sides to an emergency meeting in Brussels on Thursday."])
    meeting = _event(doc, 0, "meeting")
    ResolveStage()(doc)
    assert _text_date(meeting) is not None


def test_acts_the_text_dates_five_years_or_more_before_the_report_are_history(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, ["The two countries fought a border war in 2018 and agreed on Friday to hold talks."])
    old, new = _event(doc, 0, "fought"), _event(doc, 0, "agreed")
    ResolveStage()(doc)
    assert old not in doc.events and new in doc.events
    # two years back is still news told as background
    doc = _doc(nlp, ["It was the first launch since May 2022, when a rocket exploded shortly after liftoff."])
    ev = _event(doc, 0, "exploded")
    ResolveStage()(doc)
    assert ev in doc.events and ev.date == "2022-05-01"
