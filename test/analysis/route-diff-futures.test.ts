import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffRoutes, type ChangeGroup, type RouteDiff } from "../../src/analysis/route-diff.js";
import { loadFromTexts } from "../../src/load/load.js";
import { diffText, isEmptyDiff } from "../../src/render/diff-text.js";
import { makeStyle } from "../../src/render/style.js";
import { BASIC, FIXTURES, fixtureVariant, loadSet } from "../helpers.js";
import { rng } from "../random.js";

// An early info step names one more contact in the new version; everything after it is the same. The walk stops
// where both sides stand at the same question with the same facts (only the advice so far differs) and combines
// the two prefixes with the futures of that question, computed once (src/analysis/route-diff.ts).
const contacts = {
  file: "contacts.yaml",
  text: readFileSync(join(FIXTURES, "trees/views/diff-old/contacts.yaml"), "utf8"),
};
const W = "why: { nl: W, en: W }";
/**
 * q0 ("ja" passes the info step `i` with `info` as its advice, "nee" skips it), then q1 and `rest` (q1's answers
 * lead on); `facts`: the tree's facts line, if any.
 */
const loadInfoFirst = (info: string, rest: string, facts = "") =>
  loadFromTexts(
    [
      {
        file: "t.yaml",
        text: `id: t
version: 1.0.0
title: { nl: T, en: T }
main: true
sources: [ { id: s, url: https://example.org/s } ]
${facts}entry: q0
nodes:
  q0:
    kind: question
    text: { nl: "q0?", en: "q0?" }
    answers:
      - { id: ja, label: { nl: ja, en: "yes" }, next: i }
      - { id: nee, label: { nl: nee, en: "no" }, next: q1 }
  i:
    kind: info
    title: { nl: I, en: I }
    text: { nl: I, en: I }
    advice: [ ${info} ]
    next: q1
${rest}`,
      },
    ],
    contacts,
  );
const infoFirst = (info: string, rest: string) => loadInfoFirst(info, rest).treeSet!;
const tree = (extraAtInfo: string) =>
  infoFirst(
    `{ contact: alarm-112, urgency: acuut, ${W} }${extraAtInfo}`,
    `  q1:
    kind: question
    text: { nl: "q1?", en: "q1?" }
    answers:
      - { id: ja, label: { nl: ja, en: "yes" }, next: q2, advice: [ { contact: team-b, urgency: spoed, ${W} } ] }
      - { id: nee, label: { nl: nee, en: "no" }, next: q2 }
  q2:
    kind: question
    text: { nl: "q2?", en: "q2?" }
    answers:
      - { id: ja, label: { nl: ja, en: "yes" }, next: eind, advice: [ { contact: team-b, urgency: regulier, ${W} } ] }
      - { id: nee, label: { nl: nee, en: "no" }, next: eind }
  eind:
    kind: outcome
    title: { nl: E, en: E }
    urgency: regulier
    advice: [ { contact: alarm-112, urgency: advies, ${W} } ]
`,
  );

describe("diff: one more contact early, the same continuation on both sides", () => {
  const before = tree("");
  const after = tree(`, { contact: team-a, urgency: acuut, ${W} }`);

  it("counts the changed results and combinations exactly (worked out by hand)", () => {
    const d = diffRoutes(before, after);
    expect(d.complete).toBe(true);
    // 2 x 2 x 2 = 8 combinations; the 4 with q0=ja pass the info step and change (team-a added). Their ends differ
    // in team-b: q1=ja gives spoed (whatever q2 says: spoed is more urgent than regulier), q1=nee q2=ja regulier,
    // q1=nee q2=nee none: 3 distinct results, with 2, 1 and 1 combinations.
    expect(d.combinationPaths).toBe(4n);
    expect(d.combinationsTotal).toBe(3);
    expect(d.combinations.map((c) => c.count).sort()).toEqual([1n, 1n, 2n]);
    expect(d.summary).toHaveLength(1);
    expect(d.summary[0]!.added).toEqual([{ contact: "team-a", urgency: "acuut" }]);
    expect(d.summary[0]!.removed).toEqual([]);
    expect(d.summary[0]!.order).toBeUndefined();
    expect([d.summary[0]!.results, d.summary[0]!.paths]).toEqual([3, 4n]);
    for (const c of d.combinations) {
      // Each listed combination is a whole route: q0, then the two questions after the stop.
      expect(c.answers.map((a) => a.node)).toEqual(["q0", "q1", "q2"]);
      expect(c.answers[0]!.answer).toBe("ja");
      expect(c.new.advice[0]).toEqual({ contact: "alarm-112", urgency: "acuut" });
      expect(c.new.advice[1]).toEqual({ contact: "team-a", urgency: "acuut" });
      expect(c.old.advice.some((a) => a.contact === "team-a")).toBe(false);
    }
    const spoed = d.combinations.find((c) => c.count === 2n)!;
    expect(spoed.answers[1]!.answer).toBe("ja");
    expect(spoed.new.advice.find((a) => a.contact === "team-b")?.urgency).toBe("spoed");
  });

  it("a walk that stops at its limit never says the routes are the same", () => {
    const cut = diffRoutes(before, after, { combinations: 10, states: 1, checklistItems: 14 });
    expect(cut.complete).toBe(false);
    expect(isEmptyDiff(cut)).toBe(false);
  });
});

