// The whole role matrix: every role x every action x own-region / other-region resource.
import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  can,
  monitoringScopeOf,
  privateRegionsVisibleTo,
  type Action,
  type Actor,
} from "../../app/auth/policy";

const OWN = "32.11";
const OTHER = "32.73";

const actor = (partial: Partial<Actor>): Actor => ({
  id: "u",
  email: "u@example.id",
  isAdmin: false,
  isCoordinator: false,
  memberships: [],
  ...partial,
});

const ROLES = {
  anonymous: null,
  signedInNoRole: actor({}),
  developer: actor({ memberships: [{ regionCode: OWN, role: "DEVELOPER" }] }),
  secretary: actor({ memberships: [{ regionCode: OWN, role: "SECRETARY" }] }),
  coordinator: actor({ isCoordinator: true }),
  admin: actor({ isAdmin: true }),
  // Diskominfo provinsi of Jawa Barat (32): monitoring figures of its province, no region rights.
  provinceCoordinator: actor({ provinceCodes: ["32"] }),
} as const;
type RoleName = keyof typeof ROLES;

// Expected answers for a resource of the actor's OWN region and of ANOTHER region.
// Columns: anonymous, signed in without role, developer, secretary, coordinator, admin; a province
// coordinator holds no region role, so outside monitoring it has the rights of a signed-in user
// without a role (the monitoring matrix below gives it its own column).
type Row = Record<RoleName, boolean>;
const row = (a: number, s: number, d: number, sec: number, c: number, adm: number): Row => ({
  anonymous: a === 1,
  signedInNoRole: s === 1,
  developer: d === 1,
  secretary: sec === 1,
  coordinator: c === 1,
  admin: adm === 1,
  provinceCoordinator: s === 1,
});
// Columns as row(), then the province coordinator of province 32.
const mrow = (
  a: number,
  s: number,
  d: number,
  sec: number,
  c: number,
  adm: number,
  prov: number,
): Row => ({ ...row(a, s, d, sec, c, adm), provinceCoordinator: prov === 1 });

type MonitoringAction = "monitoring:read" | "monitoring:remind";
// OWN (32.11) and OTHER (32.73) lie in province 32; 33.01 in province 33.
const MONITORING: Array<{
  label: string;
  resource: Parameters<typeof can<MonitoringAction>>[2];
  expected: Record<MonitoringAction, Row>;
}> = [
  {
    label: "all regions",
    resource: { scope: "national" },
    expected: {
      "monitoring:read": mrow(0, 0, 0, 0, 1, 1, 0),
      "monitoring:remind": mrow(0, 0, 0, 0, 1, 1, 0),
    },
  },
  {
    label: "the own province",
    resource: { provinceCode: "32" },
    expected: {
      "monitoring:read": mrow(0, 0, 0, 0, 1, 1, 1),
      "monitoring:remind": mrow(0, 0, 0, 0, 1, 1, 1),
    },
  },
  {
    label: "another province",
    resource: { provinceCode: "33" },
    expected: {
      "monitoring:read": mrow(0, 0, 0, 0, 1, 1, 0),
      "monitoring:remind": mrow(0, 0, 0, 0, 1, 1, 0),
    },
  },
  {
    label: "the own region",
    resource: { regionCode: OWN },
    expected: {
      "monitoring:read": mrow(0, 0, 1, 1, 1, 1, 1),
      "monitoring:remind": mrow(0, 0, 0, 0, 1, 1, 1),
    },
  },
  {
    label: "another region of the province",
    resource: { regionCode: OTHER },
    expected: {
      "monitoring:read": mrow(0, 0, 0, 0, 1, 1, 1),
      "monitoring:remind": mrow(0, 0, 0, 0, 1, 1, 1),
    },
  },
  {
    label: "a region of another province",
    resource: { regionCode: "33.01" },
    expected: {
      "monitoring:read": mrow(0, 0, 0, 0, 1, 1, 0),
      "monitoring:remind": mrow(0, 0, 0, 0, 1, 1, 0),
    },
  },
];

const REGION_ACTIONS: Record<
  Exclude<
    Action,
    | "invitation:create"
    | "cohort:manage"
    | "audit:read"
    | "outbox:read"
    | "user:manage"
    | "monitoring:configure"
    | MonitoringAction
  >,
  { own: Row; other: Row }
