"""Conclusions, verbeterafspraken and the follow-up view."""
