"""The editor: the only Qt code, reaching the register only through model/.

Rooms, lowest first; each imports only rooms below it (pyproject's import-linter
contracts): adapter, worker, settings < commands (undo) < activities, lists,
organisation, history, dialogs < mainwindow < app.
"""
