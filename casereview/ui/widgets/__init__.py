"""Small reusable widgets that know nothing of a case's tables."""
