# expect: added along the columns
def add_row_offsets(X, offsets):
    return X + offsets
