"""The window's part of the round after the meeting: concepts, the reaction log, the evaluation, the family."""
