import { Chalk, type ChalkInstance } from "chalk";

export function makeStyle(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
