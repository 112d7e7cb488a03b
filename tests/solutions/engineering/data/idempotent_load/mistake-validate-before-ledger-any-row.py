# expect: look the id up in the ledger before checking the rows|compare each key's final value
# Validates the rows BEFORE looking at the ledger, so a retry of an already-loaded
# batch id whose rows now hold a None/NaN returns -1 instead of 0. Also counts a key
# as changed when ANY of its rows in the batch differs from the stored value, rather
# than comparing the key's final value.
import math
import sqlite3


class FeatureSink:
    def __init__(self):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE TABLE f (u TEXT, d TEXT, v REAL, PRIMARY KEY (u, d))")
        self.db.execute("CREATE TABLE done (b TEXT PRIMARY KEY)")

    def load(self, batch_id, rows):
        if any(v is None or math.isnan(v) for _, _, v in rows):
            return -1
        if self.db.execute("SELECT 1 FROM done WHERE b = ?", (batch_id,)).fetchone():
            return 0
        touched = {(u, d) for u, d, v in rows if self.get(u, d) != v}
        with self.db:
            self.db.executemany(
                "INSERT INTO f VALUES (?, ?, ?) ON CONFLICT (u, d) DO UPDATE SET v = excluded.v",
                rows)
            self.db.execute("INSERT INTO done VALUES (?)", (batch_id,))
        return len(touched)

    def get(self, user_id, day):
        r = self.db.execute("SELECT v FROM f WHERE u = ? AND d = ?", (user_id, day)).fetchone()
        return None if r is None else r[0]

    def count(self):
        return self.db.execute("SELECT COUNT(*) FROM f").fetchone()[0]

    def snapshot(self):
        return self.db.execute("SELECT u, d, v FROM f ORDER BY u, d").fetchall()
