"""Ingest: a folder of good and bad inputs, JSONL/stdin, WARC, feeds, gzip,
and property tests for the parsers of untrusted bytes."""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.config import Settings
from eventwire.errors import DocumentError
from eventwire.extract import ExtractStage
from eventwire.ingest import decode_bytes, parse_jsonl_line, read_inputs, read_jsonl_stream
from eventwire.records import Document

SENTENCE = (
    "The foreign minister said on Monday that the two governments would resume talks about the border. "
)
PAGE = (
    "<html><head><title>{t}</title></head><body><nav><a href='/'>Home</a></nav><article><h1>{t}</h1>"
    + "".join(f"<p>{SENTENCE} Paragraph {i} adds that officials met in the capital.</p>" for i in range(6))
    + "</article><footer>Terms</footer></body></html>"
)


def _page(title: str) -> str:
    return PAGE.format(t=title)


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in [
            ("https://news.example/a", "text/html; charset=utf-8", _page("Page A").encode()),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n0000"),
            ("https://news.example/b", "text/html", _page("Page B").encode()),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(rec)


FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example wire</title>
<item><title>Talks resume</title><link>https://wire.example/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{SENTENCE}&lt;/p&gt;&lt;p&gt;{SENTENCE}&lt;/p&gt;</description></item>
<item><title>Troops withdraw</title><link>https://wire.example/2</link>
<description>&lt;p&gt;{SENTENCE}&lt;/p&gt;</description></item>
</channel></rss>"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "inputs"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    (d / ".git" / "ignored.txt").write_text(SENTENCE)
    (d / ".hidden.txt").write_text(SENTENCE)
    (d / "notes.md").write_text(SENTENCE)  # unknown kind inside a folder: skipped
    (d / "good.html").write_text(_page("Good Page"), encoding="utf-8")
    (d / "good.txt").write_text("A Plain Headline\n\n" + SENTENCE * 3, encoding="utf-8")
    (d / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (d / "elf.html").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(64))
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.html").write_text("  \n\t\n")
    html = _page("Cut Short")
    (d / "sub" / "truncated.html").write_text(html[: html.index("</article>") - 30], encoding="utf-8")
    latin = "Caf\u00e9 talks: the minister\u2019s envoy met r\u00e9sum\u00e9 writers. " + SENTENCE * 2
    (d / "sub" / "latin1.txt").write_bytes(latin.replace("\u2019", "'").encode("latin-1"))
    (d / "sub" / "utf16.txt").write_bytes(
        "\ufeffUTF-16 wire story caf\u00e9\n\n".encode("utf-16-le") + (SENTENCE * 3).encode("utf-16-le")
    )
    (d / "sub" / "bad_utf16.txt").write_bytes(b"\xff\xfe" + b"a\x00b\x00\x00\xd8")  # lone surrogate
    (d / "sub" / "huge.txt").write_text(SENTENCE * 30_000, encoding="utf-8")  # ~3 MB, one line
    (d / "sub" / "too_big.txt").write_text(SENTENCE * 45_000, encoding="utf-8")  # over the 4 MB limit below
    german = "Die Regierung hat am Montag mitgeteilt, dass die Gespr\u00e4che mit dem Nachbarland fortgesetzt werden. "
    (d / "sub" / "german.txt").write_text(german * 5, encoding="utf-8")
    lines = [
        json.dumps(
            {"id": "r1", "text": SENTENCE, "title": "Record One", "published": "2024-02-03T08:00:00Z"}
        ),
        '{"id": "r2", "text": "unterminated',
        json.dumps({"id": "r3", "html": _page("Record Three"), "url": "https://x.example/3"}),
        json.dumps({"id": "r4", "body": "no text field"}),
    ]
    (d / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(d / "sub" / "packed.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("Packed Headline\n\n" + SENTENCE * 2)
    _warc(d / "crawl.warc.gz")
    (d / "junk.warc").write_bytes(b"this is not a web archive\n" * 3)
    (d / "sub" / "broken.html.gz").write_bytes(gzip.compress(_page("Lost").encode())[:40])
    (d / "feed.xml").write_text(FEED, encoding="utf-8")
    return d


EXPECTED_REJECTIONS = {
    "report.txt": "binary",
    "elf.html": "binary",
    "empty.txt": "empty",
    "blank.html": "empty",
    "bad_utf16.txt": "encoding",
    "too_big.txt": "too_large",
    "records.jsonl:2": "bad_json",
    "records.jsonl:4": "missing_field",
    "german.txt": "not_english",
    "junk.warc": "parse_error",
    "broken.html.gz": "parse_error",
}


def test_folder_good_and_bad_inputs(folder: Path) -> None:
    cfg = Settings(max_bytes=4_000_000, published="2020-01-01")
    stage = ExtractStage(cfg)
    docs = [stage(d) for d in read_inputs([str(folder)], cfg)]
    by_name = Counter(Path(d.source).name for d in docs)
    assert all(n == 1 for n in by_name.values()), by_name
    rejected = {Path(d.source).name: d.rejection.reason for d in docs if d.rejection}
    assert rejected == EXPECTED_REJECTIONS
    for d in docs:
        if d.rejection:
            assert Path(d.source).name.split(":")[0] in d.rejection.detail or d.source in d.rejection.detail
    good = {Path(d.source).name: d for d in docs if d.ok}
    assert set(good) == {
        "good.html", "good.txt", "truncated.html", "latin1.txt", "utf16.txt", "huge.txt",
        "records.jsonl:1", "records.jsonl:3", "packed.txt.gz",
        "crawl.warc.gz#1", "crawl.warc.gz#3", "feed.xml#1", "feed.xml#2",
    }  # fmt: skip
    for d in good.values():
        assert d.article is not None and d.article.body and d.text
        assert d.content_hash and d.id
    assert "Café" in good["latin1.txt"].text and "résumé" in good["latin1.txt"].text
    assert "café" in good["utf16.txt"].text
    assert len(good["huge.txt"].text) > 2_500_000
    assert good["truncated.html"].article.title == "Cut Short"  # type: ignore[union-attr]
    r1 = good["records.jsonl:1"]
    assert (r1.id, r1.title, r1.published) == ("r1", "Record One", "2024-02-03")
    assert good["records.jsonl:3"].url == "https://x.example/3"
    assert good["good.txt"].published == "2020-01-01"  # --published fallback
    assert good["crawl.warc.gz#1"].url == "https://news.example/a"
    assert good["crawl.warc.gz#3"].article.title == "Page B"  # type: ignore[union-attr]
    feed1 = good["feed.xml#1"]
    assert (feed1.title, feed1.url, feed1.published) == (
        "Talks resume",
        "https://wire.example/1",
        "2024-03-05",
    )
    # Deterministic order: a second run yields the same sources in the same order.
    assert [d.source for d in read_inputs([str(folder)], cfg)] == [d.source for d in docs]


def test_ids_are_content_hashes_not_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE)
    (tmp_path / "b.txt").write_text(SENTENCE)
    a, b = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], Settings())
    assert a.id == b.id and a.source != b.source and a.ok


