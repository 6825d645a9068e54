import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { run as consult } from "../../src/commands/consult.js";
import { run as drafts } from "../../src/commands/drafts.js";
import { CONFIRM } from "../../src/consult/interactive.js";
import type { Prompter } from "../../src/ui/prompter.js";
import { scriptedPrompter, type ScriptEntry } from "../../src/ui/scripted-prompter.js";
import { localIso } from "../../src/record/build-record.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, draftsOf } from "../helpers.js";

// Drafts per consult (issue 8 item 7) and drafts that cannot be trusted or read safely (issue 13 items 8-10).
let dir: string;
let data: string;
let clock: Date;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sr-drafts-"));
  data = join(dir, "data");
  clock = new Date(2026, 10, 28, 14, 5, 0);
});
const opts = { lang: "nl" as const, color: false, trees: [BASIC] };
const io = (tty = true) =>
  fakeIo({ stdinIsTTY: tty, stdoutIsTTY: tty, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: data }, now: () => clock });
const script =
  (entries: ScriptEntry[], log: string[] = []) =>
  () =>
    Promise.resolve(scriptedPrompter(entries, log));
const draftsDir = () => join(data, "drafts");
const ids = () => draftsOf(data).map((f) => f.slice(0, -5));
const readDraftOf = (id: string) => JSON.parse(readFileSync(join(draftsDir(), `${id}.json`), "utf8"));

/** The rest of a consult stopped after the danger question: nothing ticked, the answers confirmed, no record. */
const FINISH: ScriptEntry[] = [
  { id: "soort", answer: [] },
  { id: "review", answer: CONFIRM },
  { id: "save-record", answer: "none" },
];

/** Resumes a draft (`true`: the one there is; an id: that one) and finishes it; exit 0. The questions asked, in order. */
async function finishResumed(resume: true | string, out = io()): Promise<string[]> {
  const asked: string[] = [];
  expect(await consult({ ...opts, resume }, { io: out, prompter: script(FINISH, asked) })).toBe(0);
  return asked;
}

/** Two consults for two children: one stopped after the danger question, one after the checklist. */
async function twoConsults(): Promise<[string, string]> {
  expect(await consult(opts, { io: io(), prompter: script([{ id: "gevaar", answer: "nee" }, { stop: true }]) })).toBe(
    130,
  );
  clock = new Date(2026, 10, 28, 15, 30, 0);
  // The first draft is offered; starting a new one keeps it.
  expect(
    await consult(opts, {
      io: io(),
      prompter: script([
        { id: "resume-or-new", answer: "new" },
        { id: "gevaar", answer: "ja" },
        { id: "bel-112", answer: "continue" },
        { id: "soort", answer: ["geld", "spijbelen"] },
        { stop: true },
      ]),
    }),
  ).toBe(130);
  const [first, second] = ids();
  return [first!, second!];
}

/** A prompter that records the prompts' texts, answering from a script. */
function recording(entries: ScriptEntry[], seen: { message: string; choices: string[] }[]): () => Promise<Prompter> {
  const inner = scriptedPrompter(entries);
  return () =>
    Promise.resolve({
      ...inner,
      select: (q) => {
        seen.push({ message: q.message, choices: q.choices.map((c) => c.name) });
        return inner.select(q);
      },
    });
}

