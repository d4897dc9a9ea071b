"""The scan as one self-contained HTML file in Thai: opens from disk, prints on A4.

Grouped by sub-indicator like the NACC form, a colour and an icon per status, the evidence
links with where they were found, the estimated score, and empty "ผู้รับผิดชอบ" /
"กำหนดเสร็จ" columns for staff to fill in when they attach it to their ITA working papers.
No external CSS, fonts or scripts: the page must open on an office PC without internet.
"""

from __future__ import annotations

from html import escape
from typing import Any

from crawler.model.status import COLOUR, ICON, STATUS_TH, Status

CSS = """
body{font-family:"Sarabun","TH Sarabun New","Noto Sans Thai","Loma","Garuda",sans-serif;margin:24px;color:#222;
line-height:1.5}
h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:2px solid #ddd}
.meta{color:#555}.warn{background:#fff4e5;border:1px solid #f0b429;padding:.6em 1em;margin:1em 0}
.score{display:flex;gap:1.5em;flex-wrap:wrap;margin:1em 0}.score div{border:1px solid #ccc;padding:.5em 1em;
border-radius:6px}.big{font-size:1.8em;font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #ccc;padding:4px 6px;
vertical-align:top}th{background:#f3f3f3}.status{font-weight:bold;white-space:nowrap}
.fix{color:#444}.path{color:#666;font-size:.85em}.blank{min-width:7em}a{color:#0b57d0;word-break:break-all}
.counts span{margin-right:1em}
@media print{body{margin:0;font-size:11pt}a{color:#000}.noprint{display:none}h2{page-break-after:avoid}
tr{page-break-inside:avoid}@page{size:A4 landscape;margin:12mm}}
"""


def _score(value: dict[str, float]) -> str:
    low, high = value["low"], value["high"]
    return f"{low:.2f}" if low == high else f"{low:.2f} – {high:.2f}"


