// crypto.randomUUID exists only in secure contexts; an intranet deployment
// opened over plain http in WeChat's browser still has getRandomValues.
export function newSubmitKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
