"""Issue 10's tamper matrix: every case built, `registre verify` gives the exact verdict,
exit code and cause (tests/signkit.py builds the files; its table compares pdfsig and
pyHanko)."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import cli
from model.signing import verify
from tests import signkit

CAUSES = {
    "byte flipped in a content stream":
        "the content covered by signature 1 was altered: its digest no longer matches",
    "byte flipped in the Info dictionary":
        "the content covered by signature 1 was altered: its digest no longer matches",
    "byte flipped in the signature value": "the value of signature 1 was altered",
    "byte flipped in the embedded certificate":
        "the certificate embedded in signature 1 was altered",
    "incremental update changing page 2":
        "the content of page 2 was changed after signature 1 (revision 3).",
    "incremental update adding an annotation":
        "an annotation was added on page 1 after signature 1 (revision 3).",
    "incremental update adding a signature field":
        "a signature field was added on page 1 after signature 1 (revision 3), and left "
        "unsigned.",
    "signature stripped": "this PDF carries no signature.",
    "rewritten by qpdf": "the file was rewritten or altered since signature 1",
    "bytes appended after %%EOF": "data was appended after the end of the signed file.",
}


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> dict[str, signkit.Case]:
    return {c.name: c for c in signkit.build_matrix(tmp_path_factory.mktemp("matrix"))}


CASE_NAMES = [
    "genuine, no trust given", "genuine, --trust its certificate",
    "forged re-sign, same-name self-signed", "forged re-sign, --trust the genuine certificate",
    *CAUSES, "legitimate countersignature, both trusted",
    "legitimate countersignature, first trusted only", "untrusted timestamp authority",
]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_verdict_exit_code_and_cause(matrix: dict[str, signkit.Case], name: str,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_LANG", "en")
    case = matrix[name]
    argv = ["verify", str(case.path)]
    for cert in case.trust:
        argv += ["--trust", str(cert)]
    code = cli.run(argv)
    out, err = capsys.readouterr()
    assert err == ""  # no library warning, no traceback
    assert code == verify.EXIT_CODES[case.expected], out
    verdict = [line for line in out.splitlines() if line.startswith("Result: ")]
    assert len(verdict) == 1, out
    head = {verify.AUTHENTIC: "Result: AUTHENTIC — the record is intact and its ",
            verify.INTACT: "Result: INTACT, SIGNER NOT AUTHENTICATED — the file is unchanged",
            verify.NOT_VALID: "Result: NOT VALID — "}[case.expected]
    assert verdict[0].startswith(head), out
    if name in CAUSES:
        assert CAUSES[name] in verdict[0], out
        assert "Signer authenticated: NO" not in out  # never blamed on the chain
    for internal in ("other", "none", "lta_updates", "form_filling"):
        assert f"({internal})" not in out and f": {internal}" not in out


def test_forgery_tells_what_to_compare(matrix: dict[str, signkit.Case]) -> None:
    genuine = verify.verify_pdf(matrix["genuine, no trust given"].path)
    forged = verify.verify_pdf(matrix["forged re-sign, same-name self-signed"].path)
    assert genuine.signatures[0].subject == forged.signatures[0].subject  # same name...
    assert genuine.signatures[0].fingerprint != forged.signatures[0].fingerprint  # ...told apart
    line = verify.verdict_line(forged, "fr")
    assert verify.grouped(forged.signatures[0].fingerprint) in line
    assert "délivré à Jeanne Dupont, Société Exemple SAS" in line


def test_a_published_fingerprint_authenticates_only_the_genuine(
        matrix: dict[str, signkit.Case]) -> None:
    genuine = matrix["genuine, no trust given"].path
    fp = verify.verify_pdf(genuine).signatures[0].fingerprint
    pinned = verify.make_trust(fingerprints=[fp])
    assert verify.verify_pdf(genuine, trust=pinned).verdict == verify.AUTHENTIC
    forged = matrix["forged re-sign, same-name self-signed"].path
    assert verify.verify_pdf(forged, trust=pinned).verdict == verify.INTACT


def test_each_signature_of_a_countersigned_record_is_reported(
        matrix: dict[str, signkit.Case]) -> None:
    case = matrix["legitimate countersignature, both trusted"]
    report = verify.verify_pdf(case.path, trust=verify.make_trust(case.trust))
    assert [(c.signer_name, c.certifies, c.intact) for c in report.signatures] == [
        ("Jeanne Dupont", True, True), ("Paul Martin", False, True)]
    text = verify.format_report(report, "fr")
    assert "Signature 1 sur 2 (révision 2) — certifie le document" in text
    assert "Signature 2 sur 2 (révision 3)" in text


def test_a_signer_name_unlike_the_certificate_is_flagged(tmp_path: Path) -> None:
    from model.record.pdf import SignerInfo
    from tests.recordkit import make_doc_en, render

    p12 = signkit.make_p12(tmp_path / "jean.p12", name="Jean Martin")
    record = render(make_doc_en(), tmp_path / "r.pdf", "en", SignerInfo("Alice Durand"))
    signed = signkit.sign(record, tmp_path / "s.pdf", p12, name="Alice Durand", lang="en")
    text = verify.format_report(verify.verify_pdf(signed), "en")
    assert ("WARNING: the name typed at signing (Alice Durand) is not the certificate "
            "holder's (Jean Martin, Société Exemple SAS, dpo@exemple.fr).") in text


def test_the_timestamp_authority_is_authenticated_separately(
        matrix: dict[str, signkit.Case]) -> None:
    case = matrix["untrusted timestamp authority"]
    report = verify.verify_pdf(case.path, trust=verify.make_trust(case.trust))
    (check,) = report.signatures
    assert check.authenticated_by == verify.BY_TRUST
    assert check.timestamp is not None and check.timestamp.intact
    assert not check.timestamp.authenticated_by
    assert "the timestamp authority Horodatage de test is not authenticated" in (
        verify.verdict_line(report, "en"))


def test_library_warnings_go_to_the_log_without_names(matrix: dict[str, signkit.Case],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import stat

    from model.core.paths import data_dir

    code = cli.run(["verify", str(matrix["genuine, no trust given"].path)])
    _, err = capsys.readouterr()
    assert code == verify.EXIT_INTACT and err == ""
    log = data_dir() / "registre.log"
    text = log.read_text(encoding="utf-8")
    assert " WARNING pyhanko" in text  # pyHanko complained about the self-signed certificate
    assert "Jeanne" not in text and "Dupont" not in text and "exemple.fr" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
