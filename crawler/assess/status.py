"""The six statuses an item can get, with their Thai labels."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PASS = "pass"
    STALE = "stale"
    INCOMPLETE = "incomplete"
    BROKEN = "broken"
    MISSING = "missing"
    REVIEW = "review"


STATUS_TH = {
    Status.PASS: "ผ่าน",
    Status.STALE: "ข้อมูลไม่เป็นปัจจุบัน",
    Status.INCOMPLETE: "ข้อมูลไม่ครบ",
    Status.BROKEN: "ลิงก์เสีย/เปิดไม่ได้",
    Status.MISSING: "ไม่พบข้อมูล",
    Status.REVIEW: "ต้องให้เจ้าหน้าที่ตรวจ",
}
