"""Use cases called by the GUI and the CLI: one function per user action.

Conventions:
- the first argument is an open `app.store.db.Database`;
- each action opens its own transaction (`with db.session() as s:`) and
  either commits all of it or nothing;
- results are plain dataclasses, never live ORM objects;
- a refused action raises `ServiceError` (app.services.errors) with a message
  key from `app.i18n`, and leaves the database as it was.
"""
