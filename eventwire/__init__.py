"""eventwire: news reports in, verifiable PLOVER event data out.

The public API is small: build a :class:`Pipeline` from :class:`Settings`,
read inputs with :func:`read_inputs`, and store results with :class:`Store`.
"""

from .config import Settings, load_settings
from .errors import EventwireError
from .records import Actor, Claim, Document, Event, Flag, Location, Rejection

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Claim",
    "Document",
    "Event",
    "EventwireError",
    "Flag",
    "Location",
    "Rejection",
    "Settings",
    "load_settings",
    "__version__",
]
