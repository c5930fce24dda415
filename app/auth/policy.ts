// The one authorisation policy: who may do what to which region's resources. Every loader and
// action asks here (can, privateRegionsVisibleTo, regionsWhereActorMay); no route decides rights
// on its own.
// Pure functions, no database: the signed-in user's roles come with the session.

export type RegionRoleName = "SECRETARY" | "DEVELOPER";

/** What a personal access token may be used for; each scope lets it write one kind of record. */
export const TOKEN_SCOPES = ["evidence:write", "software:write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The kinds of record a token scope names. */
export type ScopedKind = TokenScope extends `${infer Kind}:write` ? Kind : never;

export interface Actor {
  id: string;
  email: string;
  isAdmin: boolean;
  isCoordinator: boolean;
  memberships: Array<{ regionCode: string; role: RegionRoleName }>;
  /**
   * Provinces whose monitoring figures the actor reads as a province coordinator (Diskominfo
   * provinsi, issue 16): every kabupaten/kota of the province at members level, nothing more.
   */
  provinceCodes?: readonly string[];
  /**
   * Set when the request was authenticated by a personal access token: the actor may then do no
   * more than the token allows (its region, its scopes), whatever the account's roles.
   */
  token?: { regionCode: string; scopes: readonly TokenScope[] };
}

/**
 * A resource that belongs to a region. `visibility`: "public" (anyone), "members" (signed-in
 * members of any region, coordinators and admins), "private" (the region and the centre).
 */
export interface RegionResource {
  regionCode: string;
  visibility?: Visibility;
  /** The kind of record written, which a token's scope must name ("software" needs "software:write"). */
  kind?: ScopedKind;
}

export type Visibility = "public" | "members" | "private";

/** Signed in with a region role, or a coordinator or admin: who may read "members" records. */
export function isMember(actor: Actor | null): boolean {
  return !!actor && (actor.isAdmin || actor.isCoordinator || actor.memberships.length > 0);
}

export type InvitationResource =
  | { regionCode: string; role: RegionRoleName }
  | { coordinator: true }
  /** A province coordinator (Diskominfo provinsi) of the province. */
  | { provinceCode: string };

/**
 * Monitoring figures at members level (active members, last activity, private commitments ...):
 * of all regions ("national"), of one province's regions, or of one region.
 */
export type MonitoringResource =
  { scope: "national" } | { provinceCode: string } | { regionCode: string };

/** The province of a kabupaten/kota code ("32.11" -> "32"). */
export function provinceOfRegion(regionCode: string): string {
  return regionCode.split(".")[0] ?? regionCode;
}

export const ACTIONS = [
  "record:read", // read a region's record (public, or private for its people and the centre)
  "record:create", // create a practice, code entry, evidence or commitment for a region
  "record:update",
  "record:publish", // approve a region's publication
  "record:verify", // verify a region's claim (coordinators)
  "commitment:approve", // approve a region's commitment (its secretary)
  "commitment:verify", // verify a replication of a region's work (its secretary, coordinators)
  "milestone:confirm", // confirm a milestone of a replication of a region's work (its people, coordinators)
  "selfAssessment:submit", // submit a region's self-assessment (its secretary)
  "evidence:write", // create or edit a region's evidence records (its people and coordinators)
  "evidence:review", // accept an evidence record or ask for its revision (coordinators)
  "officialResult:enter", // enter a region's official SPBE result for a year (coordinators)
  "accessToken:create", // create a personal access token for a region (its people)
  "members:read", // see a region's staff and their contact data
  "accountRequest:read",
  "accountRequest:decide",
  "invitation:create",
  "monitoring:read", // members-level monitoring figures (coordinators, province coordinators, the region's own people)
  "monitoring:remind", // send a region's secretary a reminder (coordinators; province coordinators in their province)
  "monitoring:configure", // change the participation thresholds (coordinators)
  "cohort:manage",
  "audit:read",
  "outbox:read",
  "user:manage",
] as const;

export type Action = (typeof ACTIONS)[number];

type ResourceOf<A extends Action> = A extends "invitation:create"
  ? InvitationResource
  : A extends "monitoring:read" | "monitoring:remind"
    ? MonitoringResource
    : A extends
          "cohort:manage" | "audit:read" | "outbox:read" | "user:manage" | "monitoring:configure"
      ? undefined
      : RegionResource;

function monitoringAllows(
  actor: Actor,
  action: "monitoring:read" | "monitoring:remind",
  resource: MonitoringResource | undefined,
): boolean {
  if (!resource) return false;
  if (actor.isCoordinator) return true;
  const provinces = actor.provinceCodes ?? [];
  if ("scope" in resource) return false;
  if ("provinceCode" in resource) return provinces.includes(resource.provinceCode);
  if (provinces.includes(provinceOfRegion(resource.regionCode))) return true;
  // A region's own people read their region's figures; reminders are the coordinators' tool.
  return action === "monitoring:read" && roleIn(actor, resource.regionCode) !== null;
}

function roleIn(actor: Actor, regionCode: string): RegionRoleName | null {
  return actor.memberships.find((membership) => membership.regionCode === regionCode)?.role ?? null;
}

/**
 * What a token adds to the account's rights: nothing; it takes away all but reading records and
 * writing (creating, updating) the kinds its scopes name, in its own region.
 */
function tokenAllows(
  token: NonNullable<Actor["token"]>,
  action: Action,
  resource: unknown,
): boolean {
  const region = resource as RegionResource | undefined;
  if (!region || typeof region.regionCode !== "string") return false;
  if (region.regionCode === token.regionCode) {
    if (action === "record:read") return true;
  } else {
    // Public and members records of other regions, as for the account; nothing else.
    return action === "record:read" && (region.visibility ?? "public") !== "private";
  }
  // The evidence module's own write action is what an "evidence:write" token is for.
  if (action === "evidence:write") return token.scopes.includes("evidence:write");
  if (action !== "record:create" && action !== "record:update") return false;
  return region.kind !== undefined && token.scopes.includes(`${region.kind}:write`);
}

export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  resource?: ResourceOf<A>,
): boolean {
  if (actor?.token && !tokenAllows(actor.token, action, resource)) return false;
  if (actor?.token && action.startsWith("monitoring:")) return false;
  if (action === "record:read") {
    const record = resource as RegionResource | undefined;
    if (record && (record.visibility ?? "public") === "public") return true;
    if (record?.visibility === "members" && isMember(actor)) return true;
  }
  if (!actor) return false;
  if (actor.isAdmin) return true;

  switch (action) {
    case "cohort:manage":
    case "audit:read":
    case "monitoring:configure":
      return actor.isCoordinator;
    case "monitoring:read":
    case "monitoring:remind":
      return monitoringAllows(actor, action, resource as MonitoringResource | undefined);
    case "outbox:read":
    case "user:manage":
      return false;
    case "invitation:create": {
      const invitation = resource as InvitationResource | undefined;
      if (!invitation || "coordinator" in invitation) return false; // coordinators are invited by admins
      if ("provinceCode" in invitation) return actor.isCoordinator;
      if (invitation.role === "SECRETARY") return actor.isCoordinator;
      return actor.isCoordinator || roleIn(actor, invitation.regionCode) === "SECRETARY";
    }
    default: {
      const region = resource as RegionResource | undefined;
      if (!region) return false;
      const role = roleIn(actor, region.regionCode);
      switch (action) {
        case "record:read":
        case "members:read":
        case "accountRequest:read":
          return actor.isCoordinator || role !== null;
        case "record:create":
        case "record:update":
        case "accessToken:create":
          return role !== null;
        case "record:publish":
        case "accountRequest:decide":
          return actor.isCoordinator || role === "SECRETARY";
        case "record:verify":
        case "officialResult:enter":
        case "evidence:review":
          return actor.isCoordinator;
        case "evidence:write":
        case "milestone:confirm":
          return actor.isCoordinator || role !== null;
        case "commitment:verify":
          return actor.isCoordinator || role === "SECRETARY";
        case "commitment:approve":
        case "selfAssessment:submit":
          return role === "SECRETARY";
        default:
          return false;
      }
    }
  }
}

