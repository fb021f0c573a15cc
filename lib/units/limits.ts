// Bounds of the school register's upload, shared by the schema and the import.
export const MAX_SCHOOL_FILE_BYTES = 5 * 1024 * 1024;
