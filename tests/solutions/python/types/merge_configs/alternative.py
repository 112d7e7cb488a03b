def merge_configs(base, override):
    # One comprehension over base's keys, then override's new keys appended.
    def pick(key):
        mine, theirs = base[key], override.get(key)
        if key not in override:
            return mine
        if type(mine) is dict and type(theirs) is dict:
            return merge_configs(mine, theirs)
        return theirs

    merged = {key: pick(key) for key in base}
    merged.update((key, value) for key, value in override.items() if key not in base)
    return merged
