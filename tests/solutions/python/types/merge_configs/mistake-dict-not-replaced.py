# expect: a scalar \(or None\) in override must replace a dict
def merge_configs(base, override):
    merged = dict(base)
    for key, value in override.items():
        if isinstance(merged.get(key), dict):
            if isinstance(value, dict):
                merged[key] = merge_configs(merged[key], value)
        else:
            merged[key] = value
    return merged
