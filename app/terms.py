"""Words for the stored codes of the domain (statuses, kinds, sources) in
Kyrgyz, Russian and English, for texts outside the GUI: service messages
(as `i18n.Term` parameters) and printed reports. The GUI shows the same
words (app/ui/labels.py, TERM_GROUPS); only words the screen alone uses are
translated by Qt.

`term(group, value)` gives the key; `word(group, value, lang)` the text.
"""
from __future__ import annotations

from enum import StrEnum

from app import i18n


def term(group: str, value) -> i18n.Term:
    code = value.value if isinstance(value, StrEnum) else str(value)
    return i18n.Term(f"{group}.{code}")


def word(group: str, value, lang: str | None = None) -> str:
    return i18n.t(term(group, value), lang)


i18n.register({
    # the kind of a figure to check (app.domain.figures)
    "figures.kind.event": {"ky": "Иш-чара", "ru": "Мероприятие", "en": "Event"},
    "figures.kind.budget_line": {"ky": "Бюджеттин беренеси", "ru": "Статья бюджета", "en": "Budget line"},
    "figures.kind.indicator": {"ky": "Индикатор", "ru": "Индикатор", "en": "Indicator"},
    # commission member role
    "member_role.chair": {"ky": "төрага", "ru": "председатель", "en": "chair"},
    "member_role.deputy_chair": {"ky": "төраганын орун басары", "ru": "заместитель председателя", "en": "deputy chair"},
    "member_role.secretary": {"ky": "катчы", "ru": "секретарь", "en": "secretary"},
    "member_role.member": {"ky": "мүчө", "ru": "член комиссии", "en": "member"},
    # competition status
    "competition_status.draft": {"ky": "даярдалууда", "ru": "черновик", "en": "draft"},
    "competition_status.announced": {"ky": "жарыяланган", "ru": "объявлен", "en": "announced"},
    "competition_status.applications_closed": {
        "ky": "өтүнмөлөрдү кабыл алуу бүттү", "ru": "приём заявок закрыт", "en": "applications closed"},
    "competition_status.under_review": {"ky": "каралууда", "ru": "на рассмотрении", "en": "under review"},
    "competition_status.decided": {"ky": "чечим кабыл алынды", "ru": "решение принято", "en": "decided"},
    "competition_status.in_implementation": {
        "ky": "ишке ашырылууда", "ru": "реализуется", "en": "in implementation"},
    "competition_status.completed": {"ky": "аякталды", "ru": "завершён", "en": "completed"},
    "competition_status.cancelled": {"ky": "жокко чыгарылды", "ru": "отменён", "en": "cancelled"},
    # competition kind
    "competition_kind.jd": {"ky": "ЖД", "ru": "МИ", "en": "LI"},
    "competition_kind.msz": {"ky": "МСЗ", "ru": "ГСЗ", "en": "SSO"},
    "competition_kind_long.jd": {
        "ky": "жергиликтүү демилгелердин сынагы", "ru": "конкурс местных инициатив",
        "en": "local initiatives competition"},
    "competition_kind_long.msz": {
        "ky": "мамлекеттик социалдык заказдын сынагы", "ru": "конкурс государственного социального заказа",
        "en": "state social order competition"},
    # application status
    "application_status.registered": {"ky": "катталды", "ru": "зарегистрирована", "en": "registered"},
    "application_status.eligible": {"ky": "талаптарга жооп берет", "ru": "соответствует требованиям", "en": "eligible"},
    "application_status.ineligible": {
        "ky": "талаптарга жооп бербейт", "ru": "не соответствует требованиям", "en": "not eligible"},
    "application_status.withdrawn": {"ky": "кайтарылып алынды", "ru": "отозвана", "en": "withdrawn"},
    "application_status.winner": {"ky": "жеңүүчү", "ru": "победитель", "en": "winner"},
    "application_status.reserve": {"ky": "резерв", "ru": "резерв", "en": "reserve"},
    "application_status.rejected": {"ky": "четке кагылды", "ru": "отклонена", "en": "rejected"},
    # applicant kind
    "applicant_kind.person": {"ky": "жеке адам", "ru": "физическое лицо", "en": "individual"},
    "applicant_kind.group": {"ky": "демилгелүү топ", "ru": "инициативная группа", "en": "initiative group"},
    "applicant_kind.organisation": {
        "ky": "коммерциялык эмес уюм", "ru": "некоммерческая организация", "en": "non-profit organisation"},
    "applicant_kind.legal_entity": {"ky": "юридикалык жак", "ru": "юридическое лицо", "en": "legal entity"},
    # funding source
    "funding_source.local_budget": {"ky": "жергиликтүү бюджет", "ru": "местный бюджет", "en": "local budget"},
    "funding_source.republican_budget": {"ky": "республикалык бюджет", "ru": "республиканский бюджет",
                                         "en": "republican budget"},
    "funding_source.donor": {"ky": "донордук долбоор", "ru": "донорский проект", "en": "donor project"},
    "funding_source.initiator_cash": {
        "ky": "демилгечинин салымы (акчалай)", "ru": "вклад инициатора (денежный)",
        "en": "initiator's contribution (cash)"},
    "funding_source.initiator_in_kind": {
        "ky": "демилгечинин салымы (заттай)", "ru": "вклад инициатора (натуральный)",
        "en": "initiator's contribution (in kind)"},
    "funding_source.other": {"ky": "башка булак", "ru": "другой источник", "en": "other source"},
    "funding_channel.through_local_budget": {"ky": "жергиликтүү бюджет аркылуу", "ru": "через местный бюджет",
                                             "en": "through the local budget"},
    "funding_channel.direct": {"ky": "түз", "ru": "напрямую", "en": "directly"},
    "funding_channel.": {"ky": "көрсөтүлгөн эмес", "ru": "не указан", "en": "not stated"},
    "direct_kind.direct_grant": {"ky": "түз грант (сынаксыз)", "ru": "прямой грант (без конкурса)",
                                 "en": "direct grant (no competition)"},
    "direct_kind.subsidy": {"ky": "субсидия (сынаксыз)", "ru": "субсидия (без конкурса)",
                            "en": "subsidy (no competition)"},
    # the default eligibility checklist (EligibilityCriterion.code)
    "criterion.residence": {
        "ky": "Өтүнмө берүүчү муниципалитеттин аймагында жашайт же иштейт",
        "ru": "Заявитель проживает или работает на территории муниципалитета",
        "en": "The applicant lives or works in the municipality",
    },
    "criterion.amount": {
        "ky": "Суралган сумма гранттын максималдуу суммасынан ашпайт",
        "ru": "Запрашиваемая сумма не превышает максимальную сумму гранта",
        "en": "The requested amount is within the maximum grant",
    },
    "criterion.cofinancing": {
        "ky": "Кошумча каржылоонун талап кылынган үлүшү сакталган",
        "ru": "Требуемая доля софинансирования соблюдена",
        "en": "The required co-financing share is met",
    },
    "criterion.documents": {
        "ky": "Документтер толук",
        "ru": "Документы представлены в полном объёме",
        "en": "The documents are complete",
    },
})


