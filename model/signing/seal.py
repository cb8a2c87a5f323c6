"""The history's seal in a record's PDF: written before signing, read back by `check --against`.

The seal (history head hash, entry count, each entry's digest) goes into the
document information dictionary as custom keys, written with the record itself
(no update of its own), so the signature covers it. A history rewritten whole,
hashes recomputed, is then told apart from the one that was signed.
"""

from __future__ import annotations

import io
from pathlib import Path

from sqlmodel import Session

from model.core import reasons
from model.core.errors import RegistreError
from model.core.files import read_input
from model.core.i18n import t, tn
from model.storage import history
from model.storage.history import DIGEST_LENGTH, Seal

HEAD = "/RegistreHistoryHead"
COUNT = "/RegistreHistoryCount"
DIGESTS = "/RegistreHistoryDigests"


def info_entries(sealed: Seal) -> dict[str, str | int]:
    """`sealed` as entries of the record's document information dictionary (names without
    their slash), which the renderer writes with the record, before the signature."""
    return {HEAD[1:]: sealed.head, COUNT[1:]: sealed.count, DIGESTS[1:]: "".join(sealed.digests)}


def _not_a_sealed_record(path: Path, why: str) -> RegistreError:
    return RegistreError(t("« {file} » ne peut pas servir de référence : {why}.",
                           "“{file}” cannot be used as a reference: {why}.",
                           file=path.name, why=why))


def read_seal(path: Path) -> Seal:
    """The seal of the signed record at `path`, as its first signature covers it.

    Refused unless the signatures are intact (anyone can write a seal into an
    unsigned PDF); read from the bytes the first signature covers, so an update
    appended later cannot replace it.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    from model.signing import verify

    report = verify.verify_pdf(path)
    if not report.signatures:
        raise _not_a_sealed_record(path, t("ce registre n'est pas signé",
                                           "this record is not signed"))
    if report.verdict not in (verify.AUTHENTIC, verify.INTACT):
        raise _not_a_sealed_record(path, t("sa signature n'est pas intacte ou le fichier a "
                                           "été modifié après la signature",
                                           "its signature is not intact or the file was "
                                           "changed after signing"))
    try:
        data = read_input(path)
        ends = [int(sig.sig_object["/ByteRange"][2]) + int(sig.sig_object["/ByteRange"][3])
                for sig in PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures]
        signed = data[:min(ends)]  # the first signed revision
        info = PdfFileReader(io.BytesIO(signed), strict=False).trailer["/Info"]
        head, count = str(info[HEAD]), int(info[COUNT])
        joined = str(info[DIGESTS])
    except OSError as exc:
        raise _not_a_sealed_record(path, reasons.reason(exc)) from exc
    except Exception as exc:  # no seal: a record from before seals, or not Registre's
        raise _not_a_sealed_record(path, t("il ne porte pas l'empreinte de l'historique",
                                           "it carries no history seal")) from exc
    digests = tuple(joined[i:i + DIGEST_LENGTH] for i in range(0, len(joined), DIGEST_LENGTH))
    if len(digests) != count or len(head) != 64:
        raise _not_a_sealed_record(path, t("son empreinte de l'historique est incohérente",
                                           "its history seal is inconsistent"))
    return Seal(head=head, count=count, digests=digests)


def confirm(session: Session, sealed: Seal, record: str) -> tuple[bool, str]:
    """Whether the register's history up to the record named `record` is the one it sealed,
    in words; one sentence for `check --against` and the editor's History window alike."""
    broken = history.compare(session, sealed)
    if broken is not None:
        return False, broken.message(record)
    return True, tn(sealed.count,
                    ("Historique conforme au registre signé « {file} » : son entrée est "
                     "inchangée.",
                     "Historique conforme au registre signé « {file} » : ses {n} entrées sont "
                     "inchangées."),
                    ("History matches the signed record “{file}”: its entry is unchanged.",
                     "History matches the signed record “{file}”: its {n} entries are "
                     "unchanged."), file=record)
