"""How the window carries out work: undoable commands through the services, file and
export actions, and (one place) error messages and background work."""
