# Read the situation and the five metrics in the statement, then write the
# letter of the best one between the quotes, for example ANSWER = "D".
# Only the letter is read; this file is never run.
ANSWER = ""
