import type { Io } from "./io.js";

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). Kept apart from chalk so --help and --version do not load it. */
export function colorEnabled(io: Pick<Io, "env" | "stdoutIsTTY">, flag?: boolean): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTTY && io.env.TERM !== "dumb";
}
