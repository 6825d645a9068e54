import { readErrorText, readSmallFile } from "../../util/read-small-file.js";
import { join, resolve } from "node:path";
import { CliError, EXIT } from "../../io/exit-codes.js";
import type { Io } from "../../io/io.js";
import { MESSAGES } from "../../i18n/messages.js";
import type { Lang } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import { formatDiagnosticLine } from "../../render/diagnostics-text.js";
import { homeFolder, userFolder } from "../../util/user-folder.js";

/** Where the region file comes from: --region, else $SIGNAALROUTE_REGION, else `region:` in the config file. */
export function regionPath(flag: string | undefined, io: Io): string | undefined {
  if (flag) return resolve(io.cwd, flag);
  if (io.env.SIGNAALROUTE_REGION) return resolve(io.cwd, io.env.SIGNAALROUTE_REGION);
  const config = configPath(io.env);
  if (!config) return undefined;
  const read = readSmallFile(config);
  if ("error" in read) {
    if (read.error === "missing") return undefined;
    throw new CliError(readErrorText(read.error, MESSAGES.fileConfig, config), EXIT.usage);
  }
  // A one-line format read without the YAML parser, so a consult stays fast: `region: PATH`.
  const line = read.text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.startsWith("region:"));
  const value = line && yamlLineValue(line.slice("region:".length));
  // `~/` is the home folder of this run's environment, as the config folder itself (util/user-folder.ts).
  const home = homeFolder(io.env);
  return value ? resolve(join(config, ".."), home ? value.replace(/^~(?=\/)/, home) : value) : undefined;
}

/** A one-line YAML value as YAML reads it: inside its quotes, or plain up to a comment (` #`). */
function yamlLineValue(raw: string): string {
  const v = raw.trim();
  const quote = v[0];
  if (quote === '"' || quote === "'") {
    const end = v.indexOf(quote, 1);
    return end > 0 ? v.slice(1, end) : v.slice(1);
  }
  const comment = v.search(/(^|\s)#/);
  return (comment < 0 ? v : v.slice(0, comment)).trim();
}

/** `config.yaml` in the user's config folder for signaalroute (util/user-folder.ts); none without a home folder. */
export function configPath(env: Io["env"], os: NodeJS.Platform = process.platform): string | undefined {
  const folder = userFolder("config", env, os);
  return folder ? join(folder, "config.yaml") : undefined;
}

/** The set with the region applied; the region's name for records and a warning when it is an example. */
export async function withRegion(
  set: TreeSet,
  path: string | undefined,
  lang: Lang,
  today?: string,
): Promise<{ set: TreeSet; name?: string; example?: boolean; stale?: string }> {
  if (!path) return { set };
  const { loadRegion, applyRegion, regionFreshness } = await import("../../load/region.js");
  const loaded = loadRegion(path);
  const applied = loaded.region
    ? applyRegion(set, loaded.region, path, loaded.locate)
    : { diagnostics: loaded.diagnostics };
  if (!loaded.region || !applied.set) {
    throw new CliError(
      MESSAGES.regionUnusable,
      EXIT.usage,
      applied.diagnostics.map((d) => formatDiagnosticLine(d, lang)),
    );
  }
  // With today's date: a region file checked longer ago than 12 months (or with an impossible date) is said, as validate says it.
  const fresh = today ? regionFreshness(loaded.region, path, { today, maxContactAgeMonths: 12 }) : [];
  const stale = fresh.length > 0 ? `${path}: ${fresh[0]!.message[lang]}` : undefined;
  return {
    set: applied.set,
    name: loaded.region.region[lang],
    example: loaded.region.example,
    ...(stale ? { stale } : {}),
  };
}
