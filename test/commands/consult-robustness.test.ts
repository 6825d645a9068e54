import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/commands/consult.js";
import { CONFIRM } from "../../src/consult/interactive.js";
import { scriptedPrompter, type ScriptEntry } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, draftsOf, FIXTURES, onlyDraft } from "../helpers.js";

// Nothing the user entered is lost, and bad input never ends in a crash.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sr-robust-"));
});
const opts = { lang: "nl" as const, color: false };
const tty = (env: Record<string, string> = {}) =>
  fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: join(dir, "data"), ...env } });
const prompterOf = (script: ScriptEntry[]) => () => Promise.resolve(scriptedPrompter(script));
const draftsIn = () => draftsOf(join(dir, "data"));
const draftFile = () => onlyDraft(join(dir, "data"));
const draft = () => JSON.parse(readFileSync(draftFile(), "utf8"));
const region = join(FIXTURES, "regions/test-regio.yaml");

describe("consult robustness", () => {
  it("resuming from the prompt keeps the trees and the region the consult started with", async () => {
    await run(
      { ...opts, trees: [BASIC], region },
      { io: tty(), prompter: prompterOf([{ id: "gevaar", answer: "nee" }, { stop: true }]) },
    );
    expect(draft().trees).toEqual([BASIC]);
    expect(draft().region).toBe(region);
    // Started again without flags: "resume" must not fall back to the bundled trees.
    const code = await run(opts, {
      io: tty(),
      prompter: prompterOf([{ id: "resume-or-new", answer: "resume" }, { id: "soort", answer: [] }, { stop: true }]),
    });
    expect(code).toBe(130);
    // The consult did reach 'rustig' on the fixture; stopping at the save question keeps the draft.
    expect(draft().trees).toEqual([BASIC]);
    expect(draft().region).toBe(region);
    expect(draft().state.history).toEqual([
      { node: "gevaar", answer: "nee" },
      { node: "soort", answer: [] },
    ]);
  });

  it("a damaged draft is moved aside with a message, never used or silently overwritten", async () => {
    mkdirSync(join(dir, "data"));
    writeFileSync(
      join(dir, "data", "draft.json"),
      JSON.stringify({
        format: "signaalroute-draft/1",
        lang: "nl",
        treeSetHash: "x",
        state: { start: "gevaar", history: [null] },
      }),
    );
    const io = tty();
    await run({ ...opts, trees: [BASIC] }, { io, prompter: prompterOf([{ stop: true }]) });
    expect(io.stderr()).toContain("Het bewaarde concept was beschadigd");
    const files = readdirSync(join(dir, "data"));
    expect(files.some((f) => f.startsWith("draft.corrupt-"))).toBe(true);
  });

  it("a second consult on the same draft is refused (the lock is per draft); another consult can run; a stale lock is taken over", async () => {
    await run(
      { ...opts, trees: [BASIC] },
      { io: tty(), prompter: prompterOf([{ id: "gevaar", answer: "nee" }, { stop: true }]) },
    );
    const id = draftFile().match(/(\d{8}-\d{6}-[0-9a-f]{4})\.json$/)![1]!;
    const lock = join(dir, "data", "drafts", `${id}.lock`);
    // A live process (this test runner's parent) holds this draft's lock.
    writeFileSync(lock, `${process.ppid}\n`);
    const e = await run({ ...opts, resume: id }, { io: tty(), prompter: prompterOf([]) }).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.text.nl).toContain(`Dit consult (${id}) loopt al in een andere terminal (proces ${process.ppid})`);
    // Plain --resume does not offer a draft that is running elsewhere.
    const e2 = await run({ ...opts, resume: true }, { io: tty(), prompter: prompterOf([]) }).catch((x) => x);
    expect(e2.exitCode).toBe(2);
    expect(e2.text.nl).toContain("Alle onderbroken consulten lopen nu in een andere terminal");
    // A new consult for another child runs meanwhile, with its own draft.
    expect(
      await run(
        { ...opts, trees: [BASIC] },
        { io: tty(), prompter: prompterOf([{ id: "gevaar", answer: "ja" }, { stop: true }]) },
      ),
    ).toBe(130);
    expect(draftsIn()).toHaveLength(2);
    // A lock left by a process that no longer exists (kill -9) does not block.
    writeFileSync(lock, "999999999\n");
    const io = tty();
    expect(await run({ ...opts, resume: id }, { io, prompter: prompterOf([{ stop: true }]) })).toBe(130);
    expect(io.stderr()).toContain(`signaalroute consult --resume ${id}`);
    expect(existsSync(lock)).toBe(false);
  });

  it("a data folder that cannot be written stops before the first question, with exit 2", async () => {
    writeFileSync(join(dir, "a-file"), "");
    const e = await run(
      { ...opts, trees: [BASIC] },
      { io: tty({ SIGNAALROUTE_DATA_DIR: join(dir, "a-file", "sub") }), prompter: prompterOf([]) },
    ).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.text.nl).toContain("SIGNAALROUTE_DATA_DIR");
  });

  it("--json or --record without --answers is refused (exit 2) instead of ignored", async () => {
    const e = await run({ ...opts, json: true }, { io: tty(), prompter: prompterOf([]) }).catch((x) => x);
    expect(e.exitCode).toBe(2);
  });

  it("saving over an existing file asks first; an unwritable path asks again instead of losing the record", async () => {
    writeFileSync(join(dir, "verslag.md"), "earlier record");
    const io = tty();
    const code = await run(
      { ...opts, trees: [BASIC] },
      {
        io,
        prompter: prompterOf([
          { id: "gevaar", answer: "nee" },
          { id: "soort", answer: [] },
          { id: "review", answer: CONFIRM },
          { id: "save-record", answer: "md" },
          { id: "record-reference", answer: "" },
          { id: "record-role", answer: "" },
          { id: "record-path", answer: "verslag" },
          { id: "record-overwrite", answer: "other" },
          { id: "record-path", answer: "geen-map/verslag" },
          { id: "record-failed", answer: "other" },
          { id: "record-path", answer: "nieuw" },
        ]),
      },
    );
    expect(code).toBe(0);
    expect(readFileSync(join(dir, "verslag.md"), "utf8")).toBe("earlier record");
    expect(io.stderr()).toContain("Het verslag is niet opgeslagen: 'geen-map/verslag.md' kan niet worden geschreven");
    expect(existsSync(join(dir, "geen-map"))).toBe(false);
    expect(readFileSync(join(dir, "nieuw.md"), "utf8")).toContain("Blijf opletten");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a damaged record or an answers file that is a device or a list gives exit 2 with a message", async () => {
    const rec = join(dir, "r.json");
    writeFileSync(rec, JSON.stringify({ format: "signaalroute-record/1", steps: [null] }));
    const e1 = await run({ ...opts, trees: [BASIC], answers: rec }, { io: fakeIo({ cwd: dir }) }).catch((x) => x);
    expect(e1.exitCode).toBe(2);
    expect(e1.details.join("\n")).toMatch(/r\.json:1:\d+/);
    const e2 = await run({ ...opts, trees: [BASIC], answers: "/dev/zero" }, { io: fakeIo({ cwd: dir }) }).catch(
      (x) => x,
    );
    expect(e2.exitCode).toBe(2);
    expect(e2.text.en).toContain("not a regular file");
    writeFileSync(join(dir, "list.yaml"), "- gevaar\n- nee\n");
    const e3 = await run(
      { ...opts, trees: [BASIC], answers: join(dir, "list.yaml") },
      { io: fakeIo({ cwd: dir }) },
    ).catch((x) => x);
    expect(e3.exitCode).toBe(2);
  });

  it("a checklist answer that is not a list of ids is a clear error (exit 2)", async () => {
    writeFileSync(join(dir, "a.yaml"), "gevaar: nee\nsoort: { geld: true }\n");
    const e = await run({ ...opts, trees: [BASIC], answers: join(dir, "a.yaml") }, { io: fakeIo({ cwd: dir }) }).catch(
      (x) => x,
    );
    expect(e.exitCode).toBe(2);
    expect(e.details.join("\n")).toContain("a.yaml:2:8");
  });

  it("a consult on given trees refuses trees that break a safety rule (exit 1, the rule named)", async () => {
    writeFileSync(join(dir, "x.yaml"), "{}\n");
    const e = await run(
      { ...opts, trees: [join(FIXTURES, "trees/invalid/urgency-first/not-first")], answers: join(dir, "x.yaml") },
      { io: fakeIo({ cwd: dir }) },
    ).catch((x) => x);
    expect(e.exitCode).toBe(1);
    expect(e.details.join("\n")).toContain("urgency-first");
  });
});
