// How `npm start` names things inside its embedded server (lib/db/embedded.ts
// logs in as `postgres`; lib/db/runtime.ts creates the database `eduplan`).
export const EMBEDDED_DATABASE = "eduplan";
const EMBEDDED_SUPERUSER = "postgres";

export function embeddedUrl(port: number, password: string, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
