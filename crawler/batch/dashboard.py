"""The batch dashboard: one self-contained HTML page for a province office or a researcher.

Sites ranked by estimated OIT score, counts per status, the items most often missing or
failing across the batch, and a link to each site's own report.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from crawler.model.status import COLOUR, FAILING, ICON, STATUS_TH, Status
from crawler.report.html_report import CSS
from crawler.store.history import HistoryStore


def render_dashboard(store: HistoryStore, batch_id: int, titles: dict[str, str], names: dict[str, str]) -> str:
    scans = store.batch_results(batch_id)
    batch = store.db.execute(
        "SELECT source, year, started_at, finished_at FROM batches WHERE id = ?", (batch_id,)
    ).fetchone()
    ranked = sorted(scans, key=lambda s: (s.state != "scanned", -(s.score_low or 0), s.site_id))
    failing: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for scan in scans:
        if scan.state != "scanned":
            continue
        totals.update(scan.items.values())
        failing.update(code for code, status in scan.items.items() if status in FAILING)
    reached = sum(1 for scan in scans if scan.state == "scanned")
    parts = [
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'>",
        f"<title>สรุปผลตรวจ OIT ปี {batch['year']} — ชุดที่ {batch_id}</title><style>{CSS}</style></head><body>",
        f"<h1>สรุปผลตรวจเว็บไซต์ตามแบบ OIT ปี {batch['year']} ({len(scans)} แห่ง)</h1>",
        f"<p class='meta'>รายชื่อ: {escape(batch['source'])} · เริ่ม {escape(batch['started_at'])} · "
        f"เสร็จ {escape(batch['finished_at'] or '-')} · ตรวจได้ {reached} แห่ง "
        f"เปิดไม่ได้/ขัดข้อง {len(scans) - reached} แห่ง</p>",
        "<p class='counts'>",
    ]
    for status in Status:
        parts.append(
            f"<span style='color:{COLOUR[status]}'>{ICON[status]} {STATUS_TH[status]} "
            f"{totals.get(status.value, 0)}</span>"
        )
    parts.append(
        "</p><h2>ข้อที่ไม่ผ่านบ่อยที่สุด</h2><table><tr><th>ข้อ</th><th>รายการ</th><th>ไม่ผ่าน (แห่ง)</th>"
        "<th>ร้อยละของที่ตรวจได้</th></tr>"
    )
    for code, count in sorted(failing.items(), key=lambda pair: (-pair[1], int(pair[0][1:])))[:10]:
        share = 100 * count / reached if reached else 0
        parts.append(
            f"<tr><td>{code}</td><td>{escape(titles.get(code, ''))}</td><td>{count}</td><td>{share:.0f}%</td></tr>"
        )
    parts.append(
        "</table><h2>เรียงตามคะแนน OIT โดยประมาณ</h2><table><tr><th>ลำดับ</th><th>หน่วยงาน</th>"
        "<th>คะแนน</th><th>ผ่าน</th><th>ต้องตรวจเอง</th><th>ไม่ผ่าน</th><th>รายงาน</th></tr>"
    )
    for rank, scan in enumerate(ranked, start=1):
        name = names.get(scan.site_id) or scan.site_id
        if scan.state == "scanned":
            low, high = scan.score_low or 0, scan.score_high or 0
            score = f"{low:.2f}" if low == high else f"{low:.2f} – {high:.2f}"
        else:
            score = "เปิดไม่ได้" if scan.state == "unreachable" else "ขัดข้อง"
        statuses = Counter(scan.items.values())
        bad = sum(statuses.get(s, 0) for s in FAILING)
        parts.append(
            f"<tr><td>{rank}</td><td>{escape(name)}<div class='path'>{escape(scan.url)}</div></td><td>{score}</td>"
            f"<td>{statuses.get('pass', 0)}</td><td>{statuses.get('review', 0)}</td><td>{bad}</td>"
            f"<td><a href='{escape(scan.site_id, True)}/report.html'>เปิด</a></td></tr>"
        )
    parts.append("</table></body></html>")
    return "".join(parts)
