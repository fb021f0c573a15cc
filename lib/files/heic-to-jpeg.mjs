// The HEIC job of parse-worker.mjs: libheif (compiled to wasm, via
// heic-decode) decodes the photo's first top-level image — an iPhone photo's
// primary one, rotated as the camera recorded — and jpeg-js encodes it. Both
// are plain JavaScript/wasm: nothing native to install. The size is read from
// the header before a pixel is decoded (HEIC_LIMITS in parse-jobs.ts says why).
import { JobRefusal } from "./job-refusal.mjs";

export async function loadHeicCodecs() {
  const [{ default: decode }, { default: jpeg }] = await Promise.all([import("heic-decode"), import("jpeg-js")]);
  return { decode, jpeg };
}

export async function heicToJpeg({ decode, jpeg }, bytes, { maxPixels, maxEdge, jpegQuality }) {
  const images = await decode.all({ buffer: bytes });
  try {
    const first = images[0];
    if (!first) throw new Error("no image in the file");
    if (first.width * first.height > maxPixels) throw new JobRefusal("tooManyPixels");
    const decoded = await first.decode();
    const image = fitWithin(decoded, maxEdge);
    const { data } = jpeg.encode({ data: image.data, width: image.width, height: image.height }, jpegQuality);
    // A copy of its own (a small Buffer may sit in Node's shared pool), so it can be transferred whole.
    return { jpeg: new Uint8Array(data), width: image.width, height: image.height };
  } finally {
    images.dispose();
  }
}

/** The RGBA image scaled down (area average) so its long side is at most maxEdge; as it is when it fits. */
function fitWithin(image, maxEdge) {
  const scale = maxEdge / Math.max(image.width, image.height);
  if (scale >= 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y / scale);
    const y1 = Math.min(image.height, Math.max(y0 + 1, Math.floor((y + 1) / scale)));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x / scale);
      const x1 = Math.min(image.width, Math.max(x0 + 1, Math.floor((x + 1) / scale)));
      averageInto(image, out, (y * width + x) * 4, x0, x1, y0, y1);
    }
  }
  return { width, height, data: out };
}

/** The mean of each channel over the source rectangle [x0, x1) × [y0, y1), written at `at`. */
function averageInto(image, out, at, x0, x1, y0, y1) {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let sy = y0; sy < y1; sy++) {
    for (let sx = x0, i = (sy * image.width + x0) * 4; sx < x1; sx++, i += 4) {
      r += image.data[i];
      g += image.data[i + 1];
      b += image.data[i + 2];
    }
  }
  const n = (x1 - x0) * (y1 - y0);
  out[at] = r / n;
  out[at + 1] = g / n;
  out[at + 2] = b / n;
  out[at + 3] = 255;
}
