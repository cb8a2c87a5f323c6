"""Dialogs: export, import, verify, backup, preferences and the file dialogs.
"""
