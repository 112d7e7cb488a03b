"""The numbers a plan may compute from the statement, each with the words that say what
it is: a share of calls next to the calls, readmissions per week next to readmissions."""

import re

from mldojo.grading.casekit import Fact

DISCHARGES, PATIENTS, HOSPITALS = 52_000, 23_000, 4
RATE = 0.12
WEEKLY, CALLS = 200, 40

READMIT = r"readmi|return|come back|came back|back in"
WEEK = r"week"

FACTS = {
    "call_share": Fact(CALLS / WEEKLY, r"call|reach|nurse|ring|top|highest|scores?|discharg"),
    "readmissions_per_week": Fact(RATE * WEEKLY, (READMIT, WEEK + r"|200")),  # 24
    "non_readmissions_per_week": Fact((1 - RATE) * WEEKLY, (r"not|never|no\b", WEEK)),  # 176
    "readmissions_among_random_calls": Fact(  # 4.8 if the calls were random
        RATE * CALLS, r"random|chance|blind|without a model|arbitrar|expect"
    ),
    "not_readmitted_share": Fact(1 - RATE, r"not|never|no\b|nobody|none|accura|majority"),
    "discharges_per_patient": Fact(DISCHARGES / PATIENTS, r"patient|per|each|average"),  # 2.3
    "readmissions_total": Fact(RATE * DISCHARGES, READMIT),  # 6,240
    "uncalled_per_week": Fact(WEEKLY - CALLS, r"call|not|rest|other|remaining"),  # 160
    "year_2020": 2020,
    "year_2021": 2021,
    "year_2022": 2022,
    "years": Fact(5, r"years"),
    "training_years": Fact(4, r"years|train"),
    "train_share_by_years": Fact(4 / 5, r"train|years|%|share"),
    "test_share_by_years": Fact(1 / 5, r"test|years|%|share|hold|held"),
    "one": 1,
}


def check(report):
    """Each section says what its heading asks."""
    return {
    }