describe("drafts per consult", () => {
  it("a second child does not discard the first: two drafts, each with when it started and how far it got", async () => {
    const [first, second] = await twoConsults();
    expect(first).toMatch(/^20261128-140500-[0-9a-f]{4}$/);
    expect(second).toMatch(/^20261128-153000-[0-9a-f]{4}$/);
    // Progress by hand: the first answered 'gevaar' (nee); the second 'gevaar' (ja), the info step, and the checklist.
    expect(readDraftOf(first).progress).toEqual({
      asked: 1,
      answers: [{ nl: "Nee, er is nu geen direct gevaar", en: "No, there is no direct danger now" }],
    });
    expect(readDraftOf(second).progress.asked).toBe(2);
    expect(readDraftOf(second).progress.answers[1]).toEqual({
      nl: "Plotseling veel geld; Spijbelen",
      en: "Suddenly a lot of money; Truancy",
    });

    // Starting again offers both, most recent first, with local time and progress, and a new one.
    const seen: { message: string; choices: string[] }[] = [];
    const code = await consult(opts, {
      io: io(),
      prompter: recording([{ id: "resume-or-new", answer: first }, { stop: true }], seen),
    });
    expect(code).toBe(130);
    expect(seen[0]!.message).toContain("Er staan 2 onderbroken consulten klaar");
    expect(seen[0]!.choices[0]).toBe(
      "begonnen 2026-11-28 15:30, bewaard 2026-11-28 15:30 · bij vraag 3; eerste antwoorden: Ja, er is nu direct gevaar; Plotseling veel geld; Spijbelen",
    );
    expect(seen[0]!.choices[1]).toBe(
      "begonnen 2026-11-28 14:05, bewaard 2026-11-28 14:05 · bij vraag 2; eerste antwoorden: Nee, er is nu geen direct gevaar",
    );
    expect(seen[0]!.choices[2]).toContain("Nieuw consult beginnen");
    expect(ids()).toEqual([first, second]);
  });

  it("--resume with one draft says which and resumes it; with several it asks; --resume ID picks one", async () => {
    expect(await consult(opts, { io: io(), prompter: script([{ id: "gevaar", answer: "nee" }, { stop: true }]) })).toBe(
      130,
    );
    const one = io();
    await finishResumed(true, one);
    expect(one.stdout()).toContain("Verder met het consult begonnen 2026-11-28 14:05");
    expect(ids()).toEqual([]);

    const [first, second] = await twoConsults();
    const log: string[] = [];
    expect(
      await consult(
        { ...opts, resume: true },
        { io: io(), prompter: script([{ id: "resume-pick", answer: second }, { stop: true }], log) },
      ),
    ).toBe(130);
    expect(log[0]).toBe("select:resume-pick");
    // --resume ID: no question about which; the consult goes on at the first draft's next question.
    expect(await finishResumed(first)).toEqual(["checklist:soort", "select:review", "select:save-record"]);
    expect(ids()).toEqual([second]);
  });

  it("an unknown id is a clear error listing the ids, with or without a terminal (exit 2)", async () => {
    const [first, second] = await twoConsults();
    for (const tty of [true, false]) {
      const e = await consult({ ...opts, resume: "20990101-000000-beef" }, { io: io(tty), prompter: script([]) }).catch(
        (x) => x,
      );
      expect(e.exitCode).toBe(2);
      expect(e.text.nl).toBe(`Er is geen onderbroken consult met id '20990101-000000-beef'. Wel: ${second}, ${first}`);
    }
    // --resume ID without a terminal, for a draft that exists: exit 3, as every consult without a terminal.
    const e = await consult({ ...opts, resume: first }, { io: io(false) }).catch((x) => x);
    expect(e.exitCode).toBe(3);
  });
});

