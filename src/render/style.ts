import { Chalk, type ChalkInstance } from "chalk";

export { colorEnabled } from "../cli/color.js";

export function makeStyle(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
