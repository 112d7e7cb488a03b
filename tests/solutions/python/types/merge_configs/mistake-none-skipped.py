# expect: not whether its value is true \(on a hidden edge case
# Skips override values that are None, so base's value stays where override sets None.

import copy


def merge_configs(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if v is None:
            continue
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge_configs(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out
