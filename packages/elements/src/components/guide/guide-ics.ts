/**
 * The plan's `.ics` reminder, loaded only once a plan is shown: a page that never reaches a plan
 * does not pay for the calendar writer.
 */
export { planIcs } from '@onestop/core';