def test_missing_and_unsupported_inputs_do_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    (tmp_path / "ok.txt").write_text(SENTENCE)
    docs = list(
        read_inputs(
            [str(tmp_path / "nope.txt"), str(tmp_path / "data.csv"), str(tmp_path / "ok.txt")], Settings()
        )
    )
    assert [d.rejection.reason if d.rejection else "ok" for d in docs] == ["not_found", "unsupported", "ok"]
    assert "nope.txt" in docs[0].rejection.detail  # type: ignore[union-attr]


def test_stdin_jsonl_and_too_large_line() -> None:
    big = json.dumps({"id": "big", "text": "x " * 3000})
    data = "\n".join([json.dumps({"id": 7, "text": SENTENCE}), big, "", "[1, 2]"]).encode()
    docs = list(read_inputs(["-"], Settings(max_bytes=1000), stdin=io.BytesIO(data)))
    assert [(d.source, d.rejection.reason if d.rejection else None) for d in docs] == [
        ("<stdin>:1", None),
        ("<stdin>:2", "too_large"),
        ("<stdin>:4", "bad_json"),
    ]
    assert docs[0].id == "7"


def test_content_hash_changes_with_metadata() -> None:
    a = parse_jsonl_line(json.dumps({"id": "x", "text": SENTENCE, "published": "2024-01-01"}).encode(), "s:1")
    b = parse_jsonl_line(json.dumps({"id": "x", "text": SENTENCE, "published": "2024-01-02"}).encode(), "s:1")
    assert a.id == b.id and a.content_hash != b.content_hash


