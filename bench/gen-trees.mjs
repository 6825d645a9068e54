// Generators of large, fictional tree sets for the scale test and the
// validate benchmark. Pure: they return YAML texts, the caller writes or loads
// them. Every generated set passes every rule (apart from what a generator is
// asked to break), so a scale test can assert "no errors" and mean it: every
// question and checklist has help (question-help).

const CONTACTS = `# Generated, fictional contacts.
contacts:
  - { id: alarm-112, name: { nl: Alarmnummer, en: Emergency number }, phone: "112", hours: { nl: Altijd, en: Always }, audience: [anyone], anonymous: false, does: { nl: Hulp bij gevaar., en: Help in danger. }, sources: [https://example.org/112], verified: "2026-11-01" }
  - { id: team-a, name: { nl: Team A, en: Team A (test) }, hours: { nl: Werkdagen, en: Weekdays }, audience: [professional], anonymous: true, does: { nl: Advies., en: Advice. }, sources: [https://example.org/a], verified: "2026-11-01" }
  - { id: team-b, name: { nl: Team B, en: Team B (test) }, hours: { nl: Werkdagen, en: Weekdays }, audience: [young-person], anonymous: true, does: { nl: Chat., en: Chat (test). }, sources: [https://example.org/b], verified: "2026-11-01" }
`;

/** Texts differ per language (the translations rule) and name no person (privacy). */
const text = (nl, en) => `{ nl: "${nl}", en: "${en}" }`;
const advice = (contact, urgency) =>
  `[ { contact: ${contact}, urgency: ${urgency}, why: ${text(`Reden ${contact}.`, `Reason ${contact}.`)} } ]`;

function header(id, main, entry) {
  return [
    `id: ${id}`,
    "version: 1.0.0",
    `title: ${text(`Deel ${id}`, `Part ${id}`)}`,
    ...(main ? ["main: true"] : []),
    "sources:",
    "  - { id: test, url: https://example.org/test }",
    `entry: ${entry}`,
    "nodes:",
  ];
}

/** The acute-danger opening every main tree needs (urgency-first): 3 nodes. */
function opening(next) {
  return [
    // The danger form: its question and answers come from the tool.
    `  gevaar: { kind: danger, ja: { next: bel }, nee: { next: ${next} }, unknown: { next: bel } }`,
    `  bel: { kind: info, text: ${text("Bel nu 112.", "Call 112 now.")}, advice: ${advice("alarm-112", "acuut")}, next: acuut }`,
    `  acuut: { kind: outcome, title: ${text("Acuut", "Acute")}, urgency: acuut, advice: ${advice("alarm-112", "acuut")} }`,
  ];
}

/**
 * About `nodes` nodes in files of at most `perFile` nodes, chained by link
 * nodes. Each file is a rejoining ladder: question j answers to j+1 and j+2
 * (and every fourth also to an outcome of its own), every tenth node is an
 * info node with advice, and every tenth a checklist; so the path count grows
 * exponentially with the size, as in real trees, only faster.
 * Returns { trees: [{ file, text }], contacts: { file, text }, nodes, invariant }.
 */
