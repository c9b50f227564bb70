"""End-to-end acceptance through the CLI: the seed article, actors, chrome,
bad input, and the store's idempotence."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from eventwire.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def events_of(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _country(side: dict | None) -> str | None:
    return (side or {}).get("country")


def check_seed_events(evs: list[dict]) -> None:
    def has(pred) -> bool:
        return any(pred(e) for e in evs)

    consult = [e for e in evs if e["event_type"] == "CONSULT" and {_country(e["source"]), _country(e["target"])} == {"USA", "KOR"}]
    assert consult, "no CONSULT between USA and KOR"
    dialogue = [e for e in consult if e["location"] and e["date"] == "2024-04-11"]
    assert dialogue, f"the dialogue is not dated 2024-04-11 at a place: {[(e['date'], e['location']) for e in consult]}"
    loc = dialogue[0]["location"]
    assert abs(loc["lat"] - 38.9) < 0.3 and abs(loc["lon"] + 77.0) < 0.3, loc
    assert has(lambda e: e["event_type"] in ("AGREE", "SUPPORT") and _country(e["source"]) == "USA"
               and _country(e["target"]) == "KOR" and "defend" in e["evidence"] and e["section"] == "body")
    assert has(lambda e: e["event_type"] == "THREATEN" and _country(e["source"]) == "USA" and _country(e["target"]) == "PRK")
    assert has(lambda e: e["event_type"] == "ACCUSE" and _country(e["source"]) in ("USA", "KOR")
               and _country(e["target"]) in ("PRK", "RUS"))
    assert has(lambda e: "RDP-A" in e["evidence"] and e["event_type"] in ("AGREE", "COOPERATE", "SUPPORT"))
    assert has(lambda e: "UNC" in e["evidence"] and e["event_type"] in ("AGREE", "SUPPORT", "COOPERATE"))
    for e in evs:
        assert 0.0 <= e["confidence"] <= 1.0
        for key in ("event_id", "doc_id", "sentence_index", "evidence", "event_type", "mode", "context",
                    "cameo_code", "source", "target", "date", "location"):
            assert key in e


@needs_seed
@pytest.mark.parametrize("name", ["article.html", "article.txt"])
def test_seed_events(capsys, tmp_path, name):
    code, out, err = run(capsys, "code", str(SEED / name), "--published", "2024-04-12", "--format", "jsonl",
                         "--db", str(tmp_path / "s.duckdb"), "--quiet")
    assert code == 0, err
    check_seed_events(events_of(out))


@needs_seed
def test_seed_actors_show_and_no_chrome(capsys, tmp_path):
    db = str(tmp_path / "s.duckdb")
    assert run(capsys, "code", str(SEED / "article.html"), "--published", "2024-04-12", "--db", db, "--quiet")[0] == 0
    code, out, _ = run(capsys, "actors", "--db", db, "--format", "jsonl")
    people = {a["name"]: a for a in map(json.loads, out.splitlines()) if a["kind"] == "person"}
    cho, ratner, winternitz = people["Cho Chang Rae"], people["Ely Ratner"], people["Andrew Winternitz"]
    assert cho["country"] == "KOR" and "National Defense Policy Office" in cho["title"]
    assert "Ministry of National Defense" in (cho["organization"] or cho["title"])
    assert ratner["country"] == "USA" and "Assistant Secretary of Defense for Indo-Pacific Security Affairs" in ratner["title"]
    assert winternitz["country"] == "USA" and "Acting Deputy Assistant Secretary of Defense for East Asia" in winternitz["title"]

    code, out, _ = run(capsys, "events", "--db", db, "--format", "jsonl")
    doc_id = json.loads(out.splitlines()[0])["doc_id"]
    code, out, _ = run(capsys, "show", doc_id, "--db", db, "--format", "jsonl")
    doc = json.loads(out)
    body = doc["text"]
    for chrome in ("Views", "Most Commented", "Politics", "Economy", "Opinion", "Copyright", "Search"):
        assert chrome not in body, chrome
    assert len(doc["subheads"]) == 3 and doc["author"] == "Daniel Kim"


@needs_seed
def test_rerun_changes_nothing(capsys, tmp_path):
    db = str(tmp_path / "s.duckdb")
    args = ("code", str(SEED / "article.html"), "--published", "2024-04-12", "--db", db, "--quiet", "--format", "none")
    run(capsys, *args)
    first = run(capsys, "events", "--db", db, "--format", "jsonl")[1]
    code, _, _ = run(capsys, *args)
    assert code == 0 and run(capsys, "events", "--db", db, "--format", "jsonl")[1] == first


def make_bad_folder(root: Path) -> dict[str, str]:
    """Good and bad inputs; returns {file name: expected rejection reason} for the bad ones."""
    good = "The United States and Japan agreed on Monday to expand joint naval exercises in the Pacific."
    (root / "good.txt").write_text(good, encoding="utf-8")
    (root / "latin1.txt").write_bytes("The Foreign Minister of Côte d'Ivoire met the President of Senegal in Dakar.".encode("latin-1"))
    (root / "utf16.txt").write_bytes("Germany condemned the missile strike on Kyiv on Tuesday.".encode("utf-16"))
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    (root / "truncated.html").write_text(
        "<html><head><title>Talks</title></head><body><article><h1>Talks in Seoul</h1><p>South Korea and Japan held talks in Seoul on Friday about"
        " North Korea's missile launches.</p><p>Both sides agreed to share", encoding="utf-8")
    (root / "huge.txt").write_text(("Officials from India and Pakistan met to discuss the border. " * 60000).strip(), encoding="utf-8")
    (root / "german.txt").write_text(
        "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Kanzler sagte, dass die "
        "Maßnahmen sofort in Kraft treten und die Wirtschaft des Landes treffen sollen.", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": "Russia and China signed an energy agreement in Beijing on Tuesday."}),
        '{"id": "j2", "text": "broken line',
        json.dumps({"id": "j3", "text": "Iran threatened to close the Strait of Hormuz if sanctions were tightened."}),
    ]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(root / "more.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "html": "<html><body><article><p>Turkey and Greece held talks in Athens about maritime borders.</p></article></body></html>"}) + "\n")
    return {"binary.txt": "binary", "empty.txt": "empty", "german.txt": "not_english", "dump.jsonl:2": "bad_json"}


def test_bad_input_is_rejected_and_the_rest_is_coded(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = make_bad_folder(folder)
    db = str(tmp_path / "b.duckdb")
    code, out, err = run(capsys, "code", str(folder), "--db", db, "--format", "jsonl", "--published", "2024-05-01")
    assert code == 3, err  # finished, with rejections
    rejected_lines = [line for line in err.splitlines() if line.startswith("eventwire: rejected")]
    assert len(rejected_lines) == len(bad), err
    for name, reason in bad.items():
        assert any(name in line and f": {reason}:" in line for line in rejected_lines), (name, reason, err)
    from eventwire import query
    from eventwire.store import Store

    store = Store(db, read_only=True)
    rej = query.list_rejections(store)["items"]
    assert sorted(r["reason"] for r in rej) == sorted(bad.values())
    docs = query.list_documents(store, limit=100)["items"]
    # good.txt, latin1, utf16, truncated html, huge, j1, j3, g1
    assert len(docs) == 8, [d["id"] for d in docs]
    coded_docs = {e["doc_id"] for e in events_of(out)}
    assert len(coded_docs) >= 6


def test_events_csv_has_the_export_columns(tmp_path) -> None:
    """`eventwire events --format csv` and `eventwire export --format csv` write one row shape."""
    import csv as _csv
    import io

    from eventwire.cli import main
    from eventwire.export import EVENT_COLUMNS

    text = tmp_path / "r.txt"
    text.write_text("Japan imposed sanctions on three Russian banks on Monday.\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    assert main(["code", str(text), "--db", db, "--quiet", "--published", "2024-05-06"]) == 0
    import contextlib

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["events", "--db", db, "--format", "csv"]) == 0
    rows = list(_csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0]) == [c for c, _ in EVENT_COLUMNS]
    assert rows[0]["event_type"] == "SANCTION" and rows[0]["source_country"] == "JPN" and rows[0]["target_country"] == "RUS"


def test_a_dated_dateline_gives_the_story_date(capsys, tmp_path) -> None:
    src = tmp_path / "kyodo.txt"
    src.write_text("Japan protests\n\nTOKYO, Jan. 7, 2026 (Kyodo) -- Japan protested to China on Wednesday.\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    run(capsys, "code", str(src), "--db", db, "--quiet", "--format", "none")
    events = [json.loads(line) for line in run(capsys, "events", "--db", db, "--format", "jsonl")[1].splitlines() if line.strip()]
    assert events and {e["story_date"] for e in events} == {"2026-01-07"}


def test_a_headline_and_its_lede_merge_under_a_dated_dateline(capsys, tmp_path) -> None:
    src = tmp_path / "kyodo.txt"
    src.write_text(
        "North Korea fires ballistic missile into Sea of Japan\n\n"
        "TOKYO, Jan. 7, 2026 (Kyodo) -- North Korea fired a ballistic missile into the Sea of Japan on Wednesday, the Defense Ministry said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.duckdb")
    run(capsys, "code", str(src), "--db", db, "--quiet", "--format", "none")
    out = tmp_path / "merged.jsonl"
    run(capsys, "export", "--merged", "--format", "jsonl", "-o", str(out), "--db", db)
    merged = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [(m["event_type"], m["mentions"]) for m in merged if m["event_type"] == "MOBILIZE"] == [("MOBILIZE", 2)]


def _coded(capsys, tmp_path, text: str, published: str) -> list[dict]:
    """The events ``eventwire code --no-store`` prints for one text file."""
    src = tmp_path / "report.txt"
    src.write_text(text, encoding="utf-8")
    return events_of(run(capsys, "code", str(src), "--no-store", "--quiet", "--published", published)[1])


def test_an_act_told_again_is_one_event_with_its_tellings_listed(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "Israel strikes Houthi targets in Yemen\n\n"
        "SANAA, Nov 23 (AFP) - Israeli warplanes struck targets in Yemen late on Sunday. "
        "The Israeli military said its fighter jets hit military targets in Yemen. "
        "Israeli jets struck Yemen again on Tuesday.\n",
        "2026-11-25",
    )
    assaults = [e for e in events if e["event_type"] == "ASSAULT"]
    # (the headline and the military's restatement are Sunday's strike; Tuesday's is another)
    assert sorted(e["date"] for e in assaults) == ["2026-11-22", "2026-11-24"]
    sunday = next(e for e in assaults if e["date"] == "2026-11-22")
    assert sorted(t["sentence_index"] for t in sunday["extra"]["also_told"]) == [0, 2]


def test_a_body_s_headline_act_is_the_act_its_members_are_told_doing(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "EU adopts new Russia sanctions after Slovakia drops veto\n\n"
        "BRUSSELS, Dec 3 (Reuters) - European Union governments formally adopted a new package of sanctions against Russia on Thursday.\n",
        "2026-12-03",
    )
    # (the EU named as itself and its governments are one source, one act)
    assert [(e["event_type"], e["section"]) for e in events if e["event_type"] == "SANCTION"] == [("SANCTION", "body")], events


def test_an_expelled_envoy_named_again_by_his_role_is_the_expulsion_told_again(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "NEW DELHI, Nov 12 (Reuters) - India on Thursday expelled an official of Pakistan's High Commission in New Delhi for spying. "
        "The official was declared persona non grata and told to leave within 24 hours, India's foreign ministry said.\n",
        "2026-11-12",
    )
    assert [(e["source"]["country"], e["target"]["country"]) for e in events if e["event_type"] == "SANCTION"] == [("IND", "PAK")], events
    events = _coded(
        capsys, tmp_path,
        "BAMAKO, Dec 2 (AFP) - Mali's military government on Wednesday ordered two Algerian diplomats to leave the country within 72 hours. "
        "The two diplomats, a counsellor and a military attache, were declared persona non grata.\n",
        "2026-12-02",
    )
    assert [(e["source"]["country"], e["target"]["country"]) for e in events if e["event_type"] == "SANCTION"] == [("MLI", "DZA")], events


def test_undated_agreements_of_one_meeting_stay_apart(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "Seoul and Washington agreed to expand joint drills. The two sides also agreed to share intelligence on North Korean missiles.\n",
        "2026-11-25",
    )
    assert len([e for e in events if e["event_type"] == "AGREE"]) == 4


def test_a_lede_dated_by_its_telling_is_the_act_the_body_dates(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "South Korean authorities have arrested two people suspected of spying, officials said Wednesday. "
        "Police detained the two on Monday.\n",
        "2026-04-15",
    )
    # (the day the lede was told is no second arrest; "authorities" names no branch apart from the police)
    assert [(e["event_type"], e["date"]) for e in events] == [("COERCE", "2026-04-13")]
    assert [t["sentence_index"] for t in events[0]["extra"]["also_told"]] == [0]


def test_a_stated_intent_is_dated_by_its_statement(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "In July, French President Emmanuel Macron announced that France would recognise a Palestinian state at the General Assembly in September.\n",
        "2025-08-14",
    )
    # (the intent is July's act; what France would recognise is the state, the assembly is where)
    assert [(e["event_type"], e["source"]["country"], e["target"]["country"], e["date"]) for e in events] == [("AGREE", "FRA", "PSE", "2025-07-01")]


def test_what_a_speaker_says_goes_on_with_the_day_of_the_statement(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "Kim Yo Jong on Friday issued a statement denouncing South Korea.\n\n"
        "The allies started the drills on Monday, the statement said.\n\n"
        '"Seoul talks of peace but wants war," Kim Yo Jong said.\n\n'
        "She flatly rejected Seoul's proposal for military talks.\n\n"
        "She warned Washington against any provocation.\n",
        "2025-08-23",
    )
    # (each paragraph of the statement is Friday's; what it reports of the allies is Monday's, and no telling of its own)
    assert {(e["event_type"], e["date"]) for e in events if e["source"]["country"] == "PRK"} == {
        ("ACCUSE", "2025-08-22"), ("REJECT", "2025-08-22"), ("THREATEN", "2025-08-22"),
    }


def test_the_day_a_since_phrase_names_with_its_when_clause_is_an_act(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "The confrontation was the most serious at the shoal since June 16, when Chinese vessels fired water cannon at two Philippine fisheries ships.\n",
        "2025-10-09",
    )
    assert [(e["event_type"], e["source"]["country"], e["target"]["country"], e["date"]) for e in events] == [("ASSAULT", "CHN", "PHL", "2025-06-16")]


def test_a_summons_is_no_retelling_of_the_accusation(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "GEORGETOWN, Nov 23 (Reuters) - Guyana on Monday accused Venezuelan soldiers of firing on a Guyanese army patrol. "
        "The foreign ministry said it had summoned Venezuela's ambassador to lodge a formal protest.\n",
        "2026-11-23",
    )
    # (one type and dyad, but an accusation and a summons: their modes tell them apart)
    assert len([e for e in events if e["event_type"] == "ACCUSE"]) == 2


def test_a_report_day_telling_is_no_retelling_of_an_act_years_before(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "CAIRO, Nov 28 (AFP) - Egypt declared the last round of talks over in December 2023, accusing Ethiopia of intransigence. "
        '"Ethiopia\'s unilateral filling of the dam endangers Egypt," Egyptian Foreign Minister Badr Abdelatty told the council, accusing Ethiopia of bad faith.\n',
        "2026-11-28",
    )
    assert sorted(e["date"][:7] for e in events if e["event_type"] == "ACCUSE") == ["2023-12", "2026-11"]


def test_the_act_named_again_by_its_noun_folds_but_an_interception_does_not(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "KYIV, Ukraine (AP) - Russia launched one of its largest aerial attacks of the year on Ukraine overnight, firing more than 470 drones. "
        "Poland scrambled fighter jets early Friday as the Russian attack unfolded near its border, the Polish military said. "
        "Ukraine said Russian air defenses destroyed 118 Ukrainian drones overnight over several regions.\n",
        "2026-11-27",
    )
    assaults = [e for e in events if e["event_type"] == "ASSAULT"]
    # ("the Russian attack" is the strike told before; the drones brought down over Russia are an act of their own)
    assert sorted(e["trigger"]["text"] for e in assaults) == ["destroyed", "launched one of its largest aerial attacks"]


def test_an_act_told_again_with_no_source_folds_into_the_act_it_names(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "U.S. and British warplanes struck Houthi military sites in Yemen overnight. "
        "The Houthi-run health ministry said six people were killed and 14 wounded in the strikes.\n\n"
        "North Korea fired what it called a new solid-fuel ICBM on Nov. 6. The missile flew for about 71 minutes and landed in the sea off Japan's northeast coast. "
        "Five Grad rockets hit a village near the border on Nov. 6, local officials said.\n",
        "2026-11-22",
    )
    # (the dead "in the strikes" and the missile's flight were new sourceless acts; rockets told
    # afresh with no doer are, since round 33, set aside in the document's meta, not exported)
    assert not [e for e in events if not e["source"]]
    assert sorted(t["sentence_index"] for e in events if e["event_type"] == "MOBILIZE" for t in e["extra"].get("also_told", [])) == [3]


def test_a_headline_act_aimed_at_nobody_is_the_bodys_act(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "S. Korea fires warning shots after N. Korean boat crosses sea border\n\n"
        "SEOUL, June 10 (Yonhap) -- South Korea's navy fired warning shots at a North Korean patrol boat on Wednesday, the military said.\n",
        "2026-06-10",
    )
    fired = [e for e in events if e["trigger"]["text"].lower().startswith("fire")]
    assert [(e["source"]["country"], e["target"]["country"]) for e in fired] == [("KOR", "PRK")]
    assert [t["sentence_index"] for t in fired[0]["extra"]["also_told"]] == [0]


def test_an_act_told_again_in_the_pluperfect_is_the_act_told_before(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "North Korea's foreign ministry on Tuesday warned that Washington would pay a dear price for the drills. Pyongyang had warned against the drills.\n",
        "2025-03-12",
    )
    assert [(e["event_type"], e["date"]) for e in events] == [("THREATEN", "2025-03-11")]
    events = _coded(
        capsys, tmp_path,
        "Russia fired drones at Ukraine early on Friday. Russia's Defence Ministry said its forces had carried out a massive strike on energy facilities, "
        "and that all designated targets had been hit.\n",
        "2025-03-14",
    )
    assert [(e["event_type"], e["source"]["country"], e["target"]["country"]) for e in events] == [("ASSAULT", "RUS", "UKR")]


def test_craft_seen_then_named_again_are_one_show_of_force_and_a_mediation_succeeded_in_is_the_mediators(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "The ministry said 32 Chinese military aircraft were detected operating around Taiwan, with 21 of the aircraft crossing the median line.\n",
        "2025-10-21",
    )
    assert [(e["event_type"], e["source"]["country"]) for e in events] == [("MOBILIZE", "CHN")]
    events = _coded(capsys, tmp_path, "The United Arab Emirates has succeeded in a new mediation between Russia and Ukraine.\n", "2026-09-11")
    assert {(e["source"]["country"], e["target"]["country"]) for e in events} == {("ARE", "RUS"), ("ARE", "UKR")}


def test_a_headline_act_with_no_source_is_the_bodys_act_on_its_target(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "UAE mediation secures release of 290 captives in new exchange between Russia and Ukraine\n\n"
        "ABU DHABI (WAM) -- Russia and Ukraine exchanged 290 captives on Friday in a swap mediated by the United Arab Emirates.\n",
        "2026-09-11",
    )
    assert sorted((e["source"]["country"], e["target"]["country"]) for e in events if e["event_type"] == "RETREAT") == [("RUS", "UKR"), ("UKR", "RUS")]


def test_a_wire_slug_is_no_headline_word_and_a_headline_act_of_nobody_is_the_bodys(capsys, tmp_path) -> None:
    events = _coded(
        capsys, tmp_path,
        "ANALYSIS-Ship seizures and blacklists tighten the net on North Korea\n\n"
        "SEOUL, March 26 (Reuters) - South Korea's coast guard seized a Togo-flagged tanker off Yeosu on Sunday.\n",
        "2026-03-26",
    )
    assert not any("ANALYSIS" in ((e.get("source") or {}).get("text") or "") for e in events)
    assert [(e["event_type"], e["section"]) for e in events if e["event_type"] == "COERCE"] == [("COERCE", "body")]
