import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/graph.js";
import { main } from "../../src/cli.js";
import { docsPages } from "../../src/commands/docs.js";
import { mdText } from "../../src/render/routekaart.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";
import { fakeIo } from "../fake-io.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "sr-docs-test-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("docs", () => {
  it("writes one page per tree and index.md, readable by all (0644), inside --out only", async () => {
    const parent = tempDir();
    const out = join(parent, "routekaart");
    const io = fakeIo({ cwd: parent });
    expect(await main(["docs", "--out", "routekaart", "--trees", BASIC], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["index.md", "start.md", "vervolg.md"]);
    expect(readdirSync(parent)).toEqual(["routekaart"]);
    expect(statSync(join(out, "start.md")).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(io.stdout().trim().split("\n")).toEqual([
      "routekaart/start.md",
      "routekaart/vervolg.md",
      "routekaart/index.md",
    ]);
  });

  it("a page has title, questions with help and answers, outcomes with contacts, the diagram and the sources", () => {
    const graph = buildGraph(loadSet(BASIC));
    const start = docsPages(graph, "nl").find((p) => p.name === "start.md")!.text;
    expect(start).toMatch(/^# Routekaart: Startboom\n/);
    expect(start).toContain("Dit is de boom waar een consult begint.");
    expect(start).toContain("### Is het kind, of iemand anders, nu in direct gevaar?");
    expect(start).toContain("> Direct gevaar betekent: iemand loopt nu lichamelijk gevaar");
    expect(start).toContain("| Nee, er is nu geen direct gevaar | [Welke signalen ziet u?](#soort) | – |");
    expect(start).toContain("| minstens 2 aangevinkt | [→ Vervolg](#naar-vervolg) | Testteam A (Spoed: vandaag) |");
    expect(start).toContain("`rustig` · **Advies: wanneer het u uitkomt**");
    // team-b's hours are unconfirmed: no hours, a pointer to where to check instead.
    expect(start).toContain("  - Bereikbaar: controleer de actuele gegevens op <https://example.org/b>");
    expect(start).not.toContain("Werkdagen");
    expect(start).toContain("```mermaid\nflowchart TD\n");
    expect(start).toContain("## Bronnen\n\n- <https://example.org/test> (`test`)");
    const vervolg = docsPages(graph, "en").find((p) => p.name === "vervolg.md")!.text;
    expect(vervolg).toContain("# Route map: Follow-up");
    expect(vervolg).toContain("- **Test team A** (Regular: within days): Reporting is the norm.");
    expect(vervolg).toContain("  - Phone: 0800-0000");
    expect(vervolg).toContain("  - Website: <https://example.org/a>");
    const index = docsPages(graph, "en").find((p) => p.name === "index.md")!.text;
    expect(index).toContain("- [Start tree](start.md)");
    expect(index).toContain("- [Follow-up](vervolg.md)");
  });

  it("escapes Markdown in tree texts", () => {
    expect(mdText("a|b *c* <d> [e]")).toBe("a\\|b \\*c\\* \\<d\\> \\[e\\]");
    const page = docsPages(buildGraph(loadSet(join(FIXTURES, "trees/views/tricky"))), "nl").find(
      (p) => p.name === "end.md",
    )!.text;
    expect(page).toContain("| Nee \\| (niet) --\\> |");
  });

  it("exit 2 without --out", async () => {
    const io = fakeIo();
    expect(await main(["docs", "--trees", BASIC], io)).toBe(2);
    expect(io.stderr()).toContain("--out");
  });
});
