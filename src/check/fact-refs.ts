import type { EndTest, FactTest, Tree, TreeNode } from "../model/tree.js";

/** One place a tree names a fact: where it sets it, or where a test reads it. */
export interface FactRef {
  readonly fact: string;
  readonly path: readonly (string | number)[];
  readonly use: "sets" | "reads";
}

/** One place an end-of-consult test names a contact (`advised`). */
export interface AdvisedRef {
  readonly contact: string;
  readonly path: readonly (string | number)[];
}

/** Every fact a tree sets or reads, and every contact its end tests name, with their paths in the file. */
export function factRefs(tree: Tree): { facts: FactRef[]; advised: AdvisedRef[] } {
  const facts: FactRef[] = [];
  const advised: AdvisedRef[] = [];
  const sets = (path: (string | number)[], list: readonly string[] | undefined) =>
    list?.forEach((f, i) => facts.push({ fact: f, path: [...path, "sets", i], use: "sets" }));
  const reads = (path: (string | number)[], t: FactTest | EndTest | undefined): void => {
    if (t === undefined) return;
    if (typeof t === "string") facts.push({ fact: t, path, use: "reads" });
    else if ("advised" in t) advised.push({ contact: t.advised, path: [...path, "advised"] });
    else if ("anyOf" in t) t.anyOf.forEach((x, i) => reads([...path, "anyOf", i], x));
    else if ("allOf" in t) t.allOf.forEach((x, i) => reads([...path, "allOf", i], x));
    else reads([...path, "not"], t.not);
  };
  const guard = (path: (string | number)[], g: { when?: FactTest | EndTest; unless?: FactTest | EndTest }) => {
    reads([...path, "when"], g.when);
    reads([...path, "unless"], g.unless);
  };
  const advice = (path: (string | number)[], list: readonly { when?: FactTest; unless?: FactTest }[] | undefined) =>
    list?.forEach((a, i) => guard([...path, "advice", i], a));
  for (const node of Object.values(tree.nodes) as TreeNode[]) {
    const base = ["nodes", node.id];
    sets(base, node.sets);
    switch (node.kind) {
      case "question":
        node.answers.forEach((a, i) => {
          sets([...base, "answers", i], a.sets);
          advice([...base, "answers", i], a.advice);
        });
        if (node.unknown) {
          sets([...base, "unknown"], node.unknown.sets);
          advice([...base, "unknown"], node.unknown.advice);
        }
        node.implied?.forEach((c, i) => guard([...base, "implied", i], c));
        break;
      case "checklist":
        node.items.forEach((it, i) => sets([...base, "items", i], it.sets));
        node.routes.forEach((r, i) => {
          sets([...base, "routes", i], r.sets);
          advice([...base, "routes", i], r.advice);
        });
        sets([...base, "otherwise"], node.otherwise.sets);
        advice([...base, "otherwise"], node.otherwise.advice);
        if (node.unknown) {
          sets([...base, "unknown"], node.unknown.sets);
          advice([...base, "unknown"], node.unknown.advice);
        }
        break;
      case "info":
        advice(base, node.advice);
        break;
      case "branch":
        node.cases.forEach((c, i) => guard([...base, "cases", i], c));
        break;
      case "outcome":
        advice(base, node.advice);
        for (const key of ["actions", "record"] as const)
          node[key]?.forEach((l, i) => "text" in l && guard([...base, key, i], l));
        break;
      case "link":
        break;
    }
  }
  return { facts, advised };
}
