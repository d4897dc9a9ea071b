"""TLS material for local HTTPS fixture servers: a test CA (trustme) and a self-signed cert."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


class TestPKI:
    __test__ = False  # not a pytest class

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.ca = trustme.CA()
        self.ca_file = directory / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))

    def server_context(self, kind: str) -> ssl.SSLContext:
        """kind: valid | expired | wrong_host | self_signed"""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        if kind == "self_signed":
            cert, key = _self_signed(self.directory)
            context.load_cert_chain(cert, key)
            return context
        now = dt.datetime.now(dt.UTC)
        if kind == "expired":
            leaf = self.ca.issue_cert(
                "127.0.0.1", "localhost", not_before=now - dt.timedelta(days=400), not_after=now - dt.timedelta(days=30)
            )
        elif kind == "wrong_host":
            leaf = self.ca.issue_cert("www.other-municipality.go.th")
        else:
            leaf = self.ca.issue_cert("127.0.0.1", "localhost")
        leaf.configure_cert(context)
        return context


def _self_signed(directory: Path) -> tuple[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "self.pem", directory / "self.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return str(cert_path), str(key_path)
