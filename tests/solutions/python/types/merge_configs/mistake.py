# expect: shallow merge
def merge_configs(base, override):
    # A partial section in override replaces the whole section of base.
    return base | override
