// Shared by server validation and client forms, so it must not import the hasher.
export const MIN_PASSWORD_LENGTH = 8;
