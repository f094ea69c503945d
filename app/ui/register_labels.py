"""Words for the codes of the registers (issue 19), translated by Qt."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain import registers as R
from app.ui.labels import EnumLabels

BODY_KIND = EnumLabels("BodyKind", {
    R.BodyKind.AYIL_KENESH: "Ayil kenesh",
    R.BodyKind.CITY_COUNCIL: "City council",
    R.BodyKind.EXECUTIVE: "Executive body",
    R.BodyKind.OTHER: "Other body",
})

ACT_KIND = EnumLabels("ActKind", {
    R.ActKind.RESOLUTION: "Resolution",
    R.ActKind.ORDER: "Order",
    R.ActKind.DECISION: "Decision",
})

POINT_STATE = EnumLabels("PointState", {
    R.PointState.OVERDUE: "Overdue",
    R.PointState.DUE_THIS_MONTH: "Due this month",
    R.PointState.IN_PROGRESS: "In progress",
    R.PointState.DONE: "Done",
    R.PointState.DONE_LATE: "Done late",
})

LINK_RELATION = EnumLabels("LinkRelation", {
    R.LinkRelation.APPROVES: "Approves",
    R.LinkRelation.CHANGES: "Changes",
    "basis": "Legal basis of",
    "budget": "Approves the budget",
    "decision": "Reserve-fund decision",
    "proposal": "Includes a hearing proposal",
})

LINK_TARGET = EnumLabels("LinkTarget", {
    R.LinkTarget.COMPETITION: "Competition",
    R.LinkTarget.PROGRAM: "Development program",
    R.LinkTarget.REGULATION: "Regulation",
    R.LinkTarget.TARGET_CORRECTION: "Target correction",
    R.LinkTarget.BUDGET: "Local budget",
    R.LinkTarget.OTHER: "Other document",
    "hearing": "Public hearing",
})

HEARING_KIND = EnumLabels("HearingKind", {
    R.HearingKind.BUDGET_DRAFT: "Budget draft",
    R.HearingKind.BUDGET_EXECUTION: "Budget execution",
    R.HearingKind.TARIFF: "Tariffs",
    R.HearingKind.PROGRAM: "Program",
    R.HearingKind.OTHER: "Other",
})

HEARING_PLACE = EnumLabels("HearingPlace", {
    True: QT_TRANSLATE_NOOP("HearingPlace", "Online"),
    False: QT_TRANSLATE_NOOP("HearingPlace", "In person"),
})

PROPOSAL_STATUS = EnumLabels("ProposalStatus", {
    R.ProposalStatus.PENDING: "Pending",
    R.ProposalStatus.ACCEPTED: "Accepted",
    R.ProposalStatus.PARTLY: "Partly accepted",
    R.ProposalStatus.REJECTED: "Rejected",
})

NEED_SOURCE = EnumLabels("NeedSource", {
    R.NeedSource.SURVEY: "Survey",
    R.NeedSource.HEARING: "Public hearing",
    R.NeedSource.MEETING: "Meeting",
    R.NeedSource.LETTER: "Letter",
    R.NeedSource.ONLINE: "Online",
})

NEED_STATUS = EnumLabels("NeedStatus", {
    R.NeedStatus.NEW: "New",
    R.NeedStatus.CONSIDERED: "Under consideration",
    R.NeedStatus.ADDRESSED: "Addressed",
    R.NeedStatus.DECLINED: "Declined",
})

ALLOCATION_KIND = EnumLabels("AllocationKind", {
    R.AllocationKind.LOCAL_INITIATIVES: "Local initiatives (LI)",
    R.AllocationKind.SOCIAL_ORDER: "Social order (SSO)",
    R.AllocationKind.OTHER: "Other",
})

YES_NO = EnumLabels("YesNo", {
    True: QT_TRANSLATE_NOOP("YesNo", "Yes"),
    False: QT_TRANSLATE_NOOP("YesNo", "No"),
})
