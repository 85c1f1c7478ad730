"""Finding names nobody listed: a Dutch de-identifier in a worker process, and the chair's decisions."""
