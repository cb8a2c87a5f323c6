"""The `registre` command: the editor with no subcommand, headless work with one.

Nothing here imports Qt unless the editor is asked for, so the subcommands run
on a machine without a display. Every failure a user can cause ends in one
line on stderr and exit code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import functools
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from model import check
from model.core import ahead, collector, crashlog, lazy, reasons
from model.core.errors import RegisterLocked, RegistreError
from model.core.i18n import language, local_time, system_language, t, tn
from model.core.paths import REGISTER_SUFFIXES, default_path
from model.core.text import as_text, is_number
from model.core.version import app_version
from model.exchange import doccheck, importer, jsondoc, table_export, table_import
from model.register import crud
from model.storage import backup, history, schema, seals, sqlite
from model.storage.lock import lock_path
from model.storage.store import Store

if TYPE_CHECKING:
    from sqlmodel import Session

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_BAD_INPUT = 2
EXIT_NOT_AUTHENTICATED = 3  # `verify`: intact, but nothing proves who signed

LOCK_WAIT = 5.0
"""Seconds a writing subcommand waits for another writer (another `registre` run) to finish;
an editor keeps the register longer than that, and the subcommand then exits 2."""


_ARGPARSE_FR = {
    "usage: ": "usage : ",
    "options": "options",
    "positional arguments": "arguments",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "expected one argument": "une valeur est attendue",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "choix invalide : %(value)r (au choix : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "ambiguous option: %(option)s could match %(matches)s":
        "option ambiguë : %(option)s peut désigner %(matches)s",
    "invalid %(type)s value: %(value)r": "valeur %(type)s invalide : %(value)r",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
}
"""argparse's own words (it asks gettext, which has no French for them here)."""


def _argparse_text(message: str) -> str:
    return _ARGPARSE_FR.get(message, message) if language() == "fr" else message


argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse looks its words up here


