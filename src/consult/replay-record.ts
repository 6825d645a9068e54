import { m, mf } from "../i18n/messages.js";
import { visible, type Lang } from "../model/text.js";
import type { Locator, TreeSet } from "../model/tree-set.js";
import type { ConsultRecord } from "../record/consult-record.js";

/** Replaying a saved record: say whether today's trees give the same advice as then. */
export function compareWithEarlier(then: ConsultRecord, now: ConsultRecord, lang: Lang): string {
  const sameTrees = then.treeSet.hash === now.treeSet.hash;
  // The earlier record is a file: its ids and levels are shown with control characters as \u{..}.
  const list = (r: ConsultRecord) => visible(r.advice.map((a) => `${a.contact} (${a.urgency})`).join(", "));
  const sameAdvice = then.outcome.node === now.outcome.node && list(then) === list(now);
  const lines: string[] = [];
  lines.push(
    sameTrees ? m("replaySameTrees", lang) : mf("replayTreesChanged", lang, { date: visible(then.createdAt) }),
  );
  if (sameAdvice) lines.push(m("replaySameAdvice", lang));
  else {
    lines.push(m("replayAdviceChanged", lang));
    lines.push(mf("replayThen", lang, { outcome: visible(then.outcome.node), advice: list(then) }));
    lines.push(mf("replayNow", lang, { outcome: now.outcome.node, advice: list(now) }));
  }
  return lines.join("\n") + "\n";
}

/**
 * A record is replayed only as a consult could have made it: each question at
 * most once, every step in the tree its node belongs to, and a start at the
 * main tree's entry unless the record is marked practice (records of format 1
 * and 2 have no start: they started at the entry). Returns one line per
 * problem, with its place in the file; none when the record may be replayed.
 */
export function recordProblems(
  set: TreeSet,
  record: ConsultRecord,
  file: string,
  locate: Locator | undefined,
  lang: Lang,
): string[] {
  const at = (path: readonly (string | number)[], text: string) => {
    const loc = locate?.(path);
    return loc?.line ? `${file}:${loc.line}:${loc.column ?? 1}: ${text}` : `${file}: ${text}`;
  };
  const out: string[] = [];
  if (record.start !== undefined && record.start !== set.main.entry && record.practice !== true) {
    out.push(at(["start"], mf("recordWrongStart", lang, { start: visible(record.start), entry: set.main.entry })));
  }
  const firstAt = new Map<string, number>();
  record.steps.forEach((s, i) => {
    const seen = firstAt.get(s.node);
    if (seen !== undefined)
      out.push(
        at(["steps", i, "node"], mf("recordRepeatedStep", lang, { n: i + 1, node: visible(s.node), first: seen + 1 })),
      );
    else firstAt.set(s.node, i);
    // A node today's trees do not have is reported by the replay itself ("unknown question id").
    const actual = set.nodes.get(s.node)?.tree.id;
    if (actual !== undefined && actual !== s.tree)
      out.push(
        at(
          ["steps", i, "tree"],
          mf("recordWrongTree", lang, { n: i + 1, node: visible(s.node), actual, given: visible(s.tree) }),
        ),
      );
  });
  return out;
}
