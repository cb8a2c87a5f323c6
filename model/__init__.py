"""Registre's headless core: everything the editor can do to a register, without a display.

Rooms, lowest first; a room imports only the rooms below it (pyproject's
import-linter contracts check it) and never Qt:
core (errors, i18n, clock, paths, files, text, vocabularies, the field catalogue) <
storage (table classes, engine and upgrades, lock, backups, history chain) <
register (the operations on a register) < exchange (JSON, tables in and out) <
check (completeness; it reads imported text as the importer does) < record (the PDF) <
signing (sign, verify, the export flow) < cli.
"""
