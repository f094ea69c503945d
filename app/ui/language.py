"""The interface language: Qt translators, app.i18n and the saved choice.

Changing the language swaps the installed QTranslators; Qt then sends
QEvent.LanguageChange to every widget, and each widget re-translates itself
in changeEvent -> retranslate(). No restart.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n, paths
from app.ui.settings import open_settings

# Each language named in itself, so a user who cannot read the current
# language still finds theirs.
LANGUAGE_NAMES: dict[str, str] = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
QT_LOCALES: dict[str, str] = {"ky": "ky_KG", "ru": "ru_RU", "en": "en_GB"}
SETTINGS_KEY = "ui/language"


def saved_language() -> str | None:
    value = open_settings().value(SETTINGS_KEY)
    return value if value in i18n.LANGUAGES else None


def save_language(lang: str) -> None:
    settings = open_settings()
    settings.setValue(SETTINGS_KEY, lang)
    settings.sync()


def choose_language(requested: str | None) -> str:
    """The language asked for, else the saved one, else Kyrgyz."""
    if requested in i18n.LANGUAGES:
        return requested
    return saved_language() or i18n.DEFAULT_LANGUAGE


class LanguageSwitcher:
    """Owns the translators (they must stay alive while installed)."""

    def __init__(self, app: QCoreApplication | None = None):
        self.app = app or QCoreApplication.instance()
        self.current: str | None = None
        self._installed: list[QTranslator] = []

    def apply(self, lang: str) -> bool:
        """Switch to `lang`; returns False when its translation file is missing."""
        if lang not in i18n.LANGUAGES:
            raise ValueError(lang)
        ours = QTranslator(self.app)
        found = ours.load(f"demilge_{lang}", str(paths.translations_dir()))
        qt_own = QTranslator(self.app)
        # Qt's own words: our catalogue where Qt has none (Kyrgyz), else Qt's
        has_qt_own = (qt_own.load(f"qtbase_{lang}", str(paths.translations_dir()))
                      or qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
        self.remove()
        if has_qt_own:          # Qt's own words (standard buttons, context menus)
            QCoreApplication.installTranslator(qt_own)
            self._installed.append(qt_own)
        if found:
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
        QLocale.setDefault(QLocale(QT_LOCALES[lang]))
        i18n.set_language(lang)
        self.current = lang
        return found

    def remove(self) -> None:
        """Uninstall this switcher's translators (back to the English source texts)."""
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
        self._installed = []
        self.current = None
