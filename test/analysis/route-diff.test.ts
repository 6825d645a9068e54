import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffRoutes } from "../../src/analysis/route-diff.js";
import { main } from "../../src/cli.js";
import { loadFromTexts } from "../../src/load/load.js";
import { combinationText, diffText, isEmptyDiff } from "../../src/render/diff-text.js";
import { makeStyle } from "../../src/render/style.js";
import { BASIC, FIXTURES, loadSet, tempDir } from "../helpers.js";
import { fakeIo } from "../fake-io.js";

const OLD = join(FIXTURES, "trees/views/diff-old");
const NEW = join(FIXTURES, "trees/views/diff-new");
const before = loadSet(OLD);
const after = loadSet(NEW);

describe("diff: structure", () => {
  const d = diffRoutes(before, after);

  it("outcomes added, removed and changed; questions added; versions", () => {
    expect(d.outcomesAdded.map((o) => o.id).sort()).toEqual(["blijf-alert", "eerst-overleggen"]);
    expect(d.outcomesRemoved.map((o) => o.id)).toEqual(["rustig"]);
    expect(d.outcomesChanged).toEqual([
      {
        id: "melden",
        title: { nl: "Melden", en: "Report" },
        contacts: {
          from: [
            { contact: "team-a", urgency: "regulier" },
            { contact: "team-b", urgency: "advies" },
          ],
          to: [{ contact: "team-a", urgency: "regulier" }],
        },
      },
    ]);
    expect(d.questionsAdded).toEqual(["school"]);
    expect(d.questionsRemoved).toEqual([]);
    expect(d.answersAdded).toEqual([]);
    expect(d.versionsChanged).toEqual([
      { tree: "start", from: "1.0.0", to: "1.1.0" },
      { tree: "vervolg", from: "0.2.0", to: "0.3.0" },
    ]);
  });
});

