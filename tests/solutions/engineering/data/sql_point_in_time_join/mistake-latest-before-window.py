# expect: picked among all of the user's rows, and only then held against the window
# MAX(ts) over all of a user's rows, future ones included, then the window in the join:
# a user with a later row gets None where an earlier row qualifies.
import sqlite3


def training_rows(labels, features, max_age):
    con = sqlite3.connect(":memory:")
    con.execute("create table l(label_id int, user_id text, ts int, label int)")
    con.execute("create table f(write_id int, user_id text, ts int, value real)")
    con.executemany("insert into l values (?,?,?,?)", labels)
    con.executemany("insert into f values (?,?,?,?)", features)
    return con.execute(
        """
      select l.label_id, l.user_id, l.ts, f.value, l.label
      from l
      left join (select user_id, max(ts) mts from f group by user_id) m
        on m.user_id = l.user_id
      left join f on f.user_id = l.user_id and f.ts = m.mts and f.ts < l.ts and f.ts >= l.ts - ?
      order by l.label_id""",
        (max_age,),
    ).fetchall()
