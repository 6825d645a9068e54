import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { formatDiagnosticLine, formatStylish } from "../../src/render/diagnostics-text.js";
import { dotString } from "../../src/render/dot.js";
import { mermaidText } from "../../src/render/mermaid.js";
import { mdText } from "../../src/render/routekaart.js";
import { BASIC, ROOT } from "../helpers.js";
import { CONTROL, expectWellBehaved, runCli, tempDir } from "./fuzz-support.js";

// Issue 13 item 2's remainder: every human output that echoes a file's content shows its control
// characters as \u{..}. One test per output; the corpus's escape-sequences set is the input.

const ESC_SET = join(ROOT, "test/fuzz-corpus/escape-sequences");
const dir = tempDir("echo");
const SHOWN = "Startboom\\u{1b}[2J\\u{1b}[H";

describe("outputs that echo file content show control characters as \\u{..}", () => {
  it("the escaping functions of the Mermaid, DOT and Markdown renderers", () => {
    expect(mermaidText("a\u001b[2Jb")).toBe("a\\u{1b}[2Jb");
    // DOT doubles the backslash, so Graphviz draws \u{1b}.
    expect(dotString("a\u001b]0;t\u0007")).toBe('"a\\\\u{1b}]0;t\\\\u{7}"');
    expect(mdText("a\u001b[2J\nb")).toBe("a\\\\u{1b}\\[2J b");
  });

  it("graph (Mermaid)", async () => {
    const r = await runCli(["graph", "--trees", ESC_SET], dir);
    expectWellBehaved(r, "graph");
    expect(r.out).toContain(SHOWN);
  });

  it("graph --format dot", async () => {
    const r = await runCli(["graph", "--format", "dot", "--trees", ESC_SET], dir);
    expectWellBehaved(r, "graph dot");
    expect(r.out).toContain("Startboom\\\\u{1b}[2J\\\\u{1b}[H");
  });

  it("docs: the route maps on disk", async () => {
    const out = join(tempDir("echo-docs"), "docs");
    const r = await runCli(["docs", "--trees", ESC_SET, "--out", out], dir);
    expectWellBehaved(r, "docs");
    const pages = readdirSync(out).map((f) => readFileSync(join(out, f), "utf8"));
    expect(pages.some((p) => p.includes("Startboom\\\\u{1b}\\[2J"))).toBe(true);
    for (const p of pages) expect(CONTROL.exec(p)).toBeNull();
    // A source's web address is not a text the translations rule checks (found by the tree property).
    const set = tempDir("echo-url");
    for (const f of readdirSync(BASIC))
      writeFileSync(
        join(set, f),
        readFileSync(join(BASIC, f), "utf8").replace(
          "url: https://example.org/test",
          'url: "https://\\e[2Jexample.org/test"',
        ),
      );
    const out2 = join(tempDir("echo-docs"), "docs");
    expectWellBehaved(await runCli(["docs", "--trees", set, "--out", out2], dir), "docs url");
    const text = readdirSync(out2)
      .map((f) => readFileSync(join(out2, f), "utf8"))
      .join("\n");
    expect(text).toContain("<https://\\u{1b}[2Jexample.org/test>");
    expect(CONTROL.exec(text)).toBeNull();
  });

  it("routes and stats (a route's labels, an outcome's title)", async () => {
    const files = new Map(readdirSync(BASIC).map((f) => [f, readFileSync(join(BASIC, f), "utf8")]));
    const set = tempDir("echo-routes");
    for (const [f, t] of files)
      writeFileSync(
        join(set, f),
        t
          .replace("Plotseling veel geld, en:", 'Plotseling\\e[2J veel geld", en:')
          .replace("{ nl: Plotseling", '{ nl: "Plotseling')
          .replace("title: { nl: Blijf opletten,", 'title: { nl: "Blijf\\e]0;x\\a opletten",'),
      );
    const routes = await runCli(["routes", "--trees", set], dir);
    expectWellBehaved(routes, "routes");
    expect(routes.out).toContain("Plotseling\\u{1b}[2J veel geld");
    expect(routes.out).toContain("Blijf\\u{1b}]0;x\\u{7} opletten");
    const stats = await runCli(["stats", "--trees", set], dir);
    expectWellBehaved(stats, "stats");
  });

  it("diff", async () => {
    const r = await runCli(["diff", BASIC, ESC_SET], dir);
    expectWellBehaved(r, "diff");
    expect(r.out).toContain("'Testteam A\\u{1b}[2J'");
  });

  it("diagnostics lists: validate's and the one-line lists in errors", () => {
    const d: Diagnostic = {
      file: "a\u001b.yaml",
      line: 3,
      column: 5,
      severity: "error",
      ruleId: "x",
      message: { nl: "quote '\u001b[2J'\ntweede regel", en: "quote '\u001b[2J'" },
      detail: [{ nl: "\u009b31m", en: "" }],
    };
    const stylish = formatStylish([d], "nl", new Chalk({ level: 0 }));
    expect(CONTROL.exec(stylish)).toBeNull();
    expect(stylish).toContain("a\\u{1b}.yaml:3:5  fout  quote '\\u{1b}[2J'\ntweede regel");
    expect(stylish).toContain("\\u{9b}31m");
    expect(formatDiagnosticLine(d, "en")).toBe("a\\u{1b}.yaml:3:5  error  quote '\\u{1b}[2J'  x");
  });

  it("scenario run: a scenario's title and the messages about it", async () => {
    const file = join(tempDir("echo-scenario"), "s.yaml");
    writeFileSync(
      file,
      'id: x\ntitle: { nl: "Titel\\e[2J", en: "Title\\e[2J" }\nanswers: { gevaar: nee, soort: [] }\nexpect: { outcome: melden }\n',
    );
    const r = await runCli(["scenario", "run", file, "--trees", BASIC], dir);
    expectWellBehaved(r, "scenario run");
    expect(r.code).toBe(1);
    expect(r.out).toContain("x: Titel\\u{1b}[2J");
  });

  it("contacts: a search word that finds nothing", async () => {
    const r = await runCli(["contacts", "x\u001b[2J"], dir);
    expectWellBehaved(r, "contacts");
    expect(r.err).toContain("'x\\u{1b}[2J'");
  });
});
