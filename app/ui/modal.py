"""Modal dialogs run so that they cannot crash the program afterwards."""
from __future__ import annotations


def exec_dialog(dialog) -> int:
    """Run a dialog modally; its result code. Then the dialog goes back to its
    parent and is deleted at the next turn of the event loop.

    PySide6's exec() hands a parented dialog over to Python: its C++ object is
    then deleted whenever Python's cycle collector reaches the wrapper, which
    can be while Qt walks the parent's children (a language change sends
    LanguageChange to every child from a copied list) and crashes the
    program. Given back to its parent it is Qt's again, and deleteLater()
    frees it at a safe point instead of leaving one hidden dialog behind per
    use. The caller may still read the dialog's fields until it returns to
    the event loop."""
    code = dialog.exec()
    parent = dialog.parentWidget()
    if parent is not None:
        dialog.setParent(parent, dialog.windowFlags())
    dialog.deleteLater()
    return code
