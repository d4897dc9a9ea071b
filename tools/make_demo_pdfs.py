"""Make the demo site's PDFs (crawler/demo/files/) by printing Thai HTML with Chromium.

Run once when the demo content changes: ``python tools/make_demo_pdfs.py`` (needs Playwright
and Debian's chromium with fonts-thai-tlwg).  The PDFs are committed; the demo never needs a
browser.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from playwright.async_api import async_playwright

from crawler.fetch.browser import CHROMIUM_ARGS, find_chromium

OUT = Path(__file__).resolve().parent.parent / "crawler" / "demo" / "files"
STYLE = "<style>body{font-family:Garuda,Loma,sans-serif;font-size:15pt;margin:2cm}h1{font-size:20pt}</style>"
DOCS = {
    "doc_20231105_001.pdf": (
        "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เทศบาลตำบลบ้านตัวอย่าง",
        "<p>ยุทธศาสตร์การพัฒนาที่ 1 ด้านโครงสร้างพื้นฐาน เป้าหมาย: ถนนได้มาตรฐานทุกหมู่บ้าน "
        "ตัวชี้วัด: ร้อยละของถนนที่ได้รับการปรับปรุง</p><p>ยุทธศาสตร์การพัฒนาที่ 2 ด้านคุณภาพชีวิต</p>",
    ),
    "file_8812.pdf": (
        "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567",
        "<p>โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 งบประมาณ 450,000 บาท ระยะเวลาดำเนินการ ม.ค. - มี.ค. 2567</p>",
    ),
    "1699864123.pdf": (
        "ประกาศเจตนารมณ์การป้องกันการทุจริต (No Gift Policy)",
        "<p>ข้าพเจ้า นายก เทศมนตรีตำบลบ้านตัวอย่าง ขอประกาศเจตนารมณ์ว่าจะไม่รับของขวัญและของกำนัลทุกชนิด</p>",
    ),
}


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=find_chromium(), args=list(CHROMIUM_ARGS))
        page = await browser.new_page()
        for name, (title, body) in DOCS.items():
            document = f"<html><head><meta charset='utf-8'>{STYLE}</head><body><h1>{title}</h1>{body}</body></html>"
            await page.set_content(document)
            await page.pdf(path=str(OUT / name), format="A4")
        await browser.close()


if __name__ == "__main__":
    asyncio.run(main())