i18n.register({
    "meeting_status.open": {"ky": "протокол ачык", "ru": "протокол открыт", "en": "protocol open"},
    "meeting_status.closed": {"ky": "протокол жабылды", "ru": "протокол закрыт", "en": "protocol closed"},
    "project_status.planned": {"ky": "пландалган", "ru": "запланирован", "en": "planned"},
    "project_status.running": {"ky": "ишке ашырылууда", "ru": "реализуется", "en": "running"},
    "project_status.completed": {"ky": "аяктаган", "ru": "завершён", "en": "completed"},
    "project_status.terminated": {"ky": "токтотулган", "ru": "прекращён", "en": "terminated"},
    "event_kind.sport": {"ky": "спорттук мелдеш", "ru": "спортивное соревнование", "en": "sport competition"},
    "event_kind.performance": {"ky": "оюн-көрсөтүү", "ru": "представление", "en": "performance"},
    "event_kind.clean_up": {"ky": "тазалоо акциясы", "ru": "субботник", "en": "clean-up"},
    "event_kind.info_meeting": {"ky": "маалыматтык жолугушуу", "ru": "информационная встреча",
                                "en": "information meeting"},
    "event_kind.broadcast": {"ky": "теле- же радиоберүү", "ru": "теле- или радиопередача", "en": "TV/radio broadcast"},
    "event_kind.training": {"ky": "окутуу", "ru": "обучение", "en": "training"},
    "event_kind.contest": {"ky": "конкурс", "ru": "конкурс", "en": "contest"},
    "event_kind.announcement": {"ky": "кулактандырууну жарыялоо", "ru": "публикация объявления",
                                "en": "publication of the announcement"},
    "event_kind.candidates_call": {"ky": "комиссияга талапкерлерди чакыруу",
                                   "ru": "приглашение кандидатов в комиссию",
                                   "en": "call for commission candidates"},
    "event_kind.other": {"ky": "башка", "ru": "другое", "en": "other"},
    "material_kind.banner": {"ky": "баннер", "ru": "баннер", "en": "banner"},
    "material_kind.roll_up": {"ky": "ролл-ап", "ru": "ролл-ап", "en": "roll-up"},
    "material_kind.poster": {"ky": "плакат", "ru": "плакат", "en": "poster"},
    "material_kind.brochure": {"ky": "брошюра", "ru": "брошюра", "en": "brochure"},
    "material_kind.video": {"ky": "видео", "ru": "видео", "en": "video"},
    "material_kind.other": {"ky": "башка", "ru": "другое", "en": "other"},
    "media_level.city": {"ky": "шаардык", "ru": "городской", "en": "city"},
    "media_level.district": {"ky": "райондук", "ru": "районный", "en": "district"},
    "media_level.region": {"ky": "облустук", "ru": "областной", "en": "regional"},
    "media_level.national": {"ky": "республикалык", "ru": "республиканский", "en": "national"},
    "media_level.online": {"ky": "онлайн", "ru": "онлайн", "en": "online"},
})


# issue 15: who runs a competition and how it awards
i18n.register({
    "organiser_kind.municipality": {"ky": "муниципалитет (анын аткаруу органы)",
                                    "ru": "муниципалитет (его исполнительный орган)",
                                    "en": "the municipality (its executive body)"},
    "organiser_kind.national_body": {"ky": "мамлекеттик (республикалык) орган",
                                     "ru": "государственный (республиканский) орган",
                                     "en": "a national (state) body"},
    "organiser_kind.regional_body": {"ky": "облустук же райондук орган", "ru": "областной или районный орган",
                                     "en": "a regional or district body"},
    "organiser_kind.donor": {"ky": "донор", "ru": "донор", "en": "a donor"},
    "award_mode.grants": {"ky": "гранттар (суралган сумма, багыттын каражатынын чегинде)",
                          "ru": "гранты (запрошенная сумма, в пределах средств направления)",
                          "en": "grants (the amount asked, within the lot's allocation)"},
    "award_mode.prizes": {"ky": "сыйлыктар (номинация жана орун боюнча белгиленген сумма)",
                          "ru": "премии (сумма, установленная по номинации и месту)",
                          "en": "prizes (a fixed amount by nomination and place)"},
})
