import { userFolder } from "../util/user-folder.js";

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
 * The cache folder: the user's cache folder for signaalroute (util/user-folder.ts): `$XDG_CACHE_HOME/signaalroute`,
 * else `~/.cache/signaalroute` (Linux), `~/Library/Caches/signaalroute` (macOS), `%LOCALAPPDATA%\signaalroute\Cache`
 * (Windows). Without a home folder in the environment there is no cache: a run with an empty environment (as the
 * tests' in-process runs have) never writes into a real user's cache.
 */
export function cacheDir(env: Env, os: NodeJS.Platform = process.platform): string | undefined {
  return userFolder("cache", env, os);
}
