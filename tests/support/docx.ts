// Word (.docx) packages for tests, built with jszip (no binary is committed):
// the parts Word needs to open a file, a body given as blocks or as raw
// WordprocessingML, and optionally the parts a real file carries beside its
// body (numbering, styles, a running header and a footer with the page number).
// Word splits a paragraph's text into runs wherever formatting changes (and
// often elsewhere); paragraphs may be given as several runs to reproduce that.
import JSZip from "jszip";
import type { PlanDocument, TableBlock, TableCell } from "@/lib/plans/parser/blocks";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A run of text as Word writes it: a tab as <w:tab/>, a line break inside the paragraph as <w:br/>. */
export function run(text: string, properties = ""): string {
  const pieces = text.split(/(\t|\n)/).filter((p) => p !== "");
  const content = pieces.map((p) => (p === "\t" ? "<w:tab/>" : p === "\n" ? "<w:br/>" : `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`)).join("");
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}${content}</w:r>`;
}

/** One paragraph; several strings are several runs. */
export function paragraph(runs: string | string[], properties = ""): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}${(Array.isArray(runs) ? runs : [runs]).map((r) => run(r)).join("")}</w:p>`;
}

export interface DocxParts {
  /** word/numbering.xml content inside <w:numbering>. */
  numbering?: string;
  /** word/styles.xml content inside <w:styles>. */
  styles?: string;
  /** Text of a running header (word/header1.xml), e.g. 学前室. */
  header?: string;
  /** A footer (word/footer1.xml) with "第 PAGE 页" as a field, as official documents number their pages. */
  pageNumbers?: boolean;
  /** Store the main part under this name (Word 365 sometimes writes word/document2.xml). */
  documentPart?: string;
}

/** A .docx whose body is `bodyXml` (WordprocessingML inside <w:body>). */
export async function docxFromXml(bodyXml: string, parts: DocxParts = {}): Promise<Uint8Array> {
  const documentPart = parts.documentPart ?? "word/document.xml";
  const documentName = documentPart.replace(/^word\//, "");
  const related: { id: string; type: string; target: string; contentType: string; xml: string }[] = [];
  if (parts.styles !== undefined)
    related.push({ id: "rIdStyles", type: "styles", target: "styles.xml", contentType: "styles", xml: `<w:styles xmlns:w="${W}">${parts.styles}</w:styles>` });
  if (parts.numbering !== undefined)
    related.push({
      id: "rIdNumbering",
      type: "numbering",
      target: "numbering.xml",
      contentType: "numbering",
      xml: `<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`,
    });
  if (parts.header !== undefined)
    related.push({
      id: "rIdHeader",
      type: "header",
      target: "header1.xml",
      contentType: "header",
      xml: `<w:hdr xmlns:w="${W}">${paragraph(parts.header)}</w:hdr>`,
    });
  if (parts.pageNumbers) {
    const page = `<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>`;
    related.push({ id: "rIdFooter", type: "footer", target: "footer1.xml", contentType: "footer", xml: `<w:ftr xmlns:w="${W}">${page}</w:ftr>` });
  }
  const sectPr =
    parts.header !== undefined || parts.pageNumbers
      ? `<w:sectPr>${parts.header !== undefined ? `<w:headerReference w:type="default" r:id="rIdHeader"/>` : ""}${parts.pageNumbers ? `<w:footerReference w:type="default" r:id="rIdFooter"/>` : ""}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`
      : "";

  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/${documentPart}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
${related.map((p) => `<Override PartName="/word/${p.target}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${p.contentType}+xml"/>`).join("\n")}
</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="${documentPart}"/>
</Relationships>`,
  );
  if (related.length > 0) {
    zip.file(
      `word/_rels/${documentName}.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
${related.map((p) => `<Relationship Id="${p.id}" Type="${REL_TYPE}/${p.type}" Target="${p.target}"/>`).join("\n")}
</Relationships>`,
    );
    for (const p of related) zip.file(`word/${p.target}`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${p.xml}`);
  }
  zip.file(
    documentPart,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}${sectPr}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

export async function docxFromParagraphs(paragraphs: (string | string[])[]): Promise<Uint8Array> {
  return docxFromXml(paragraphs.map((p) => paragraph(p)).join(""));
}

export interface DocumentOptions extends Omit<DocxParts, "numbering" | "styles"> {
  /** Split each paragraph's and cell line's text into runs of at most this many characters (mid-word, as Word does). */
  runLength?: number;
}

/** Text as runs of at most `length` characters (never inside a surrogate pair); line breaks stay in their run. */
function runsOf(text: string, length?: number): string {
  if (!length) return run(text);
  const chars = [...text];
  const runs: string[] = [];
  for (let i = 0; i < chars.length; i += length) runs.push(run(chars.slice(i, i + length).join("")));
  return runs.join("");
}

/**
 * A PlanDocument as Word writes it: paragraphs, and each table as a real Word
 * table — positions merged "left" folded into the cell's w:gridSpan, "above"
 * as w:vMerge continue (the cell it continues marked restart, and empty as
 * Word leaves it), header rows as w:tblHeader, a cell's lines as paragraphs,
 * a short row closed with w:gridAfter.
 */
export async function docxFromDocument(doc: PlanDocument, options: DocumentOptions = {}): Promise<Uint8Array> {
  const body = doc.blocks
    .map((block) => (block.kind === "paragraph" ? `<w:p>${runsOf(block.text, options.runLength)}</w:p>` : wordTable(block, options.runLength)))
    .join("");
  return docxFromXml(body, options);
}

function wordTable(table: TableBlock, runLength?: number): string {
  const columns = Math.max(1, ...table.rows.map((r) => r.cells.length));
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${Math.floor(9000 / columns)}"/>`.repeat(columns)}</w:tblGrid>`;
  const rows = table.rows.map((row, r) => {
    const below = table.rows[r + 1]?.cells ?? [];
    const cells: string[] = [];
    const at = (i: number): TableCell | undefined => row.cells[i];
    for (let i = 0; i < row.cells.length;) {
      const cell = at(i)!;
      let span = 1;
      while (at(i + span)?.merged === "left") span++;
      const continues = cell.merged === "above";
      const restarts = !continues && below[i]?.merged === "above";
      const properties = [span > 1 ? `<w:gridSpan w:val="${span}"/>` : "", continues ? "<w:vMerge/>" : restarts ? `<w:vMerge w:val="restart"/>` : ""].join("");
      const lines = continues ? [""] : cell.text.split("\n");
      const paragraphs = lines.map((line) => `<w:p>${line ? runsOf(line, runLength) : ""}</w:p>`).join("");
      cells.push(`<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${properties}</w:tcPr>${paragraphs}</w:tc>`);
      i += span;
    }
    const after = columns - row.cells.length;
    const trPr = [row.header ? "<w:tblHeader/>" : "", after > 0 ? `<w:gridAfter w:val="${after}"/>` : ""].join("");
    return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.join("")}</w:tbl>`;
}
