export class JobRefusal extends Error {
  constructor(reason: string);
  reason: string;
}
