"""One case file as the services see it: opening and creating, the lock, encryption,
safe copies and the change history that makes deletes undoable."""