def shown(text: object) -> str:
    """`text` on one line: a newline or other control character in a file name is shown
    escaped, so a one-line message stays one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors in one line of the user's language."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, t("registre : {msg} (voir registre --help)\n",
                                     "registre: {msg} (see registre --help)\n", msg=message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="registre",
        description=t("Registre des activités de traitement (RGPD, article 30).",
                      "Record of processing activities (GDPR Article 30)."),
    )
    parser.add_argument("--version", action="version", version=f"registre {app_version()}",
                        # argparse's own default help is a literal, never looked up
                        help=_argparse_text("show program's version number and exit"))
    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help=t("fichier du registre (par défaut : REGISTRE_DB ou le dossier "
                               "de données de l'utilisateur)",
                               "register file (default: REGISTRE_DB or the user's data folder)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help=t("importer un tableau (TSV, CSV, XLSX, ODS) ou un export "
                                        "JSON",
                                        "import a table (TSV, CSV, XLSX, ODS) or a JSON export"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help=t("montrer ce qui serait importé, colonne par colonne, sans rien changer",
                          "show what would be imported, column by column, changing nothing"))
    p.add_argument("--lang", choices=("fr", "en"),
                   help=t("langue d'un nouveau registre (par défaut : celle de l'utilisateur)",
                          "language of a new register (default: the user's)"))
    p.add_argument("--duplicates", choices=table_import_choices(), default="add",
                   help=t("lignes dont la finalité est déjà au registre : skip (les laisser), "
                          "update (mettre ces activités à jour), add (les ajouter quand même, "
                          "par défaut)",
                          "rows whose purpose is already in the register: skip (leave them "
                          "out), update (update those activities), add (add them anyway, the "
                          "default)"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help=t("exporter le registre : JSON, tableur (XLSX, ODS, CSV) "
                                        "ou registre PDF signé",
                                        "export the register: JSON, spreadsheet (XLSX, ODS, "
                                        "CSV) or the signed PDF record"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--lang", choices=("fr", "en"),
                   help=t("langue du PDF (par défaut : celle du registre)",
                          "language of the PDF (default: the register's)"))
    p.add_argument("--sign", action="store_true",
                   help=t("signer le PDF (PAdES)", "sign the PDF (PAdES)"))
    _signing_options(p, required=False)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("sign", help=t("signer ou contre-signer un registre PDF",
                                      "sign or countersign a PDF record"))
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--output", "-o", type=Path, metavar="OUT.pdf",
                   help=t("fichier signé à écrire (par défaut : FILE.pdf lui-même)",
                          "signed file to write (default: FILE.pdf itself)"))
    _signing_options(p, required=True)
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser("verify", help=t("vérifier la signature d'un registre PDF",
                                        "verify the signature of a PDF record"))
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--trust", type=Path, metavar="CERT", action="append", default=[],
                   help=t("certificat de confiance (PEM ou DER) ; peut être répété",
                          "trusted certificate (PEM or DER); may be given several times"))
    p.add_argument("--fingerprint", metavar="SHA256", action="append", default=[],
                   help=t("empreinte SHA-256 publiée du certificat du signataire ; peut être "
                          "répétée",
                          "published SHA-256 fingerprint of the signer's certificate; may be "
                          "given several times"))
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("check", help=t("vérifier que le registre est complet",
                                       "check that the register is complete"))
    p.add_argument("--against", type=Path, metavar="RECORD.pdf",
                   help=t("confirmer que l'historique jusqu'à ce registre signé est inchangé",
                          "confirm that the history up to this signed record is unchanged"))
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("columns", help=t("lister les titres de colonnes que l'import reconnaît",
                                         "list the column titles the import recognises"))
    p.add_argument("--markdown", action="store_true",
                   help=t("en tableau Markdown (celui du README)",
                          "as a Markdown table (the README's)"))
    p.set_defaults(func=cmd_columns)

    p = sub.add_parser("history", help=t("afficher l'historique des modifications",
                                         "show the history of changes"))
    p.add_argument("--activity", metavar="REF",
                   help=t("seulement l'activité REF (ex. T-001)",
                          "only activity REF (e.g. T-001)"))
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("backups", help=t("lister les sauvegardes du registre",
                                         "list the register's backups"))
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help=t("restaurer une sauvegarde dans le registre",
                                         "restore a backup into the register"))
    p.add_argument("backup", metavar="BACKUP",
                   help=t("fichier de sauvegarde, ou son numéro dans « registre backups »",
                          "backup file, or its number in “registre backups”"))
    p.set_defaults(func=cmd_restore)
    return parser


def table_import_choices() -> tuple[str, ...]:
    from model.exchange import table_import

    return table_import.DUPLICATE_CHOICES


def _signing_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    """The options `export --sign` and `sign` share."""
    p.add_argument("--p12", type=Path, metavar="FILE",
                   help=t("certificat et clé PKCS#12 (par défaut : le certificat auto-signé de "
                          "l'organisation, créé au besoin)",
                          "PKCS#12 certificate and key (default: the organisation's "
                          "self-signed certificate, created when needed)") if not required
                   else t("certificat et clé PKCS#12 du signataire",
                          "the signer's PKCS#12 certificate and key"))
    p.add_argument("--password-file", type=Path, metavar="FILE",
                   help=t("fichier dont la première ligne est le mot de passe du PKCS#12",
                          "file whose first line is the PKCS#12 password"))
    p.add_argument("--signer", metavar="NAME", help=t("nom du signataire", "signer's name"))
    p.add_argument("--role", metavar="ROLE", default="",
                   help=t("qualité du signataire", "signer's role"))
    p.add_argument("--place", metavar="PLACE", default="",
                   help=t("lieu de signature", "place of signing"))
    p.add_argument("--tsa", metavar="URL", default=os.environ.get("REGISTRE_TSA") or None,
                   help=t("autorité d'horodatage (PAdES B-T ; ou REGISTRE_TSA)",
                          "timestamp authority (PAdES B-T; or REGISTRE_TSA)"))


def _db_path(args: argparse.Namespace) -> Path:
    """The register the command is about: --db, else REGISTRE_DB, else the user's default."""
    return args.db if args.db is not None else default_path()


def _open(args: argparse.Namespace, *, create: bool, readonly: bool = False) -> Store:
    """The register, read-only for commands that only read (they work while the editor has it
    open), else with its writer lock, held until `run()` returns."""
    store = Store.open(_db_path(args), create=create, readonly=readonly, wait=LOCK_WAIT)
    _opened.append(store)
    for notice in store.notices:  # a daily backup that failed: worth knowing, not fatal
        _warn(notice)
    return store


def _warn(message: str) -> None:
    """A warning on stderr: worth knowing, the command goes on."""
    print(t("registre : attention : {msg}", "registre: warning: {msg}", msg=message),
          file=sys.stderr)


_opened: list[Store] = []


@dataclass
class _Read:
    """A table file as `import` reads it: the document of an export of ours, or else its
    rows parsed against `names` (the register's known names, as far as they are known)."""

    names: importer.Known
    doc: dict[str, Any] | None = None
    shaped: bool | None = None
    """What `doccheck.check_activities` said of the document's activities."""
    parsed: importer.ParsedTable | None = None
    rows_follow: bool = False
    """`parsed` holds no rows (its messages gathered already, as `importer.grouped` gives
    them): they come after it, shaped for the register (`_table_parts`)."""
    warnings: list[str] = field(default_factory=list)
    """What reading the document's workbook changed (a character that is not text)."""


