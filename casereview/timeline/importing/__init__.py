"""Reading timeline files (CSV, Excel, Word): one reader per format, recognising the
columns, and writing the rows into a case as one undoable step."""
