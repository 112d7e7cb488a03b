# Read the situation and the five plans in the statement, then write the letters of
# every plan that applies between the quotes, for example ANSWER = "AD".
# Only the letters are read; this file is never run.
ANSWER = ""
