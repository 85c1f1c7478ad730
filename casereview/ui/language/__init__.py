"""Loading the interface language (Qt translations)."""
