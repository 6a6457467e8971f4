"""The error the progress store raises when it cannot do what was asked."""

from __future__ import annotations


class ProgressError(Exception):
    """The progress database cannot be used or a request is invalid; ``code`` says why
    (for the interface), the message says where (for logs and the command line)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
