// English UI strings every catalog element uses (the search box needs no more): data, kept as a
// module so browsers, Node and TypeScript consumers load it without a JSON loader. The keys are
// typed from the English files; pages-en.ts has the catalog browser's and procedure page's.
const en = {
  "state": {
    "loading": "Loading the procedure catalog…",
    "unreachable": "The procedure catalog cannot be reached right now.",
    "malformed": "The procedure catalog could not be read.",
    "schema": "This procedure catalog was published for a newer version of this page.",
    "notFound": "This procedure is not in the catalog.",
    "retry": "Try again",
    "offline": "You are offline: showing the catalog saved on this device.",
    "updated": "The catalog has been updated.",
    "sample": "Sample data — check with the agency before you go."
  },
  "hotline": {
    "talk": "Talk to a person",
    "call": "Call {{phone}}",
    "hours": "Hotline hours: {{hours}}"
  },
  "search": {
    "label": "Search procedures",
    "hint": "e.g. renew driving licence, register a birth",
    "results_one": "{{count}} result",
    "results_other": "{{count}} results",
    "none": "No procedure matches “{{query}}”.",
    "didYouMean": "Did you mean",
    "popular": "Popular",
    "lifeEvent": "Life event",
    "procedure": "Procedure",
    "clear": "Clear search",
    "submit": "Search",
    "searching": "Searching…",
    "otherLanguage": "Results in {{language}}"
  },
  "language": {
    "vi": "Vietnamese",
    "en": "English"
  }
};

export default en;
