"""Small decorative images: logo, banner, portraits, QR code, photos of activities."""
import io, random
from PIL import Image, ImageDraw, ImageFont

FONT = '/usr/share/fonts/truetype/tlwg/Garuda.ttf'
FONT_B = '/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf'


def _font(size, bold=False):
    try:
        return ImageFont.truetype(FONT_B if bold else FONT, size)
    except Exception:
        return ImageFont.load_default()


def jpg(im, q=70):
    b = io.BytesIO(); im.convert('RGB').save(b, 'JPEG', quality=q, optimize=True); return b.getvalue()


def png(im):
    b = io.BytesIO(); im.save(b, 'PNG', optimize=True); return b.getvalue()


def logo(text, color=(20, 90, 160)):
    im = Image.new('RGBA', (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((2, 2, 117, 117), fill=color + (255,), outline=(230, 190, 40, 255), width=5)
    d.ellipse((30, 30, 89, 89), outline=(255, 255, 255, 255), width=3)
    d.text((60, 60), text, font=_font(18, True), fill='white', anchor='mm')
    return png(im)


def banner(name, sub, w=980, h=150, c1=(18, 80, 150), c2=(80, 170, 220)):
    im = Image.new('RGB', (w, h))
    d = ImageDraw.Draw(im)
    for x in range(w):
        t = x / w
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] * (1 - t) + c2[i] * t) for i in range(3)))
    for i in range(6):
        d.ellipse((w - 260 + i * 30, 40 + (i % 2) * 30, w - 200 + i * 30, 100 + (i % 2) * 30), fill=(255, 255, 255))
    d.text((150, 45), name, font=_font(38, True), fill='white')
    d.text((150, 98), sub, font=_font(20), fill=(255, 240, 180))
    return jpg(im, 60)


def portrait(seed):
    r = random.Random(seed)
    bg = (r.randint(150, 220), r.randint(170, 230), r.randint(190, 240))
    im = Image.new('RGB', (150, 190), bg)
    d = ImageDraw.Draw(im)
    skin = (r.randint(190, 230), r.randint(150, 190), r.randint(120, 160))
    d.ellipse((45, 30, 105, 100), fill=skin)
    d.ellipse((45, 22, 105, 60), fill=(30, 30, 30))
    suit = r.choice([(40, 60, 110), (120, 100, 60), (200, 200, 200)])
    d.polygon([(10, 190), (30, 125), (75, 110), (120, 125), (140, 190)], fill=suit)
    d.polygon([(65, 112), (75, 150), (85, 112)], fill='white')
    return jpg(im, 65)


def photo(seed, w=480, h=320, caption=''):
    r = random.Random(seed)
    im = Image.new('RGB', (w, h), (r.randint(60, 120), r.randint(90, 150), r.randint(60, 110)))
    d = ImageDraw.Draw(im)
    d.rectangle((0, int(h * 0.55), w, h), fill=(r.randint(120, 170), r.randint(110, 150), r.randint(80, 110)))
    for i in range(r.randint(8, 16)):
        x = r.randint(10, w - 30); y = r.randint(int(h * 0.35), int(h * 0.7))
        c = (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255))
        d.ellipse((x, y, x + 18, y + 18), fill=(220, 180, 150))
        d.rectangle((x - 2, y + 18, x + 20, y + 60), fill=c)
    d.rectangle((w * 0.2, h * 0.08, w * 0.8, h * 0.25), fill=(240, 240, 240))
    if caption:
        d.text((w / 2, h * 0.165), caption, font=_font(16, True), fill=(20, 40, 120), anchor='mm')
    return jpg(im, 55)


def qr(url, label=None):
    import qrcode
    q = qrcode.QRCode(box_size=4, border=2)
    q.add_data(url); q.make(fit=True)
    im = q.make_image(fill_color='black', back_color='white').convert('RGB')
    if label:
        w, h = im.size
        im2 = Image.new('RGB', (w, h + 26), 'white'); im2.paste(im, (0, 0))
        ImageDraw.Draw(im2).text((w / 2, h + 12), label, font=_font(13, True), fill=(160, 0, 0), anchor='mm')
        im = im2
    return png(im)


def button(text, color=(200, 40, 40), w=220, h=60):
    im = Image.new('RGB', (w, h), color)
    d = ImageDraw.Draw(im)
    d.rectangle((3, 3, w - 4, h - 4), outline='white', width=2)
    d.text((w / 2, h / 2), text, font=_font(16, True), fill='white', anchor='mm')
    return png(im)


def org_chart_image(title, boxes):
    w, h = 1000, 700
    im = Image.new('RGB', (w, h), 'white')
    d = ImageDraw.Draw(im)
    d.text((w / 2, 30), title, font=_font(26, True), fill='black', anchor='mm')
    top = boxes[0]
    d.rectangle((380, 70, 620, 120), outline='black', width=2)
    d.text((500, 95), top, font=_font(16), fill='black', anchor='mm')
    d.line((500, 120, 500, 170), fill='black', width=2)
    n = len(boxes) - 1
    xs = [60 + i * (880 / max(1, n - 1)) for i in range(n)]
    d.line((xs[0], 170, xs[-1], 170), fill='black', width=2)
    for x, b in zip(xs, boxes[1:]):
        d.line((x, 170, x, 200), fill='black', width=2)
        d.rectangle((x - 75, 200, x + 75, 260), outline='black', width=2)
        d.text((x, 230), b, font=_font(13), fill='black', anchor='mm')
    return jpg(im, 60)
