# expect: exactly `start` count
import pandas as pd
def user_category_table(events, users, categories, start, end):
    e = events[(events.timestamp > start) & (events.timestamp < end)]
    t = e.pivot_table(index="user_id", columns="category", values="amount", aggfunc="sum")
    t = t.reindex(index=sorted(users.user_id), columns=categories).fillna(0.0)
    t.columns.name = None
    t["total"] = t.sum(axis=1)
    t.index.name = "user_id"
    return users.set_index("user_id")[["country"]].join(t).sort_index()