describe("diff: answer combinations (lockstep walk, merged states)", () => {
  const d = diffRoutes(before, after);

  it("finds the 11 changed results covering all 28 answer combinations (worked out by hand in docs/views.md)", () => {
    // Old has 3 x 7 = 21 routes; the new question `school` doubles the `nee` branch: 2x7 + 7 + 7 = 28
    // combinations. 25 change advice; the other 3 end at rustig, renamed blijf-alert with the same advice:
    // a changed outcome counts too (2 merged results: gevaar ja/weet ik niet, and gevaar nee + school ja).
    expect(d.complete).toBe(true);
    expect(d.combinationsTotal).toBe(11);
    expect(d.combinationPaths).toBe(28n);
    expect(d.combinations.map((c) => c.count).reduce((a, b) => a + b, 0n)).toBe(28n);
  });

  it("shows each as 'from <answers>: old advice -> new advice', with one-sided questions marked", () => {
    const lines = d.combinations.map((c) => combinationText(before, after, c, "nl"));
    expect(lines).toContain(
      "bij 'gevaar: Ja, er is nu direct gevaar, soort: Plotseling veel geld, overleg: Ja': Alarmnummer 112 + Testteam A + Testteam B -> Alarmnummer 112 + Testteam A (4 antwoordcombinaties)",
    );
    expect(lines).toContain(
      "bij 'gevaar: Nee, er is nu geen direct gevaar, school: Nee [alleen nieuw], soort: (niets aangevinkt)': Testteam B -> Testteam A + Testteam B (uitkomst rustig -> blijf-alert)",
    );
    const en = d.combinations.map((c) => combinationText(before, after, c, "en"));
    expect(en).toContain(
      "from 'gevaar: No, there is no direct danger now, school: Yes [new only], soort: Suddenly a lot of money, overleg: No': Test team A + Test team B -> Test team A (outcome melden -> eerst-overleggen; urgency urgent -> regular; 4 answer combinations)",
    );
    // A renamed outcome with the same advice is a changed combination: the professional reads another outcome.
    expect(lines[0]).toBe(
      "bij 'gevaar: Ja, er is nu direct gevaar, soort: (niets aangevinkt)': Alarmnummer 112 + Testteam B -> Alarmnummer 112 + Testteam B (uitkomst rustig -> blijf-alert; 2 antwoordcombinaties)",
    );
  });

  it("summarises the changes by what changed (never capped), most combinations first", () => {
    expect(
      d.summary.map((g) => [
        g.removed.map((a) => a.contact),
        g.added.map((a) => a.contact),
        `${g.outcome.from}->${g.outcome.to}`,
        g.results,
        g.paths,
      ]),
    ).toEqual([
      [["team-b"], [], "melden->melden", 4, 12n],
      [["team-b"], [], "melden->eerst-overleggen", 4, 12n],
      [[], [], "rustig->blijf-alert", 2, 3n],
      [[], ["team-a"], "rustig->blijf-alert", 1, 1n],
    ]);
    const capped = diffRoutes(before, after, { combinations: 1, states: 200_000, checklistItems: 14 });
    expect(capped.summary).toEqual(d.summary);
  });

  it("lists at most the limit and says how many more", () => {
    const capped = diffRoutes(before, after, { combinations: 2, states: 200_000, checklistItems: 14 });
    expect(capped.combinations).toHaveLength(2);
    expect(capped.combinationsTotal).toBe(11);
    expect(diffText(capped, before, after, { old: "a", new: "b" }, "nl", makeStyle(false))).toContain(
      "  ... en nog 9 meer",
    );
  });

  it("stops at the state limit and says the result is incomplete", () => {
    const cut = diffRoutes(before, after, { combinations: 10, states: 3, checklistItems: 14 });
    expect(cut.complete).toBe(false);
    expect(diffText(cut, before, after, { old: "a", new: "b" }, "en", makeStyle(false))).toContain("incomplete");
  });

  it("two identical sets: no difference", () => {
    const same = diffRoutes(before, loadSet(OLD));
    expect(same.combinationsTotal).toBe(0);
    expect(diffText(same, before, before, { old: "a", new: "a" }, "nl", makeStyle(false))).toContain(
      "Geen verschil in de routes.",
    );
  });

  it("questions asked in another order: the answer given on one side is replayed on the other; only the order of the advice can change", async () => {
    const { loadFromTexts } = await import("../../src/load/load.js");
    const { readFileSync } = await import("node:fs");
    const contacts = { file: "contacts.yaml", text: readFileSync(join(OLD, "contacts.yaml"), "utf8") };
    const q = (id: string, next: string, adviceOn: "ja" | "nee", contact: string) =>
      `  ${id}:\n    kind: question\n    text: { nl: "${id}?", en: "${id}?" }\n    answers:\n` +
      ["ja", "nee"]
        .map(
          (a) =>
            `      - { id: ${a}, label: { nl: ${a}, en: ${a} }, next: ${next}${a === adviceOn ? `, advice: [ { contact: ${contact}, urgency: spoed, why: { nl: W, en: W } } ]` : ""} }\n`,
        )
        .join("");
    const tree = (first: string, body: string) =>
      loadFromTexts(
        [
          {
            file: "t.yaml",
            text: `id: t\nversion: 1.0.0\ntitle: { nl: T, en: T }\nmain: true\nsources: [ { id: s, url: https://example.org/s } ]\nentry: ${first}\nnodes:\n${body}  eind:\n    kind: outcome\n    title: { nl: E, en: E }\n    urgency: regulier\n    advice: [ { contact: alarm-112, urgency: advies, why: { nl: W, en: W } } ]\n`,
          },
        ],
        contacts,
      ).treeSet!;
    const ab = tree("a", q("a", "b", "nee", "team-a") + q("b", "eind", "ja", "team-b"));
    const ba = tree("b", q("b", "a", "ja", "team-b") + q("a", "eind", "nee", "team-a"));
    const d = diffRoutes(ab, ba);
    // Same contacts everywhere; only a=nee, b=ja names both, and then in the order asked: team-a first before, team-b first now.
    expect(d.combinationsTotal).toBe(1);
    expect(d.combinations[0]!.answers.map((a) => `${a.node}=${String(a.answer)}`).sort()).toEqual(["a=nee", "b=ja"]);
    expect(d.summary).toHaveLength(1);
    // The outcome adds alarm-112 at "advies", last on both sides.
    // Only the contacts that moved: team A and team B swapped; 112 stayed third.
    expect(d.summary[0]!.order).toEqual({ from: ["team-a", "team-b"], to: ["team-b", "team-a"] });
    expect(d.summary[0]!.added).toEqual([]);
    expect(d.summary[0]!.removed).toEqual([]);
    // Change one answer's advice in the reordered version: exactly the combinations with a=nee differ (2 of 4).
    const changed = tree("b", q("b", "a", "ja", "team-b") + q("a", "eind", "nee", "alarm-112"));
    const d2 = diffRoutes(ab, changed);
    expect(d2.combinationPaths).toBe(2n);
    expect(d2.combinations.every((c) => c.answers.some((a) => a.node === "a" && a.answer === "nee"))).toBe(true);
  });

  it("a 2^40-path rejoining chain compared with itself plus one changed outcome: one result covering all 2^40 combinations (states, not paths)", async () => {
    const { loadFromTexts } = await import("../../src/load/load.js");
    const { readFileSync } = await import("node:fs");
    const contacts = { file: "contacts.yaml", text: readFileSync(join(OLD, "contacts.yaml"), "utf8") };
    const chain = (urgency: string) => {
      let y =
        "id: gen\nversion: 1.0.0\ntitle: { nl: G, en: G }\nmain: true\nsources: [ { id: s, url: https://example.org/s } ]\nentry: q0\nnodes:\n";
      for (let i = 0; i < 40; i++) {
        const next = i === 39 ? "eind" : `q${i + 1}`;
        y += `  q${i}:\n    kind: question\n    text: { nl: "q${i}?", en: "q${i}?" }\n    answers:\n      - { id: ja, label: { nl: Ja, en: "Yes" }, next: ${next} }\n      - { id: nee, label: { nl: Nee, en: "No" }, next: ${next} }\n`;
      }
      y += `  eind:\n    kind: outcome\n    title: { nl: E, en: E }\n    urgency: ${urgency}\n    advice: [ { contact: team-a, urgency: ${urgency}, why: { nl: T, en: T } } ]\n`;
      return loadFromTexts([{ file: "gen.yaml", text: y }], contacts).treeSet!;
    };
    // How long it takes is measured in bench/chain-bench.mjs (per question, against a short chain); here, what it finds.
    const d = diffRoutes(chain("regulier"), chain("spoed"));
    expect(d.combinationsTotal).toBe(1);
    expect(d.combinationPaths).toBe(2n ** 40n);
    expect(d.combinations[0]!.answers).toHaveLength(40);
  });
});

