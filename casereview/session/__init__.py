"""The review meeting itself: agenda and templates, the procedure and its clock,
parties, the contributions they bring in, and the check of the seven rules."""
