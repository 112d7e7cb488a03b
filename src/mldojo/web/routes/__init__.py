"""One module per page type; each route parses, calls one `dojo` function, renders."""