describe("diff command", () => {
  const repos: string[] = [];
  afterAll(() => {
    for (const r of repos) rmSync(r, { recursive: true, force: true });
  });

  it("folders: text by default, --json with counts as strings; exit 0 with differences", async () => {
    const io = fakeIo();
    expect(await main(["diff", OLD, NEW], io)).toBe(0);
    expect(io.stdout()).toContain("Uitkomsten verwijderd\n  - rustig  Blijf opletten [advies]: Testteam B (advies)\n");
    expect(io.stdout()).toContain(
      "Antwoordcombinaties met ander advies of een andere uitkomst (11 resultaten, 28 antwoordcombinaties)",
    );
    const json = fakeIo();
    expect(await main(["diff", OLD, NEW, "--json", "--lang", "en"], json)).toBe(0);
    const data = JSON.parse(json.stdout());
    expect(data.same).toBe(false);
    expect(data.combinationPaths).toBe("28");
    // The first (shortest) combination is the renamed outcome reached by 'gevaar' ja or weet ik niet.
    expect(data.combinations[0].count).toBe("2");
    expect(data.combinations[0].new.outcome).toBe("blijf-alert");
    expect(data.combinations[0].new.advice.map((a: { name: string }) => a.name)).toEqual([
      "Emergency number 112",
      "Test team B",
    ]);
    expect(data.outcomesChanged[0].contacts.to).toEqual([
      { contact: "team-a", urgency: "regulier", name: "Test team A" },
    ]);
  });

  it("exit 0 and 'no difference' for the same trees; exit 2 for a missing folder", async () => {
    const io = fakeIo();
    expect(await main(["diff", OLD, OLD], io)).toBe(0);
    expect(io.stdout()).toContain("Geen verschil in de routes.");
    const bad = fakeIo();
    expect(await main(["diff", OLD, join(FIXTURES, "does-not-exist")], bad)).toBe(2);
  });

  it("exit 2 when one side's trees do not load (the problems are listed)", async () => {
    const io = fakeIo();
    expect(await main(["diff", OLD, join(FIXTURES, "trees/views/cycle")], io)).toBe(2);
    expect(io.stderr()).toContain("(nieuw)");
    expect(io.stderr()).toContain("no-cycle");
  });

  it("git:REV reads trees/ at a revision with local git", async () => {
    const repo = tempDir("sr-diff-git-");
    repos.push(repo);
    const git = (...args: string[]) =>
      execFileSync(
        "git",
        ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args],
        { cwd: repo, stdio: "pipe" },
      );
    git("init", "-q");
    mkdirSync(join(repo, "trees"));
    cpSync(OLD, join(repo, "trees"), { recursive: true });
    git("add", "trees");
    git("commit", "-q", "-m", "old");
    rmSync(join(repo, "trees"), { recursive: true });
    mkdirSync(join(repo, "trees"));
    cpSync(NEW, join(repo, "trees"), { recursive: true });
    git("add", "-A", "trees");
    git("commit", "-q", "-m", "new");
    const io = fakeIo({ cwd: repo });
    expect(await main(["diff", "git:HEAD~1", "git:HEAD", "--json"], io)).toBe(0);
    const data = JSON.parse(io.stdout());
    expect(data.combinationPaths).toBe("28");
    expect(data.old).toBe("git:HEAD~1");
    // Mixed: a revision against a folder on disk.
    const io2 = fakeIo({ cwd: repo });
    expect(await main(["diff", "git:HEAD", "trees"], io2)).toBe(0);
    expect(io2.stdout()).toContain("Geen verschil in de routes.");
    // An unknown revision, or one that looks like an option, cannot run.
    const bad = fakeIo({ cwd: repo });
    expect(await main(["diff", "git:no-such-rev", "trees"], bad)).toBe(2);
    expect(bad.stderr()).toContain("no-such-rev");
    const opt = fakeIo({ cwd: repo });
    expect(await main(["diff", "git:--output=/tmp/x", "trees"], opt)).toBe(2);
    expect(opt.stderr()).toContain("Ongeldige git-revisie");
  });
});

