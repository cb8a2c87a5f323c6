"""The `registre` command: the editor with no subcommand, headless work with one.

Nothing here imports Qt unless the editor is asked for, so the subcommands run
on a machine without a display. Every failure a user can cause ends in one
line on stderr and exit code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import NoReturn

from model import check, crud, exchange
from model.errors import RegistreError
from model.i18n import t
from model.store import Store, data_dir, default_path

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_BAD_INPUT = 2


def app_version() -> str:
    try:
        return version("registre")
    except PackageNotFoundError:
        return "0.1.0"


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
    parser.add_argument("--version", action="version", version=f"registre {app_version()}")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help=t("fichier du registre (par défaut : REGISTRE_DB ou le dossier "
                               "de données de l'utilisateur)",
                               "register file (default: REGISTRE_DB or the user's data folder)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help=t("importer un tableau (TSV, CSV, XLSX) ou un export JSON",
                                        "import a table (TSV, CSV, XLSX) or a JSON export"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help=t("montrer ce qui serait importé, sans rien changer",
                          "show what would be imported, changing nothing"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help=t("exporter le registre (JSON)",
                                        "export the register (JSON)"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("check", help=t("vérifier que le registre est complet",
                                       "check that the register is complete"))
    p.set_defaults(func=cmd_check)
    return parser


def _open(args: argparse.Namespace, *, create: bool) -> Store:
    path = args.db if args.db is not None else default_path()
    return Store.open(path, create=create)


def cmd_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    if path.suffix.lower() == ".json":
        doc = exchange.read_json(path)
        if args.dry_run:
            print(t("{n} activités seraient restaurées depuis « {file} ».",
                    "{n} activities would be restored from “{file}”.",
                    n=len(doc.get("activities") or []), file=path.name))
            return EXIT_OK
        store = _open(args, create=True)
        with store.write() as session:
            n = exchange.restore_document(session, doc, name=path.name)
        print(t("{n} activités restaurées depuis « {file} ».",
                "{n} activities restored from “{file}”.", n=n, file=path.name))
        return EXIT_OK
    from model import tables

    if args.dry_run:
        target = args.db if args.db is not None else default_path()
        store = Store.open(target, create=False) if target.exists() else Store.memory()
        with store.read() as session:
            parsed = tables.parse_for(session, path)
        print(tables.describe(parsed, path.name, dry_run=True))
        return EXIT_BAD_INPUT if parsed.errors else EXIT_OK
    store = _open(args, create=True)
    with store.read() as session:
        parsed = tables.parse_for(session, path)
    if parsed.errors:
        print(tables.describe(parsed, path.name, dry_run=True))
        raise RegistreError(t("« {file} » n'a pas été importé : corrigez les erreurs ci-dessus.",
                              "“{file}” was not imported: fix the errors above.",
                              file=path.name))
    with store.write() as session:
        result = tables.apply(session, parsed, source=path.name)
    print(tables.describe(parsed, path.name, dry_run=False))
    print(t("{n} activités importées ({refs}).", "{n} activities imported ({refs}).",
            n=len(result.references), refs=", ".join(_span(result.references))))
    return EXIT_OK


def _span(refs: list[str]) -> list[str]:
    return [refs[0], "…", refs[-1]] if len(refs) > 2 else refs


def cmd_export(args: argparse.Namespace) -> int:
    store = _open(args, create=False)
    path: Path = args.file
    with store.read() as session:
        doc = exchange.export_document(session)
    if path.suffix.lower() != ".json":
        raise RegistreError(t("Format d'export inconnu : « {file} » (attendu : .json).",
                              "Unknown export format: “{file}” (expected: .json).",
                              file=path.name))
    exchange.write_json(doc, path)
    print(t("{n} activités exportées dans « {file} ».", "{n} activities exported to “{file}”.",
            n=len(doc["activities"]), file=path.name))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    store = _open(args, create=False)
    with store.read() as session:
        doc = exchange.export_document(session)
        lang = crud.language(session)
    findings = check.check_document(doc, lang)
    for finding in findings:
        print(finding.message)
    if findings:
        incomplete = check.incomplete_references(findings)
        print(t("Registre incomplet : {n} constats, {a} activités incomplètes sur {total}.",
                "Register incomplete: {n} findings, {a} of {total} activities incomplete.",
                n=len(findings), a=len(incomplete), total=len(doc["activities"])))
        return EXIT_INCOMPLETE
    print(t("Registre complet : {total} activités.", "Register complete: {total} activities.",
            total=len(doc["activities"])))
    return EXIT_OK


def _log_crash() -> Path | None:
    """Keep the traceback for a bug report, out of the user's sight."""
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "registre.log"
        with log.open("a", encoding="utf-8") as f:
            f.write(traceback.format_exc())
        return log
    except OSError:
        return None


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        editor: Callable[[Path | None], int] = importlib.import_module("gui.app").main
        return editor(args.db)
    try:
        code: int = args.func(args)
        return code
    except RegistreError as exc:
        print(t("registre : {msg}", "registre: {msg}", msg=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log = _log_crash()
        print(t("registre : erreur interne ({kind}) ; détails dans {log}.",
                "registre: internal error ({kind}); details in {log}.",
                kind=type(exc).__name__, log=log or "?"), file=sys.stderr)
        return EXIT_BAD_INPUT


def main() -> None:
    sys.exit(run())