SHAPED_CHUNK = 1000
"""Rows a chunk when a table's rows are handed over shaped: the first chunk is written while
the next is made, and each costs the write a few queries."""


def _table_parts(path: Path, names: importer.Known,
                 shaped: bool) -> Iterator[_Read | list[dict[str, Any]]]:
    """The table as `_read_table` reads it; then, `shaped` (a new register, where every row is
    a new activity), its rows as the register takes them (`table_import.activity_fields`),
    a chunk at a time, the table itself handed over without them."""
    read = _read_table(path, names)
    parsed = read.parsed
    if not shaped or parsed is None or parsed.errors:
        yield read
        return
    errors, warnings = importer.grouped(parsed)  # they name rows this hand-over leaves out
    rows = parsed.rows
    yield replace(read, parsed=replace(parsed, rows=[], errors=errors, warnings=warnings),
                  rows_follow=True)
    for at in range(0, len(rows), SHAPED_CHUNK):
        yield [table_import.activity_fields(row) for row in rows[at:at + SHAPED_CHUNK]]


def _read_table(path: Path, names: importer.Known) -> _Read:
    """A table read once: an export of ours is told by the same sheets the importer parses."""
    with collector.paused():  # the document's million objects, walked by no collection
        book = importer.read_workbook(path)
        doc = table_export.read(path, book.sheets)
        if doc is not None:
            return _Read(names, doc=doc, shaped=doccheck.check_activities(
                doc.get("activities"), path.name), warnings=book.warnings)
        return _Read(names, parsed=importer.parse_workbook(book, known=names))


def _read_document(path: Path) -> tuple[dict[str, Any], bool]:
    """A JSON export, and what `doccheck.check_activities` says of its activities."""
    doc = jsondoc.read_json(path)
    return doc, doccheck.check_activities(doc.get("activities"), path.name)


def _in_use(args: argparse.Namespace) -> bool:
    """Whether the register exists and holds activities (an export then adds to it as a
    table, rather than being restored)."""
    if not _db_path(args).exists():
        return False
    with _open(args, create=False, readonly=True).read() as session:
        return bool(crud.activities(session))


def cmd_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    if path.suffix.lower() == ".json":
        # The document is read and checked on another core while the libraries load.
        with collector.paused():  # the document's million objects, walked by no collection
            with ahead.Ahead(functools.partial(_read_document, path)) as reading:
                _load_storage()
                doc, shaped = reading.result()
            return _restore_export(args, path, doc, shaped)
    # The table is read and parsed on another core while this process loads the database
    # libraries (half a second, every run) and creates a new register (removed again if
    # nothing is imported into it). It is parsed against a new register's names: an empty
    # register has those too; one with names of its own has it read and parsed again here.
    # Into a new register, every row is a new activity: the child then hands the rows over
    # shaped for the register, a chunk at a time, and each is written while it makes the next.
    target, lang = _db_path(args), _new_language(args)
    names = importer.starter_names(lang)
    new = not args.dry_run and not target.exists()
    with ahead.Parts(functools.partial(_table_parts, path, names, new)) as reading:
        _load_storage()
        made = _open_new(args, language=lang) if new else None
        parts = reading.parts()
        try:
            read = next(parts)
            assert isinstance(read, _Read)
        except BaseException:
            if made is not None:
                _discard(made, target)
            raise
        if read.rows_follow and made is not None:
            return _import_shaped(args, path, read, cast(
                "Iterator[list[dict[str, Any]]]", parts), made=made)
    if read.doc is not None and (made is not None or not _in_use(args)):
        for line in table_import.warning_lines(read.warnings):  # as a table's account does
            print(line)
        with collector.paused():
            return _restore_export(args, path, read.doc, read.shaped, made=made)
    return _import_table(args, path, read, made=made)


def _load_storage() -> None:
    """Load the database libraries and the register's modules now, while a child reads:
    an import or a restore needs them all."""
    lazy.load(schema, crud, history, seals, backup, table_import, jsondoc)


