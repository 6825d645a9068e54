import type { Graph } from "../analysis/graph.js";
import type { Diagnostic, Severity } from "../model/diagnostic.js";
import type { Text } from "../model/text.js";

export interface CheckConfig {
  /** Contact details older than this many months are flagged. */
  readonly maxContactAgeMonths: number;
  /** Today, as YYYY-MM-DD: passed in so rules stay pure. */
  readonly today: string;
  /** Discouraged terms, extended by the maintainer's own list. */
  readonly extraTerms?: readonly { readonly term: string; readonly preferred: Text }[];
}

/** Where a problem is: a value in a tree file, in the contacts file, or nowhere in particular. */
export type Place =
  | { readonly tree: string; readonly path: readonly (string | number)[] }
  | { readonly contactIndex: number; readonly path?: readonly (string | number)[] }
  | { readonly file: string };

export interface Report {
  /** Which of the rule's messages this is (stable, for tests and tools), e.g. "acute-not-112". */
  readonly messageId?: string;
  readonly place: Place;
  readonly message: Text;
  readonly detail?: readonly Text[];
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly graph: Graph;
  readonly config: CheckConfig;
  report(r: Report): void;
}

/** A check is a small named module: an id, what it guards, and a function that reports. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly description: Text;
  /** Rules that walk the graph in order need it acyclic; they are skipped (the cycle rule reports) otherwise. */
  readonly needsAcyclic?: boolean;
  check(ctx: RuleContext): void;
}

export type { Diagnostic };
