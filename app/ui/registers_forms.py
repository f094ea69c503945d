"""The forms of the registers: each builds a FormDialog whose OK calls one
service function (a refusal keeps the form open with the message at the
field). The pages show them with form_helpers.run_form, so tests can answer."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from app.domain import registers as R
from app.domain.money import format_amount
from app.services import hearings as HS
from app.services import local_budgets as LB
from app.services import needs as NS
from app.services import resolutions as RS
from app.ui import register_labels as RL
from app.ui.program_dialogs import FormDialog


def money_text(tyiyn: int | None) -> str:
    return "" if tyiyn is None else format_amount(tyiyn, sep=" ")


class RegisterForm(FormDialog):
    """FormDialog with multi-line texts and tick boxes too; long choices do
    not push the labels out of sight."""

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.setMinimumWidth(640)

    def add_combo(self, key: str, label: str, items, current=None) -> QComboBox:
        combo = super().add_combo(key, label, items, current)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(30)
        for i in range(combo.count()):
            combo.setItemData(i, combo.itemText(i), Qt.ItemDataRole.ToolTipRole)
        return combo

    def add_text(self, key: str, label: str, text: str = "", lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(f"field_{key}")
        edit.setTabChangesFocus(True)
        edit.setPlainText(text or "")
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        self._add(key, label, edit)
        return edit

    def add_check(self, key: str, label: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(label, self)
        box.setObjectName(f"field_{key}")
        box.setChecked(bool(checked))
        self._add(key, "", box)
        return box

    def values(self) -> dict:
        out = super().values()
        for key, w in self.fields.items():
            if isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            elif isinstance(w, QCheckBox):
                out[key] = w.isChecked()
        return out


def _codes(labels, values) -> list[tuple[str, str]]:
    return [(labels.label(v), v.value) for v in values]


class RegisterForms(QObject):
    """Builds the forms; its texts are translated in the context "RegisterForms"."""

    def _none_first(self, choices) -> list[tuple[str, object]]:
        return [(self.tr("(not chosen)"), None)] + [(c.text, c.id) for c in choices]

    # --------------------------------------------------------------------------
    # Resolutions

    def resolution_form(self, parent, db, detail: RS.ResolutionDetail | None) -> RegisterForm:
        d = RegisterForm(self.tr("Resolution") if detail else self.tr("New resolution"), parent)
        d.setObjectName("resolution_form")
        v = detail.as_input() if detail else RS.ResolutionInput()
        d.add_combo("body_kind", self.tr("&Body:"), _codes(RL.BODY_KIND, R.BodyKind), v.body_kind)
        edit = d.add_line("body_name", self.tr("Body's &name:"), v.body_name)
        edit.setPlaceholderText(self.tr("e.g. Kara-Balta city council"))
        d.add_combo("act_kind", self.tr("&Kind of act:"), [("—", None)] + _codes(RL.ACT_KIND, R.ActKind), v.act_kind)
        d.add_line("number", self.tr("N&umber:"), v.number)
        d.add_date("adopted_on", self.tr("&Adopted on:"), v.adopted_on)
        d.add_text("title", self.tr("&Title:"), v.title, 2)
        d.add_check("normative", self.tr("&Normative act (registered by the justice body)"), v.normative)
        d.add_date("justice_sent_on", self.tr("Sent to &justice on:"), v.justice_sent_on)
        d.add_date("justice_registered_on", self.tr("&Registered on:"), v.justice_registered_on)
        d.add_line("justice_register_no", self.tr("Number in the state &register:"), v.justice_register_no)
        d.add_text("control_commission", self.tr("&Standing commission in control:"), v.control_commission, 2)
        d.add_line("control_official", self.tr("&Official in control:"), v.control_official)
        d.add_text("distribution", self.tr("&Distribution (one per line):"), v.distribution, 3)
        d.add_text("note", self.tr("N&ote:"), v.note, 2)
        if detail is None:
            d.submit = lambda vals: RS.create_resolution(db, RS.ResolutionInput(**vals))
        else:
            rid, mid = detail.id, detail.municipality_id
            d.submit = lambda vals: RS.update_resolution(db, rid, RS.ResolutionInput(**vals, municipality_id=mid))
        return d

    def point_form(self, parent, db, resolution_id: str, point: RS.PointRow | None) -> RegisterForm:
        d = RegisterForm(self.tr("Point of the resolution") if point else self.tr("New point"), parent)
        d.setObjectName("point_form")
        d.add_line("number", self.tr("&No.:"), str(point.number) if point else "").setPlaceholderText(self.tr("next"))
        d.add_text("text", self.tr("&Text:"), point.text if point else "", 3)
        d.add_date("due_on", self.tr("&Due date (empty: not under control):"), point.due_on if point else None)
        d.add_line("controller", self.tr("&Controller (empty: the resolution's):"), point.controller if point else "")
        d.add_text("note", self.tr("N&ote:"), point.note if point else "", 2)
        if point is None:
            d.submit = lambda vals: RS.add_point(db, resolution_id, RS.PointInput(**vals))
        else:
            pid = point.id
            d.submit = lambda vals: RS.update_point(db, pid, RS.PointInput(**vals))
        return d

    def done_form(self, parent, db, point_id: str, text: str) -> RegisterForm:
        d = RegisterForm(self.tr("Mark done: %1").replace("%1", text[:60]), parent)
        d.setObjectName("done_form")
        d.add_date("done_on", self.tr("&Done on:"))
        edit = d.add_line("done_document", self.tr("Confirming &document:"))
        edit.setPlaceholderText(self.tr("e.g. letter No. 12"))
        d.submit = lambda vals: RS.mark_point_done(db, point_id, vals["done_on"], vals["done_document"])
        return d

    def link_form(self, parent, db, resolution_id: str) -> RegisterForm:
        d = RegisterForm(self.tr("What the resolution approves or changes"), parent)
        d.setObjectName("link_form")
        d.add_combo("relation", self.tr("&Relation:"), _codes(RL.LINK_RELATION, R.LinkRelation))
        kinds = [k for k in R.LinkTarget]
        kind = d.add_combo("target_kind", self.tr("&What:"), _codes(RL.LINK_TARGET, kinds))
        record = d.add_combo("target_id", self.tr("&Record:"), [])
        d.add_line("title", self.tr("&Title of the document:"))

        def refill(*_args) -> None:
            record.clear()
            chosen = kind.currentData()
            if chosen in {k.value for k in R.RECORD_TARGETS}:
                for c in RS.link_choices(db, chosen):
                    record.addItem(c.text, c.id)
            record.setEnabled(record.count() > 0)
            d.fields["title"].setEnabled(chosen not in {k.value for k in R.RECORD_TARGETS})

        kind.currentIndexChanged.connect(refill)
        refill()
        d.submit = lambda vals: RS.link_resolution(db, resolution_id, vals["relation"], vals["target_kind"],
                                                   vals["target_id"], vals["title"])
        return d


    # --------------------------------------------------------------------------
    # Hearings

    def hearing_form(self, parent, db, detail: HS.HearingDetail | None) -> RegisterForm:
        d = RegisterForm(self.tr("Public hearing") if detail else self.tr("New public hearing"), parent)
        d.setObjectName("hearing_form")
        v = detail.as_input() if detail else HS.HearingInput()
        d.add_combo("kind", self.tr("&Type:"), _codes(RL.HEARING_KIND, R.HearingKind), v.kind)
        d.add_line("title", self.tr("&Subject:"), v.title)
        d.add_date("notice_on", self.tr("&Notice on:"), v.notice_on)
        d.add_line("notice_channel", self.tr("Notice &channel:"), v.notice_channel).setPlaceholderText(
            self.tr("e.g. notice board, WhatsApp groups, radio"))
        d.add_date("held_on", self.tr("&Held on:"), v.held_on)
        d.add_check("online", self.tr("Held &online (remotely, through messengers)"), v.online)
        d.add_line("place", self.tr("&Place or link:"), v.place)
        d.add_line("chair", self.tr("C&hair:"), v.chair)
        d.add_line("secretary", self.tr("Sec&retary:"), v.secretary)
        d.add_text("note", self.tr("N&ote:"), v.note, 2)
        if detail is None:
            d.submit = lambda vals: HS.create_hearing(db, HS.HearingInput(**vals))
        else:
            hid, mid = detail.id, detail.municipality_id
            d.submit = lambda vals: HS.update_hearing(db, hid, HS.HearingInput(**vals, municipality_id=mid))
        return d

    def proposal_form(self, parent, db, hearing_id: str, proposal: HS.ProposalView | None) -> RegisterForm:
        d = RegisterForm(self.tr("Proposal") if proposal else self.tr("New proposal"), parent)
        d.setObjectName("proposal_form")
        edit = d.add_line("author_group", self.tr("&Author group:"), proposal.author_group if proposal else "")
        edit.setPlaceholderText(
            self.tr("e.g. youth, residents of a village, deputies"))
        d.add_text("text", self.tr("&Proposal:"), proposal.text if proposal else "", 3)
        if proposal is None:
            d.submit = lambda vals: HS.add_proposal(db, hearing_id, HS.ProposalInput(**vals))
        else:
            pid = proposal.id
            d.submit = lambda vals: HS.update_proposal(db, pid, HS.ProposalInput(**vals))
        return d

    def answer_form(self, parent, db, proposal: HS.ProposalView, hearing_id: str | None = None) -> RegisterForm:
        d = RegisterForm(self.tr("Answer to the proposal"), parent)
        d.setObjectName("answer_form")
        d.add_combo("status", self.tr("&Decision:"), _codes(RL.PROPOSAL_STATUS, R.ProposalStatus), proposal.status)
        d.add_text("answer", self.tr("&Answer (the reason when rejected):"), proposal.answer, 3)
        d.add_combo("included_resolution_id", self.tr("Included in the &resolution:"),
                    self._none_first(RS.resolution_choices(db, owner=("hearing", hearing_id))),
                    proposal.included_resolution_id)
        d.add_combo("included_allocation_id", self.tr("Included in the &budget line:"),
                    self._none_first(LB.allocation_choices(db)), proposal.included_allocation_id)
        d.add_line("included_note", self.tr("Included &elsewhere:"))
        pid = proposal.id
        d.submit = lambda vals: HS.answer_proposal(db, pid, HS.AnswerInput(**vals))
        return d


    # --------------------------------------------------------------------------
    # Needs

    def need_form(self, parent, db, detail: NS.NeedDetail | None) -> RegisterForm:
        d = RegisterForm(self.tr("Need or proposal") if detail else self.tr("New need or proposal"), parent)
        d.setObjectName("need_form")
        v = detail.as_input() if detail else NS.NeedInput()
        d.add_combo("source", self.tr("&Source:"), _codes(RL.NEED_SOURCE, R.NeedSource), v.source)
        d.add_date("received_on", self.tr("&Date:"), v.received_on)
        d.add_line("village", self.tr("&Village:"), v.village)
        d.add_line("group_concerned", self.tr("&Group concerned:"), v.group_concerned)
        d.add_line("author", self.tr("&Who wrote or said it:"), v.author)
        d.add_text("problem", self.tr("&Problem:"), v.problem, 3)
        d.add_text("proposal", self.tr("P&roposal:"), v.proposal, 3)
        d.add_combo("hearing_id", self.tr("&Hearing:"),
                    self._none_first(HS.hearing_choices(db)), v.hearing_id)
        d.add_text("note", self.tr("N&ote:"), v.note, 2)
        if detail is None:
            d.submit = lambda vals: NS.create_need(db, NS.NeedInput(**vals))
        else:
            nid, mid = detail.id, detail.municipality_id
            d.submit = lambda vals: NS.update_need(db, nid, NS.NeedInput(**vals, municipality_id=mid))
        return d

    def need_answer_form(self, parent, db, detail: NS.NeedDetail) -> RegisterForm:
        d = RegisterForm(self.tr("What answered the need"), parent)
        d.setObjectName("need_answer_form")
        a = detail.as_answer()
        d.add_combo("status", self.tr("&Status:"), _codes(RL.NEED_STATUS, R.NeedStatus), a.status)
        d.add_combo("competition_id", self.tr("&Competition (its theme):"), self._none_first(NS.competition_choices(db)),
                    a.competition_id)
        d.add_combo("measure_id", self.tr("Program &measure:"), self._none_first(NS.measure_choices(db)), a.measure_id)
        d.add_combo("allocation_id", self.tr("&Budget line:"), self._none_first(LB.allocation_choices(db)), a.allocation_id)
        d.add_text("answer", self.tr("&Answer (the reason when declined):"), a.answer, 3)
        nid = detail.id
        d.submit = lambda vals: NS.answer_need(db, nid, NS.NeedAnswer(**vals))
        return d


    # --------------------------------------------------------------------------
    # Local budgets

    def budget_form(self, parent, db, detail: LB.BudgetDetail | None) -> RegisterForm:
        d = RegisterForm(self.tr("Local budget") if detail else self.tr("New year's local budget"), parent)
        d.setObjectName("budget_form")
        d.add_line("year", self.tr("&Year:"), str(detail.year) if detail else "")
        d.add_line("total_expenditure_tyiyn", self.tr("Total &expenditure, som:"),
                   money_text(detail.total_expenditure_tyiyn) if detail else "")
        d.add_line("paid_services_tyiyn", self.tr("Executive's &paid services, som:"),
                   money_text(detail.paid_services_tyiyn) if detail else "")
        d.add_line("reserve_fund_tyiyn", self.tr("&Reserve fund, som (at most 1 %):"),
                   money_text(detail.reserve_fund_tyiyn) if detail else "")
        d.add_combo("resolution_id", self.tr("Approved by re&solution:"),
                    self._none_first(RS.resolution_choices(db, owner=("budget", detail.id if detail else None))),
                    detail.resolution_id if detail else None)
        d.add_text("note", self.tr("N&ote:"), detail.note if detail else "", 2)
        if detail is None:
            d.submit = lambda vals: LB.create_budget(db, LB.BudgetInput(**vals))
        else:
            bid, mid = detail.id, detail.municipality_id
            d.submit = lambda vals: LB.update_budget(db, bid, LB.BudgetInput(**vals, municipality_id=mid))
        return d

    def allocation_form(self, parent, db, budget_id: str, allocation: LB.AllocationView | None) -> RegisterForm:
        d = RegisterForm(self.tr("Budget line") if allocation else self.tr("New budget line"), parent)
        d.setObjectName("allocation_form")
        d.add_combo("kind", self.tr("&Kind:"), _codes(RL.ALLOCATION_KIND, R.AllocationKind),
                    allocation.kind if allocation else None)
        d.add_line("title", self.tr("&Title:"), allocation.title if allocation else "")
        d.add_line("amount_tyiyn", self.tr("&Amount, som:"), money_text(allocation.amount_tyiyn) if allocation else "")
        d.add_text("note", self.tr("N&ote:"), allocation.note if allocation else "", 2)
        if allocation is None:
            d.submit = lambda vals: LB.add_allocation(db, budget_id, LB.AllocationInput(**vals))
        else:
            aid = allocation.id
            d.submit = lambda vals: LB.update_allocation(db, aid, LB.AllocationInput(**vals))
        return d

    def fund_form(self, parent, db, allocation: LB.AllocationView) -> RegisterForm:
        d = RegisterForm(self.tr("Competition funded from «%1»").replace("%1", allocation.title), parent)
        d.setObjectName("fund_form")
        d.add_combo("competition_id", self.tr("&Competition:"), [(c.text, c.id) for c in NS.competition_choices(db)])
        aid = allocation.id
        d.submit = lambda vals: LB.fund_competition(db, aid, vals["competition_id"])
        return d

    def decision_form(self, parent, db, budget_id: str, decision: LB.DecisionView | None) -> RegisterForm:
        d = RegisterForm(self.tr("Decision on the reserve fund") if decision else self.tr("New decision on the reserve fund"),
                         parent)
        d.setObjectName("decision_form")
        d.add_date("decided_on", self.tr("&Date:"), decision.decided_on if decision else None)
        d.add_line("document", self.tr("&Document:"), decision.document if decision else "").setPlaceholderText(
            self.tr("e.g. resolution of the ayil okmotu No. 7"))
        d.add_line("amount_tyiyn", self.tr("&Amount, som:"), money_text(decision.amount_tyiyn) if decision else "")
        d.add_text("purpose", self.tr("&Purpose:"), decision.purpose if decision else "", 2)
        d.add_combo("resolution_id", self.tr("&Resolution of the register:"),
                    self._none_first(RS.resolution_choices(db, owner=("budget", budget_id))),
                    decision.resolution_id if decision else None)
        if decision is None:
            d.submit = lambda vals: LB.add_reserve_decision(db, budget_id, LB.DecisionInput(**vals))
        else:
            did = decision.id
            d.submit = lambda vals: LB.update_reserve_decision(db, did, LB.DecisionInput(**vals))
        return d


_FORMS: RegisterForms | None = None


def forms() -> RegisterForms:
    global _FORMS
    if _FORMS is None:
        _FORMS = RegisterForms()
    return _FORMS


def resolution_form(*args):
    return forms().resolution_form(*args)


def point_form(*args):
    return forms().point_form(*args)


def done_form(*args):
    return forms().done_form(*args)


def link_form(*args):
    return forms().link_form(*args)


def hearing_form(*args):
    return forms().hearing_form(*args)


def proposal_form(*args):
    return forms().proposal_form(*args)


def answer_form(*args):
    return forms().answer_form(*args)


def need_form(*args):
    return forms().need_form(*args)


def need_answer_form(*args):
    return forms().need_answer_form(*args)


def budget_form(*args):
    return forms().budget_form(*args)


def allocation_form(*args):
    return forms().allocation_form(*args)


def fund_form(*args):
    return forms().fund_form(*args)


def decision_form(*args):
    return forms().decision_form(*args)
