"""The numbers a plan may use: weeks, hours within the budget, session lengths in hours
and minutes, and shares of the time. A plan that states more than it has fails here."""

WEEKS, HOURS_PER_WEEK = 12, 6

FACTS = {
    **{f"week_{k}": k for k in range(1, WEEKS + 2)},  # week 13 is the start date
    **{f"hours_for_{k}_weeks": HOURS_PER_WEEK * k for k in range(1, WEEKS + 1)},
    **{f"session_{h / 2:g}_hours": h / 2 for h in range(1, 2 * HOURS_PER_WEEK + 1)},
    **{f"minutes_{m}": m for m in range(15, 60 * HOURS_PER_WEEK + 1, 15)},
    **{f"share_{k}_of_12": k / WEEKS for k in range(1, WEEKS + 1)},
    "total_hours": WEEKS * HOURS_PER_WEEK,
    "churn_rate": 0.05,
}
