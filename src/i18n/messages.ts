import type { Lang, Text } from "../model/text.js";

/** Fixed texts of the interface, in Dutch and English. Tree content carries its own texts. */
export const MESSAGES = {
  opening: {
    nl: "Bij direct gevaar: bel 112. Dit hulpmiddel ondersteunt u bij de meldcode; het vervangt de meldcode en uw professionele oordeel niet.",
    en: "In direct danger: call 112. This tool supports you with the reporting code (meldcode); it does not replace the meldcode or your professional judgement.",
  },
  noPersonalData: {
    nl: "U hoeft geen naam, adres of BSN van het kind in te vullen. Dit hulpmiddel vraagt daar nooit om.",
    en: "You do not need to enter the child's name, address or BSN. This tool never asks for them.",
  },
  unknown: { nl: "Weet ik niet", en: "I don't know" },
  help: { nl: "? Uitleg bij deze vraag", en: "? Help for this question" },
  back: { nl: "← Terug naar de vorige vraag", en: "← Back to the previous question" },
  quit: { nl: "Stoppen (uw antwoorden blijven bewaard)", en: "Stop (your answers are kept)" },
  continue: { nl: "Verder", en: "Continue" },
  whenReady: { nl: "Verder als u klaar bent met lezen", en: "Continue when you have read this" },
  noHelp: { nl: "Bij deze vraag is geen extra uitleg.", en: "There is no extra help for this question." },
  checklistHint: {
    nl: "Vink met de spatiebalk aan wat past; Enter gaat verder. Niets aanvinken is ook een antwoord.",
    en: "Tick what applies with Space; Enter continues. Ticking nothing is an answer too.",
  },
  checklistUnknownHeading: { nl: "Niet zeker?", en: "Not sure?" },
  keyMove: { nl: "bladeren", en: "move" },
  keyTick: { nl: "aanvinken", en: "tick" },
  keySubmit: { nl: "verder", en: "continue" },
  keyHelp: { nl: "uitleg", en: "help" },
  keyBack: { nl: "terug", en: "back" },
  keyStop: { nl: "stoppen", en: "stop" },
  keyChoose: { nl: "kiezen", en: "choose" },
  keyToList: { nl: "terug naar de lijst", en: "back to the list" },
  confirmEmpty: { nl: "U heeft niets aangevinkt. Geen van deze?", en: "You ticked nothing. None of these?" },
  confirmNone: { nl: "Ja, geen van deze", en: "Yes, none of these" },
  confirmReturn: { nl: "Terug naar de lijst", en: "Back to the list" },
  confirmHint: { nl: "Aanvinken doet u in de lijst, met de spatiebalk.", en: "To tick, go back to the list and press Space." },
  noBack: { nl: "Dit is de eerste vraag: terug kan hier niet.", en: "This is the first question: there is no going back." },
  resumed: { nl: "Uw eerdere consult gaat verder waar het stopte.", en: "Your earlier consult continues where it stopped." },
  noDraft: { nl: "Er is geen onderbroken consult om verder te gaan.", en: "There is no interrupted consult to resume." },
  stopped: {
    nl: "Gestopt. Uw antwoorden zijn bewaard; ga verder met: signaalroute consult --resume",
    en: "Stopped. Your answers are kept; continue with: signaalroute consult --resume",
  },
  noTerminal: {
    nl: "Geen terminal: een consult stelt vragen en heeft een terminal nodig. Gebruik --answers BESTAND om zonder terminal te werken.",
    en: "No terminal: a consult asks questions and needs a terminal. Use --answers FILE to run without one.",
  },
  exampleRegion: {
    nl: "Let op: dit is een VOORBEELD-regiobestand met verzonnen gegevens. Gebruik het niet voor een echt kind.",
    en: "Note: this is an EXAMPLE region file with made-up details. Do not use it for a real child.",
  },
  adviceTitle: { nl: "Advies", en: "Advice" },
  doNow: { nl: "Wat u nu doet", en: "What to do now" },
  doNext: { nl: "Wat u daarna doet", en: "What to do next" },
  whoHeading: { nl: "Wie u inschakelt, meest dringend eerst", en: "Who to contact, most urgent first" },
  whyHeading: { nl: "Waarom deze contacten", en: "Why these contacts" },
  contactFirst: { nl: "Neem contact op met", en: "Contact" },
  fullDetails: {
    nl: "Alle gegevens van een contact (website, bereikbaarheid, wat zij doen) staan in het verslag en in: signaalroute contacts [naam]",
    en: "Every contact's full details (website, hours, what they do) are in the record and in: signaalroute contacts [name]",
  },
  inShort: { nl: "In het kort", en: "In short" },
  toRecord: { nl: "Wat u vastlegt in het dossier", en: "What to record in the file" },
  why: { nl: "Waarom", en: "Why" },
  phone: { nl: "Telefoon", en: "Phone" },
  web: { nl: "Website", en: "Website" },
  hours: { nl: "Bereikbaar", en: "Available" },
  anonymous: { nl: "Anoniem mogelijk", en: "Can be anonymous" },
  checkCurrent: { nl: "Controleer de actuele gegevens op", en: "Check the current details at" },
  internalContact: { nl: "binnen uw eigen organisatie", en: "within your own organisation" },
  saveRecord: { nl: "Wilt u een verslag van dit consult opslaan?", en: "Do you want to save a record of this consult?" },
  saveMarkdown: { nl: "Ja, als Markdown (om te lezen)", en: "Yes, as Markdown (to read)" },
  saveJson: { nl: "Ja, als JSON (voor systemen)", en: "Yes, as JSON (for systems)" },
  saveBoth: { nl: "Ja, allebei", en: "Yes, both" },
  saveNone: { nl: "Nee", en: "No" },
  savePath: { nl: "Bestandsnaam (zonder extensie)", en: "File name (without extension)" },
  fileExists: { nl: "Dit bestand bestaat al", en: "This file already exists" },
  otherName: { nl: "Een andere naam kiezen", en: "Choose another name" },
  overwrite: { nl: "Overschrijven", en: "Overwrite" },
  consultRunning: {
    nl: "Er loopt al een consult in een andere terminal. Maak dat eerst af of stop het; twee tegelijk zouden elkaars concept overschrijven. Proces",
    en: "A consult is already running in another terminal. Finish or stop it first; two at once would overwrite each other's draft. Process",
  },
  resumeQuestion: { nl: "Er staat een onderbroken consult klaar.", en: "An interrupted consult is waiting." },
  resumeChoice: { nl: "Verder met het onderbroken consult", en: "Continue the interrupted consult" },
  newChoice: { nl: "Opnieuw beginnen (het onderbroken consult vervalt)", en: "Start again (the interrupted consult is dropped)" },
  draftCorrupt: {
    nl: "Het bewaarde concept was beschadigd en is niet gebruikt. Het staat apart in",
    en: "The saved draft was damaged and was not used. It has been put aside in",
  },
  draftUnwritable: {
    nl: "Het concept kan niet worden bewaard in deze map; zonder concept kan een onderbroken consult niet verder. Kies een andere map met SIGNAALROUTE_DATA_DIR:",
    en: "The draft cannot be saved in this folder; without it an interrupted consult cannot resume. Choose another folder with SIGNAALROUTE_DATA_DIR:",
  },
  draftLost: {
    nl: "Let op: het concept kon niet worden bijgewerkt. Uw laatste antwoorden zijn bij onderbreken niet bewaard.",
    en: "Note: the draft could not be updated. Your latest answers are not kept if the consult is interrupted.",
  },
  treesChanged: {
    nl: "De beslisbomen zijn veranderd sinds het consult werd onderbroken. Antwoorden die niet meer passen, worden opnieuw gevraagd:",
    en: "The decision trees changed since the consult was interrupted. Answers that no longer fit are asked again:",
  },
  answersOnly: {
    nl: "--json hoort bij --answers. Een interactief consult biedt aan het eind zelf aan een verslag op te slaan (met --record in het bestand dat u noemt).",
    en: "--json goes with --answers. An interactive consult offers to save a record at the end (with --record to the file you name).",
  },
  saved: { nl: "Opgeslagen (alleen leesbaar voor u)", en: "Saved (readable by you only)" },
  recordHeading: { nl: "Verslag signaalroute-consult", en: "signaalroute consult record" },
  recordIntro: {
    nl: "Dit verslag noemt geen naam, adres, geboortedatum of BSN, maar bevat wel gevoelige gegevens over een kind en een vermoeden. Bewaar het alleen in het dossier, niet in mail of op een gedeelde schijf. Vul zelf feiten, bronnen en data aan en markeer interpretaties als interpretatie.",
    en: "This record names no name, address, date of birth or BSN, but it does hold sensitive information about a child and a suspicion. Keep it only in the case file, not in email or on a shared drive. Add facts, sources and dates yourself and mark interpretations as such.",
  },
  answersGiven: { nl: "Vragen en antwoorden", en: "Questions and answers" },
  treesUsed: { nl: "Gebruikte beslisbomen", en: "Decision trees used" },
  date: { nl: "Datum en tijd", en: "Date and time" },
  nothingTicked: { nl: "(niets aangevinkt)", en: "(nothing ticked)" },
  impliedMark: { nl: "(niet gevraagd)", en: "(not asked)" },
  impliedRecord: { nl: "Niet gevraagd, volgt uit eerdere antwoorden:", en: "Not asked, follows from earlier answers:" },
  factsHeading: { nl: "Wat eerder in dit consult is gezegd", en: "What was said earlier in this consult" },
  outcome: { nl: "Uitkomst", en: "Outcome" },
  urgency: { nl: "Urgentie", en: "Urgency" },
  // Drafts per consult (issue 8 item 7) and interruptions (issue 13 item 9). {placeholders} are filled by mf().
  draftsWaiting: { nl: "Er staan {n} onderbroken consulten klaar (meest recent eerst).", en: "{n} interrupted consults are waiting (most recent first)." },
  draftWaitingOne: { nl: "Er staat een onderbroken consult klaar: {draft}", en: "An interrupted consult is waiting: {draft}" },
  draftResumeThis: { nl: "Verder met dit consult", en: "Continue this consult" },
  draftNewKeep: { nl: "Nieuw consult beginnen (de onderbroken consulten blijven bewaard)", en: "Start a new consult (the interrupted ones are kept)" },
  draftNewKeepOne: { nl: "Nieuw consult beginnen (het onderbroken consult blijft bewaard)", en: "Start a new consult (the interrupted one is kept)" },
  draftPick: { nl: "Met welk consult wilt u verder?", en: "Which consult do you want to continue?" },
  draftLine: { nl: "begonnen {created}, bewaard {saved} · {progress}", en: "started {created}, saved {saved} · {progress}" },
  draftProgressNone: { nl: "nog geen vraag beantwoord", en: "no question answered yet" },
  draftProgress: { nl: "bij vraag {n}", en: "at question {n}" },
  draftProgressDone: { nl: "alle vragen beantwoord, het advies is gegeven (nog niet bewaard als verslag)", en: "every question answered, the advice was given (not yet saved as a record)" },
  draftProgressAnswers: { nl: "bij vraag {n}; eerste antwoorden: {answers}", en: "at question {n}; first answers: {answers}" },
  draftPractice: { nl: "oefenconsult (--start)", en: "practice consult (--start)" },
  draftRunningElsewhere: { nl: "loopt nu in een andere terminal (proces {pid})", en: "running now in another terminal (process {pid})" },
  draftRunningOtherHost: { nl: "loopt op een andere computer ({host}, proces {pid})", en: "running on another computer ({host}, process {pid})" },
  draftResuming: { nl: "Verder met het consult {draft}", en: "Continuing the consult {draft}" },
  draftBusy: {
    nl: "Dit consult ({id}) loopt al in een andere terminal (proces {pid}). Maak het daar af of stop het eerst; twee tegelijk zouden elkaars antwoorden overschrijven. Een ander consult kan wel.",
    en: "This consult ({id}) is already running in another terminal (process {pid}). Finish or stop it there first; two at once would overwrite each other's answers. Another consult can run.",
  },
  draftUnknownId: { nl: "Er is geen onderbroken consult met id '{id}'. Wel: {ids}", en: "There is no interrupted consult with id '{id}'. There are: {ids}" },
  draftUnknownIdNone: { nl: "Er is geen onderbroken consult met id '{id}'; er zijn geen onderbroken consulten.", en: "There is no interrupted consult with id '{id}'; there are no interrupted consults." },
  draftAllRunning: { nl: "Alle onderbroken consulten lopen nu in een andere terminal.", en: "Every interrupted consult is running in another terminal now." },
  draftRecovered: { nl: "Het laatste antwoord van consult {id} is teruggehaald uit een tijdelijk bestand (het proces werd onderbroken tijdens het bewaren).", en: "The last answer of consult {id} was recovered from a temporary file (the process was stopped while saving)." },
  draftNotFromStart: {
    nl: "Het bewaarde consult begint niet bij de eerste vraag (direct gevaar) maar bij '{start}', en is niet als oefenconsult begonnen. Het is niet gebruikt en staat apart in {file}. Begin een nieuw consult met: signaalroute consult --new",
    en: "The saved consult does not start at the first question (direct danger) but at '{start}', and was not started as a practice consult. It was not used and has been put aside in {file}. Start a new consult with: signaalroute consult --new",
  },
  draftDoesNotReplay: {
    nl: "De antwoorden in het bewaarde consult passen niet bij de beslisbomen waarmee het werd gemaakt ({reason}). Het is niet gebruikt en staat apart in {file}. Begin een nieuw consult met: signaalroute consult --new",
    en: "The answers in the saved consult do not fit the decision trees it was made with ({reason}). It was not used and has been put aside in {file}. Start a new consult with: signaalroute consult --new",
  },
  draftPracticeResumed: { nl: "Let op: dit is een oefenconsult (begonnen met --start bij '{start}'), niet vanaf de eerste vraag.", en: "Note: this is a practice consult (started with --start at '{start}'), not from the first question." },
  stoppedDraft: {
    nl: "Gestopt. Uw antwoorden zijn bewaard; ga verder met: signaalroute consult --resume {id}",
    en: "Stopped. Your answers are kept; continue with: signaalroute consult --resume {id}",
  },
  stoppedSignal: {
    nl: "Gestopt door signaal {signal}. Uw antwoorden zijn bewaard; ga verder met: signaalroute consult --resume {id}",
    en: "Stopped by signal {signal}. Your answers are kept; continue with: signaalroute consult --resume {id}",
  },
  stoppedSignalPlain: { nl: "Gestopt door signaal {signal}.", en: "Stopped by signal {signal}." },
  draftStale: {
    nl: "Het concept kon niet meer worden bijgewerkt (is de map {dir} alleen-lezen of vol?). Uw antwoorden tot nu toe, als antwoordbestand (bewaar ze in bv. antwoorden.yaml; verder met: signaalroute consult --answers antwoorden.yaml --template):",
    en: "The draft could no longer be updated (is the folder {dir} read-only or full?). Your answers so far, as an answers file (save them in e.g. answers.yaml; continue with: signaalroute consult --answers answers.yaml --template):",
  },
  draftNotRemoved: {
    nl: "Het concept kon niet worden verwijderd ({file}); het consult is wel af. Verwijder het later met: signaalroute drafts --purge {id}",
    en: "The draft could not be removed ({file}); the consult is finished all the same. Remove it later with: signaalroute drafts --purge {id}",
  },
  draftsNone: { nl: "Er zijn geen onderbroken consulten.", en: "There are no interrupted consults." },
  draftsHeading: { nl: "Onderbroken consulten ({n}), meest recent eerst:", en: "Interrupted consults ({n}), most recent first:" },
  draftsHint: { nl: "Verder met: signaalroute consult --resume ID · verwijderen: signaalroute drafts --purge ID", en: "Continue with: signaalroute consult --resume ID · remove: signaalroute drafts --purge ID" },
  draftsSetAside: { nl: "Apart gezet (beschadigd of niet te vertrouwen, niet gebruikt): {files}", en: "Set aside (damaged or not to be trusted, not used): {files}" },
  purgeConfirmAll: { nl: "{n} onderbroken consult(en) en {aside} apart gezette bestand(en) definitief verwijderen?", en: "Remove {n} interrupted consult(s) and {aside} set-aside file(s) for good?" },
  purgeConfirmOne: { nl: "Het onderbroken consult {draft} definitief verwijderen?", en: "Remove the interrupted consult {draft} for good?" },
  purgeYes: { nl: "Ja, verwijderen", en: "Yes, remove" },
  purgeNo: { nl: "Nee, bewaren", en: "No, keep" },
  purgeKept: { nl: "Niets verwijderd.", en: "Nothing removed." },
  purgeDone: { nl: "Verwijderd: {n} consult(en), {aside} apart gezet bestand(en).", en: "Removed: {n} consult(s), {aside} set-aside file(s)." },
  purgeSkippedRunning: { nl: "Niet verwijderd, loopt nu: {ids}", en: "Not removed, running now: {ids}" },
  purgeNeedsYes: {
    nl: "Zonder terminal kan niet om bevestiging worden gevraagd: voeg --yes toe om te verwijderen.",
    en: "Without a terminal there is no one to confirm: add --yes to remove.",
  },
  purgeFailed: { nl: "Kon niet verwijderen: {files}", en: "Could not remove: {files}" },
  // The check-your-answers page (issue 8, item 5).
  reviewHeading: { nl: "Controleer uw antwoorden", en: "Check your answers" },
  reviewIntro: {
    nl: "Dit zijn uw antwoorden op deze route. Klopt er een niet, kies dan die vraag om het antwoord te wijzigen.",
    en: "These are your answers on this route. If one is not right, choose that question to change the answer.",
  },
  reviewQuestion: { nl: "Kloppen uw antwoorden?", en: "Are your answers right?" },
  reviewConfirm: { nl: "Ja, toon het advies", en: "Yes, show the advice" },
  reviewChange: { nl: "Wijzig", en: "Change" },
  reviewChanging: {
    nl: "Uw latere antwoorden blijven staan waar de route dezelfde vraag stelt; vragen die nieuw zijn op de route worden gesteld.",
    en: "Your later answers are kept where the route asks the same question; questions that are new on the route are asked.",
  },
  keptMark: { nl: "(bewaard)", en: "(kept)" },
  backToReview: { nl: "← Terug naar uw antwoorden", en: "← Back to your answers" },
  // The record's own fields (issue 8, item 8).
  referencePrompt: {
    nl: "Uw kenmerk, bijvoorbeeld het zaaknummer van uw organisatie (mag leeg; geen naam, geboortedatum of BSN)",
    en: "Your reference, e.g. your organisation's case number (may be empty; no name, date of birth or BSN)",
  },
  rolePrompt: { nl: "Uw functie, bijvoorbeeld leerkracht (mag leeg)", en: "Your role, e.g. teacher (may be empty)" },
  referenceLabel: { nl: "Uw kenmerk", en: "Your reference" },
  roleLabel: { nl: "Uw functie", en: "Your role" },
  identBsn: {
    nl: "Dit lijkt op een BSN (negen cijfers die de elfproef halen). Een BSN hoort niet in het verslag: het verslag mag niet naar het kind te herleiden zijn.",
    en: "This looks like a BSN (nine digits that pass the eleven test). A BSN does not belong in the record: the record must not identify the child.",
  },
  identDate: {
    nl: "Dit lijkt op een datum. Een geboortedatum hoort niet in het verslag; de datum van het consult staat er al in.",
    en: "This looks like a date. A date of birth does not belong in the record; the date of the consult is already in it.",
  },
  identEmail: {
    nl: "Dit lijkt op een e-mailadres. Dat hoort niet in het verslag: het verslag mag niet naar iemand te herleiden zijn.",
    en: "This looks like an e-mail address. It does not belong in the record: the record must not identify anyone.",
  },
  identPostcode: {
    nl: "Dit lijkt op een postcode met huisnummer, een adres. Dat hoort niet in het verslag: het verslag mag niet naar het kind te herleiden zijn.",
    en: "This looks like a postcode with a house number, an address. It does not belong in the record: the record must not identify the child.",
  },
  identControl: { nl: "Deze tekst bevat stuurtekens; typ hem opnieuw.", en: "This text contains control characters; type it again." },
  identTooLong: { nl: "Deze tekst is te lang (hooguit 80 tekens).", en: "This text is too long (at most 80 characters)." },
  practiceMark: {
    nl: "OEFENING: dit consult begon bij '{start}', niet bij de eerste vraag (direct gevaar). Gebruik het niet voor een echt kind.",
    en: "PRACTICE: this consult started at '{start}', not at the first question (direct danger). Do not use it for a real child.",
  },
  recordExistsChoice: { nl: "Het verslag '{file}' bestaat al. Wat wilt u?", en: "The record '{file}' already exists. What do you want?" },
  dontSave: { nl: "Niet opslaan", en: "Do not save" },
  saveTo: { nl: "Ja, opslaan in", en: "Yes, save to" },
  recordTryAgain: { nl: "Het verslag is niet opgeslagen. Wat wilt u?", en: "The record was not saved. What do you want?" },
  recordExists: {
    nl: "Het verslag is niet opgeslagen: '{file}' bestaat al en wordt niet zomaar overschreven. Kies een andere naam, of overschrijf met --force.",
    en: "The record was not saved: '{file}' already exists and is not overwritten silently. Choose another name, or overwrite with --force.",
  },
  recordUnwritable: {
    nl: "Het verslag is niet opgeslagen: '{file}' kan niet worden geschreven (bestaat de map, mag u daar schrijven, is de schijf vol?).",
    en: "The record was not saved: '{file}' cannot be written (does the folder exist, may you write there, is the disk full?).",
  },
  recordNotSavedDraft: {
    nl: "Het advies hierboven blijft geldig. Uw antwoorden staan nog in het concept: signaalroute consult --resume {id}",
    en: "The advice above stands. Your answers are still in the draft: signaalroute consult --resume {id}",
  },
  recordNotSavedFile: {
    nl: "Het advies hierboven blijft geldig; uw antwoorden staan in het antwoordbestand.",
    en: "The advice above stands; your answers are in the answers file.",
  },
  recordRefused: { nl: "Dit verslag wordt niet opnieuw gedraaid (aangepast of beschadigd):", en: "This record is not replayed (altered or damaged):" },
  recordRepeatedStep: {
    nl: "stap {n}: vraag '{node}' staat er al bij stap {first}; een consult stelt elke vraag één keer.",
    en: "step {n}: question '{node}' is already there at step {first}; a consult asks each question once.",
  },
  recordWrongTree: {
    nl: "stap {n}: vraag '{node}' hoort bij boom '{actual}', niet bij '{given}'.",
    en: "step {n}: question '{node}' belongs to tree '{actual}', not to '{given}'.",
  },
  recordWrongStart: {
    nl: "het verslag begint bij '{start}', niet bij de eerste vraag van de hoofdboom ('{entry}'), en is niet als oefening gemarkeerd.",
    en: "the record starts at '{start}', not at the main tree's first question ('{entry}'), and is not marked as practice.",
  },
  // Scenarios (scenario run / coverage / from, practice). {name} is filled in by mf().
  scnOutcome: { nl: "uitkomst: verwacht '{expected}', gekregen '{got}'", en: "outcome: expected '{expected}', got '{got}'" },
  scnUrgency: { nl: "urgentie: verwacht '{expected}', gekregen '{got}'", en: "urgency: expected '{expected}', got '{got}'" },
  scnContacts: { nl: "contacten: verwacht [{expected}], gekregen [{got}]", en: "contacts: expected [{expected}], got [{got}]" },
  scnIncludes: { nl: "verwacht {contact} in het advies; gekregen [{got}]", en: "expected {contact} in the advice; got [{got}]" },
  scnExcludes: { nl: "{contact} hoort niet in het advies, maar is gegeven (bij {from})", en: "{contact} must not be in the advice, but was given (at {from})" },
  scnOrder: { nl: "het advies moet beginnen met [{expected}]; gekregen [{got}]", en: "the advice must start with [{expected}]; got [{got}]" },
  scnUnknownContact: { nl: "expect noemt contact '{id}', dat niet bestaat.{hint}", en: "expect names contact '{id}', which does not exist.{hint}" },
  scnUnknownOutcome: { nl: "expect noemt uitkomst '{id}', die niet bestaat of geen uitkomst is.{hint}", en: "expect names outcome '{id}', which does not exist or is not an outcome.{hint}" },
  scnHint: { nl: " Bedoelt u '{id}'?", en: " Did you mean '{id}'?" },
  scnUnknownStart: { nl: "start '{id}' is geen boom en geen knoop.", en: "start '{id}' is neither a tree nor a node." },
  scnList: {
    nl: "Dit bestand bevat {n} scenario's; --answers draait er één. Draai ze met: signaalroute scenario run {file}",
    en: "This file holds {n} scenarios; --answers runs one. Run them with: signaalroute scenario run {file}",
  },
  scnNoExpect: { nl: "dit scenario heeft geen 'expect': er valt niets te controleren", en: "this scenario has no 'expect': there is nothing to check" },
  scnExists: { nl: "{file} bestaat al; kies een nieuwe naam voor het scenario.", en: "{file} already exists; choose a new name for the scenario." },
  scnSaved: { nl: "Scenario opgeslagen (alleen leesbaar voor u): {file}. Voeg de casustekst toe.", en: "Scenario saved (readable by you only): {file}. Add the case text." },
  scnNotRecord: { nl: "{file} is geen JSON-verslag van signaalroute (format signaalroute-record/1, /2 of /3).", en: "{file} is not a signaalroute JSON record (format signaalroute-record/1, /2 or /3)." },
  scnHolds: { nl: "Scenario klopt: landt waar verwacht ({file}).", en: "Scenario holds: lands where expected ({file})." },
  scnMisses: { nl: "Het scenario landt niet waar verwacht ({file}):", en: "The scenario does not land where expected ({file}):" },
  scnWentWrong: { nl: "ging mis bij vraag '{node}'", en: "went wrong at question '{node}'" },
  scnSummary: { nl: "{passed} geslaagd, {failed} mislukt", en: "{passed} passed, {failed} failed" },
  scnNone: { nl: "Geen scenariobestanden gevonden in: {paths}", en: "No scenario files found in: {paths}" },
  scnInvalidFiles: { nl: "Scenariobestanden zijn ongeldig:", en: "Scenario files are invalid:" },
  scnNotScenario: {
    nl: "geen scenario: een scenario heeft 'answers' en 'expect' (zie schemas/scenario.schema.json)",
    en: "not a scenario: a scenario has 'answers' and 'expect' (see schemas/scenario.schema.json)",
  },
  scnJunitWritten: { nl: "JUnit-rapport geschreven: {file}", en: "JUnit report written: {file}" },
  scnUnwritable: { nl: "Kan niet schrijven naar {file}: {reason}", en: "Cannot write {file}: {reason}" },
  covHeading: { nl: "Dekking door {n} scenario's (gedekt / mogelijk; geteld op dezelfde graaf als validate, routes en stats)", en: "Coverage by {n} scenarios (covered / possible; counted on the same graph as validate, routes and stats)" },
  covAnswers: { nl: "antwoorden", en: "answers" },
  covRoutes: { nl: "checklistroutes", en: "checklist routes" },
  covOutcomes: { nl: "uitkomsten", en: "outcomes" },
  covTotal: { nl: "totaal", en: "total" },
  covTree: { nl: "boom", en: "tree" },
  covMissing: { nl: "Niet bereikt door een scenario:", en: "Not reached by any scenario:" },
  covUnreachable: { nl: "{n} kan geen consult bereiken (eerdere antwoorden sluiten het uit); niet meegeteld.", en: "{n} cannot be reached by any consult (earlier answers rule it out); not counted." },
  covBelow: { nl: "Dekking {pct}% is lager dan --min {min}%.", en: "Coverage {pct}% is below --min {min}%." },
  covIncomplete: { nl: "Let op: een checklist was te groot om elke combinatie te proberen; 'mogelijk' is een benadering.", en: "Note: a checklist was too large to try every combination; 'possible' is an approximation." },
  // The acute-danger question (`kind: danger`): its texts come from the tool, never from a tree file.
  dangerQuestion: {
    nl: "Is het kind, of iemand anders, nu in direct gevaar?",
    en: "Is the child, or someone else, in direct danger right now?",
  },
  dangerHelp: {
    nl: "Direct gevaar betekent: iemand loopt nu lichamelijk gevaar en is de komende uren niet veilig. Bijvoorbeeld: er is nu geweld of het dreigt elk moment. Of het kind wordt nu vastgehouden of uitgebuit en kan niet weg. Of het kind wordt vandaag of vanavond opgehaald om uitgebuit te worden. Of het kind is nu vermist of weggelopen en u vermoedt uitbuiting of gevaar. Twijfelt u? Kies dan 'weet ik niet'. De tool kiest dan de voorzichtige route.",
    en: "Direct danger means: someone is in physical danger now and is not safe for the coming hours. For example: violence is happening now or may happen any moment. Or the child is being held or exploited right now and cannot leave. Or the child will be collected today or tonight to be exploited. Or the child is missing or has run away right now and you suspect exploitation or danger. In doubt? Choose 'don't know'. The tool then takes the cautious route.",
  },
  dangerYes: { nl: "Ja, er is nu direct gevaar", en: "Yes, there is direct danger now" },
  dangerNo: { nl: "Nee, er is nu geen direct gevaar", en: "No, there is no direct danger now" },
  dangerUnknown: { nl: "Weet ik niet", en: "Don't know" },
  exemptionsHeading: {
    nl: "Onderbouwde uitzonderingen (cautious-unknown): hier mag 'weet ik niet' minder voorzichtig zijn",
    en: "Justified exceptions (cautious-unknown): here 'don't know' may be less cautious",
  },
  exemptionUnused: { nl: "(niet nodig: de regel geldt hier ook zonder uitzondering)", en: "(not needed: the rule holds here without the exception too)" },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

export function m(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}

/** A message with its {placeholders} filled in. */
export function mf(key: MessageKey, lang: Lang, values: Readonly<Record<string, string | number>>): string {
  return m(key, lang).replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : all));
}

/** Both languages of a message with its {placeholders} filled in (for a CliError). */
export function mt(key: MessageKey, values: Readonly<Record<string, string | number>> = {}): Text {
  return { nl: mf(key, "nl", values), en: mf(key, "en", values) };
}
