"""Qt widgets of casereview. Views call services; they run no SQL themselves."""
