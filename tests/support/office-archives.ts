// Hostile and ordinary Office archives for tests, built in memory (no binary
// is committed). A small zip writer, because the interesting files are the
// ones no honest library writes: a directory that understates an entry's
// size or its own entry count, 100 000 entries sharing one local header.
// And a long Word plan marked up as Word marks it up, to show the limits
// leave real documents room.
import { randomBytes } from "node:crypto";
import { crc32, deflateRawSync } from "node:zlib";

const MiB = 1024 * 1024;

interface RawEntry {
  name: string;
  data: Buffer;
  /** What the central directory claims the entry inflates to (default: the truth). */
  declaredSize?: number;
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function localHeader(e: Omit<Written, "offset">): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.compressed, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: Written): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // version made by
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.compressed, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(e.offset, 42);
  return Buffer.concat([h, e.name]);
}

/** The end records; past 65 535 entries the zip64 ones, as every writer does. `statedCount` may lie. */
function endRecords(count: number, cdSize: number, cdOffset: number, statedCount = count): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  if (statedCount <= 0xffff) {
    end.writeUInt16LE(statedCount, 8);
    end.writeUInt16LE(statedCount, 10);
    end.writeUInt32LE(cdSize, 12);
    end.writeUInt32LE(cdOffset, 16);
    return end;
  }
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeUInt16LE(45, 12);
  zip64End.writeUInt16LE(45, 14);
  zip64End.writeBigUInt64LE(BigInt(statedCount), 24);
  zip64End.writeBigUInt64LE(BigInt(statedCount), 32);
  zip64End.writeBigUInt64LE(BigInt(cdSize), 40);
  zip64End.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([zip64End, locator, end]);
}

export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const e = { name: Buffer.from(entry.name), crc: crc32(entry.data), compressed: compressed.length, size: entry.declaredSize ?? entry.data.length };
    const local = localHeader(e);
    parts.push(local, compressed);
    written.push({ ...e, offset });
    offset += local.length + compressed.length;
  }
  const directory = Buffer.concat(written.map(centralHeader));
  return Buffer.concat([...parts, directory, endRecords(written.length, directory.length, offset)]);
}

/** `count` directory entries that all point at one tiny local entry: the most entries per byte (under 5 MB for 100 000). */
export function manyEntriesZip(count: number, options: { statedCount?: number } = {}): Buffer {
  const data = Buffer.from("x");
  const compressed = deflateRawSync(data);
  const base = { crc: crc32(data), compressed: compressed.length, size: data.length, offset: 0 };
  const local = Buffer.concat([localHeader({ ...base, name: Buffer.from("0") }), compressed]);
  const directory = Buffer.concat(Array.from({ length: count }, (_, i) => centralHeader({ ...base, name: Buffer.from(i.toString(36)) })));
  return Buffer.concat([local, directory, endRecords(count, directory.length, local.length, options.statedCount)]);
}

/** `bytes` of `unit` repeated (whole units only), without building a JS string that large. */
function repeated(unit: string, bytes: number): Buffer {
  const one = Buffer.from(unit);
  return Buffer.alloc(Math.floor(bytes / one.length) * one.length, one);
}

/** Paragraphs each carrying a pseudo-random number, so the XML compresses like a real document (~15:1), not like a bomb. */
function noisyParagraphs(bytes: number): Buffer {
  const chunks: string[] = [];
  let seed = 12345;
  for (let size = 0; size < bytes;) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const p = `<w:p><w:r><w:t>第${seed.toString(16)}项：推进教育高质量发展</w:t></w:r></w:p>`;
    chunks.push(p);
    size += Buffer.byteLength(p);
  }
  return Buffer.from(chunks.join(""));
}

const DOCX_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function docx(body: Buffer, declaredSize?: number, extra: RawEntry[] = []): Buffer {
  const document = Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`),
    body,
    Buffer.from(`</w:body></w:document>`),
  ]);
  return rawZip([
    { name: "[Content_Types].xml", data: Buffer.from(DOCX_TYPES) },
    { name: "_rels/.rels", data: Buffer.from(DOCX_RELS) },
    { name: "word/document.xml", data: document, declaredSize },
    ...extra,
  ]);
}

const PARAGRAPH = "<w:p><w:r><w:t>一、总体要求：坚持立德树人，推动教育高质量发展。</w:t></w:r></w:p>";

/** The reported attack: a small .docx whose document.xml inflates to `mb` MB (40 MB is ~40 KB on disk). */
export const docxBomb = (mb = 40) => docx(repeated(PARAGRAPH, mb * MiB));

/** The directory says document.xml is 10 KB; its data inflates to `mb` MB. */
export const docxUnderstatingItsSize = (mb = 40) => docx(repeated(PARAGRAPH, mb * MiB), 10 * 1024);

/**
 * Within every archive limit (size, ratio), yet ~3 million characters of text:
 * mammoth exhausted the worker's heap on it; the streaming reader stops at
 * MAX_DOCUMENT_CHARS before the text reaches the web process.
 */
export const docxOfTooMuchText = (mb = 15) => docx(noisyParagraphs(mb * MiB));

const XLSX_PARTS: RawEntry[] = [
  {
    name: "[Content_Types].xml",
    data: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  },
  {
    name: "_rels/.rels",
    data: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  },
  {
    name: "xl/workbook.xml",
    data: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="工作台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
  },
  {
    name: "xl/_rels/workbook.xml.rels",
    data: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  },
];

function xlsx(rows: Buffer, declaredSize?: number): Buffer {
  const sheet = Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`),
    rows,
    Buffer.from(`</sheetData></worksheet>`),
  ]);
  return rawZip([...XLSX_PARTS, { name: "xl/worksheets/sheet1.xml", data: sheet, declaredSize }]);
}

