"""The registers of the demo database (issue 19), from cases B, C and A of
../shared/domain/cases.md.

From the sources, used exactly:
- Kara-Balta city council resolution No. 05 of 16.02.2023: what it approves
  (the development program 2023–2026, its action plan, the program's
  implementation for 2023), sending it to the Chui–Bishkek city justice
  department for the unified state register of normative legal acts, control
  by the standing deputy commission on budget, municipal property, housing
  and communal services and investments and by the mayor M. R. Джекшенов,
  and its distribution (council, mayor's office, МС и ММБ, МИ «Универсал»,
  Ministry of Justice);
- A. Orozbekov ayil kenesh resolution No. 226 of 28.12.2020 approving the
  regulation on local initiatives (model regulation: order of the State
  Agency for LSG affairs No. 01-18/84 of 5 September 2019);
- the 23 000 som the 2021 local budget gives to local initiatives, which is
  the ЖД competition's allocation; Kara-Balta's social order financing of
  400 000 som a year at the program's baseline (2022);
- that Batken studied the population's needs and kept a database of
  citizens' and organisations' proposals before its social order.

Illustrative, and said so in the records' notes: due dates and the state of
the points; the date the resolution was sent to the justice body; the
controllers and distribution of resolution No. 226; the budget hearing, its
attendance, proposals and answers; the wording, dates and villages of the
needs; total expenditure, paid services, reserve funds and their use; the
2023 social order figure (the program's illustrative intermediate target).
"""
from __future__ import annotations

from datetime import date

from app.domain import registers as R
from app.domain.money import som
from app.domain.participants import builtin_category_id as cat
from app.store import models as M
from app.store import register_models as RM
from app.store.register_queries import basis_copy, program_copy

ILLUSTRATIVE = "Иллюстрация: {what}. / Иллюстрация: {what_ru}."


def _note(what: str, what_ru: str) -> str:
    return ILLUSTRATIVE.format(what=what, what_ru=what_ru)


def _add(s, obj):
    s.add(obj)
    s.flush()
    return obj


def build(s, batken: dict, orozbekov: dict, kara_balta: dict) -> dict[str, str]:
    """Add the registers; returns the ids of the main records."""
    r05 = _resolution_05(s, kara_balta)
    r226 = _resolution_226(s, orozbekov)
    budget, allocation = _budgets(s, orozbekov, kara_balta)
    hearing = _hearing(s, orozbekov, r226, allocation)
    _needs(s, batken, hearing)
    return {"resolution_05": r05.id, "resolution_226": r226.id, "budget_2021": budget.id, "hearing": hearing.id}


# --------------------------------------------------------------------------
# Resolutions


