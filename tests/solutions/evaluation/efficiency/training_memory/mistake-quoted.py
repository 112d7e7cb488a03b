# expect: must be a number of GB, not a str
# The right total written as text. It used to be told the answer must lie between 0
# and 1, which a number of GB does not.
ANSWER = "20.8 GB"
