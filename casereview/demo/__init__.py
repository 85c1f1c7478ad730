"""The fictional demo case the app opens on first start (and tests and screenshots use)."""
