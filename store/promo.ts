/**
 * The store's image sizes, and the two small pages scripts/screenshots.ts draws into store images: the
 * popup screenshot framed at 1280×800 with a line of text, and the 440×280 promo tile. Plain HTML and CSS,
 * no remote fonts or images (the screenshot browser is offline).
 */
export type StoreLang = 'en' | 'id';

/** Chrome Web Store screenshots: 1280×800 (or 640×400). */
export const SCREENSHOT = { width: 1280, height: 800 } as const;
/** Chrome Web Store small promo tile. */
export const PROMO = { width: 440, height: 280 } as const;

const TEXT = {
  en: {
    tagline: 'Clear email, in Gmail',
    promo: 'Catch missing deadlines, unanswered questions and curt replies before you send.',
    popup: 'Everything in your draft, from the toolbar: rewrite it in one click, light or dark.',
  },
  id: {
    tagline: 'Email yang jelas, di Gmail',
    promo: 'Temukan tenggat yang samar, pertanyaan terlewat, dan balasan ketus sebelum terkirim.',
    popup: 'Semua temuan di draf Anda, dari toolbar: perbaiki dengan sekali klik, terang atau gelap.',
  },
} as const;

const BASE = `*{box-sizing:border-box;margin:0}body{font-family:system-ui,'Noto Sans','DejaVu Sans',sans-serif;color:#1d2127;overflow:hidden}`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The popup in light and dark (`images`: data URLs of 400-pixel-wide screenshots), side by side. */
export function framePage(lang: StoreLang, images: string[]): string {
  const t = TEXT[lang];
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>${BASE}
body{width:${SCREENSHOT.width}px;height:${SCREENSHOT.height}px;background:linear-gradient(135deg,#e8f0fe,#f6f7f9 60%);display:flex;flex-direction:column;align-items:center;justify-content:center;gap:28px}
h1{font-size:34px;font-weight:700}.row{display:flex;gap:40px}
img{width:400px;height:640px;object-fit:cover;object-position:top;border-radius:14px;box-shadow:0 12px 40px #0003}
p{font-size:20px;color:#3c4043;max-width:900px;text-align:center}</style>
<h1>${esc(t.tagline)}</h1><p>${esc(t.popup)}</p><div class="row">${images.map((src) => `<img src="${src}" alt="">`).join('')}</div></html>`;
}

/** The 440×280 promo tile: icon, name, tagline and one line of what it does. */
export function promoPage(lang: StoreLang, icon: string): string {
  const t = TEXT[lang];
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>${BASE}
body{width:${PROMO.width}px;height:${PROMO.height}px;background:linear-gradient(135deg,#1a73e8,#0b57d0);color:#fff;display:flex;flex-direction:column;justify-content:center;padding:0 32px;gap:10px}
.head{display:flex;align-items:center;gap:14px}img{width:64px;height:64px;border-radius:14px;background:#fff;padding:6px}
h1{font-size:40px;font-weight:800;letter-spacing:-.01em}h2{font-size:19px;font-weight:600}p{font-size:15px;line-height:1.35;opacity:.95}</style>
<div class="head"><img src="${icon}" alt=""><h1>Jelas</h1></div><h2>${esc(t.tagline)}</h2><p>${esc(t.promo)}</p></html>`;
}