def _resolution_05(s, kara_balta: dict) -> RM.Resolution:
    r = _add(s, RM.Resolution(
        municipality_id=kara_balta["municipality"], body_kind=R.BodyKind.CITY_COUNCIL,
        body_name="Кара-Балта шаардык кеңеши", act_kind=R.ActKind.RESOLUTION, number="05",
        adopted_on=date(2023, 2, 16),
        title="Кара-Балта шаарын социалдык-экономикалык өнүктүрүүнүн 2023–2026-жылдарга программасын бекитүү жөнүндө",
        normative=True, justice_sent_on=date(2023, 2, 24),
        control_commission="Бюджет, муниципалдык менчик, турак жай-коммуналдык чарба жана инвестициялар боюнча "
                           "туруктуу депутаттык комиссия",
        control_official="Кара-Балта шаарынын мэри М. Р. Джекшенов",
        distribution="Кара-Балта шаардык кеңеши\nКара-Балта шаарынын мэриясы\nМС и ММБ\nМИ «Универсал»\n"
                     "Кыргыз Республикасынын Юстиция министрлиги",
        note=_note("юстицияга жөнөтүлгөн күн, пункттардын мөөнөттөрү жана абалы",
                   "дата направления в юстицию, сроки и состояние пунктов")))
    points = [
        ("Кара-Балта шаарын социалдык-экономикалык өнүктүрүүнүн 2023–2026-жылдарга программасы бекитилсин.",
         None, None, None),
        ("Программаны ишке ашыруу боюнча иш-чаралардын планы бекитилсин.", None, None, None),
        ("Программаны 2023-жылы ишке ашыруу бекитилсин.", date(2023, 12, 31), None, None),
        ("Бул токтом ченемдик укуктук актылардын бирдиктүү мамлекеттик реестрине киргизүү үчүн Чүй–Бишкек "
         "шаардык юстиция башкармалыгына жөнөтүлсүн.", date(2023, 2, 28), date(2023, 2, 24),
         "Юстиция башкармалыгына кат (иллюстрация)"),
        ("Токтомдун аткарылышын көзөмөлдөө бюджет, муниципалдык менчик, турак жай-коммуналдык чарба жана "
         "инвестициялар боюнча туруктуу депутаттык комиссияга жана шаардын мэри М. Р. Джекшеновго жүктөлсүн.",
         None, None, None),
    ]
    for i, (text, due, done_on, doc) in enumerate(points, start=1):
        _add(s, RM.ResolutionPoint(resolution_id=r.id, number=i, text=text, due_on=due,
                                   status=R.PointStatus.DONE if done_on else R.PointStatus.IN_PROGRESS,
                                   done_on=done_on, done_document=doc))
    _add(s, RM.ResolutionLink(resolution_id=r.id, relation=R.LinkRelation.APPROVES, target_kind=R.LinkTarget.OTHER,
                              title="Программаны ишке ашыруу боюнча иш-чаралардын планы"))
    program = s.get(M.DevelopmentProgram, kara_balta["program"])
    program.resolution_id = r.id
    for k, v in program_copy(r).items():
        setattr(program, k, v)
    return r


def _resolution_226(s, orozbekov: dict) -> RM.Resolution:
    r = _add(s, RM.Resolution(
        municipality_id=orozbekov["municipality"], body_kind=R.BodyKind.AYIL_KENESH,
        body_name="А. Орозбеков айылдык кеңеши", act_kind=R.ActKind.RESOLUTION, number="226",
        adopted_on=date(2020, 12, 28),
        title="А. Орозбеков айыл аймагында жергиликтүү демилгелер жөнүндө жобону бекитүү жөнүндө",
        normative=True,
        control_commission="Айылдык кеңештин бюджет жана социалдык маселелер боюнча туруктуу комиссиясы (иллюстрация)",
        control_official="А. Орозбеков айыл өкмөтүнүн башчысы (иллюстрация)",
        distribution="А. Орозбеков айылдык кеңеши\nА. Орозбеков айыл өкмөтү\nЮстиция органы (иллюстрация)",
        note=_note("аталышынын сөздөрү, 2-пункт, контролдоочулар жана таркатуу тизмеси",
                   "формулировка названия, пункт 2, контролирующие и список рассылки")))
    _add(s, RM.ResolutionPoint(
        resolution_id=r.id, number=1, status=R.PointStatus.IN_PROGRESS,
        text="Жергиликтүү демилгелер жөнүндө жобо бекитилсин (типтүү жобо: Жергиликтүү өз алдынча башкаруу иштери "
             "боюнча мамлекеттик агенттиктин 2019-жылдын 5-сентябрындагы №01-18/84 буйругу)."))
    _add(s, RM.ResolutionPoint(
        resolution_id=r.id, number=2, status=R.PointStatus.DONE, due_on=date(2021, 12, 31),
        text="Айыл өкмөтү 2021-жылы жергиликтүү демилгелердин сынагын өткөрсүн (иллюстрация).",
        done_on=date(2021, 10, 22), done_document="Комиссиянын №1 протоколу, 22.10.2021"))
    _add(s, RM.ResolutionLink(resolution_id=r.id, relation=R.LinkRelation.APPROVES,
                              target_kind=R.LinkTarget.REGULATION, title="Жергиликтүү демилгелер жөнүндө жобо"))
    comp = s.get(M.Competition, orozbekov["competition"])
    comp.resolution_id = r.id
    for k, v in basis_copy(r).items():
        setattr(comp, k, v)
    return r


