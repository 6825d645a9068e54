import type { Text } from "./text.js";

export type Audience = "professional" | "young-person" | "anyone";

export interface Contact {
  readonly id: string;
  readonly name: Text;
  readonly phone?: string;
  readonly web?: string;
  readonly hours: Text;
  readonly audience: readonly Audience[];
  readonly anonymous: boolean;
  readonly anonymousNote?: Text;
  readonly does: Text;
  readonly sources: readonly string[];
  /** ISO date (YYYY-MM-DD) the details were last checked against the source. */
  readonly verified: string;
  /** Details not confirmed by a source: shown as "check the current details at ...". */
  readonly unconfirmed?: {
    readonly fields: readonly ("phone" | "web" | "hours")[];
    readonly checkAt: string;
  };
  /** One line for "Wat u nu doet" whenever this contact is advised. */
  readonly action?: Text;
  /** True for the organisation's own people (colleague, aandachtsfunctionaris). */
  readonly internal?: boolean;
  /** A national service (112, the police, Veilig Thuis, CSG, ...): a region file may not change its details. */
  readonly national?: boolean;
}
