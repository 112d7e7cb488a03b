def expand_grid(grid):
    # Grow the runs one name at a time: each new name multiplies every run so far
    # by its choices, which keeps the first name as the outermost loop.
    runs = [{}]
    for name, value in grid.items():
        choices = value if type(value) is list else [value]
        runs = [{**run, name: choice} for run in runs for choice in choices]
    return runs
