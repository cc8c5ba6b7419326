"""Dialogs of the main window (each module one dialog and the helpers that run it)."""
