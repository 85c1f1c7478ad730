"""Stand-alone dialogs: pseudonyms and settings."""