def _restore_export(args: argparse.Namespace, path: Path, doc: dict[str, Any],
                    shaped: bool | None = None, *, made: Store | None = None) -> int:
    """`import` of a Registre export: its document restored whole into a new or empty
    register (`shaped`: as `jsondoc.restore_document` takes it; `made`: the new register,
    created already)."""
    if args.dry_run:  # in a scratch register: every problem shows, nothing is touched
        with Store.memory().write() as session:
            n = table_export.restore(session, doc, name=path.name, shaped=shaped)
        print(tn(n, ("{n} activité serait restaurée depuis « {file} ».",
                     "{n} activités seraient restaurées depuis « {file} »."),
                 ("{n} activity would be restored from “{file}”.",
                  "{n} activities would be restored from “{file}”."), file=shown(path.name)))
        return EXIT_OK
    # The document is checked whole before anything is written (jsondoc.restore_document
    # refuses it first), and the restore is one transaction.
    target = _db_path(args)
    new = made is not None or not target.exists()
    store = made or _open(args, create=True)
    try:
        with store.read() as session:
            jsondoc.ensure_empty(session)  # refused: no backup to push an older one out
        backup.make_backup(store, "import")
        with store.write() as session:
            n = table_export.restore(session, doc, name=path.name, shaped=shaped)
    except BaseException:
        if new:  # a restore into a new register that fails leaves no register behind
            _discard(store, target)
        raise
    print(tn(n, ("{n} activité restaurée depuis « {file} ».",
                 "{n} activités restaurées depuis « {file} »."),
             ("{n} activity restored from “{file}”.",
              "{n} activities restored from “{file}”."), file=shown(path.name)))
    return EXIT_OK


def _new_language(args: argparse.Namespace) -> str:
    """A new register speaks the language asked for, else the user's: its starter
    categories are then the ones an English or French table names."""
    return str(args.lang or system_language())


def _parsed(session: Session, path: Path, read: _Read) -> importer.ParsedTable:
    """The table parsed against this register's names: as read, when those were the names
    it was read against."""
    known = table_import.known_names(session)
    if read.parsed is not None and known == read.names:
        return table_import.against_organisation(session, read.parsed)
    return table_import.parse_for(session, path)


def _import_table(args: argparse.Namespace, path: Path, read: _Read, *,
                  made: Store | None = None) -> int:
    """`import` of a table: its rows added to the register as new activities (`made`: the
    new register, created already, and removed again when nothing is written to it)."""
    target = _db_path(args)
    new_lang = _new_language(args)
    if args.dry_run:
        repeated: list[table_import.Duplicate] = []
        if target.exists():
            with _open(args, create=False, readonly=True).read() as session:
                parsed = _parsed(session, path, read)
                repeated = table_import.find_duplicates(session, parsed)
        else:
            parsed = table_import.against_organisation(
                None, read.parsed or table_import.parse_for_new(path, new_lang))
        print(table_import.describe(parsed, path.name, dry_run=True, duplicate_rows=repeated))
        return EXIT_BAD_INPUT if parsed.errors else EXIT_OK
    # An existing register is locked first (and refused if it cannot be written); a new one
    # that gets no row (the table has errors, the write fails) is not left behind empty.
    existing = _open(args, create=False) if made is None and target.exists() else None
    register = existing or made
    try:
        if existing is not None:
            with existing.read() as session:
                parsed = _parsed(session, path, read)
        else:
            parsed = table_import.against_organisation(
                None, read.parsed or table_import.parse_for_new(path, new_lang))
        if parsed.errors:
            print(table_import.describe(parsed, path.name, dry_run=True))
            raise RegistreError(t("« {file} » n'a pas été importé : corrigez les erreurs "
                                  "ci-dessus.", "“{file}” was not imported: fix the errors "
                                  "above.", file=shown(path.name)))
        if register is None:
            register = _open_new(args, language=new_lang)
        backup.make_backup(register, "import")
        with collector.paused(), register.write() as session:
            result = table_import.apply(session, parsed, source=path.name,
                                        duplicates=args.duplicates)
    except BaseException:
        if register is not None and register is not existing:  # made by this run
            _discard(register, target)
        raise
    return _imported(parsed, path, result)


def _import_shaped(args: argparse.Namespace, path: Path, read: _Read,
                   chunks: Iterator[list[dict[str, Any]]], *, made: Store) -> int:
    """`import` of a table into the new register `made`, its rows coming shaped, in chunks
    (`_table_parts`); the register is removed again when nothing is written to it."""
    assert read.parsed is not None
    parsed = table_import.against_organisation(None, read.parsed)
    try:
        backup.make_backup(made, "import")
        with collector.paused(), made.write() as session:
            result = table_import.apply_shaped(session, parsed, chunks, source=path.name)
    except BaseException:
        _discard(made, _db_path(args))
        raise
    return _imported(parsed, path, result)


