"""Every service function that changes data is refused for every role that
lacks its right, and the refusal leaves the database file exactly as it was.

The functions are DISCOVERED: every public function of every module in
app.services whose first parameter is `db` must be listed below, either in
READ_ONLY (reviewed: it only reads the database), in EXEMPT (with the reason
it may change data without a role), or in ACTIONS (its right and how to call
it). A new service function in none of them fails
`test_every_service_function_is_classified` with what to do; one in ACTIONS
is then called as every role: the roles without the right must get
"auth.denied" and an unchanged dump, the roles with it must not be refused.
"""
from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import shutil
import sqlite3
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable

import pytest
from sqlalchemy import select

import app.services
from app.domain.participants import builtin_category_id as cat
from app.services import applications as AP
from app.services import backup as BK
from app.services import commission as CM
from app.services import competition_prep as CP
from app.services import competitions as C
from app.services import hearings as H
from app.services import local_budgets as LB
from app.services import lots as LT
from app.services import needs as N
from app.services import program_import as PI
from app.services import programs as PG
from app.services import project_cycle as PC
from app.services import projects as PS
from app.services import resolutions as RS
from app.services import sync as SY
from app.services import users as U
from app.services.auth import ROLE_PERMS, Perm, Role
from app.services.errors import ServiceError
from app.store import cycle_models as CYM
from app.store import models as M
from app.store import register_models as RM
from app.store.db import Actor, open_database
from tests.competition_data import CASE_B, KOZHONOVA, dump, municipality, winner_1, winner_2

ASANOVA = replace(KOZHONOVA, name="Асанова Гүлзат Бакыевна", village="Үч-Коргон")
TOKTOGULOV = replace(KOZHONOVA, name="Токтогулов Нурлан Эсенович", village="Орозбеков")
ERKINBAEVA = replace(KOZHONOVA, name="Эркинбаева Айзада Маратовна", village="Кара-Дөбө")

# ---------------------------------------------------------------------------
# The classification. Keep each list sorted; a reviewer checks every entry.

READ_ONLY = {
    # They read the database (or write a file outside it from what they read).
    "applications.attachment_file", "applications.copy_attachment", "applications.eligibility_sheet",
    "applications.get_applicant", "applications.get_application", "applications.list_applicants",
    "applications.list_register", "applications.participant_categories", "applications.suggest_applicants",
    "applications.villages",
    "auth.require",                      # the role check itself
    "browse.commission_competition", "browse.event_span", "browse.list_applications",
    "browse.list_commission_members", "browse.list_competitions",
    "browse.list_events", "browse.list_meetings", "browse.list_program_items", "browse.list_projects",
    "browse.municipality_summary", "browse.register_totals",
    "commission.commission_view", "commission.composition_warnings", "commission.meeting_view",
    "commission.preview_decision", "commission.quorum",
    "competition_prep.competition_event_counts", "competition_prep.list_competition_events",
    "competition_prep.list_competition_media", "competition_prep.list_plan", "competition_prep.plan_warnings",
    "competitions.get_competition", "competitions.step_states", "competitions.amendments",
    "figures.figure_checks", "figures.list_figures_to_check",
    "hearings.get_hearing", "hearings.hearing_choices", "hearings.list_hearings",
    "history.record_history",
    "listing.id_listing",
    "local_budgets.allocation_choices", "local_budgets.get_budget", "local_budgets.list_budgets",
    "lots.lots_view",
    "needs.competition_choices", "needs.draft_from_needs", "needs.get_need", "needs.list_needs",
    "needs.measure_choices",
    "program_import.preview_import",
    "programs.annual_plan", "programs.get_program", "programs.list_bodies", "programs.list_programs",
    "programs.matrix_warnings", "programs.monitoring_view", "programs.resolve_body",
    "project_cycle.attachment_file", "project_cycle.competition_results", "project_cycle.copy_attachment",
    "project_cycle.delivered_seal", "project_cycle.get_cycle", "project_cycle.get_results",
    "project_cycle.list_attachments", "project_cycle.list_competition_results", "project_cycle.list_payments",
    "project_cycle.list_reports", "project_cycle.list_surveys", "project_cycle.list_tranches",
    "project_cycle.list_visits", "project_cycle.warnings",
    "projects.award_limits", "projects.award_question", "projects.budget_warnings", "projects.get_project",
    "projects.list_categories", "projects.municipality_choices", "projects.count_held_events", "projects.participant_totals",
    "projects.project_defaults", "projects.winners_without_project",
    "register_listing.register_listing",
    "reporting.build_report",            # writes the report file; every role has Perm.REPORTS
    "resolutions.basis_of", "resolutions.get_resolution", "resolutions.link_choices", "resolutions.list_control",
    "resolutions.list_resolutions", "resolutions.resolution_choices",
    "sync.export_key", "sync.ident_public", "sync.list_conflicts", "sync.peers", "sync.site_info",
    "users.has_users", "users.list_users",
}

EXEMPT = {
    "demo.build_demo": "fills a new, empty file (CLI `demo`, first run); refuses a database with data",
    "users.create_first_admin": "makes the first account; refused once any account exists",
    "users.change_own_password": "any logged-in user changes only their own password (the actor's account), "
                                 "proven by the current one; a wrong one counts as a failed login",
    "users.login": "how a role is obtained; it records only the moment of the login",
    "changes.watch": "subscribes the window to commits of the open database; it writes nothing",
}


def _call(*args, **kwargs):
    return args, kwargs


KEY_PASSPHRASE = "кеңсенин ачкычы 2022"


def _hearing(w: dict, **change) -> H.HearingInput:
    return replace(H.HearingInput(
        kind="budget_draft", title="2023-жылдын бюджетинин долбоору боюнча коомдук угуу", notice_on=date(2022, 11, 20),
        notice_channel="Айыл өкмөтүнүн тактасы", held_on=date(2022, 12, 4), place="Айыл өкмөтүнүн жыйындар залы",
        municipality_id=w["municipality"]), **change)


def _need(w: dict, **change) -> N.NeedInput:
    return replace(N.NeedInput(
        source="survey", received_on=date(2022, 4, 15), village="Орозбеков", group_concerned="Мектеп окуучулары",
        problem="Мектептин спорт залы жок", proposal="Спорт аянтчасын куруу", municipality_id=w["municipality"]),
        **change)


