"""One visual style for every window: colours in ``palette``, type and spacing in ``metrics``,
the application stylesheet built from both in ``stylesheet``."""