def _imported(parsed: importer.ParsedTable, path: Path,
              result: table_import.ImportResult) -> int:
    """The account of an import done: the table's messages, then what became of its rows."""
    print(table_import.describe(parsed, path.name, dry_run=False))
    if result.references:
        print(tn(len(result.references), ("{n} activité importée ({refs}).",
                                          "{n} activités importées ({refs})."),
                 ("{n} activity imported ({refs}).", "{n} activities imported ({refs})."),
                 refs=", ".join(_span(result.references))))
    if result.updated:
        print(tn(len(result.updated), ("{n} activité mise à jour ({refs}).",
                                       "{n} activités mises à jour ({refs})."),
                 ("{n} activity updated ({refs}).", "{n} activities updated ({refs})."),
                 refs=", ".join(_span(result.updated))))
    if result.skipped:
        print(tn(len(result.skipped), ("{n} ligne laissée : son activité est déjà au registre.",
                                       "{n} lignes laissées : leurs activités sont déjà au "
                                       "registre."),
                 ("{n} row left out: its activity is already in the register.",
                  "{n} rows left out: their activities are already in the register.")))
    return EXIT_OK


def _open_new(args: argparse.Namespace, *, language: str) -> Store:
    """A register created for this command, in `language`."""
    store = Store.open(_db_path(args), create=True, language=language, wait=LOCK_WAIT)
    _opened.append(store)
    return store


def _discard(store: Store, path: Path) -> None:
    """Close and delete a register this run created and wrote nothing to."""
    if store in _opened:
        _opened.remove(store)
        store.close()
    _remove_register(path)