def _resolution(w: dict, **change) -> RS.ResolutionInput:
    return replace(RS.ResolutionInput(
        body_kind="ayil_kenesh", body_name="Айылдык кеңеш", act_kind="resolution", number="77",
        adopted_on=date(2022, 2, 20), title="Жергиликтүү демилгелердин 2022-жылкы сынагы жөнүндө",
        municipality_id=w["municipality"]), **change)


def _budget(w: dict, **change) -> LB.BudgetInput:
    return replace(LB.BudgetInput(2022, "5 000 000", "50 000", "40 000", municipality_id=w["municipality"]), **change)


def _key_file(folder: Path) -> Path:
    path = folder / "other-office.json"
    path.write_text(json.dumps({"format": "demilge-key-1", "site_id": str(uuid.UUID(int=7)),
                                "name": "Башка кеңсе", "public_key": "ab" * 32}), encoding="utf-8")
    return path


# "module.function": (the right it needs, w -> (args after db, kwargs)); `w` holds ids of the world below.
# As admin most of these calls succeed; a few cannot in this world (lifecycle steps out of order, a sync
# package that is not there) and are refused for that reason when allowed, which still shows that the
# role check comes first.
ACTIONS: dict[str, tuple[Perm, Callable[[dict], tuple[tuple, dict]]]] = {
    "applications.add_attachment": (Perm.APPLICATIONS, lambda w: _call(w["app"], w["scan"], "Скан")),
    "applications.create_applicant": (Perm.APPLICATIONS, lambda w: _call(
        AP.ApplicantInput(kind="person", name="Жаңы Демилгечи", village="Орозбеков"))),
    "applications.record_eligibility": (Perm.APPLICATIONS, lambda w: _call(
        w["app"], {k: True for k in w["eligibility_items"]})),
    "applications.register_application": (Perm.APPLICATIONS, lambda w: _call(
        w["competition"], winner_2(w["applicant"], received=date(2022, 9, 22)), today=date(2022, 9, 22))),
    "applications.remove_attachment": (Perm.APPLICATIONS, lambda w: _call(w["attachment"])),
    "applications.update_applicant": (Perm.APPLICATIONS, lambda w: _call(
        w["applicant"], replace(ASANOVA, phone="0772 999 999"))),
    "applications.update_application": (Perm.APPLICATIONS, lambda w: _call(
        w["app"], replace(winner_1(w["applicant"], received=date(2022, 9, 20)), title="Атам, апам жана мен 2"),
        today=date(2022, 9, 23))),
    "applications.withdraw_application": (Perm.APPLICATIONS, lambda w: _call(w["app2"], "Арыз ээси баш тартты")),
    "backup.backup_to_folder": (Perm.BACKUP, lambda w: _call(w["folder"] / "backups")),
    # closes the database it restores (the caller opens it again); the role check comes before
    "backup.restore": (Perm.BACKUP, lambda w: _call(w["backup"])),
    "browse.create_municipality": (Perm.SETTINGS, lambda w: _call("Кара-Дөбө айыл аймагы", "ayil_aimak")),
    "commission.add_criterion": (Perm.COMMISSION, lambda w: _call(w["competition"], "Туруктуулук", 10, "1")),
    "commission.add_default_criteria": (Perm.COMMISSION, lambda w: _call(w["competition_no_criteria"])),
    "commission.add_member": (Perm.COMMISSION, lambda w: _call(
        w["commission"], "Жаңы Мүчө", "community", "member")),
    "commission.amend_protocol": (Perm.MEETINGS, lambda w: _call(w["closed_meeting"], date(2021, 10, 30))),
    "commission.close_protocol": (Perm.CLOSE_PROTOCOL, lambda w: _call(w["meeting"])),
    "commission.create_meeting": (Perm.MEETINGS, lambda w: _call(w["commission"], date(2022, 10, 25), "Мэрия")),
    "commission.declare_conflict": (Perm.MEETINGS, lambda w: _call(
        w["meeting"], w["members"][1], w["app"], "Тууганы")),
    "commission.declare_conflict_for_applicant": (Perm.MEETINGS, lambda w: _call(
        w["meeting"], w["members"][1], w["applicant3"], "Тууганы")),
    "commission.ensure_commission": (Perm.COMMISSION, lambda w: _call(w["competition_no_criteria"])),
    "commission.record_decision": (Perm.MEETINGS, lambda w: _call(w["meeting"])),
    "commission.record_score_sheet": (Perm.MEETINGS, lambda w: _call(
        w["meeting"], w["members"][0], {(w["app"], w["criterion"]): 9, (w["app2"], w["criterion"]): 7})),
    "commission.record_vote": (Perm.MEETINGS, lambda w: _call(w["meeting"], w["members"][0], w["app"], "for")),
    "commission.record_votes": (Perm.MEETINGS, lambda w: _call(w["meeting"], {(w["members"][0], w["app"]): "for"})),
    "commission.remove_criterion": (Perm.COMMISSION, lambda w: _call(w["criterion"])),
    "commission.remove_member": (Perm.COMMISSION, lambda w: _call(w["members"][2])),
    "commission.set_attendance": (Perm.MEETINGS, lambda w: _call(w["meeting"], set(w["members"][:2]))),
    "commission.set_rules": (Perm.COMMISSION, lambda w: _call(w["competition"], "scoring", "two_thirds")),
    "commission.update_criterion": (Perm.COMMISSION, lambda w: _call(w["criterion"], "Артыкчылык", 5, "2")),
    "commission.update_member": (Perm.COMMISSION, lambda w: _call(
        w["members"][0], "Мүчө Өзгөрдү", "council_deputy", "chair")),
    "competition_prep.add_competition_event": (Perm.COMPETITIONS, lambda w: _call(
        w["competition"], PS.EventInput(held_on=date(2022, 9, 10), title="Маалымат жыйыны", kind="info_meeting"),
        {cat("men"): 12, cat("women"): 15})),
    "competition_prep.add_competition_media": (Perm.COMPETITIONS, lambda w: _call(
        w["competition"], "Баткен ТВ", "district", date(2022, 9, 2))),
    "competition_prep.add_plan_step": (Perm.COMPETITIONS, lambda w: _call(
        w["competition"], CP.StepInput(step="Жарыяны илүү", responsible="Айыл өкмөтү", deadline_on=date(2022, 9, 1)),
        today=date(2022, 9, 1))),
    "competition_prep.move_plan_step": (Perm.COMPETITIONS, lambda w: _call(w["plan_step"], 1)),
    "competition_prep.remove_competition_event": (Perm.COMPETITIONS, lambda w: _call(w["competition_event"])),
    "competition_prep.remove_competition_media": (Perm.COMPETITIONS, lambda w: _call(w["competition_media"])),
    "competition_prep.remove_plan_step": (Perm.COMPETITIONS, lambda w: _call(w["plan_step"])),
    "competition_prep.update_competition_event": (Perm.COMPETITIONS, lambda w: _call(
        w["competition_event"], PS.EventInput(held_on=date(2021, 9, 5), title="Оңдолгон жыйын", kind="info_meeting"))),
    "competition_prep.update_plan_step": (Perm.COMPETITIONS, lambda w: _call(
        w["plan_step"], CP.StepInput(step="Оңдолгон кадам", deadline_on=date(2021, 9, 1)), today=date(2026, 12, 1))),
    "competitions.add_criterion": (Perm.COMPETITIONS, lambda w: _call(w["competition"], "Жаңы талап")),
    "competitions.announce_competition": (Perm.COMPETITIONS, lambda w: _call(
        w["draft"], today=date(2022, 9, 1))),
    "competitions.cancel_competition": (Perm.COMPETITIONS, lambda w: _call(
        w["draft"], "Каражат жок", today=date(2022, 9, 1))),
    "competitions.close_applications": (Perm.COMPETITIONS, lambda w: _call(
        w["competition"], today=date(2022, 10, 1))),
    "competitions.complete_competition": (Perm.COMPETITIONS, lambda w: _call(w["competition"])),
    "competitions.create_competition": (Perm.COMPETITIONS, lambda w: _call(
        replace(CASE_B, year=2023, title="Жергиликтүү демилгелер 2023"), w["municipality"])),
    "competitions.amend_competition": (Perm.COMPETITIONS, lambda w: _call(
        w["competition"], "title", "Оңдолгон аталыш", "Аталыштагы ката")),
    "competitions.mark_decided": (Perm.COMPETITIONS, lambda w: _call(w["competition"])),
    "competitions.move_criterion": (Perm.COMPETITIONS, lambda w: _call(w["draft_criterion"], 1)),
    "competitions.remove_criterion": (Perm.COMPETITIONS, lambda w: _call(w["draft_criterion"])),
    "competitions.start_implementation": (Perm.COMPETITIONS, lambda w: _call(w["competition"])),
    "competitions.start_review": (Perm.COMPETITIONS, lambda w: _call(w["competition"], today=date(2022, 10, 2))),
    "competitions.update_competition": (Perm.COMPETITIONS, lambda w: _call(
        w["draft"], replace(CASE_B, year=2022, title="Долбоор сынак 2022 (оңдолду)", announced_on=date(2022, 9, 1),
                            deadline_on=date(2022, 9, 30), decision_on=date(2022, 10, 15)))),
    "competitions.update_criterion": (Perm.COMPETITIONS, lambda w: _call(w["draft_criterion"], "Оңдолгон талап")),
    "hearings.add_proposal": (Perm.REGISTERS, lambda w: _call(
        w["hearing"], H.ProposalInput("Ата-энелер", "Бала бакчанын чатырын оңдоо"))),
    "hearings.answer_proposal": (Perm.REGISTERS, lambda w: _call(
        w["proposal"], H.AnswerInput("rejected", "Каражат жетишсиз; 2023-жылы каралат"))),
    "hearings.create_hearing": (Perm.REGISTERS, lambda w: _call(_hearing(w, title="Экинчи коомдук угуу"))),
    "hearings.proposal_to_need": (Perm.REGISTERS, lambda w: _call(w["proposal"], village="Кара-Дөбө")),
    "hearings.remove_hearing": (Perm.REGISTERS, lambda w: _call(w["hearing"])),
    "hearings.remove_proposal": (Perm.REGISTERS, lambda w: _call(w["proposal"])),
    "hearings.set_attendance": (Perm.REGISTERS, lambda w: _call(w["hearing"], {cat("men"): 31, cat("women"): 42})),
    "hearings.update_hearing": (Perm.REGISTERS, lambda w: _call(w["hearing"], _hearing(w, place="Маданият үйү"))),
    "hearings.update_proposal": (Perm.REGISTERS, lambda w: _call(
        w["proposal"], H.ProposalInput("Жаштар", "Спорт аянтчасын куруу"))),
    "local_budgets.add_allocation": (Perm.REGISTERS, lambda w: _call(
        w["budget"], LB.AllocationInput("other", "Маданий иш-чаралар", "2 000"))),
    "local_budgets.add_reserve_decision": (Perm.REGISTERS, lambda w: _call(
        w["budget"], LB.DecisionInput(date(2022, 3, 1), "Айыл өкмөтүнүн токтому №3", "5 000", "Көпүрөнү оңдоо"))),
    "local_budgets.create_budget": (Perm.REGISTERS, lambda w: _call(_budget(w, year=2031))),
    "local_budgets.fund_competition": (Perm.REGISTERS, lambda w: _call(w["allocation"], w["competition"])),
    "local_budgets.remove_allocation": (Perm.REGISTERS, lambda w: _call(w["allocation"])),
    "local_budgets.remove_budget": (Perm.REGISTERS, lambda w: _call(w["budget"])),
    "local_budgets.remove_reserve_decision": (Perm.REGISTERS, lambda w: _call(w["reserve_decision"])),
    "local_budgets.unfund_competition": (Perm.REGISTERS, lambda w: _call(w["funding"])),
    "local_budgets.update_allocation": (Perm.REGISTERS, lambda w: _call(
        w["allocation"], LB.AllocationInput("local_initiatives", "Жергиликтүү демилгелер", "30 000"))),
    "local_budgets.update_budget": (Perm.REGISTERS, lambda w: _call(w["budget"], _budget(w, note="Оңдолду"))),
    "local_budgets.update_reserve_decision": (Perm.REGISTERS, lambda w: _call(
        w["reserve_decision"], LB.DecisionInput(date(2021, 4, 12), "Айыл өкмөтүнүн токтому №7", "30 000",
                                                "Селден кийин сугат арыгын тазалоо"))),
    "lots.add_lot": (Perm.COMPETITIONS, lambda w: _call(w["prize_competition"], "Эң мыкты маданий демилге")),
    "lots.remove_lot": (Perm.COMPETITIONS, lambda w: _call(w["lot2"])),
    "lots.remove_prize": (Perm.COMPETITIONS, lambda w: _call(w["prize"])),
    "lots.set_prize": (Perm.COMPETITIONS, lambda w: _call(w["lot2"], 2, "100 000")),
    "lots.update_lot": (Perm.COMPETITIONS, lambda w: _call(w["lot"], "Эң таза айыл")),
    "needs.answer_need": (Perm.REGISTERS, lambda w: _call(w["need"], N.NeedAnswer("declined", "Каражат жок"))),
    # needs both COMPETITIONS and REGISTERS; every role has both or neither (checked in the test below)
    "needs.create_competition_from_needs": (Perm.REGISTERS, lambda w: _call(
        [w["need"]], replace(CASE_B, year=2025, title="Тазалык сынагы 2025"))),
    "needs.create_need": (Perm.REGISTERS, lambda w: _call(_need(w, village="Кызыл-Булак"), today=date(2022, 5, 1))),
    "needs.remove_need": (Perm.REGISTERS, lambda w: _call(w["need"])),
    "needs.update_need": (Perm.REGISTERS, lambda w: _call(w["need"], _need(w, village="Кара-Дөбө"),
                                                          today=date(2022, 5, 1))),
    "program_import.confirm_import": (Perm.PROGRAMS, lambda w: _call(
        PI.ImportPreview(PI.ACTION_PLAN, w["program"], "plan.xlsx", (), ()))),
    "programs.add_area": (Perm.PROGRAMS, lambda w: _call(w["priority"], "Жаңы багыт")),
    "programs.add_group_member": (Perm.PROGRAMS, lambda w: _call(w["program"], full_name="Токтосунова Айгүл")),
    "programs.add_indicator": (Perm.PROGRAMS, lambda w: _call(
        w["program"], name="Жаңы индикатор", unit="даана", final="10")),
    "programs.add_measure": (Perm.PROGRAMS, lambda w: _call(w["task"], title="Жаңы иш-чара", responsible="Мэрия")),
    "programs.add_priority": (Perm.PROGRAMS, lambda w: _call(w["program"], 9, "Жаңы артыкчылык")),
    "programs.add_task": (Perm.PROGRAMS, lambda w: _call(w["priority"], "Жаңы маселе")),
    "programs.approve_correction": (Perm.PROGRAMS, lambda w: _call(
        w["correction"], decision_number="12", decision_date=date(2024, 2, 1))),
    "programs.create_program": (Perm.PROGRAMS, lambda w: _call(title="Жаңы программа", start_year=2027,
                                                               end_year=2030)),
    "programs.delete_indicator": (Perm.PROGRAMS, lambda w: _call(w["indicator"])),
    "programs.delete_measure": (Perm.PROGRAMS, lambda w: _call(w["measure"])),
    "programs.delete_priority": (Perm.PROGRAMS, lambda w: _call(w["priority"])),
    "programs.delete_task": (Perm.PROGRAMS, lambda w: _call(w["task"])),
    "programs.derive_annual_plan": (Perm.PROGRAMS, lambda w: _call(w["program"], w["program_year"])),
    "programs.merge_bodies": (Perm.PROGRAMS, lambda w: _call(w["bodies"][0], w["bodies"][1])),
    "programs.propose_correction": (Perm.PROGRAMS, lambda w: _call(
        w["indicator"], year=w["program_year"], new_value="7", reason="Аянт чоңойду")),
    "programs.record_actual": (Perm.PROGRAMS, lambda w: _call(w["indicator"], w["half"], "5")),
    "programs.record_half_year": (Perm.PROGRAMS, lambda w: _call(
        w["program"], w["half"], actuals={w["indicator"]: PG.ActualInput("5")})),
    "programs.remove_group_member": (Perm.PROGRAMS, lambda w: _call(w["group_member"])),
    "programs.save_body": (Perm.PROGRAMS, lambda w: _call(None, "Жаңы орган")),
    "programs.set_in_annual_plan": (Perm.PROGRAMS, lambda w: _call(w["measure"], w["program_year"], True)),
    "programs.set_measure_status": (Perm.PROGRAMS, lambda w: _call(w["measure"], w["half"], "done")),
    "programs.update_indicator": (Perm.PROGRAMS, lambda w: _call(
        w["indicator"], name="Оңдолгон индикатор", final="10")),
    "programs.update_measure": (Perm.PROGRAMS, lambda w: _call(w["measure"], title="Оңдолгон иш-чара", responsible="Мэрия")),
    "programs.update_priority": (Perm.PROGRAMS, lambda w: _call(w["priority"], "Оңдолгон артыкчылык")),
    "programs.update_program": (Perm.PROGRAMS, lambda w: _call(
        w["program"], title="Оңдолгон программа", start_year=2023, end_year=2026)),
    "programs.update_task": (Perm.PROGRAMS, lambda w: _call(w["task"], "Оңдолгон маселе")),
    "project_cycle.accept_act": (Perm.PROJECTS, lambda w: _call(w["act_project"])),
    "project_cycle.add_attachment": (Perm.PROJECTS, lambda w: _call(w["cycle_project"], w["scan"], "photo", "Сүрөт")),
    "project_cycle.add_payment": (Perm.PROJECTS, lambda w: _call(
        w["tranche"], date(2022, 1, 12), "400", "Төлөм тапшырмасы № 140")),
    "project_cycle.add_report": (Perm.PROJECTS, lambda w: _call(
        w["cycle_project"], PC.ReportInput("interim", due_on=date(2022, 1, 5)), today=date(2022, 1, 1))),
    "project_cycle.add_survey": (Perm.PROJECTS, lambda w: _call(w["cycle_project"], 10, 8, date(2021, 12, 12))),
    "project_cycle.add_tranche": (Perm.PROJECTS, lambda w: _call(
        w["cycle_project"], PC.TrancheInput(due_on=date(2022, 1, 10), amount="1 000",
                                            condition="Акыркы отчеттон кийин"))),
    "project_cycle.add_visit": (Perm.PROJECTS, lambda w: _call(
        w["cycle_project"], PC.VisitInput(visited_on=date(2021, 12, 1), visitors="Айыл өкмөтүнүн адиси"))),
    "project_cycle.cancel_acceptance": (Perm.PROJECTS, lambda w: _call(w["cycle_project"], "Актта ката бар")),
    "project_cycle.remove_attachment": (Perm.PROJECTS, lambda w: _call(w["cycle_attachment"])),
    "project_cycle.remove_payment": (Perm.PROJECTS, lambda w: _call(w["payment"])),
    "project_cycle.remove_report": (Perm.PROJECTS, lambda w: _call(w["report"])),
    "project_cycle.remove_survey": (Perm.PROJECTS, lambda w: _call(w["survey"])),
    "project_cycle.remove_tranche": (Perm.PROJECTS, lambda w: _call(w["tranche"])),
    "project_cycle.remove_visit": (Perm.PROJECTS, lambda w: _call(w["visit"])),
    "project_cycle.save_act": (Perm.PROJECTS, lambda w: _call(
        w["act_project"], PC.ActInput(number="ЖД-2021/К-2-А", act_date=date(2022, 1, 31), remarks="Оңдолду"))),
    "project_cycle.update_report": (Perm.PROJECTS, lambda w: _call(
        w["report"], PC.ReportInput("interim", due_on=date(2022, 1, 5), received_on=date(2022, 1, 4),
                                    status="received"), today=date(2022, 1, 6))),
    "project_cycle.update_tranche": (Perm.PROJECTS, lambda w: _call(
        w["tranche"], PC.TrancheInput(due_on=date(2022, 1, 15), amount="1 200", condition="Акыркы отчеттон кийин"))),
    "project_cycle.update_visit": (Perm.PROJECTS, lambda w: _call(
        w["visit"], PC.VisitInput(visited_on=date(2021, 11, 13), visitors="Ташиева Нургүл", findings="Баары жакшы"))),
    "projects.add_budget_line": (Perm.PROJECTS, lambda w: _call(w["project"], "Топ", "donor", "1 000")),
    "projects.add_category": (Perm.PROJECTS, lambda w: _call("Студенттер", "Студенты")),
    "projects.add_event": (Perm.PROJECTS, lambda w: _call(
        w["project"], PS.EventInput(held_on=date(2021, 12, 1), title="Мелдеш", kind="sport"))),
    "projects.add_expense": (Perm.PROJECTS, lambda w: _call(
        w["project"], date(2021, 11, 15), "1 000", line_id=w["budget_line"])),
    "projects.add_material": (Perm.PROJECTS, lambda w: _call(w["project"], "banner", 2)),
    "projects.add_media": (Perm.PROJECTS, lambda w: _call(w["project"], "Баткен ТВ", "district")),
    "projects.create_direct_project": (Perm.PROJECTS, lambda w: _call(PS.ProjectInput(
        title="Жолду оңдоо", awarded="50 000", direct_kind="direct_grant", legal_basis="Донордук келишим № 4",
        legal_basis_date=date(2022, 2, 1), start_on=date(2022, 3, 1), end_on=date(2022, 5, 31),
        municipality_id=w["municipality"]))),
    # every demo winner has its project: an allowed role is refused as "not a winner", still not by role
    "projects.create_project": (Perm.PROJECTS, lambda w: _call(w["app"], PS.ProjectInput(
        title="Жаңы долбоор", awarded="11 000"))),
    "projects.paste_counts": (Perm.PROJECTS, lambda w: _call([w["event"]], [w["category"]], "7")),
    "projects.remove_budget_line": (Perm.PROJECTS, lambda w: _call(w["free_line"])),
    "projects.remove_event": (Perm.PROJECTS, lambda w: _call(w["event"])),
    "projects.remove_expense": (Perm.PROJECTS, lambda w: _call(w["expense"])),
    "projects.remove_material": (Perm.PROJECTS, lambda w: _call(w["material"])),
    "projects.remove_media": (Perm.PROJECTS, lambda w: _call(w["media"])),
    "projects.set_count_grid": (Perm.PROJECTS, lambda w: _call({w["event"]: {w["category"]: 7}})),
    "projects.set_counts": (Perm.PROJECTS, lambda w: _call(w["event"], {w["category"]: 7})),
    "projects.set_project_status": (Perm.PROJECTS, lambda w: _call(w["project"], "completed")),
    "projects.set_recipients": (Perm.PROJECTS, lambda w: _call(
        w["project"], [PS.RecipientInput("Биринчи алуучу", w["awarded"])])),
    "projects.update_budget_line": (Perm.PROJECTS, lambda w: _call(w["budget_line"], "Топ", "donor", "2 000")),
    "projects.update_event": (Perm.PROJECTS, lambda w: _call(
        w["event"], PS.EventInput(held_on=date(2021, 12, 2), title="Мелдеш 2", kind="sport"))),
    "projects.update_project": (Perm.PROJECTS, lambda w: _call(w["project"], PS.ProjectInput(
        title="Оңдолгон долбоор", awarded="12 000"))),
    "resolutions.add_point": (Perm.REGISTERS, lambda w: _call(w["resolution"], RS.PointInput("Жаңы пункт"))),
    "resolutions.create_resolution": (Perm.REGISTERS, lambda w: _call(_resolution(w, number="78"))),
    "resolutions.link_resolution": (Perm.REGISTERS, lambda w: _call(
        w["resolution"], "approves", "other", title="Иш-чаралардын планы")),
    "resolutions.mark_point_done": (Perm.REGISTERS, lambda w: _call(
        w["point"], date(2022, 3, 1), "Кат № 12", today=date(2026, 12, 1))),
    "resolutions.remove_point": (Perm.REGISTERS, lambda w: _call(w["point"])),
    "resolutions.remove_resolution": (Perm.REGISTERS, lambda w: _call(w["resolution"])),
    "resolutions.reopen_point": (Perm.REGISTERS, lambda w: _call(w["done_point"])),
    "resolutions.unlink_resolution": (Perm.REGISTERS, lambda w: _call(w["link"])),
    "resolutions.update_point": (Perm.REGISTERS, lambda w: _call(
        w["point"], RS.PointInput("Оңдолгон пункт", due_on=date(2022, 12, 31)))),
    "resolutions.update_resolution": (Perm.REGISTERS, lambda w: _call(
        w["resolution"], _resolution(w, title="Оңдолгон токтом"))),
    "sync.export_package": (Perm.SYNC, lambda w: _call(w["folder"] / "out.demilge")),
    # writes the office's secret key to a file (nothing in the database): a right of its own
    "sync.export_signing_key": (Perm.SYNC_KEY, lambda w: _call(w["folder"] / "office-key.json", KEY_PASSPHRASE)),
    "sync.import_package": (Perm.SYNC, lambda w: _call(w["folder"] / "missing.demilge")),
    "sync.import_signing_key": (Perm.SYNC_KEY, lambda w: _call(w["signing_key"], KEY_PASSPHRASE)),
    "sync.init_site": (Perm.SYNC, lambda w: _call("Орозбеков айыл өкмөтү")),
    "sync.resolve_conflict": (Perm.SYNC, lambda w: _call(1)),
    "sync.revoke": (Perm.SYNC, lambda w: _call(w["peer"])),
    "sync.trust": (Perm.SYNC, lambda w: _call(w["keyfile"])),
    "users.create_user": (Perm.USERS, lambda w: _call("operator2", "Оператор", "viewer", "secret12")),
    "users.set_active": (Perm.USERS, lambda w: _call(w["user"], False)),
    "users.set_password": (Perm.USERS, lambda w: _call(w["user"], "another12")),
}


