// xoshiro128** (2^128 period), seeded per stream from a seed and a stable key:
// the benchmark province draws hundreds of thousands of values from one
// district's stream, more than a 32-bit state should be asked for.
import { fnv1a, joinKey, Rng } from "./rng";

/** splitmix32: expands one 32-bit value into well-mixed state words. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

export class Xoshiro128 extends Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, ...key: (string | number)[]) {
    super();
    const mix = splitmix32((seed >>> 0) ^ fnv1a(joinKey(key)));
    // A second, differently keyed word so streams whose first hashes collide still differ.
    const mix2 = splitmix32(fnv1a(`${seed}\u001e${joinKey(key)}`) ^ 0x5bd1e995);
    this.a = mix() ^ mix2();
    this.b = mix() ^ mix2();
    this.c = mix() ^ mix2();
    this.d = mix() ^ mix2();
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1;
  }

  u32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }
}
