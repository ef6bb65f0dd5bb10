// English UI strings that only the catalog browser and the procedure page use, a chunk of its own
// so a page with only a search box never downloads them (en.ts has the rest).
const pagesEn = {
  "catalog": {
    "filters": "Filters",
    "clearFilters": "Clear filters",
    "lifeEvents": "Life events",
    "procedures": "Procedures",
    "page": "Page {{page}} of {{pages}}",
    "previous": "Previous",
    "next": "Next",
    "back": "Back to results",
    "noneFiltered": "No procedure matches these filters.",
    "agencyEmpty": "{{agency}} has no procedure in this catalog yet.",
    "agencyUnknown": "The catalog has no agency “{{agency}}”.",
    "freeOnly": "Free of charge"
  },
  "facet": {
    "field": "Field",
    "agency": "Agency",
    "level": "Level",
    "channel": "How to submit",
    "audience": "Who for",
    "free": "Cost"
  },
  "channel": {
    "in-person": "In person",
    "online": "Online",
    "postal": "By post",
    "homePickup": "Home pickup",
    "resultByPost": "Result by post"
  },
  "level": {
    "national": "National",
    "province": "Province / city",
    "district": "District",
    "commune": "Ward / commune"
  },
  "audience": {
    "individual": "Individuals",
    "organisation": "Organisations",
    "foreigner": "Foreigners",
    "household": "Households",
    "enterprise": "Enterprises"
  },
  "time": {
    "same-day": "Same day",
    "working-days_one": "{{count}} working day",
    "working-days_other": "{{count}} working days",
    "working-hours_one": "{{count}} working hour",
    "working-hours_other": "{{count}} working hours",
    "calendar-days_one": "{{count}} day",
    "calendar-days_other": "{{count}} days"
  },
  "fee": {
    "free": "Free",
    "range": "{{from}} – {{to}}"
  },
  "procedure": {
    "atAGlance": "At a glance",
    "fee": "Fee",
    "time": "Processing time",
    "where": "Where to submit",
    "channels": "Ways to submit",
    "documents": "Documents to bring",
    "checked": "{{done}} of {{total}} ready",
    "quantity": "{{count}} ×",
    "template": "Download the form",
    "steps": "Steps",
    "showAll": "Show all steps",
    "hideAll": "Hide all steps",
    "resultDate": "When will I get the result?",
    "submittedAt": "Submission day and time",
    "expected": "Expected result: {{date}}",
    "receivedOn": "Counted from {{date}}",
    "resultDateUnknown": "The result date cannot be worked out for that day.",
    "office": "Office",
    "openNow": "Open now, until {{time}}",
    "opensAt": "Closed — opens {{day}} at {{time}}",
    "hours": "Opening hours",
    "phone": "Phone",
    "map": "Show on map",
    "forms": "Forms",
    "result": "Result",
    "validity": "Valid: {{validity}}",
    "requirements": "Requirements",
    "legalBasis": "Legal basis",
    "updated": "Updated on {{date}}",
    "changedSince": "Changed since your last visit",
    "helpful": "Was this page helpful?",
    "yes": "Yes",
    "no": "No",
    "thanks": "Thank you for your feedback.",
    "guideMe": "Guide me",
    "print": "Print checklist",
    "code": "Code {{code}}"
  }
};

export default pagesEn;
