"""The timeline in the window: table model, filters, chart, event dialog and import."""
