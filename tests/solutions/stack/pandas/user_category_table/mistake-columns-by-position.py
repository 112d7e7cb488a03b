# expect: columns of events and users in another order
import pandas as pd


def user_category_table(events, users, categories, start, end):
    # Reads the columns by position: the log is unpacked as (user_id, timestamp,
    # category, amount) and the users as (user_id, country).
    country = dict(users.to_numpy())
    sums = {uid: dict.fromkeys(categories, 0.0) for uid in country}
    for uid, ts, cat, amount in events.itertuples(index=False):
        if start <= ts < end and uid in sums and cat in sums[uid]:
            sums[uid][cat] += amount
    ids = sorted(sums)
    table = pd.DataFrame([sums[u] for u in ids], index=pd.Index(ids, name="user_id"),
                         columns=categories, dtype="float64")
    table.insert(0, "country", [country[u] for u in ids])
    table["total"] = table[categories].sum(axis=1)
    return table
