"""The one stage interface.

A stage has a ``name`` and a ``version``, is called on a :class:`Document`
and returns it with more fields filled in, and has ``pipe`` for batches.
Rejected documents pass through untouched. A stage that cannot handle one
document raises :class:`~eventwire.errors.DocumentError`; ``pipe`` turns that
into a rejection of that document and goes on.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from .config import Settings
from .errors import DocumentError
from .records import Document


@functools.cache
def rules_version(base: str, *packages: str) -> str:
    """``base`` plus a digest of the code and data files of ``packages``
    (paths relative to the eventwire package): a stage made of rules and
    word lists changes its version whenever one of them changes, so an
    incremental run re-codes documents coded by older rules instead of
    skipping them."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for pkg in packages:
        for f in sorted((root / pkg).rglob("*")):
            if f.is_file() and f.suffix in (".py", ".csv", ".toml", ".txt", ".json"):
                digest.update(str(f.relative_to(root)).encode())
                digest.update(f.read_bytes())
    return f"{base}+{digest.hexdigest()[:8]}"


class Stage:
    name: str = "stage"
    version: str = "v1"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @property
    def tag(self) -> str:
        return f"{self.name}.{self.version}"

    def process(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        if not doc.ok:
            return doc
        try:
            doc = self.process(doc)
        except DocumentError as e:
            return doc.reject(e.reason, e.detail, self.name)
        doc.stage_versions[self.name] = self.version
        return doc

    def pipe(self, docs: Iterable[Document], batch_size: int = 32) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