describe("diff: what facts and new answers change", () => {
  const MEMORY = join(FIXTURES, "trees/valid/memory");
  const text = (f: string) => readFileSync(join(MEMORY, f), "utf8");
  const load = (start: string) => {
    const r = loadFromTexts([{ file: "start.yaml", text: start }], {
      file: "contacts.yaml",
      text: text("contacts.yaml"),
    });
    expect(r.diagnostics).toEqual([]);
    return r.treeSet!;
  };
  const base = load(text("start.yaml"));

  it("walks an answer added to a question both versions have, and says the old version had no such answer", () => {
    const added = load(
      text("start.yaml").replace(
        '      - { id: nee, label: { nl: Nee, en: "No" }, next: poort }',
        '      - { id: nee, label: { nl: Nee, en: "No" }, next: poort }\n      - { id: twijfel, label: { nl: Twijfel, en: Doubt }, next: poort, sets: [vermoeden] }',
      ),
    );
    const d = diffRoutes(base, added);
    expect(d.answersAdded).toEqual([{ node: "vermoeden", answer: "twijfel" }]);
    // Reached with 'gevaar: nee' and any ticks (nothing, a tick, weet ik niet: 3 ways), 'twijfel' sets the
    // suspicion, so the branch takes 'melden' in every one of them: one merged result per distinct advice so far.
    const viaNew = d.combinations.filter((c) =>
      c.answers.some((a) => a.node === "vermoeden" && a.answer === "twijfel"),
    );
    expect(viaNew.length).toBeGreaterThan(0);
    for (const c of viaNew) {
      expect(c.old.outcome).toBe("-");
      expect(c.new.outcome).toBe("melden");
    }
    expect(viaNew.reduce((n, c) => n + c.count, 0n)).toBe(3n);
    expect(combinationText(base, added, viaNew[0]!, "en")).toContain("(this answer did not exist) -> ");
  });

  it("sees a change that only a fact makes: the same answers, another route", () => {
    // Without the implied answer, 'gevaar: ja' then 'vermoeden: nee' no longer reaches 'melden' by the suspicion;
    // the branch still catches 'gevaar', so the advice is the same: only the question is asked again.
    const forgetful = load(
      text("start.yaml").replace(
        "    implied:\n      - when: gevaar\n        answer: ja\n        because: { nl: U meldde direct gevaar., en: You reported direct danger. }\n",
        "",
      ),
    );
    const d = diffRoutes(base, forgetful);
    expect(d.combinationsTotal).toBe(0);
    // ...but the branch reading only the suspicion forgets the danger: now 'gevaar: ja', 'vermoeden: nee' ends elsewhere.
    const worse = load(
      text("start.yaml")
        .replace(
          "    implied:\n      - when: gevaar\n        answer: ja\n        because: { nl: U meldde direct gevaar., en: You reported direct danger. }\n",
          "",
        )
        .replace("{ when: { anyOf: [gevaar, vermoeden] }, next: melden }", "{ when: vermoeden, next: melden }"),
    );
    const w = diffRoutes(base, worse);
    expect(
      w.combinations.some(
        (c) =>
          c.answers.some((a) => a.node === "vermoeden" && a.answer === "nee" && a.side === "new") &&
          c.new.outcome !== "melden",
      ),
    ).toBe(true);
  });
});

