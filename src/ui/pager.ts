import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Shows a text through a pager; false when it could not (the caller then prints it). */
export type Pager = (text: string) => boolean;

/** The default pager's flags: colour codes kept (-R), no pager when the text fits (-F), the text stays on screen after (-X). */
export const LESS_FLAGS = ["-R", "-F", "-X"] as const;

/**
 * The pager for a text taller than the terminal: `$PAGER` when set (run by
 * the shell, as git and man do), else `less -R -F -X` when it is on the PATH,
 * else none. Never with `CI` set. The caller decides that stdout is a terminal.
 */
export function systemPager(env: Readonly<Record<string, string | undefined>>): Pager | undefined {
  if (env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI !== "false") return undefined;
  const own = env.PAGER?.trim();
  if (own)
    return (text) =>
      ran(spawnSync(own, { shell: true, input: text, stdio: ["pipe", "inherit", "inherit"], env: { ...process.env } }));
  const less = onPath("less", env.PATH);
  if (!less) return undefined;
  return (text) =>
    ran(
      spawnSync(less, [...LESS_FLAGS], { input: text, stdio: ["pipe", "inherit", "inherit"], env: { ...process.env } }),
    );
}

function ran(r: ReturnType<typeof spawnSync>): boolean {
  return !r.error && r.status === 0;
}

function onPath(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? "").split(delimiter)) {
    if (!dir) continue;
    const full = join(dir, name);
    try {
      accessSync(full, constants.X_OK);
      return full;
    } catch {
      // not here
    }
  }
  return undefined;
}
