"""The eventwire exception tree.

Every error carries a numbered code (``E0xx``) so users can search for it, and
says what to do. Bad *documents* are not exceptions that stop a run: they
become :class:`eventwire.records.Rejection` rows. These exceptions are for
problems with the run itself (configuration, a missing model, a bad query).
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ConfigError(EventwireError):
    """A setting is unknown or has a value of the wrong kind."""

    code = "E001"


class ModelError(EventwireError):
    """A required model package is missing or cannot be loaded."""

    code = "E002"


class InputError(EventwireError):
    """An input path cannot be read at all (missing file, unknown kind)."""

    code = "E003"


class StoreError(EventwireError):
    """The store cannot be opened or migrated."""

    code = "E004"


class QueryError(EventwireError):
    """A query parameter is invalid (bad date, unknown type, bad bbox ...).

    ``param`` names the offending parameter, so the API can point at it."""

    code = "E005"

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


class DocumentError(EventwireError):
    """A single document cannot be processed; becomes a Rejection.

    ``reason`` is a short machine code (empty, binary, encoding, too_large,
    bad_json, missing_field, not_english, parse_error, no_text ...).
    """

    code = "E010"

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
