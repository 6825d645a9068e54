import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cautiousUnknown } from "../../src/check/rules/cautious-unknown.js";
import { contactFreshness } from "../../src/check/rules/contact-freshness.js";
import { declaredInvariants } from "../../src/check/rules/declared-invariants.js";
import { factUse } from "../../src/check/rules/fact-use.js";
import { ALL_RULES } from "../../src/check/rules/index.js";
import { noCycle } from "../../src/check/rules/no-cycle.js";
import { noDeadEnd } from "../../src/check/rules/no-dead-end.js";
import { outcomeComplete } from "../../src/check/rules/outcome-complete.js";
import { outcomeUrgency } from "../../src/check/rules/outcome-urgency.js";
import { privacy } from "../../src/check/rules/privacy.js";
import { questionHelp } from "../../src/check/rules/question-help.js";
import { reachable } from "../../src/check/rules/reachable.js";
import { references } from "../../src/check/rules/references.js";
import { terminology } from "../../src/check/rules/terminology.js";
import { translations } from "../../src/check/rules/translations.js";
import { urgencyFirst } from "../../src/check/rules/urgency-first.js";
import type { Rule } from "../../src/check/rule.js";
import { ROOT } from "../helpers.js";
import {
  contacts,
  findings,
  head,
  insertAfter,
  NODES,
  ruleTester,
  START,
  withLine,
  withLines,
  type RuleTable,
} from "./rule-tester.js";

// The RuleTester table: for every rule in src/check/rules/index.ts, sets it must accept and sets it
// must refuse, with each finding as `file:line:col severity message-id`. The fixtures build on START
// (rule-tester.ts: a 29-line valid set whose lines are listed there); a case that changes a line says
// which, and positions are counted on the line as written here. Lines appended to START begin at 30.

/** A second tree (not the main one), its nodes from line 8. */
const second = (entry: string, nodes: string) => head(entry, "vervolg", false) + nodes;

