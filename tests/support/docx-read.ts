// Reads a generated Word file back for assertions: word/document.xml's
// paragraphs (outside tables) and tables as rows of cell texts, with the fonts
// its runs name. Enough for the files this app writes (no nested tables).
import JSZip from "jszip";

export interface DocxContent {
  xml: string;
  paragraphs: string[];
  tables: string[][][];
  fonts: Set<string>;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join("");
const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>[\\s\\S]*?</${tag}>`, "g"))].map((m) => m[0]);

export async function readDocx(file: ArrayBuffer | Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file("word/document.xml")!.async("string");
  const tables = all(xml, "w:tbl").map((t) => all(t, "w:tr").map((r) => all(r, "w:tc").map(textOf)));
  const paragraphs = all(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ""), "w:p").map(textOf);
  const fonts = new Set([...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]!));
  return { xml, paragraphs, tables, fonts };
}
