import type { RouteStep } from "../analysis/path-facts.js";
import { m, MESSAGES, mf } from "../i18n/messages.js";
import { visible, type Lang, type Text } from "../model/text.js";
import type { ChecklistNode, ChecklistRoute, EndTest, FactTest, TreeNode } from "../model/tree.js";
import { UNKNOWN_ID } from "../model/tree.js";
import { routeIndex } from "../model/route-label.js";
import type { TreeSet } from "../model/tree-set.js";

// How an edge reads for a person: the answer's label, a checklist route in
// words, "continue" for an info step, the tree a link goes to. Pure.

/** The words for one edge out of a node, by its label (see transitions.ts). */
export function edgeText(set: TreeSet, node: TreeNode, label: string, lang: Lang): string {
  switch (node.kind) {
    case "question": {
      if (label === UNKNOWN_ID) return (node.unknown?.label ?? MESSAGES.unknown)[lang];
      return node.answers.find((a) => a.id === label)?.label[lang] ?? label;
    }
    case "checklist": {
      if (label === UNKNOWN_ID) return (node.unknown?.label ?? MESSAGES.unknown)[lang];
      if (label === "otherwise") return m("routeOtherwise", lang);
      const i = routeIndex(label);
      const route = i === undefined ? undefined : node.routes[i];
      return route ? checklistRouteText(node, route, lang) : label;
    }
    case "info":
      return MESSAGES.continue[lang];
    case "link":
      return `→ ${set.trees.get(node.tree)?.title[lang] ?? node.tree}`;
    case "branch": {
      if (label === "otherwise") return m("routeOtherwise", lang);
      const c = node.cases[Number(label.replace("case-", "")) - 1];
      if (!c) return label;
      const when = testText(c.when, lang);
      return c.unless === undefined ? when : mf("wordUnless", lang, { when, unless: testText(c.unless, lang) });
    }
    case "outcome":
      return label;
  }
}

/** A fact test in words: "direct-gevaar of vermist", "niet zorg-jongere". Fact ids are kept: they are what the YAML says. */
export function testText(test: FactTest | EndTest, lang: Lang): string {
  if (typeof test === "string") return test;
  if ("advised" in test) return mf("wordAdvised", lang, { contact: test.advised });
  if ("anyOf" in test) return `(${test.anyOf.map((t) => testText(t, lang)).join(m("wordOr", lang))})`;
  if ("allOf" in test) return `(${test.allOf.map((t) => testText(t, lang)).join(m("wordAnd", lang))})`;
  return mf("wordNot", lang, { test: testText(test.not, lang) });
}

/** A branch node has no text of its own: it routes on what was said earlier. */
export const BRANCH_TITLE: Text = MESSAGES.branchTitle;

/** A checklist route's condition in words, e.g. "minstens 2 aangevinkt" or "aangevinkt: Spijbelen". */
export function checklistRouteText(node: ChecklistNode, route: ChecklistRoute, lang: Lang): string {
  const itemText = (id: string) => node.items.find((i) => i.id === id)?.label[lang] ?? id;
  const parts: string[] = [];
  if (route.anyOf) {
    const names = route.anyOf.map(itemText).join(m("wordOr", lang));
    parts.push(mf("routeTicked", lang, { items: names }));
  }
  if (route.atLeast !== undefined) {
    const pool = route.of ? ` (${route.of.map(itemText).join(", ")})` : "";
    parts.push(mf("routeAtLeast", lang, { n: route.atLeast, pool }));
  }
  if (parts.length === 0) return m("routeAlways", lang);
  return parts.join(m("wordAnd", lang));
}

/** Text of an answer value for a checklist: the ticked items' labels, or "(nothing ticked)". */
export function tickedText(node: ChecklistNode, ticked: readonly string[], lang: Lang): string {
  if (ticked.length === 0) return MESSAGES.nothingTicked[lang];
  return ticked.map((id) => node.items.find((i) => i.id === id)?.label[lang] ?? id).join(" + ");
}

/** A route as "gevaar: Nee › soort: aangevinkt: geld › …"; link hops and info steps are left out (they ask nothing). */
export function routeText(set: TreeSet, steps: readonly RouteStep[], lang: Lang): string {
  const shown = steps.filter((s) => {
    const kind = set.nodes.get(s.node)?.node.kind;
    return kind !== "link" && kind !== "info" && kind !== "branch";
  });
  if (shown.length === 0) return m("routeAtStart", lang);
  // Labels come from the trees; the maintainers' views show broken trees too, so control characters as \u{..}.
  return visible(
    shown
      .map((s) => {
        const node = set.nodes.get(s.node)!.node;
        // A checklist shows the ticks that give this result, not its route's whole condition.
        const text =
          node.kind === "checklist" && s.ticked && s.answer !== UNKNOWN_ID
            ? tickedText(
                node,
                s.ticked.filter((t) => t !== UNKNOWN_ID),
                lang,
              )
            : edgeText(set, node, s.answer, lang);
        return `${s.node}: ${text}${s.implied ? m("routeNotAsked", lang) : ""}`;
      })
      .join(" › "),
  );
}

/** A route's steps as data, with each answer in words. */
export function routeJson(
  set: TreeSet,
  steps: readonly RouteStep[],
  lang: Lang,
): { node: string; answer: string; label: string }[] {
  return steps.map((s) => ({
    node: s.node,
    answer: s.answer,
    label: edgeText(set, set.nodes.get(s.node)!.node, s.answer, lang),
  }));
}
