"""Build-time tools (run by developers, never at app run time)."""
