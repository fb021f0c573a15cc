// mulberry32: one 32-bit word of state. Enough for the demo's short streams
// (one per task, slot or indicator, a few dozen draws each), and the demo's
// fixed-seed content depends on it, so it stays.
import { fnv1a, joinKey, Rng } from "./rng";

export class Mulberry32 extends Rng {
  private a: number;

  constructor(seed: number) {
    super();
    this.a = seed >>> 0;
  }

  u32(): number {
    this.a = (this.a + 0x6d2b79f5) | 0;
    let t = Math.imul(this.a ^ (this.a >>> 15), 1 | this.a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  }
}

/** The stream for a stable key under `seed`. */
export function mulberry32Stream(seed: number, ...key: (string | number)[]): Rng {
  return new Mulberry32(seed ^ fnv1a(joinKey(key)));
}
