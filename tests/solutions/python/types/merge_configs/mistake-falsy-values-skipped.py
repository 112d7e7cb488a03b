# expect: a falsy value in override
def merge_configs(base, override):
    merged = dict(base)
    for key, value in override.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            merged[key] = merge_configs(merged[key], value)
        elif value or key not in merged:
            merged[key] = value
    return merged
