"""Shared helpers for building the holdout sites (dates, digits, rendering)."""
import os, re, subprocess, shutil, random, json, hashlib
from concurrent.futures import ThreadPoolExecutor

TH_DIGITS = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม',
          'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม']
MON_ABBR = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.']


def thd(s):
    return str(s).translate(TH_DIGITS)


def thai_digits_html(html):
    """Convert Arabic digits to Thai digits in text nodes only (not tags, not <style>)."""
    out, pos = [], 0
    for m in re.finditer(r'<style.*?</style>|<[^>]+>', html, flags=re.S):
        out.append(thd(html[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(thd(html[pos:]))
    return ''.join(out)


def tdate(d, m, y):
    return f'{d} {MONTHS[m-1]} {y}'


def tdate_abbr(d, m, y, short_year=False):
    yy = str(y)[-2:] if short_year else str(y)
    return f'{d} {MON_ABBR[m-1]} {yy}'


def fy_months(fy):
    """[(month, BE year)] from October fy-1 to September fy."""
    return [(m, fy - 1) for m in (10, 11, 12)] + [(m, fy) for m in range(1, 10)]


def money(x, dec=True):
    return f'{x:,.2f}' if dec else f'{x:,.0f}'


DOC_CSS = """
@page { size: A4 %(orient)s; margin: 2cm 2cm 2cm 2.5cm; }
body { font-family: '%(font)s', 'Garuda', sans-serif; font-size: %(size)spt; line-height: 1.35; color: #000; }
h1, h2, h3, h4 { font-family: '%(font)s', 'Garuda', sans-serif; margin: 0.3em 0; }
h1 { font-size: 1.45em; text-align: center; }
h2 { font-size: 1.2em; text-align: center; }
h3 { font-size: 1.05em; }
.c { text-align: center; } .r { text-align: right; } .ind { text-indent: 2.5cm; }
table { border-collapse: collapse; width: 100%%; margin: 0.4em 0; font-size: 0.85em; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
th { background: #eee; }
.sign { margin-left: 50%%; text-align: center; margin-top: 1.5em; }
.pb { page-break-before: always; }
.cover { text-align: center; padding-top: 6cm; }
.cover h1 { font-size: 2em; }
.small { font-size: 0.8em; }
"""


def doc_html(title, body, font='Laksaman', size=16, landscape=False, thai_digits=False):
    css = DOC_CSS % dict(orient='landscape' if landscape else 'portrait', font=font, size=size)
    html = (f'<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8"><title>{title}</title>'
            f'<style>{css}</style></head><body>\n{body}\n</body></html>\n')
    return thai_digits_html(html) if thai_digits else html


def sign_block(name, position, extra=''):
    return (f'<div class="sign">(ลงชื่อ) ............................................<br>'
            f'({name})<br>{position}{("<br>" + extra) if extra else ""}</div>')


# ---------------------------------------------------------------- rendering
CHROME = '/usr/bin/chromium'


def chrome_pdf(src, out):
    os.makedirs(os.path.dirname(out), exist_ok=True)
    subprocess.run([CHROME, '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={out}', 'file://' + os.path.abspath(src)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)
    assert os.path.getsize(out) > 1000, out


def lo_convert(src, out, fmt):
    """LibreOffice: HTML opened as a Writer document, exported to pdf or docx."""
    os.makedirs(os.path.dirname(out), exist_ok=True)
    tmpd = '/tmp/lo_out_' + hashlib.md5(out.encode()).hexdigest()[:8]
    shutil.rmtree(tmpd, ignore_errors=True)
    filt = {'pdf': 'pdf:writer_pdf_Export', 'docx': 'docx:MS Word 2007 XML'}[fmt]
    tmp_src = os.path.join(tmpd, 'in', 'document.html')
    os.makedirs(os.path.dirname(tmp_src))
    shutil.copy(src, tmp_src)
    subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', filt,
                    '--outdir', tmpd, tmp_src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True, timeout=180)
    shutil.move(os.path.join(tmpd, 'document.' + fmt), out)
    shutil.rmtree(tmpd, ignore_errors=True)


def scan_pdf(pdf_in, out, dpi=90, angle=0.6, seed=1):
    """Rasterise a text PDF and save it as an image-only PDF (a 'scan')."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    tmpd = '/tmp/scan_' + hashlib.md5(out.encode()).hexdigest()[:8]
    shutil.rmtree(tmpd, ignore_errors=True)
    os.makedirs(tmpd)
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png', pdf_in, os.path.join(tmpd, 'p')], check=True)
    pages = []
    for fn in sorted(os.listdir(tmpd)):
        im = Image.open(os.path.join(tmpd, fn)).convert('L')
        im = im.rotate(angle + rnd.uniform(-0.3, 0.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
        # paper tone and speckle
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.randrange(90, 200)
        im = im.point(lambda v: int(v * 0.93 + 10))
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        pages.append(im)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    pages[0].save(out, 'PDF', resolution=dpi, save_all=True, append_images=pages[1:], quality=55)
    shutil.rmtree(tmpd, ignore_errors=True)


class Builder:
    """Collects documents of one site, writes sources to src/ and renders them into www/."""

    def __init__(self, site_dir):
        self.site = site_dir
        self.www = os.path.join(site_dir, 'www')
        self.src = os.path.join(site_dir, 'src')
        self.jobs = []          # (kind, src, out, extra)
        self.intended_broken = []   # hrefs that are meant not to resolve
        shutil.rmtree(self.www, ignore_errors=True)          # rebuild from scratch
        shutil.rmtree(os.path.join(self.src, 'docs'), ignore_errors=True)
        os.makedirs(self.www, exist_ok=True)
        os.makedirs(os.path.join(self.src, 'docs'), exist_ok=True)

    def _src_name(self, rel_out, ext='.html'):
        base = rel_out.strip('/').replace('/', '__')
        if len(base.encode('utf-8')) > 180:
            base = 'long_' + hashlib.md5(base.encode('utf-8')).hexdigest()
        return os.path.join(self.src, 'docs', base + ext)

    def _write_src(self, rel_out, html):
        p = self._src_name(rel_out)
        with open(p, 'w', encoding='utf-8') as f:
            f.write(html)
        return p

    def pdf(self, rel_out, html, engine='chrome'):
        src = self._write_src(rel_out, html)
        self.jobs.append((engine + '-pdf', src, os.path.join(self.www, rel_out.lstrip('/')), None))
        return rel_out

    def docx(self, rel_out, html):
        src = self._write_src(rel_out, html)
        self.jobs.append(('lo-docx', src, os.path.join(self.www, rel_out.lstrip('/')), None))
        return rel_out

    def scan(self, rel_out, html, angle=0.6):
        src = self._write_src(rel_out, html)
        self.jobs.append(('scan', src, os.path.join(self.www, rel_out.lstrip('/')), angle))
        return rel_out

    def damaged(self, rel_out, html, keep=1800):
        """A PDF cut short (upload interrupted)."""
        src = self._write_src(rel_out, html)
        self.jobs.append(('damaged', src, os.path.join(self.www, rel_out.lstrip('/')), keep))
        return rel_out

    def raw(self, rel_out, data):
        p = os.path.join(self.www, rel_out.lstrip('/'))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
        return rel_out

    def page(self, rel_out, html, encoding='utf-8'):
        p = os.path.join(self.www, rel_out.lstrip('/'))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if encoding == 'utf-8':
            data = html.encode('utf-8')
        else:
            data = html.encode('cp874')
            # keep the utf-8 source for reference
            sp = self._src_name(rel_out, '.utf8.html')
            with open(sp, 'w', encoding='utf-8') as f:
                f.write(html)
        with open(p, 'wb') as f:
            f.write(data)
        return rel_out

    def broken(self, href):
        self.intended_broken.append(href)
        return href

    def render(self):
        chrome = [j for j in self.jobs if j[0] in ('chrome-pdf', 'scan', 'damaged')]
        lo = [j for j in self.jobs if j[0] in ('lo-pdf', 'lo-docx')]

        def do_chrome(j):
            kind, src, out, extra = j
            if kind == 'chrome-pdf':
                chrome_pdf(src, out)
            else:
                tmp = '/tmp/render_' + hashlib.md5(out.encode()).hexdigest()[:10] + '.pdf'
                chrome_pdf(src, tmp)
                if kind == 'scan':
                    scan_pdf(tmp, out, angle=extra, seed=len(out))
                else:
                    data = open(tmp, 'rb').read()
                    os.makedirs(os.path.dirname(out), exist_ok=True)
                    open(out, 'wb').write(data[:extra])
                os.remove(tmp)

        with ThreadPoolExecutor(6) as ex:
            list(ex.map(do_chrome, chrome))
        for kind, src, out, extra in lo:
            lo_convert(src, out, 'pdf' if kind == 'lo-pdf' else 'docx')
        with open(os.path.join(self.src, 'intended_broken.json'), 'w', encoding='utf-8') as f:
            json.dump(sorted(set(self.intended_broken)), f, ensure_ascii=False, indent=1)


def mojibake(s):
    """UTF-8 bytes of Thai read as windows-874 (undefined bytes dropped), as seen in real file names."""
    return s.encode('utf-8').decode('cp874', errors='ignore')


def write_xlsx(path, title_lines, header, rows, widths=None, sheet='Sheet1'):
    """A plain worksheet as agencies export it: title lines, one header row, data rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    for t in title_lines:
        ws.cell(row=r, column=1, value=t).font = Font(name='TH SarabunPSK', size=16, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        ws.cell(row=r, column=1).alignment = Alignment(horizontal='center')
        r += 1
    thin = Side(style='thin')
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(name='TH SarabunPSK', size=14, bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
        cell.border = Border(thin, thin, thin, thin)
    for row in rows:
        r += 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = Font(name='TH SarabunPSK', size=14)
            cell.alignment = Alignment(wrap_text=True, vertical='top')
            cell.border = Border(thin, thin, thin, thin)
            if isinstance(v, float):
                cell.number_format = '#,##0.00'
    for i, w in enumerate(widths or [], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)


def proc_xlsx_rows(rows):
    """สขร.1 rows for a spreadsheet."""
    out = []
    for i, r in enumerate(rows):
        d, m, y = r['cdate']
        out.append([i + 1, r['desc'], float(r['ref']), r['method'],
                    '\n'.join(f'{n} {p:,.2f}' for n, p in r['bidders']), f'{r["winner"]} {r["price"]:,.2f}',
                    r['reason'], f'{r["contract"]} ลว. {d} {MON_ABBR[m-1]} {y}'])
    return out


PROC_HEADER = ['ลำดับที่', 'งานที่จัดซื้อหรือจัดจ้าง', 'วงเงินที่จัดซื้อหรือจัดจ้าง (ราคากลาง)', 'วิธีซื้อหรือจ้าง',
               'รายชื่อผู้เสนอราคาและราคาที่เสนอ', 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
               'เหตุผลที่คัดเลือกโดยสังเขป', 'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง']
