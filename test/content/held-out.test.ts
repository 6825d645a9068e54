import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { conclude } from "../../src/engine/engine.js";
import type { AnswerValue } from "../../src/engine/state.js";
import { urgencyRank, type Urgency } from "../../src/model/urgency.js";
import { loadSet, replayCase, ROOT } from "../helpers.js";

// Held-out cases: written by a reviewer who knew the facts of a case and the sources, not the trees,
// answered once as a careful professional and once as one who knows less ("weet ik niet" where honest).
// Each states what the case NEEDS (the contacts the sources say it needs, how urgently, and whether the
// case may close), not the exact advice: the content may change as long as it keeps giving that.
interface HeldOut {
  readonly case: { nl: string; en: string };
  readonly professional: "careful" | "less-knowing";
  readonly answers: Record<string, AnswerValue>;
  readonly needs: {
    readonly contacts: readonly string[];
    readonly atLeast?: Readonly<Record<string, Urgency>>;
    readonly closes?: boolean;
    readonly first?: string;
  };
}

const dir = join(ROOT, "test/held-out");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort();
const set = loadSet(join(ROOT, "trees"));
const cases = files.map((f) => [f, parse(readFileSync(join(dir, f), "utf8")) as HeldOut] as const);

describe("held-out cases on the bundled trees", () => {
  it("there are cases for both kinds of professional", () => {
    expect(cases.filter(([, c]) => c.professional === "careful").length).toBeGreaterThanOrEqual(8);
    expect(cases.filter(([, c]) => c.professional === "less-knowing").length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)("%s gets what the case needs", (_file, c) => {
    const pos = replayCase(set, c.answers);
    expect(pos.done).toBe(true);
    const end = conclude(set, pos)!;
    const given = new Map(end.advice.map((a) => [a.contact, a.urgency] as const));
    expect(
      c.needs.contacts.filter((x) => !given.has(x)),
      "contacts the case needs but did not get",
    ).toEqual([]);
    for (const [contact, level] of Object.entries(c.needs.atLeast ?? {})) {
      expect(urgencyRank(given.get(contact) ?? "advies") <= urgencyRank(level), `${contact} at least ${level}`).toBe(
        true,
      );
    }
    if (c.needs.closes === false)
      expect(end.outcome.closes === true, `outcome ${end.outcome.id} closes the case`).toBe(false);
    if (c.needs.first) expect(end.advice[0]?.contact).toBe(c.needs.first);
  });
});
