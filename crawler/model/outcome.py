"""The closed set of fetch outcomes, named once and used by crawl, assessment and reports.

Each outcome belongs to one of three families, so that "could not check" can never be read
as "not published":

* ``ok``        — the server answered with content;
* ``broken``    — any visitor (and the auditor) would see a failure: 404, 5xx, a redirect
  loop, a dead host, a placeholder page;
* ``unchecked`` — this tool chose not to, or was not allowed to, look: robots.txt, rate
  limiting, a bot wall, a budget, a size limit, an address it refuses to visit.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

Family = Literal["ok", "broken", "unchecked"]


class Outcome(StrEnum):
    OK = "ok"
    INVALID_URL = "invalid_url"
    DNS = "dns"
    CONNECT = "connect"
    TLS = "tls"
    TIMEOUT = "timeout"
    PROTOCOL = "protocol"
    NOT_FOUND = "not_found"
    CLIENT_ERROR = "client_error"
    SERVER_ERROR = "server_error"
    REDIRECT_LOOP = "redirect_loop"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    PLACEHOLDER = "placeholder"
    BLOCKED = "blocked"
    RATE_LIMITED = "rate_limited"
    UNAVAILABLE = "unavailable"  # 503: the server is busy or down for now, the page may well exist
    CIRCUIT_OPEN = "circuit_open"
    TOO_LARGE = "too_large"
    ROBOTS = "robots_disallowed"
    PRIVATE_ADDRESS = "private_address"
    UNSUPPORTED_SCHEME = "unsupported_scheme"
    EXTERNAL_REDIRECT = "external_redirect"
    BUDGET = "budget"
    INTERNAL = "internal_error"

    @property
    def family(self) -> Family:
        return _FAMILY[self]

    @property
    def could_not_check(self) -> bool:
        return self.family == "unchecked"

    @property
    def label_th(self) -> str:
        return _LABEL_TH[self]


_FAMILY: dict[Outcome, Family] = {
    Outcome.OK: "ok",
    Outcome.EXTERNAL_REDIRECT: "ok",
    Outcome.INVALID_URL: "broken",
    Outcome.DNS: "broken",
    Outcome.CONNECT: "broken",
    Outcome.TLS: "broken",
    Outcome.TIMEOUT: "broken",
    Outcome.PROTOCOL: "broken",
    Outcome.NOT_FOUND: "broken",
    Outcome.CLIENT_ERROR: "broken",
    Outcome.SERVER_ERROR: "broken",
    Outcome.REDIRECT_LOOP: "broken",
    Outcome.TOO_MANY_REDIRECTS: "broken",
    Outcome.PLACEHOLDER: "broken",
    Outcome.BLOCKED: "unchecked",
    Outcome.RATE_LIMITED: "unchecked",
    Outcome.UNAVAILABLE: "unchecked",
    Outcome.CIRCUIT_OPEN: "unchecked",
    Outcome.TOO_LARGE: "unchecked",
    Outcome.ROBOTS: "unchecked",
    Outcome.PRIVATE_ADDRESS: "unchecked",
    Outcome.UNSUPPORTED_SCHEME: "unchecked",
    Outcome.BUDGET: "unchecked",
    Outcome.INTERNAL: "unchecked",
}

_LABEL_TH: dict[Outcome, str] = {
    Outcome.OK: "เปิดได้",
    Outcome.EXTERNAL_REDIRECT: "ส่งต่อไปเว็บไซต์ภายนอก",
    Outcome.INVALID_URL: "ลิงก์ผิดรูปแบบ",
    Outcome.DNS: "ไม่พบชื่อโดเมน (DNS)",
    Outcome.CONNECT: "เชื่อมต่อเซิร์ฟเวอร์ไม่ได้",
    Outcome.TLS: "ใบรับรอง HTTPS/TLS ใช้งานไม่ได้",
    Outcome.TIMEOUT: "เซิร์ฟเวอร์ตอบช้าเกินกำหนด",
    Outcome.PROTOCOL: "เซิร์ฟเวอร์ตอบผิดรูปแบบ",
    Outcome.NOT_FOUND: "ไม่พบหน้า (404)",
    Outcome.CLIENT_ERROR: "เซิร์ฟเวอร์ปฏิเสธคำขอ (4xx)",
    Outcome.SERVER_ERROR: "เซิร์ฟเวอร์ขัดข้อง (5xx)",
    Outcome.REDIRECT_LOOP: "ลิงก์ส่งต่อวนซ้ำ",
    Outcome.TOO_MANY_REDIRECTS: "ลิงก์ส่งต่อหลายทอดเกินไป",
    Outcome.PLACEHOLDER: "หน้ายังไม่มีเนื้อหา (กำลังปรับปรุง/ไม่พบข้อมูล)",
    Outcome.BLOCKED: "เว็บไซต์ปิดกั้นโปรแกรมตรวจ (403/ระบบกันบอต)",
    Outcome.RATE_LIMITED: "เว็บไซต์จำกัดจำนวนคำขอ (429)",
    Outcome.UNAVAILABLE: "เซิร์ฟเวอร์ไม่พร้อมให้บริการชั่วคราว (503)",
    Outcome.CIRCUIT_OPEN: "หยุดตรวจเว็บไซต์นี้ชั่วคราวเพราะขัดข้องซ้ำหลายครั้ง",
    Outcome.TOO_LARGE: "ไฟล์ใหญ่เกินขนาดที่กำหนด",
    Outcome.ROBOTS: "robots.txt ของเว็บไซต์ไม่อนุญาตให้ตรวจ",
    Outcome.PRIVATE_ADDRESS: "ลิงก์ชี้ไปเครือข่ายภายใน (ไม่ใช่เว็บไซต์สาธารณะ)",
    Outcome.UNSUPPORTED_SCHEME: "ลิงก์ไม่ใช่ http/https",
    Outcome.BUDGET: "ยังไม่ได้ตรวจเพราะครบจำนวนหน้าที่กำหนด",
    Outcome.INTERNAL: "โปรแกรมตรวจขัดข้องที่หน้านี้ (ไม่ใช่ความผิดของเว็บไซต์)",
}

RETRYABLE = frozenset(
    {Outcome.TIMEOUT, Outcome.CONNECT, Outcome.SERVER_ERROR, Outcome.RATE_LIMITED, Outcome.UNAVAILABLE}
)


def outcome_for_status(status: int) -> Outcome:
    if status < 400:
        return Outcome.OK
    if status in (404, 410):
        return Outcome.NOT_FOUND
    if status in (401, 403, 451):
        return Outcome.BLOCKED
    if status == 429:
        return Outcome.RATE_LIMITED
    if status == 503:
        return Outcome.UNAVAILABLE
    if status >= 500:
        return Outcome.SERVER_ERROR
    return Outcome.CLIENT_ERROR
