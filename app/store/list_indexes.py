"""Indexes for the lazy lists (app.services.browse.Listing): each list's
default order (newest first) and every column a list may be sorted by, each
with the id as the last key, so the first page of a list is read from the
index's end however many rows there are (migration 0045)."""
from __future__ import annotations

from sqlalchemy import Index, text

from app.store import models as M
from app.store import register_models as RM

_C, _A, _P, _E = M.Competition.__table__.c, M.Application.__table__.c, M.Project.__table__.c, M.Event.__table__.c
_R, _H, _N = RM.Resolution.__table__.c, RM.Hearing.__table__.c, RM.Need.__table__.c
_BL = M.BudgetLine.__table__.c

# the figures-to-check list reads only rows that state a figure (migration 0055)
_STATED = "stated_total IS NOT NULL AND deleted_at IS NULL"
_PRICED = "quantity IS NOT NULL AND unit_price_tyiyn IS NOT NULL AND deleted_at IS NULL"

LIST_INDEXES = (
    Index("ix_competition_list", _C.year.desc(), _C.title, _C.id),
    Index("ix_application_list", _A.received_on.desc(), _A.reg_seq, _A.id),
    Index("ix_application_reg_number_id", _A.reg_number, _A.id),
    Index("ix_application_title_id", _A.title, _A.id),
    Index("ix_application_requested_id", _A.requested_tyiyn, _A.id),
    Index("ix_application_status_id", _A.status, _A.id),
    Index("ix_project_list", _P.start_on.desc(), _P.title, _P.id),
    Index("ix_project_title_id", _P.title, _P.id),
    Index("ix_project_awarded_id", _P.awarded_tyiyn, _P.id),
    Index("ix_project_end_on_id", _P.end_on, _P.id),
    Index("ix_project_status_id", _P.status, _P.id),
    Index("ix_event_list", _E.held_on.desc(), _E.title, _E.id),
    Index("ix_event_title_id", _E.title, _E.id),
    Index("ix_event_place_id", _E.place, _E.id),
    Index("ix_event_kind_id", _E.kind, _E.id),
    # the registers' lists (app.services.register_lists)
    Index("ix_resolution_list", _R.adopted_on.desc(), _R.number, _R.id),
    Index("ix_hearing_list", _H.held_on.desc(), _H.title, _H.id),
    Index("ix_need_list", _N.received_on.desc(), _N.village, _N.created_at, _N.id),
    Index("ix_event_stated", _E.project_id, sqlite_where=text(_STATED), postgresql_where=text(_STATED)),
    Index("ix_budget_line_priced", _BL.project_id, sqlite_where=text(_PRICED), postgresql_where=text(_PRICED)),
)
