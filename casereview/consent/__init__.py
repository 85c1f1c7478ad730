"""The consent round (wederhoor): frozen draft versions of the verslag, the reactions on them, finality."""
