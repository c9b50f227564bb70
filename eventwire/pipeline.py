"""Compose the stages from settings and run documents through them.

The pipeline knows the stages only through their public classes; it is the
same object whether it runs in-process, in local worker processes or as Ray
tasks (see ``eventwire.runners``). Ingest is not a stage: it *makes*
documents from inputs (``eventwire.ingest.read_inputs``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from .config import Settings
from .records import Document
from .stage import Stage

# Stage order, as DESIGN.md draws the flow.
STAGE_ORDER = ("extract", "nlp", "actors", "events", "resolve", "claims")


def build_stages(settings: Settings, only: Iterable[str] | None = None) -> list[Stage]:
    """Instantiate the stages (imported lazily so that a face that only reads
    the store does not pay for spaCy)."""
    from .actors import ActorStage
    from .claims import ClaimStage
    from .events import EventStage
    from .extract import ExtractStage
    from .nlp import NlpStage
    from .resolve import ResolveStage

    classes: dict[str, type[Stage]] = {
        "extract": ExtractStage,
        "nlp": NlpStage,
        "actors": ActorStage,
        "events": EventStage,
        "resolve": ResolveStage,
        "claims": ClaimStage,
    }
    wanted = list(only) if only is not None else list(STAGE_ORDER)
    return [classes[name](settings) for name in STAGE_ORDER if name in wanted]


class Pipeline:
    """Runs documents through the stages in order, batch by batch."""

    def __init__(self, settings: Settings | None = None, stages: list[Stage] | None = None) -> None:
        self.settings = settings or Settings()
        self.stages = stages if stages is not None else build_stages(self.settings)

    @property
    def version(self) -> str:
        """One string that changes whenever any stage's version changes.

        Stored with every document so incremental runs can skip documents
        already coded by this exact pipeline."""
        tags = ",".join(s.tag for s in self.stages)
        return hashlib.sha1(tags.encode()).hexdigest()[:12]

    @property
    def versions(self) -> dict[str, str]:
        return {s.name: s.version for s in self.stages}

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return self._finish(doc)

    def _finish(self, doc: Document) -> Document:
        doc.spacy = None  # transient; never leaves the pipeline
        doc.meta["pipeline_version"] = self.version
        return doc

    def pipe(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
        """Stream documents through every stage; memory stays bounded by the
        batch size because every stage's ``pipe`` is a generator."""
        bs = batch_size or self.settings.batch_size
        stream: Iterable[Document] = docs
        for stage in self.stages:
            stream = stage.pipe(stream, batch_size=bs)
        for doc in stream:
            yield self._finish(doc)
