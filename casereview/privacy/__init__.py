"""Keeping names out of documents: the pseudonym list, replacing names, and the leak
check every document passes before it is written."""
