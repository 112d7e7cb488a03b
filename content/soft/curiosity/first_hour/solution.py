"""B, C, E and G. Each is a question about what the data means: what the rows really
look like (B), what the target is and when it is known (C), which values are codes
rather than measurements (E), and which columns would not exist yet when the model is
used (G). None of them changes the data; all of them can change the project.

The tempting wrong steps act before understanding: fitting a model to learn what
matters (A) or keeping the most correlated columns (F) ranks the quirks instead of
finding them, a leaking column first of all, and dropping incomplete rows (D) throws
away information about why values are missing.
"""

ANSWER = "BCEG"
