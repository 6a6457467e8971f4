"""Offline web engine plumbing: app:// scheme, request blocking, the JS bridge."""
