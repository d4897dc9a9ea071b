"""What reading a document gives."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Method = Literal["text_layer", "ocr", "docx", "doc", "xlsx", "odf", "xls", "html", "none"]
Problem = Literal[
    "encrypted",
    "corrupt",
    "empty",
    "web_page",
    "unpacks_too_large",
    "unsupported",
    "no_text",
    "ocr_unavailable",
    "too_large",
    "timeout",
    "crashed",
]

PROBLEM_TH: dict[str, str] = {
    "encrypted": "ไฟล์ตั้งรหัสผ่าน เปิดอ่านไม่ได้",
    "corrupt": "ไฟล์เสีย เปิดไม่ได้",
    "empty": "ไฟล์ว่างเปล่า (0 ไบต์) อัปโหลดไม่สำเร็จ",
    "web_page": "ลิงก์เปิดได้หน้าเว็บ (HTML) ไม่ใช่ไฟล์เอกสาร",
    "unpacks_too_large": "ไฟล์บีบอัดที่ขยายแล้วใหญ่เกินกำหนด (อาจเป็นไฟล์อันตราย) จึงไม่ได้เปิดอ่าน",
    "unsupported": "ยังอ่านไฟล์ชนิดนี้ไม่ได้",
    "no_text": "เป็นภาพสแกนที่ไม่มีข้อความ และอ่านด้วย OCR ไม่ได้",
    "ocr_unavailable": "เป็นภาพสแกน ต้องอ่านด้วย OCR แต่เครื่องนี้ไม่มี Tesseract ภาษาไทย (tesseract-ocr-tha)",
    "too_large": "ไฟล์มีจำนวนหน้ามากเกินกำหนด อ่านเฉพาะหน้าแรก ๆ",
    "timeout": "อ่านไฟล์นานเกินกำหนด",
    "crashed": "โปรแกรมอ่านไฟล์ขัดข้องกับไฟล์นี้",
}


@dataclass
class DocumentText:
    text: str
    method: Method
    title: str = ""  # the first line of the first page: usually the document's heading
    signature: str = ""  # the position under a signature block ("นายกองค์การบริหารส่วนตำบล…")
    pages: int | None = None
    pages_read: int = 0
    ocr_pages: int = 0
    # Of a document with a text layer: the text of its pages read by OCR (part of ``text``), whose
    # years are as uncertain as any OCR's.  Empty when all or none of it is OCR.
    ocr_texts: list[str] = field(default_factory=list)
    problem: Problem | None = None
    detail: str = ""
    seconds: float = 0.0

    @property
    def readable(self) -> bool:
        return bool(self.text.strip())

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
