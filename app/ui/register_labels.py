"""Words for the codes of the registers (issue 19), translated by Qt."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain import registers as R
from app.ui.labels import EnumLabels

BODY_KIND = EnumLabels("BodyKind", {
    R.BodyKind.AYIL_KENESH: QT_TRANSLATE_NOOP("BodyKind", "Ayil kenesh"),
    R.BodyKind.CITY_COUNCIL: QT_TRANSLATE_NOOP("BodyKind", "City council"),
    R.BodyKind.EXECUTIVE: QT_TRANSLATE_NOOP("BodyKind", "Executive body"),
    R.BodyKind.OTHER: QT_TRANSLATE_NOOP("BodyKind", "Other body"),
})

ACT_KIND = EnumLabels("ActKind", {
    R.ActKind.RESOLUTION: QT_TRANSLATE_NOOP("ActKind", "Resolution"),
    R.ActKind.ORDER: QT_TRANSLATE_NOOP("ActKind", "Order"),
    R.ActKind.DECISION: QT_TRANSLATE_NOOP("ActKind", "Decision"),
})

POINT_STATE = EnumLabels("PointState", {
    R.PointState.OVERDUE: QT_TRANSLATE_NOOP("PointState", "Overdue"),
    R.PointState.DUE_THIS_MONTH: QT_TRANSLATE_NOOP("PointState", "Due this month"),
    R.PointState.IN_PROGRESS: QT_TRANSLATE_NOOP("PointState", "In progress"),
    R.PointState.DONE: QT_TRANSLATE_NOOP("PointState", "Done"),
    R.PointState.DONE_LATE: QT_TRANSLATE_NOOP("PointState", "Done late"),
})

LINK_RELATION = EnumLabels("LinkRelation", {
    R.LinkRelation.APPROVES: QT_TRANSLATE_NOOP("LinkRelation", "Approves"),
    R.LinkRelation.CHANGES: QT_TRANSLATE_NOOP("LinkRelation", "Changes"),
    "basis": QT_TRANSLATE_NOOP("LinkRelation", "Legal basis of"),
    "budget": QT_TRANSLATE_NOOP("LinkRelation", "Approves the budget"),
    "decision": QT_TRANSLATE_NOOP("LinkRelation", "Reserve-fund decision"),
    "proposal": QT_TRANSLATE_NOOP("LinkRelation", "Includes a hearing proposal"),
})

LINK_TARGET = EnumLabels("LinkTarget", {
    R.LinkTarget.COMPETITION: QT_TRANSLATE_NOOP("LinkTarget", "Competition"),
    R.LinkTarget.PROGRAM: QT_TRANSLATE_NOOP("LinkTarget", "Development program"),
    R.LinkTarget.REGULATION: QT_TRANSLATE_NOOP("LinkTarget", "Regulation"),
    R.LinkTarget.TARGET_CORRECTION: QT_TRANSLATE_NOOP("LinkTarget", "Target correction"),
    R.LinkTarget.BUDGET: QT_TRANSLATE_NOOP("LinkTarget", "Local budget"),
    R.LinkTarget.OTHER: QT_TRANSLATE_NOOP("LinkTarget", "Other document"),
    "hearing": QT_TRANSLATE_NOOP("LinkTarget", "Public hearing"),
})

HEARING_KIND = EnumLabels("HearingKind", {
    R.HearingKind.BUDGET_DRAFT: QT_TRANSLATE_NOOP("HearingKind", "Budget draft"),
    R.HearingKind.BUDGET_EXECUTION: QT_TRANSLATE_NOOP("HearingKind", "Budget execution"),
    R.HearingKind.TARIFF: QT_TRANSLATE_NOOP("HearingKind", "Tariffs"),
    R.HearingKind.PROGRAM: QT_TRANSLATE_NOOP("HearingKind", "Program"),
    R.HearingKind.OTHER: QT_TRANSLATE_NOOP("HearingKind", "Other"),
})

HEARING_PLACE = EnumLabels("HearingPlace", {
    True: QT_TRANSLATE_NOOP("HearingPlace", "Online"),
    False: QT_TRANSLATE_NOOP("HearingPlace", "In person"),
})

PROPOSAL_STATUS = EnumLabels("ProposalStatus", {
    R.ProposalStatus.PENDING: QT_TRANSLATE_NOOP("ProposalStatus", "Pending"),
    R.ProposalStatus.ACCEPTED: QT_TRANSLATE_NOOP("ProposalStatus", "Accepted"),
    R.ProposalStatus.PARTLY: QT_TRANSLATE_NOOP("ProposalStatus", "Partly accepted"),
    R.ProposalStatus.REJECTED: QT_TRANSLATE_NOOP("ProposalStatus", "Rejected"),
})

NEED_SOURCE = EnumLabels("NeedSource", {
    R.NeedSource.SURVEY: QT_TRANSLATE_NOOP("NeedSource", "Survey"),
    R.NeedSource.HEARING: QT_TRANSLATE_NOOP("NeedSource", "Public hearing"),
    R.NeedSource.MEETING: QT_TRANSLATE_NOOP("NeedSource", "Meeting"),
    R.NeedSource.LETTER: QT_TRANSLATE_NOOP("NeedSource", "Letter"),
    R.NeedSource.ONLINE: QT_TRANSLATE_NOOP("NeedSource", "Online"),
})

NEED_STATUS = EnumLabels("NeedStatus", {
    R.NeedStatus.NEW: QT_TRANSLATE_NOOP("NeedStatus", "New"),
    R.NeedStatus.CONSIDERED: QT_TRANSLATE_NOOP("NeedStatus", "Under consideration"),
    R.NeedStatus.ADDRESSED: QT_TRANSLATE_NOOP("NeedStatus", "Addressed"),
    R.NeedStatus.DECLINED: QT_TRANSLATE_NOOP("NeedStatus", "Declined"),
})

ALLOCATION_KIND = EnumLabels("AllocationKind", {
    R.AllocationKind.LOCAL_INITIATIVES: QT_TRANSLATE_NOOP("AllocationKind", "Local initiatives (LI)"),
    R.AllocationKind.SOCIAL_ORDER: QT_TRANSLATE_NOOP("AllocationKind", "Social order (SSO)"),
    R.AllocationKind.OTHER: QT_TRANSLATE_NOOP("AllocationKind", "Other"),
})

YES_NO = EnumLabels("YesNo", {
    True: QT_TRANSLATE_NOOP("YesNo", "Yes"),
    False: QT_TRANSLATE_NOOP("YesNo", "No"),
})
