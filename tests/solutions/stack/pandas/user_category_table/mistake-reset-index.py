# expect: user_id is a column here, and it must be the index
# The table is right but reset_index() at the end turns user_id back into a column: the
# statement asks for the rows indexed by user_id.


def user_category_table(events, users, categories, start, end):
    in_window = (events["timestamp"] >= start) & (events["timestamp"] < end)
    ev = events[in_window & events["category"].isin(categories)]
    wide = ev.pivot_table(index="user_id", columns="category", values="amount", aggfunc="sum")
    wide = wide.reindex(columns=categories)
    out = users.set_index("user_id").sort_index().join(wide)
    out = out.fillna({c: 0.0 for c in categories})
    out["total"] = out[categories].sum(axis=1)
    out.columns.name = None
    return out.reset_index()
