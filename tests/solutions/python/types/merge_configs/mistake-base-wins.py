# expect: base's value won
def merge_configs(base, override):
    merged = dict(override)
    for key, value in base.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            merged[key] = merge_configs(value, merged[key])
        else:
            merged[key] = value
    return merged
