"""Destination Europe: an offline learning app on migration and integration in Europe."""

__version__ = "0.1.0"
