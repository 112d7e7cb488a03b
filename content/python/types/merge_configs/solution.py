"""Start from a shallow copy of `base` (`dict(base)` keeps its key order), then
walk `override`: where both sides hold a dict, recurse, which builds a *new*
nested dict; otherwise take override's value. Recursion is the natural shape
because the rule at every level is the same rule. Assigning to an existing key
keeps its position, and new keys go to the end, which gives the required order
for free.

Two wrong approaches are common. `base | override` (or `base.update(override)`)
is shallow: a partial `optimizer` section replaces the whole section. And
`result = base` followed by assignments (or `result[key].update(...)` on a
nested dict) writes into the caller's config, so the next experiment built
from the same base starts from this one's settings. Note that values taken
unchanged from the inputs (lists, untouched sub-dicts) are shared with them;
if the caller will mutate the result, wrap it in `copy.deepcopy`.
"""

from typing import Any


def merge_configs(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            merged[key] = merge_configs(merged[key], value)
        else:
            merged[key] = value
    return merged
