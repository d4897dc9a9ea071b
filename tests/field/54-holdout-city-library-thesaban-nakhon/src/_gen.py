# -*- coding: utf-8 -*-
# one-shot generator for holdout37 (writes src/*.html, src/documents.yaml, www/ pages)
import sys, os, yaml, textwrap
sys.path.insert(0, os.path.dirname(__file__))
from _docs_part2 import DOCS, CITY
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC, WWW = os.path.join(ROOT, "src"), os.path.join(ROOT, "www")

P = {  # doc key -> www path (as linked, raw)
 "o4-devplan": "/files/ita2567/แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570).pdf",
 "plan61": "/files/plan/แผนพัฒนาท้องถิ่น 2561-2565.pdf",
 "o11-plan-wrong": "/files/ita2567/แผนดำเนินงาน ปี 2567.pdf",
 "plan66": "/files/plan/แผนดำเนินงาน ประจำปี 2566.pdf",
 "o12-6m": "/uploads/2567/04/รายงานกำกับติดตาม รอบ 6 เดือน ต.ค.66-มี.ค.67.pdf",
 "o13-report66": "/uploads/2566/12/รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2566.pdf",
 "rep65": "/uploads/2565/12/รายงานผลการดำเนินงาน ประจำปี 2565.pdf",
 "o14-manual": "/fileupload/คู่มือการปฏิบัติงาน งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง.docx",
 "o15-service": "/fileupload/คู่มือสำหรับประชาชน การจดทะเบียนพาณิชย์.pdf",
 "o16-stats-scan": "/fileupload/scan0012.pdf",
 "o17-satisfaction": "/files/ita2567/รายงานผลการสำรวจความพึงพอใจ ปีงบประมาณ 2566.pdf",
 "o19-procplan": "/files/procurement/แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567.pdf",
 "o20-bid": "/files/procurement/ประกาศประกวดราคา ถนน คสล. ซอยมิตรภาพ 12.pdf",
 "o20-award": "/files/procurement/ประกาศผู้ชนะ ซื้อครุภัณฑ์คอมพิวเตอร์ 25 ชุด.pdf",
 "o22-proc65": "/files/procurement/file_1665378000.pdf",
 "o23-hrplan": "/files/hr/แผนพัฒนาบุคลากร พ.ศ. 2564-2566.pdf",
 "o24-hr6m-orphan": "/files/hr/รายงานการดำเนินการตามแผนพัฒนาบุคลากร รอบ 6 เดือน 2567.pdf",
 "o26-other-agency": "/files/hr/รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2566.pdf",
 "o27-guideline": "/files/complaint/แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต.pdf",
 "o29-stats": "/files/complaint/สถิติเรื่องร้องเรียนการทุจริต ต.ค.66-มี.ค.67.pdf",
 "o31-nogift67": "/files/ita2567/ประกาศเจตนารมณ์ No Gift Policy 2567.pdf",
 "nogift66": "/files/ita2566/ประกาศ No Gift Policy 2566.pdf",
 "o34-risk": "/files/ita2567/การประเมินความเสี่ยงการทุจริต ประจำปี 2567.pdf",
 "o35-riskact66": "/files/ita2567/รายงานการดำเนินการจัดการความเสี่ยง.pdf",
 "o36-acplan": "/files/ita2567/แผนปฏิบัติการป้องกันการทุจริต 2566-2570.pdf",
 "o37-6m-scan": "/files/ita2567/O37 รายงานติดตาม รอบ 6 เดือน ต.ค.66-มี.ค.67.pdf",
 "o38-half": "/files/ita2567/รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2566.pdf",
 "o39-ethics": "/files/ita2567/ประมวลจริยธรรมพนักงานเทศบาล.pdf",
 "o40-order": "/files/ita2567/คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม 2567.pdf",
 "o40-dodont": "/files/ita2567/Do and Dont 2567.pdf",
 "o41-central": "/files/central/คู่มือแนวทางการประเมินจริยธรรม สำนักงาน ก.พ..pdf",
 "o42-measures": "/files/ita2567/มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี 2567.pdf",
 "meas66": "/files/ita2566/มาตรการส่งเสริมคุณธรรม 2566.pdf",
 "pdpa-law": "/files/central/พรบ คุ้มครองข้อมูลส่วนบุคคล 2562.pdf",
 "budget66": "/files/budget/เทศบัญญัติงบประมาณรายจ่าย ประจำปี 2566.pdf",
 "dla-letter": "/files/central/หนังสือ สถ. มท 0804.3-ว1234.pdf",
 "finstat66": "/files/budget/งบแสดงฐานะการเงิน 30 ก.ย. 2566.pdf",
}
SCAN = {"o16-stats-scan", "o37-6m-scan"}
XLSX = {
 "o21-q1": ("/files/procurement/สขร.1 ต.ค.-ธ.ค. 2566.xlsx", [("ต.ค.66","ตุลาคม ๒๕๖๖"),("พ.ย.66","พฤศจิกายน ๒๕๖๖"),("ธ.ค.66","ธันวาคม ๒๕๖๖")]),
 "o21-q2": ("/files/procurement/สขร.1 ม.ค.-มี.ค. 2567.xlsx", [("ม.ค.67","มกราคม ๒๕๖๗"),("ก.พ.67","กุมภาพันธ์ ๒๕๖๗"),("มี.ค.67","มีนาคม ๒๕๖๗")]),
}
ITEMS = [
 ("จัดซื้อวัสดุสำนักงาน","๒๘,๕๐๐","๒๘,๕๐๐","เฉพาะเจาะจง","ร้านโคราชเครื่องเขียน / ๒๘,๓๐๐","ร้านโคราชเครื่องเขียน / ๒๘,๓๐๐","ราคาต่ำสุดและเป็นผู้มีอาชีพ"),
 ("จ้างซ่อมแซมรถบรรทุกน้ำ ทะเบียน ๘๑-๕๕๒๑","๔๕,๐๐๐","๔๕,๐๐๐","เฉพาะเจาะจง","อู่ช่างเล็กการช่าง / ๔๔,๘๐๐","อู่ช่างเล็กการช่าง / ๔๔,๘๐๐","คุณสมบัติครบ ราคาเหมาะสม"),
 ("จัดซื้อน้ำมันเชื้อเพลิง","๑๒๐,๐๐๐","๑๒๐,๐๐๐","เฉพาะเจาะจง","หจก.ปั๊มสีมาบริการ / ๑๑๘,๔๒๐","หจก.ปั๊มสีมาบริการ / ๑๑๘,๔๒๐","ราคาตามท้องตลาด"),
]

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