def _remove_register(path: Path) -> None:
    """Delete a register this run created, with its companions (WAL, shared memory, lock)."""
    for leftover in (path, *sqlite.companion_files(path), lock_path(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _span(refs: list[str]) -> list[str]:
    return [refs[0], "…", refs[-1]] if len(refs) > 2 else refs


def cmd_export(args: argparse.Namespace) -> int:
    path: Path = args.file
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _export_pdf(args)
    if suffix != ".json" and suffix not in table_export.FORMATS:
        raise RegistreError(t("Format d'export inconnu : « {file} » (attendu : {formats}).",
                              "Unknown export format: “{file}” (expected: {formats}).",
                              file=shown(path.name),
                              formats=", ".join((".json", ".pdf", *table_export.FORMATS))))
    if args.sign:
        raise RegistreError(t("--sign ne s'applique qu'au PDF.", "--sign applies to PDF only."))
    store = _open(args, create=False, readonly=True)
    with store.read() as session:
        doc = jsondoc.export_document(session)
    if suffix == ".json":
        jsondoc.write_json(doc, path)
    else:
        for warning in table_export.write(doc, path):  # a cell longer than Excel keeps
            _warn(warning)
    print(tn(len(doc["activities"]), ("{n} activité exportée dans « {file} ».",
                                      "{n} activités exportées dans « {file} »."),
             ("{n} activity exported to “{file}”.", "{n} activities exported to “{file}”."),
             file=shown(path.name)))
    return EXIT_OK


def _export_pdf(args: argparse.Namespace) -> int:
    from model.signing import publish

    sign = None
    if args.sign:
        if args.password_file is None or not args.signer:
            raise RegistreError(t("--sign demande --password-file et --signer.",
                                  "--sign needs --password-file and --signer."))
        sign = publish.SignOptions(
            password=publish.read_password(args.password_file), signer=args.signer,
            role=args.role, place=args.place, p12_path=args.p12, timestamp_url=args.tsa)
    elif args.p12 or args.password_file:
        raise RegistreError(t("--p12 et --password-file vont avec --sign.",
                              "--p12 and --password-file go with --sign."))
    # The record is rendered from a read-only snapshot, so imports and edits go on meanwhile;
    # the writer's lock is taken only to write the export into the history.
    store = _open(args, create=False, readonly=True)
    outcome = publish.export_pdf(store, args.file, lang=args.lang, sign=sign)
    try:
        writer = Store.open(_db_path(args), create=False, wait=LOCK_WAIT, daily_backup=False)
    except RegisterLocked:  # the editor has it: exported all the same, unrecorded
        print(t("registre : attention : le registre est ouvert ailleurs ; cet export ne sera "
                "pas inscrit dans son historique.",
                "registre: warning: the register is open elsewhere; this export will not be "
                "recorded in its history."), file=sys.stderr)
    else:
        try:
            publish.record_export(writer, outcome)
        finally:
            writer.close()
    if outcome.findings:  # exported all the same: the cover says it, and so does stderr
        print(tn(len(outcome.findings),
                 ("registre : attention : {n} constatation de complétude, listée dans le "
                  "registre :", "registre : attention : {n} constatations de complétude, "
                  "listées dans le registre :"),
                 ("registre: warning: {n} completeness finding, listed in the record:",
                  "registre: warning: {n} completeness findings, listed in the record:")),
              file=sys.stderr)
        for message in outcome.findings:
            print(f"  {message}", file=sys.stderr)
    if outcome.drafts:
        print(tn(len(outcome.drafts),
                 ("registre : attention : {n} fiche à l'état de brouillon : {refs}",
                  "registre : attention : {n} fiches à l'état de brouillon : {refs}"),
                 ("registre: warning: {n} sheet in draft: {refs}",
                  "registre: warning: {n} sheets in draft: {refs}"),
                 refs=", ".join(outcome.drafts)), file=sys.stderr)
    if outcome.created_certificate:
        print(t("Certificat de signature auto-signé créé : {path}",
                "Self-signed signing certificate created: {path}",
                path=outcome.created_certificate))
    print(tn(outcome.activities,
             ("{n} activité exportée dans « {file} »{signed} ; empreinte SHA-256 {fp}.",
              "{n} activités exportées dans « {file} »{signed} ; empreinte SHA-256 {fp}."),
             ("{n} activity exported to “{file}”{signed}; SHA-256 fingerprint {fp}.",
              "{n} activities exported to “{file}”{signed}; SHA-256 fingerprint {fp}."),
             file=shown(args.file.name), fp=outcome.fingerprint,
            signed=t(", signé", ", signed") if outcome.signed else ""))
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    """Countersign (or sign) a record file: the legal representative after the DPO."""
    from model.signing import pades, publish

    if args.password_file is None or not args.signer:
        raise RegistreError(t("sign demande --password-file et --signer.",
                              "sign needs --password-file and --signer."))
    p12 = args.p12 or publish.default_certificate()
    if args.p12 is None and not p12.exists():  # a --p12 given is read, or said unreadable
        raise RegistreError(t("Aucun certificat : indiquez --p12.",
                              "No certificate: give --p12."))
    out = args.output or args.file
    info = pades.sign_pdf(args.file, out, p12_path=p12,
                          password=publish.read_password(args.password_file),
                          signer_name=args.signer, role=args.role, place=args.place,
                          lang=language(), timestamp_url=args.tsa)
    if args.db is not None:  # the register now knows this certificate as its own
        store = _open(args, create=False)
        with store.write() as session:
            publish.remember_certificate(session, info.fingerprint)
    print(t("« {file} » signé ; empreinte SHA-256 du certificat {fp}{ss}.",
            "“{file}” signed; certificate SHA-256 fingerprint {fp}{ss}.",
            file=out.name, fp=pades.grouped(info.fingerprint),
            ss=t(" (certificat auto-signé)", " (self-signed certificate)")
            if info.self_signed else ""))
    return EXIT_OK


def _register_certificates(args: argparse.Namespace) -> list[str]:
    """The certificates the register (--db, else the default one if any) signed with."""
    from model.signing import publish

    path = _db_path(args)
    if args.db is None and not path.exists():
        return []
    store = _open(args, create=False, readonly=True)
    with store.read() as session:
        return publish.known_certificates(session)


def cmd_verify(args: argparse.Namespace) -> int:
    from model.signing import verify

    trust = verify.make_trust(args.trust, args.fingerprint, _register_certificates(args))
    report = verify.verify_pdf(args.file, trust=trust)
    print(verify.format_report(report, language()))
    return report.exit_code


def cmd_columns(args: argparse.Namespace) -> int:
    """The catalogue's column titles, field by field: what `import` maps to each field."""
    from model.exchange import columns

    rows = columns.recognised_titles(language())
    if args.markdown:
        print(t("| champ | titres reconnus |", "| field | recognised titles |"))
        print("| --- | --- |")
        for label, titles in rows:
            print(f"| {label} | " + ", ".join(f"“{title}”" for title in titles) + " |")
    else:
        for label, titles in rows:
            print(f"{label}: " + " · ".join(titles))
    print(t("Une colonne dont le titre ne nomme aucun champ devient une note nommée de "
            "l'activité.",
            "A column whose title names no field becomes a named note of the activity."))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    sealed = None
    if args.against is not None:
        from model.signing import seal

        sealed = seal.read_seal(args.against)
    store = _open(args, create=False, readonly=True)
    with store.snapshot() as session:
        doc = jsondoc.export_document(session)
        chain_break = history.verify(session) or history.consistency(session)
        outside = seals.unrecorded(session)
        sealed_ok, sealed_words = (seal.confirm(session, sealed, shown(args.against.name))
                                   if sealed is not None else (True, ""))
    tampered = chain_break is not None or bool(outside) or not sealed_ok
    if chain_break is not None:
        print(chain_break.message())
    for ref, how in outside:
        print(seals.message(ref, how))
    if sealed_words:
        print(sealed_words)
    findings = check.check_document(doc)  # in the register's language, which `doc` holds
    for finding in findings:
        print(finding.message)
    if findings:
        incomplete = check.incomplete_references(findings)
        print(tn(len(findings),
                 ("Registre incomplet : {n} constat ; activités incomplètes : {a} sur {total}.",
                  "Registre incomplet : {n} constats ; activités incomplètes : {a} sur {total}."),
                 ("Register incomplete: {n} finding; incomplete activities: {a} of {total}.",
                  "Register incomplete: {n} findings; incomplete activities: {a} of {total}."),
                 a=len(incomplete), total=len(doc["activities"])))
        return EXIT_INCOMPLETE
    print(tn(len(doc["activities"]), ("Registre complet : {n} activité.",
                                      "Registre complet : {n} activités."),
             ("Register complete: {n} activity.", "Register complete: {n} activities.")))
    return EXIT_INCOMPLETE if tampered else EXIT_OK


def _cell(text: str, width: int) -> str:
    """`text` on one line of `width`: a control character a register written by an older
    version holds is shown as U+FFFD, never sent to the terminal (an escape would act)."""
    text = " ".join(as_text(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_history(args: argparse.Namespace) -> int:
    store = _open(args, create=False, readonly=True)
    with store.read() as session:
        if args.activity:
            found = history.entries(session, ref=args.activity, entity="activity")
            if not found:
                raise RegistreError(t(
                    "Aucune entrée d'historique pour l'activité « {ref} ».",
                    "No history entry for activity “{ref}”.", ref=args.activity))
        else:
            found = history.entries(session)
    rows = []
    for e in found:
        action = history.action_label(e.action, language())
        entity = history.entity_label(e.entity, language())
        change = ""
        if e.old or e.new:
            change = (f"{_cell(e.old, 40)} → {_cell(e.new, 40)}" if e.old
                      else _cell(e.new, 60))
        rows.append([local_time(e.at, seconds=True), _cell(e.user, 16), action,
                     _cell(f"{entity} {e.ref}".strip(), 36), _cell(e.field, 20), change])
    print(_table([t("Date", "When"), t("Utilisateur", "User"), t("Action", "Action"),
                  t("Élément", "Item"), t("Champ", "Field"), t("Changement", "Change")], rows))
    return EXIT_OK


def _size(n: int) -> str:
    for unit, fr, en in ((1 << 20, "Mo", "MB"), (1 << 10, "ko", "kB")):
        if n >= unit:
            return f"{n / unit:.1f} {t(fr, en)}"
    return t("{n} o", "{n} B", n=n)


def cmd_backups(args: argparse.Namespace) -> int:
    path = _db_path(args)
    found = backup.list_backups(path)
    if not found:
        print(t("Aucune sauvegarde de « {file} » dans {folder}.",
                "No backup of “{file}” in {folder}.", file=path.name,
                folder=backup.backups_dir()))
        return EXIT_OK
    reasons = {"daily": ("quotidienne", "daily"), "import": ("avant import", "before import"),
               "upgrade": ("avant mise à niveau", "before upgrade"),
               "before-restore": ("avant restauration", "before restore"),
               "manual": ("manuelle", "manual")}
    rows = [[str(i), b.created.astimezone().strftime("%Y-%m-%d %H:%M:%S"), _size(b.size),
             "?" if b.activities is None else str(b.activities),
             t(*reasons.get(b.reason, (b.reason, b.reason))), b.name]
            for i, b in enumerate(found, start=1)]
    print(_table(["#", t("Date", "Date"), t("Taille", "Size"), t("Activités", "Activities"),
                  t("Motif", "Reason"), t("Fichier", "File")], rows))
    return EXIT_OK


def _find_backup(path: Path, spec: str) -> Path:
    """BACKUP as a number in the listing, a file name in the backups folder, or a path."""
    if is_number(spec):
        found = backup.list_backups(path)
        index = int(spec)
        if not 1 <= index <= len(found):
            raise RegistreError(t(
                "Pas de sauvegarde n° {n} (voir « registre backups »).",
                "No backup number {n} (see “registre backups”).", n=spec))
        return found[index - 1].path
    candidate = Path(spec)
    if not candidate.exists() and (backup.backups_dir() / spec).exists():
        return backup.backups_dir() / spec
    return candidate


def cmd_restore(args: argparse.Namespace) -> int:
    path = _db_path(args)
    source = _find_backup(path, args.backup)
    if source.suffix.lower() == ".json":  # "not a Registre register" would leave them there
        raise RegistreError(t(
            "« {file} » est un export JSON, pas une sauvegarde : il se restaure dans un "
            "registre vide par « registre --db NOUVEAU.db import {file} ».",
            "“{file}” is a JSON export, not a backup: it is restored into an empty register "
            "with “registre --db NEW.db import {file}”.", file=source.name))
    store = _open(args, create=False)
    safety = backup.restore_backup(store, source)
    print(t("« {file} » restauré depuis « {backup} ». L'état précédent est sauvegardé dans "
            "« {safety} » (registre restore {safety} pour annuler).",
            "“{file}” restored from “{backup}”. The previous state is saved in “{safety}” "
            "(registre restore {safety} to undo).",
            file=path.name, backup=source.name, safety=safety.name))
    return EXIT_OK


def _internal_error(exc: BaseException) -> int:
    """A bug: its classes and places go to the log (no personal data), one line to the user."""
    log = crashlog.write(exc, where="registre " + " ".join(sys.argv[1:2]))
    print(t("registre : erreur interne ({kind}) ; détails dans {log}.",
            "registre: internal error ({kind}); details in {log}.",
            kind=type(exc).__name__, log=log or "?"), file=sys.stderr)
    return EXIT_BAD_INPUT


def _stdout_failed(exc: OSError) -> bool:
    """Whether `exc` came from writing our output (a full disk behind `>`), not from a file."""
    return exc.filename is None and reasons.classify(exc) in (
        reasons.Failure.FULL, reasons.Failure.IO)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's last flush at exit has nothing to say."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def _unknown_command(word: str, commands: list[str]) -> RegistreError:
    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.6)
    if close:
        return RegistreError(t("commande inconnue « {word} » (vouliez-vous dire {close} ? "
                               "voir registre --help)",
                               "unknown command “{word}” (did you mean {close}? see "
                               "registre --help)", word=word, close=close[0]))
    return RegistreError(t("commande inconnue « {word} » (voir registre --help)",
                           "unknown command “{word}” (see registre --help)", word=word))


def _file_to_open(parser: argparse.ArgumentParser, argv: Sequence[str]) -> Path | None:
    """`registre FILE`, as a file manager calls it: the register to open in the editor.

    Only an existing file, or a new one named like a register (`.registre`), is
    opened: a mistyped subcommand (`registre chek`) must not create a register.
    """
    commands = _commands(parser)
    if len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in commands:
        path = Path(argv[0])
        if path.exists() or path.suffix.lower() in REGISTER_SUFFIXES:
            return path
        if difflib.get_close_matches(argv[0], commands, n=1, cutoff=0.6) or not path.suffix:
            raise _unknown_command(argv[0], commands)
        raise RegistreError(t(
            "« {file} » n'existe pas ; pour créer un registre, donnez un nom qui finit par "
            "{suffix} (voir registre --help).",
            "“{file}” does not exist; to create a register, give a name ending in {suffix} "
            "(see registre --help).", file=argv[0], suffix=REGISTER_SUFFIXES[0]))
    # Otherwise the first word that is not an option (nor --db's value) is the command.
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            if word not in commands:
                raise _unknown_command(word, commands)
            break
    return None


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        target = _file_to_open(parser, argv)
    except RegistreError as exc:
        print(t("registre : {msg}", "registre: {msg}", msg=shown(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    if target is not None:
        argv = ["--db", str(target)]
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        editor: Callable[[Path | None], int] = importlib.import_module("gui.app").main
        return editor(args.db)
    try:
        code: int = args.func(args)
        sys.stdout.flush()  # output that cannot be written (`> /dev/full`) is told here
        return code
    except RegistreError as exc:
        print(t("registre : {msg}", "registre: {msg}", msg=shown(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `registre history | head`: the reader has had enough
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        if not _stdout_failed(exc):
            return _internal_error(exc)
        _silence_stdout()
        print(t("registre : impossible d'écrire la sortie ({reason}).",
                "registre: cannot write the output ({reason}).",
                reason=reasons.reason(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        return _internal_error(exc)
    finally:
        while _opened:  # let go of the writer lock before returning (run() is called in tests)
            _opened.pop().close()


def main() -> None:
    sys.exit(run())
