// Evidence files as a phone or a scanner produces them, for the upload tests:
// a real HEIC photo (tests/fixtures/evidence, how it was made is noted there),
// a real JPEG and a minimal PDF.
import { readFileSync } from "node:fs";
import path from "node:path";
import jpeg from "jpeg-js";

export const HEIC_PHOTO = new Uint8Array(readFileSync(path.join(import.meta.dirname, "../fixtures/evidence/photo.heic")));
export const HEIC_SIZE = { width: 320, height: 240 };

/** The fixture's quadrants, in the order top left, top right, bottom left, bottom right. */
export const HEIC_QUADRANTS = [
  [220, 40, 40],
  [40, 180, 60],
  [40, 70, 210],
  [245, 245, 245],
] as const;

/** A JPEG of one colour: what a phone camera hands over. */
export function jpegPhoto(width = 64, height = 48, rgb: readonly [number, number, number] = [30, 120, 200]): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < data.length; i += 4) [data[i], data[i + 1], data[i + 2], data[i + 3]] = [...rgb, 255];
  return new Uint8Array(jpeg.encode({ data, width, height }, 90).data);
}

export const PDF_DOC = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

/** The colour at the centre of each quadrant of a decoded JPEG, for comparing with HEIC_QUADRANTS. */
export function quadrantColours(bytes: Uint8Array): { width: number; height: number; colours: number[][] } {
  const image = jpeg.decode(bytes, { useTArray: true });
  const at = (x: number, y: number) => {
    const i = (Math.floor(y) * image.width + Math.floor(x)) * 4;
    return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
  };
  const [w, h] = [image.width, image.height];
  return { width: w, height: h, colours: [at(w / 4, h / 4), at((3 * w) / 4, h / 4), at(w / 4, (3 * h) / 4), at((3 * w) / 4, (3 * h) / 4)] };
}
