// Deterministic randomness for generated data (the demo's activity, the
// benchmark province): never Math.random, so a fixed seed gives the same rows
// on every machine. The drawing methods live here once; the generators that
// feed them are in ./mulberry32.ts and ./xoshiro128.ts.

/** FNV-1a over UTF-16 code units: turns a stable key (tenant code, plan title, …) into a 32-bit seed. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A short stable hex digest (not cryptographic), e.g. for submit keys. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0");
}

/** Joins a stream's key parts with a separator no name contains. */
export const joinKey = (key: readonly (string | number)[]) => key.join("\u001f");

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex32 = (n: number) => HEX[n >>> 24]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;
const hex16 = (n: number) => HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

export abstract class Rng {
  /** A uniformly distributed unsigned 32-bit integer. */
  abstract u32(): number;

  /** [0, 1) */
  float(): number {
    return this.u32() / 4294967296;
  }

  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.float();
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** A random (version 4, RFC 4122 variant) uuid drawn from this stream: 122 random bits. */
  uuid(): string {
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    const d = this.u32();
    return `${hex32(a)}-${hex16(b >>> 16)}-${hex16((b & 0x0fff) | 0x4000)}-${hex16(((c >>> 16) & 0x3fff) | 0x8000)}-${hex16(c)}${hex32(d)}`;
  }
}
