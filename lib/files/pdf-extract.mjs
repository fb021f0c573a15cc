// The .pdf parse job (parse-job-runners.mjs): pdf.js reads the file, and only
// plain data leaves it: each text run with its page and position, and the
// straight lines that draw table borders. Lines, paragraphs and table rows are
// rebuilt from these by lib/plans/readers/pdf-layout.ts, in the plan worker.
// A page whose text mostly runs up or down the sheet (a landscape table set
// sideways, a page shown turned by /Rotate) is handed over turned upright.
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
    const content = await page.getTextContent();
    const runs = content.items.filter((item) => item.str && item.str.trim());
    // A landscape table set on a portrait page (or a page shown turned with /Rotate) is read turned upright.
    const turn = pageTurn(runs);
    const upright = turnedUpright(turn, width, height);
    pages.push(turn === "upright" ? { width, height } : { width: height, height: width });
    for (const item of runs) {
      const [a, b, c, d, x, y] = item.transform;
      // Text at another angle than the page's (stamps, watermarks, margin notes) is not part of the reading order.
      if (orientation(a, b, c, d) !== turn) continue;
      const size = Math.hypot(a, b);
      const [ux, uy] = upright(x, y);
      items.push({ page: p, x: ux, y: uy, width: item.width, height: turn === "upright" ? item.height || d : size, size, text: item.str });
    }
    for (const segment of rulingSegments(pdfjs.OPS, await page.getOperatorList())) {
      const turned = turnedSegment(segment, upright);
      if (turned) rulings.push({ page: p, ...turned });
    }
    if (items.length + rulings.length > MAX_ITEMS) throw new JobRefusal("tooComplex");
    page.cleanup();
  }
  await doc.destroy();
  return { pages, items, rulings };
}

/** How a run of text lies on the page: upright, or turned a quarter either way (its baseline up or down the page). */
function orientation(a, b, c, d) {
  const flat = (v) => Math.abs(v) <= 0.01;
  if (flat(b) && flat(c) && a > 0 && d > 0) return "upright";
  if (flat(a) && flat(d) && b > 0 && c < 0) return "up";
  if (flat(a) && flat(d) && b < 0 && c > 0) return "down";
  return "other";
}

/** The way most of the page's text lies, by characters: a page mostly turned is read turned. */
function pageTurn(runs) {
  const chars = { upright: 0, up: 0, down: 0, other: 0 };
  for (const item of runs) {
    const [a, b, c, d] = item.transform;
    chars[orientation(a, b, c, d)] += item.str.length;
  }
  if (chars.up > chars.upright && chars.up >= chars.down) return "up";
  if (chars.down > chars.upright) return "down";
  return "upright";
}

/**
 * Where a point of the page lies once the page is turned so that its text reads upright: text running up
 * the page reads left to right after a quarter turn clockwise, text running down after one anticlockwise.
 */
function turnedUpright(turn, width, height) {
  if (turn === "up") return (x, y) => [y, width - x];
  if (turn === "down") return (x, y) => [height - y, x];
  return (x, y) => [x, y];
}

/** A ruling segment in the turned page: a horizontal one becomes vertical and the other way round. */
function turnedSegment({ x1, y1, x2, y2 }, upright) {
  const [ax, ay] = upright(x1, y1);
  const [bx, by] = upright(x2, y2);
  if (Math.abs(ay - by) < 0.5) return { x1: Math.min(ax, bx), y1: ay, x2: Math.max(ax, bx), y2: ay };
  if (Math.abs(ax - bx) < 0.5) return { x1: ax, y1: Math.min(ay, by), x2: ax, y2: Math.max(ay, by) };
  return null;
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
  /** A segment between two points of the page. */
  const onPage = (ax, ay, bx, by) => {
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 1) segments.push({ x1: Math.min(ax, bx), y1: ay, x2: Math.max(ax, bx), y2: ay });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 1) segments.push({ x1: ax, y1: Math.min(ay, by), x2: ax, y2: Math.max(ay, by) });
  };
  const push = (x1, y1, x2, y2) => onPage(...apply(ctm, x1, y1), ...apply(ctm, x2, y2));
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
        // Thin on the page, whichever way the drawing is turned (a table set sideways turns its borders).
        if (h < HAIRLINE && w > h) onPage(ax, (ay + by) / 2, bx, (ay + by) / 2);
        else if (w < HAIRLINE && h > w) onPage((ax + bx) / 2, ay, (ax + bx) / 2, by);
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
