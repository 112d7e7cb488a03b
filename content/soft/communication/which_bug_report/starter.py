# Read the situation and the four reports in the statement, then write the
# letter of the best report between the quotes, for example ANSWER = "B".
# Only the letter is read; this file is never run.
ANSWER = ""
