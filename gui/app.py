"""Starting the editor: the application object, its language, and a safety net for crashes.

`main()` is what `registre` runs with no subcommand.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import resources
from gui import settings as keys
from model.core import crashlog, i18n
from model.core.paths import default_path

translate = QCoreApplication.translate
"""Aliased so that pyside6-lupdate still sees `translate("Context", …)` calls."""

ORGANISATION = "registre"
APPLICATION = "registre"
DISPLAY_NAME = "Registre"
log = logging.getLogger(__name__)


def log_path() -> Path:
    return crashlog.log_path()


def choose_language(settings: QSettings | None = None) -> str:
    """The preference, else the system locale: French unless the system speaks English."""
    settings = settings or QSettings()
    wanted = keys.LANGUAGE.get(settings)
    if wanted in ("fr", "en"):
        return wanted
    forced = i18n.system_language() if _forced_by_env() else ""
    if forced:
        return forced
    name = QLocale.system().name().lower()
    return "en" if name.startswith("en") else "fr"


def _forced_by_env() -> bool:
    return os.environ.get("REGISTRE_LANG", "") in ("fr", "en")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Our messages, then Qt's own (standard buttons), in `lang`; English needs none of ours."""
    installed = []
    ours = QTranslator(app)
    if ours.load(f"registre_{lang}", str(resources.translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    i18n.set_language(lang)
    QLocale.setDefault(interface_locale(lang))
    return installed


def interface_locale(lang: str) -> QLocale:
    """Dates and numbers as the interface's language writes them: the system's own when it
    speaks that language (en_US stays American), else France or the United Kingdom."""
    system = QLocale.system()
    wanted = QLocale.Language.English if lang == "en" else QLocale.Language.French
    if system.language() == wanted:
        return system
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    # No version here: reading the package's metadata scans every installed package, and
    # only Help ▸ About shows it.
    app.setDesktopFileName(resources.APP_ID)  # the .desktop file: Wayland finds the icon by it
    icon = QIcon()
    for png in resources.icon_paths():  # every size: Qt picks the sharpest for each place
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """Never die silently: log the traceback and tell the user what happened."""
    if exc.__traceback__ is None:
        exc.__traceback__ = tb
    text = crashlog.describe(exc)  # classes and places only: no personal data in sight
    where = crashlog.write(exc, where="editor") or log_path()
    sys.stderr.write(i18n.t("registre : erreur interne ({kind}) ; détails dans {log}.\n",
                            "registre: internal error ({kind}); details in {log}.\n",
                            kind=exc_type.__name__, log=where))
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, DISPLAY_NAME,
                      translate("App", "Something went wrong: %1").replace("%1", str(exc)
                                                                            or exc_type.__name__))
    box.setInformativeText(
        translate("App", "Your last saved edits are safe in the register. The details were "
                         "written to %1.").replace("%1", str(where)))
    box.setDetailedText(text)
    box.exec()


def display_problem() -> str | None:
    """Why Qt could not open a window here, said before Qt aborts the process with a core dump.

    Qt itself only prints plugin names and calls abort(); the user deserves a sentence.
    """
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return i18n.t("registre : aucun écran n'est disponible pour ouvrir l'éditeur ; les "
                      "sous-commandes (registre --help) fonctionnent sans écran.",
                      "registre: no display is available to open the editor; the subcommands "
                      "(registre --help) work without one.")
    import ctypes.util

    missing = [package for lib, package in XCB_LIBRARIES.items()
               if ctypes.util.find_library(lib) is None]
    if not os.environ.get("WAYLAND_DISPLAY") and missing:
        return i18n.t("registre : l'éditeur a besoin de bibliothèques système absentes ici "
                      "(sudo apt install {packages}).",
                      "registre: the editor needs system libraries missing here "
                      "(sudo apt install {packages}).", packages=" ".join(missing))
    return None


XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1", "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0", "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0", "xcb-xkb": "libxcb-xkb1", "xkbcommon-x11": "libxkbcommon-x11-0",
}
"""What Qt 6's X11 plugin loads beyond libxcb itself, and the Debian package of each: a
minimal system lacks some, and Qt then aborts naming only the first."""


def main(db_path: Path | None = None) -> int:
    """Open the editor on `db_path` (default register if None), creating it when missing."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    app = make_application()
    settings = QSettings()
    lang = choose_language(settings)
    install_translators(app, lang)
    sys.excepthook = excepthook
    from gui.mainwindow.opening import startup_store
    from gui.mainwindow.window import MainWindow  # after the translators: texts are translated

    path = Path(db_path) if db_path else default_path()
    store = startup_store(path, language=lang)
    if store is None:
        return 2
    window = MainWindow(store=store, settings=settings)
    window.show()
    if os.environ.get("REGISTRE_QUIT_AFTER_SHOW") == "1":  # packaging/smoke_test.py, bench
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        from gui.worker import wait_all

        wait_all()  # a preview still rendering finishes before the register closes
        window.adapter.store.close()
