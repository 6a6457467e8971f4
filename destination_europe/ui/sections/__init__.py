"""The main window sections."""
