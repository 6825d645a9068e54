import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** The installed package's folder (holds trees/ and schemas/), from source or from dist/. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "trees"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("signaalroute: cannot find its package folder");
    dir = up;
  }
  cached = dir;
  return dir;
}

export function bundledTreesDir(): string {
  return join(packageRoot(), "trees");
}