// Past the futures budget (an early change on the bundled trees has millions of distinct results), the results
// after the stop are compared on the contacts the advice so far names: exact per contact, not listed one by one.
describe("diff: too many distinct futures, compared on the contacts the change touches", () => {
  const before = tree("");
  const after = tree(`, { contact: team-a, urgency: acuut, ${W} }`);

  it("gives the same summary as the full comparison (worked out above), says so, and lists none of those results", () => {
    const d = diffRoutes(before, after, { combinations: 10, states: 1000, checklistItems: 14, futures: 1 });
    // Compared on alarm-112 and team-a (the advice so far on either side); team-b no longer tells results apart:
    // the 4 combinations with q0=ja are one result, team-a added (acuut).
    expect(d.comparedOn).toEqual({
      contacts: ["alarm-112", "team-a"],
      exhausted: false,
      results: 1,
      walkIncomplete: false,
    });
    expect(d.complete).toBe(false);
    expect(isEmptyDiff(d)).toBe(false);
    expect(d.summary).toHaveLength(1);
    expect(d.summary[0]!.added).toEqual([{ contact: "team-a", urgency: "acuut" }]);
    expect([d.summary[0]!.results, d.summary[0]!.paths]).toEqual([1, 4n]);
    expect(d.combinations).toEqual([]);
    expect(diffRoutes(before, after).comparedOn).toBeUndefined();
  });

  it("says so too when the walk before the stop was cut short (a checklist larger than its limit)", () => {
    // The basic fixture with team-b named at its 112 step: the stop is its checklist (3 items), whose tick
    // sets a limit of 2 items only samples.
    const basic = loadSet(BASIC);
    const edited = loadSet(
      fixtureVariant("start.yaml", (t) =>
        t.replace(
          "      - { contact: alarm-112, urgency: acuut, why: { nl: Er is direct gevaar., en: There is direct danger. } }\n",
          "      - { contact: alarm-112, urgency: acuut, why: { nl: Er is direct gevaar., en: There is direct danger. } }\n      - { contact: team-b, urgency: spoed, why: { nl: T., en: T. } }\n",
        ),
      ),
    );
    const d = diffRoutes(basic, edited, { combinations: 10, states: 1000, checklistItems: 2, futures: 1 });
    expect(d.comparedOn).toMatchObject({ contacts: ["alarm-112", "team-b"], walkIncomplete: true, exhausted: false });
    expect(d.complete).toBe(false);
    const text = diffText(d, basic, edited, { old: "oud", new: "nieuw" }, "en", makeStyle(false));
    expect(text).toContain("compared on the contacts the advice up to there names");
    expect(text).toContain("the comparison stopped at the limit of states");
    expect(text).toContain(`... and ${d.comparedOn!.results} result`);
  });

  it("sees the contact on top change: surely when levels differ, possibly when a tie leaves it to later answers", () => {
    // q0 "ja" passes the info step, which names team-a (regulier) in the old version only; q1 "ja" then names team-b
    // at the same level, and the outcome team-a again. Old: team-a named first, on top. New: team-b named first, on
    // top (found by the fresh-eyes review: an order change against a contact not compared on).
    const two = (info: string, q1 = "regulier") =>
      infoFirst(
        info,
        `  q1:
    kind: question
    text: { nl: "q1?", en: "q1?" }
    answers:
      - { id: ja, label: { nl: ja, en: "yes" }, next: eind, advice: [ { contact: team-b, urgency: ${q1}, ${W} } ] }
      - { id: nee, label: { nl: nee, en: "no" }, next: eind }
  eind:
    kind: outcome
    title: { nl: E, en: E }
    urgency: regulier
    advice: [ { contact: team-a, urgency: regulier, ${W} } ]
`,
      );
    const [old, now] = [
      two(`{ contact: team-a, urgency: regulier, ${W} }`),
      two(`{ contact: alarm-112, urgency: advies, ${W} }`),
    ];
    const full = diffRoutes(old, now);
    // Full: q0 ja, q1 ja: team-a, team-b -> team-b, team-a (and 112 added): the contact on top changes.
    expect(
      full.combinations.find((c) => c.answers.map((a) => String(a.answer)).join() === "ja,ja")?.new.advice[0]?.contact,
    ).toBe("team-b");
    const projected = diffRoutes(old, now, { combinations: 10, states: 1000, checklistItems: 14, futures: 1 });
    expect(projected.comparedOn?.contacts).toEqual(["alarm-112", "team-a"]);
    const top = projected.summary.filter((g) => g.top);
    // Only q1 ja: team-b (not compared on) at team-a's level, and team-a no longer named before it on the new side.
    expect(top.map((g) => [g.top, g.paths])).toEqual([
      [{ from: "team-a", to: "team-a", fromSure: true, toSure: false }, 1n],
    ]);
    const text = diffText(projected, old, now, { old: "oud", new: "nieuw" }, "en", makeStyle(false));
    expect(text).toContain("on top possibly Test team A -> Test team A or another contact");
    // A sure change: team-a at acuut named at the info step in the new version only; q1 ja names team-b at spoed,
    // more urgent than team-a's regulier at the outcome, so team-b is on top in the old version, team-a in the new.
    const spoed = (info: string) => two(info, "spoed");
    const [o2, n2] = [
      spoed(`{ contact: alarm-112, urgency: advies, ${W} }`),
      spoed(`{ contact: alarm-112, urgency: advies, ${W} }, { contact: team-a, urgency: acuut, ${W} }`),
    ];
    const sure = diffRoutes(o2, n2, { combinations: 10, states: 1000, checklistItems: 14, futures: 1 });
    expect(sure.summary.filter((g) => g.top).map((g) => [g.top, g.paths])).toEqual([
      [{ from: "", to: "team-a", fromSure: true, toSure: true }, 1n],
    ]);
    expect(diffText(sure, o2, n2, { old: "oud", new: "nieuw" }, "en", makeStyle(false))).toContain(
      "on top another contact -> Test team A",
    );
    // The full comparison agrees: q0 ja, q1 ja is the one route whose top changes (team-b -> team-a).
    const tops = diffRoutes(o2, n2).combinations.filter((c) => c.old.advice[0]?.contact !== c.new.advice[0]?.contact);
    expect(tops.map((c) => [c.old.advice[0]?.contact, c.new.advice[0]?.contact, c.count])).toEqual([
      ["team-b", "team-a", 1n],
    ]);
  });

  /** The summary's paths per (dropped, added, changed level, outcome): what comparing on some contacts keeps exactly. */
  const perContact = (d: RouteDiff) => {
    const out = new Map<string, bigint>();
    const key = (g: ChangeGroup) =>
      JSON.stringify([g.removed, g.added, g.urgencyChanged, g.outcome.from === g.outcome.to ? null : g.outcome]);
    for (const g of d.summary) {
      if (g.removed.length + g.added.length + g.urgencyChanged.length === 0 && g.outcome.from === g.outcome.to)
        continue;
      out.set(key(g), (out.get(key(g)) ?? 0n) + g.paths);
    }
    return [...out].sort(([a], [b]) => (a < b ? -1 : 1));
  };

  // Random fictional sets (seeded): an early info step whose advice changes, then questions whose answers advise
  // the three contacts at random levels, some setting a fact that a later branch reads. The full comparison is
  // the oracle: comparing on the changed contacts must give the same paths per dropped, added and changed contact.
  const URG = ["acuut", "spoed", "regulier", "advies"];
  const WHO = ["alarm-112", "team-a", "team-b"];
  const randomPair = (seed: number) => {
    const { next, pick } = rng(seed);
    const advice = (n: number) =>
      Array.from({ length: n }, () => `{ contact: ${pick(WHO)}, urgency: ${pick(URG)}, ${W} }`).join(", ");
    const k = 4 + Math.floor(next() * 3);
    const qs = Array.from({ length: k }, (_, i) => `q${i + 1}`);
    const after = (i: number) => (i + 1 < k ? qs[i + 1]! : pick(["eind-a", "eind-b"]));
    const body = qs
      .map(
        (q, i) => `  ${q}:
    kind: question
    text: { nl: "${q}?", en: "${q}?" }
    answers:
      - { id: ja, label: { nl: ja, en: "yes" }, next: ${after(i)}, advice: [ ${advice(1 + Math.floor(next() * 2))} ]${next() < 0.3 ? ", sets: [f]" : ""} }
      - { id: nee, label: { nl: nee, en: "no" }, next: ${after(i)}${next() < 0.5 ? `, advice: [ ${advice(1)} ]` : ""} }
      - { id: soms, label: { nl: soms, en: "sometimes" }, next: ${after(i)} }`,
      )
      .join("\n");
    const endC = advice(1);
    const before = [advice(1), advice(1)];
    const changed = [...before];
    changed[Math.floor(next() * 2)] = advice(1);
    if (next() < 0.5) changed.push(advice(1));
    const set = (info: string[]) =>
      loadInfoFirst(
        info.join(", "),
        `${body}
  eind-a:
    kind: outcome
    title: { nl: A, en: A }
    urgency: regulier
    advice: [ { contact: team-b, urgency: advies, ${W} } ]
  eind-b:
    kind: branch
    cases: [ { when: f, next: eind-c } ]
    otherwise: eind-a
  eind-c:
    kind: outcome
    title: { nl: C, en: C }
    urgency: spoed
    advice: [ ${endC} ]
`,
        "facts: [ { id: f, description: { nl: F, en: F } } ]\n",
      );
    return [set(before), set(changed)] as const;
  };

  it("on 40 random sets, the same paths per dropped, added and changed contact as the full comparison, and every change of the contact on top seen", () => {
    let compared = 0;
    let topChanged = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const [a, b] = randomPair(seed);
      expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const [old, now] = [a.treeSet!, b.treeSet!];
      const full = diffRoutes(old, now);
      expect(full.complete).toBe(true);
      const projected = diffRoutes(old, now, { combinations: 10, states: 200_000, checklistItems: 14, futures: 1 });
      if (projected.comparedOn === undefined) continue; // no futures to combine: nothing was compared on contacts
      compared++;
      expect(projected.comparedOn.exhausted).toBe(false);
      expect(perContact(projected), `seed ${seed}`).toEqual(perContact(full));
      // The contact on top: every change the full comparison sees is a sure or a possible change there, and every
      // sure change is one the full comparison sees (a contact outside the compared ones written "").
      const k = new Set(projected.comparedOn.contacts);
      const fullTop = new Map<string, bigint>();
      for (const c of full.combinations) {
        const [from, to] = [c.old.advice[0]?.contact ?? "", c.new.advice[0]?.contact ?? ""];
        if (from === to) continue;
        const key = `${k.has(from) ? from : ""}>${k.has(to) ? to : ""}`;
        fullTop.set(key, (fullTop.get(key) ?? 0n) + c.count);
      }
      let sure = 0n;
      let possible = 0n;
      for (const g of projected.summary) {
        if (!g.top) continue;
        if (g.top.fromSure && g.top.toSure) {
          sure += g.paths;
          expect(fullTop.get(`${g.top.from}>${g.top.to}`) ?? 0n, `seed ${seed}`).toBeGreaterThanOrEqual(g.paths);
        } else possible += g.paths;
      }
      const seen = [...fullTop.values()].reduce((x, y) => x + y, 0n);
      expect(seen, `seed ${seed}`).toBeGreaterThanOrEqual(sure);
      expect(seen, `seed ${seed}`).toBeLessThanOrEqual(sure + possible);
      if (seen > 0n) topChanged++;
    }
    // Most seeds change the info step's advice and stop at the same question on both sides.
    expect(compared).toBeGreaterThan(20);
    expect(topChanged).toBeGreaterThan(5);
  });
});
