"""Actor lexicon: data files load, scanning keeps offsets exact (property tests)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.actors import get_lexicon, resolve_actor
from eventwire.actors.lexicon import COUNTRY, fold
from eventwire.actors.unknown import derive_code

WORDS = ["U.S.", "South", "Korea", "Korean", "troops", "the", "Kremlin", "said", "us", "US", "'s", "-", "army", "of", "Mali", "İstanbul", "’s"]


def test_every_data_file_loads_with_known_codes() -> None:
    lex = get_lexicon()
    assert len(lex.country_names) > 200
    for phrase, entry in lex.iter_entries():
        assert phrase.strip()
        if entry.category == COUNTRY and entry.country in lex.country_names:
            assert len(entry.country) == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=12), st.sampled_from([" ", "  ", "\n\n", ", "]))
def test_scan_offsets_are_exact(words: list[str], sep: str) -> None:
    text = sep.join(words)
    lex = get_lexicon()
    low = fold(text)
    assert len(low) == len(text)
    last = 0
    for h in lex.scan(text):
        assert last <= h.start < h.end <= len(text)
        last = h.end
        # a hit never starts or ends inside a word
        assert h.start == 0 or not text[h.start - 1].isalnum()
        assert h.end == len(text) or not text[h.end].isalnum()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_resolve_actor_never_crashes(text: str) -> None:
    a = resolve_actor(text)
    assert a is None or a.name


def test_derive_code_rule() -> None:
    assert derive_code("Dagolath") == "DAG"
    assert derive_code("the Republic of Zubrowka") == "ZUB"
    assert derive_code("Xy") is None
    # a code that is already a real country's is not reused
    assert derive_code("Francia", get_lexicon()) == "FIA"


def test_case_rules() -> None:
    lex = get_lexicon()
    assert [lex.scan("they told us")] == [[]]
    assert [h.entry.country for h in lex.scan("the US and the UK")] == ["USA", "GBR"]
    # a country name written in lower case is a common word ("turkey", "chad")
    assert lex.scan("we ate turkey") == []
