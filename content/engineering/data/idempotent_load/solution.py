"""Three tools do the work. A ledger table of loaded `batch_id`s makes a retry a
no-op: without it, re-running yesterday's batch after today's silently rolls
today's values back, even though every single write is an "upsert". An
`INSERT ... ON CONFLICT (user_id, day) DO UPDATE` (an upsert) keyed on the
table's primary key replaces instead of appending, so a re-run can never
duplicate rows, and applying the batch's rows in order makes the last
duplicate win. And one transaction (`with self.db:` commits on success and
rolls back on an exception) holds the writes and the ledger entry together, so
a batch lands whole or not at all, and the ledger never records a batch whose
rows are missing.

Validating before writing is the cheap half of atomicity; the transaction is
the half that still holds when the failure comes from the database or the
process halfway through. The changed-key count is taken by comparing each
final value with what was stored, not from `cursor.rowcount`, which counts
every row written, duplicates and unchanged values included.

The common wrong approaches: a plain INSERT (a retry duplicates every row), an
upsert without the ledger (a retry of an old batch overwrites newer data),
writing row by row and stopping at the bad one (half a batch stays), and
recording the batch id before the rows are validated (the corrected batch is
then refused as "already loaded").
"""

import math
import sqlite3


class FeatureSink:
    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE TABLE features (user_id TEXT, day TEXT, value REAL, PRIMARY KEY (user_id, day))"
        )
        self.db.execute("CREATE TABLE loaded (batch_id TEXT PRIMARY KEY)")

    def load(self, batch_id: str, rows: list[tuple[str, str, float]]) -> int:
        if self.db.execute("SELECT 1 FROM loaded WHERE batch_id = ?", (batch_id,)).fetchone():
            return 0
        if any(v is None or math.isnan(v) for _, _, v in rows):
            return -1
        final = {(user, day): value for user, day, value in rows}  # the last one wins
        changed = sum(self.get(user, day) != value for (user, day), value in final.items())
        with self.db:  # one transaction: the rows and the ledger entry, or nothing
            self.db.executemany(
                "INSERT INTO features VALUES (?, ?, ?) "
                "ON CONFLICT (user_id, day) DO UPDATE SET value = excluded.value",
                [(user, day, value) for (user, day), value in final.items()],
            )
            self.db.execute("INSERT INTO loaded VALUES (?)", (batch_id,))
        return changed

    def get(self, user_id: str, day: str) -> float | None:
        row = self.db.execute(
            "SELECT value FROM features WHERE user_id = ? AND day = ?", (user_id, day)
        ).fetchone()
        return None if row is None else row[0]

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM features").fetchone()[0]

    def snapshot(self) -> list[tuple[str, str, float]]:
        return self.db.execute(
            "SELECT user_id, day, value FROM features ORDER BY user_id, day"
        ).fetchall()
