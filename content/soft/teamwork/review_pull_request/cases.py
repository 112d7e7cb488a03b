"""Numbers a review may compute from the pull request and the statement."""

FRAUD_SHARE = 0.01

FACTS = {
    "fraud_share": FRAUD_SHARE,
    "all_negative_accuracy": 1 - FRAUD_SHARE,  # 99%: a model that flags nothing
    "thresholds_tried": len([round(0.05 * k, 2) for k in range(1, 20)]),  # 19
    "train_share": 0.8,
    "fraud_per_1000": 1000 * FRAUD_SHARE,
    "fraud_per_10000": 10_000 * FRAUD_SHARE,
    **{f"threshold_{k}": round(0.05 * k, 2) for k in range(1, 20)},
}
