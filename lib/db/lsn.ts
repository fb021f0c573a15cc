// PostgreSQL WAL positions ("16/B374D848": two hex halves of a 64-bit number)
// compared in JS, so a routing decision needs no query.

const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

export function isLsn(value: unknown): value is string {
  return typeof value === "string" && LSN.test(value);
}

export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split("/");
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}
