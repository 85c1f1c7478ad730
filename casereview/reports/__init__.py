"""Documents made from a case: the Word builder on the house template, one module per
document kind, spreadsheets, and the safe write every export goes through."""
