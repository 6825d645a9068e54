import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { run as practice } from "../../src/commands/practice.js";
import { CONFIRM } from "../../src/consult/interactive.js";
import type { Prompter } from "../../src/ui/prompter.js";
import { fakeIo } from "../fake-io.js";
import { ROOT, tempDir } from "../helpers.js";

// The README's trainer examples for scenario diff and practice run as written, on the README's module.yaml:
// oud/ and nieuw/ are copies of the bundled trees, trees/ is committed on branch main of a fresh git repository.
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));
const moduleYaml = blocks.find((b) => b.lang === "yaml" && b.body.startsWith("# module.yaml"))!.body;
const lines = (re: RegExp) =>
  blocks
    .filter((b) => b.lang === "sh")
    .flatMap((b) => b.body.split("\n"))
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) => re.test(l));
const diffLines = lines(/^signaalroute scenario diff /);
const practiceLines = lines(/^signaalroute practice (?!--summary)/);
const summaryLines = lines(/^signaalroute practice --summary /);

/** Answers every prompt from the scenario's answers (with changes), "Verder" at info steps, "Ja, toon het advies" on the check page. */
function answering(answers: Record<string, unknown>): Prompter {
  return {
    select: async (q) => {
      if (q.id === "review") return CONFIRM as never;
      if (q.id in answers) return String(answers[q.id]) as never;
      if (q.choices.some((c) => c.value === "continue")) return "continue" as never;
      throw new Error(`no answer for ${q.id}`);
    },
    checklist: async (q) => ({ kind: "answer", ticked: (answers[q.id] as string[]) ?? [] }),
    input: async () => "",
  };
}

/** Two trainees practise blauwe-plekken through the command (once, for every summary line). */
let results: Promise<void> | undefined;
async function makeResults(): Promise<void> {
  const scenario = (parse(moduleYaml) as { id: string; answers: Record<string, unknown> }[]).find(
    (s) => s.id === "blauwe-plekken",
  )!;
  const made = [
    ["resultaat-01.json", scenario.answers],
    // The second trainee thinks the child is not safe in the coming days.
    ["resultaat-02.json", { ...scenario.answers, "onveilig-komende-dagen": "ja" }],
  ] as const;
  for (const [out, answers] of made) {
    const io = fakeIo({ cwd: dir, stdinIsTTY: true, stdoutIsTTY: true });
    expect(
      await practice(
        { lang: "nl", color: false, files: ["module.yaml"], scenario: "blauwe-plekken", out },
        { io, prompter: async () => answering(answers) },
      ),
    ).toBe(0);
  }
}

let dir: string;
beforeAll(() => {
  dir = tempDir("sr-readme-trainers-");
  writeFileSync(join(dir, "module.yaml"), moduleYaml);
  for (const d of ["oud", "nieuw", "trees"]) cpSync(join(ROOT, "trees"), join(dir, d), { recursive: true });
  const git = (...a: string[]) =>
    execFileSync("git", ["-c", "user.email=t@example.org", "-c", "user.name=t", ...a], { cwd: dir, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("add", "trees");
  git("commit", "-qm", "trees");
});

describe("README: scenario diff and practice examples", () => {
  it("has them", () => {
    expect(diffLines.length).toBeGreaterThanOrEqual(3);
    expect(practiceLines.length).toBeGreaterThanOrEqual(2);
    expect(summaryLines.length).toBeGreaterThanOrEqual(2);
  });

  it.each(diffLines)("`%s` runs as written", async (line) => {
    const io = fakeIo({ cwd: dir });
    const code = await main(line.split(/\s+/).slice(1), io);
    expect(io.stderr()).toBe("");
    expect(code).toBe(0);
    // The same trees on both sides: the two scenarios, nothing changed.
    if (line.includes("--json")) expect(JSON.parse(io.stdout())).toMatchObject({ changed: 0, unchanged: 2 });
    else expect(io.stdout()).toContain("2 scenario's op");
  });

  it.each(practiceLines)(
    "`%s` gets as far as the terminal (its flags and scenario id are right; it needs a terminal: exit 3)",
    async (line) => {
      const io = fakeIo({ cwd: dir });
      const code = await main(line.split(/\s+/).slice(1), io);
      expect(io.stderr()).toContain("Een oefening is interactief en heeft een terminal nodig.");
      expect(code).toBe(3);
    },
  );

  it.each(summaryLines)("`%s` runs as written on two trainees' results", async (line) => {
    await (results ??= makeResults());
    const io = fakeIo({ cwd: dir });
    const code = await main(line.split(/\s+/).slice(1), io);
    expect(io.stderr()).toBe("");
    expect(code).toBe(0);
    if (line.includes("--json")) {
      const sum = JSON.parse(io.stdout());
      expect(sum.results).toBe(2);
      expect(sum.scenarios[0].splits[0]).toMatchObject({ question: "onveilig-komende-dagen", count: 1 });
      // Both reached Veilig Thuis, the contact the case requires.
      expect(sum.scenarios[0].contacts.find((c: { contact: string }) => c.contact === "veilig-thuis")).toEqual({
        contact: "veilig-thuis",
        required: 2,
        reached: 2,
      });
    } else expect(io.stdout()).toContain("Klassenoverzicht: 2 oefenresultaten; casussen: 1");
  });
});
