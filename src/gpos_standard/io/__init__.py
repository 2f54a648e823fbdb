"""Reading member files: every format gives a document plus a way to find the line of a JSON path."""