def test_decode_cascade() -> None:
    assert decode_bytes("na\u00efve caf\u00e9".encode()) == "na\u00efve caf\u00e9"
    assert decode_bytes("\u00fcber".encode("utf-32")) == "\u00fcber"
    assert decode_bytes("Stra\u00dfe".encode("utf-16-be")) == "Stra\u00dfe"  # BOM-less UTF-16
    meta = b'<meta charset="windows-1251"><p>' + "Москва".encode("cp1251")
    assert "Москва" in decode_bytes(meta)
    with pytest.raises(DocumentError) as e:
        decode_bytes(b"\x89PNG\r\n\x1a\n")
    assert e.value.reason == "binary"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_bytes_only_raises_document_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except DocumentError as e:
        assert e.reason in {"empty", "binary", "encoding"}
    else:
        assert isinstance(text, str) and text.strip()


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=200).map(str.encode)))
def test_parse_jsonl_line_never_raises(line: bytes) -> None:
    doc = parse_jsonl_line(line, "p:1")
    assert isinstance(doc, Document) and doc.source == "p:1"
    assert doc.ok or doc.rejection.reason in {"encoding", "bad_json", "missing_field", "empty", "binary"}  # type: ignore[union-attr]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=80),
            st.dictionaries(
                st.sampled_from(["id", "text", "html", "title", "published"]),
                st.one_of(st.text(max_size=30), st.integers(), st.none()),
            ).map(lambda d: json.dumps(d).encode()),
        ),
        max_size=8,
    )
)
def test_jsonl_stream_one_document_per_nonblank_line(lines: list[bytes]) -> None:
    data = b"\n".join(ln.replace(b"\n", b" ").replace(b"\r", b" ") for ln in lines)
    docs = list(read_jsonl_stream(io.BytesIO(data), "s", max_bytes=60))
    expected = sum(1 for ln in data.split(b"\n") if ln.strip())
    assert len(docs) == expected


def test_cjk_charset_labels_decode_as_the_supersets_browsers_use() -> None:
    # A page labelled EUC-KR with one CP949-only syllable in its menu failed a
    # strict euc-kr decode, and the statistical guess (big5hkscs, cp1250) turned
    # the English body's curly quotes into mojibake.
    page = (
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        "<nav><a href='/food'>Food: 똠얌꿍</a></nav>"
        "<p>“The government will keep responding firmly,” the ministry said in a statement.</p>"
        "<p>The embassy called the accusations “groundless” and warned of harm to relations.</p>"
    )
    text = decode_bytes(page.encode("cp949"))
    assert "“The government will keep responding firmly,”" in text and "똠얌꿍" in text
    # Shift_JIS with a CP932-only character (①) after more than 64 KB of script
    script = "<script>" + "var x = 1;\n" * 7000 + "</script>"
    page = f'<meta charset="Shift_JIS">{script}<ol><li>①東京</li></ol><p>“Tokyo protested,” he said.</p>'
    text = decode_bytes(page.encode("cp932"))
    assert "①東京" in text and "“Tokyo protested,”" in text
