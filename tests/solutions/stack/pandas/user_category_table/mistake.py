# expect: columns are in the wrong order|category with no events in the window still needs its column


def user_category_table(events, users, categories, start, end):
    keep = (events["timestamp"] >= start) & (events["timestamp"] < end)
    keep &= events["category"].isin(categories)
    spend = events[keep].pivot_table(
        index="user_id", columns="category", values="amount", aggfunc="sum", fill_value=0.0
    )
    spend.columns.name = None
    spend["total"] = spend.sum(axis=1)
    table = users.set_index("user_id")[["country"]].join(spend, how="left").fillna(0.0)
    return table.sort_index()
