import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { ruleInfos } from "../../src/commands/validate.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { formatSarif, headingAnchor, parseRulesDoc, type RulesDoc } from "../../src/render/diagnostics-sarif.js";
import { invalid } from "../check/check-helpers.js";
import { fakeIo } from "../fake-io.js";
import { ROOT } from "../helpers.js";
import { sarifValidator } from "./sarif-schema.js";

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  helpUri?: string;
}

const TOOL = { name: "signaalroute", version: "0.0.0" };
const D: Diagnostic = {
  file: "a.yaml",
  line: 1,
  column: 1,
  ruleId: "privacy",
  severity: "error",
  message: { nl: "x", en: "x" },
};

/** The anchors a Markdown viewer makes for the headings of a file: written out here, not with headingAnchor. */
function anchorsOf(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[`'.,:?!()]/g, "")
        .replace(/ /g, "-"),
    ),
  );
}

describe("SARIF rule help", () => {
  it("headingAnchor follows GitHub's and VS Code's rule", () => {
    expect(headingAnchor("cautious-unknown")).toBe("cautious-unknown");
    expect(headingAnchor("Region files")).toBe("region-files");
    expect(headingAnchor("What's `new`, really?")).toBe("whats-new-really");
  });

  it("parseRulesDoc: one section per ## heading, body trimmed, plain text without Markdown marks", () => {
    const doc = parseRulesDoc(
      "# Title\n\nIntro.\n\n## a-rule\n\nSeverity: error.\n\nSays **always** `x` and [more](other.md).\n\n## Other things\n\nText.\n",
    );
    expect([...doc.keys()]).toEqual(["a-rule", "Other things"]);
    expect(doc.get("a-rule")).toEqual({
      markdown: "Severity: error.\n\nSays **always** `x` and [more](other.md).",
      text: "Severity: error.\n\nSays always x and more.",
      anchor: "a-rule",
    });
    expect(doc.get("Other things")!.anchor).toBe("other-things");
  });

  it("without docs/rules.md a rule has its one line as help and no helpUri (never a link to nothing)", () => {
    const log = formatSarif([D], ruleInfos(), "en", TOOL) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] };
    const privacy = log.runs[0]!.tool.driver.rules.find((r) => r.id === "privacy")!;
    expect(privacy).toMatchObject({
      shortDescription: { text: "No question asks for the child's name, address, date of birth or BSN." },
      fullDescription: { text: "No question asks for the child's name, address, date of birth or BSN." },
      help: { text: "No question asks for the child's name, address, date of birth or BSN." },
    });
    expect(log.runs[0]!.tool.driver.rules.every((r) => r.helpUri === undefined)).toBe(true);
    expect(sarifValidator()(log)).toBe(true);
    // Sections but no file: still no helpUri.
    const noFile: RulesDoc = { sections: parseRulesDoc("## privacy\n\nBody.\n") };
    const rules = (
      formatSarif([D], ruleInfos(), "en", TOOL, noFile) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] }
    ).runs[0]!.tool.driver.rules;
    expect(rules.find((r) => r.id === "privacy")).toMatchObject({ fullDescription: { text: "Body." } });
    expect(rules.every((r) => r.helpUri === undefined)).toBe(true);
    // A file with a section for privacy only: a helpUri for privacy, none for a rule without a section.
    const onlyPrivacy: RulesDoc = { sections: parseRulesDoc("## privacy\n\nBody.\n"), fileUrl: "file:///x/rules.md" };
    const some = (
      formatSarif([D], ruleInfos(), "en", TOOL, onlyPrivacy) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] }
    ).runs[0]!.tool.driver.rules;
    expect(some.filter((r) => r.helpUri).map((r) => [r.id, r.helpUri])).toEqual([
      ["privacy", "file:///x/rules.md#privacy"],
    ]);
  });

  it("validate --format sarif: every rule's help inline from docs/rules.md, a helpUri to an existing file and heading, and the official schema holds", async () => {
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", "--format", "sarif", invalid("privacy")], io)).toBe(1);
    const log = JSON.parse(io.stdout());
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const rules: SarifRule[] = log.runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(
      ruleInfos()
        .map((r) => r.id)
        .sort(),
    );
    expect(log.runs[0].tool.driver.informationUri).toBeUndefined();
    const docFile = join(ROOT, "docs", "rules.md");
    for (const rule of rules) {
      expect(rule.helpUri, rule.id).toBeDefined();
      const url = new URL(rule.helpUri!);
      expect(url.protocol).toBe("file:");
      const file = fileURLToPath(rule.helpUri!.split("#")[0]!);
      expect(existsSync(file), file).toBe(true);
      expect(file).toBe(docFile);
      expect(anchorsOf(readFileSync(file, "utf8")).has(url.hash.slice(1)), rule.helpUri).toBe(true);
      expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(10);
      expect(rule.help.markdown!.startsWith(`**${rule.shortDescription.text}**\n\n`), rule.id).toBe(true);
    }
    // Checked by hand against docs/rules.md's privacy section.
    const privacy = rules.find((r) => r.id === "privacy")!;
    expect(privacy.helpUri).toBe(`${pathToFileURL(docFile).href}#privacy`);
    expect(privacy.fullDescription.text).toBe(
      "Severity: error.\n\nA question, item or answer that asks for a child's name, address, date of birth or BSN.\n\nMessage ids: asks-personal-data.",
    );
    expect(privacy.help.markdown).toBe(
      "**No question asks for the child's name, address, date of birth or BSN.**\n\nSeverity: error.\n\nA question, item or answer that asks for a child's name, address, date of birth or BSN.\n\nMessage ids: `asks-personal-data`.",
    );
    // The section's Markdown marks are gone from the plain text (urgency-first has `kind: danger` and `acute: true`).
    const urgency = rules.find((r) => r.id === "urgency-first")!;
    expect(urgency.help.markdown).toContain("`kind: danger`");
    expect(urgency.help.text).toContain("(kind: danger,");
    expect(urgency.help.text).not.toContain("`");
  });

  it("in Dutch the one line is Dutch; the full help stays docs/rules.md's English", async () => {
    const io = fakeIo();
    await main(["--lang", "nl", "validate", "--format", "sarif", invalid("privacy")], io);
    const privacy = (JSON.parse(io.stdout()).runs[0].tool.driver.rules as SarifRule[]).find((r) => r.id === "privacy")!;
    expect(privacy.shortDescription.text).toBe("Geen vraag naar naam, adres, geboortedatum of BSN van het kind.");
    expect(
      privacy.help.text.startsWith(
        "Geen vraag naar naam, adres, geboortedatum of BSN van het kind.\n\nSeverity: error.",
      ),
    ).toBe(true);
  });

  it("the helpUri check can fail: an anchor that is not a heading is not in anchorsOf", () => {
    expect(anchorsOf(readFileSync(join(ROOT, "docs", "rules.md"), "utf8")).has("no-such-rule")).toBe(false);
    expect(anchorsOf("## Region files\n").has("region-files")).toBe(true);
  });
});
