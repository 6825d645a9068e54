import { existsSync } from "node:fs";
import { posix, win32 } from "node:path";

/**
 * The user's own folder for signaalroute's config, cache or data: the one resolver (the tree cache,
 * the config file with `region:`, the drafts), with one policy.
 *
 * - An absolute `$XDG_CONFIG_HOME`, `$XDG_CACHE_HOME` or `$XDG_DATA_HOME` wins, on every platform (a
 *   relative one is ignored, as the XDG spec asks): `<it>/signaalroute`.
 * - Otherwise the platform's folder, laid out as the env-paths library lays them out:
 *   Linux and others `~/.config`, `~/.cache`, `~/.local/share` + `/signaalroute`;
 *   macOS `~/Library/Preferences`, `~/Library/Caches`, `~/Library/Application Support` + `/signaalroute`;
 *   Windows `%APPDATA%\signaalroute\Config`, `%LOCALAPPDATA%\signaalroute\Cache`, `%LOCALAPPDATA%\signaalroute\Data`.
 * - On macOS and Windows, config and data where earlier versions kept them on every platform
 *   (`~/.config/signaalroute`, `~/.local/share/signaalroute`) are used while that folder exists, so a
 *   config file or drafts made before stay found.
 * - The home folder comes from the environment only (`$HOME`; on Windows `%APPDATA%`/`%LOCALAPPDATA%`, and
 *   `%HOME%` or `%USERPROFILE%`), never from the password database: without it there is no folder (undefined),
 *   and the caller says what that means.
 *
 * Not env-paths itself: it reads process.env, process.platform and os.homedir() (which falls back to the
 * password database) with no way to pass an environment or a platform, so neither a command's Io nor a
 * test could choose them, and its Linux folders end in "-nodejs" unless told otherwise.
 */
export type UserFolderKind = "config" | "cache" | "data";

type Env = Readonly<Record<string, string | undefined>>;

const NAME = "signaalroute";
const XDG = { config: "XDG_CONFIG_HOME", cache: "XDG_CACHE_HOME", data: "XDG_DATA_HOME" } as const;
const UNIX = { config: [".config"], cache: [".cache"], data: [".local", "share"] } as const;
const MAC = {
  config: ["Library", "Preferences"],
  cache: ["Library", "Caches"],
  data: ["Library", "Application Support"],
} as const;
const WINDOWS = {
  config: ["APPDATA", "Config"],
  cache: ["LOCALAPPDATA", "Cache"],
  data: ["LOCALAPPDATA", "Data"],
} as const;

export function userFolder(
  kind: UserFolderKind,
  env: Env,
  os: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const { isAbsolute, join } = os === "win32" ? win32 : posix;
  const absolute = (p: string | undefined) => (p && isAbsolute(p) ? p : undefined);
  const xdg = absolute(env[XDG[kind]]);
  if (xdg) return join(xdg, NAME);
  const home = homeFolder(env, os);
  // Where earlier versions kept config and data on every platform: still used while it exists.
  const earlier = home && kind !== "cache" && os !== "linux" ? join(home, ...UNIX[kind], NAME) : undefined;
  if (earlier && exists(earlier)) return earlier;
  if (os === "win32") {
    const [variable, sub] = WINDOWS[kind];
    const base =
      absolute(env[variable]) ??
      (home ? join(home, "AppData", variable === "APPDATA" ? "Roaming" : "Local") : undefined);
    return base ? join(base, NAME, sub) : undefined;
  }
  if (!home) return undefined;
  return join(home, ...(os === "darwin" ? MAC[kind] : UNIX[kind]), NAME);
}

/** The home folder from the environment only (`$HOME`; on Windows also `%USERPROFILE%`), when absolute; else undefined. */
export function homeFolder(env: Env, os: NodeJS.Platform = process.platform): string | undefined {
  const { isAbsolute } = os === "win32" ? win32 : posix;
  const absolute = (p: string | undefined) => (p && isAbsolute(p) ? p : undefined);
  return absolute(env.HOME) ?? (os === "win32" ? absolute(env.USERPROFILE) : undefined);
}