> = {
  "record:read": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) }, // private records
  "record:create": { own: row(0, 0, 1, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "record:update": { own: row(0, 0, 1, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "record:publish": { own: row(0, 0, 0, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "record:verify": { own: row(0, 0, 0, 0, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "commitment:approve": { own: row(0, 0, 0, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "commitment:verify": { own: row(0, 0, 0, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "milestone:confirm": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "selfAssessment:submit": { own: row(0, 0, 0, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "evidence:write": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "evidence:review": { own: row(0, 0, 0, 0, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "officialResult:enter": { own: row(0, 0, 0, 0, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "accessToken:create": { own: row(0, 0, 1, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "members:read": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "accountRequest:read": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "accountRequest:decide": { own: row(0, 0, 0, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
};

const GLOBAL_ACTIONS: Record<
  "cohort:manage" | "audit:read" | "outbox:read" | "user:manage" | "monitoring:configure",
  Row
> = {
  "monitoring:configure": row(0, 0, 0, 0, 1, 1),
  "cohort:manage": row(0, 0, 0, 0, 1, 1),
  "audit:read": row(0, 0, 0, 0, 1, 1),
  "outbox:read": row(0, 0, 0, 0, 0, 1),
  "user:manage": row(0, 0, 0, 0, 0, 1),
};

const INVITATIONS: Record<
  string,
  { resource: Parameters<typeof can<"invitation:create">>[2]; expected: Row }
> = {
  "a developer of the own region": {
    resource: { regionCode: OWN, role: "DEVELOPER" },
    expected: row(0, 0, 0, 1, 1, 1),
  },
  "a developer of another region": {
    resource: { regionCode: OTHER, role: "DEVELOPER" },
    expected: row(0, 0, 0, 0, 1, 1),
  },
  "a secretary of the own region": {
    resource: { regionCode: OWN, role: "SECRETARY" },
    expected: row(0, 0, 0, 0, 1, 1),
  },
  "a secretary of another region": {
    resource: { regionCode: OTHER, role: "SECRETARY" },
    expected: row(0, 0, 0, 0, 1, 1),
  },
  "a coordinator": { resource: { coordinator: true }, expected: row(0, 0, 0, 0, 0, 1) },
  // Only the centre grants the province role, also to the province coordinator's own province.
  "a province coordinator of the own province": {
    resource: { provinceCode: "32" },
    expected: mrow(0, 0, 0, 0, 1, 1, 0),
  },
  "a province coordinator of another province": {
    resource: { provinceCode: "33" },
    expected: mrow(0, 0, 0, 0, 1, 1, 0),
  },
};

describe("authorisation policy: the role matrix", () => {
  it("covers every action", () => {
    const covered = [
      ...Object.keys(REGION_ACTIONS),
      ...Object.keys(GLOBAL_ACTIONS),
      "invitation:create",
      "monitoring:read",
      "monitoring:remind",
    ].sort();
    expect(covered).toEqual([...ACTIONS].sort());
  });

  for (const [action, expected] of Object.entries(REGION_ACTIONS)) {
    for (const [role, subject] of Object.entries(ROLES) as Array<[RoleName, Actor | null]>) {
      it(`${role} ${expected.own[role] ? "may" : "may not"} ${action} in the own region, ${expected.other[role] ? "may" : "may not"} in another`, () => {
        expect(
          can(subject, action as Action, { regionCode: OWN, visibility: "private" } as never),
        ).toBe(expected.own[role]);
        expect(
          can(subject, action as Action, { regionCode: OTHER, visibility: "private" } as never),
        ).toBe(expected.other[role]);
      });
    }
  }

  for (const [action, expected] of Object.entries(GLOBAL_ACTIONS)) {
    it(`${action}: only ${Object.entries(expected)
      .filter(([, v]) => v)
      .map(([k]) => k)
      .join(" and ")}`, () => {
      for (const [role, subject] of Object.entries(ROLES) as Array<[RoleName, Actor | null]>) {
        expect(can(subject, action as Action, undefined as never), role).toBe(expected[role]);
      }
    });
  }

  for (const { label, resource, expected } of MONITORING) {
    for (const action of ["monitoring:read", "monitoring:remind"] as const) {
      it(`${action} for ${label}`, () => {
        for (const [role, subject] of Object.entries(ROLES) as Array<[RoleName, Actor | null]>) {
          expect(can(subject, action, resource), role).toBe(expected[action][role]);
        }
      });
    }
  }

  it("gives a token no monitoring rights, whatever its owner's", () => {
    const token = actor({
      isCoordinator: true,
      token: { regionCode: OWN, scopes: ["evidence:write"] },
    });
    expect(can(token, "monitoring:read", { regionCode: OWN })).toBe(false);
    expect(monitoringScopeOf(token)).toBeNull();
  });

  it("scopes the cohort table: the centre sees all, a province coordinator its provinces", () => {
    expect(monitoringScopeOf(ROLES.coordinator)).toBe("all");
    expect(monitoringScopeOf(ROLES.provinceCoordinator)).toEqual({ provinceCodes: ["32"] });
    expect(monitoringScopeOf(ROLES.secretary)).toBeNull();
    expect(monitoringScopeOf(null)).toBeNull();
  });

  for (const [label, { resource, expected }] of Object.entries(INVITATIONS)) {
    it(`inviting ${label}`, () => {
      for (const [role, subject] of Object.entries(ROLES) as Array<[RoleName, Actor | null]>) {
        expect(can(subject, "invitation:create", resource), role).toBe(expected[role]);
      }
    });
  }

  it("lets everyone read a public record, and nobody outside a region read its private one", () => {
    for (const subject of Object.values(ROLES)) {
      expect(can(subject, "record:read", { regionCode: OTHER, visibility: "public" })).toBe(true);
    }
    expect(can(ROLES.developer, "record:read", { regionCode: OTHER, visibility: "private" })).toBe(
      false,
    );
  });

  it("lets members of any region, coordinators and admins read a members record, nobody else", () => {
    const members = { regionCode: OTHER, visibility: "members" } as const;
    expect(can(ROLES.anonymous, "record:read", members)).toBe(false);
    expect(can(ROLES.signedInNoRole, "record:read", members)).toBe(false);
    for (const role of ["developer", "secretary", "coordinator", "admin"] as const)
      expect(can(ROLES[role], "record:read", members), role).toBe(true);
    expect(can(ROLES.developer, "record:update", members)).toBe(false);
  });

  it("gives a user in two regions the rights of each role in its own region only", () => {
    const both = actor({
      memberships: [
        { regionCode: OWN, role: "SECRETARY" },
        { regionCode: OTHER, role: "DEVELOPER" },
      ],
    });
    expect(can(both, "record:publish", { regionCode: OWN })).toBe(true);
    expect(can(both, "record:publish", { regionCode: OTHER })).toBe(false);
    expect(can(both, "record:create", { regionCode: OTHER })).toBe(true);
    expect(can(both, "record:create", { regionCode: "33.74" })).toBe(false);
  });

  it("builds list filters from the same rules", () => {
    expect(privateRegionsVisibleTo(TOKEN_ACTORS.softwareToken)).toEqual([OWN]);
    expect(privateRegionsVisibleTo(null)).toEqual([]);
    expect(privateRegionsVisibleTo(ROLES.developer)).toEqual([OWN]);
    expect(privateRegionsVisibleTo(ROLES.coordinator)).toBe("all");
  });
});

// A personal access token narrows its owner's rights: its region, its scopes, reads and writes
// only. The owner here is a secretary of OWN (and a developer of OTHER) to show that nothing of
// the account's other rights comes with the token.
const owner = {
  memberships: [
    { regionCode: OWN, role: "SECRETARY" as const },
    { regionCode: OTHER, role: "DEVELOPER" as const },
  ],
};
const TOKEN_ACTORS = {
  softwareToken: actor({ ...owner, token: { regionCode: OWN, scopes: ["software:write"] } }),
  evidenceToken: actor({ ...owner, token: { regionCode: OWN, scopes: ["evidence:write"] } }),
  bothScopes: actor({
    ...owner,
    token: { regionCode: OWN, scopes: ["evidence:write", "software:write"] },
  }),
  adminToken: actor({
    ...owner,
    isAdmin: true,
    isCoordinator: true,
    token: { regionCode: OWN, scopes: ["software:write"] },
  }),
} as const;
type TokenActorName = keyof typeof TOKEN_ACTORS;
const tokenRow = (soft: number, evid: number, both: number, adm: number) => ({
  softwareToken: soft === 1,
  evidenceToken: evid === 1,
  bothScopes: both === 1,
  adminToken: adm === 1,
});

// Columns: software:write token, evidence:write token, both scopes, an admin's software token.
const TOKEN_CASES: Array<{
  label: string;
  action: Action;
  resource: Record<string, unknown> | undefined;
  expected: Record<TokenActorName, boolean>;
}> = [
  {
    label: "create software in its region",
    action: "record:create",
    resource: { regionCode: OWN, kind: "software" },
    expected: tokenRow(1, 0, 1, 1),
  },
  {
    label: "update software in its region",
    action: "record:update",
    resource: { regionCode: OWN, kind: "software" },
    expected: tokenRow(1, 0, 1, 1),
  },
  {
    label: "create evidence in its region",
    action: "record:create",
    resource: { regionCode: OWN, kind: "evidence" },
    expected: tokenRow(0, 1, 1, 0),
  },
  {
    label: "write evidence (evidence:write) in its region",
    action: "evidence:write",
    resource: { regionCode: OWN },
    expected: tokenRow(0, 1, 1, 0),
  },
  {
    label: "write evidence (evidence:write) in another region of the owner",
    action: "evidence:write",
    resource: { regionCode: OTHER },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "create a record of no scoped kind (a practice)",
    action: "record:create",
    resource: { regionCode: OWN },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "create software in another region of the owner",
    action: "record:create",
    resource: { regionCode: OTHER, kind: "software" },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "create evidence in another region",
    action: "record:create",
    resource: { regionCode: OTHER, kind: "evidence" },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "read a private record of its region",
    action: "record:read",
    resource: { regionCode: OWN, visibility: "private" },
    expected: tokenRow(1, 1, 1, 1),
  },
  {
    label: "read a private record of another region",
    action: "record:read",
    resource: { regionCode: OTHER, visibility: "private" },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "read a members record of another region",
    action: "record:read",
    resource: { regionCode: OTHER, visibility: "members" },
    expected: tokenRow(1, 1, 1, 1),
  },
  {
    label: "read a public record",
    action: "record:read",
    resource: { regionCode: OTHER, visibility: "public" },
    expected: tokenRow(1, 1, 1, 1),
  },
  {
    label: "publish in its region",
    action: "record:publish",
    resource: { regionCode: OWN, kind: "software" },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "submit a self-assessment",
    action: "selfAssessment:submit",
    resource: { regionCode: OWN },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "verify",
    action: "record:verify",
    resource: { regionCode: OWN },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "enter an official result",
    action: "officialResult:enter",
    resource: { regionCode: OWN },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "review evidence",
    action: "evidence:review",
    resource: { regionCode: OWN, kind: "evidence" },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "create another token",
    action: "accessToken:create",
    resource: { regionCode: OWN },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "read the region's staff",
    action: "members:read",
    resource: { regionCode: OWN },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "decide account requests",
    action: "accountRequest:decide",
    resource: { regionCode: OWN },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "invite a developer",
    action: "invitation:create",
    resource: { regionCode: OWN, role: "DEVELOPER" },
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "read the audit log",
    action: "audit:read",
    resource: undefined,
    expected: tokenRow(0, 0, 0, 0),
  },
  {
    label: "manage users",
    action: "user:manage",
    resource: undefined,
    expected: tokenRow(0, 0, 0, 0),
  },
];

describe("authorisation policy: personal access tokens", () => {
  for (const { label, action, resource, expected } of TOKEN_CASES) {
    it(`a token may ${label}: ${
      Object.entries(expected)
        .filter(([, v]) => v)
        .map(([k]) => k)
        .join(", ") || "none"
    }`, () => {
      for (const [name, subject] of Object.entries(TOKEN_ACTORS) as Array<[TokenActorName, Actor]>)
        expect(can(subject, action, resource as never), name).toBe(expected[name]);
    });
  }

  it("leaves the owner's own rights (without the token) as they were", () => {
    const { token: _, ...account } = TOKEN_ACTORS.softwareToken;
    expect(can(account, "record:publish", { regionCode: OWN })).toBe(true);
    expect(can(account, "record:create", { regionCode: OTHER })).toBe(true);
  });
});
