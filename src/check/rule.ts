import type { Graph } from "../analysis/graph.js";
import type { Diagnostic, Severity } from "../model/diagnostic.js";
import type { MessageValues } from "../i18n/messages.js";
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

/** What a message's {placeholders} are filled with: a Text gives each language its own words. */
export type MessageData = MessageValues;

export interface Report<Id extends string = string> {
  /** Which of the rule's messages this is (a key of its `messages`; stable, for tests and tools), e.g. "acute-not-112". */
  readonly messageId: Id;
  /** The values of the message's {placeholders}. */
  readonly data?: MessageData;
  readonly place: Place;
  readonly detail?: readonly Text[];
  readonly severity?: Severity;
}

export interface RuleContext<Id extends string = string> {
  readonly graph: Graph;
  readonly config: CheckConfig;
  report(r: Report<Id>): void;
}

/**
 * A check is a small named module: an id, what it guards, the messages it can report (ESLint's
 * `meta.messages`: an id per message, Dutch and English with {placeholders}), and a function that
 * reports by message id. Tests assert the ids, not the wording.
 */
export interface Rule<Id extends string = string> {
  readonly id: string;
  readonly severity: Severity;
  readonly description: Text;
  readonly messages: Readonly<Record<Id, Text>>;
  /** Rules that walk the graph in order need it acyclic; they are skipped (the cycle rule reports) otherwise. */
  readonly needsAcyclic?: boolean;
  check(ctx: RuleContext<Id>): void;
}

/** A rule whose reports may name only the message ids it declares (checked by the compiler). */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

export type { Diagnostic };
