def user_category_table(events, users, categories, start, end):
    # groupby + unstack instead of pivot_table, and a left merge onto the sorted users.
    inside = events[events["timestamp"].between(start, end, inclusive="left")]
    inside = inside[inside["category"].isin(categories)]
    sums = inside.groupby(["user_id", "category"])["amount"].sum().unstack("category")
    table = users.sort_values("user_id")[["user_id", "country"]].merge(
        sums.reindex(columns=categories), left_on="user_id", right_index=True, how="left"
    )
    table[categories] = table[categories].astype("float64").fillna(0.0)
    table["total"] = table[categories].sum(axis=1)
    table = table.set_index("user_id")
    table.columns = ["country", *categories, "total"]
    return table
