"""The quality officer's overview window (Bestand → Overzicht…)."""
