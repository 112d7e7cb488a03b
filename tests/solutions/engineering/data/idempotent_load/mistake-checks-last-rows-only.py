# expect: a later row of the same key overwrote it
# Checks for None/NaN only among each key's last rows: a bad row that a later row of
# the same key replaces slips through, and the batch loads.
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
        final = {(user, day): value for user, day, value in rows}  # the last one wins
        if any(v is None or math.isnan(v) for v in final.values()):
            return -1
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
