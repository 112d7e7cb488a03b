# expect: compared by calendar day, but start and end are times


def user_category_table(events, users, categories, start, end):
    # The window compared day by day: the calendar day of each event.
    day = events["timestamp"].dt.normalize()
    keep = ((day >= start.normalize()) & (day < end.normalize())
            & events["user_id"].isin(users["user_id"]) & events["category"].isin(categories))
    spend = events[keep].groupby(["user_id", "category"])["amount"].sum().unstack()
    ids = users["user_id"].sort_values()
    spend = spend.reindex(index=ids, columns=categories).fillna(0.0)
    spend.columns.name = None
    spend["total"] = spend.sum(axis=1)
    return users.set_index("user_id").loc[ids, ["country"]].join(spend)
