"""TLS contexts in tiers, and what went wrong when the strict one failed.

Thai government hosts often have expired certificates, chains without the intermediate, or
servers that OpenSSL 3 refuses (legacy renegotiation, small DH keys).  The auditor's browser
shows a warning and carries on, so the fetcher does too, one tier at a time, and records the
problem as a finding:

1. ``strict``   — certificate and host name verified, OpenSSL defaults;
2. ``legacy``   — still verified, but SECLEVEL=1 and legacy renegotiation allowed;
3. ``insecure`` — legacy settings without verification (content only; never silent).
"""

from __future__ import annotations

import ssl
import warnings
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import certifi

# ssl.OP_LEGACY_SERVER_CONNECT only exists from Python 3.12; the OpenSSL value is 0x4.
OP_LEGACY_SERVER_CONNECT = getattr(ssl, "OP_LEGACY_SERVER_CONNECT", 0x4)


class TlsTier(StrEnum):
    STRICT = "strict"
    LEGACY = "legacy"
    INSECURE = "insecure"


class TlsProblem(StrEnum):
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    SELF_SIGNED = "self_signed"
    UNKNOWN_ISSUER = "unknown_issuer"  # usually an incomplete chain (missing intermediate)
    HOSTNAME_MISMATCH = "hostname_mismatch"
    LEGACY_SERVER = "legacy_server"  # handshake needs settings OpenSSL 3 disables
    OTHER = "other"


TLS_PROBLEM_TH = {
    TlsProblem.EXPIRED: "ใบรับรอง HTTPS หมดอายุ",
    TlsProblem.NOT_YET_VALID: "ใบรับรอง HTTPS ยังไม่ถึงวันเริ่มใช้",
    TlsProblem.SELF_SIGNED: "ใบรับรอง HTTPS ออกเอง (self-signed) เบราว์เซอร์จะแจ้งเตือน",
    TlsProblem.UNKNOWN_ISSUER: "ใบรับรอง HTTPS ไม่ครบสาย (ขาด intermediate) หรือผู้ออกไม่เป็นที่รู้จัก",
    TlsProblem.HOSTNAME_MISMATCH: "ใบรับรอง HTTPS ไม่ตรงกับชื่อเว็บไซต์",
    TlsProblem.LEGACY_SERVER: "เซิร์ฟเวอร์ใช้การตั้งค่า TLS รุ่นเก่าที่ไม่ปลอดภัย",
    TlsProblem.OTHER: "การเชื่อมต่อ HTTPS มีปัญหา",
}

# X509_V_ERR_* codes (openssl/x509_vfy.h)
_VERIFY_CODES = {
    9: TlsProblem.NOT_YET_VALID,
    10: TlsProblem.EXPIRED,
    18: TlsProblem.SELF_SIGNED,
    19: TlsProblem.SELF_SIGNED,
    2: TlsProblem.UNKNOWN_ISSUER,
    20: TlsProblem.UNKNOWN_ISSUER,
    21: TlsProblem.UNKNOWN_ISSUER,
    62: TlsProblem.HOSTNAME_MISMATCH,
    64: TlsProblem.HOSTNAME_MISMATCH,  # IP address mismatch
}
_LEGACY_MARKERS = (
    "UNSAFE_LEGACY_RENEGOTIATION",
    "DH_KEY_TOO_SMALL",
    "UNSUPPORTED_PROTOCOL",
    "NO_PROTOCOLS_AVAILABLE",
    "SSLV3_ALERT_HANDSHAKE_FAILURE",
    "WRONG_SIGNATURE_TYPE",
    "NO_CIPHERS_AVAILABLE",
    "EE_KEY_TOO_SMALL",
    "CA_MD_TOO_WEAK",
)


@dataclass(frozen=True)
class TlsFailure:
    problem: TlsProblem
    verify_error: bool  # certificate verification (vs. handshake) failed
    message: str


def find_ssl_error(exc: BaseException) -> ssl.SSLError | None:
    """The ssl error inside an httpx/httpcore exception chain, if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return current
        current = current.__cause__ or current.__context__
    return None


def classify_tls_error(exc: BaseException) -> TlsFailure | None:
    found = find_ssl_error(exc)
    text = str(found or exc)
    if isinstance(found, ssl.SSLCertVerificationError):
        problem = _VERIFY_CODES.get(found.verify_code or -1, TlsProblem.OTHER)
        if problem is TlsProblem.OTHER and "mismatch" in text.lower():
            problem = TlsProblem.HOSTNAME_MISMATCH
        return TlsFailure(problem, True, found.verify_message or text)
    if found is None and "CERTIFICATE_VERIFY_FAILED" not in text and "SSL" not in text:
        return None
    upper = text.upper()
    if "CERTIFICATE_VERIFY_FAILED" in upper:
        return TlsFailure(TlsProblem.OTHER, True, text)
    if any(marker in upper for marker in _LEGACY_MARKERS):
        return TlsFailure(TlsProblem.LEGACY_SERVER, False, text)
    return TlsFailure(TlsProblem.OTHER, False, text)


@cache
def ssl_context(tier: TlsTier, ca_bundle: str | None = None) -> ssl.SSLContext:
    """One context per tier and bundle, shared by every client (building one costs ~10 ms)."""
    context = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    if tier is TlsTier.STRICT:
        return context
    context.options |= OP_LEGACY_SERVER_CONNECT
    context.set_ciphers("DEFAULT:@SECLEVEL=1")
    if tier is TlsTier.INSECURE:
        # Content only, recorded as a finding: accept what an old browser would (TLS 1.0, small keys).
        context.set_ciphers("DEFAULT:@SECLEVEL=0")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            context.minimum_version = ssl.TLSVersion.TLSv1
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