const ROW = `<row><c t="inlineStr"><is><t>指标</t></is></c><c><v>97.5</v></c></row>`;

/** The reported attack on the ledger import: a sheet that inflates to `mb` MB (100 MB is ~100 KB on disk). */
export const xlsxBomb = (mb = 100) => xlsx(repeated(ROW, mb * MiB));

/** The directory says the sheet is 10 KB; its data inflates to `mb` MB. */
export const xlsxUnderstatingItsSize = (mb = 100) => xlsx(repeated(ROW, mb * MiB), 10 * 1024);

const RUN_PROPERTIES = `<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:cs="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>`;
const SENTENCE = "全面贯彻党的教育方针，落实立德树人根本任务，推进教育高质量发展，办好人民满意的教育";

/**
 * A plan of `pages` A4 pages (official layout: ~800 characters a page, 15
 * paragraphs) marked up as Word does — revision ids, fonts and size on every
 * run, runs split mid-sentence — with `imageMb` of photos (which do not compress).
 */
export function wordPlan(pages: number, imageMb = 1): Buffer {
  const paragraphs: string[] = [];
  for (let i = 0; i < pages * 15; i++) {
    const runs = [0, 1, 2]
      .map(
        (k) => `<w:r w:rsidRPr="00A1${(i * 7 + k) % 10000}">${RUN_PROPERTIES}<w:t xml:space="preserve">${SENTENCE.slice(k * 14, k * 14 + 14)}${i}</w:t></w:r>`,
      )
      .join(`<w:proofErr w:type="gramStart"/>`);
    paragraphs.push(
      `<w:p w:rsidR="00B2${i % 10000}" w:rsidRDefault="00C3${i % 1000}"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>${RUN_PROPERTIES}</w:pPr>${runs}</w:p>`,
    );
  }
  const photos = imageMb > 0 ? [{ name: "word/media/image1.jpeg", data: randomBytes(imageMb * MiB) }] : [];
  return docx(Buffer.from(paragraphs.join("")), undefined, photos);
}

/** An honest sheet of `count` numeric cells, ten to a row: within the archive limits, more than any import reads. */
export function xlsxOfCells(count: number): Buffer {
  const rows: string[] = [];
  for (let r = 1; r <= Math.ceil(count / 10); r++) {
    const cells = "ABCDEFGHIJ".split("").map((col, i) => `<c r="${col}${r}"><v>${r * 10 + i}</v></c>`);
    rows.push(`<row r="${r}">${cells.join("")}</row>`);
  }
  return xlsx(Buffer.from(rows.join("")));
}

const CELL_PROPERTIES = `<w:tcW w:w="1800" w:type="dxa"/><w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders><w:vAlign w:val="center"/>`;

/**
 * A plan of `pages` pages that are all 任务分解表 (a page: 12 rows of 5 cells,
 * a unit merged down over each three rows, a chapter row spanning the table),
 * marked up as Word does: borders and width on every cell, fonts on every
 * run, runs split mid-sentence. Much more markup per character than prose.
 */
export function wordTablePlan(pages: number): Buffer {
  let seed = 54321;
  // Word's revision ids vary from run to run; without them the XML compresses like a bomb.
  const rsid = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed % 0xffffff).toString(16).toUpperCase().padStart(8, "0"));
  const tc = (text: string, extra = "") =>
    `<w:tc><w:tcPr>${CELL_PROPERTIES}${extra}</w:tcPr><w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}"><w:pPr><w:jc w:val="center"/>${RUN_PROPERTIES}</w:pPr>${[
      0, 1,
    ]
      .map(
        (k) =>
          `<w:r w:rsidRPr="${rsid()}">${RUN_PROPERTIES}<w:t xml:space="preserve">${text.slice(k * Math.ceil(text.length / 2), (k + 1) * Math.ceil(text.length / 2))}</w:t></w:r>`,
      )
      .join("")}</w:p></w:tc>`;
  const rows: string[] = [
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${["序号", "重点工作任务", "具体措施", "牵头单位", "完成时限"].map((h) => tc(h)).join("")}</w:tr>`,
  ];
  for (let page = 0; page < pages; page++) {
    rows.push(`<w:tr w:rsidR="${rsid()}">${tc(`第${page + 1}部分 推进教育高质量发展`, `<w:gridSpan w:val="5"/>`)}</w:tr>`);
    for (let i = 0; i < 11; i++) {
      const n = page * 11 + i + 1;
      const merge = i % 3 === 0 ? `<w:vMerge w:val="restart"/>` : "<w:vMerge/>";
      rows.push(
        `<w:tr w:rsidR="${rsid()}">${tc(String(n))}${tc(`${SENTENCE.slice(0, 20)}${n}`)}${tc(`${SENTENCE.slice(20)}，确保任务落实到位${n}`)}${tc(i % 3 === 0 ? "基础教育科" : "", merge)}${tc("2025年12月底前")}</w:tr>`,
      );
    }
  }
  const grid = `<w:tblGrid>${`<w:gridCol w:w="1800"/>`.repeat(5)}</w:tblGrid>`;
  return docx(Buffer.from(`<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${grid}${rows.join("")}</w:tbl>`));
}
