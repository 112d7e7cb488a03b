"""Times in the store: aware and in UTC, whichever database keeps them.

Every time column is a `TIMESTAMP WITH TIME ZONE`. PostgreSQL keeps the instant and
hands it back in the session's zone; SQLite keeps no zone and hands back a naive
value. `UTCDateTime` makes both behave the same for the rest of mldojo: a time is
turned into UTC on the way in (a naive one is refused, since its zone could only be
guessed) and comes back out as aware UTC. It applies to ORM and Core statements
alike, and renders as the plain `DateTime(timezone=True)`, so the schema and its
migrations stay as they are.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """`DateTime(timezone=True)` that takes aware datetimes and gives back aware UTC."""

    impl = DateTime
    cache_ok = True  # no state of its own, so statements using it can be cached

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(
                f"The value '{value!r}' is not a datetime, so it cannot be stored as a time: "
                "pass an aware datetime such as `datetime.now(UTC)`."
            )
        if value.utcoffset() is None:
            raise ValueError(
                f"The time '{value.isoformat()}' has no time zone, so the instant it means "
                "is unknown: pass an aware datetime such as `datetime.now(UTC)` or "
                "`moment.replace(tzinfo=UTC)` for a time known to be in UTC."
            )
        # SQLite writes the wall-clock digits only, so they must be UTC's.
        return value.astimezone(UTC)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        if moment.tzinfo is None:  # SQLite: written as UTC by process_bind_param
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)  # PostgreSQL: in the session's zone
