import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BASIC, draftFiles, ROOT, tempDir } from "../helpers.js";
import { hasTmux, TmuxSession } from "./tmux.js";

// Signals at every stage of a consult, in a real terminal: afterwards the terminal is usable again (raw mode off,
// echo on, cursor shown), the exit code is the documented one (128 + the signal), and the answers are kept.
const dir = tempDir("signaalroute-sig-");
const sessions: TmuxSession[] = [];
afterAll(() => sessions.forEach((s) => s.kill()));

/** Runs the consult in a pane; after it ends, the pane shows its exit code and the terminal's echo and canonical mode. */
function startConsult(name: string, args: string, data: string): { t: TmuxSession; pid: () => number } {
  const pidFile = join(dir, `${name}.pid`);
  const script = join(dir, `${name}.sh`);
  writeFileSync(
    script,
    [
      `bash -c 'echo $$ > ${pidFile}; exec node ${join(ROOT, "bin/signaalroute.js")} consult ${args}'`,
      `echo "EXIT=$?"`,
      `echo "TTY: $(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' ')"`,
      "sleep 60",
    ].join("\n"),
  );
  const t = TmuxSession.start(
    `sr-sig-${name}`,
    `bash ${script}`,
    { SIGNAALROUTE_DATA_DIR: data, NO_COLOR: "1", TERM: "xterm-256color", LANG: "C.UTF-8" },
    ROOT,
    { columns: 100, rows: 30 },
  );
  sessions.push(t);
  return { t, pid: () => Number(readFileSync(pidFile, "utf8").trim()) };
}

/** Whether tmux shows the pane's cursor (a prompt hides it while it draws). */
function cursorShown(t: TmuxSession): boolean {
  return execTmux(["display-message", "-p", "-t", t.name, "#{cursor_flag}"]) === "1";
}

function execTmux(args: string[]): string {
  return execFileSync("tmux", args).toString().trim();
}

async function expectRestored(t: TmuxSession, code: number): Promise<string> {
  const screen = await t.waitFor(/TTY: .*\n/);
  expect(screen).toContain(`EXIT=${code}`);
  expect(screen).toMatch(/TTY: icanon echo/);
  expect(cursorShown(t)).toBe(true);
  return screen;
}

const draftsIn = draftFiles;

describe.skipIf(!hasTmux())("signals at every stage (tmux)", () => {
  it("at a question: TERM, HUP and INT each restore the terminal, exit 143, 129, 130, and keep the draft", async () => {
    for (const [signal, code] of [
      ["SIGTERM", 143],
      ["SIGHUP", 129],
      ["SIGINT", 130],
    ] as const) {
      const data = join(dir, `q-${signal}`);
      const { t, pid } = startConsult(`q-${signal}`, `--trees ${BASIC}`, data);
      await t.waitFor("Is het kind, of iemand anders, nu in direct gevaar?");
      process.kill(pid(), signal);
      const screen = await expectRestored(t, code);
      expect(screen.replace(/\n/g, "")).toContain(
        `Gestopt door signaal ${signal}. Uw antwoorden zijn bewaard; ga verder met: signaalroute consult --resume`,
      );
      expect(draftsIn(data)).toHaveLength(1);
      t.kill();
    }
  }, 60_000);

  it("at a checklist, at the resume prompt, at the record prompt and while loading: the same", async () => {
    const data = join(dir, "stages");
    // Checklist (SIGTERM): after answering "Nee".
    const c = startConsult("checklist", `--trees ${BASIC}`, data);
    await c.t.waitFor("Is het kind, of iemand anders, nu in direct gevaar?");
    c.t.keys("Down", "Enter");
    await c.t.waitFor("Welke signalen ziet u?");
    c.t.keys("Space"); // a tick, not yet an answer
    process.kill(c.pid(), "SIGTERM");
    await expectRestored(c.t, 143);
    c.t.kill();
    const saved = JSON.parse(readFileSync(join(data, "drafts", draftsIn(data)[0]!), "utf8"));
    expect(saved.state.history).toEqual([{ node: "gevaar", answer: "nee" }]);

    // The resume prompt (SIGHUP: the terminal is closed).
    const r = startConsult("resume", `--trees ${BASIC}`, data);
    await r.t.waitFor("Er staat een onderbroken consult klaar");
    process.kill(r.pid(), "SIGHUP");
    await expectRestored(r.t, 129);
    r.t.kill();
    expect(draftsIn(data)).toHaveLength(1);

    // The record prompt, after the advice (SIGINT, as kill -INT sends it).
    const s = startConsult("record", `--resume --trees ${BASIC}`, data);
    await s.t.waitFor("Welke signalen ziet u?");
    s.t.keys("Space", "Down", "Space", "Enter");
    await s.t.waitFor("Heeft u overlegd?");
    s.t.keys("Enter");
    // The check-your-answers page comes first; Enter confirms (the cursor starts on "Ja, toon het advies").
    await s.t.waitFor("Kloppen uw antwoorden?");
    s.t.keys("Enter");
    await s.t.waitFor("Wilt u een verslag van dit consult opslaan?");
    process.kill(s.pid(), "SIGINT");
    const screen = await expectRestored(s.t, 130);
    expect(screen).toContain("Gestopt door signaal SIGINT");
    s.t.kill();
    // Stopped before the record question was settled: the draft stays, complete.
    expect(JSON.parse(readFileSync(join(data, "drafts", draftsIn(data)[0]!), "utf8")).progress.done).toBe(true);

    // While loading trees that are checked at start (the bundled YAML, every rule: seconds): SIGTERM.
    const l = startConsult("loading", `--new --trees ${join(ROOT, "trees")}`, join(dir, "loading"));
    await l.t.waitFor("Bij direct gevaar: bel 112.");
    process.kill(l.pid(), "SIGTERM");
    await expectRestored(l.t, 143);
    l.t.kill();
  }, 90_000);
});