const TABLE: Record<string, [Rule, RuleTable]> = {
  references: [
    references,
    {
      valid: [
        { name: "the valid set", trees: { "start.yaml": START } },
        {
          name: "a link to a node of another tree, an end test and an invariant that name what exists",
          trees: {
            "start.yaml":
              withLine(13, "    next: verder") +
              `  verder: { kind: link, tree: vervolg, node: stap }
  extra: { kind: outcome, title: { nl: Extra, en: Extra }, urgency: advies, advice: [], actions: [{ text: { nl: Bel 112., en: Call 112. }, unless: { advised: alarm-112 } }] }
invariants:
  - { id: i, description: { nl: Test., en: Test. }, when: { answered: { node: zorg, answer: ja } }, require: { advises: team-a } }
`,
            "vervolg.yaml": second(
              "stap",
              "  stap: { kind: outcome, title: { nl: Stap, en: Step }, urgency: advies, advice: [] }\n",
            ),
          },
        },
      ],
      invalid: [
        // Line 6 `entry: gevar`: the value at column 8.
        {
          name: "an unknown entry",
          trees: { "start.yaml": withLine(6, "entry: gevar") },
          errors: ["start.yaml:6:8 error unknown-entry"],
        },
        {
          name: "an unknown next and an unknown contact",
          trees: {
            // Line 18: `next: meldne` at column 55; line 24: `contact: team-c` at column 25.
            "start.yaml": withLines({
              18: '      - { id: ja, label: { nl: Ja, en: "Yes" }, next: meldne }',
              24: "    advice: [{ contact: team-c, urgency: spoed, why: { nl: U maakt zich zorgen., en: You are worried. } }]",
            }),
          },
          errors: ["start.yaml:18:55 error unknown-target", "start.yaml:24:25 error unknown-contact"],
        },
        {
          name: "links to a tree and a node that do not exist, a next into another tree, a source that does not exist",
          trees: {
            // 30: `vervlog` at column 28; 31: `stap-twee` at 45; 32: `stap-1` (in vervolg.yaml) at 59; 33: `bronn` at 68.
            "start.yaml":
              START +
              `  weg: { kind: link, tree: vervlog }
  ander: { kind: link, tree: vervolg, node: stap-twee }
  door: { kind: info, text: { nl: Door., en: On. }, next: stap-1 }
  bronnen: { kind: info, text: { nl: Lees., en: Read. }, sources: [bronn], next: melden }
`,
            "vervolg.yaml": second(
              "stap-1",
              "  stap-1: { kind: outcome, title: { nl: Stap, en: Step }, urgency: advies, advice: [] }\n",
            ),
          },
          errors: [
            "start.yaml:30:28 error unknown-tree",
            "start.yaml:31:45 error unknown-link-node",
            "start.yaml:32:59 error next-other-tree",
            "start.yaml:33:68 error unknown-source",
          ],
        },
        {
          name: "a checklist with a duplicate item, a route naming an unknown item and a route that can never hold",
          trees: {
            // 33: the second `geld` at column 65; 34: `gelt` at 24, and `atLeast: 3` (of 2 items) at 58.
            "start.yaml":
              START +
              `  lijst:
    kind: checklist
    text: { nl: Wat ziet u?, en: What do you see? }
    items: [{ id: geld, label: { nl: Geld, en: Money } }, { id: geld, label: { nl: Weer geld, en: Money again } }]
    routes: [{ anyOf: [gelt], next: melden }, { atLeast: 3, next: melden }]
    otherwise: { next: opletten }
`,
          },
          errors: [
            "start.yaml:33:65 error duplicate-item",
            "start.yaml:34:24 error unknown-item",
            "start.yaml:34:58 error route-impossible",
          ],
        },
        {
          name: "a duplicate answer id, facts that are not declared and an implied answer that does not exist",
          trees: {
            // 19: the second `ja` at column 15; 32: `zorgn` at 12; 34: `zorgn` at 23 and `misschien` at 38.
            "start.yaml":
              withLine(19, '      - { id: ja, label: { nl: Nee, en: "No" }, next: opletten }') +
              `  tweede:
    kind: question
    sets: [zorgn]
    text: { nl: Nog een vraag?, en: Another question? }
    implied: [{ when: zorgn, answer: misschien, because: { nl: Al gezegd., en: Said already. } }]
    answers: [{ id: ja, label: { nl: Ja, en: "Yes" }, next: melden }]
`,
          },
          errors: [
            "start.yaml:19:15 error duplicate-answer",
            "start.yaml:32:12 error unknown-fact",
            "start.yaml:34:23 error unknown-fact",
            "start.yaml:34:38 error unknown-implied-answer",
          ],
        },
        {
          name: "an end test and invariant conditions that name what does not exist",
          trees: {
            // 35: `team-c` at column 96. 39: `nergens` at 31, `onbekend` at 50, `wie` at 82, `misschien` at 137.
            // 40: `team-c` at 35, `team-d` at 54.
            "start.yaml":
              START +
              `  extra:
    kind: outcome
    title: { nl: Extra, en: Extra }
    urgency: advies
    advice: []
    actions: [{ text: { nl: Bel 112 bij gevaar., en: Call 112 in danger. }, unless: { advised: team-c } }]
invariants:
  - id: knopen
    description: { nl: Test., en: Test. }
    when: { anyOf: [{ visits: nergens }, { fact: onbekend }, { answered: { node: wie, answer: ja } }, { answered: { node: zorg, answer: misschien } }] }
    require: { anyOf: [{ advises: team-c }, { first: team-d }] }
`,
          },
          errors: [
            "start.yaml:35:96 error unknown-advised-contact",
            "start.yaml:39:31 error condition-unknown-node",
            "start.yaml:39:50 error condition-unknown-fact",
            "start.yaml:39:82 error condition-unknown-question",
            "start.yaml:39:137 error condition-unknown-answer",
            "start.yaml:40:35 error condition-unknown-contact",
            "start.yaml:40:54 error condition-unknown-contact",
          ],
        },
      ],
    },
  ],

  "no-cycle": [
    noCycle,
    {
      valid: [{ name: "the valid set", trees: { "start.yaml": START } }],
      invalid: [
        {
          // Line 19: 'nee' leads back to 'zorg'; reported at the node the cycle starts from, 'zorg' (line 15, `kind` at column 5).
          name: "an answer that leads back to its own question",
          trees: { "start.yaml": withLine(19, '      - { id: nee, label: { nl: Nee, en: "No" }, next: zorg }') },
          errors: ["start.yaml:15:5 error cycle"],
        },
      ],
    },
  ],

  reachable: [
    reachable,
    {
      valid: [
        { name: "the valid set", trees: { "start.yaml": START } },
        {
          name: "a second tree linked at its entry",
          trees: {
            "start.yaml": withLine(13, "    next: verder") + "  verder: { kind: link, tree: vervolg }\n",
            "vervolg.yaml": second(
              "stap",
              "  stap: { kind: outcome, title: { nl: Stap, en: Step }, urgency: advies, advice: [] }\n",
            ),
          },
        },
      ],
      invalid: [
        {
          // 30: the node's mapping at column 13.
          name: "a node nothing leads to",
          trees: {
            "start.yaml":
              START +
              "  vergeten: { kind: outcome, title: { nl: Vergeten, en: Forgotten }, urgency: advies, advice: [] }\n",
          },
          errors: ["start.yaml:30:13 error unreachable"],
        },
        {
          // Line 19 'nee' goes to the checklist; its route 2 (anyOf geld) is always caught by route 1 (anyOf geld, spijbelen): 34, column 58.
          name: "a checklist route an earlier route always catches",
          trees: {
            "start.yaml":
              withLine(19, '      - { id: nee, label: { nl: Nee, en: "No" }, next: lijst }') +
              `  lijst:
    kind: checklist
    text: { nl: Wat ziet u?, en: What do you see? }
    items: [{ id: geld, label: { nl: Geld, en: Money } }, { id: spijbelen, label: { nl: Spijbelen, en: Truancy } }]
    routes: [{ anyOf: [geld, spijbelen], next: melden }, { anyOf: [geld], next: opletten }]
    otherwise: { next: opletten }
`,
          },
          errors: ["start.yaml:34:58 warning route-shadowed"],
        },
        {
          // vervolg.yaml line 1 `id: vervolg`: the value at column 5.
          name: "a tree no consult reaches",
          trees: {
            "start.yaml": START,
            "vervolg.yaml": second(
              "stap",
              "  stap: { kind: outcome, title: { nl: Stap, en: Step }, urgency: advies, advice: [] }\n",
            ),
          },
          errors: ["vervolg.yaml:1:5 warning tree-unreached"],
        },
        {
          // Line 13: bel-112 goes on to a link into 'stap', inside vervolg; its entry 'intro' (line 6, column 8) is never used.
          name: "a tree linked into at an inner node only",
          trees: {
            "start.yaml": withLine(13, "    next: verder") + "  verder: { kind: link, tree: vervolg, node: stap }\n",
            "vervolg.yaml": second(
              "intro",
              `  intro: { kind: info, text: { nl: Welkom., en: Welcome. }, next: stap }
  stap: { kind: outcome, title: { nl: Stap, en: Step }, urgency: advies, advice: [] }
`,
            ),
          },
          errors: ["vervolg.yaml:6:8 warning entry-unreachable"],
        },
      ],
    },
  ],

  "question-help": [
    questionHelp,
    {
      valid: [
        {
          name: "a question and a checklist with help",
          trees: {
            "start.yaml":
              head() +
              `  gevaar: { kind: danger, ja: { next: klaar }, nee: { next: zorg }, unknown: { next: klaar } }
  zorg: { kind: question, text: { nl: Maakt u zich zorgen?, en: Are you worried? }, help: { nl: Kies ja bij twijfel., en: Choose yes when in doubt. }, answers: [{ id: ja, label: { nl: Ja, en: "Yes" }, next: lijst }, { id: nee, label: { nl: Nee, en: "No" }, next: klaar }] }
  lijst: { kind: checklist, text: { nl: Wat ziet u?, en: What do you see? }, help: { nl: Vink aan wat u zelf zag., en: Tick what you saw yourself. }, items: [{ id: geld, label: { nl: Geld, en: Money } }], routes: [{ anyOf: [geld], next: klaar }], otherwise: { next: klaar } }
  klaar: { kind: outcome, title: { nl: Klaar, en: Done }, urgency: advies, advice: [] }
`,
          },
        },
      ],
      invalid: [
        {
          // START's question 'zorg' (line 14) has no help: its mapping starts on line 15 at column 5. The checklist
          // appended on line 30 has none either: its flow mapping at column 10.
          name: "a question and a checklist without help",
          trees: {
            "start.yaml":
              withLine(19, '      - { id: nee, label: { nl: Nee, en: "No" }, next: lijst }') +
              "  lijst: { kind: checklist, text: { nl: Wat ziet u?, en: What do you see? }, items: [{ id: geld, label: { nl: Geld, en: Money } }], routes: [{ anyOf: [geld], next: opletten }], otherwise: { next: opletten } }\n",
          },
          errors: ["start.yaml:15:5 warning question-without-help", "start.yaml:30:10 warning checklist-without-help"],
        },
      ],
    },
  ],

  "no-dead-end": [
    noDeadEnd,
    {
      valid: [{ name: "the valid set", trees: { "start.yaml": START } }],
      invalid: [
        {
          // Line 13: bel-112's only next does not exist, so it has no next at all (bel-112 at line 10, column 5).
          name: "a node without a valid next",
          trees: { "start.yaml": withLine(13, "    next: nergens") },
          errors: ["start.yaml:10:5 error no-next"],
        },
        {
          // 30: an info step that leads back to itself: no outcome after it (the mapping at column 9).
          name: "a loop with no way out",
          trees: { "start.yaml": START + "  rond: { kind: info, text: { nl: Rond., en: Round. }, next: rond }\n" },
          errors: ["start.yaml:30:9 error no-outcome"],
        },
      ],
    },
  ],

  "outcome-complete": [
    outcomeComplete,
    {
      valid: [{ name: "the valid set", trees: { "start.yaml": START } }],
      invalid: [
        // Line 29: `advice: []` of 'opletten', the list at column 13.
        {
          name: "an outcome that names no contact",
          trees: { "start.yaml": withLine(29, "    advice: []") },
          errors: ["start.yaml:29:13 error no-contact"],
        },
      ],
    },
  ],

  "urgency-first": [
    urgencyFirst,
    {
      valid: [
        { name: "the valid set", trees: { "start.yaml": START } },
        {
          name: "a question about direct danger whose acute answer gives 112 in the info right after it",
          trees: {
            "start.yaml":
              withLine(19, '      - { id: nee, label: { nl: Nee, en: "No" }, next: ander }') +
              `  ander:
    kind: question
    text: { nl: Is er direct gevaar voor een ander kind?, en: Is another child in direct danger? }
    answers: [{ id: ja, label: { nl: Ja, en: "Yes" }, acute: true, next: alarm }, { id: nee, label: { nl: Nee, en: "No" }, next: opletten }]
  alarm:
    kind: info
    text: { nl: Bel 112., en: Call 112. }
    advice: [{ contact: alarm-112, urgency: acuut, why: { nl: Gevaar voor een ander kind., en: Danger to another child. } }]
    next: melden
`,
          },
        },
      ],
      invalid: [
        // Line 6 `entry: zorg`: the consult starts with another question; the value at column 8.
        {
          name: "a consult that does not start with the danger question",
          trees: { "start.yaml": withLine(6, "entry: zorg") },
          errors: ["start.yaml:6:8 error first-not-danger"],
        },
        {
          // Line 8: "ja" goes straight to the question 'zorg' (`zorg` at column 39).
          name: "the danger form's 'ja' meets a question before 112",
          trees: {
            "start.yaml": withLine(
              8,
              "  gevaar: { kind: danger, ja: { next: zorg }, nee: { next: zorg }, unknown: { next: bel-112 } }",
            ),
          },
          errors: ["start.yaml:8:39 error acute-not-112"],
        },
        {
          // Line 8: team A at acuut on "ja" itself, before bel-112 gives 112: reported at 'gevaar' (its mapping at column 11).
          name: "another contact given as acuut before 112",
          trees: {
            "start.yaml": withLine(
              8,
              "  gevaar: { kind: danger, ja: { next: bel-112, advice: [{ contact: team-a, urgency: acuut, why: { nl: Bel het team., en: Call the team. } }] }, nee: { next: zorg }, unknown: { next: bel-112 } }",
            ),
          },
          errors: ["start.yaml:8:11 error other-acute-before-112"],
        },
        {
          // 32: the text of 'ander' (its mapping at column 11); 37: the item of 'lijst' (at column 13).
          name: "a question and a checklist item that name direct danger without being marked acute",
          trees: {
            "start.yaml":
              START +
              `  ander:
    kind: question
    text: { nl: Is er direct gevaar voor een ander kind?, en: Is another child in direct danger? }
    answers: [{ id: ja, label: { nl: Ja, en: "Yes" }, next: melden }, { id: nee, label: { nl: Nee, en: "No" }, next: opletten }]
  lijst:
    kind: checklist
    text: { nl: Wat ziet u?, en: What do you see? }
    items: [{ id: nu, label: { nl: Het kind is nu in direct gevaar, en: The child is in direct danger now } }]
    routes: [{ anyOf: [nu], next: melden }]
    otherwise: { next: opletten }
`,
          },
          errors: ["start.yaml:32:11 error danger-unmarked", "start.yaml:37:13 error danger-unmarked-item"],
        },
      ],
    },
  ],

  "outcome-urgency": [
    outcomeUrgency,
    {
      valid: [
        {
          name: "the valid set (after 112 a route may still end at a less urgent outcome)",
          trees: { "start.yaml": START },
        },
        {
          // Line 13: after 112 the consult goes to 'melden'; 'opletten' (closes) is reached only after "nee".
          name: "an outcome that closes, reached only where 112 was not advised",
          trees: {
            "start.yaml": insertAfter(27, "    closes: true", withLine(13, "    next: melden")),
          },
        },
      ],
      invalid: [
        // Line 23 `urgency: acuut` of 'melden', whose advice is spoed: the value at column 14.
        {
          name: "an acuut outcome without acuut advice",
          trees: { "start.yaml": withLine(23, "    urgency: acuut") },
          errors: ["start.yaml:23:14 error urgency-above-advice"],
        },
        {
          // Line 29: 'opletten' (advies, line 28) always advises team B as spoed.
          name: "an outcome less urgent than advice it always gives",
          trees: {
            "start.yaml": withLine(
              29,
              "    advice: [{ contact: team-b, urgency: spoed, why: { nl: De jongere kan zelf chatten., en: The young person can chat. } }]",
            ),
          },
          errors: ["start.yaml:28:14 error urgency-below-advice"],
        },
        {
          // A line after 27: `closes: true` is line 28 (the value at column 13); "ja" passes bel-112 (112, acuut) on the way there.
          name: "an outcome that closes after 112 was advised",
          trees: { "start.yaml": insertAfter(27, "    closes: true") },
          errors: ["start.yaml:28:13 error closes-after-112"],
        },
      ],
    },
  ],

  "cautious-unknown": [
    cautiousUnknown,
    {
      valid: [
        { name: "the valid set (no 'weet ik niet')", trees: { "start.yaml": START } },
        // It stands for every answer unless narrowed: here only for 'ja' ("nee" gives team B, which 'melden' does not).
        {
          name: "'weet ik niet' stands for 'ja' and goes where 'ja' goes",
          trees: {
            "start.yaml": insertAfter(19, "    unknown: { next: melden, standsFor: [ja] }"),
          },
        },
        {
          name: "a less cautious 'weet ik niet' with a written justification",
          trees: {
            "start.yaml": insertAfter(
              19,
              "    unknown: { next: opletten, justification: { nl: Wie twijfelt heeft hier geen signalen gezien., en: Whoever doubts here has seen no signals. } }",
            ),
          },
        },
      ],
      invalid: [
        {
          // Line 20 (after 19): `unknown: { next: opletten }`, the next at column 22: team A (spoed after "ja") is out of reach.
          name: "'weet ik niet' no longer reaches a contact an answer reaches",
          trees: {
            "start.yaml": insertAfter(19, "    unknown: { next: opletten }"),
          },
          errors: ["start.yaml:20:22 error reaches-less"],
        },
        {
          // Line 20: `unknown: { next: twijfel }`: team A can still come (twijfel "ja"), but not on every route as after "ja".
          name: "'weet ik niet' can reach a contact, but does not give it on every route",
          trees: {
            "start.yaml":
              insertAfter(19, "    unknown: { next: twijfel }") +
              `  twijfel:
    kind: question
    text: { nl: Weet u het na navragen?, en: Do you know after asking? }
    answers: [{ id: ja, label: { nl: Ja, en: "Yes" }, next: melden }, { id: nee, label: { nl: Nee, en: "No" }, next: opletten }]
`,
          },
          errors: ["start.yaml:20:22 error guarantees-less"],
        },
        {
          // Line 20: a justification of one character is no exception: both findings (its value at column 47).
          name: "a justification that is no sentence",
          trees: {
            "start.yaml": insertAfter(19, '    unknown: { next: opletten, justification: { nl: ".", en: "." } }'),
          },
          errors: ["start.yaml:20:22 error reaches-less", "start.yaml:20:47 error justification-too-short"],
        },
      ],
    },
  ],

  "declared-invariants": [
    declaredInvariants,
    {
      valid: [
        { name: "the valid set", trees: { "start.yaml": START } },
        {
          name: "an invariant that holds on every path",
          trees: {
            "start.yaml":
              START +
              "invariants:\n  - { id: melden-team-a, description: { nl: Melden geeft team A., en: Reporting gives team A. }, when: { visits: melden }, require: { advises: team-a } }\n",
          },
        },
      ],
      invalid: [
        {
          // 31: the invariant (its mapping at column 5): "nee" at 'zorg' ends at 'opletten', without team A.
          name: "an invariant that fails on a path",
          trees: {
            "start.yaml":
              START +
              `invariants:
  - id: zorg-team-a
    description: { nl: Na de zorgvraag komt team A., en: After the worry question team A follows. }
    when: { visits: zorg }
    require: { advises: team-a }
`,
          },
          errors: ["start.yaml:31:5 error violated"],
        },
        {
          // 33: `when` (its mapping at column 11): no route visits both outcomes.
          name: "an invariant that applies to no path",
          trees: {
            "start.yaml":
              START +
              `invariants:
  - id: beide
    description: { nl: Beide uitkomsten., en: Both outcomes. }
    when: { allOf: [{ visits: melden }, { visits: opletten }] }
    require: { advises: team-a }
`,
          },
          errors: ["start.yaml:33:11 warning never-applies"],
        },
        {
          // 31: 21 distinct conditions, one more than validate proves: 5 visits, 5 answers, 3 contacts advised, 8 contacts
          // advised at a level (not `advies`: a contact advised at all is advised at least as `advies`, the same condition).
          name: "an invariant with too many conditions",
          trees: {
            "start.yaml":
              START +
              `invariants:
  - id: te-veel
    description: { nl: Te veel voorwaarden., en: Too many conditions. }
    when:
      anyOf:
        - { visits: gevaar }
        - { visits: bel-112 }
        - { visits: zorg }
        - { visits: melden }
        - { visits: opletten }
        - { answered: { node: gevaar, answer: ja } }
        - { answered: { node: gevaar, answer: nee } }
        - { answered: { node: gevaar, answer: unknown } }
        - { answered: { node: zorg, answer: ja } }
        - { answered: { node: zorg, answer: nee } }
        - { advises: alarm-112 }
        - { advises: team-a }
        - { advises: team-b }
        - { advises: team-a, urgency: acuut }
        - { advises: team-a, urgency: spoed }
        - { advises: team-a, urgency: regulier }
        - { advises: team-b, urgency: acuut }
        - { advises: team-b, urgency: spoed }
        - { advises: team-b, urgency: regulier }
        - { advises: alarm-112, urgency: acuut }
        - { advises: alarm-112, urgency: spoed }
    require: { visits: melden }
`,
          },
          errors: ["start.yaml:31:5 error too-many-conditions"],
        },
      ],
    },
  ],

  "fact-use": [
    factUse,
    {
      valid: [
        { name: "the valid set (no facts)", trees: { "start.yaml": START } },
        {
          name: "a fact set by an answer and read by a branch, every case taken",
          trees: {
            "start.yaml":
              withLines({
                18: '      - { id: ja, label: { nl: Ja, en: "Yes" }, next: poort, sets: [zorgen] }',
                19: '      - { id: nee, label: { nl: Nee, en: "No" }, next: poort }',
              }) +
              `  poort: { kind: branch, cases: [{ when: zorgen, next: melden }], otherwise: opletten }
facts:
  - { id: zorgen, description: { nl: Er zijn zorgen., en: There are worries. } }
`,
          },
        },
      ],
      invalid: [
        {
          // Line 18: "ja" sets zorgen and stil, and goes to the branch 'poort'; line 19: "nee" goes to 'nog'.
          // 32: case 2 of 'poort' (column 45), caught by case 1; 34: 'extra', only behind case 2 (column 10);
          // 38: the implied answer on 'nooit', which nothing sets (column 15); 42: 'stil', never read; 43: 'nooit', never set.
          name: "facts not set or not read, a case and a node no consult reaches, an implied answer that never applies",
          trees: {
            "start.yaml":
              withLines({
                18: '      - { id: ja, label: { nl: Ja, en: "Yes" }, next: poort, sets: [zorgen, stil] }',
                19: '      - { id: nee, label: { nl: Nee, en: "No" }, next: nog }',
              }) +
              `  poort:
    kind: branch
    cases: [{ when: zorgen, next: melden }, { when: zorgen, next: extra }]
    otherwise: opletten
  extra: { kind: outcome, title: { nl: Extra, en: Extra }, urgency: spoed, advice: [{ contact: team-a, urgency: spoed, why: { nl: Extra., en: Extra. } }] }
  nog:
    kind: question
    text: { nl: Nog iets?, en: Anything else? }
    implied: [{ when: nooit, answer: ja, because: { nl: Al gezegd., en: Said already. } }]
    answers: [{ id: ja, label: { nl: Ja, en: "Yes" }, next: melden }, { id: nee, label: { nl: Nee, en: "No" }, next: opletten }]
facts:
  - { id: zorgen, description: { nl: Er zijn zorgen., en: There are worries. } }
  - { id: stil, description: { nl: Wordt niet gelezen., en: Is not read. } }
  - { id: nooit, description: { nl: Wordt niet gezet., en: Is never set. } }
`,
          },
          errors: [
            "start.yaml:32:45 warning case-never-taken",
            "start.yaml:34:10 warning node-ruled-out",
            "start.yaml:38:15 warning implied-never-applies",
            "start.yaml:42:11 warning never-read",
            "start.yaml:43:11 warning never-set",
          ],
        },
        {
          // A checklist whose one route reads all 17 items: more than the 16 the fact graph tries every combination of.
          // Reported for the whole set, at the start of the main tree (1:1).
          name: "a checklist too large to explore completely",
          trees: {
            "start.yaml":
              withLines({
                18: '      - { id: ja, label: { nl: Ja, en: "Yes" }, next: poort, sets: [zorgen] }',
                19: '      - { id: nee, label: { nl: Nee, en: "No" }, next: lijst }',
              }) +
              `  poort: { kind: branch, cases: [{ when: zorgen, next: melden }], otherwise: opletten }
  lijst:
    kind: checklist
    text: { nl: Wat ziet u?, en: What do you see? }
    items:
${Array.from({ length: 17 }, (_, i) => `      - { id: s${i + 1}, label: { nl: Signaal ${i + 1}, en: Signal ${i + 1} } }`).join("\n")}
    routes: [{ atLeast: 2, next: poort, sets: [zorgen] }]
    otherwise: { next: poort }
facts:
  - { id: zorgen, description: { nl: Er zijn zorgen., en: There are worries. } }
`,
          },
          errors: ["start.yaml:1:1 warning incomplete"],
        },
      ],
    },
  ],

  translations: [
    translations,
    {
      valid: [
        { name: "the valid set", trees: { "start.yaml": START } },
        // A name (fewer than four words) may read the same in both languages.
        {
          name: "a short name that is the same in both languages",
          trees: { "start.yaml": withLine(27, "    title: { nl: Chat met Fier, en: Chat met Fier }") },
        },
      ],
      invalid: [
        {
          // 11: an escape character in the Dutch text of bel-112 (the quoted value at column 17); 16: an English text of
          // spaces (column 43); 27: a title copied unchanged (the English value at column 56).
          name: "a control character, a blank translation and a copied sentence",
          trees: {
            "start.yaml": withLines({
              11: '    text: { nl: "Bel nu 112.\\u001b[2J", en: Call 112 now. }',
              16: '    text: { nl: Maakt u zich zorgen?, en: "   " }',
              27: "    title: { nl: Blijf goed opletten bij signalen, en: Blijf goed opletten bij signalen }",
            }),
          },
          errors: [
            "start.yaml:11:17 error control-character",
            "start.yaml:16:43 error empty",
            "start.yaml:27:56 warning untranslated",
          ],
        },
      ],
    },
  ],

  terminology: [
    terminology,
    {
      valid: [
        { name: "the valid set", trees: { "start.yaml": START } },
        {
          name: "the preferred wording",
          trees: {
            "start.yaml": withLine(
              16,
              "    text: { nl: Denkt u aan een mensenhandelaar?, en: Do you think of a trafficker? }",
            ),
          },
        },
      ],
      invalid: [
        {
          // 16: 'loverboy' in the Dutch text (column 17); 29: a phrase that blames the child, in the Dutch 'why' (column 61).
          name: "a discouraged term and a phrase that blames the child",
          trees: {
            "start.yaml": withLines({
              16: "    text: { nl: Denkt u aan een loverboy?, en: Do you think of a trafficker? }",
              29: "    advice: [{ contact: team-b, urgency: advies, why: { nl: Het meisje bood zich aan., en: The girl was recruited. } }]",
            }),
          },
          errors: ["start.yaml:16:17 error discouraged", "start.yaml:29:61 warning victim-blaming"],
        },
        {
          // The maintainer's own list (--terms): 'zorgen' in the Dutch text of 'zorg' (line 16, column 17) and in the Dutch
          // 'why' of melden's advice (line 24, column 60).
          name: "a term from the maintainer's own list",
          trees: { "start.yaml": START },
          config: { extraTerms: [{ term: "zorgen", preferred: { nl: "signalen", en: "signals" } }] },
          errors: ["start.yaml:16:17 error discouraged", "start.yaml:24:60 error discouraged"],
        },
      ],
    },
  ],

  privacy: [
    privacy,
    {
      valid: [
        { name: "the valid set", trees: { "start.yaml": START } },
        {
          name: "guidance not to write a name down",
          trees: {
            "start.yaml": withLine(
              16,
              "    text: { nl: Maakt u zich zorgen? Noteer geen naam., en: Are you worried? Write down no name. }",
            ),
          },
        },
      ],
      invalid: [
        {
          // 16: the question asks for the child's name (the Dutch value at column 17); 19: an answer asks for the BSN (column 33).
          name: "a question and an answer that ask who the child is",
          trees: {
            "start.yaml": withLines({
              16: "    text: { nl: Wat is de naam van het kind?, en: What is the child's name? }",
              19: '      - { id: nee, label: { nl: Noteer het BSN, en: "Write down the BSN" }, next: opletten }',
            }),
          },
          errors: ["start.yaml:16:17 error asks-personal-data", "start.yaml:19:33 error asks-personal-data"],
        },
      ],
    },
  ],

  "contact-freshness": [
    contactFreshness,
    {
      valid: [
        { name: "contacts checked within the last 12 months", trees: { "start.yaml": START } },
        // 12 months before 2026-11-28 is 2025-11-28: that day is still fresh.
        {
          name: "a contact checked exactly 12 months ago",
          trees: { "start.yaml": START },
          contacts: contacts("2025-11-28"),
        },
      ],
      invalid: [
        {
          // `verified` on line 2 (alarm-112, one day too old) at column 292, line 3 (team-a, in the future) at 269,
          // line 4 (team-b, 30 February) at 275.
          name: "a stale date, a date in the future and a date that does not exist",
          trees: { "start.yaml": START },
          contacts: contacts("2025-11-27", "2027-01-15", "2026-02-30"),
          errors: [
            "contacts.yaml:2:292 warning stale",
            "contacts.yaml:3:269 error future",
            "contacts.yaml:4:275 error not-a-date",
          ],
        },
      ],
    },
  ],
};

