import { posix, win32 } from "node:path";

/**
 * Where the cache of checked tree sets lives for this run, or nothing when it
 * is off. Set once per run by the CLI (src/cli.ts, from the global option
 * `--no-cache` and the environment), read by the loaders. Kept apart from the
 * cache itself so the CLI's own start-up loads no file-system code for it.
 */
let current: string | undefined;

export type Env = Readonly<Record<string, string | undefined>>;

/** Turns the cache on for this run (in `cacheDir(env)`), or off: `--no-cache`, `SIGNAALROUTE_NO_CACHE=1`, or no cache folder. */
export function configureTreeCache(env: Env, enabled: boolean): void {
  const off =
    env.SIGNAALROUTE_NO_CACHE !== undefined && env.SIGNAALROUTE_NO_CACHE !== "" && env.SIGNAALROUTE_NO_CACHE !== "0";
  current = enabled && !off ? cacheDir(env) : undefined;
}

/** Off again (the end of a run: a test that calls a command directly never uses a cache it did not ask for). */
export function resetTreeCache(): void {
  current = undefined;
}

/** The cache folder of this run, or undefined when the cache is off. */
export function treeCacheDir(): string | undefined {
  return current;
}

/**
 * `$XDG_CACHE_HOME/signaalroute` (an absolute path, as the XDG spec asks), else the platform's
 * cache folder: `~/Library/Caches/signaalroute` on macOS, `%LOCALAPPDATA%\signaalroute\Cache` on
 * Windows, `~/.cache/signaalroute` elsewhere. Without `$HOME` (or `%LOCALAPPDATA%`) there is no
 * cache: the home folder is never guessed from the password database, so a run with an empty
 * environment (as the tests' in-process runs have) never writes into a real user's cache.
 */
export function cacheDir(env: Env, os: NodeJS.Platform = process.platform): string | undefined {
  const { isAbsolute, join } = os === "win32" ? win32 : posix;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "signaalroute");
  if (os === "win32")
    return env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA)
      ? join(env.LOCALAPPDATA, "signaalroute", "Cache")
      : undefined;
  const home = env.HOME;
  if (!home || !isAbsolute(home)) return undefined;
  return os === "darwin" ? join(home, "Library", "Caches", "signaalroute") : join(home, ".cache", "signaalroute");
}
