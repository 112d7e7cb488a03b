"""The numbers a plan may compute from the statement."""

DISCHARGES, PATIENTS, HOSPITALS = 52_000, 23_000, 4
RATE = 0.12
WEEKLY, CALLS = 200, 40

FACTS = {
    "call_share": CALLS / WEEKLY,                      # 20% of discharges get a call
    "readmissions_per_week": RATE * WEEKLY,            # 24
    "non_readmissions_per_week": (1 - RATE) * WEEKLY,  # 176
    "readmissions_among_random_calls": RATE * CALLS,   # 4.8 if the calls were random
    "not_readmitted_share": 1 - RATE,                  # 88%
    "discharges_per_patient": DISCHARGES / PATIENTS,   # about 2.3
    "readmissions_total": RATE * DISCHARGES,           # 6,240
    "uncalled_per_week": WEEKLY - CALLS,               # 160
    "year_2020": 2020,
    "year_2021": 2021,
    "year_2022": 2022,
    "years": 5,
    "training_years": 4,
    "train_share_by_years": 4 / 5,
    "test_share_by_years": 1 / 5,
    "one": 1,
}
