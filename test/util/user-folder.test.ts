import { describe, expect, it } from "vitest";
import { homeFolder, userFolder } from "../../src/util/user-folder.js";
import { cacheDir } from "../../src/cache/settings.js";
import { dataDir } from "../../src/consult/draft-store.js";
import { configPath } from "../../src/commands/support/region-option.js";

// The one resolver of the user's config, cache and data folders, per platform; the folders written out by hand.
const none = () => false;

describe("userFolder", () => {
  it("Linux: XDG when absolute, else ~/.config, ~/.cache, ~/.local/share", () => {
    const env = { HOME: "/home/a" };
    expect(userFolder("config", env, "linux", none)).toBe("/home/a/.config/signaalroute");
    expect(userFolder("cache", env, "linux", none)).toBe("/home/a/.cache/signaalroute");
    expect(userFolder("data", env, "linux", none)).toBe("/home/a/.local/share/signaalroute");
    const xdg = { ...env, XDG_CONFIG_HOME: "/x/config", XDG_CACHE_HOME: "/x/cache", XDG_DATA_HOME: "/x/data" };
    expect(userFolder("config", xdg, "linux", none)).toBe("/x/config/signaalroute");
    expect(userFolder("cache", xdg, "linux", none)).toBe("/x/cache/signaalroute");
    expect(userFolder("data", xdg, "linux", none)).toBe("/x/data/signaalroute");
    // A relative XDG variable is ignored (the XDG spec).
    expect(userFolder("data", { ...env, XDG_DATA_HOME: "rel" }, "linux", none)).toBe(
      "/home/a/.local/share/signaalroute",
    );
  });

  it("macOS: ~/Library/Preferences, Caches, Application Support; XDG when set", () => {
    const env = { HOME: "/Users/a" };
    expect(userFolder("config", env, "darwin", none)).toBe("/Users/a/Library/Preferences/signaalroute");
    expect(userFolder("cache", env, "darwin", none)).toBe("/Users/a/Library/Caches/signaalroute");
    expect(userFolder("data", env, "darwin", none)).toBe("/Users/a/Library/Application Support/signaalroute");
    expect(userFolder("cache", { ...env, XDG_CACHE_HOME: "/x/cache" }, "darwin", none)).toBe("/x/cache/signaalroute");
  });

  it("Windows: %APPDATA%\\signaalroute\\Config, %LOCALAPPDATA%\\signaalroute\\Cache and \\Data", () => {
    const env = { APPDATA: "C:\\Users\\a\\AppData\\Roaming", LOCALAPPDATA: "C:\\Users\\a\\AppData\\Local" };
    expect(userFolder("config", env, "win32", none)).toBe("C:\\Users\\a\\AppData\\Roaming\\signaalroute\\Config");
    expect(userFolder("cache", env, "win32", none)).toBe("C:\\Users\\a\\AppData\\Local\\signaalroute\\Cache");
    expect(userFolder("data", env, "win32", none)).toBe("C:\\Users\\a\\AppData\\Local\\signaalroute\\Data");
    // Without those variables, under %USERPROFILE%.
    expect(userFolder("data", { USERPROFILE: "C:\\Users\\a" }, "win32", none)).toBe(
      "C:\\Users\\a\\AppData\\Local\\signaalroute\\Data",
    );
  });

  it("macOS and Windows keep config and data where earlier versions kept them, while that folder exists; never the cache", () => {
    const mac = { HOME: "/Users/a" };
    const earlier = (p: string) => p === "/Users/a/.config/signaalroute" || p === "/Users/a/.local/share/signaalroute";
    expect(userFolder("config", mac, "darwin", earlier)).toBe("/Users/a/.config/signaalroute");
    expect(userFolder("data", mac, "darwin", earlier)).toBe("/Users/a/.local/share/signaalroute");
    expect(userFolder("cache", mac, "darwin", () => true)).toBe("/Users/a/Library/Caches/signaalroute");
    const win = { USERPROFILE: "C:\\Users\\a", LOCALAPPDATA: "C:\\Users\\a\\AppData\\Local" };
    expect(userFolder("data", win, "win32", (p) => p === "C:\\Users\\a\\.local\\share\\signaalroute")).toBe(
      "C:\\Users\\a\\.local\\share\\signaalroute",
    );
    // Linux asks nothing: its folders are the earlier ones.
    expect(userFolder("data", { HOME: "/home/a" }, "linux", () => true)).toBe("/home/a/.local/share/signaalroute");
  });

  it("never guesses a home folder: none in the environment (or a relative one) is no folder", () => {
    for (const os of ["linux", "darwin", "win32"] as const) {
      for (const kind of ["config", "cache", "data"] as const) {
        expect(userFolder(kind, {}, os, none)).toBeUndefined();
        expect(userFolder(kind, { HOME: "rel" }, os, none)).toBeUndefined();
      }
    }
  });

  it("homeFolder: $HOME, on Windows also %USERPROFILE%, only when absolute", () => {
    expect(homeFolder({ HOME: "/home/a" }, "linux")).toBe("/home/a");
    expect(homeFolder({ HOME: "rel", USERPROFILE: "/home/b" }, "linux")).toBeUndefined();
    expect(homeFolder({ USERPROFILE: "C:\\Users\\a" }, "win32")).toBe("C:\\Users\\a");
    expect(homeFolder({}, "darwin")).toBeUndefined();
  });

  it("is what the cache, the config file and the drafts use", () => {
    expect(cacheDir({ HOME: "/Users/a" }, "darwin")).toBe("/Users/a/Library/Caches/signaalroute");
    expect(configPath({ XDG_CONFIG_HOME: "/x/config" })).toBe("/x/config/signaalroute/config.yaml");
    expect(configPath({}, "linux")).toBeUndefined();
    expect(dataDir({ XDG_DATA_HOME: "/x/data" })).toBe("/x/data/signaalroute");
    expect(dataDir({ SIGNAALROUTE_DATA_DIR: "/y", XDG_DATA_HOME: "/x/data" })).toBe("/y");
  });
});
