# Read the situation and the four entries in the statement, then write the
# letter of the most useful entry between the quotes, for example ANSWER = "A".
# Only the letter is read; this file is never run.
ANSWER = ""
