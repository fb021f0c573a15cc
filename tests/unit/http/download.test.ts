import { describe, expect, it } from "vitest";
import { contentDisposition, downloadResponse } from "@/lib/http/download";

/** What a browser reads back from filename*: the percent-decoded UTF-8 name. */
const decodedName = (header: string) => decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)![1]!);

describe("download names (Content-Disposition)", () => {
  it("percent-encodes ' ( ) * ! in filename*, which RFC 5987 does not allow bare", () => {
    const header = contentDisposition("it's (draft) v1!.pdf", "x.pdf");
    expect(header).toBe(`attachment; filename="x.pdf"; filename*=UTF-8''it%27s%20%28draft%29%20v1%21.pdf`);
    expect(header.split("filename*=UTF-8''")[1]).not.toMatch(/['()*!]/);
  });

  it("keeps a Chinese name exactly, with an ASCII fallback that keeps its extension", () => {
    const header = contentDisposition("现场照片（一）.jpg");
    expect(decodedName(header)).toBe("现场照片（一）.jpg");
    expect(header).toContain(`filename="download.jpg"`);
  });

  it("uses an ASCII name as its own fallback, and the caller's fallback when given", () => {
    expect(contentDisposition("report (final).pdf")).toContain(`filename="report (final).pdf"`);
    expect(contentDisposition("金凤区-工作台账.xlsx", "ledger.xlsx")).toContain(`filename="ledger.xlsx"`);
  });

  it("never lets a name carry a path, a quote or a line break", () => {
    const header = contentDisposition('../a"b\r\nc*.txt');
    expect(decodedName(header)).toBe(".._a_b_c_.txt");
    expect(header).toContain(`filename=".._a_b_c_.txt"`);
    expect(header).not.toMatch(/[\r\n]/);
  });

  it("a download response carries the header, its length and no sniffing", async () => {
    const response = downloadResponse(new Uint8Array([1, 2, 3]), { contentType: "application/pdf", fileName: "简报(1).pdf", fallbackName: "briefing.pdf" });
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="briefing.pdf"; filename*=UTF-8''${encodeURIComponent("简报")}%281%29.pdf`);
    expect(response.headers.get("content-length")).toBe("3");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });
});
