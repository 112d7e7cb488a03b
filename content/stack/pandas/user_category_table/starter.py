import pandas as pd


def user_category_table(
    events: pd.DataFrame,
    users: pd.DataFrame,
    categories: list[str],
    start: pd.Timestamp,
    end: pd.Timestamp,
) -> pd.DataFrame:
    """One row per user (sorted by user_id): country, the amount spent per category in
    [start, end) in the order of `categories` (0.0 when none), and total."""
    # TODO: select the events that count, pivot them into a user x category table,
    # then give it exactly the rows, columns and order required.
    raise NotImplementedError("user_category_table is not written yet")
