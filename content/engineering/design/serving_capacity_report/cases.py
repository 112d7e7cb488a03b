"""The results the capacity report's numbers are checked against, computed from the load test."""

import math

LOAD_TEST = [  # offered load, p50 ms, p99 ms, error rate
    (50, 21, 38, 0.0), (100, 23, 45, 0.0), (150, 26, 61, 0.0),
    (200, 31, 88, 0.0), (250, 44, 190, 0.004), (300, 120, 900, 0.06),
]
P99_TARGET_MS, MAX_ERRORS = 100, 0.001
PEAKS = {"today": 3000, "year": 4500}
ZONES = 3
PRICE_PER_HOUR, HOURS_PER_MONTH = 1.20, 730

CAPACITY = max(load for load, _, p99, errors in LOAD_TEST
               if p99 < P99_TARGET_MS and errors < MAX_ERRORS)

FACTS = {"capacity_per_replica": CAPACITY, "zones_left": ZONES - 1,
         "capacity_per_zone_pair_share": CAPACITY * (ZONES - 1)}
for when, peak in PEAKS.items():
    all_up = math.ceil(peak / CAPACITY)
    per_zone = math.ceil(all_up / (ZONES - 1))  # two zones must carry the whole peak
    total = per_zone * ZONES
    FACTS.update({
        f"replicas_all_zones_up_{when}": all_up,
        f"replicas_exact_{when}": peak / CAPACITY,
        f"replicas_per_zone_{when}": per_zone,
        f"replicas_total_{when}": total,
        f"extra_replicas_for_zone_loss_{when}": total - all_up,
        f"replicas_after_zone_loss_{when}": per_zone * (ZONES - 1),
        f"utilisation_all_up_{when}": peak / (total * CAPACITY),
        f"utilisation_zone_down_{when}": peak / (per_zone * (ZONES - 1) * CAPACITY),
        f"load_per_replica_all_up_{when}": peak / total,
        f"load_per_replica_zone_down_{when}": peak / (per_zone * (ZONES - 1)),
        f"fleet_capacity_{when}": total * CAPACITY,
        f"fleet_capacity_zone_down_{when}": per_zone * (ZONES - 1) * CAPACITY,
        f"cost_per_hour_{when}": total * PRICE_PER_HOUR,
        f"cost_per_month_{when}": total * PRICE_PER_HOUR * HOURS_PER_MONTH,
        f"cost_per_year_{when}": total * PRICE_PER_HOUR * HOURS_PER_MONTH * 12,
    })
FACTS["extra_replicas_for_growth"] = FACTS["replicas_total_year"] - FACTS["replicas_total_today"]
FACTS["extra_cost_per_month_for_growth"] = (
    FACTS["cost_per_month_year"] - FACTS["cost_per_month_today"])
FACTS["growth"] = PEAKS["year"] / PEAKS["today"] - 1
FACTS["cost_per_replica_per_month"] = PRICE_PER_HOUR * HOURS_PER_MONTH
FACTS["p99_headroom_ms"] = P99_TARGET_MS - 88
