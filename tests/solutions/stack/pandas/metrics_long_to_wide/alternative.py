def metrics_table(log, metric):
    # groupby(...).last() keeps the last write of each (epoch, run); unstack moves runs across.
    rows = log.loc[log["metric"] == metric, ["epoch", "run", "value"]]
    table = rows.groupby(["epoch", "run"], sort=True)["value"].last().unstack("run")
    return table.astype("float64")