# --------------------------------------------------------------------------
# Local budgets


def _budgets(s, orozbekov: dict, kara_balta: dict) -> tuple[RM.LocalBudget, RM.BudgetAllocation]:
    b2021 = _add(s, RM.LocalBudget(
        municipality_id=orozbekov["municipality"], year=2021, total_expenditure_tyiyn=som(9_800_000),
        paid_services_tyiyn=som(120_000), reserve_fund_tyiyn=som(95_000),
        note=_note("жалпы чыгашалар, акы төлөнүүчү кызматтар, резервдик фонд жана аны пайдалануу; булактан — "
                   "жергиликтүү демилгелерге 23 000 сом",
                   "общие расходы, платные услуги, резервный фонд и его использование; из источника — "
                   "23 000 сом на местные инициативы")))
    jd = _add(s, RM.BudgetAllocation(budget_id=b2021.id, position=1, kind=R.AllocationKind.LOCAL_INITIATIVES,
                                     title="Жергиликтүү демилгелер", amount_tyiyn=som(23_000)))
    _add(s, RM.AllocationCompetition(allocation_id=jd.id, competition_id=orozbekov["competition"]))
    _add(s, RM.ReserveDecision(budget_id=b2021.id, decided_on=date(2021, 4, 12),
                               document="Айыл өкмөтүнүн токтому №7 (иллюстрация)", amount_tyiyn=som(40_000),
                               purpose="Селден кийин сугат арыгын тазалоо (иллюстрация)"))
    for year, total, paid, reserve, social, note in [
        (2022, 180_000_000, 2_000_000, 1_500_000, 400_000,
         _note("чыгашалар жана резервдик фонд; булактан — социалдык заказга жылына 400 000 сом (базалык жыл)",
               "расходы и резервный фонд; из источника — 400 000 сом в год на социальный заказ (базовый год)")),
        (2023, 195_000_000, 2_100_000, 1_800_000, 550_000,
         _note("бардык сандар; социалдык заказ — программанын 2023-жылга аралык максаты",
               "все цифры; социальный заказ — промежуточная цель программы на 2023 год")),
    ]:
        b = _add(s, RM.LocalBudget(municipality_id=kara_balta["municipality"], year=year,
                                   total_expenditure_tyiyn=som(total), paid_services_tyiyn=som(paid),
                                   reserve_fund_tyiyn=som(reserve), note=note))
        _add(s, RM.BudgetAllocation(budget_id=b.id, position=1, kind=R.AllocationKind.SOCIAL_ORDER,
                                    title="Муниципалдык социалдык заказ", amount_tyiyn=som(social)))
    return b2021, jd


# --------------------------------------------------------------------------
# A budget hearing


