"""Dock widgets of the main window; each talks to the document and the selection."""
