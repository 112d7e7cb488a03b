"""Numbers a summary may compute from the abstract."""

FACTS = {
    "runs": 8 * 5,
    "impressions_total_billion": 1.2 + 3.5,
    "datasets": 2,
    "ci_width": 0.6 - 0.2,
    "largest_over_average_gap": 0.9 / 0.4,
    "traffic_share": 0.02,
    "days": 7,
}
