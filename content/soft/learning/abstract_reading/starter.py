# Read the abstract, the situation and the four replies in the statement, then
# write the letter of the best reply between the quotes, for example ANSWER = "D".
# Only the letter is read; this file is never run.
ANSWER = ""