def _hearing(s, orozbekov: dict, r226: RM.Resolution, allocation: RM.BudgetAllocation) -> RM.Hearing:
    h = _add(s, RM.Hearing(
        municipality_id=orozbekov["municipality"], kind=R.HearingKind.BUDGET_DRAFT,
        title="2021-жылдын жергиликтүү бюджетинин долбоору боюнча коомдук угуу", notice_on=date(2020, 11, 20),
        notice_channel="Айыл өкмөтүнүн маалымат тактасы, WhatsApp топтору", held_on=date(2020, 12, 4),
        place="А. Орозбеков айыл өкмөтүнүн жыйындар залы", chair="Айыл өкмөтүнүн башчысы (иллюстрация)",
        secretary="Айыл өкмөтүнүн адиси (иллюстрация)",
        note=_note("угуунун бардык маалыматтары; булактарда бюджеттик угуулар 1999-жылдан бери өткөрүлөт",
                   "все сведения о слушаниях; по источникам бюджетные слушания проводятся с 1999 года")))
    for code, n in (("men", 38), ("women", 47), ("persons_disabilities", 3)):
        _add(s, RM.HearingAttendance(hearing_id=h.id, category_id=cat(code), count=n))
    proposals = [
        ("Жаштар", "Балдар жана жаштар үчүн жергиликтүү демилгелерге бюджеттен каражат бөлүү",
         R.ProposalStatus.ACCEPTED, "2021-жылдын бюджетинде жергиликтүү демилгелерге 23 000 сом каралды",
         r226.id, allocation.id, None),
        ("Мигранттардын үй-бүлөлөрү", "Мигранттардын үй-бүлөлөрү үчүн спорттук жана үй-бүлөлүк иш-чаралар",
         R.ProposalStatus.PARTLY, "Жергиликтүү демилгелердин сынагынын артыкчылыктуу багыттарына кошулду",
         None, None, "ЖД сынагынын артыкчылыктуу багыттары"),
        ("Айылдын тургундары", "Көчөлөрдү жарыктандырууну оңдоо", R.ProposalStatus.REJECTED,
         "2021-жылдын бюджетинде каражат жок; 2022-жылдын долбоорунда каралат", None, None, None),
    ]
    for i, (group, text, status, answer, rid, aid, note) in enumerate(proposals, start=1):
        _add(s, RM.HearingProposal(hearing_id=h.id, position=i, author_group=group, text=text, status=status,
                                   answer=answer, included_resolution_id=rid, included_allocation_id=aid,
                                   included_note=note))
    return h


# --------------------------------------------------------------------------
# Needs and proposals


def _needs(s, batken: dict, hearing: RM.Hearing) -> None:
    comp = batken["competition"]
    mun = batken["municipality"]
    note = _note("сунуштун сөздөрү, күнү жана айылы; булактан — сынакка чейин калктын муктаждыктары изилденген",
                 "формулировка, дата и место; из источника — до конкурса изучены потребности населения")
    for source, day, village, group, problem, proposal in [
        (R.NeedSource.SURVEY, date(2018, 4, 20), "Баткен", "Шаардын тургундары",
         "Көчөлөрдө жана короолордо таштанды көп; калк тазалыкка кайдыгер",
         "Калктын тазалыкка болгон көз карашын өзгөртүүчү маалыматтык кампания"),
        (R.NeedSource.LETTER, date(2018, 4, 25), "Кызыл-Топу", "Мектеп окуучулары",
         "Мектептердин айланасы таза эмес", "Окуучулар арасында тазалык боюнча сынак"),
        (R.NeedSource.MEETING, date(2018, 5, 3), "Келечек кварталы", "Квартал тургундары",
         "Кварталдан таштанды өз убагында чыгарылбайт", "Квартал тургундары менен тазалоо иш-чарасы"),
    ]:
        _add(s, RM.Need(municipality_id=mun, source=source, received_on=day, village=village, group_concerned=group,
                        problem=problem, proposal=proposal, status=R.NeedStatus.ADDRESSED,
                        answer="«Баткен шаарынын калкынын тазалыкка болгон көз карашын өзгөртүү» темасындагы МСЗ "
                               "сынагы", competition_id=comp, note=note))
    _add(s, RM.Need(municipality_id=mun, source=R.NeedSource.ONLINE, received_on=date(2018, 5, 5), village="Баткен",
                    group_concerned="Базардагы сатуучулар", problem="Борбордук базарлардын айланасы булганган",
                    proposal="Базарларда тазалык акциясы", status=R.NeedStatus.CONSIDERED, note=note))
    street = s.query(RM.HearingProposal).filter_by(hearing_id=hearing.id, position=3).one()
    _add(s, RM.Need(municipality_id=hearing.municipality_id, source=R.NeedSource.HEARING, received_on=hearing.held_on,
                    village="Кара-Дөбө", group_concerned=street.author_group, problem=street.text,
                    status=R.NeedStatus.CONSIDERED, answer=street.answer, hearing_id=hearing.id,
                    proposal_id=street.id,
                    note=_note("айыл жана абалы", "село и состояние")))
