// What a user reads when an uploaded file is refused for its shape rather
// than its content: the archive gate (archive-limits.ts) and the isolated
// parse (isolated.ts). Readers keep their own "not a .docx / .xlsx" wording.
const REFUSED = "可能已损坏或被构造，已拒绝";

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

export const UNTRUSTED_FILE_MESSAGES = {
  tooManyEntries: (max: number) => `文件包含的条目过多（超过 ${max} 个），${REFUSED}`,
  entryTooLarge: (maxBytes: number) => `文件解压后过大（其中一个部分超过 ${mb(maxBytes)} MB），${REFUSED}`,
  tooLarge: (maxBytes: number) => `文件解压后过大（超过 ${mb(maxBytes)} MB），${REFUSED}`,
  ratio: (max: number) => `文件压缩比异常（超过 ${max} 倍），${REFUSED}`,
  inconsistent: `文件的目录与实际内容不符，${REFUSED}`,
  tooComplex: "文件过于复杂或已损坏，解析失败",
  passwordProtected: "该文件设有打开密码，无法读取，请取消密码后重新上传",
  busy: "服务器正在解析其他文件，请稍后重试",
  tooManyCells: (max: number) => `表格内容过多（超过 ${max} 个单元格），请删除无关的工作表或分批导入`,
  tooMuchText: (max: number) => `文档内容过多（超过 ${max / 10_000} 万字），请删除无关内容或拆分后导入`,
} as const;

/** A HEIC photo that could not become a JPEG: what a reporter can do about it. */
export const HEIC_MESSAGES = {
  unreadable: "无法读取该 HEIC 照片：文件可能已损坏。请重新导出，或在手机“设置 › 相机 › 格式”中选择“兼容性最佳”后重新拍摄上传",
  tooComplex: "HEIC 照片转换失败（文件过大或已损坏）。请在手机“设置 › 相机 › 格式”中选择“兼容性最佳”，或截图后上传 JPEG",
  tooManyPixels: (maxPixels: number) => `照片分辨率过高（超过 ${Math.round(maxPixels / 1_000_000)} 百万像素），请缩小后或截图后上传`,
} as const;
