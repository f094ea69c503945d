"""Errors the services raise. Each carries a message key (see app.i18n) and
parameters, so the GUI and the CLI show it in the user's language."""
from __future__ import annotations

from app import i18n


class ServiceError(Exception):
    """A refused action. Nothing was changed."""

    def __init__(self, key: str, field: str | None = None, **params):
        self.key = key
        self.field = field
        self.params = params
        super().__init__(key)

    def message(self, lang: str | None = None) -> str:
        return i18n.t(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class ValidationError(ServiceError):
    """Bad input: `errors` maps a field name to a ServiceError for that field."""

    def __init__(self, errors: dict[str, ServiceError]):
        self.errors = errors
        first = next(iter(errors.values()))
        super().__init__(first.key, first.field, **first.params)
