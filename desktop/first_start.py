"""The first start: the sample workshop opens unanswered, then its questionnaires come in.

On the first start with no project (no flag in the settings) the app opens the sample workshop
without the experts' judgments, shows the window, and only then imports the sample panel's
filled questionnaires from ``sample_workbooks/`` as one undoable step — so a new user sees the
workshop's offline round trip happen, and openpyxl (≈0.3 s to import) stays off the way to a
shown window. Later starts open the saved sample directly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from desktop.context import AppContext

# How long the import's status-bar message stays (ms): long enough to be read after start-up.
MESSAGE_MS = 15000


def open_sample(ctx: AppContext) -> bool:
    """Open the sample workshop; on a first start the unanswered one (then return True)."""
    from mcdm.project.sample import sample_project, unanswered_sample_project

    first = not ctx.settings.first_start_done
    ctx.set_project(unanswered_sample_project() if first else sample_project(), None)
    return first


def pending(ctx: AppContext) -> bool:
    """Whether the window still shows the first start's unanswered sample, untouched."""
    from mcdm.project.sample import unanswered_sample_project

    return (not ctx.settings.first_start_done and ctx.path is None
            and ctx.undo_stack.count() == 0 and ctx.project is unanswered_sample_project())


def schedule_import(window: Any) -> bool:
    """Call once the window is shown: import the sample questionnaires when the event loop next
    runs, if this is a first start. Returns whether the import was scheduled."""
    ctx = window.context
    if not pending(ctx):
        return False
    window.show_message(QCoreApplication.translate(
        "FirstStart", "Importing the sample panel's questionnaires…"), ms=0)
    # The window as context object: the call is dropped if the window is gone by then.
    QTimer.singleShot(0, window, lambda: import_sample(window))
    return True


def import_sample(window: Any) -> bool:
    """Import the sample questionnaires into the unanswered sample (one undoable step, project
    left clean), say what came in, and set the first-start flag. If the files cannot be read the
    saved sample opens instead and the status bar says why. True if the import was made."""
    from desktop.messages import lines
    from desktop.views.import_flow import import_sample_questionnaires

    ctx = window.context
    if not pending(ctx):  # something else was opened meanwhile: leave it alone
        window.message_line.clear()
        return False
    try:
        message = import_sample_questionnaires(ctx)
    except (ValueError, OSError, ImportError) as exc:  # MCDMError is a ValueError
        from mcdm.project.sample import sample_project

        ctx.set_project(sample_project(), None)
        text = "; ".join(lines(exc, ctx.lang, ctx.project))
        message = QCoreApplication.translate(
            "FirstStart", "Could not import the sample questionnaires (%1); the saved sample "
            "workshop is open instead.").replace("%1", text)
        done = False
    else:
        done = True
    ctx.settings.first_start_done = True
    ctx.settings.sync()
    window.show_message(message, ms=MESSAGE_MS)
    return done
