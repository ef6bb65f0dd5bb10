/**
 * What a guide runs: one procedure's flow, or a life event's procedures one after the other. In a
 * journey, answer keys are prefixed with the procedure id (`birth-registration.timing`) so two
 * procedures may ask questions with the same id.
 */
import type { Catalog, LifeEvent, Localized, Procedure } from '../catalog/model.js';
import { defaultFlow } from './default-flow.js';
import { fingerprint, stableJson } from './fingerprint.js';
import type { GuideFlow } from '../catalog/guide-flow.js';
import { GuideError } from './guide-error.js';

export type GuideTarget = { kind: 'procedure'; id: string } | { kind: 'life-event'; id: string };

export interface JourneyPart {
  procedure: Procedure;
  flow: GuideFlow;
  /** `''` for a single procedure, `<procedure-id>.` in a journey. */
  prefix: string;
  /** True when the procedure has no flow of its own. */
  isDefault: boolean;
}

export interface Journey {
  target: GuideTarget;
  name: Localized<string>;
  lifeEvent?: LifeEvent;
  parts: JourneyPart[];
  /**
   * In a life event, the routes the citizen followed ("this is another procedure"): each procedure
   * id maps to the one that took its place in the journey.
   */
  routes?: Readonly<Record<string, string>>;
  /** Fingerprint of every procedure in the journey: changes when any of them is edited. */
  version: string;
}

const journeys = new WeakMap<Catalog, Map<string, Journey>>();

/**
 * The journey for a procedure or life-event id (procedures first), cached per catalog. `routes`
 * (life events only) puts each routed procedure in the place of the one that routed to it.
 */
export function journeyFor(catalog: Catalog, target: string | GuideTarget, routes: Readonly<Record<string, string>> = {}): Journey {
  const wanted = typeof target === 'string' ? resolveTarget(catalog, target) : target;
  const followed = wanted.kind === 'life-event' ? usableRoutes(catalog, routes) : {};
  const key = `${wanted.kind}:${wanted.id}:${stableJson(followed)}`;
  let cache = journeys.get(catalog);
  if (!cache) journeys.set(catalog, (cache = new Map()));
  let journey = cache.get(key);
  if (!journey) cache.set(key, (journey = buildJourney(catalog, wanted, followed)));
  return journey;
}

function resolveTarget(catalog: Catalog, id: string): GuideTarget {
  if (catalog.procedures.some((p) => p.id === id)) return { kind: 'procedure', id };
  if (catalog.lifeEvents.some((e) => e.id === id)) return { kind: 'life-event', id };
  throw unknownTarget(catalog, id);
}

function unknownTarget(catalog: Catalog, id: string): GuideError {
  const near = [...catalog.procedures, ...catalog.lifeEvents].map((x) => x.id).filter((x) => x.includes(id) || id.includes(x)).slice(0, 3);
  return new GuideError('unknown-target', id, `there is no procedure or life event "${id}" in this catalog`, near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : 'list the ids with onestop list <catalog>');
}

/** Routes to procedures the catalog holds; a route to one it lacks is ignored (the routing procedure is asked again). */
function usableRoutes(catalog: Catalog, routes: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(routes)) if (from !== to && catalog.procedures.some((p) => p.id === to)) out[from] = to;
  return out;
}

/** Where a procedure of a life event ended up after the routes followed (a chain of them, without looping). */
function routedId(id: string, routes: Readonly<Record<string, string>>): string {
  const seen = new Set([id]);
  for (let next = routes[id]; next !== undefined && !seen.has(next); next = routes[next]) {
    seen.add(next);
    id = next;
  }
  return id;
}

function buildJourney(catalog: Catalog, target: GuideTarget, routes: Record<string, string>): Journey {
  const agencyName = (id: string) => catalog.agencies.find((a) => a.id === id)?.name;
  const part = (procedure: Procedure, prefix: string): JourneyPart => {
    const own = procedure.guide;
    return own ? { procedure, flow: own, prefix, isDefault: false } : { procedure, flow: defaultFlow(procedure, agencyName), prefix, isDefault: true };
  };
  if (target.kind === 'procedure') {
    const procedure = catalog.procedures.find((p) => p.id === target.id);
    if (!procedure) throw unknownTarget(catalog, target.id);
    return { target, name: procedure.name, parts: [part(procedure, '')], version: fingerprint([procedure]) };
  }
  const event = catalog.lifeEvents.find((e) => e.id === target.id);
  if (!event) throw unknownTarget(catalog, target.id);
  const ids = [...new Set(event.procedures.map((id) => routedId(id, routes)))];
  const procedures = ids.map((id) => catalog.procedures.find((p) => p.id === id)).filter((p): p is Procedure => p !== undefined);
  const routed = Object.keys(routes).length > 0;
  return {
    target,
    name: event.name,
    lifeEvent: event,
    parts: procedures.map((p) => part(p, `${p.id}.`)),
    ...(routed ? { routes } : {}),
    // Without routes the version is what it always was, so links made before routes still match.
    version: fingerprint(routed ? [event.procedures, routes, ...procedures] : [event.procedures, ...procedures]),
  };
}
