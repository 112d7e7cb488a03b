"""The numbers a report may compute from the backtest table."""

DAYS, MEAN_VOLUME, PICKER = 56, 14_000, 400
MAE = {"current": 1_600, "new": 1_150}
GOOD_DAYS = {"current": 44, "new": 50}  # error under 2,000 parcels
HOLIDAY_MAE = {"current": 3_900, "new": 4_100}
WORST = {"current": 4_800, "new": 5_200}

FACTS = {
    **{f"mae_{m}_pickers": MAE[m] / PICKER for m in MAE},  # 4 and 2.875
    **{f"mae_{m}_share": MAE[m] / MEAN_VOLUME for m in MAE},  # 11.4% and 8.2%
    **{f"good_days_{m}_share": GOOD_DAYS[m] / DAYS for m in GOOD_DAYS},
    **{f"bad_days_{m}": DAYS - GOOD_DAYS[m] for m in GOOD_DAYS},
    **{f"bad_days_{m}_share": 1 - GOOD_DAYS[m] / DAYS for m in GOOD_DAYS},
    **{f"holiday_{m}_pickers": HOLIDAY_MAE[m] / PICKER for m in HOLIDAY_MAE},
    **{f"holiday_{m}_share": HOLIDAY_MAE[m] / MEAN_VOLUME for m in HOLIDAY_MAE},
    **{f"worst_{m}_pickers": WORST[m] / PICKER for m in WORST},
    **{f"worst_{m}_share": WORST[m] / MEAN_VOLUME for m in WORST},
    "mae_gain": MAE["current"] - MAE["new"],  # 450 parcels
    "mae_gain_pickers": (MAE["current"] - MAE["new"]) / PICKER,
    "mae_gain_relative": 1 - MAE["new"] / MAE["current"],  # 28%
    "holiday_gap": HOLIDAY_MAE["new"] - HOLIDAY_MAE["current"],
    "holiday_over_normal": HOLIDAY_MAE["new"] / MAE["new"],
    "worst_gap": WORST["new"] - WORST["current"],
    "good_days_gain": GOOD_DAYS["new"] - GOOD_DAYS["current"],
    "pickers_per_day": MEAN_VOLUME / PICKER,  # 35
    "threshold_pickers": 2_000 / PICKER,  # 5
    "weeks": DAYS / 7,
}
