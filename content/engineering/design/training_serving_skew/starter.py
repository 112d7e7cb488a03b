# Read the situation and the four options in the statement, then write the
# letter of the best one between the quotes, for example ANSWER = "C".
# Only the letter is read; this file is never run.
ANSWER = ""
