import sqlite3


def click_rates(
    models: list[tuple[str, str]], impressions: list[tuple[int, str, int]]
) -> list[tuple[str, int, int, float | None]]:
    """(model_id, n_impressions, n_clicks, ctr) for every registered model.

    Each request_id counts once per model (clicked if any copy is clicked); ctr is
    None without impressions; order: ctr descending, None last, then model_id.
    """
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE models (model_id TEXT PRIMARY KEY, owner TEXT)")
    db.execute("CREATE TABLE impressions (request_id INTEGER, model_id TEXT, clicked INTEGER)")
    # TODO: insert the rows (executemany), then write the query.
    raise NotImplementedError("click_rates is not written yet")