describe("the rule table", () => {
  it("has an entry for every rule validate runs, under its id", () => {
    expect(Object.keys(TABLE).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
    for (const [id, [rule]] of Object.entries(TABLE)) expect(rule.id).toBe(id);
  });

  it("START passes every rule but question-help", () => {
    // START's question has no help on purpose: every position in this table is counted on its 29 lines, and
    // a help line would move them. question-help's own entry shows the warning START gets.
    for (const rule of ALL_RULES.filter((r) => r.id !== "question-help"))
      expect(findings(rule, { name: "START", trees: { "start.yaml": START } }), rule.id).toEqual([]);
  });

  it("START's lines are where the table says they are", () => {
    const lines = START.split("\n");
    expect(lines[5]).toBe("entry: gevaar");
    expect(lines[7]).toMatch(/^ {2}gevaar: /);
    expect(lines[17]).toBe('      - { id: ja, label: { nl: Ja, en: "Yes" }, next: melden }');
    expect(lines[28]).toMatch(/^ {4}advice: \[\{ contact: team-b/);
    expect(lines).toHaveLength(30);
    expect(NODES.split("\n")).toHaveLength(23);
  });

  it("docs/rules.md names every message id of every rule, in the rule's section", () => {
    const doc = readFileSync(join(ROOT, "docs/rules.md"), "utf8");
    for (const rule of ALL_RULES) {
      const section = doc.split(/^## /m).find((s) => s.startsWith(`${rule.id}\n`)) ?? "";
      for (const id of Object.keys(rule.messages)) expect(section, `${rule.id}: ${id}`).toContain(`\`${id}\``);
    }
  });
});

for (const [rule, table] of Object.values(TABLE)) ruleTester(rule, table);
