"""Pages that answer 200 but hold nothing: "กำลังปรับปรุงข้อมูล", near-empty bodies, soft 404s."""

from __future__ import annotations

from crawler.thai.normalize import compact

# compact() forms (no spaces, casefolded)
PLACEHOLDER_PHRASES = (
    "กำลังปรับปรุง",
    "อยู่ระหว่างปรับปรุง",
    "อยู่ระหว่างการปรับปรุง",
    "อยู่ระหว่างดำเนินการ",
    "อยู่ระหว่างจัดทำ",
    "อยู่ระหว่างการจัดทำ",
    "รอดำเนินการ",
    "ยังไม่มีข้อมูล",
    "ไม่มีข้อมูล",
    "ไม่พบข้อมูล",
    "ไม่พบรายการ",
    "ไม่มีรายการ",
    "ไม่พบหน้า",
    "ไม่พบไฟล์",  # a download script's "ไม่พบไฟล์ที่ต้องการ" (holdout 12)
    "เร็วๆนี้",  # "จะเผยแพร่ข้อมูลเร็ว ๆ นี้" (blind holdout 35)
    "comingsoon",
    "underconstruction",
    "undermaintenance",
    "nodatafound",
    "nodata",
    "pagenotfound",
)
SOFT_404_PHRASES = ("404", "notfound", "ไม่พบหน้า", "ไม่พบเพจ", "ไม่พบไฟล์", "หน้าที่คุณต้องการไม่มี", "errorpage")
PLACEHOLDER_MAX_CHARS = 400
PLACEHOLDER_REST_CHARS = 60  # what a placeholder may say besides its heading and the phrase
NEAR_EMPTY_CHARS = 15


def placeholder_reason(
    title: str, headings: list[str], content: str, full_text: str, *, has_embedded: bool
) -> str | None:
    """Why this page counts as a placeholder, or None.

    ``content`` is the page's own text (menus, headers and footers removed); a long page that
    merely mentions "ไม่มีข้อมูล" in one table cell is not a placeholder.
    """
    for label in (title, headings[0] if headings else ""):
        key = compact(label)
        if key and len(key) <= 80 and any(phrase in key for phrase in SOFT_404_PHRASES):
            return f"soft 404: the page says “{label[:80]}”"
    # Compacting removes only spaces and marks' stray spaces: a text several times the limit
    # cannot fall under it, and compacting a whole long page is the costly part.
    key = compact(content) if len(content) <= 3 * PLACEHOLDER_MAX_CHARS else content
    if len(key) <= PLACEHOLDER_MAX_CHARS:
        # The phrase must be what the page says, not a column of its table ("อยู่ระหว่าง
        # ดำเนินการ 0 เรื่อง" on a statistics page with no complaints).
        rest = key
        for label in (title, *headings):
            rest = rest.replace(compact(label), "")
        for phrase in PLACEHOLDER_PHRASES:
            if phrase in key and len(rest.replace(phrase, "")) <= PLACEHOLDER_REST_CHARS:
                return f"placeholder: the page only says “{_excerpt(content, phrase)}”"
    if len(key) < NEAR_EMPTY_CHARS and not has_embedded:
        return "near-empty page: no text of its own" if full_text else "empty page"
    return None


def _excerpt(content: str, phrase: str) -> str:
    text = content.strip()
    return text if len(text) <= 80 else text[:77] + "…"
