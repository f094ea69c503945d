"""Refused report input. Report modules cannot import app.services (layers),
so they raise this; app.services.reporting turns it into a ServiceError with
the same message key and parameters."""
from __future__ import annotations


class ReportInputError(Exception):
    def __init__(self, key: str, **params):
        self.key = key
        self.params = params
        super().__init__(key)
