"""Stage 3, actors: find who is named in a document and resolve each mention
to a name, a country code and a sector.

Public API (the event coder uses these):

* :class:`ActorStage` (name ``actors``, version ``v1``) fills ``doc.mentions``;
* :func:`resolve_actor` resolves a free phrase without a parse;
* :func:`mentions_in` and :func:`mention_for_token` look mentions up.

Lexicons live in ``eventwire/data/actors/`` (see each file's header).
"""

from __future__ import annotations

from .lexicon import get_lexicon
from .resolve import resolve_actor
from .stage import ActorStage, find_mentions, mention_for_token, mentions_in

__all__ = ["ActorStage", "find_mentions", "get_lexicon", "mention_for_token", "mentions_in", "resolve_actor"]
