import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { safeJson } from "../../src/web/page.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, FIXTURES, ROOT } from "../helpers.js";

// `signaalroute web`: the page it writes, and what it refuses. The script it inlines is the build's
// dist/web-app.js (npm test builds first).

function parts(html: string) {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
    attrs: m[1]!,
    body: m[2]!,
  }));
  return { csp, style, scripts };
}

const hashOf = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("signaalroute web", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sr-web-"));
  });

  it("writes one self-contained index.html (0600, in a new 0700 folder) whose CSP allows exactly its own script and style", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(["web", "--out", "site", "--trees", BASIC], io)).toBe(0);
    const file = join(dir, "site", "index.html");
    expect(io.stdout()).toBe(`Geschreven: ${file}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "site")).mode & 0o777).toBe(0o700);
    const html = readFileSync(file, "utf8");
    const { csp, style, scripts } = parts(html);
    expect(scripts.map((s) => s.attrs)).toEqual([' type="application/json" id="sr-data"', ""]);
    const code = scripts[1]!.body;
    expect(code).toBe(readFileSync(join(ROOT, "dist/web-app.js"), "utf8"));
    expect(csp).toBe(
      `default-src 'none'; script-src '${hashOf(code)}'; style-src '${hashOf(style!)}'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'; frame-src 'none'; object-src 'none'`,
    );
    // Nothing in the markup or the style that loads anything: no src/href attributes, no style sheet links, no CSS imports or urls.
    const markup = html.replace(/<script([^>]*)>[\s\S]*?<\/script>/g, "<script$1></script>");
    expect(markup.match(/\s(src|href)=|<link|@import|url\(/gi)).toBeNull();
    // And the script has no way to reach a network of its own (a CSP is the second line, not the only one).
    // The licence notice at its top is a comment (its copyright lines may name web sites): left out here.
    const program = code.replace(/^\/\*![\s\S]*?\*\/\n/, "");
    expect(program.length).toBeGreaterThan(code.length / 2);
    expect(
      program.match(/fetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|import\(|new Worker|https?:\/\//g),
    ).toBeNull();
    expect(html).toContain('<html lang="nl">');
    const data = JSON.parse(scripts[0]!.body);
    expect(data.format).toBe("signaalroute-web/1");
    expect(data.trees.map((t: { tree: { id: string } }) => t.tree.id).sort()).toEqual(["start", "vervolg"]);
    expect(data.tool).toMatch(/^signaalroute /);
  });

  it("carries the licence notice of every package bundled into its script, as THIRD_PARTY_NOTICES lists them", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(["web", "--out", "licences", "--trees", BASIC], io)).toBe(0);
    const code = parts(readFileSync(join(dir, "licences", "index.html"), "utf8")).scripts[1]!.body;
    // The notice is one comment at the script's top; the licence texts ask to be kept with every copy.
    const notice = /^\/\*![\s\S]*?\*\//.exec(code)?.[0] ?? "";
    const sections = readFileSync(join(ROOT, "THIRD_PARTY_NOTICES"), "utf8")
      .split(/^={78}$/m)
      .slice(1);
    const inPage = sections
      .map((s) => s.trim().split("\n"))
      .filter((lines) => lines.some((l) => l.startsWith("Bundled in:") && l.includes("the offline web page")));
    for (const [nameVersion, , , , ...text] of inPage) {
      expect(notice).toContain(nameVersion!);
      expect(notice).toContain(text.join("\n").trim());
    }
  });

  it("refuses to replace an existing index.html without --force (exit 2), and replaces it with --force", async () => {
    const io = fakeIo({ cwd: dir });
    writeFileSync(join(dir, "index.html"), "mine\n");
    expect(await main(["web", "--out", ".", "--trees", BASIC], io)).toBe(2);
    expect(io.stderr()).toContain("bestaat al en wordt niet zomaar overschreven");
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("mine\n");
    expect(await main(["web", "--out", ".", "--trees", BASIC, "--force", "--lang", "en"], fakeIo({ cwd: dir }))).toBe(
      0,
    );
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain('<html lang="en">');
  });

  it("refuses trees that break a safety rule exactly like a consult (exit 1, the rule named), and writes nothing", async () => {
    const io = fakeIo({ cwd: dir });
    const bad = join(FIXTURES, "trees/invalid/urgency-first/not-first");
    expect(await main(["web", "--out", "refused", "--trees", bad], io)).toBe(1);
    expect(io.stderr()).toContain("De beslisbomen kunnen niet worden gebruikt");
    expect(io.stderr()).toContain("urgency-first");
    expect(existsSync(join(dir, "refused"))).toBe(false);
    const consult = fakeIo({ cwd: dir });
    writeFileSync(join(dir, "leeg.yaml"), "{}\n");
    expect(await main(["consult", "--trees", bad, "--answers", "leeg.yaml"], consult)).toBe(1);
    expect(io.stderr()).toBe(consult.stderr());
  });

  it("needs --out (exit 2, in Dutch)", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(["web"], io)).toBe(2);
    expect(io.stderr()).toContain("verplichte optie '--out <map>' ontbreekt");
  });

  it("lays a region over the bundled trees and names it for the record", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(["web", "--out", "regio", "--region", join(ROOT, "trees/regions/voorbeeld.yaml")], io)).toBe(0);
    const data = JSON.parse(parts(readFileSync(join(dir, "regio", "index.html"), "utf8")).scripts[0]!.body);
    expect(typeof data.region).toBe("string");
    expect(data.region.length).toBeGreaterThan(0);
    expect(io.stderr()).toContain("VOORBEELD");
  });

  it("keeps tree text from closing the data block", () => {
    const json = safeJson({ text: "</script><script>alert(1)</script> & <!--" });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script> & <!--" });
  });
});
