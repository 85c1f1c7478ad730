"""The leerbrief pane, publishing to a region's register with sign-off, and the regional view."""
