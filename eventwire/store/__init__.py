"""The embedded DuckDB store (it knows records, not stages).

Public: :class:`Store`, :class:`StoreBusyError` and :func:`write_shard`.
"""

from .store import Store, StoreBusyError, write_shard

__all__ = ["Store", "StoreBusyError", "write_shard"]
