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
  confirmHint: {
    nl: "Aanvinken doet u in de lijst, met de spatiebalk.",
    en: "To tick, go back to the list and press Space.",
  },
  noBack: {
    nl: "Dit is de eerste vraag: terug kan hier niet.",
    en: "This is the first question: there is no going back.",
  },
  // Under a checklist taller than the terminal: what is still below the window (issue 8 walk polish).
  checklistBelow: { nl: "nog {what} onder — pijltje omlaag", en: "{what} below — arrow down" },
  // Not "signalen": some checklists list kinds of worry or of help.
  checklistBelowCount: { nl: "{n} {n:keuze|keuzes}", en: "{n} more {n:option|options}" },
  checklistBelowAndUnknown: { nl: "{what} en 'weet ik niet'", en: "{what} and 'don't know'" },
  checklistBelowUnknown: {
    nl: "'weet ik niet' staat nog onder — pijltje omlaag",
    en: "'don't know' is further down — arrow down",
  },
  resumed: {
    nl: "Uw eerdere consult gaat verder waar het stopte.",
    en: "Your earlier consult continues where it stopped.",
  },
  noDraft: {
    nl: "Er is geen onderbroken consult om verder te gaan.",
    en: "There is no interrupted consult to resume.",
  },
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
  saveRecord: {
    nl: "Wilt u een verslag van dit consult opslaan?",
    en: "Do you want to save a record of this consult?",
  },
  saveMarkdown: { nl: "Ja, als Markdown (om te lezen)", en: "Yes, as Markdown (to read)" },
  saveJson: { nl: "Ja, als JSON (voor systemen)", en: "Yes, as JSON (for systems)" },
  saveBoth: { nl: "Ja, allebei", en: "Yes, both" },
  saveNone: { nl: "Nee", en: "No" },
  savePath: { nl: "Bestandsnaam (zonder extensie)", en: "File name (without extension)" },
  otherName: { nl: "Een andere naam kiezen", en: "Choose another name" },
  overwrite: { nl: "Overschrijven", en: "Overwrite" },
  draftCorrupt: {
    nl: "Het bewaarde concept was beschadigd en is niet gebruikt. Het staat apart in {file}",
    en: "The saved draft was damaged and was not used. It has been put aside in {file}",
  },
  draftUnwritable: {
    nl: "Het concept kan niet worden bewaard in deze map; zonder concept kan een onderbroken consult niet verder. Kies een andere map met SIGNAALROUTE_DATA_DIR: {dir}",
    en: "The draft cannot be saved in this folder; without it an interrupted consult cannot resume. Choose another folder with SIGNAALROUTE_DATA_DIR: {dir}",
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
  impliedMark: { nl: "(afgeleid)", en: "(implied)" },
  // An answer the consult took from earlier answers, on the check page, on screen and in the record (issue 8 walk polish).
  impliedLabel: { nl: "↳ Afgeleid uit uw antwoorden:", en: "↳ Implied by your answers:" },
  impliedRecord: { nl: "Afgeleid uit eerdere antwoorden:", en: "Implied by earlier answers:" },
  factsHeading: { nl: "Wat eerder in dit consult is gezegd", en: "What was said earlier in this consult" },
  outcome: { nl: "Uitkomst", en: "Outcome" },
  urgency: { nl: "Urgentie", en: "Urgency" },
  // Drafts per consult (issue 8 item 7) and interruptions (issue 13 item 9). {placeholders} are filled by mf().
  draftsWaiting: {
    nl: "Er staan {n} onderbroken consulten klaar (meest recent eerst).",
    en: "{n} interrupted consults are waiting (most recent first).",
  },
  draftWaitingOne: {
    nl: "Er staat een onderbroken consult klaar: {draft}",
    en: "An interrupted consult is waiting: {draft}",
  },
  draftResumeThis: { nl: "Verder met dit consult", en: "Continue this consult" },
  draftNewKeep: {
    nl: "Nieuw consult beginnen (de onderbroken consulten blijven bewaard)",
    en: "Start a new consult (the interrupted ones are kept)",
  },
  draftNewKeepOne: {
    nl: "Nieuw consult beginnen (het onderbroken consult blijft bewaard)",
    en: "Start a new consult (the interrupted one is kept)",
  },
  draftPick: { nl: "Met welk consult wilt u verder?", en: "Which consult do you want to continue?" },
  draftLine: {
    nl: "begonnen {created}, bewaard {saved} · {progress}",
    en: "started {created}, saved {saved} · {progress}",
  },
  draftProgressNone: { nl: "nog geen vraag beantwoord", en: "no question answered yet" },
  draftProgress: { nl: "bij vraag {n}", en: "at question {n}" },
  draftProgressDone: {
    nl: "alle vragen beantwoord, het advies is gegeven (nog niet bewaard als verslag)",
    en: "every question answered, the advice was given (not yet saved as a record)",
  },
  draftProgressAnswers: {
    nl: "bij vraag {n}; eerste antwoorden: {answers}",
    en: "at question {n}; first answers: {answers}",
  },
  draftPractice: { nl: "oefenconsult (--start)", en: "practice consult (--start)" },
  draftRunningElsewhere: {
    nl: "loopt nu in een andere terminal (proces {pid})",
    en: "running now in another terminal (process {pid})",
  },
  draftRunningOtherHost: {
    nl: "loopt op een andere computer ({host}, proces {pid})",
    en: "running on another computer ({host}, process {pid})",
  },
  draftResuming: { nl: "Verder met het consult {draft}", en: "Continuing the consult {draft}" },
  draftBusy: {
    nl: "Dit consult ({id}) loopt al in een andere terminal (proces {pid}). Maak het daar af of stop het eerst; twee tegelijk zouden elkaars antwoorden overschrijven. Een ander consult kan wel.",
    en: "This consult ({id}) is already running in another terminal (process {pid}). Finish or stop it there first; two at once would overwrite each other's answers. Another consult can run.",
  },
  draftUnknownId: {
    nl: "Er is geen onderbroken consult met id '{id}'. Wel: {ids}",
    en: "There is no interrupted consult with id '{id}'. There are: {ids}",
  },
  draftUnknownIdNone: {
    nl: "Er is geen onderbroken consult met id '{id}'; er zijn geen onderbroken consulten.",
    en: "There is no interrupted consult with id '{id}'; there are no interrupted consults.",
  },
  draftAllRunning: {
    nl: "Alle onderbroken consulten lopen nu in een andere terminal.",
    en: "Every interrupted consult is running in another terminal now.",
  },
  draftRecovered: {
    nl: "Het laatste antwoord van consult {id} is teruggehaald uit een tijdelijk bestand (het proces werd onderbroken tijdens het bewaren).",
    en: "The last answer of consult {id} was recovered from a temporary file (the process was stopped while saving).",
  },
  draftNotFromStart: {
    nl: "Het bewaarde consult begint niet bij de eerste vraag (direct gevaar) maar bij '{start}', en is niet als oefenconsult begonnen. Het is niet gebruikt en staat apart in {file}. Begin een nieuw consult met: signaalroute consult --new",
    en: "The saved consult does not start at the first question (direct danger) but at '{start}', and was not started as a practice consult. It was not used and has been put aside in {file}. Start a new consult with: signaalroute consult --new",
  },
  draftDoesNotReplay: {
    nl: "De antwoorden in het bewaarde consult passen niet bij de beslisbomen waarmee het werd gemaakt ({reason}). Het is niet gebruikt en staat apart in {file}. Begin een nieuw consult met: signaalroute consult --new",
    en: "The answers in the saved consult do not fit the decision trees it was made with ({reason}). It was not used and has been put aside in {file}. Start a new consult with: signaalroute consult --new",
  },
  draftPracticeResumed: {
    nl: "Let op: dit is een oefenconsult (begonnen met --start bij '{start}'), niet vanaf de eerste vraag.",
    en: "Note: this is a practice consult (started with --start at '{start}'), not from the first question.",
  },
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
  draftsHeading: {
    nl: "Onderbroken consulten ({n}), meest recent eerst:",
    en: "Interrupted consults ({n}), most recent first:",
  },
  draftsHint: {
    nl: "Verder met: signaalroute consult --resume ID · verwijderen: signaalroute drafts --purge ID",
    en: "Continue with: signaalroute consult --resume ID · remove: signaalroute drafts --purge ID",
  },
  draftsSetAside: {
    nl: "Apart gezet (beschadigd of niet te vertrouwen, niet gebruikt): {files}",
    en: "Set aside (damaged or not to be trusted, not used): {files}",
  },
  purgeConfirmAll: {
    nl: "{n} onderbroken {n:consult|consulten} en {aside} apart {aside:gezet bestand|gezette bestanden} definitief verwijderen?",
    en: "Remove {n} interrupted {n:consult|consults} and {aside} set-aside {aside:file|files} for good?",
  },
  purgeConfirmOne: {
    nl: "Het onderbroken consult {draft} definitief verwijderen?",
    en: "Remove the interrupted consult {draft} for good?",
  },
  purgeYes: { nl: "Ja, verwijderen", en: "Yes, remove" },
  purgeNo: { nl: "Nee, bewaren", en: "No, keep" },
  purgeKept: { nl: "Niets verwijderd.", en: "Nothing removed." },
  purgeDone: {
    nl: "Verwijderd: {n} {n:consult|consulten}, {aside} apart {aside:gezet bestand|gezette bestanden}.",
    en: "Removed: {n} {n:consult|consults}, {aside} set-aside {aside:file|files}.",
  },
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
  identControl: {
    nl: "Deze tekst bevat stuurtekens; typ hem opnieuw.",
    en: "This text contains control characters; type it again.",
  },
  identTooLong: {
    nl: "Deze tekst is te lang (hooguit 80 tekens).",
    en: "This text is too long (at most 80 characters).",
  },
  practiceMark: {
    nl: "OEFENING: dit consult begon bij '{start}', niet bij de eerste vraag (direct gevaar). Gebruik het niet voor een echt kind.",
    en: "PRACTICE: this consult started at '{start}', not at the first question (direct danger). Do not use it for a real child.",
  },
  recordExistsChoice: {
    nl: "Het verslag '{file}' bestaat al. Wat wilt u?",
    en: "The record '{file}' already exists. What do you want?",
  },
  dontSave: { nl: "Niet opslaan", en: "Do not save" },
  saveTo: { nl: "Ja, opslaan in", en: "Yes, save to" },
  recordTryAgain: {
    nl: "Het verslag is niet opgeslagen. Wat wilt u?",
    en: "The record was not saved. What do you want?",
  },
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
  recordRefused: {
    nl: "Dit verslag wordt niet opnieuw gedraaid (aangepast of beschadigd):",
    en: "This record is not replayed (altered or damaged):",
  },
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
  // Replaying a saved record (src/consult/replay-record.ts): today's advice against the record's.
  replaySameTrees: { nl: "Zelfde beslisbomen als in het verslag.", en: "Same decision trees as in the record." },
  replayTreesChanged: {
    nl: "De beslisbomen zijn veranderd sinds het verslag van {date}.",
    en: "The decision trees changed since the record of {date}.",
  },
  replaySameAdvice: { nl: "Het advies is hetzelfde gebleven.", en: "The advice is unchanged." },
  replayAdviceChanged: { nl: "LET OP: het advies is nu anders.", en: "NOTE: the advice is different now." },
  replayThen: { nl: "  toen: {outcome}: {advice}", en: "  then: {outcome}: {advice}" },
  replayNow: { nl: "  nu:  {outcome}: {advice}", en: "  now:  {outcome}: {advice}" },
  // Scenarios (scenario run / coverage / from, practice). {name} is filled in by mf().
  scnOutcome: {
    nl: "uitkomst: verwacht '{expected}', gekregen '{got}'",
    en: "outcome: expected '{expected}', got '{got}'",
  },
  scnUrgency: {
    nl: "urgentie: verwacht '{expected}', gekregen '{got}'",
    en: "urgency: expected '{expected}', got '{got}'",
  },
  scnContacts: {
    nl: "contacten: verwacht [{expected}], gekregen [{got}]",
    en: "contacts: expected [{expected}], got [{got}]",
  },
  scnIncludes: {
    nl: "verwacht {contact} in het advies; gekregen [{got}]",
    en: "expected {contact} in the advice; got [{got}]",
  },
  scnExcludes: {
    nl: "{contact} hoort niet in het advies, maar is gegeven (bij {from})",
    en: "{contact} must not be in the advice, but was given (at {from})",
  },
  scnOrder: {
    nl: "het advies moet beginnen met [{expected}]; gekregen [{got}]",
    en: "the advice must start with [{expected}]; got [{got}]",
  },
  scnUnknownContact: {
    nl: "expect noemt contact '{id}', dat niet bestaat.{hint}",
    en: "expect names contact '{id}', which does not exist.{hint}",
  },
  scnUnknownOutcome: {
    nl: "expect noemt uitkomst '{id}', die niet bestaat of geen uitkomst is.{hint}",
    en: "expect names outcome '{id}', which does not exist or is not an outcome.{hint}",
  },
  scnHint: { nl: " Bedoelt u '{id}'?", en: " Did you mean '{id}'?" },
  scnUnknownStart: { nl: "start '{id}' is geen boom en geen knoop.", en: "start '{id}' is neither a tree nor a node." },
  scnList: {
    nl: "Dit bestand bevat {n} scenario's; --answers draait er één. Draai ze met: signaalroute scenario run {file}",
    en: "This file holds {n} scenarios; --answers runs one. Run them with: signaalroute scenario run {file}",
  },
  scnNoExpect: {
    nl: "dit scenario heeft geen 'expect': er valt niets te controleren",
    en: "this scenario has no 'expect': there is nothing to check",
  },
  scnExists: {
    nl: "{file} bestaat al; kies een nieuwe naam voor het scenario.",
    en: "{file} already exists; choose a new name for the scenario.",
  },
  scnSaved: {
    nl: "Scenario opgeslagen (alleen leesbaar voor u): {file}. Voeg de casustekst toe.",
    en: "Scenario saved (readable by you only): {file}. Add the case text.",
  },
  scnNotRecord: {
    nl: "{file} is geen JSON-verslag van signaalroute (format signaalroute-record/1, /2 of /3).",
    en: "{file} is not a signaalroute JSON record (format signaalroute-record/1, /2 or /3).",
  },
  scnHolds: {
    nl: "Scenario klopt: landt waar verwacht ({file}).",
    en: "Scenario holds: lands where expected ({file}).",
  },
  scnMisses: {
    nl: "Het scenario landt niet waar verwacht ({file}):",
    en: "The scenario does not land where expected ({file}):",
  },
  scnSummary: { nl: "{passed} geslaagd, {failed} mislukt", en: "{passed} passed, {failed} failed" },
  scnNone: { nl: "Geen scenariobestanden gevonden in: {paths}", en: "No scenario files found in: {paths}" },
  scnJunitWritten: { nl: "JUnit-rapport geschreven: {file}", en: "JUnit report written: {file}" },
  covHeading: {
    nl: "Dekking door {n} {n:scenario|scenario's} (gedekt / mogelijk; geteld op dezelfde graaf als validate, routes en stats)",
    en: "Coverage by {n} {n:scenario|scenarios} (covered / possible; counted on the same graph as validate, routes and stats)",
  },
  covAnswers: { nl: "antwoorden", en: "answers" },
  covRoutes: { nl: "checklistroutes", en: "checklist routes" },
  covOutcomes: { nl: "uitkomsten", en: "outcomes" },
  covTotal: { nl: "totaal", en: "total" },
  covTree: { nl: "boom", en: "tree" },
  covMissing: { nl: "Niet bereikt door een scenario:", en: "Not reached by any scenario:" },
  covUnreachable: {
    nl: "{n} kan geen consult bereiken (eerdere antwoorden sluiten het uit); niet meegeteld.",
    en: "{n} cannot be reached by any consult (earlier answers rule it out); not counted.",
  },
  covBelow: { nl: "Dekking {pct}% is lager dan --min {min}%.", en: "Coverage {pct}% is below --min {min}%." },
  covIncomplete: {
    nl: "Let op: een checklist was te groot om elke combinatie te proberen; 'mogelijk' is een benadering.",
    en: "Note: a checklist was too large to try every combination; 'possible' is an approximation.",
  },
  // scenario diff (issue 10).
  sdiffUsage: {
    nl: "scenario diff heeft twee versies van de bomen nodig: OUD NIEUW (mappen of git:REV), of --against git:REV.",
    en: "scenario diff needs two versions of the trees: OLD NEW (folders or git:REV), or --against git:REV.",
  },
  sdiffHeading: {
    nl: "{n} {n:scenario|scenario's} op {old} (oud) en {new} (nieuw): {changed} veranderd",
    en: "{n} {n:scenario|scenarios} on {old} (old) and {new} (new): {changed} changed",
  },
  sdiffScenario: { nl: "scenario", en: "scenario" },
  sdiffOld: { nl: "oud ({old}): uitkomst · urgentie · contacten", en: "old ({old}): outcome · urgency · contacts" },
  sdiffNew: { nl: "nieuw ({new})", en: "new ({new})" },
  sdiffChange: { nl: "wat veranderde", en: "what changed" },
  sdiffSame: { nl: "gelijk", en: "same" },
  sdiffFailsMark: { nl: "(mislukt)", en: "(fails)" },
  sdiffNoOutcome: { nl: "bereikt geen uitkomst", en: "reaches no outcome" },
  sdiffNoLongerLands: { nl: "bereikt geen uitkomst meer", en: "no longer reaches an outcome" },
  sdiffNowLands: { nl: "bereikt nu een uitkomst", en: "now reaches an outcome" },
  sdiffOutcome: { nl: "uitkomst {old} → {new}", en: "outcome {old} → {new}" },
  sdiffUrgency: { nl: "urgentie {old} → {new}", en: "urgency {old} → {new}" },
  sdiffAdded: { nl: "erbij: {contacts}", en: "added: {contacts}" },
  sdiffRemoved: { nl: "eraf: {contacts}", en: "removed: {contacts}" },
  sdiffOrder: { nl: "andere volgorde van de contacten", en: "contacts in another order" },
  sdiffNowPasses: { nl: "slaagt nu", en: "now passes" },
  sdiffNowFails: { nl: "mislukt nu", en: "now fails" },
  // practice (issue 10): a trainee walks a scenario's case and is compared with its model answer.
  practiceOneFile: {
    nl: "practice heeft één scenariobestand nodig (of --summary met oefenresultaten).",
    en: "practice needs one scenario file (or --summary with practice results).",
  },
  practiceInvalidFile: { nl: "Het scenariobestand is ongeldig:", en: "The scenario file is invalid:" },
  practiceUnknownScenario: {
    nl: "Scenario '{id}' staat niet in dit bestand. Scenario's: {ids}.",
    en: "Scenario '{id}' is not in this file. Scenarios: {ids}.",
  },
  practiceNoTerminal: {
    nl: "Een oefening is interactief en heeft een terminal nodig. Zonder terminal: signaalroute scenario run BESTAND controleert het modelantwoord.",
    en: "Practice is interactive and needs a terminal. Without one: signaalroute scenario run FILE checks the model answer.",
  },
  practiceOutExists: {
    nl: "{file} bestaat al; kies een nieuwe naam voor het oefenresultaat.",
    en: "{file} already exists; choose a new name for the practice result.",
  },
  practiceSaved: {
    nl: "Oefenresultaat opgeslagen (alleen leesbaar voor u): {file}",
    en: "Practice result saved (readable by you only): {file}",
  },
  practicePick: { nl: "Welke casus wilt u oefenen?", en: "Which case do you want to practise?" },
  practiceModelFails: {
    nl: "Het modelantwoord van scenario '{id}' klopt niet met deze bomen (zie signaalroute scenario run); zo kan het niet gebruikt worden om te oefenen:",
    en: "The model answer of scenario '{id}' does not hold on these trees (see signaalroute scenario run); it cannot be used for practice:",
  },
  practiceBanner: { nl: "OEFENING · casus {id}{title}", en: "PRACTICE · case {id}{title}" },
  practiceNoDraft: {
    nl: "Dit is een oefenconsult: er wordt geen concept en geen verslag bewaard. Gebruik het niet voor een echt kind; daarvoor is signaalroute consult.",
    en: "This is a practice consult: no draft and no record are kept. Do not use it for a real child; that is what signaalroute consult is for.",
  },
  practiceNoCasus: {
    nl: "(Deze casus heeft geen casustekst; vraag uw trainer.)",
    en: "(This case has no case text; ask your trainer.)",
  },
  practiceQuit: { nl: "Stoppen (oefening; er wordt niets bewaard)", en: "Stop (practice; nothing is kept)" },
  practiceStopped: { nl: "Oefening gestopt; er is geen concept bewaard.", en: "Practice stopped; no draft was kept." },
  practiceStoppedSignal: {
    nl: "Oefening gestopt door signaal {signal}; er is geen concept bewaard.",
    en: "Practice stopped by signal {signal}; no draft was kept.",
  },
  practiceAdviceHeading: { nl: "OEFENING: het advies bij uw route", en: "PRACTICE: the advice on your route" },
  practiceCompareHeading: { nl: "Vergelijking met het modelantwoord", en: "Compared with the model answer" },
  practiceNoOutcome: { nl: "(geen: gestopt)", en: "(none: stopped)" },
  practiceYourOutcome: { nl: "Uw uitkomst:        ", en: "Your outcome:       " },
  practiceModelOutcome: { nl: "Het modelantwoord:  ", en: "The model answer:   " },
  practiceReached: { nl: "Bereikt ({n} van {of}):", en: "Reached ({n} of {of}):" },
  practiceMissed: { nl: "Gemist ({n}):", en: "Missed ({n}):" },
  practiceAdded: { nl: "Extra, niet in het modelantwoord ({n}):", en: "Added, not in the model answer ({n}):" },
  practiceOtherUrgency: {
    nl: "Bereikt, maar met een andere urgentie: {contact}: bij u {trainee}, in het modelantwoord {model}",
    en: "Reached, but at another urgency: {contact}: yours {trainee}, the model answer's {model}",
  },
  practiceForbidden: {
    nl: "Hoort volgens de casus niet in het advies:",
    en: "Must not be in the advice, says the case:",
  },
  practiceSplit: {
    nl: "Uw route week af bij vraag {step}: {question} ({id})",
    en: "Your route split at question {step}: {question} ({id})",
  },
  practiceYouChose: { nl: "U koos:            ", en: "You chose:          " },
  practiceModelChose: { nl: "Het modelantwoord: ", en: "The model answer:   " },
  practiceWhy: { nl: "Uitleg bij deze vraag:", en: "Help for this question:" },
  practiceSameRoute: {
    nl: "Uw route is dezelfde als die van het modelantwoord.",
    en: "Your route is the same as the model answer's.",
  },
  practiceStoppedSame: {
    nl: "U stopte na {n} {n:antwoord|antwoorden}; tot daar was uw route dezelfde als die van het modelantwoord.",
    en: "You stopped after {n} {n:answer|answers}; up to there your route was the model answer's.",
  },
  practiceSummaryNone: {
    nl: "practice --summary heeft oefenresultaten nodig (JSON van practice --out).",
    en: "practice --summary needs practice results (JSON from practice --out).",
  },
  practiceSummaryInvalid: {
    nl: "Niet alle bestanden zijn oefenresultaten; er is geen overzicht gemaakt:",
    en: "Not every file is a practice result; no summary was made:",
  },
  practiceNotResult: {
    nl: "geen oefenresultaat van signaalroute ({why})",
    en: "not a signaalroute practice result ({why})",
  },
  practiceSummaryHeading: {
    nl: "Klassenoverzicht: {n} {n:oefenresultaat|oefenresultaten}; casussen: {s}",
    en: "Class summary: {n} practice {n:result|results}; cases: {s}",
  },
  practiceSummaryCounts: {
    nl: "{n} {n:resultaat|resultaten}, {finished} afgerond, {same} met dezelfde contacten als het modelantwoord",
    en: "{n} {n:result|results}, {finished} finished, {same} with the model answer's contacts",
  },
  practiceSummaryTrees: {
    nl: "Let op: deze resultaten zijn gemaakt op {n} verschillende versies van de bomen.",
    en: "Note: these results were made on {n} different versions of the trees.",
  },
  practiceSummaryContact: { nl: "contact (modelantwoord)", en: "contact (model answer)" },
  practiceSummaryReached: { nl: "bereikt", en: "reached" },
  practiceOf: { nl: "{n} van {of}", en: "{n} of {of}" },
  practiceSummarySplits: {
    nl: "Waar routes afweken van het modelantwoord:",
    en: "Where routes split from the model answer:",
  },
  practiceSummaryAllSplits: {
    nl: "Over alle casussen: waar routes het vaakst afweken",
    en: "Over all cases: where routes split most often",
  },
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
  exemptionUnused: {
    nl: "(niet nodig: de regel geldt hier ook zonder uitzondering)",
    en: "(not needed: the rule holds here without the exception too)",
  },
  // The list views (trees, contacts, routes, stats): src/render/views-text.ts.
  colVersion: { nl: "versie", en: "version" },
  colTitle: { nl: "titel", en: "title" },
  colOutcome: { nl: "uitkomst", en: "outcome" },
  colUrgency: { nl: "urgentie", en: "urgency" },
  colPaths: { nl: "paden", en: "paths" },
  colQuestions: { nl: "vragen", en: "questions" },
  checkedAgainst: { nl: "Gecontroleerd tegen een bron van: {date}", en: "Checked against a source dated: {date}" },
  noContactFound: { nl: "Geen contact gevonden voor '{word}'.", en: "No contact found for '{word}'." },
  shortestRoutes: { nl: "Kortste route naar elke uitkomst", en: "Shortest route to each outcome" },
  notReachable: { nl: "niet bereikbaar vanaf de start", en: "not reachable from the start" },
  pathsCounted: {
    nl: "Paden geteld vanaf '{start}' (startboom), zoals een consult ze neemt: een checklist telt per route en per feit dat de vinkjes zetten, niet per combinatie van vinkjes; wat eerdere antwoorden uitsluiten telt niet mee. Totaal: {total} {total:route|routes}.",
    en: "Paths counted from '{start}' (start tree), as a consult takes them: a checklist counts per route and per fact its ticks set, not per combination of ticks; what earlier answers rule out is not counted. Total: {total} {total:route|routes}.",
  },
  statsKinds: {
    nl: "{question} {question:vraag|vragen}, {checklist} {checklist:checklist|checklists}, {info} {info:informatiestap|informatiestappen}, {link} {link:verwijzing|verwijzingen}, {branch} {branch:vertakking|vertakkingen} op eerdere antwoorden, {outcome} {outcome:uitkomst|uitkomsten}",
    en: "{question} {question:question|questions}, {checklist} {checklist:checklist|checklists}, {info} {info:info step|info steps}, {link} {link:link|links}, {branch} {branch:branch|branches} on earlier answers, {outcome} {outcome:outcome|outcomes}",
  },
  statTrees: { nl: "bomen", en: "trees" },
  statNodes: { nl: "knopen", en: "nodes" },
  statQuestions: { nl: "vragen", en: "questions" },
  statQuestionsValue: { nl: "{n} (vragen en checklists)", en: "{n} (questions and checklists)" },
  statOutcomes: { nl: "uitkomsten", en: "outcomes" },
  statEdges: { nl: "verbindingen", en: "edges" },
  statRoutes: { nl: "routes", en: "routes" },
  statRoutesValue: {
    nl: "{n} (geteld vanaf de start, niet opgesomd)",
    en: "{n} (counted from the start, not enumerated)",
  },
  statStates: { nl: "toestanden", en: "states" },
  statStatesValue: {
    nl: "{n} ({percent}% van de grens van {limit}: elke knoop met de feiten die een latere stap leest)",
    en: "{n} ({percent}% of the limit of {limit}: each node with the facts a later step reads)",
  },
  statStatesIncomplete: {
    nl: "Let op: de feitengraaf stopte bij de grens van {limit} toestanden. De aantallen hierboven zijn te laag, en validate bewijst niet over alle routes. Houd feiten deelgebonden (docs/content.md).",
    en: "Note: the fact graph stopped at its limit of {limit} states. The counts above are too low, and validate does not prove over every route. Keep facts local to their part (docs/content.md).",
  },
  statLongest: { nl: "langste route", en: "longest route" },
  statLongestValue: { nl: "{n} {n:vraag|vragen}", en: "{n} {n:question|questions}" },
  statLongestTo: { nl: "{n} {n:vraag|vragen}, naar '{outcome}'", en: "{n} {n:question|questions}, to '{outcome}'" },
  // Progress ("nog 4 tot 9 vragen") and routes in words: src/render/progress-text.ts, route-text.ts.
  toGoNone: { nl: "geen vragen meer", en: "no more questions" },
  toGo: { nl: "nog {n} {n:vraag|vragen}", en: "{n} {n:question|questions} to go" },
  toGoRange: { nl: "nog {fewest} tot {most} vragen", en: "{fewest} to {most} questions to go" },
  wordUnless: { nl: "{when}, tenzij {unless}", en: "{when}, unless {unless}" },
  wordAdvised: { nl: "advies: {contact}", en: "advised: {contact}" },
  wordOr: { nl: " of ", en: " or " },
  wordAnd: { nl: " en ", en: " and " },
  wordNot: { nl: "niet {test}", en: "not {test}" },
  routeTicked: { nl: "aangevinkt: {items}", en: "ticked: {items}" },
  routeAtLeast: { nl: "minstens {n} aangevinkt{pool}", en: "at least {n} ticked{pool}" },
  routeAlways: { nl: "altijd", en: "always" },
  routeAtStart: { nl: "(direct bij de start)", en: "(right at the start)" },
  routeNotAsked: { nl: " (niet gevraagd)", en: " (not asked)" },
  // A file that cannot be written (src/i18n/write-error.ts): {why} is one of the write* reasons, in words, with the error code.
  cannotWrite: { nl: "Kan {file} niet schrijven: {why}.", en: "Cannot write {file}: {why}." },
  writeNoPermission: { nl: "u mag daar niet schrijven ({code})", en: "you may not write there ({code})" },
  writeDiskFull: { nl: "de schijf is vol ({code})", en: "the disk is full ({code})" },
  writeQuota: { nl: "uw schijfruimte (quotum) is op ({code})", en: "your disk quota is used up ({code})" },
  writeReadOnly: { nl: "de schijf is alleen-lezen ({code})", en: "the disk is read-only ({code})" },
  writeNoFolder: { nl: "de map bestaat niet ({code})", en: "the folder does not exist ({code})" },
  writeExists: { nl: "het bestand bestaat al ({code})", en: "the file already exists ({code})" },
  writeIsFolder: { nl: "dat is een map, geen bestand ({code})", en: "that is a folder, not a file ({code})" },
  writeNotFolder: {
    nl: "een deel van het pad is geen map ({code})",
    en: "part of the path is not a folder ({code})",
  },
  writeOther: { nl: "schrijffout ({code})", en: "write error ({code})" },
  regionInitWritten: {
    nl: "Regiobestand geschreven: {file}. Vul het in, zet 'example: false' en controleer het met: signaalroute validate {file}",
    en: "Region file written: {file}. Fill it in, set 'example: false' and check it with: signaalroute validate {file}",
  },
  regionInitExists: {
    nl: "{file} bestaat al; kies een nieuwe naam (een bestaand bestand wordt niet overschreven).",
    en: "{file} already exists; choose a new name (an existing file is not overwritten).",
  },
  valTooManyWarnings: {
    nl: "{count} {count:waarschuwing|waarschuwingen}, meer dan --max-warnings {max} toestaat.",
    en: "{count} {count:warning|warnings}, more than --max-warnings {max} allows.",
  },
  // The consult as one offline web page (issue 12, `signaalroute web`).
  webTitle: {
    nl: "Signaalroute: welke stap zet u bij een zorg over een kind?",
    en: "Signaalroute: what step to take when you are worried about a child",
  },
  webQuickExit: { nl: "Snel weg", en: "Quick exit" },
  webQuickExitHint: {
    nl: "Snel weg (of twee keer op Esc drukken) wist alles en toont een lege pagina. Met Terug komt u niet meer bij dit consult.",
    en: "Quick exit (or pressing Esc twice) clears everything and shows a blank page. Back does not bring this consult back.",
  },
  webCall: { nl: "Bel {name}", en: "Call {name}" },
  webDangerCall: { nl: "Bij direct gevaar: bel {phone}.", en: "In direct danger: call {phone}." },
  webDisclaimer: {
    nl: "Dit hulpmiddel ondersteunt u bij de meldcode; het vervangt de meldcode en uw professionele oordeel niet.",
    en: "This tool supports you with the reporting code (meldcode); it does not replace the meldcode or your professional judgement.",
  },
  webClearAll: { nl: "Wis alles", en: "Clear everything" },
  webCleared: {
    nl: "Alles is gewist. U begint opnieuw bij de eerste vraag.",
    en: "Everything was cleared. You start again at the first question.",
  },
  webSwitchLang: { nl: "English", en: "Nederlands" },
  webSwitchLangLabel: { nl: "Switch to English", en: "Schakel naar Nederlands" },
  webBack: { nl: "Terug", en: "Back" },
  webEarlier: { nl: "eerder gekozen", en: "chosen earlier" },
  earlierTicked: {
    nl: "De vinkjes die u eerder zette, staan er nog. Kijk ze na voor u verdergaat.",
    en: "The ticks you set earlier are still there. Check them before you continue.",
  },
  webChecklistHint: {
    nl: "Vink aan wat past. Niets aanvinken is ook een antwoord.",
    en: "Tick what applies. Ticking nothing is an answer too.",
  },
  webStorageNote: {
    nl: "Uw antwoorden blijven alleen in dit tabblad van uw browser. Sluit u het tabblad, dan zijn ze weg. Er gaat niets over het internet.",
    en: "Your answers stay in this browser tab only. Close the tab and they are gone. Nothing is sent over the internet.",
  },
  webDownloadJson: { nl: "Download het verslag (JSON)", en: "Download the record (JSON)" },
  webDownloadMarkdown: { nl: "Download het verslag (Markdown)", en: "Download the record (Markdown)" },
  webPrint: { nl: "Print het verslag", en: "Print the record" },
  webRecordHeading: { nl: "Verslag voor het dossier", en: "Record for the file" },
  webRecordIntro: {
    nl: "U kunt het verslag downloaden of printen. Vul hieronder alleen in wat u wilt; geen naam, geboortedatum, BSN, e-mail of adres.",
    en: "You can download or print the record. Fill in below only what you want; no name, date of birth, BSN, e-mail or address.",
  },
  webNewConsult: { nl: "Nieuw consult", en: "New consult" },
  webAnnounced: { nl: "Let op", en: "Please note" },
  webBadStorage: {
    nl: "De bewaarde antwoorden in dit tabblad passen niet bij deze bomen en zijn gewist. U begint opnieuw.",
    en: "The answers kept in this tab do not fit these trees and were cleared. You start again.",
  },
  webFieldRefused: { nl: "Niet overgenomen in het verslag:", en: "Not taken into the record:" },
  webNoScript: { nl: "Deze pagina heeft JavaScript nodig.", en: "This page needs JavaScript." },
  webNoQuestionOpen: { nl: "Er staat geen vraag open.", en: "No question is open." },
  webProgress: { nl: "Voortgang", en: "Progress" },
  webWritten: { nl: "Geschreven: {file}", en: "Written: {file}" },
  webOutExists: {
    nl: "{file} bestaat al en wordt niet zomaar overschreven. Kies een andere map, of overschrijf met --force.",
    en: "{file} already exists and is not overwritten silently. Choose another folder, or overwrite with --force.",
  },
  webNoAsset: {
    nl: "De webpagina-code ontbreekt (dist/web-app.js). Bouw eerst: npm run build.",
    en: "The web page code is missing (dist/web-app.js). Build first: npm run build.",
  },
  // Checklist routes in the graph exports (src/render/flowchart.ts): a summary on the edge; the items, numbered, are in the node.
  graphTickedOne: { nl: "nr. {nr} aangevinkt", en: "no. {nr} ticked" },
  graphTickedAnyAll: { nl: "1 of meer van de {n} aangevinkt", en: "1 or more of the {n} ticked" },
  graphTickedAnySome: { nl: "1 of meer van {n} aangevinkt: nrs. {nrs}", en: "1 or more of {n} ticked: nos. {nrs}" },
  graphAtLeastAll: { nl: "minstens {n} van de {total} aangevinkt", en: "at least {n} of the {total} ticked" },
  graphAtLeastSome: {
    nl: "minstens {n} van {total} aangevinkt: nrs. {nrs}",
    en: "at least {n} of {total} ticked: nos. {nrs}",
  },
  // Route maps (`signaalroute docs`): src/render/routekaart.ts.
  mapRoutekaart: { nl: "Routekaart", en: "Route map" },
  mapVersion: { nl: "Versie", en: "Version" },
  mapFile: { nl: "Bestand", en: "File" },
  mapStart: { nl: "Dit is de boom waar een consult begint.", en: "This is the tree a consult starts in." },
  mapDiagram: { nl: "Schema", en: "Diagram" },
  mapQuestions: { nl: "Vragen", en: "Questions" },
  mapSteps: { nl: "Informatie en verwijzingen", en: "Information and links" },
  mapOutcomes: { nl: "Uitkomsten", en: "Outcomes" },
  mapSources: { nl: "Bronnen", en: "Sources" },
  mapAnswer: { nl: "Antwoord", en: "Answer" },
  mapLeadsTo: { nl: "Gaat naar", en: "Leads to" },
  mapAdvice: { nl: "Advies", en: "Advice" },
  mapItems: { nl: "Aan te vinken", en: "Items to tick" },
  mapContacts: { nl: "Contacten", en: "Contacts" },
  mapJustification: { nl: "Toelichting bij 'weet ik niet'", en: "Note on 'I don't know'" },
  mapContinuesIn: { nl: "Gaat verder in", en: "Continues in" },
  mapIndex: { nl: "Routekaarten signaalroute", en: "signaalroute route maps" },
  mapIndexIntro: {
    nl: "Per beslisboom een routekaart: alle vragen, alle uitkomsten met hun contacten, en het schema. Gegenereerd met `signaalroute docs`; bewerk de YAML-bestanden, niet deze pagina's.",
    en: "A route map per decision tree: every question, every outcome with its contacts, and the diagram. Generated by `signaalroute docs`; edit the YAML files, not these pages.",
  },
  mapDisclaimer: {
    nl: "Bij direct gevaar: bel 112. Deze routekaart ondersteunt de meldcode; zij vervangt de meldcode en het professionele oordeel niet.",
    en: "In direct danger: call 112. This route map supports the meldcode; it does not replace the meldcode or professional judgement.",
  },
  // The answers-file template (`consult --template`): src/render/answers-template.ts.
  tplHead: {
    nl: "# signaalroute: antwoordbestand. Vul het antwoord op de laatste vraag in (een antwoord-id uit het commentaar erachter)\n# en draai opnieuw met --template voor de vraag daarna, of zonder --template voor het advies als de route compleet is.",
    en: "# signaalroute: answers file. Fill in the answer to the last question (an answer id from the comment after it)\n# and run again with --template for the question after it, or without --template for the advice once the route is complete.",
  },
  tplList: {
    nl: "een lijst van item-ids, bijv. [a, b]; [] = niets aangevinkt",
    en: "a list of item ids, e.g. [a, b]; [] = nothing ticked",
  },
  tplNotAsked: { nl: "niet gevraagd, laat weg", en: "not asked, leave it out" },
  tplNext: { nl: "# De volgende vraag, nog in te vullen:", en: "# The next question, still to be answered:" },
  tplDone: { nl: "# De route is compleet; uitkomst", en: "# The route is complete; outcome" },
  tplDoneRun: { nl: "Draai zonder --template voor het advies.", en: "Run without --template for the advice." },
  // Routes in words (src/render/route-text.ts), route maps, the diagnostics list, the route diff.
  routeOtherwise: { nl: "anders", en: "otherwise" },
  branchTitle: { nl: "Route op eerdere antwoorden", en: "Route by earlier answers" },
  mapContentHash: { nl: "Inhoud-hash", en: "Content hash" },
  severityError: { nl: "fout", en: "error" },
  severityWarning: { nl: "waarschuwing", en: "warning" },
  noProblems: { nl: "Geen problemen gevonden.", en: "No problems found." },
  problemsSummary: {
    nl: "{n} {n:probleem|problemen} ({errors} {errors:fout|fouten}, {warnings} {warnings:waarschuwing|waarschuwingen})",
    en: "{n} {n:problem|problems} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings})",
  },
  // The route diff (`signaalroute diff`): src/render/diff-text.ts.
  diffOnlyOld: { nl: " [alleen oud]", en: " [old only]" },
  diffOnlyNew: { nl: " [alleen nieuw]", en: " [new only]" },
  diffNoAdvice: { nl: "(geen advies)", en: "(no advice)" },
  diffFrom: { nl: "bij '{answers}'", en: "from '{answers}'" },
  diffAbsent: { nl: "(dit antwoord bestond niet)", en: "(this answer did not exist)" },
  diffOutcomeIs: { nl: "uitkomst {outcome}", en: "outcome {outcome}" },
  diffOutcomeChange: { nl: "uitkomst {from} -> {to}", en: "outcome {from} -> {to}" },
  diffUrgencyChange: { nl: "urgentie {from} -> {to}", en: "urgency {from} -> {to}" },
  diffContactsChange: { nl: "contacten {from} -> {to}", en: "contacts {from} -> {to}" },
  diffOrderChange: { nl: "volgorde {from} -> {to}", en: "order {from} -> {to}" },
  diffVersionChange: { nl: "{tree}: versie {from} -> {to}", en: "{tree}: version {from} -> {to}" },
  diffOtherOrder: { nl: "andere volgorde", en: "another order" },
  diffCombinations: {
    nl: "{n} {n:antwoordcombinatie|antwoordcombinaties}",
    en: "{n} answer {n:combination|combinations}",
  },
  diffDropped: { nl: "{contact} vervalt", en: "{contact} dropped" },
  diffAdded: { nl: "{contact} erbij ({urgency})", en: "{contact} added ({urgency})" },
  diffHeading: { nl: "Verschil in de routes: {old} -> {new}", en: "Difference in the routes: {old} -> {new}" },
  diffTrees: { nl: "Bomen", en: "Trees" },
  diffOutcomesAdded: { nl: "Uitkomsten toegevoegd", en: "Outcomes added" },
  diffOutcomesRemoved: { nl: "Uitkomsten verwijderd", en: "Outcomes removed" },
  diffOutcomesChanged: { nl: "Uitkomsten gewijzigd", en: "Outcomes changed" },
  diffQuestions: { nl: "Vragen", en: "Questions" },
  diffAnswers: { nl: "Antwoorden (of vinkjes) bij bestaande vragen", en: "Answers (or items) of existing questions" },
  diffContacts: { nl: "Contacten", en: "Contacts" },
  diffTexts: {
    nl: "Teksten bij vragen (vraag, antwoorden, vinkjes)",
    en: "Texts at questions (question, answers, items)",
  },
  diffSummary: { nl: "Samenvatting: wat er verandert in het advies", en: "Summary: how the advice changes" },
  diffMore: { nl: "... en nog {n} meer", en: "... and {n} more" },
  diffMoreComparedOn: {
    nl: "... en {n} {n:resultaat|resultaten} die alleen op enkele contacten zijn vergeleken (zie de noot hieronder)",
    en: "... and {n} {n:result|results} compared on some contacts only (see the note below)",
  },
  diffCombinationsHeading: {
    nl: "Antwoordcombinaties met ander advies of een andere uitkomst ({total} {total:resultaat|resultaten}, {paths} {paths:antwoordcombinatie|antwoordcombinaties})",
    en: "Answer combinations whose advice or outcome changed ({total} {total:result|results}, {paths} answer {paths:combination|combinations})",
  },
  diffIncomplete: {
    nl: "Let op: de vergelijking stopte bij de grens van het aantal toestanden; de lijst van antwoordcombinaties is onvolledig.",
    en: "Note: the comparison stopped at the limit of states; the list of answer combinations is incomplete.",
  },
  diffComparedOn: {
    nl: "Let op: deze wijziging geeft te veel verschillende resultaten om elk te tonen (elke latere combinatie van advies is een eigen resultaat). Na de wijziging is vergeleken op de contacten die het advies tot daar noemt ({contacts}): elk ander contact krijgt daar aan beide kanten hetzelfde advies. De samenvatting telt exact welke van deze contacten erbij komen, wegvallen of een ander niveau krijgen. De volgorde is onderling vergeleken, en of het contact bovenaan verandert (zeker, of mogelijk als op hetzelfde niveau de volgorde van latere antwoorden beslist); een andere volgorde lager in de lijst tegenover een ander contact ziet deze vergelijking niet, en de aantallen zijn dan minimaal zoveel. Die resultaten staan niet één voor één in de lijst.",
    en: "Note: this change gives too many distinct results to show each (every later mix of advice is a result of its own). After the change the routes were compared on the contacts the advice up to there names ({contacts}): every other contact gets the same advice on both sides there. The summary counts exactly which of these contacts are added, dropped or change level. Their order is compared among themselves, and whether the contact on top changes (surely, or possibly where at the same level the order of later answers decides); another order lower in the list against another contact is not seen, and the counts are then at least these. Those results are not listed one by one.",
  },
  diffTopChange: { nl: "bovenaan {from} -> {to}", en: "on top {from} -> {to}" },
  diffTopMayChange: {
    nl: "bovenaan mogelijk {from} -> {to} (op hetzelfde niveau beslist de volgorde van latere antwoorden)",
    en: "on top possibly {from} -> {to} (at the same level the order of later answers decides)",
  },
  diffAnotherContact: { nl: "een ander contact", en: "another contact" },
  diffThisOrAnother: { nl: "{contact} of een ander contact", en: "{contact} or another contact" },
  diffComparedOnExhausted: {
    nl: "Ook zo stopte de vergelijking bij haar grens: de samenvatting is onvolledig.",
    en: "Even so the comparison stopped at its limit: the summary is incomplete.",
  },
  diffNone: { nl: "Geen verschil in de routes.", en: "No difference in the routes." },
  // Schema problems (src/load/schema-check.ts): {at} is where, e.g. "knoop 'a' > answers.0".
  schemaTopLevel: { nl: "(bovenste niveau)", en: "(top level)" },
  schemaAtNode: { nl: "knoop '{node}'{rest}", en: "node '{node}'{rest}" },
  schemaIdKey: { nl: "{at}: id '{key}' {problem}", en: "{at}: id '{key}' {problem}" },
  schemaRequiredOneOf: {
    nl: "{at}: eigenschap {names} of {last} ontbreekt. Voeg er een toe.",
    en: "{at}: property {names} or {last} is missing. Add one.",
  },
  schemaRequired: {
    nl: "{at}: eigenschap '{name}' ontbreekt. Voeg die toe.",
    en: "{at}: property '{name}' is missing. Add it.",
  },
  schemaUnknownProperty: {
    nl: "{at}: onbekende eigenschap '{name}'.{hint}",
    en: "{at}: unknown property '{name}'.{hint}",
  },
  didYouMean: { nl: " Bedoelt u '{hint}'?", en: " Did you mean '{hint}'?" },
  schemaAllowed: { nl: " Toegestaan: {known}.", en: " Allowed: {known}." },
  schemaEnum: { nl: "{at}: moet een van deze zijn: {allowed}.", en: "{at}: must be one of: {allowed}." },
  schemaConst: { nl: "{at}: moet '{value}' zijn.", en: "{at}: must be '{value}'." },
  schemaType: { nl: "{at}: verwacht type {type}.", en: "{at}: expected type {type}." },
  schemaPattern: { nl: "{at}: heeft niet de vorm {pattern}.", en: "{at}: does not match the form {pattern}." },
  schemaMinItems: {
    nl: "{at}: moet minstens {limit} {limit:element|elementen} hebben.",
    en: "{at}: must have at least {limit} {limit:item|items}.",
  },
  schemaMinProperties: {
    nl: "{at}: moet minstens {limit} {limit:eigenschap|eigenschappen} hebben.",
    en: "{at}: must have at least {limit} {limit:property|properties}.",
  },
  schemaMinLength: { nl: "{at}: mag niet leeg zijn.", en: "{at}: must not be empty." },
  schemaMaxLength: {
    nl: "{at}: is te lang (hoogstens {limit} tekens).",
    en: "{at}: is too long (at most {limit} characters).",
  },
  schemaUniqueItems: { nl: "{at}: bevat dubbele waarden.", en: "{at}: contains duplicate values." },
  schemaReserved: {
    nl: "{at}: deze waarde is gereserveerd en mag hier niet (zie de beschrijving in het schema). Kies een andere id.",
    en: "{at}: this value is reserved and not allowed here (see the schema's description). Choose another id.",
  },
  schemaMinimum: { nl: "{at}: moet minstens {limit} zijn.", en: "{at}: must be at least {limit}." },
  schemaOther: { nl: "{at}: voldoet niet aan het schema ({keyword}).", en: "{at}: fails the schema ({keyword})." },
  // {said} is the schema library's own reason, in English.
  schemaOtherSaid: {
    nl: "{at}: voldoet niet aan het schema ({keyword}: {said}).",
    en: "{at}: does not match the schema ({keyword}: {said}).",
  },
  typeObject: { nl: "object (sleutels met waarden)", en: "object" },
  typeArray: { nl: "lijst", en: "array" },
  typeString: { nl: "tekst", en: "string" },
  typeBoolean: { nl: "ja/nee (true/false)", en: "boolean" },
  typeInteger: { nl: "geheel getal", en: "integer" },
  typeNumber: { nl: "getal", en: "number" },
  // Reading files (src/util/read-small-file.ts, src/load): {what} is the kind of file.
  readMissing: { nl: "{what} '{path}' bestaat niet.", en: "{what} '{path}' does not exist." },
  readNotAFile: {
    nl: "{what} '{path}' is geen gewoon bestand (een map, FIFO of apparaat wordt niet gelezen).",
    en: "{what} '{path}' is not a regular file (a folder, FIFO or device is not read).",
  },
  readTooLarge: {
    nl: "{what} '{path}' is groter dan {mb} MB en wordt niet gelezen.",
    en: "{what} '{path}' is larger than {mb} MB and is not read.",
  },
  readUnreadable: { nl: "{what} '{path}' kan niet worden gelezen.", en: "{what} '{path}' cannot be read." },
  fileRegion: { nl: "Regiobestand", en: "Region file" },
  fileScenario: { nl: "Scenariobestand", en: "Scenario file" },
  filePractice: { nl: "Oefenresultaat", en: "Practice result" },
  fileTerms: { nl: "Termenbestand", en: "Terms file" },
  fileTemplate: { nl: "Sjabloon", en: "Template" },
  fileAnswers: { nl: "Antwoordbestand", en: "Answers file" },
  fileConfig: { nl: "Configuratiebestand", en: "Configuration file" },
  fileRecord: { nl: "Verslag", en: "Record" },
  pathMissing: {
    nl: "Pad bestaat niet of is niet leesbaar: {paths}",
    en: "Path does not exist or cannot be read: {paths}",
  },
  srcMissing: {
    nl: "Bestand of map bestaat niet of is niet leesbaar.",
    en: "File or folder does not exist or cannot be read.",
  },
  srcDirUnreadable: { nl: "Deze map kan niet worden gelezen.", en: "This folder cannot be read." },
  srcDirEmpty: { nl: "Deze map bevat geen .yaml-bestanden.", en: "This folder holds no .yaml files." },
  srcTooLarge: {
    nl: "Bestand is groter dan {mb} MB en wordt niet gelezen.",
    en: "File is larger than {mb} MB and is not read.",
  },
  srcNotAFile: {
    nl: "Geen gewoon bestand (een FIFO, apparaat of map wordt niet gelezen).",
    en: "Not a regular file (a FIFO, device or folder is not read).",
  },
  srcUnreadable: { nl: "Bestand kan niet worden gelezen.", en: "File cannot be read." },
  yamlTooLarge: {
    nl: "Bestand is groter dan {mb} MB; zo groot is geen beslisboom. Splits het bestand of controleer of het het goede bestand is.",
    en: "File is larger than {mb} MB; no decision tree is that large. Split it, or check that it is the right file.",
  },
  yamlTooDeep: {
    nl: "YAML-fout: {problem} (meer dan {max} niveaus).",
    en: "YAML error: {problem} (more than {max} levels).",
  },
  yamlUnreadable: { nl: "YAML kan niet worden gelezen: {reason}", en: "YAML cannot be read: {reason}" },
  yamlError: { nl: "YAML-fout ({code}): {problem}", en: "YAML error ({code}): {problem}" },
  noMainTree: {
    nl: "Geen boom heeft 'main: true'; een consult weet dan niet waar het begint. Zet 'main: true' in de triageboom.",
    en: "No tree has 'main: true', so a consult does not know where to start. Set 'main: true' in the triage tree.",
  },
  manyMainTrees: {
    nl: "Meer dan één boom heeft 'main: true' ({trees}). Laat er één over.",
    en: "More than one tree has 'main: true' ({trees}). Keep one.",
  },
  duplicateId: {
    nl: "Dubbele {what}-id '{id}' (ook in {file}). Ids moeten uniek zijn in de hele set; kies een andere id.",
    en: "Duplicate {what} id '{id}' (also in {file}). Ids must be unique across the whole set; choose another id.",
  },
  idTree: { nl: "boom", en: "tree" },
  idNode: { nl: "knoop", en: "node" },
  idContact: { nl: "contact", en: "contact" },
  idFact: { nl: "feit", en: "fact" },
  regionUnknownContact: {
    nl: "Regiobestand: contact '{id}' staat niet in de contactenlijst.{hint}",
    en: "Region file: contact '{id}' is not in the directory.{hint}",
  },
  regionNational: {
    nl: "Regiobestand: '{id}' ({name}) is een landelijk contact; een regio kan de gegevens daarvan niet wijzigen. Zet hier alleen regionale contacten, zoals de zorgcoördinator mensenhandel.",
    en: "Region file: '{id}' ({name}) is a national contact; a region cannot change its details. List only regional contacts here, such as the care coordinator for human trafficking.",
  },
  regionNotADate: {
    nl: "Regiobestand: 'verified' ('{verified}') is geen bestaande datum. Schrijf JJJJ-MM-DD.",
    en: "Region file: 'verified' ('{verified}') is not a real date. Write YYYY-MM-DD.",
  },
  regionFuture: {
    nl: "Regiobestand: gecontroleerd op {verified}, na vandaag ({today}). Verbeter de datum: een datum in de toekomst verbergt verouderde gegevens.",
    en: "Region file: verified on {verified}, after today ({today}). Correct the date: a future date hides stale details.",
  },
  regionStale: {
    nl: "Het regiobestand is gecontroleerd op {verified}, meer dan {months} {months:maand|maanden} geleden. Controleer telefoonnummer, website en openingstijden bij de organisatie en werk 'verified' bij.",
    en: "The region file was verified on {verified}, more than {months} {months:month|months} ago. Check phone, website and hours with the organisation and update 'verified'.",
  },
  // The engine (src/engine/engine.ts), records, scenarios, terms files, urgency levels.
  engNoNode: { nl: "Knoop '{id}' bestaat niet.", en: "Node '{id}' does not exist." },
  engBrokenLink: {
    nl: "Verwijzing '{id}' wijst naar een boom of knoop die niet bestaat.",
    en: "Link '{id}' points to a tree or node that does not exist.",
  },
  engLoop: { nl: "Stappen vanaf '{id}' vormen een kring.", en: "Steps from '{id}' form a loop." },
  engSavedAnswerMisfits: {
    nl: "Het opgeslagen antwoord voor '{saved}' past niet meer bij de bomen (de consult staat bij '{at}').",
    en: "The saved answer for '{saved}' no longer fits the trees (the consult is at '{at}').",
  },
  engFinished: {
    nl: "Het consult is al klaar; er is geen vraag meer.",
    en: "The consult is finished; there is no question left.",
  },
  engActionAt: { nl: "[{when}] {line}", en: "[{when}] {line}" },
  engNotAnAnswer: {
    nl: "'{given}' is geen antwoord op vraag '{node}'. Mogelijk: {allowed}.",
    en: "'{given}' is not an answer to question '{node}'. Possible: {allowed}.",
  },
  recNotFinished: { nl: "Het consult is nog niet klaar.", en: "The consult is not finished yet." },
  scnDuplicateId: {
    nl: "Scenario-id '{id}' staat twee keer in dit bestand.",
    en: "Scenario id '{id}' appears twice in this file.",
  },
  termsNotYaml: { nl: "Het termenbestand is geen geldige YAML:", en: "The terms file is not valid YAML:" },
  termsUnusable: { nl: "Het termenbestand kan niet worden gebruikt:", en: "The terms file cannot be used:" },
  termsNoList: {
    nl: "Het termenbestand heeft geen lijst 'terms:'. Zie 'signaalroute validate --help' voor het formaat.",
    en: "The terms file has no 'terms:' list. See 'signaalroute validate --help' for the format.",
  },
  urgencyAcuut: { nl: "Acuut: nu", en: "Acute: now" },
  urgencySpoed: { nl: "Spoed: vandaag", en: "Urgent: today" },
  urgencyRegulier: { nl: "Regulier: binnen enkele dagen", en: "Regular: within days" },
  urgencyAdvies: { nl: "Advies: wanneer het u uitkomt", en: "Advice: when convenient" },
  // Commands: consult, diff, docs, graph, validate, the views (src/commands).
  startUnknown: { nl: "Startvraag '{node}' bestaat niet.", en: "Start question '{node}' does not exist." },
  flagRefused: { nl: "{flag}: {reason}", en: "{flag}: {reason}" },
  answersMarkdown: {
    nl: "'{file}' is een Markdown-verslag; dat is voor mensen en kan niet opnieuw worden gedraaid. Gebruik het JSON-verslag: signaalroute consult --answers {json} (een consult bewaart het als .json, of met --record {json}).",
    en: "'{file}' is a Markdown record; it is for people and cannot be replayed. Use the JSON record instead: signaalroute consult --answers {json} (a consult saves it as .json, or with --record {json}).",
  },
  answersInvalid: { nl: "Het antwoordbestand is ongeldig:", en: "The answers file is invalid:" },
  answersMisfit: {
    nl: "De antwoorden passen niet bij de beslisbomen:",
    en: "The answers do not fit the decision trees:",
  },
  // An answers file (src/consult/answers-file.ts): its shape, and how it meets the route.
  answersNotAMapping: {
    nl: "Een antwoordbestand bestaat uit regels 'vraag-id: antwoord-id'.",
    en: "An answers file is a mapping 'question-id: answer-id'.",
  },
  answersBadValue: {
    nl: "Antwoord op '{key}' moet een antwoord-id of een lijst van item-ids zijn.",
    en: "The answer to '{key}' must be an answer id or a list of item ids.",
  },
  answersBlank: { nl: "Vraag '{node}' is nog niet ingevuld", en: "Question '{node}' is not filled in yet" },
  answersNone: {
    nl: "Het antwoordbestand geeft geen antwoord op vraag '{node}'",
    en: "The answers file gives no answer to question '{node}'",
  },
  answersNextQuestion: {
    nl: '{what} ("{text}"); dit is de volgende vraag op de route. Mogelijk{list}: {choices}. Met --template ziet u het antwoordbestand tot en met deze vraag.',
    en: '{what} ("{text}"); it is the next question on the route. Possible{list}: {choices}. --template prints the answers file up to and including this question.',
  },
  answersListShape: {
    nl: " (een lijst, bijv. [a, b]; [] = niets aangevinkt)",
    en: " (a list, e.g. [a, b]; [] = nothing ticked)",
  },
  answersNeedsList: {
    nl: "Vraag '{node}' is een checklist: zet de antwoorden in een lijst: [{given}].",
    en: "Question '{node}' is a checklist: put the answers in a list: [{given}].",
  },
  answersNeedsOneOf: {
    nl: "Vraag '{node}' vraagt één antwoord, geen lijst: kies één antwoord uit {offered}.",
    en: "Question '{node}' takes one answer, not a list: choose one answer of {offered}.",
  },
  answersNeedsOneUnwrapped: {
    nl: "Vraag '{node}' vraagt één antwoord, geen lijst: kies één antwoord en schrijf het zonder haken: {one}.",
    en: "Question '{node}' takes one answer, not a list: choose one answer and write it without brackets: {one}.",
  },
  answersImplied: {
    nl: "Vraag '{key}' is op deze route niet gesteld: eerdere antwoorden beantwoorden haar al ({why}). Laat haar weg uit het antwoordbestand.",
    en: "Question '{key}' was not asked on this route: earlier answers already answer it ({why}). Leave it out of the answers file.",
  },
  answersUnknownId: { nl: "Onbekende vraag-id '{key}'.", en: "Unknown question id '{key}'." },
  answersUnknownIdHint: {
    nl: "Onbekende vraag-id '{key}'. Bedoelt u '{hint}'?",
    en: "Unknown question id '{key}'. Did you mean '{hint}'?",
  },
  answersNotOnRoute: {
    nl: "Vraag '{key}' komt op deze route niet voor; het antwoord is niet gebruikt.",
    en: "Question '{key}' is not on this route; the answer was not used.",
  },
  templateOnly: {
    nl: "--template drukt een antwoordbestand af; --json en --record horen bij een run met --answers zonder --template.",
    en: "--template prints an answers file; --json and --record belong to a run with --answers without --template.",
  },
  sideOld: { nl: "oud", en: "old" },
  sideNew: { nl: "nieuw", en: "new" },
  diffNotAFolder: { nl: "'{spec}' ({side}) is geen map met bomen.", en: "'{spec}' ({side}) is not a folder of trees." },
  diffSideProblem: { nl: "{spec} ({side}): {problem}", en: "{spec} ({side}): {problem}" },
  gitBadRevision: { nl: "Ongeldige git-revisie '{rev}'.", en: "Invalid git revision '{rev}'." },
  gitUnreadable: {
    nl: "Kan revisie '{rev}' niet lezen met git (bestaat de revisie, en is dit een git-repository?).",
    en: "Cannot read revision '{rev}' with git (does the revision exist, and is this a git repository?).",
  },
  gitNoTrees: {
    nl: "Revisie '{rev}' heeft geen trees/-map met .yaml-bestanden.",
    en: "Revision '{rev}' has no trees/ folder with .yaml files.",
  },
  docsNoOut: { nl: "Geef een map op met --out MAP.", en: "Give a folder with --out DIR." },
  docsNoFolder: { nl: "Map '{dir}' kan niet worden gemaakt: {why}.", en: "Folder '{dir}' cannot be created: {why}." },
  docsUnsafeName: { nl: "Onveilige bestandsnaam '{name}'.", en: "Unsafe file name '{name}'." },
  graphFormat: {
    nl: "Onbekend formaat '{format}': kies mermaid of dot.",
    en: "Unknown format '{format}': choose mermaid or dot.",
  },
  valRuleYamlSyntax: { nl: "Het bestand is geldige YAML.", en: "The file is valid YAML." },
  valRuleSchema: { nl: "Het bestand past in het JSON Schema.", en: "The file fits the JSON Schema." },
  valRuleIo: { nl: "Het bestand of de map kan worden gelezen.", en: "The file or folder can be read." },
  valRuleFileTooLarge: { nl: "Het bestand is niet groter dan 2 MB.", en: "The file is not larger than 2 MB." },
  valRuleRegionNational: {
    nl: "Een regiobestand wijzigt geen landelijk contact.",
    en: "A region file changes no national contact.",
  },
  regionUnusable: { nl: "Het regiobestand kan niet worden gebruikt:", en: "The region file cannot be used:" },
  viewCycle: {
    nl: "De routes bevatten een kring ({chain}), dus paden kunnen niet worden geteld. Draai 'signaalroute validate' voor de details.",
    en: "The routes contain a cycle ({chain}), so paths cannot be counted. Run 'signaalroute validate' for details.",
  },
  viewNoTree: {
    nl: "Boom '{id}' bestaat niet.{hint} Bomen: {known}.",
    en: "Tree '{id}' does not exist.{hint} Trees: {known}.",
  },
  termsBadItem: {
    nl: "Termenbestand, item {n}: verwacht 'term' (tekst) en 'preferred' met 'nl' en 'en'.",
    en: "Terms file, item {n}: expected 'term' (text) and 'preferred' with 'nl' and 'en'.",
  },
  // The command line (src/cli.ts, src/commands/index.ts): the help of every command, option and argument.
  unexpectedError: { nl: "signaalroute: onverwachte fout: {message}", en: "signaalroute: unexpected error: {message}" },
  helpExamples: { nl: "Voorbeelden:", en: "Examples:" },
  cliDescription: {
    nl: "Van zorg over een kind naar de juiste contacten: stap voor stap, volgens de meldcode.",
    en: "From a worry about a child to the right contacts: step by step, following the meldcode.",
  },
  cliVersion: { nl: "toon het versienummer", en: "show the version number" },
  cliHelp: { nl: "toon deze hulp", en: "show this help" },
  cliHelpCommand: { nl: "toon de hulp bij een commando", en: "show the help for a command" },
  cliLang: { nl: "taal: nl of en", en: "language: nl or en" },
  cliLangDefault: { nl: "$SIGNAALROUTE_LANG, anders nl", en: "$SIGNAALROUTE_LANG, else nl" },
  cliNoColor: { nl: "geen kleur (ook met NO_COLOR=1)", en: "no colour (also with NO_COLOR=1)" },
  treesUnusable: {
    nl: "De beslisbomen kunnen niet worden gebruikt ({count} {count:fout|fouten}):",
    en: "The decision trees cannot be used ({count} {count:error|errors}):",
  },
  cliNoCache: {
    nl: "gebruik en vul de cache van gecontroleerde bomen niet (ook met SIGNAALROUTE_NO_CACHE=1)",
    en: "neither use nor fill the cache of checked trees (also with SIGNAALROUTE_NO_CACHE=1)",
  },
  cliExitCodes: {
    nl: "Exitcodes: 0 goed, 1 problemen gevonden (ook: bomen onbruikbaar, antwoorden passen niet, zoekwoord niet gevonden), 2 kon niet draaien (argumenten, bestand, geen commando, al een consult in een andere terminal), 3 geen terminal, 4 advies gegeven maar verslag niet opgeslagen, 70 fout in signaalroute zelf, 130 gestopt (concept bewaard), 129 en 143 gestopt door SIGHUP of SIGTERM (terminal hersteld, concept bewaard).",
    en: "Exit codes: 0 ok, 1 problems found (also: trees unusable, answers do not fit, search word not found), 2 could not run (arguments, file, no command, a consult already running in another terminal), 3 no terminal, 4 advice given but record not saved, 70 a bug in signaalroute, 130 stopped (draft kept), 129 and 143 stopped by SIGHUP or SIGTERM (terminal restored, draft kept).",
  },
  cmdConsult: {
    nl: "start een begeleid consult (standaard de meegeleverde bomen)",
    en: "start a guided consult (the bundled trees by default)",
  },
  optConsultResume: {
    nl: "ga verder met een onderbroken consult (met meer dan één: kies er een, of geef het id uit 'signaalroute drafts')",
    en: "continue an interrupted consult (with more than one: pick one, or give the id from 'signaalroute drafts')",
  },
  optConsultNew: {
    nl: "begin een nieuw consult zonder te vragen; onderbroken consulten blijven bewaard",
    en: "start a new consult without asking; interrupted consults are kept",
  },
  optConsultAnswers: {
    nl: "draai zonder terminal met antwoorden uit een YAML-bestand (vraag-id: antwoord-id)",
    en: "run without a terminal, answers from a YAML file (question-id: answer-id)",
  },
  optConsultJson: { nl: "met --answers: geef het verslag als JSON", en: "with --answers: print the record as JSON" },
  optConsultRecord: {
    nl: "schrijf het verslag naar dit bestand (.md of .json); een bestaand bestand wordt niet zomaar overschreven",
    en: "write the record to this file (.md or .json); an existing file is not overwritten silently",
  },
  optConsultForce: {
    nl: "met --record: overschrijf een bestaand bestand zonder te vragen",
    en: "with --record: overwrite an existing file without asking",
  },
  optConsultReference: {
    nl: "uw kenmerk in het verslag, bv. het zaaknummer van uw organisatie (geen naam, geboortedatum, BSN, e-mail of adres)",
    en: "your reference in the record, e.g. your organisation's case number (no name, date of birth, BSN, e-mail or address)",
  },
  optConsultRole: { nl: "uw functie in het verslag, bv. leerkracht", en: "your role in the record, e.g. teacher" },
  optConsultTemplate: {
    nl: "druk een antwoordbestand af voor de route tot nu toe (met --answers: vanaf die antwoorden) met de volgende vraag en haar antwoord-ids",
    en: "print an answers file for the route so far (with --answers: from those answers) with the next question and its answer ids",
  },
  optConsultTrees: {
    nl: "gebruik deze bomen (map of bestanden) in plaats van de meegeleverde",
    en: "use these trees (folder or files) instead of the bundled ones",
  },
  optConsultStart: {
    nl: "begin bij deze vraag (oefening: het verslag wordt als oefening gemarkeerd)",
    en: "start at this question (practice: the record is marked as practice)",
  },
  optConsultSaveScenario: {
    nl: "bewaar het consult (af of gestopt) als scenario voor training: de antwoorden en het bereikte advies als expect",
    en: "save the consult (finished or stopped) as a training scenario: its answers and the advice reached as expect",
  },
  optConsultRegion: {
    nl: "regiobestand met de regionale contacten (bv. de zorgcoördinator); ook via $SIGNAALROUTE_REGION of 'region:' in ~/.config/signaalroute/config.yaml",
    en: "region file with the regional contacts (e.g. the zorgcoördinator); also via $SIGNAALROUTE_REGION or 'region:' in ~/.config/signaalroute/config.yaml",
  },
  cmdDrafts: {
    nl: "toon de onderbroken consulten (begonnen, bewaard, hoe ver), of verwijder ze",
    en: "list the interrupted consults (started, saved, how far), or remove them",
  },
  optJson: { nl: "als JSON", en: "as JSON" },
  optDraftsPurge: {
    nl: "verwijder alle onderbroken consulten, of alleen dit id (vraagt om bevestiging)",
    en: "remove every interrupted consult, or only this id (asks to confirm)",
  },
  optDraftsYes: {
    nl: "met --purge: niet om bevestiging vragen (nodig zonder terminal)",
    en: "with --purge: do not ask to confirm (needed without a terminal)",
  },
  cmdTrees: {
    nl: "toon de beslisbomen met id, versie en titel",
    en: "list the decision trees with id, version and title",
  },
  optTrees: {
    nl: "andere bomen dan de meegeleverde (map of bestanden)",
    en: "other trees than the bundled ones (folder or files)",
  },
  cmdContacts: {
    nl: "toon de contactenlijst, doorzoekbaar op een woord",
    en: "show the contacts directory, searchable by a word",
  },
  argContactsWord: { nl: "zoekwoord (naam, doel, id)", en: "search word (name, purpose, id)" },
  // Where the region file comes from: src/commands/support/region-option.ts (regionPath).
  optRegion: {
    nl: "regiobestand met de regionale contacten; ook via $SIGNAALROUTE_REGION of 'region:' in ~/.config/signaalroute/config.yaml",
    en: "region file with the regional contacts; also via $SIGNAALROUTE_REGION or 'region:' in ~/.config/signaalroute/config.yaml",
  },
  cmdValidate: {
    nl: "controleer bomen: schema, verwijzingen en veiligheidsregels op elk pad",
    en: "check trees: schema, references and safety rules on every path",
  },
  argValidatePaths: {
    nl: "mappen of bestanden (standaard de meegeleverde bomen)",
    en: "folders or files (default: the bundled trees)",
  },
  optValidateStrict: { nl: "waarschuwingen tellen als fout", en: "treat warnings as errors" },
  optValidateMaxContactAge: {
    nl: "contactgegevens ouder dan dit aantal maanden geven een waarschuwing",
    en: "warn about contact details older than this many months",
  },
  optValidateTerms: {
    nl: "YAML-bestand met extra afgeraden termen (terms: - term: ..., preferred: {nl, en})",
    en: "YAML file with extra discouraged terms (terms: - term: ..., preferred: {nl, en})",
  },
  optValidateFormat: {
    nl: "stylish (standaard), json, sarif, junit of github (standaard in GitHub Actions: stylish plus annotaties)",
    en: "stylish (default), json, sarif, junit or github (in GitHub Actions by default: stylish plus annotations)",
  },
  optValidateOutputFile: {
    nl: "schrijf het rapport naar dit bestand (modus 0600) in plaats van naar het scherm",
    en: "write the report to this file (mode 0600) instead of the screen",
  },
  optValidateMaxWarnings: {
    nl: "exit 1 bij meer waarschuwingen dan dit aantal",
    en: "exit 1 with more warnings than this number",
  },
  cmdRegion: { nl: "regiobestanden: een nieuw regiobestand maken", en: "region files: make a new region file" },
  cmdRegionInit: {
    nl: "schrijf een nieuw regiobestand uit het sjabloon (modus 0600), met een modeline naar het geïnstalleerde schema",
    en: "write a new region file from the template (mode 0600), with a modeline to the installed schema",
  },
  argRegionInitFile: {
    nl: "het nieuwe bestand (wordt niet overschreven als het bestaat)",
    en: "the new file (not overwritten if it exists)",
  },
  cmdGraph: {
    nl: "toon de routes als stroomschema (Mermaid of Graphviz DOT)",
    en: "show the routes as a flowchart (Mermaid or Graphviz DOT)",
  },
  argGraphTree: {
    nl: "alleen deze boom (verwijzingen wijzen naar de andere boom)",
    en: "only this tree (links point to the other tree)",
  },
  optGraphFormat: { nl: "mermaid (standaard) of dot", en: "mermaid (default) or dot" },
  cmdDocs: {
    nl: "schrijf per boom een routekaart in Markdown (voor intranet)",
    en: "write a Markdown route map per tree (for an intranet)",
  },
  optDocsOut: {
    nl: "map voor de pagina's (wordt gemaakt als die niet bestaat)",
    en: "folder for the pages (created if missing)",
  },
  cmdRoutes: {
    nl: "toon per uitkomst: aantal paden, kortste route, minste en meeste vragen",
    en: "show per outcome: number of paths, shortest route, fewest and most questions",
  },
  argRoutesTree: { nl: "alleen de uitkomsten van deze boom", en: "only the outcomes of this tree" },
  optJsonCounts: { nl: "als JSON (aantallen als tekst)", en: "as JSON (counts as strings)" },
  cmdStats: {
    nl: "toon aantallen: knopen, vragen, uitkomsten, verbindingen, routes, langste route",
    en: "show counts: nodes, questions, outcomes, edges, routes, longest route",
  },
  cmdDiff: {
    nl: "wat een wijziging met de routes doet: uitkomsten, contacten, antwoordcombinaties",
    en: "what a change does to the routes: outcomes, contacts, answer combinations",
  },
  argDiffOld: {
    nl: "oude versie: map met bomen, of git:REV (de map trees/ in die revisie)",
    en: "old version: folder of trees, or git:REV (the trees/ folder at that revision)",
  },
  argDiffNew: { nl: "nieuwe versie: map met bomen, of git:REV", en: "new version: folder of trees, or git:REV" },
  optDiffExitCode: {
    nl: "exit 1 als er iets verschilt (zoals git diff --exit-code)",
    en: "exit 1 when anything differs (like git diff --exit-code)",
  },
  afterDiff: {
    nl: "Exitcode 0 als de vergelijking liep (ook bij verschillen; met --exit-code 1 bij verschillen), 2 als die niet kon draaien.",
    en: "Exit code 0 when the comparison ran (also with differences; with --exit-code 1 when they differ), 2 when it could not run.",
  },
  cmdScenario: {
    nl: "scenario's voor training: draaien, dekking, uit een verslag, vergelijken",
    en: "training scenarios: run, coverage, from a record, compare",
  },
  argScenarioPaths: {
    nl: "scenariobestanden of mappen (standaard scenarios/ hier, anders de meegeleverde)",
    en: "scenario files or folders (default: scenarios/ here, else the bundled ones)",
  },
  cmdScenarioRun: {
    nl: "draai scenario's door de engine en meld per scenario geslaagd of mislukt (exit 1 bij een mislukking)",
    en: "run scenarios through the engine and report each as passed or failed (exit 1 on any failure)",
  },
  optScenarioJunit: { nl: "schrijf ook een JUnit-XML-rapport (voor CI)", en: "also write a JUnit XML report (for CI)" },
  cmdScenarioCoverage: {
    nl: "welke antwoorden, checklistroutes en uitkomsten geen scenario bereikt, per boom in procenten",
    en: "which answers, checklist routes and outcomes no scenario reaches, per tree, in percent",
  },
  optScenarioMin: { nl: "exit 1 als de totale dekking lager is", en: "exit 1 when the total coverage is lower" },
  cmdScenarioDiff: {
    nl: "welke scenario's een andere uitkomst, urgentie of andere contacten krijgen tussen twee versies van de bomen",
    en: "which scenarios get another outcome, urgency or other contacts between two versions of the trees",
  },
  argScenarioDiffPaths: {
    nl: "OUD NIEUW (mappen met bomen of git:REV), dan scenariobestanden of mappen (standaard scenarios/ hier, anders de meegeleverde)",
    en: "OLD NEW (folders of trees or git:REV), then scenario files or folders (default: scenarios/ here, else the bundled ones)",
  },
  optScenarioAgainst: {
    nl: "vergelijk de map trees/ in deze git-revisie (git:REV) met de huidige trees/; alle argumenten zijn dan scenario's",
    en: "compare the trees/ folder at this git revision (git:REV) with the current trees/; every argument is then a scenario path",
  },
  optScenarioDiffExitCode: { nl: "exit 1 als een scenario veranderde", en: "exit 1 when any scenario changed" },
  afterScenarioDiff: {
    nl: "Exitcode 0 als de vergelijking liep (ook bij verschillen; met --exit-code 1 als een scenario veranderde), 1 bij een ongeldig scenariobestand, 2 als die niet kon draaien.",
    en: "Exit code 0 when the comparison ran (also with differences; with --exit-code 1 when any scenario changed), 1 for an invalid scenario file, 2 when it could not run.",
  },
  cmdScenarioFrom: {
    nl: "maak een scenario van een bewaard JSON-verslag (antwoorden, en het bereikte advies als expect)",
    en: "make a scenario from a saved JSON record (its answers, and the advice it reached as expect)",
  },
  argScenarioFromRecord: { nl: "JSON-verslag van een consult", en: "a consult's JSON record" },
  optScenarioFromOut: {
    nl: "schrijf naar dit nieuwe bestand in plaats van naar het scherm",
    en: "write to this new file instead of the screen",
  },
  cmdPractice: {
    nl: "oefen een casus in het echte consult en vergelijk met het modelantwoord; of vat de resultaten van een klas samen",
    en: "practise a case in the real consult and compare with the model answer; or summarise a class's results",
  },
  argPracticePaths: {
    nl: "een scenariobestand (met --summary: oefenresultaten, JSON)",
    en: "a scenario file (with --summary: practice results, JSON)",
  },
  optPracticeScenario: {
    nl: "welke casus uit een bestand met meerdere (anders wordt het gevraagd)",
    en: "which case of a file with several (asked otherwise)",
  },
  optPracticeOut: {
    nl: "schrijf het resultaat als JSON naar dit nieuwe bestand (alleen voor u leesbaar), voor de trainer",
    en: "write the result as JSON to this new file (readable by you only), for the trainer",
  },
  optPracticeJson: {
    nl: "geef het resultaat (of het overzicht) als JSON",
    en: "print the result (or the summary) as JSON",
  },
  optPracticeSummary: {
    nl: "vat oefenresultaten van een klas samen: per casus wie elk contact bereikte, waar routes afweken",
    en: "summarise a class's practice results: per case who reached each contact, where routes split",
  },
  afterPractice: {
    nl: "Een oefening bewaart geen concept en geen verslag. Exitcodes: 0 goed, 1 het modelantwoord klopt niet met de bomen, 2 kon niet draaien (bestand, argumenten, geen oefenresultaat), 3 geen terminal, 130 gestopt.",
    en: "Practice keeps no draft and no record. Exit codes: 0 ok, 1 the model answer does not hold on the trees, 2 could not run (file, arguments, not a practice result), 3 no terminal, 130 stopped.",
  },
  cmdWeb: {
    nl: "maak het consult als één offline webpagina (index.html): zonder server, zonder internet",
    en: "make the consult as one offline web page (index.html): no server, no internet",
  },
  optWebOut: {
    nl: "map waarin index.html komt (wordt gemaakt als hij niet bestaat)",
    en: "folder for index.html (made when it does not exist)",
  },
  optWebTrees: {
    nl: "gebruik deze bomen (map of bestanden); ze moeten elke veiligheidsregel halen, zoals bij een consult",
    en: "use these trees (folder or files); they must pass every safety rule, as for a consult",
  },
  optWebForce: { nl: "overschrijf een bestaande index.html", en: "overwrite an existing index.html" },
  // The terminal consult's guard against a stray Enter (src/ui/settle.ts).
  enterTooSoon: {
    nl: "Die Enter kwam meteen na de vraag en telt niet als antwoord. Lees de vraag en kies opnieuw.",
    en: "That Enter came right after the question and does not count as an answer. Read the question and choose again.",
  },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

export function m(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}

/** What a message's {placeholders} are filled with: a Text gives its own language's words. */
export type MessageValues = Readonly<Record<string, string | number | Text>>;

/**
 * A template's {placeholders} filled in, in one pass (a value is never read as a template); unknown names
 * stay. `{n:probleem|problemen}` is the word for the number n, chosen by the language's plural rules
 * (Intl.PluralRules: "1 probleem", "2 problemen", "0 problemen").
 */
export function fill(template: string, lang: Lang, values: MessageValues): string {
  return template.replace(/\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}/g, (all, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(values, name)) return all;
    const v = values[name]!;
    // A count may come as a number or as the digits of a bigint (path counts); anything else takes the plural.
    if (one !== undefined && other !== undefined)
      return pluralRules(lang).select(typeof v === "object" ? NaN : Number(v)) === "one" ? one : other;
    return typeof v === "object" ? v[lang] : String(v);
  });
}

const plurals = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** Both languages of a text with its {placeholders} filled in: a rule's message (check/rule.ts), a phrase inside one. */
export function fillText(text: Text, values: MessageValues = {}): Text {
  return { nl: fill(text.nl, "nl", values), en: fill(text.en, "en", values) };
}

/** A message with its {placeholders} filled in. */
export function mf(key: MessageKey, lang: Lang, values: MessageValues): string {
  return fill(m(key, lang), lang, values);
}

/** Both languages of a message with its {placeholders} filled in (for a CliError). */
export function mt(key: MessageKey, values: MessageValues = {}): Text {
  return { nl: mf(key, "nl", values), en: mf(key, "en", values) };
}