listing = []
for key, html in DOCS.items():
    write(os.path.join(SRC, key + ".html"), html)
    e = {"www": P[key].lstrip("/"), "src": key + ".html"}
    if key in SCAN: e["scan"] = True
    listing.append(e)
for base, (key, (www, months)) in zip((100, 140), XLSX.items()):
    sheets = {}
    for i, (short, full) in enumerate(months):
        rows = [[f"แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {full}"], [CITY],
                ["ลำดับที่","งานที่จัดซื้อหรือจัดจ้าง","วงเงินที่จะซื้อหรือจ้าง (บาท)","ราคากลาง (บาท)","วิธีซื้อหรือจ้าง","รายชื่อผู้เสนอราคาและราคาที่เสนอ","ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง","เหตุผลที่คัดเลือกโดยสังเขป","เลขที่และวันที่ของสัญญาหรือข้อตกลง"]]
        for j, it in enumerate(ITEMS, 1):
            rows.append([str(j), *it, f"ข้อตกลงเลขที่ {base+ (i*3) + j}/2567 ลงวันที่ {5+j} {full}"])
        sheets[short] = rows
    write(os.path.join(SRC, key + ".yaml"), yaml.safe_dump({"sheets": sheets, "widths": {"B": 40, "F": 35, "G": 35, "I": 30}}, allow_unicode=True, sort_keys=False))
    listing.append({"www": www.lstrip("/"), "src": key + ".yaml"})
write(os.path.join(SRC, "documents.yaml"), yaml.safe_dump(listing, allow_unicode=True, sort_keys=False))
print(len(listing), "docs listed")
