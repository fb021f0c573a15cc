// An iPhone's HEIC photo becomes a JPEG every browser shows, in the isolated
// worker: the real pixels come through, a large photo is scaled down, one
// with too many pixels is refused from its header before anything is decoded,
// and a broken file is refused in Chinese instead of crashing anything.
import { describe, expect, it } from "vitest";
import { classifyEvidence, EVIDENCE_ACCEPT } from "@/lib/files/evidence-types";
import { parseIsolated } from "@/lib/files/isolated";
import { HEIC_MESSAGES } from "@/lib/files/messages";
import { HEIC_LIMITS, type HeicLimits } from "@/lib/files/parse-jobs";
import { HEIC_PHOTO, HEIC_QUADRANTS, HEIC_SIZE, jpegPhoto, quadrantColours } from "@/tests/support/evidence-files";

const convert = (bytes: Uint8Array, heic: Partial<HeicLimits> = {}) =>
  parseIsolated("heic-jpeg", bytes, { unreadable: HEIC_MESSAGES.unreadable, tooComplex: HEIC_MESSAGES.tooComplex, heic: { ...HEIC_LIMITS, ...heic } });

/** Each channel within `tolerance` of the expected colour (HEVC and JPEG are both lossy). */
function expectColours(actual: number[][], tolerance = 24) {
  actual.forEach((rgb, q) =>
    rgb.forEach((v, c) => expect(Math.abs(v - HEIC_QUADRANTS[q]![c]!), `quadrant ${q} channel ${c}: ${v}`).toBeLessThanOrEqual(tolerance)),
  );
}

describe("a HEIC photo", { timeout: 30_000 }, () => {
  it("is recognised by its bytes, and only under a HEIC name", () => {
    expect(classifyEvidence("IMG_0001.HEIC", HEIC_PHOTO)).toMatchObject({ ok: true, type: { contentType: "image/heic" } });
    expect(classifyEvidence("IMG_0001.heif", HEIC_PHOTO)).toMatchObject({ ok: true, type: { contentType: "image/heic" } });
    expect(classifyEvidence("IMG_0001.heic", jpegPhoto())).toEqual({ ok: false, message: "文件内容与扩展名不符：这不是有效的HEIC 照片" });
  });

  it("becomes a JPEG of the same size with the same picture", async () => {
    const { jpeg, width, height } = await convert(HEIC_PHOTO);
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect({ width, height }).toEqual(HEIC_SIZE);
    const decoded = quadrantColours(jpeg);
    expect({ width: decoded.width, height: decoded.height }).toEqual(HEIC_SIZE);
    expectColours(decoded.colours);
  });

  it("larger than the longest side allowed is scaled down, keeping its proportions and picture", async () => {
    const { jpeg, width, height } = await convert(HEIC_PHOTO, { maxEdge: 160 });
    expect({ width, height }).toEqual({ width: 160, height: 120 });
    expectColours(quadrantColours(jpeg).colours);
  });

  it("with more pixels than allowed is refused, in Chinese, saying why", async () => {
    await expect(convert(HEIC_PHOTO, { maxPixels: HEIC_SIZE.width * HEIC_SIZE.height - 1 })).rejects.toThrow(/^照片分辨率过高/);
  });

  it("that is broken is refused with what to do about it", async () => {
    const truncated = HEIC_PHOTO.slice(0, 300);
    await expect(convert(truncated)).rejects.toThrow(HEIC_MESSAGES.unreadable);
    const scrambled = HEIC_PHOTO.slice();
    for (let i = 40; i < scrambled.length; i += 3) scrambled[i] = (scrambled[i]! * 7 + 13) & 0xff;
    await expect(convert(scrambled)).rejects.toThrow(/HEIC 照片/);
  });
});

describe("the evidence file picker", () => {
  it("asks for image/* (a phone then offers its camera), PDF and the Office types, and still lists the extensions", () => {
    const accept = EVIDENCE_ACCEPT.split(",");
    expect(accept[0]).toBe("image/*");
    expect(accept).toEqual(
      expect.arrayContaining([
        "application/pdf",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".heic",
        ".jpg",
        ".pdf",
        ".docx",
      ]),
    );
    expect(accept.filter((a) => a.startsWith("image/"))).toEqual(["image/*"]);
  });
});