export function genLargeTree(nodes, perFile = 1000) {
  const files = [];
  let made = 3;
  for (let part = 0; made < nodes; part++) {
    const p = `p${part}`;
    const spine = [];
    const lines = [];
    const budget = Math.min(perFile, nodes - made);
    // Each spine node adds 1 node, plus a leaf outcome on every fourth question; the last one is a link or the end.
    let count = 0;
    while (count < budget - 1) {
      spine.push(`${p}-s${spine.length}`);
      count += spine.length % 4 === 1 ? 2 : 1;
    }
    const last = nodes - made - count <= 1;
    spine.push(`${p}-${last ? "einde" : "door"}`);
    const at = (j) => spine[Math.min(j, spine.length - 1)];
    spine.forEach((id, j) => {
      if (j === spine.length - 1) {
        lines.push(
          last
            ? `  ${id}: { kind: outcome, title: ${text("Einde", "End")}, urgency: spoed, advice: ${advice("team-a", "spoed")} }`
            : `  ${id}: { kind: link, tree: p${part + 1} }`,
        );
      } else if (j % 10 === 3) {
        lines.push(
          `  ${id}: { kind: info, text: ${text(`Uitleg ${id}.`, `Explanation ${id}.`)}, advice: ${advice("team-b", "regulier")}, next: ${at(j + 1)} }`,
        );
      } else if (j % 10 === 7) {
        const items = ["x", "y", "z"]
          .map((i) => `{ id: ${i}, label: ${text(`Signaal ${i}`, `Signal ${i}`)} }`)
          .join(", ");
        lines.push(
          `  ${id}: { kind: checklist, text: ${text(`Signalen ${id}?`, `Signals ${id}?`)}, help: ${text(`Uitleg bij ${id}.`, `Help for ${id}.`)}, items: [ ${items} ], routes: [ { anyOf: [x], next: ${at(j + 1)}, advice: ${advice("team-a", "regulier")} }, { atLeast: 2, next: ${at(j + 2)} } ], otherwise: { next: ${at(j + 1)} }, unknown: { next: ${at(j + 1)}, advice: ${advice("team-a", "regulier")} } }`,
        );
      } else {
        const leaf = j % 4 === 0 ? `, { id: c, label: ${text("Klaar", "Done")}, next: ${id}-uit }` : "";
        lines.push(
          `  ${id}: { kind: question, text: ${text(`Vraag ${id}?`, `Question ${id}?`)}, help: ${text(`Uitleg bij ${id}.`, `Help for ${id}.`)}, answers: [ { id: a, label: ${text("Eerste", "First")}, next: ${at(j + 1)} }, { id: b, label: ${text("Tweede", "Second")}, next: ${at(j + 2)} }${leaf} ], unknown: { next: ${at(j + 1)}, standsFor: [a] } }`,
        );
        if (leaf)
          lines.push(
            `  ${id}-uit: { kind: outcome, title: ${text("Afgerond", "Finished")}, urgency: advies, advice: ${advice("team-b", "advies")} }`,
          );
      }
    });
    made += lines.length;
    const main = part === 0;
    const invariants = main
      ? [
          "invariants:",
          `  - { id: acuut-112, description: ${text("Acuut betekent 112.", "Acute means 112.")}, when: { reachesUrgency: acuut }, require: { advises: alarm-112 } }`,
          `  - { id: x-team-a, description: ${text("Signaal x leidt naar team A.", "Signal x leads to team A.")}, when: { answered: { node: p0-s7, answer: x } }, require: { advises: team-a } }`,
        ]
      : [];
    const body = main ? [...opening(spine[0]), ...lines] : lines;
    files.push({
      file: `${p}.yaml`,
      text: [...header(p, main, main ? "gevaar" : spine[0]), ...body, ...invariants].join("\n") + "\n",
    });
  }
  return { trees: files, contacts: { file: "contacts.yaml", text: CONTACTS }, nodes: made };
}

/**
 * The rejoining chain: after the acute-danger question, `length` two-way
 * questions where both answers lead to the next, so 2^length paths. Answer
 * "ja" at the middle question advises team A, "ja" at three quarters
 * advises team B. Two invariants: one that holds on every path, and one that
 * fails on the 2^(length-3) paths answering "ja" at c0, the middle and three
 * quarters (no advice there is urgent, and only "nee" at three quarters excuses).
 */
export function genChain(length = 60) {
  const q = (i) => (i < length ? `c${i}` : "einde");
  const mid = Math.floor(length / 2);
  const late = Math.floor((3 * length) / 4);
  const lines = [...opening("c0")];
  for (let i = 0; i < length; i++) {
    const ja =
      i === mid
        ? `, advice: ${advice("team-a", "regulier")}`
        : i === late
          ? `, advice: ${advice("team-b", "regulier")}`
          : "";
    lines.push(
      `  c${i}: { kind: question, text: ${text(`Vraag ${i}?`, `Question ${i}?`)}, help: ${text(`Uitleg bij vraag ${i}.`, `Help for question ${i}.`)}, answers: [ { id: ja, label: ${text("Ja", "Yes")}, next: ${q(i + 1)}${ja} }, { id: nee, label: ${text("Nee", "No")}, next: ${q(i + 1)} } ] }`,
    );
  }
  lines.push(
    `  einde: { kind: outcome, title: ${text("Einde", "End")}, urgency: regulier, advice: ${advice("team-b", "advies")} }`,
  );
  const invariants = [
    "invariants:",
    `  - { id: midden-team-a, description: ${text("Ja in het midden leidt naar team A.", "Yes in the middle leads to team A.")}, when: { answered: { node: c${mid}, answer: ja } }, require: { advises: team-a } }`,
    `  - { id: team-a-en-b-spoed, description: ${text("Ja aan het begin en in het midden eist spoed.", "Yes at the start and in the middle requires urgency.")}, when: { allOf: [ { answered: { node: c0, answer: ja } }, { answered: { node: c${mid}, answer: ja } } ] }, require: { reachesUrgency: spoed }, unless: { answered: { node: c${late}, answer: nee } } }`,
  ];
  const textOut = [...header("keten", true, "gevaar"), ...lines, ...invariants].join("\n") + "\n";
  return {
    trees: [{ file: "keten.yaml", text: textOut }],
    contacts: { file: "contacts.yaml", text: CONTACTS },
    nodes: length + 4,
    mid,
    late,
  };
}