# ---------------------------------------------------------------------------
# Discovery


def discover() -> dict[str, Callable]:
    """Every public function of app.services.* whose first parameter is `db`."""
    found = {}
    for info in pkgutil.iter_modules(app.services.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"app.services.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            if list(inspect.signature(fn).parameters)[:1] == ["db"]:
                found[f"{info.name}.{name}"] = fn
    return found


FOUND = discover()
TEST_FILE = "tests/services/test_roles.py"


def test_every_service_function_is_classified():
    listed = READ_ONLY | set(EXEMPT) | set(ACTIONS)
    new = sorted(set(FOUND) - listed)
    assert not new, (
        f"New service functions taking `db`: {', '.join(new)}.\n"
        f"Classify each in {TEST_FILE}:\n"
        "  - if it changes data: call `require(db, Perm.X)` first in it and add it to ACTIONS with its Perm and\n"
        "    the arguments of a call that would succeed (ids come from the `world` fixture; add rows there if needed);\n"
        "  - if it only reads the database: add it to READ_ONLY (a reviewer checks that claim);\n"
        "  - if it must change data without a role (rare): add it to EXEMPT with the reason.")
    gone = sorted(listed - set(FOUND))
    assert not gone, f"Listed in {TEST_FILE} but no longer a service function taking `db`: {', '.join(gone)}; " \
                     "remove them from the lists."
    twice = sorted((READ_ONLY & set(ACTIONS)) | (READ_ONLY & set(EXEMPT)) | (set(ACTIONS) & set(EXEMPT)))
    assert not twice, f"Listed twice in {TEST_FILE}: {', '.join(twice)}"


def test_the_needs_competition_has_roles_with_both_of_its_rights_or_neither():
    """needs.create_competition_from_needs requires COMPETITIONS and REGISTERS; ACTIONS lists one, which is
    enough only while no role has one of them without the other."""
    for role in Role:
        assert (Perm.COMPETITIONS in ROLE_PERMS[role]) == (Perm.REGISTERS in ROLE_PERMS[role]), (
            f"{role.value} has only one of COMPETITIONS and REGISTERS: test create_competition_from_needs for each")


@pytest.mark.parametrize("name", sorted(READ_ONLY))
def test_a_read_only_function_opens_no_writing_session(name):
    """A cheap check of the reviewed claim: no `db.session()` (the writer) in its own code."""
    source = inspect.getsource(FOUND[name])
    assert not re.search(r"\bdb\.session\(", source), (
        f"{name} is in READ_ONLY of {TEST_FILE} but opens a writing session (db.session()). If it changes data, "
        "call require(db, Perm.X) first and move it to ACTIONS.")


# ---------------------------------------------------------------------------
# The world: the demo database, plus an open competition with a commission and
# an open meeting, a draft competition, an attachment, users, a correction, a
# peer and an expense, so that each action above has something to act on.


def _ids(db, model, *where):
    with db.reader() as s:
        return list(s.scalars(select(model.id).where(model.deleted_at.is_(None), *where)))


def _build_world(db, folder: Path) -> dict:
    w: dict = {"folder": folder, "half": None}
    w["municipality"] = municipality(db)
    open_case = replace(CASE_B, year=2022, title="Жергиликтүү демилгелер 2022", announced_on=date(2022, 9, 1),
                        deadline_on=date(2022, 9, 30), decision_on=date(2022, 10, 15))
    w["competition"] = C.create_competition(db, open_case, w["municipality"])
    w["eligibility_criterion"] = C.add_criterion(db, w["competition"], "Арыз өз убагында келди")
    C.announce_competition(db, w["competition"], today=date(2022, 9, 1))
    w["applicant"] = AP.create_applicant(db, ASANOVA)
    other = AP.create_applicant(db, TOKTOGULOV)
    w["app"] = AP.register_application(db, w["competition"], winner_1(w["applicant"], received=date(2022, 9, 20)),
                                       today=date(2022, 9, 20)).id
    w["app2"] = AP.register_application(db, w["competition"], winner_2(other, received=date(2022, 9, 21)),
                                        today=date(2022, 9, 21)).id
    # an eligible application, for a conflict of interest declared by applicant
    w["applicant3"] = AP.create_applicant(db, ERKINBAEVA)
    app3 = AP.register_application(db, w["competition"], replace(
        winner_2(w["applicant3"], received=date(2022, 9, 21)), title="Кыздар үчүн шахмат ийрими"),
        today=date(2022, 9, 21)).id
    with db.reader() as s:
        items = list(s.scalars(select(M.EligibilityCriterion.id).where(
            M.EligibilityCriterion.competition_id == w["competition"], M.EligibilityCriterion.deleted_at.is_(None))))
    AP.record_eligibility(db, app3, {k: True for k in items})
    scan = folder / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned page\n")
    w["scan"] = scan
    w["attachment"] = AP.add_attachment(db, w["app"], scan).id
    w["commission"] = CM.ensure_commission(db, w["competition"])
    w["members"] = [CM.add_member(db, w["commission"], f"Мүчө {i}", cat, role) for i, (role, cat) in enumerate(
        [("chair", "council_deputy"), ("secretary", "lsg_specialist"), ("member", "community")])]
    w["criterion"] = CM.add_criterion(db, w["competition"], "Артыкчылык", 10, "1")
    w["meeting"] = CM.create_meeting(db, w["commission"], date(2022, 10, 20), "Айыл өкмөтү")
    CM.set_attendance(db, w["meeting"], set(w["members"]))
    draft = replace(CASE_B, year=2024, title="Долбоор сынак 2024", announced_on=date(2024, 9, 1),
                    deadline_on=date(2024, 9, 30), decision_on=date(2024, 10, 15))
    w["draft"] = C.create_competition(db, draft, w["municipality"])
    w["competition_no_criteria"] = w["draft"]
    w["draft_criterion"] = C.add_criterion(db, w["draft"], "Биринчи талап")
    C.add_criterion(db, w["draft"], "Экинчи талап")
    with db.reader() as s:
        w["eligibility_items"] = list(s.scalars(select(M.EligibilityCriterion.id).where(
            M.EligibilityCriterion.competition_id == w["competition"], M.EligibilityCriterion.deleted_at.is_(None))))
        w["closed_meeting"] = s.scalar(select(M.Meeting.id).where(M.Meeting.status == "closed"))
        w["project"] = s.scalar(select(M.Project.id).join(M.BudgetLine, M.BudgetLine.project_id == M.Project.id))
        w["budget_line"] = s.scalar(select(M.BudgetLine.id).where(M.BudgetLine.project_id == w["project"]))
        w["event"] = s.scalar(select(M.Event.id).where(M.Event.project_id.is_not(None)))
        w["material"] = s.scalar(select(M.Material.id))
        w["media"] = s.scalar(select(M.MediaCoverage.id).where(M.MediaCoverage.project_id.is_not(None)))
        w["awarded"] = s.scalar(select(M.Project.awarded_tyiyn).where(M.Project.id == w["project"]))
        # the competitions' own work plan, events and media
        step = s.scalar(select(M.CompetitionPlanStep).where(M.CompetitionPlanStep.deleted_at.is_(None))
                        .order_by(M.CompetitionPlanStep.competition_id, M.CompetitionPlanStep.position).limit(1))
        w["plan_step"] = step.id if step else None
        w["competition_event"] = s.scalar(select(M.Event.id).where(M.Event.competition_id.is_not(None)))
        w["competition_media"] = s.scalar(select(M.MediaCoverage.id).where(M.MediaCoverage.competition_id.is_not(None)))
        # the demo's accepted projects: one keeps its act (payments, visits, surveys), one is taken back below
        A = CYM.AcceptanceAct
        w["cycle_project"] = s.scalar(select(A.project_id).where(A.number.like("ЖД-2021/К-1-А%")))
        w["act_project"] = s.scalar(select(A.project_id).where(A.number.like("ЖД-2021/К-2-А%")))
        w["payment"] = s.scalar(select(CYM.GrantPayment.id).join(CYM.GrantTranche).where(
            CYM.GrantTranche.project_id == w["cycle_project"]))
        w["visit"] = s.scalar(select(CYM.MonitoringVisit.id).where(
            CYM.MonitoringVisit.project_id == w["cycle_project"]))
        w["survey"] = s.scalar(select(CYM.SatisfactionSurvey.id).where(
            CYM.SatisfactionSurvey.project_id == w["cycle_project"]))
        # the registers: the demo's reserve decision and the competition its budget line funds
        w["reserve_decision"] = s.scalar(select(RM.ReserveDecision.id))
        w["funding"] = s.scalar(select(RM.AllocationCompetition.id))
        w["category"] = s.scalar(select(M.ParticipantCategory.id).where(M.ParticipantCategory.code == "elderly"))
        program = s.get(M.DevelopmentProgram, s.scalar(select(M.DevelopmentProgram.id)))
        w["program"], w["program_year"] = program.id, program.start_year + 1
        w["priority"] = s.scalar(select(M.ProgramPriority.id).where(M.ProgramPriority.program_id == program.id))
        w["task"] = s.scalar(select(M.ProgramTask.id).where(M.ProgramTask.priority_id == w["priority"]))
        w["measure"] = s.scalar(select(M.ProgramMeasure.id).where(M.ProgramMeasure.task_id == w["task"]))
        w["indicator"] = s.scalar(select(M.Indicator.id).where(M.Indicator.program_id == program.id,
                                                               M.Indicator.parent_id.is_(None)))
        w["group_member"] = s.scalar(select(M.MonitoringGroupMember.id))
        w["bodies"] = list(s.scalars(select(M.ResponsibleBody.id)))[:2]
    w["half"] = f"{w['program_year']}H1"
    w["correction"] = PG.propose_correction(db, w["indicator"], year=w["program_year"], new_value="6",
                                            reason="Аянт чоңойду")
    w["free_line"] = PS.add_budget_line(db, w["project"], "Кеңсе буюмдары", "donor", "300")
    w["expense"] = PS.add_expense(db, w["project"], date(2021, 11, 10), "500", line_id=w["budget_line"])
    # a draft prize competition in two nominations
    prize_case = replace(CASE_B, kind="msz", year=2025, title="Эң таза айыл 2025", total_allocation_tyiyn=50_000_000,
                         max_grant_tyiyn=20_000_000, organiser_kind="national_body",
                         organiser_name="ЖӨБ иштери боюнча мамлекеттик агенттик", award_mode="prizes",
                         eligible_applicants=("organisation", "legal_entity"), announced_on=date(2025, 9, 1),
                         deadline_on=date(2025, 9, 30), decision_on=date(2025, 10, 15))
    w["prize_competition"] = C.create_competition(db, prize_case, w["municipality"])
    w["lot"] = LT.lots_view(db, w["prize_competition"]).lots[0].id
    LT.update_lot(db, w["lot"], "Эң таза шаар")
    w["lot2"] = LT.add_lot(db, w["prize_competition"], "Эң мыкты жаштар демилгеси")
    w["prize"] = LT.set_prize(db, w["lot"], 1, "200 000")
    # the project cycle: a tranche without payments, an expected report, a file; an act taken back
    PC.cancel_acceptance(db, w["act_project"], "Актта ката бар")
    w["tranche"] = PC.add_tranche(db, w["cycle_project"], PC.TrancheInput(due_on=date(2022, 1, 10), amount="1 000"))
    w["report"] = PC.add_report(db, w["cycle_project"], PC.ReportInput("interim", due_on=date(2022, 1, 5)),
                                today=date(2022, 1, 1))
    w["cycle_attachment"] = PC.add_attachment(db, w["cycle_project"], scan, "act", "Скан")
    # registers of this municipality: a resolution with points and a link, a hearing, a need, a budget
    w["resolution"] = RS.create_resolution(db, _resolution(w))
    w["point"] = RS.add_point(db, w["resolution"], RS.PointInput("Сынак өткөрүлсүн", due_on=date(2022, 12, 31)))
    w["done_point"] = RS.add_point(db, w["resolution"], RS.PointInput("Жобо жарыялансын", due_on=date(2022, 3, 31)))
    RS.mark_point_done(db, w["done_point"], date(2022, 3, 1), "Маалымат тактасы", today=date(2022, 3, 2))
    w["link"] = RS.link_resolution(db, w["resolution"], "approves", "regulation", title="Жергиликтүү демилгелер жобосу")
    w["hearing"] = H.create_hearing(db, _hearing(w))
    w["proposal"] = H.add_proposal(db, w["hearing"], H.ProposalInput("Жаштар", "Спорт аянтчасы керек"))
    w["need"] = N.create_need(db, _need(w), today=date(2022, 5, 1))
    w["budget"] = LB.create_budget(db, _budget(w))
    w["allocation"] = LB.add_allocation(db, w["budget"], LB.AllocationInput(
        "local_initiatives", "Жергиликтүү демилгелер", "25 000"))
    w["signing_key"] = SY.export_signing_key(db, folder / "signing-key.json", KEY_PASSPHRASE)
    w["keyfile"] = _key_file(folder)
    w["peer"] = SY.trust(db, w["keyfile"]).site_id
    U.create_first_admin(db, "admin", "Админ", "secret12")
    w["user"] = U.create_user(db, "operator", "Оператор", "specialist", "secret12").id
    db.actor = Actor("admin", Role.ADMIN)
    w["backup"] = BK.backup_to_folder(db, folder / "world-backups")
    missing = sorted(k for k, v in w.items() if v is None or v == [])
    assert not missing, f"the world lacks {missing}: the demo changed; add those rows in _build_world"
    return w


_BROKEN_WORLD: list[BaseException] = []


@pytest.fixture(scope="session")
def world(demo_template, tmp_path_factory):
    if _BROKEN_WORLD:  # pytest would build a failing session fixture again for every test
        raise _BROKEN_WORLD[0]
    folder = tmp_path_factory.mktemp("roles")
    path = folder / "world.sqlite3"
    shutil.copy(demo_template, path)
    db = open_database(path)
    try:
        w = _build_world(db, folder)
    except BaseException as exc:
        _BROKEN_WORLD.append(exc)
        raise
    finally:
        db.close()
    return path, w


@pytest.fixture
def world_db(world, tmp_path):
    """A private copy of the world, for calls that change it."""
    template, w = world
    path = tmp_path / "world.sqlite3"
    shutil.copy(template, path)
    db = open_database(path)
    yield db, dict(w, folder=tmp_path)
    db.close()


class Shared:
    """One copy of the world for all the refusals (a refusal changes nothing).
    `changed()` asks SQLite whether anything was committed since the last
    look (PRAGMA data_version of a second connection: any commit by another
    connection changes it); then the full dump is compared with the one taken
    at the start, and the copy is replaced for the next test."""

    def __init__(self, template: Path, w: dict, folder: Path):
        self.template, self.w, self.folder, self.n = template, w, folder, 0
        self._open()

    def _open(self) -> None:
        self.n += 1
        path = self.folder / f"shared-{self.n}.sqlite3"
        shutil.copy(self.template, path)
        self.db = open_database(path)
        self.before = dump(self.db)
        self.observer = sqlite3.connect(path)
        self.version = self._version()

    def _version(self) -> int:
        return self.observer.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        return self._version() != self.version

    def renew(self) -> None:
        self.close()
        self._open()

    def close(self) -> None:
        self.observer.close()
        self.db.close()


@pytest.fixture(scope="module")
def shared(world, tmp_path_factory):
    template, w = world
    folder = tmp_path_factory.mktemp("shared")
    sh = Shared(template, dict(w, folder=folder), folder)
    yield sh
    sh.close()


def test_the_change_detector_sees_a_commit(shared):
    shared.db.actor = Actor("admin", Role.ADMIN)
    assert not shared.changed()
    PS.add_material(shared.db, shared.w["project"], "banner", 1)
    assert shared.changed() and dump(shared.db) != shared.before
    shared.renew()
    assert not shared.changed() and dump(shared.db) == shared.before


REFUSED = [(name, role) for name in sorted(ACTIONS) for role in Role if ACTIONS[name][0] not in ROLE_PERMS[role]]


@pytest.mark.parametrize("name,role", REFUSED, ids=[f"{n}-{r.value}" for n, r in REFUSED])
def test_each_action_is_refused_for_each_role_without_the_right(shared, name, role):
    perm, arguments = ACTIONS[name]
    args, kwargs = arguments(shared.w)
    db = shared.db
    db.actor = Actor(f"tester-{role.value}", role.value)
    try:
        with pytest.raises(ServiceError) as refused:
            FOUND[name](db, *args, **kwargs)
        assert refused.value.key == "auth.denied", (
            f"{name} as {role.value} (without {perm}) was refused with {refused.value.key!r}, not by its role "
            f"check; call require(db, Perm.{perm.name}) first thing in it")
    finally:
        if shared.changed():
            after = dump(db)
            shared.renew()
            tables = sorted(t for t in after.keys() | shared.before.keys() if after.get(t) != shared.before.get(t))
            assert not tables, f"{name} as {role.value} (without {perm}) changed the tables {', '.join(tables)}"


ALLOWED = sorted(ACTIONS)


@pytest.mark.parametrize("name", ALLOWED)
def test_each_action_is_allowed_for_the_roles_with_the_right(world_db, name):
    """The Perm listed is the one the function checks: no role that has it is
    refused (other refusals, e.g. a second close of the same protocol, are fine)."""
    db, w = world_db
    perm, arguments = ACTIONS[name]
    roles = [r for r in Role if perm in ROLE_PERMS[r]]
    assert Role.ADMIN in roles
    for role in sorted(roles, key=lambda r: r is Role.ADMIN):
        db.actor = Actor(f"tester-{role.value}", role.value)
        args, kwargs = arguments(w)
        try:
            FOUND[name](db, *args, **kwargs)
        except ServiceError as exc:
            assert exc.key != "auth.denied", f"{name} refused {role.value}, who has {perm}: is its Perm right?"


def test_the_arguments_are_good_ones(world_db):
    """As admin these actions succeed and change the file: so without a role
    check a viewer's call would change it too, and the refusal test would see it."""
    db, w = world_db
    unchanged = []
    for name in ["applications.register_application", "commission.set_attendance", "commission.record_score_sheet",
                 "projects.add_budget_line", "programs.add_indicator", "users.create_user",
                 "competitions.announce_competition", "applications.record_eligibility"]:
        before = dump(db)
        args, kwargs = ACTIONS[name][1](w)
        FOUND[name](db, *args, **kwargs)
        if dump(db) == before:
            unchanged.append(name)
    assert not unchanged