describe("diff: what a professional reads changed, even when the routes did not (issue 13 items 3, 12)", () => {
  const BASIC_DIR = join(FIXTURES, "trees/valid/basic");
  /** A copy of the basic fixture with one text edit applied to one file. */
  const edited = (file: string, from: string, to: string) => {
    const dir = tempDir("sr-diff-edit-");
    cpSync(BASIC_DIR, dir, { recursive: true });
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).toContain(from);
    writeFileSync(join(dir, file), text.replace(from, to));
    return loadSet(dir);
  };
  const base = loadSet(BASIC_DIR);

  it("the same trees: nothing to report, and the walk stops at the first node it knows is the same", () => {
    const d = diffRoutes(base, loadSet(BASIC_DIR));
    expect(isEmptyDiff(d)).toBe(true);
  });

  it("112's phone number changed in the directory: reported as a contact change, not 'same'", () => {
    const d = diffRoutes(base, edited("contacts.yaml", 'phone: "112"', 'phone: "0900-8844"'));
    expect(d.contactsChanged).toEqual([
      { contact: "alarm-112", fields: [{ field: "phone", from: "112", to: "0900-8844" }] },
    ]);
    expect(isEmptyDiff(d)).toBe(false);
    expect(diffText(d, base, base, { old: "a", new: "b" }, "nl", makeStyle(false))).toContain(
      "~ alarm-112: phone '112' -> '0900-8844'",
    );
  });

  it("a question's answer label changed: listed, though every route is the same (the danger question's labels come from the tool and cannot change)", () => {
    const after = edited(
      "vervolg.yaml",
      '{ id: ja, label: { nl: Ja, en: "Yes" }, next: melden }',
      '{ id: ja, label: { nl: Nee, en: "No" }, next: melden }',
    );
    const d = diffRoutes(base, after);
    expect(d.combinationsTotal).toBe(0);
    expect(d.textsChanged).toEqual([
      { node: "overleg", part: "answer", id: "ja", from: { nl: "Ja", en: "Yes" }, to: { nl: "Nee", en: "No" } },
    ]);
    expect(isEmptyDiff(d)).toBe(false);
  });

  it("112 no longer first: another order of the same contacts is a changed result", () => {
    // bel-112 now names team-a (acuut) before 112: the same contacts at the same levels, 112 second.
    const after = edited(
      "start.yaml",
      "      - { contact: alarm-112, urgency: acuut,",
      "      - { contact: team-a, urgency: acuut, why: { nl: Test., en: Test. } }\n      - { contact: alarm-112, urgency: acuut,",
    );
    const d = diffRoutes(base, after);
    // Every route through bel-112 ("ja" and "weet ik niet") changes: team-a becomes acuut and comes first.
    expect(d.combinationsTotal).toBeGreaterThan(0);
    const ordered = d.summary.filter((g) => g.order);
    expect(ordered.length).toBeGreaterThan(0);
    expect(ordered[0]!.order!.from[0]).toBe("alarm-112");
    expect(ordered[0]!.order!.to[0]).toBe("team-a");
  });
});

// Folded in from diff-summary.test.ts: the summary groups by change.
describe("diff summary", () => {
  it("groups by what changed, not by outcomes that stayed the same", async () => {
    // Drop team-a's advice from the checklist route: it changes the advice at two different outcomes.
    const dir = tempDir("sr-diff-");
    cpSync(BASIC, dir, { recursive: true });
    const file = join(dir, "start.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "next: naar-vervolg, advice: [ { contact: team-a, urgency: spoed, why: { nl: Meerdere signalen., en: Several signals. } } ]",
        "next: naar-vervolg",
      ),
    );
    const io = fakeIo();
    expect(await main(["--lang", "en", "diff", BASIC, dir], io)).toBe(0);
    const summary = io.stdout().split("Summary: how the advice changes\n")[1]!.split("\n\n")[0]!;
    // One line: team-a goes from spoed (checklist route 1) to regulier (outcome 'melden'), on
    // 3 answers to 'gevaar' x route 1 x 2 answers to 'overleg' = 6 combinations; the outcome is unchanged.
    expect(
      summary
        .trim()
        .split("\n")
        .map((l) => l.trim()),
    ).toEqual(["Test team A urgent -> regular: 6 answer combinations"]);
  });
});
