# expect: added along the columns|could not be broadcast|shape
def add_row_offsets(X, offsets):
    return X + offsets
