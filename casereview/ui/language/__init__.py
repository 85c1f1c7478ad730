"""The interface language: Qt translations, dates as the window writes them, and every failure worded for the window."""
