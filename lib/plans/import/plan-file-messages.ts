// What a user reads when a plan file is refused for its type or its bytes, in
// one place for the upload form, the server action, the readers and the
// commands. Each refusal says what to do next, in the words of the program
// the user has open (Word, WPS, Excel: 另存为).
import type { DocumentFormat } from "@/lib/plans/parser/blocks";

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  docx: "Word 文档",
  xlsx: "Excel 工作簿",
  pdf: "PDF 文档",
  txt: "纯文本文件",
};

const list = (formats: readonly DocumentFormat[]) => formats.map((f) => `.${f}`).join("、");

export const PLAN_FILE_MESSAGES = {
  formats: (formats: readonly DocumentFormat[]) => `规划文件（${list(formats)}）`,
  unknown: (ext: string, formats: readonly DocumentFormat[]) =>
    `不支持${ext ? `“${ext}”格式的` : "没有扩展名的"}文件：规划文件请上传 ${list(formats)} 格式，其他格式请先在 Word、WPS 或 Excel 中“另存为”其中一种`,
  /** Formats a bureau really sends, each with the way to turn it into one that is read. */
  legacy: {
    ".doc": "不支持旧版 Word 文档（.doc）：请在 Word 或 WPS 中打开，“另存为” .docx 格式后上传",
    ".wps": "不支持 WPS 文字文档（.wps）：请在 WPS 中打开，“另存为” .docx 格式后上传",
    ".rtf": "不支持 RTF 文档（.rtf）：请在 Word 或 WPS 中打开，“另存为” .docx 格式后上传",
    ".xls": "不支持旧版 Excel 工作簿（.xls）：请在 Excel 或 WPS 中打开，“另存为” .xlsx 格式后上传",
    ".et": "不支持 WPS 表格文件（.et）：请在 WPS 中打开，“另存为” .xlsx 格式后上传",
    ".ofd": "不支持 OFD 版式文件（.ofd）：请向发文单位索取 Word 版本（.docx），或在 OFD 阅读器中转存为其他格式后上传",
  } as Record<string, string>,
  notThisFormat: (format: DocumentFormat) => `该文件不是有效的 .${format} ${format === "docx" ? "文档" : "工作簿"}`,
  mislabelled: (format: DocumentFormat, actual: DocumentFormat) =>
    `该文件的扩展名是 .${format}，内容却是${FORMAT_NAMES[actual]}：请确认选择的文件，或将扩展名改为 .${actual} 后重新上传`,
  /** An OLE2 file: a pre-2007 Office file renamed, or an Office file with an open password (stored the same way). */
  legacyOrEncrypted: (format: DocumentFormat) =>
    `该文件不是 .${format} 格式：它可能设置了打开密码，或是改了扩展名的旧版 .doc、.xls、.wps 文件。请取消密码，或在 Word、WPS、Excel 中“另存为” .${format} 后上传`,
  notText: "该文件不是纯文本文件（.txt）：请直接上传原来的 Word 或 Excel 文件，或将内容另存为 .txt 后上传",
  unreadable: (format: DocumentFormat) => `无法读取该 .${format} ${format === "docx" ? "文档" : "工作簿"}，请确认文件未损坏`,
  hiddenSheet: (name: string) => `已跳过隐藏的工作表“${name}”：如需导入其中的内容，请在 Excel 中取消隐藏后重新上传`,
  hiddenRowsCols: (name: string, rows: number, cols: number) =>
    `已跳过工作表“${name}”中隐藏的 ${[cols ? `${cols} 列` : "", rows ? `${rows} 行` : ""].filter(Boolean).join("和 ")}：如需导入其中的内容，请在 Excel 中取消隐藏后重新上传`,
} as const;