describe("signaalroute drafts", () => {
  it("lists the drafts (and as JSON); without drafts it says so", async () => {
    const empty = io(false);
    expect(await drafts({ lang: "nl", color: false }, { io: empty })).toBe(0);
    expect(empty.stdout()).toBe("Er zijn geen onderbroken consulten.\n");
    const [first, second] = await twoConsults();
    const out = io(false);
    expect(await drafts({ lang: "en", color: false }, { io: out })).toBe(0);
    expect(out.stdout().split("\n").slice(0, 3)).toEqual([
      "Interrupted consults (2), most recent first:",
      `  ${second}  started 2026-11-28 15:30, saved 2026-11-28 15:30 · at question 3; first answers: Yes, there is direct danger now; Suddenly a lot of money; Truancy`,
      `  ${first}  started 2026-11-28 14:05, saved 2026-11-28 14:05 · at question 2; first answers: No, there is no direct danger now`,
    ]);
    const json = io(false);
    await drafts({ lang: "nl", color: false, json: true }, { io: json });
    const parsed = JSON.parse(json.stdout());
    expect(parsed.drafts.map((d: { id: string }) => d.id)).toEqual([second, first]);
    expect(parsed.drafts[1]).toMatchObject({
      id: first,
      questionsAnswered: 1,
      firstAnswers: ["Nee, er is nu geen direct gevaar"],
      practice: false,
      running: null,
    });
  });

  it("--purge asks in a terminal (Enter keeps), needs --yes without one, and --purge ID removes one", async () => {
    const [first, second] = await twoConsults();
    const noTty = await drafts({ lang: "nl", color: false, purge: true }, { io: io(false) }).catch((x) => x);
    expect(noTty.exitCode).toBe(2);
    expect(noTty.text.nl).toContain("--yes");
    expect(ids()).toEqual([first, second]);
    const kept = io();
    expect(
      await drafts(
        { lang: "nl", color: false, purge: true },
        { io: kept, prompter: script([{ id: "purge-confirm", answer: false }]) },
      ),
    ).toBe(0);
    expect(kept.stdout()).toContain("Niets verwijderd.");
    expect(ids()).toEqual([first, second]);
    expect(await drafts({ lang: "nl", color: false, purge: first, yes: true }, { io: io(false) })).toBe(0);
    expect(ids()).toEqual([second]);
    const unknown = await drafts({ lang: "nl", color: false, purge: first, yes: true }, { io: io(false) }).catch(
      (x) => x,
    );
    expect(unknown.exitCode).toBe(2);
    expect(unknown.text.nl).toContain(`Wel: ${second}`);
    const all = io();
    expect(
      await drafts(
        { lang: "nl", color: false, purge: true },
        { io: all, prompter: script([{ id: "purge-confirm", answer: true }]) },
      ),
    ).toBe(0);
    expect(all.stdout()).toContain("Verwijderd: 1 consult, 0 apart gezette bestanden.");
    expect(ids()).toEqual([]);
  });

  it("a draft whose consult is running elsewhere is listed as running and never purged", async () => {
    const [first] = await twoConsults();
    writeFileSync(join(draftsDir(), `${first}.lock`), `${process.ppid}\n`);
    const out = io(false);
    await drafts({ lang: "nl", color: false }, { io: out });
    expect(out.stdout()).toContain(`loopt nu in een andere terminal (proces ${process.ppid})`);
    const purge = io(false);
    expect(await drafts({ lang: "nl", color: false, purge: true, yes: true }, { io: purge })).toBe(0);
    expect(purge.stderr()).toContain(`Niet verwijderd, loopt nu: ${first}`);
    expect(ids()).toEqual([first]);
  });
});

