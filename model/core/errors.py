"""The one exception the core raises for anything a user handed over wrong."""

from __future__ import annotations

from model.core.i18n import t


class RegistreError(Exception):
    """A problem the user can act on; its text is already in the user's language.

    The CLI prints it as one line and exits 2; the editor shows it in a dialog.
    Whatever raised it has changed nothing.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class RegisterLocked(RegistreError):
    """The register is already open for writing by another editor or process.

    The editor catches it to offer opening the register read-only instead;
    `holder` says who has it, as far as the lock file tells.
    """

    def __init__(self, message: str, *, holder: str = "") -> None:
        super().__init__(message)
        self.holder = holder


class RegisterReadOnly(RegistreError):
    """The register (or its folder) cannot be written here; it can still be opened read-only."""

    @classmethod
    def here(cls, file: str, reason: object) -> RegisterReadOnly:
        """The one wording of this refusal, whichever step (lock, permissions, WAL) found it."""
        return cls(t(
            "Le registre « {file} » ne peut pas être modifié ici ({reason}) ; vérifiez les "
            "droits du fichier et de son dossier, ou ouvrez-le en lecture seule.",
            "The register “{file}” cannot be written here ({reason}); check the permissions "
            "of the file and its folder, or open it read-only.",
            file=file, reason=reason))
