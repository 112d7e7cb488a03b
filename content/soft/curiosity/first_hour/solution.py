"""A, B, D and F. Each is a question about what the data means: what the rows really
look like (A), what the target is and when it is known (B), which values are codes
rather than measurements (D), and which columns would not exist yet when the model is
used (F). None of them changes the data; all of them can change the project.

The tempting wrong steps act before understanding: fitting a model to learn what
matters (C) or keeping the most correlated columns (G) ranks the quirks instead of
finding them, a leaking column first of all, and dropping incomplete rows (E) throws
away information about why values are missing.
"""

ANSWER = "ABDF"