describe("old drafts and temporary files", () => {
  const legacy = (state: object, savedAt = localIso(new Date(2026, 10, 27, 9, 0, 0))) => ({
    format: "signaalroute-draft/1",
    savedAt,
    lang: "nl",
    treeSetHash: "old",
    trees: [BASIC],
    state,
  });

  it("the single draft.json of earlier versions becomes a draft of its own and resumes", async () => {
    mkdirSync(data, { recursive: true });
    writeFileSync(
      join(data, "draft.json"),
      JSON.stringify(legacy({ start: "gevaar", history: [{ node: "gevaar", answer: "nee" }], remembered: {} })),
    );
    writeFileSync(join(data, "draft.lock"), "999999999\n");
    const out = io(false);
    await drafts({ lang: "nl", color: false }, { io: out });
    expect(out.stdout()).toContain("begonnen 2026-11-27 09:00");
    expect(existsSync(join(data, "draft.json"))).toBe(false);
    expect(existsSync(join(data, "draft.lock"))).toBe(false);
    expect((await finishResumed(true))[0]).toBe("checklist:soort");
  });

  it("a kill between write and rename: a newer valid temporary file is recovered, a broken one removed", async () => {
    expect(await consult(opts, { io: io(), prompter: script([{ id: "gevaar", answer: "nee" }, { stop: true }]) })).toBe(
      130,
    );
    const [id] = ids();
    const saved = readDraftOf(id!);
    // What the next save would have written: one more answer, saved a minute later.
    const newer = {
      ...saved,
      savedAt: localIso(new Date(2026, 10, 28, 14, 6, 0)),
      state: { ...saved.state, history: [...saved.state.history, { node: "soort", answer: ["geld"] }] },
    };
    writeFileSync(join(draftsDir(), `${id}.json.0123456789ab.tmp`), JSON.stringify(newer));
    writeFileSync(join(draftsDir(), `${id}.json.ba9876543210.tmp`), '{"format": "signaalroute-dr');
    const out = io(false);
    await drafts({ lang: "nl", color: false }, { io: out });
    expect(out.stderr()).toContain(`Het laatste antwoord van consult ${id} is teruggehaald`);
    expect(readDraftOf(id!).state.history).toHaveLength(2);
    expect(readdirSync(draftsDir()).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // A first save cut short: only the temporary file exists; it becomes the draft.
    const lone = "20261128-170000-abcd";
    writeFileSync(join(draftsDir(), `${lone}.json.0123456789ab.tmp`), JSON.stringify(newer));
    await drafts({ lang: "nl", color: false }, { io: io(false) });
    expect(ids()).toContain(lone);
  });
});

describe("drafts that cannot be trusted", () => {
  async function oneDraft(): Promise<string> {
    expect(await consult(opts, { io: io(), prompter: script([{ id: "gevaar", answer: "nee" }, { stop: true }]) })).toBe(
      130,
    );
    return ids()[0]!;
  }

  it("a draft edited to start past the danger question is refused and moved aside, never deleted", async () => {
    const id = await oneDraft();
    const d = readDraftOf(id);
    writeFileSync(
      join(draftsDir(), `${id}.json`),
      JSON.stringify({ ...d, state: { start: "overleg", history: [], remembered: {} } }),
    );
    const e = await consult({ ...opts, resume: id }, { io: io(), prompter: script([]) }).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.text.nl).toContain("begint niet bij de eerste vraag (direct gevaar) maar bij 'overleg'");
    const aside = readdirSync(draftsDir()).filter((f) => f.startsWith(`${id}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(draftsDir(), aside[0]!), "utf8")).state.start).toBe("overleg");
    expect(ids()).toEqual([]);
  });

  it("a practice consult started with --start resumes where it started, and says it is practice", async () => {
    expect(await consult({ ...opts, start: "soort" }, { io: io(), prompter: script([{ stop: true }]) })).toBe(130);
    const [id] = ids();
    expect(readDraftOf(id!).practice).toBe(true);
    const out = io();
    await finishResumed(id!, out);
    expect(out.stderr()).toContain("dit is een oefenconsult (begonnen met --start bij 'soort')");
  });

  it("a draft whose steps do not replay on its own trees is refused and moved aside", async () => {
    const id = await oneDraft();
    const d = readDraftOf(id);
    // 'soort' is a checklist: 'ja' is not one of its rows. And a step repeated: both are edits, not answers.
    for (const history of [
      [
        { node: "gevaar", answer: "nee" },
        { node: "soort", answer: ["bestaat-niet"] },
      ],
      [
        { node: "gevaar", answer: "nee" },
        { node: "gevaar", answer: "nee" },
      ],
    ]) {
      writeFileSync(join(draftsDir(), `${id}.json`), JSON.stringify({ ...d, state: { ...d.state, history } }));
      const e = await consult({ ...opts, resume: id }, { io: io(), prompter: script([]) }).catch((x) => x);
      expect(e.exitCode).toBe(2);
      expect(e.text.nl).toContain("passen niet bij de beslisbomen waarmee het werd gemaakt");
      expect(existsSync(join(draftsDir(), `${id}.json`))).toBe(false);
    }
    expect(readdirSync(draftsDir()).filter((f) => f.startsWith(`${id}.corrupt-`))).toHaveLength(2);
  });
});

describe("special files never hang or flood", () => {
  it("a draft that is a FIFO or /dev/zero is moved aside with a message, at once", async () => {
    mkdirSync(draftsDir(), { recursive: true });
    execFileSync("mkfifo", [join(draftsDir(), "20261128-100000-aaaa.json")]);
    symlinkSync("/dev/zero", join(draftsDir(), "20261128-110000-bbbb.json"));
    const out = io(false);
    // A hang on the FIFO would never return: the test's timeout is the guard, not a clock.
    await drafts({ lang: "nl", color: false }, { io: out });
    expect(out.stderr()).toContain("Het bewaarde concept was beschadigd");
    expect(out.stdout()).toContain("Er zijn geen onderbroken consulten.");
  });

  it("a lock that is a FIFO gives a clear error, not a hang", async () => {
    const id = (await (async () => {
      expect(
        await consult(opts, { io: io(), prompter: script([{ id: "gevaar", answer: "nee" }, { stop: true }]) }),
      ).toBe(130);
      return ids()[0]!;
    })())!;
    execFileSync("mkfifo", [join(draftsDir(), `${id}.lock`)]);
    const e = await consult({ ...opts, resume: id }, { io: io(), prompter: script([]) }).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.text.nl).toContain(draftsDir());
    rmSync(join(draftsDir(), `${id}.lock`));
  });
});

describe("a data folder that stops taking writes mid-consult", () => {
  it("says so once, prints the answers so far as an answers file when stopped, and never exits 70", async () => {
    const out = io();
    const inner = scriptedPrompter([
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["geld"] },
      { stop: true },
    ]);
    let asked = 0;
    const breaking: Prompter = {
      ...inner,
      checklist: (q) => {
        // After the first answer the draft cannot be replaced any more (as root a read-only folder still takes
        // writes, so the draft's name is taken by a folder: the rename over it fails the same way).
        if (asked++ === 0) {
          const [id] = ids();
          const file = join(draftsDir(), `${id}.json`);
          rmSync(file);
          mkdirSync(join(file, "x"), { recursive: true });
        }
        return inner.checklist(q);
      },
    };
    expect(await consult(opts, { io: out, prompter: () => Promise.resolve(breaking) })).toBe(130);
    expect(out.stderr()).toContain("het concept kon niet worden bijgewerkt");
    expect(out.stderr()).toContain("Uw antwoorden tot nu toe, als antwoordbestand");
    expect(out.stderr()).toContain("gevaar: nee\nsoort: [geld]\n");
  });

  it("at the end, a draft that cannot be removed is said, with how to remove it later; exit 0", async () => {
    const out = io();
    const inner = scriptedPrompter([{ id: "gevaar", answer: "nee" }, ...FINISH]);
    let once = false;
    const breaking: Prompter = {
      ...inner,
      select: (q) => {
        if (q.id === "save-record" && !once) {
          once = true;
          const [id] = ids();
          const file = join(draftsDir(), `${id}.json`);
          rmSync(file);
          mkdirSync(join(file, "x"), { recursive: true });
        }
        return inner.select(q);
      },
    };
    expect(await consult(opts, { io: out, prompter: () => Promise.resolve(breaking) })).toBe(0);
    expect(out.stderr()).toContain("Het concept kon niet worden verwijderd");
    expect(out.stderr()).toContain("signaalroute drafts --purge");
  });
});

describe("README: the drafts examples", () => {
  it("every `signaalroute drafts` line of the README runs as written (exit 0, or 2 for an id that is not there)", async () => {
    const { main } = await import("../../src/cli.js");
    const { ROOT } = await import("../helpers.js");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
      .flatMap((b) => b[1]!.split("\n"))
      .map((l) => l.replace(/#.*$/, "").trim())
      .filter((l) => l.startsWith("signaalroute drafts"));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      await twoConsults();
      const out = io(false);
      const code = await main(line.split(/\s+/).slice(1), out);
      // The README's example id is fictional: here it is not there, and that is said with the ids that are.
      if (line.includes("20261128-140500-a3f9")) {
        expect(code).toBe(2);
        expect(out.stderr()).toContain("Er is geen onderbroken consult met id '20261128-140500-a3f9'");
      } else expect(code, `${line}: ${out.stderr()}`).toBe(0);
      rmSync(data, { recursive: true, force: true });
    }
  });
});

describe("signaalroute drafts in a narrow terminal", () => {
  it("wraps the listing at word boundaries: no line longer than the terminal, no word cut", async () => {
    await twoConsults();
    const narrow = fakeIo({
      stdinIsTTY: true,
      stdoutIsTTY: true,
      cwd: dir,
      env: { SIGNAALROUTE_DATA_DIR: data },
      now: () => clock,
      terminalSize: () => ({ columns: 40, rows: 15 }),
    });
    expect(await drafts({ lang: "nl", color: false }, { io: narrow })).toBe(0);
    const lines = narrow.stdout().trimEnd().split("\n");
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
    const plain = io(false);
    await drafts({ lang: "nl", color: false }, { io: plain });
    expect(narrow.stdout().split(/\s+/).filter(Boolean)).toEqual(plain.stdout().split(/\s+/).filter(Boolean));
  });
});
