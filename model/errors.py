"""The one exception the core raises for anything a user handed over wrong."""


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
