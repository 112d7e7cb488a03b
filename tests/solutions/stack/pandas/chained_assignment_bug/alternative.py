def cap_outliers(df, column, low, high):
    # Series.clip keeps NaN; assign builds the new frame without touching df.
    before = df[column]
    after = before.clip(lower=low, upper=high)
    return df.assign(**{column: after, "capped": (before > high) | (before < low)})