def render_html(report: dict[str, Any], sub_titles: dict[str, str]) -> str:
    """``report`` is the JSON report (crawler.report.json_report); ``sub_titles`` names sub-indicators."""
    site = report["site"]
    rules = report["rules"]
    score = report["score"]
    year = report["year"]
    home = site.get("home_url") or site.get("start_url")
    parts = [
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'>",
        f"<title>ผลตรวจ OIT ปี {year} — {escape(home)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>ผลการตรวจเว็บไซต์ตามแบบ OIT ปี {year} (ก่อนการประเมินจริง)</h1>",
        f"<p class='meta'>เว็บไซต์: <a href='{escape(home, True)}'>{escape(home)}</a><br>"
        f"ตรวจเมื่อ: {escape(report['scanned_at'])} · เกณฑ์: {escape(rules.get('title') or str(year))}<br>"
        f"โปรแกรม: {escape(report['tool'])} {escape(report['version'])}</p>",
    ]
    if rules.get("provisional"):
        parts.append(
            f"<div class='warn'><b>เกณฑ์ปี {year} เป็นเกณฑ์ชั่วคราว (provisional)</b> ยังไม่ได้ยืนยันกับคู่มือของ "
            "สำนักงาน ป.ป.ช. ผลและคะแนนเป็นเพียงการประมาณ</div>"
        )
    if not site.get("reachable"):
        parts.append("<div class='warn'><b>เปิดหน้าแรกของเว็บไซต์ไม่ได้</b> ผลทุกข้อจึงต้องให้เจ้าหน้าที่ตรวจเอง</div>")
    for reason in report.get("incomplete") or []:
        parts.append(f"<div class='warn'>ตรวจได้ไม่ครบ: {escape(reason)}</div>")
    counts = score.get("counts", {})
    parts.append("<div class='score'>")
    parts.append(f"<div>คะแนน OIT โดยประมาณ<br><span class='big'>{_score(score['oit'])}</span></div>")
    for indicator, value in sorted(score.get("indicators", {}).items(), key=lambda pair: int(pair[0])):
        parts.append(f"<div>ตัวชี้วัดที่ {escape(indicator)}<br><b>{_score(value)}</b></div>")
    parts.append("</div><p class='counts'>")
    for status in Status:
        count = counts.get(status.value, 0)
        parts.append(f"<span style='color:{COLOUR[status]}'>{ICON[status]} {STATUS_TH[status]} {count}</span>")
    parts.append("</p>")
    if not score.get("exact", True):
        parts.append(
            "<p class='meta'>คะแนนเป็นช่วง: ต่ำสุดเมื่อข้อที่ต้องให้เจ้าหน้าที่ตรวจไม่ผ่านทั้งหมด "
            "สูงสุดเมื่อผ่านทั้งหมด (ข้อละ 100 หรือ 0 คะแนน เฉลี่ยรายตัวชี้วัดย่อย แล้วเฉลี่ยรายตัวชี้วัด)</p>"
        )
    by_sub: dict[str, list[dict[str, Any]]] = {}
    for item in report["items"]:
        by_sub.setdefault(item["sub"], []).append(item)
    for sub in sorted(by_sub, key=lambda s: tuple(int(x) for x in s.split("."))):
        sub_score = score.get("sub_indicators", {}).get(sub)
        heading = f"ตัวชี้วัดย่อยที่ {escape(sub)} {escape(sub_titles.get(sub, ''))}"
        if sub_score:
            heading += f" — {_score(sub_score)} คะแนน"
        parts.append(f"<h2>{heading}</h2><table><thead><tr><th>ข้อ</th><th>รายการ</th><th>ผลตรวจ</th>")
        parts.append("<th>เหตุผลและวิธีแก้ไข</th><th>หลักฐาน (URL)</th>")
        parts.append("<th class='blank'>ผู้รับผิดชอบ</th><th class='blank'>กำหนดเสร็จ</th></tr></thead><tbody>")
        for item in by_sub[sub]:
            parts.append(_row(item))
        parts.append("</tbody></table>")
    findings = report.get("findings") or []
    if findings:
        parts.append("<h2>สิ่งที่พบระหว่างตรวจเว็บไซต์</h2><table><thead><tr><th>ระดับ</th><th>เรื่อง</th>")
        parts.append("<th>จำนวน</th><th>ตัวอย่าง</th></tr></thead><tbody>")
        for finding in findings:
            example = finding["urls"][0] if finding.get("urls") else ""
            parts.append(
                f"<tr><td>{escape(finding['severity'])}</td><td>{escape(finding['message_th'])}</td>"
                f"<td>{finding['count']}</td><td>{_link(example)}</td></tr>"
            )
        parts.append("</tbody></table>")
    stats = report.get("stats", {})
    parts.append(
        f"<p class='meta'>ตรวจ {stats.get('pages', 0)} หน้า {stats.get('documents', 0)} เอกสาร "
        f"{stats.get('requests', 0)} คำขอ ใช้เวลา {stats.get('seconds', 0):.0f} วินาที · ผลนี้เป็นการประเมินเบื้องต้น "
        "โดยโปรแกรม ข้อที่ขึ้นว่า “ต้องให้เจ้าหน้าที่ตรวจ” ต้องเปิดดูเอง</p></body></html>"
    )
    return "".join(parts)


def _link(url: str | None) -> str:
    if not url:
        return ""
    return f"<a href='{escape(url, True)}'>{escape(url)}</a>"


def _row(item: dict[str, Any]) -> str:
    status = item["status"]
    colour = COLOUR[status]
    evidence = []
    for ref in item.get("evidence", [])[:3]:
        path = " › ".join(ref.get("path") or [])
        evidence.append(
            f"{_link(ref.get('url')) or escape(ref.get('label') or '')}"
            f"<div class='path'>{escape(path)} · {escape(STATUS_TH[Status(ref['verdict'])])}</div>"
        )
    fix = "" if status == "pass" else f"<div class='fix'>วิธีแก้: {escape(item['fix'])}</div>"
    missing = item.get("missing_elements") or []
    missing_text = f"<div class='fix'>ขาด: {escape(', '.join(missing))}</div>" if missing and status != "pass" else ""
    return (
        f"<tr><td>{escape(item['code'])}</td><td>{escape(item['title'])}</td>"
        f"<td class='status' style='color:{colour}'>{ICON[status]} {escape(item['status_th'])}"
        f"<div class='path'>ความมั่นใจ: {escape(item['confidence'])}</div></td>"
        f"<td>{escape(item['reason'])}{missing_text}{fix}</td><td>{''.join(evidence)}</td><td></td><td></td></tr>"
    )
