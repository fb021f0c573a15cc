// The .pdf parse job (parse-job-runners.mjs): pdf.js reads the file, and only
// plain data leaves it: each text run with its page and position, and the
// straight lines that draw table borders. Lines, paragraphs and table rows are
// rebuilt from these by lib/plans/readers/pdf-layout.ts, in the plan worker.
import { createRequire } from "node:module";
import path from "node:path";
import { JobRefusal } from "./job-refusal.mjs";

/** Text runs and ruling segments the worker sends back in all (a 200-page table-heavy plan has ~60 000 runs). */
const MAX_ITEMS = 400_000;
/** Table borders are hairlines; a filled shape thinner than this is a border drawn as a rectangle (Word does). */
const HAIRLINE = 2.5;

/** pdf.js's own data (CMaps for Chinese fonts without ToUnicode, standard fonts), found from the package. */
function pdfjsDataDir() {
  for (const from of [import.meta.url, path.join(process.cwd(), "package.json")]) {
    try {
      return path.dirname(createRequire(from).resolve("pdfjs-dist/package.json"));
    } catch {
      // next candidate
    }
  }
  return path.join(process.cwd(), "node_modules", "pdfjs-dist");
}

export async function loadPdfjs() {
  // The minified legacy build: the modern one needs DOMMatrix (not in Node 20), and a fresh worker
  // imports pdf.js on every parse, which the minified files make ~25 % cheaper.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.min.mjs");
  // pdf.js's own worker code runs on this thread ("fake worker"): this thread is the isolation.
  globalThis.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
  return pdfjs;
}

export async function extractPdf(pdfjs, bytes) {
  const dir = pdfjsDataDir();
  const task = pdfjs.getDocument({
    data: bytes,
    cMapUrl: path.join(dir, "cmaps") + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, "standard_fonts") + path.sep,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    if (err?.name === "PasswordException") throw new JobRefusal("passwordProtected");
    throw err;
  }
  const pages = [];
  const items = [];
  const rulings = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , width, height] = page.view;
    pages.push({ width, height });
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!item.str || !item.str.trim()) continue;
      const [a, b, c, d, x, y] = item.transform;
      // Rotated text (stamps, watermarks, margin notes) is not part of the reading order.
      if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue;
      items.push({ page: p, x, y, width: item.width, height: item.height || d, size: d, text: item.str });
    }
    for (const segment of rulingSegments(pdfjs.OPS, await page.getOperatorList())) rulings.push({ page: p, ...segment });
    if (items.length + rulings.length > MAX_ITEMS) throw new JobRefusal("tooComplex");
    page.cleanup();
  }
  await doc.destroy();
  return { pages, items, rulings };
}

const multiply = (m, n) => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/**
 * Horizontal and vertical segments drawn on a page: stroked lines, and
 * hairline-thin filled rectangles. Tracks the transformation matrix through
 * save/restore and form XObjects; curves and large fills (shading) are skipped.
 */
function rulingSegments(OPS, { fnArray, argsArray }) {
  const STROKES = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set([OPS.fill, OPS.eoFill]);
  const segments = [];
  const stack = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const push = (x1, y1, x2, y2) => {
    const [ax, ay] = apply(ctm, x1, y1);
    const [bx, by] = apply(ctm, x2, y2);
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 1) segments.push({ x1: Math.min(ax, bx), y1: ay, x2: Math.max(ax, bx), y2: ay });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 1) segments.push({ x1: ax, y1: Math.min(ay, by), x2: ax, y2: Math.max(ay, by) });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) ctm = multiply(ctm, Array.from(args[0]));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const [paint, [data], minMax] = args;
      if (STROKES.has(paint)) strokedSegments(data, push);
      else if (FILLS.has(paint) && minMax) {
        const [x1, y1, x2, y2] = minMax;
        const [ax, ay] = apply(ctm, x1, y1);
        const [bx, by] = apply(ctm, x2, y2);
        const w = Math.abs(bx - ax);
        const h = Math.abs(by - ay);
        if (h < HAIRLINE && w > h) push(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2);
        else if (w < HAIRLINE && h > w) push((x1 + x2) / 2, y1, (x1 + x2) / 2, y2);
      }
    }
    if (segments.length > MAX_ITEMS) break;
  }
  return segments;
}

/** Each straight piece of a path (pdf.js DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function strokedSegments(data, push) {
  if (!data) return;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === 0) {
      x = startX = data[i++];
      y = startY = data[i++];
    } else if (op === 1) {
      const nx = data[i++];
      const ny = data[i++];
      push(x, y, nx, ny);
      x = nx;
      y = ny;
    } else if (op === 2) {
      i += 4;
      x = data[i++];
      y = data[i++];
    } else if (op === 3) {
      i += 2;
      x = data[i++];
      y = data[i++];
    } else if (op === 4) {
      push(x, y, startX, startY);
      x = startX;
      y = startY;
    } else return;
  }
}
