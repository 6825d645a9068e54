import { rmSync } from "node:fs";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { listDrafts, lockDraft, type DraftEntry } from "../consult/draft-store.js";
import { m, mf, mt as mfText } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { makeStyle } from "../render/style.js";
import { wrapText } from "../render/wrap.js";
import { PromptStopped, type Prompter } from "../ui/prompter.js";
import { exitOnSignals, sayNow } from "../ui/terminal-restore.js";
import { draftLine } from "../consult/draft-line.js";

export interface DraftsOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly json?: boolean;
  /** `--purge` (all) or `--purge ID`. */
  readonly purge?: boolean | string;
  readonly yes?: boolean;
}

export interface DraftsDeps {
  readonly io: Io;
  readonly prompter?: () => Promise<Prompter>;
}

/**
 * `signaalroute drafts`: the interrupted consults, one per consult, most
 * recent first (when each started and was saved, how far it got); `--purge`
 * removes all of them (and the drafts set aside as damaged), `--purge ID` one,
 * after a confirmation in a terminal or with `--yes`. A draft whose consult is
 * running now is never removed.
 */
export async function run(opts: DraftsOptions, deps: DraftsDeps): Promise<number> {
  // Human text wrapped at word boundaries to the terminal's width (JSON goes out as it is: not a terminal's business).
  const width = deps.io.stdoutIsTTY && !opts.json ? deps.io.terminalSize?.()?.columns : undefined;
  const io: Io = {
    ...deps.io,
    out: (t) => deps.io.out(wrapText(t, width)),
    err: (t) => deps.io.err(wrapText(t, width)),
  };
  const lang = opts.lang;
  const listing = listDrafts(io.env, io.now());
  const style = makeStyle(opts.color);
  for (const f of listing.movedAside) io.err(style.yellow(mf("draftCorrupt", lang, { file: f })) + "\n");
  for (const id of listing.recovered) io.err(style.yellow(mf("draftRecovered", lang, { id })) + "\n");
  if (opts.purge === undefined || opts.purge === false) return list(opts, io, listing.drafts, listing.setAside);

  const one = typeof opts.purge === "string" ? opts.purge : undefined;
  const targets = one === undefined ? listing.drafts : listing.drafts.filter((d) => d.id === one);
  if (one !== undefined && targets.length === 0) {
    const ids = listing.drafts.map((d) => d.id).join(", ");
    throw new CliError(
      ids
        ? mfText("draftUnknownId", { id: one.slice(0, 40), ids })
        : mfText("draftUnknownIdNone", { id: one.slice(0, 40) }),
      EXIT.usage,
    );
  }
  const running = targets.filter((d) => d.running);
  const removable = targets.filter((d) => !d.running);
  const aside = one === undefined ? listing.setAside : [];
  if (running.length > 0)
    io.err(style.yellow(mf("purgeSkippedRunning", lang, { ids: running.map((d) => d.id).join(", ") })) + "\n");
  if (removable.length === 0 && aside.length === 0) {
    if (running.length === 0) io.out(m("draftsNone", lang) + "\n");
    return EXIT.ok;
  }
  if (!opts.yes) {
    if (!io.stdinIsTTY || !io.stdoutIsTTY) throw new CliError(mfText("purgeNeedsYes", {}), EXIT.usage);
    const message =
      one !== undefined
        ? mf("purgeConfirmOne", lang, { draft: `${one} (${draftLine(removable[0]!, lang)})` })
        : mf("purgeConfirmAll", lang, { n: removable.length, aside: aside.length });
    const { off } = exitOnSignals((signal) =>
      sayNow(`\n${mf("stoppedSignalPlain", lang, { signal })} ${m("purgeKept", lang)}\n`),
    );
    let sure: boolean;
    try {
      const prompter = await (deps.prompter ?? (() => defaultPrompter(lang, opts.color, io)))();
      // "No" first: pressing Enter keeps everything.
      sure = await prompter.select({
        id: "purge-confirm",
        message,
        choices: [
          { value: false, name: m("purgeNo", lang) },
          { value: true, name: m("purgeYes", lang) },
        ],
      });
    } catch (e) {
      if (!(e instanceof PromptStopped)) throw e;
      io.err(m("purgeKept", lang) + "\n");
      return EXIT.interrupted;
    } finally {
      off();
    }
    if (!sure) {
      io.out(m("purgeKept", lang) + "\n");
      return EXIT.ok;
    }
  }
  const failed: string[] = [];
  let removed = 0;
  for (const d of removable) {
    // Under the draft's lock, so a consult cannot start on it while it goes.
    let lock;
    try {
      lock = lockDraft(io.env, d.id);
    } catch {
      failed.push(d.file);
      continue;
    }
    if (!lock.ok) {
      io.err(style.yellow(mf("purgeSkippedRunning", lang, { ids: d.id })) + "\n");
      continue;
    }
    try {
      rmSync(d.file, { force: true });
      removed++;
    } catch {
      failed.push(d.file);
    } finally {
      lock.lock.release();
    }
  }
  let asideRemoved = 0;
  for (const f of aside) {
    try {
      rmSync(f, { force: true });
      asideRemoved++;
    } catch {
      failed.push(f);
    }
  }
  io.out(mf("purgeDone", lang, { n: removed, aside: asideRemoved }) + "\n");
  if (failed.length > 0) throw new CliError(mfText("purgeFailed", { files: failed.join(", ") }), EXIT.usage);
  return EXIT.ok;
}

function list(opts: DraftsOptions, io: Io, drafts: readonly DraftEntry[], setAside: readonly string[]): number {
  const lang = opts.lang;
  if (opts.json) {
    const json = {
      drafts: drafts.map((d) => ({
        id: d.id,
        file: d.file,
        ...(d.draft
          ? {
              createdAt: d.draft.createdAt,
              savedAt: d.draft.savedAt,
              questionsAnswered: d.draft.progress?.asked ?? null,
              firstAnswers: d.draft.progress?.answers.map((a) => a[lang]) ?? [],
              done: d.draft.progress?.done === true,
              practice: d.draft.practice === true,
              ...(d.draft.trees ? { trees: d.draft.trees } : {}),
              ...(d.draft.region ? { region: d.draft.region } : {}),
            }
          : {}),
        running: d.running
          ? { pid: d.running.pid, ...(d.running.otherHost ? { host: d.running.otherHost } : {}) }
          : null,
      })),
      setAside,
    };
    io.out(JSON.stringify(json, null, 2) + "\n");
    return EXIT.ok;
  }
  if (drafts.length === 0) io.out(m("draftsNone", lang) + "\n");
  else {
    io.out(mf("draftsHeading", lang, { n: drafts.length }) + "\n");
    for (const d of drafts) io.out(`  ${d.id}  ${draftLine(d, lang)}\n`);
    io.out(m("draftsHint", lang) + "\n");
  }
  if (setAside.length > 0) io.out(mf("draftsSetAside", lang, { files: setAside.join(", ") }) + "\n");
  return EXIT.ok;
}

async function defaultPrompter(lang: Lang, color: boolean, io: Io): Promise<Prompter> {
  if (!color) process.env.NO_COLOR = "1";
  const { inquirerPrompter } = await import("../ui/inquirer-prompter.js");
  return inquirerPrompter(lang, () => (io.stdoutIsTTY ? io.terminalSize?.() : undefined));
}
