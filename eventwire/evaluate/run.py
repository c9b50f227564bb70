"""Run the real pipeline stages over gold records.

Each gold text becomes a plain-text :class:`~eventwire.records.Document`
(the text is the body; ``published`` is the gold date or the placeholder
date) and goes through extract -> nlp (batched ``nlp.pipe``) -> actors ->
events, exactly as ``eventwire code`` would run them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Settings
from ..records import Document, content_hash
from ..stage import Stage
from .gold import GoldRecord

_STAGES = ("extract", "nlp", "actors", "events")


def _stages(settings: Settings) -> list[Stage]:
    from ..pipeline import build_stages

    return build_stages(settings, only=_STAGES)


def to_document(rec: GoldRecord) -> Document:
    return Document(
        id=rec.id,
        source=f"gold:{rec.source}",
        raw=rec.text,
        content_type="text",
        content_hash=content_hash(rec.text),
        published=rec.date,
    )


def run_records(records: list[GoldRecord], settings: Settings) -> Iterator[tuple[GoldRecord, Document]]:
    """Yield each gold record with its coded document, in order."""
    stream: Iterator[Document] = iter(to_document(r) for r in records)
    for stage in _stages(settings):
        stream = stage.pipe(stream, batch_size=settings.batch_size)
    for rec, doc in zip(records, stream, strict=True):
        doc.spacy = None
        yield rec, doc
