// The members template's columns, shared by the template, the export and the
// importer (which finds its columns by these headers): renaming one here is a
// format change for every template already handed out.

export const MEMBERS_SHEET = "账号";

export const MEMBER_COLUMNS = {
  username: "用户名",
  displayName: "姓名",
  role: "角色",
  unit: "所属单位",
  phone: "手机号",
  email: "邮箱",
  leaders: "对应责任领导",
} as const;

export type MemberColumn = keyof typeof MEMBER_COLUMNS;

export const MEMBER_COLUMN_ORDER = Object.keys(MEMBER_COLUMNS) as MemberColumn[];

/** Without these a sheet is not the template: the file is refused and nothing is written. */
export const REQUIRED_MEMBER_COLUMNS: readonly MemberColumn[] = ["username", "displayName", "role"];

/** Bounds one run: each new account costs a password hash (~16 ms of a core) inside one transaction. */
export const MAX_MEMBER_ROWS = 500;
export const MAX_MEMBER_FILE_BYTES = 2 * 1024 * 1024;

/** The words of the import's answers, once. */
export const IMPORT_MESSAGES = {
  notXlsx: "文件不是 Excel 工作簿（.xlsx）：请下载账号导入模板填写后上传",
  unreadable: "无法读取该文件：请上传 Excel 工作簿（.xlsx）",
  noHeader: `未找到表头：请使用账号导入模板，并保留“${MEMBER_COLUMNS.username}”“${MEMBER_COLUMNS.displayName}”“${MEMBER_COLUMNS.role}”等表头`,
  missingColumn: (header: string) => `表头缺少“${header}”列：请使用账号导入模板`,
  tooManyRows: `行数过多：一次最多导入 ${MAX_MEMBER_ROWS} 个账号`,
  noRows: "模板中没有填写任何账号",
  chooseFile: "请选择要导入的 .xlsx 文件",
  tooLarge: `文件过大：不能超过 ${MAX_MEMBER_FILE_BYTES / 1024 / 1024} MB`,
} as const;
