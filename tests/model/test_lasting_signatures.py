"""PAdES B-LT and B-LTA for a CA-issued certificate, against a local CA and timestamp
authority served on 127.0.0.1 only; then checked offline, from the embedded data alone."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore

from model.core.errors import RegistreError
from model.record.pdf import SignerInfo
from model.signing import pdfa, verify
from model.signing.pades import sign_pdf
from tests.recordkit import make_doc_fr, render

PASSWORD = b"ca-issued"


def _der(obj: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(obj.public_bytes(serialization.Encoding.DER))


@dataclass
class _Pki:
    root: x509.Certificate
    root_pem: Path
    p12: Path
    tsa_url: str
    server: ThreadingHTTPServer


def _usage(**on: bool) -> x509.KeyUsage:
    names = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
             "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")
    return x509.KeyUsage(**{n: on.get(n, False) for n in names})


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Pki]:
    folder = tmp_path_factory.mktemp("pki")
    state: dict[str, bytes | DummyTimeStamper] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the CA's CRL
            body = state["crl"]
            assert isinstance(body, bytes)
            self.send_response(200)
            self.send_header("Content-Type", "application/pkix-crl")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # the timestamp authority (RFC 3161 over HTTP)
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            stamper = state["tsa"]
            assert isinstance(stamper, DummyTimeStamper)
            body = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    now = datetime.now(UTC)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Autorité de test"),
                           x509.NameAttribute(NameOID.ORGANIZATION_NAME, "PKI locale")])
    root = (
        x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
        .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), False)
        .sign(root_key, hashes.SHA256())
    )
    crl_point = x509.CRLDistributionPoints([x509.DistributionPoint(
        [x509.UniformResourceIdentifier(f"{base}/ca.crl")], None, None, None)])

    def issue(name: str, key: rsa.RSAPrivateKey, usage: x509.KeyUsage,
              eku: list[x509.ObjectIdentifier] | None = None) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
            .issuer_name(root_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=90))
            .add_extension(usage, critical=True).add_extension(crl_point, critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                root_key.public_key()), False)
        )
        if eku:
            builder = builder.add_extension(x509.ExtendedKeyUsage(eku), critical=True)
        return builder.sign(root_key, hashes.SHA256())

    signer_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signer = issue("Claire Martin", signer_key,
                   _usage(digital_signature=True, content_commitment=True))
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa_cert = issue("Horodatage local", tsa_key, _usage(digital_signature=True),
                     [ExtendedKeyUsageOID.TIME_STAMPING])
    state["crl"] = (
        x509.CertificateRevocationListBuilder().issuer_name(root_name)
        .last_update(now - timedelta(hours=1)).next_update(now + timedelta(days=7))
        .sign(root_key, hashes.SHA256())
    ).public_bytes(serialization.Encoding.DER)
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    state["tsa"] = DummyTimeStamper(
        tsa_cert=_der(tsa_cert),
        tsa_key=asn1_keys.PrivateKeyInfo.load(tsa_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        certs_to_embed=SimpleCertificateStore.from_certs([_der(root)]),  # type: ignore[no-untyped-call]
    )
    p12 = folder / "claire.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"claire", signer_key, signer, [root], serialization.BestAvailableEncryption(PASSWORD)))
    root_pem = folder / "root.pem"
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    yield _Pki(root, root_pem, p12, f"{base}/tsa", server)
    server.shutdown()


def _record(folder: Path) -> Path:
    record = render(make_doc_fr(), folder / "record.pdf", "fr", SignerInfo("Claire Martin", "DPO"))
    pdfa.make_pdfa(record, lang="fr")
    return record


def test_b_lta_validates_offline_from_its_embedded_data(pki: _Pki, tmp_path: Path) -> None:
    out = tmp_path / "lta.pdf"
    sign_pdf(_record(tmp_path), out, p12_path=pki.p12, password=PASSWORD,
             signer_name="Claire Martin", role="DPO", place="Lyon", lang="fr",
             timestamp_url=pki.tsa_url)
    pki.server.shutdown()  # from here on, nothing to fetch: the file must carry it all
    with out.open("rb") as handle:
        reader = PdfFileReader(handle)
        assert "/DSS" in reader.root
        assert list(reader.embedded_timestamp_signatures)  # the document timestamp (B-LTA)
        (sig,) = reader.embedded_regular_signatures
        (doc_ts,) = reader.embedded_timestamp_signatures
        # hard-fail: without a CRL for each certificate in the DSS, nothing is trusted
        context = DocumentSecurityStore.read_dss(reader).as_validation_context(
            {"trust_roots": [_der(pki.root)], "allow_fetching": False,
             "revocation_mode": "hard-fail"})
        assert len(DocumentSecurityStore.read_dss(reader).crls) >= 1
        status = validate_pdf_signature(sig, context)
        assert status.intact and status.valid and status.trusted
        assert status.timestamp_validity is not None and status.timestamp_validity.trusted
        ts_status = validate_pdf_timestamp(doc_ts, context)
        assert ts_status.intact and ts_status.valid and ts_status.trusted
    report = verify.verify_pdf(out, trust=verify.make_trust([pki.root_pem]))
    assert report.verdict == verify.AUTHENTIC, verify.format_report(report, "en")
    signature, document_timestamp = report.signatures
    assert signature.level == "B-LTA" and not signature.self_signed
    assert signature.timestamp is not None
    assert signature.timestamp.authenticated_by == verify.BY_TRUST
    assert document_timestamp.document_timestamp and document_timestamp.intact
    text = verify.format_report(report, "fr")
    assert ("Résultat : AUTHENTIQUE — le registre est intact et son signataire est "
            "authentifié.") in text
    assert "Horodatage du document 2 sur 2" in text and ", par Autorité de test" in text


def test_an_unreachable_timestamp_authority_is_named(tmp_path: Path) -> None:
    from tests import signkit

    p12 = signkit.make_p12(tmp_path / "k.p12")
    out = tmp_path / "o.pdf"
    with pytest.raises(RegistreError) as caught:
        sign_pdf(_record(tmp_path), out, p12_path=p12, password=signkit.PASSWORD,
                 signer_name="J", role="", place="", lang="en",
                 timestamp_url="http://127.0.0.1:9/tsa")
    assert str(caught.value).startswith(
        "The timestamp authority http://127.0.0.1:9/tsa did not answer")
    assert "Cannot write" not in str(caught.value)
    assert not out.exists()


def test_an_encryption_only_certificate_is_refused(tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Chiffrement")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=9))
        .add_extension(_usage(key_encipherment=True), critical=True)
        .sign(key, hashes.SHA256())
    )
    p12 = tmp_path / "enc.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"enc", key, cert, None, serialization.BestAvailableEncryption(PASSWORD)))
    out = tmp_path / "o.pdf"
    with pytest.raises(RegistreError, match="pas fait pour signer"):
        sign_pdf(_record(tmp_path), out, p12_path=p12, password=PASSWORD, signer_name="J",
                 role="", place="", lang="fr")
    assert not out.exists()
