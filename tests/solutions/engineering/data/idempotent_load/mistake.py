# expect: already loaded was applied again.*ledger
import math
import sqlite3


class FeatureSink:
    """An upsert on the key, and nothing that remembers which batches were loaded."""

    def __init__(self):
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE TABLE features (user_id TEXT, day TEXT, value REAL, PRIMARY KEY (user_id, day))"
        )

    def load(self, batch_id, rows):
        if any(v is None or math.isnan(v) for _, _, v in rows):
            return -1
        final = {(user, day): value for user, day, value in rows}
        changed = sum(self.get(user, day) != value for (user, day), value in final.items())
        with self.db:
            self.db.executemany(
                "INSERT INTO features VALUES (?, ?, ?) "
                "ON CONFLICT (user_id, day) DO UPDATE SET value = excluded.value",
                [(user, day, value) for (user, day), value in final.items()],
            )
        return changed

    def get(self, user_id, day):
        row = self.db.execute(
            "SELECT value FROM features WHERE user_id = ? AND day = ?", (user_id, day)
        ).fetchone()
        return None if row is None else row[0]

    def count(self):
        return self.db.execute("SELECT COUNT(*) FROM features").fetchone()[0]

    def snapshot(self):
        return self.db.execute(
            "SELECT user_id, day, value FROM features ORDER BY user_id, day"
        ).fetchall()
