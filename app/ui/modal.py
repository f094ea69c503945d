"""Modal dialogs run so that they cannot crash the program afterwards."""
from __future__ import annotations


def exec_dialog(dialog) -> int:
    """Run a dialog modally; its result code. The dialog is then deleted at
    the next turn of the event loop.

    PySide6's exec() hands a parented dialog over to Python: its C++ object
    would then be deleted whenever Python's cycle collector reaches the
    wrapper, which can be while Qt walks the parent's children (a language
    change sends LanguageChange to every child from a copied list), and the
    program crashes. deleteLater() hands it back to Qt, which deletes it at a
    safe point, and no hidden dialog is left behind per use. The caller may
    still read the dialog's fields until it returns to the event loop."""
    code = dialog.exec()
    dialog.deleteLater()
    return code