/** Regions whose private records the actor may read: "all" for the centre, else a list. */
export function privateRegionsVisibleTo(actor: Actor | null): "all" | string[] {
  if (!actor) return [];
  if (actor.token) return [actor.token.regionCode];
  if (actor.isAdmin || actor.isCoordinator) return "all";
  return actor.memberships.map((membership) => membership.regionCode);
}

/**
 * Whose members-level monitoring figures the actor may read in the cohort table: "all" for the
 * centre, the provinces of a province coordinator, or nothing (null).
 */
export function monitoringScopeOf(actor: Actor | null): "all" | { provinceCodes: string[] } | null {
  if (!actor || actor.token) return null;
  if (actor.isAdmin || actor.isCoordinator) return "all";
  const provinces = actor.provinceCodes ?? [];
  return provinces.length > 0 ? { provinceCodes: [...provinces] } : null;
}

/** Regions in which the actor may decide account requests (lists are filtered with this). */
export function regionsWhereActorMay(
  actor: Actor | null,
  action: "accountRequest:decide" | "members:read",
): "all" | string[] {
  if (!actor) return [];
  if (actor.token) return []; // a token neither decides requests nor reads staff lists
  if (actor.isAdmin || actor.isCoordinator) return "all";
  return actor.memberships
    .filter((membership) => can(actor, action, { regionCode: membership.regionCode }))
    .map((membership) => membership.regionCode);
}
