// The formats a plan document may be uploaded in, in one place: the upload
// form (a client component: this file imports nothing), the preview action's
// schema and the reader's refusal all say the same.
export const PLAN_FILE_EXTENSIONS = [".txt", ".docx", ".pdf"] as const;

/** For the file input's accept attribute. */
export const PLAN_FILE_ACCEPT = PLAN_FILE_EXTENSIONS.join(",");

/** ".txt、.docx 或 .pdf", as the form's label and the refusal name them. */
export const PLAN_FILE_NAMES = `${PLAN_FILE_EXTENSIONS.slice(0, -1).join("、")} 或 ${PLAN_FILE_EXTENSIONS[PLAN_FILE_EXTENSIONS.length - 1]}`;

export const UNSUPPORTED_PLAN_FILE = `只支持 ${PLAN_FILE_NAMES} 格式的规划文件`;

export const isPlanFileName = (name: string) => PLAN_FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
