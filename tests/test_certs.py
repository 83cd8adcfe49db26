"""The development certificate: a leaf for the configured names, useless for signing other sites."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from addin import certs


def load(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def handshake(cert_chain: Path, key: Path, trusted: Path, server_name: str) -> None:
    """A real TLS handshake on loopback: serve ``cert_chain``, verify it against ``trusted``."""
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert_chain, key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        try:
            with server_ctx.wrap_socket(conn, server_side=True) as tls:
                tls.recv(1)
        except (ssl.SSLError, OSError):
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    client_ctx = ssl.create_default_context(cafile=str(trusted))
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw, \
                client_ctx.wrap_socket(raw, server_hostname=server_name) as tls:
            tls.sendall(b"x")
    finally:
        thread.join(timeout=10)
        listener.close()


def test_the_development_certificate_is_a_leaf_for_the_configured_names(tmp_path: Path) -> None:
    pair = certs.ensure_dev_cert(tmp_path, ("dealtrail.bank.example",))
    cert = load(pair.cert)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    assert cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign is False
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert {str(n.value) for n in names} == {"localhost", "dealtrail.bank.example", "127.0.0.1",
                                             "::1"}


def test_trusting_it_works_for_its_own_names(tmp_path: Path) -> None:
    pair = certs.ensure_dev_cert(tmp_path)
    handshake(pair.cert, pair.key, trusted=pair.cert, server_name="localhost")


def test_its_key_cannot_sign_for_another_site(tmp_path: Path) -> None:
    """Whoever copies the key of a trusted development certificate still cannot forge a bank."""
    pair = certs.ensure_dev_cert(tmp_path)
    dev_cert = load(pair.cert)
    dev_key = serialization.load_pem_private_key(pair.key.read_bytes(), password=None)
    forged_key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    forged = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "online.bank.example")]))
        .issuer_name(dev_cert.subject)
        .public_key(forged_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("online.bank.example")]),
                       critical=False)
        .sign(dev_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    chain = tmp_path / "forged-chain.pem"
    chain.write_bytes(forged.public_bytes(serialization.Encoding.PEM)
                      + dev_cert.public_bytes(serialization.Encoding.PEM))
    forged_key_file = tmp_path / "forged.key"
    forged_key_file.write_bytes(forged_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    with pytest.raises(ssl.SSLCertVerificationError):
        handshake(chain, forged_key_file, trusted=pair.cert, server_name="online.bank.example")


def test_an_old_authority_certificate_is_replaced(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    old = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=300))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    (tmp_path / certs.CERT_NAME).write_bytes(old.public_bytes(serialization.Encoding.PEM))
    (tmp_path / certs.KEY_NAME).write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    pair = certs.ensure_dev_cert(tmp_path)
    assert pair.created
    assert load(pair.cert).extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    assert certs.ensure_dev_cert(tmp_path).created is False
