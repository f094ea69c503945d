"""The database's own refusals, written for each backend: SQLite triggers that
RAISE(ABORT, …) and PostgreSQL triggers calling plpgsql functions that RAISE
EXCEPTION with the same message. Used by the migrations (db/versions), which
choose the form by `op.get_bind().dialect.name`."""
from __future__ import annotations

REFUSE_FUNCTION = """
CREATE OR REPLACE FUNCTION demilge_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
END
$$"""

# a row of a closed protocol (meeting.status = 'closed'): before and after the change
CLOSED_CHILD_FUNCTION = """
CREATE OR REPLACE FUNCTION demilge_closed_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'closed' THEN
            RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'closed' THEN
            RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$"""


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def refuse(op, name: str, table: str, event: str, message: str, when: str | None = None) -> None:
    """A trigger refusing `event` (INSERT, UPDATE or DELETE) on `table`, when `when`
    (a condition on OLD/NEW without subqueries) holds."""
    if op.get_bind().dialect.name == "sqlite":
        cond = f" WHEN {when}" if when else ""
        op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table}{cond} "
                   f"BEGIN SELECT RAISE(ABORT, {_lit(message)}); END")
        return
    op.execute(REFUSE_FUNCTION)
    cond = f" WHEN ({when})" if when else ""
    op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{cond} "
               f"EXECUTE FUNCTION demilge_refuse({_lit(message)})")


def closed_child(op, name: str, table: str, event: str, message: str) -> None:
    """A trigger refusing `event` on a row belonging to a closed protocol."""
    if op.get_bind().dialect.name == "sqlite":
        def closed(ref: str) -> str:
            return f"(SELECT status FROM meeting WHERE id = {ref}.meeting_id) = 'closed'"

        when = {"INSERT": closed("NEW"), "UPDATE": f"{closed('OLD')} OR {closed('NEW')}",
                "DELETE": closed("OLD")}[event]
        op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {when} "
                   f"BEGIN SELECT RAISE(ABORT, {_lit(message)}); END")
        return
    op.execute(CLOSED_CHILD_FUNCTION)
    op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW "
               f"EXECUTE FUNCTION demilge_closed_child({_lit(message)})")


def drop(op, name: str, table: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
