"""Site-level findings: each trap the crawl met, named once, with its Thai explanation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]

CATALOGUE: dict[str, tuple[Severity, str, str]] = {
    "site_unreachable": (
        "error",
        "The home page could not be fetched at all",
        "เปิดหน้าแรกของเว็บไซต์ไม่ได้ จึงตรวจไม่ได้ (ไม่ใช่ว่าไม่มีข้อมูล)",
    ),
    "home_page_error": (
        "warning",
        "The home page answers with an error status, but its links were followed",
        "หน้าแรกตอบกลับด้วยรหัสข้อผิดพลาด ผู้ตรวจอาจเห็นหน้าเว็บผิดปกติ",
    ),
    "home_external": (
        "error",
        "The home page redirects to another service (e.g. Facebook); nothing of the site itself to check",
        "หน้าแรกส่งต่อไปบริการภายนอก (เช่น Facebook) ไม่มีเว็บไซต์ของหน่วยงานให้ตรวจ",
    ),
    "scheme_fallback": (
        "warning",
        "The address as given did not answer; another scheme or host name did",
        "ที่อยู่เว็บไซต์ที่ระบุเปิดไม่ได้ ต้องใช้ที่อยู่อื่นแทน (http/https หรือ www)",
    ),
    "tls_problem": (
        "warning",
        "HTTPS certificate or TLS settings are broken; content was read without verification",
        "ใบรับรอง HTTPS มีปัญหา เบราว์เซอร์ของผู้ตรวจจะแสดงคำเตือน ควรต่ออายุ/ติดตั้งใบรับรองให้ครบ",
    ),
    "encoding_conflict": (
        "info",
        "The HTTP header and the page's <meta> declare different character sets",
        "หน้าเว็บประกาศรหัสอักขระไม่ตรงกัน (header กับ meta) บางเบราว์เซอร์อาจแสดงภาษาไทยผิด",
    ),
    "encoding_invalid": (
        "error",
        "Pages whose bytes are not in the character set they declare; browsers show garbled Thai",
        "หน้าเว็บประกาศรหัสอักขระไม่ตรงกับที่ใช้จริง (เช่น ประกาศ UTF-8 แต่บันทึกเป็น TIS-620) ผู้ตรวจจะเห็นภาษาไทยเป็นตัวอักษรเพี้ยน",
    ),
    "legacy_encoding": (
        "info",
        "Pages use the legacy TIS-620/windows-874 character set",
        "หน้าเว็บใช้รหัสอักขระแบบเก่า (TIS-620) ควรเปลี่ยนเป็น UTF-8",
    ),
    "redirect_loop": (
        "error",
        "Links whose redirects loop or never end",
        "ลิงก์ที่ส่งต่อวนไม่รู้จบ ผู้ตรวจจะเปิดไม่ได้",
    ),
    "not_found": ("error", "Links to pages or files that do not exist (404)", "ลิงก์ไปหน้าหรือไฟล์ที่ไม่มีอยู่ (404)"),
    "server_error": ("error", "Links that answer with a server error (5xx)", "ลิงก์ที่เซิร์ฟเวอร์ตอบว่าขัดข้อง (5xx)"),
    "protocol_error": (
        "error",
        "Pages the server sent in a form no browser can read (a bogus Content-Encoding, broken chunking)",
        "หน้าที่เซิร์ฟเวอร์ส่งมาผิดรูปแบบ (เช่น Content-Encoding ผิด) เบราว์เซอร์ของผู้ตรวจจะเปิดไม่ขึ้น",
    ),
    "client_error": (
        "error",
        "Links the server refuses (4xx other than 404: 401, 410 …)",
        "ลิงก์ที่เซิร์ฟเวอร์ปฏิเสธ (4xx เช่น ต้องเข้าสู่ระบบ หรือถูกลบแล้ว) ผู้ตรวจจะเปิดไม่ได้",
    ),
    "timeout": ("warning", "Pages too slow to answer", "หน้าเว็บที่ตอบช้าเกินกำหนด ผู้ตรวจอาจเปิดไม่ขึ้น"),
    "connect_error": ("error", "Hosts that refused or dropped the connection", "เชื่อมต่อเซิร์ฟเวอร์ไม่ได้"),
    "dns_error": ("error", "Links to host names that do not exist", "ลิงก์ไปชื่อโดเมนที่ไม่มีอยู่"),
    "rate_limited": (
        "warning",
        "The server limited the request rate (429); the crawl slowed down or stopped",
        "เว็บไซต์จำกัดจำนวนคำขอ (429) ส่วนที่ยังไม่ได้ตรวจต้องให้เจ้าหน้าที่ตรวจเอง",
    ),
    "circuit_open": (
        "warning",
        "After repeated failures the crawler stopped asking this host",
        "เซิร์ฟเวอร์ขัดข้องซ้ำหลายครั้ง โปรแกรมจึงหยุดตรวจส่วนที่เหลือ (ตรวจไม่ได้ ไม่ใช่ไม่มีข้อมูล)",
    ),
    "bot_protection": (
        "warning",
        "A bot-protection wall or 403 blocked the crawler",
        "ระบบป้องกันบอตปิดกั้นโปรแกรมตรวจ ต้องตรวจด้วยเบราว์เซอร์",
    ),
    "too_large": ("warning", "Files over the size limit were not downloaded", "ไฟล์ใหญ่เกินกำหนด ไม่ได้ดาวน์โหลดมาตรวจ"),
    "robots_disallowed": (
        "warning",
        "robots.txt forbids crawling some URLs (the site owner may override with --ignore-robots)",
        "robots.txt ของเว็บไซต์ห้ามเข้าบางหน้า (เจ้าของเว็บไซต์สั่งข้ามได้ด้วย --ignore-robots)",
    ),
    "robots_unavailable": (
        "info",
        "robots.txt could not be read; the crawl went on",
        "อ่าน robots.txt ไม่ได้ จึงตรวจต่อโดยไม่มีข้อจำกัด",
    ),
    "crawl_delay": ("info", "robots.txt asks for a delay between requests", "robots.txt ขอให้เว้นระยะระหว่างคำขอ"),
    "placeholder_pages": (
        "error",
        "Pages that answer but hold no content ('กำลังปรับปรุงข้อมูล', empty, soft 404)",
        "หน้าที่เปิดได้แต่ไม่มีเนื้อหา (กำลังปรับปรุงข้อมูล/หน้าว่าง/ไม่พบหน้า) ผู้ตรวจจะให้ 0 คะแนน",
    ),
    "links_in_comments": (
        "info",
        "Links inside HTML comments (invisible to visitors) were ignored",
        "ลิงก์ที่ซ่อนอยู่ในคอมเมนต์ HTML ผู้เข้าชมมองไม่เห็น จึงไม่นับ",
    ),
    "links_in_hidden_blocks": (
        "info",
        "Links in blocks the page never shows (display:none, hidden) were ignored",
        "ลิงก์ที่อยู่ในส่วนที่ถูกซ่อนไว้ (display:none / hidden) โดยไม่มีปุ่มให้เปิดดู ผู้เข้าชมมองไม่เห็น จึงไม่นับ",
    ),
    "empty_links": (
        "warning",
        "Links with an empty or '#' target (nothing opens)",
        "ลิงก์ว่างหรือ # คลิกแล้วไม่มีอะไรเปิดขึ้น",
    ),
    "local_address_links": (
        "error",
        "Links to localhost or a private network address, which no visitor can open",
        "ลิงก์ชี้ไปเครื่องภายใน (localhost/เครือข่ายภายใน) ผู้ตรวจเปิดไม่ได้",
    ),
    "private_address": (
        "warning",
        "URLs on a private network were not fetched",
        "ไม่ได้เปิดลิงก์ที่ชี้ไปเครือข่ายภายใน",
    ),
    "mojibake_file_names": (
        "info",
        "File names whose Thai is garbled (UTF-8 read as windows-874)",
        "ชื่อไฟล์ภาษาไทยเพี้ยน (เข้ารหัสผิด) ควรตั้งชื่อไฟล์ใหม่",
    ),
    "budget_exhausted": (
        "warning",
        "The crawl stopped at a budget; some links were not visited",
        "ตรวจครบจำนวนที่กำหนดแล้ว ยังมีลิงก์ที่ไม่ได้ตรวจ (ผลของรายการที่เกี่ยวข้องต้องตรวจเอง)",
    ),
    "interrupted": (
        "warning",
        "The crawl was stopped (Ctrl-C or a signal); what was collected is reported",
        "การตรวจถูกหยุดกลางคัน (หยุดโดยผู้ใช้) ผลนี้ตรวจได้ไม่ครบ",
    ),
    "wrong_content_type": (
        "warning",
        "Links that look like documents but return a web page",
        "ลิงก์ที่ดูเหมือนไฟล์เอกสารแต่เปิดแล้วเป็นหน้าเว็บ",
    ),
    "internal_error": (
        "warning",
        "The crawler failed on some URLs (a bug in this tool, not the site)",
        "โปรแกรมตรวจขัดข้องที่บางลิงก์ (ไม่ใช่ความผิดของเว็บไซต์)",
    ),
    "sitemap": ("info", "Sitemaps read", "อ่าน sitemap ของเว็บไซต์"),
    "js_rendered": (
        "info",
        "Pages built by JavaScript were rendered in a browser to find their links",
        "หน้าที่สร้างด้วย JavaScript ถูกเปิดด้วยเบราว์เซอร์เพื่ออ่านลิงก์",
    ),
    "js_not_rendered": (
        "warning",
        "Pages look built by JavaScript but no browser was available; their links may be missed",
        "หน้าเว็บสร้างด้วย JavaScript แต่ไม่มีเบราว์เซอร์ให้เปิด ลิงก์ในหน้านั้นอาจตรวจไม่ครบ (ต้องตรวจเอง)",
    ),
    "js_render_limited": (
        "warning",
        "A page's scripts hit a rendering limit (requests, reloads or time); what was drawn was read",
        "สคริปต์ของหน้าเว็บเกินขีดจำกัดการเปิด (จำนวนคำขอ การโหลดซ้ำ หรือเวลา) อ่านได้เท่าที่แสดงผลแล้ว",
    ),
}


@dataclass
class Finding:
    code: str
    severity: Severity
    message: str
    message_th: str
    count: int = 0
    urls: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
