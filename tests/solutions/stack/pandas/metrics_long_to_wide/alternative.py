def metrics_table(log, metric):
    # The last write of each (epoch, run), even a NaN: s.iloc[-1] (plain groupby .last()
    # would skip a NaN and take the last non-missing value); unstack moves runs across.
    rows = log.loc[log["metric"] == metric, ["epoch", "run", "value"]]
    table = rows.groupby(["epoch", "run"], sort=True)["value"].agg(lambda s: s.iloc[-1])
    return table.unstack("run").astype("float64")
