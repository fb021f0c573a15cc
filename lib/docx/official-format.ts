// The 公文 format (党政机关公文格式, GB/T 9704) every official Word file shares
// — the bulletin (通报) and the 督办单: the fonts, the sizes and the A4 page
// with its standard margins. Fonts are named, not embedded (Word substitutes
// when one is absent); docx writes a name into ascii, hAnsi, eastAsia and cs.

export const OFFICIAL_FONTS = { title: "方正小标宋简体", body: "仿宋_GB2312", heading: "黑体" } as const;

/** Half-points: 二号 22 pt (title), 三号 16 pt (body), 四号 14 pt (page numbers, form fields), 小四 12 pt (tables). */
export const OFFICIAL_SIZES = { title: 44, body: 32, small: 28, table: 24 } as const;

/** Millimetres to twips, rounded (docx's own helper floors, which makes A4 one twip short of Word's 11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** A4, margins top 37, bottom 35, left 28, right 26 mm: a section's `properties.page`. */
export const OFFICIAL_PAGE = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
};
