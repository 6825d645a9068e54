import type { Text } from "../model/text.js";

/** A discouraged word or phrase and the wording to use instead. */
export interface Term {
  readonly term: string;
  readonly preferred: Text;
}

const TRAFFICKER: Text = { nl: "mensenhandelaar of uitbuiter", en: "trafficker or exploiter" };
const EXPLOITATION: Text = { nl: "seksuele uitbuiting van een kind", en: "sexual exploitation of a child" };
const VICTIM: Text = { nl: "kind dat seksueel wordt uitgebuit", en: "child who is being sexually exploited" };

/**
 * Words that hide what happens to a child or blame the child. "Loverboy"
 * makes a trafficker sound romantic; "kinderprostitutie" suggests a child can
 * choose sex work. The preferred wording names the crime and the victim, in
 * the spirit of the Terminology Guidelines for the Protection of Children
 * from Sexual Exploitation and Sexual Abuse (Luxembourg Guidelines, 2016).
 * Matched case-insensitively as whole words; maintainers add terms with
 * `validate --terms FILE`.
 */
export const DISCOURAGED_TERMS: readonly Term[] = [
  { term: "loverboy", preferred: TRAFFICKER },
  { term: "loverboys", preferred: { nl: "mensenhandelaars of uitbuiters", en: "traffickers or exploiters" } },
  {
    term: "loverboymethode",
    preferred: {
      nl: "werving door mensenhandelaars (bijvoorbeeld via een relatie)",
      en: "recruitment by traffickers (for example through a relationship)",
    },
  },
  {
    term: "loverboyproblematiek",
    preferred: { nl: "mensenhandel en seksuele uitbuiting", en: "human trafficking and sexual exploitation" },
  },
  { term: "kinderprostitutie", preferred: EXPLOITATION },
  { term: "kinderprostituee", preferred: VICTIM },
  { term: "jeugdprostitutie", preferred: EXPLOITATION },
  { term: "tienerpooier", preferred: TRAFFICKER },
  {
    term: "kindersekstoerisme",
    preferred: {
      nl: "seksuele uitbuiting van kinderen op reis",
      en: "sexual exploitation of children in travel and tourism",
    },
  },
  {
    term: "child prostitute",
    preferred: { nl: "kind dat seksueel wordt uitgebuit", en: "child who is being sexually exploited" },
  },
  {
    term: "child prostitutes",
    preferred: { nl: "kinderen die seksueel worden uitgebuit", en: "children who are being sexually exploited" },
  },
  { term: "child prostitution", preferred: EXPLOITATION },
  { term: "juvenile prostitution", preferred: EXPLOITATION },
  { term: "teen prostitution", preferred: EXPLOITATION },
];

/**
 * Phrases that make the child the actor of their own exploitation. They are
 * warnings, not errors: a quote from a perpetrator may need them, but the
 * tree's own voice should not.
 */
export const VICTIM_BLAMING: readonly Term[] = [
  { term: "prostitueerde zichzelf", preferred: { nl: "werd seksueel uitgebuit", en: "was sexually exploited" } },
  { term: "prostitueert zichzelf", preferred: { nl: "wordt seksueel uitgebuit", en: "is being sexually exploited" } },
  { term: "prostitueert zich", preferred: { nl: "wordt seksueel uitgebuit", en: "is being sexually exploited" } },
  { term: "bood zich aan", preferred: { nl: "werd geronseld of onder druk gezet", en: "was recruited or pressured" } },
  {
    term: "bood zichzelf aan",
    preferred: { nl: "werd geronseld of onder druk gezet", en: "was recruited or pressured" },
  },
  {
    term: "biedt zich aan",
    preferred: { nl: "wordt geronseld of onder druk gezet", en: "is being recruited or pressured" },
  },
  {
    term: "koos er zelf voor",
    preferred: { nl: "werd gemanipuleerd of onder druk gezet", en: "was manipulated or pressured" },
  },
  { term: "prostituted herself", preferred: { nl: "werd seksueel uitgebuit", en: "was sexually exploited" } },
  { term: "prostituted himself", preferred: { nl: "werd seksueel uitgebuit", en: "was sexually exploited" } },
  { term: "prostitutes herself", preferred: { nl: "wordt seksueel uitgebuit", en: "is being sexually exploited" } },
  { term: "prostitutes himself", preferred: { nl: "wordt seksueel uitgebuit", en: "is being sexually exploited" } },
  {
    term: "offered herself",
    preferred: { nl: "werd geronseld of onder druk gezet", en: "was recruited or pressured" },
  },
  {
    term: "offered himself",
    preferred: { nl: "werd geronseld of onder druk gezet", en: "was recruited or pressured" },
  },
  { term: "chose to sell sex", preferred: { nl: "werd seksueel uitgebuit", en: "was sexually exploited" } },
];

/**
 * A case-insensitive whole-word pattern: no letter or digit may touch the
 * term on either side, so "loverboy" does not match inside "loverboys" and
 * spaces in a phrase match any run of white space.
 */
export function termPattern(term: string): RegExp {
  const body = term
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "iu");
}
