p = 0.93  # expected accuracy
target_se = 0.003  # the largest acceptable standard error of the measured accuracy

# TODO: set ANSWER to the smallest whole number of test examples n for which the
# standard error of the measured accuracy is at most target_se.
ANSWER = None
