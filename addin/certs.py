"""A self-signed development certificate for https://localhost, made once on first run.

Outlook loads add-ins only over HTTPS. For a real deployment configure
``server.cert_file`` and ``server.key_file``; for trying dealtrail on one
machine this module writes ``dealtrail-dev.crt``/``.key`` beside the database
and prints how to trust the certificate.

The certificate is a *leaf* (``CA:FALSE``, no certificate-signing key usage)
naming only localhost, the loopback addresses and the configured host: people
are told to trust it system-wide, so whoever copies its key must not be able
to sign for any other site with it. An older development certificate that was
a CA, or that lacks a configured name, is replaced.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dealtrail import clock
from dealtrail.errors import ConfigError
from dealtrail.messages import Msg

log = logging.getLogger(__name__)

CERT_NAME = "dealtrail-dev.crt"
KEY_NAME = "dealtrail-dev.key"
VALID_DAYS = 825        # the longest lifetime macOS accepts for a TLS server certificate


@dataclass(frozen=True)
class CertPair:
    cert: Path
    key: Path
    created: bool


def ensure_dev_cert(folder: Path, hostnames: tuple[str, ...] = ("localhost",)) -> CertPair:
    """Return the development certificate in ``folder``, creating it if missing, expired,
    a CA, or not naming every one of ``hostnames``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    hostnames = tuple(dict.fromkeys(h.lower() for h in ("localhost", *hostnames) if h))
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / CERT_NAME, folder / KEY_NAME
    now = clock.now()
    if cert_path.exists() and key_path.exists():
        existing = x509.load_pem_x509_certificate(cert_path.read_bytes())
        reason = _unfit(existing, hostnames, now)
        if not reason:
            return CertPair(cert_path, key_path, created=False)
        log.warning("development certificate %s %s; making a new one", cert_path, reason)

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostnames[0]),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "dealtrail development")])
    alt: list[x509.GeneralName] = [_general_name(h) for h in hostnames]
    alt += [x509.IPAddress(ipaddress.ip_address(a)) for a in LOOPBACK if a not in hostnames]
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=False,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False),
                       critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    fd = os.open(key_path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    log.info("created development certificate %s", cert_path)
    return CertPair(cert_path, key_path, created=True)


LOOPBACK = ("127.0.0.1", "::1")


def _general_name(host: str) -> Any:
    from cryptography import x509

    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)


def _unfit(cert: Any, hostnames: tuple[str, ...], now: dt.datetime) -> str:
    """Why an existing development certificate must be replaced ('' when it is fine)."""
    from cryptography import x509

    if cert.not_valid_after_utc <= now + dt.timedelta(days=7):
        return "expires soon"
    try:
        if cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            return "is a certificate authority"
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return "lacks its extensions"
    have = {str(n.value).lower() for n in names}
    missing = [h for h in hostnames if h not in have]
    return f"does not name {', '.join(missing)}" if missing else ""


def trust_instructions(cert: Path) -> Msg:
    """How to make this machine's browsers and Outlook trust ``cert`` (said in either language)."""
    path = str(cert.resolve())
    if sys.platform == "darwin":
        return Msg("serve_trust_macos", path=path)
    if sys.platform.startswith("win"):
        return Msg("serve_trust_windows", path=path)
    return Msg("serve_trust_linux", path=path)


def configured_or_dev(cert_file: str, key_file: str, folder: Path,
                      hostnames: tuple[str, ...] = ("localhost",)) -> CertPair:
    """The configured certificate when set (both files must exist), else the dev one."""
    if cert_file or key_file:
        cert, key = Path(cert_file), Path(key_file)
        for label, p in (("server.cert_file", cert), ("server.key_file", key)):
            if not p.is_file():
                raise ConfigError(f"{label} = {str(p)!r} does not exist; set both cert_file and "
                                  "key_file to PEM files, or neither to use a development certificate")
        return CertPair(cert, key, created=False)
    return ensure_dev_cert(folder, hostnames)
