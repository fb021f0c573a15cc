// Every sentence `npm run backup` / `npm run restore` shows, in one place.
export const BACKUP_MESSAGES = {
  noEmbeddedDatabase: (dir: string) => `${dir} 中没有 EduPlan 数据库：请先运行 npm start，或用 DATABASE_URL 指定要备份的数据库。`,
  noSecrets: (file: string) => `找不到 ${file}：无法登录嵌入式数据库。`,
  notEduPlan: "目标不是 EduPlan 数据库（没有 _prisma_migrations 表）。",
  needsBypassRls: (role: string) =>
    `数据库角色 ${role} 受行级安全约束，读不到全部租户的数据。请用超级用户或具有 BYPASSRLS 属性的角色作为 DATABASE_URL 再运行。`,
  outExists: (file: string) => `文件 ${file} 已存在，不会覆盖：请换一个 --out 路径。`,
  missingUpload: (key: string) => `警告：附件文件 ${key} 在存储中不存在（数据库里有记录），备份中缺少该文件。`,
  archiveMissing: (file: string) => `找不到备份文件 ${file}。未做任何更改。`,
  notAnArchive: (file: string, reason: string) => `${file} 不是有效的 EduPlan 备份文件（${reason}）。`,
  archiveDamaged: (entry: string) => `备份文件已损坏：${entry} 的内容与清单不符。未做任何更改。`,
  newerMigrations: (names: string[]) => `备份来自更新版本的 EduPlan（本版本不认识迁移 ${names.join(", ")}），请先升级 EduPlan 再恢复。未做任何更改。`,
  divergedMigrations: "备份的数据库迁移记录与本版本不一致，无法恢复。未做任何更改。",
  dataDirNotEmpty: (dir: string) => `恢复只能写入空的数据目录：${dir} 中已有数据库。请设置 EDUPLAN_DATA_DIR 指向一个新目录，或先移走现有数据。未做任何更改。`,
  uploadDirNotEmpty: (dir: string) => `恢复只能写入空的附件目录：${dir} 中已有文件。请设置 EDUPLAN_UPLOAD_DIR 指向一个新目录。未做任何更改。`,
  databaseNotEmpty: (name: string, tables: string[]) =>
    `恢复只能写入空数据库：${name} 中已有 ${tables.length} 张表（如 ${tables.slice(0, 3).join("、")}）。请新建一个空数据库再恢复。未做任何更改。`,
  databaseMissing: (name: string) => `数据库 ${name} 不存在：请先创建一个空数据库（CREATE DATABASE ${name}）。未做任何更改。`,
  rowCountMismatch: (table: string, expected: number, actual: number) => `恢复 ${table} 时行数不符（备份 ${expected} 行，写入 ${actual} 行），已回滚。`,
  partialExternal: (name: string) => `数据库 ${name} 可能已写入部分表结构：请删除并重建该数据库后再恢复。`,
} as const;
