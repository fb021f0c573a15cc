// One-time passwords for a new account or a reset: read aloud or typed from a
// printout, so no look-alike characters (0/O, 1/l/I). 12 characters from 55
// give ~69 bits, far beyond online guessing under the sign-in throttle.
import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const LENGTH = 12;

export function generateOneTimePassword(): string {
  let out = "";
  for (let i = 0; i < LENGTH; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
