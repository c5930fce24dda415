// The whole role matrix: every role x every action x own-region / other-region resource.
import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  can,
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
} as const;
type RoleName = keyof typeof ROLES;

// Expected answers for a resource of the actor's OWN region and of ANOTHER region.
// Columns: anonymous, signed in without role, developer, secretary, coordinator, admin.
type Row = Record<RoleName, boolean>;
const row = (a: number, s: number, d: number, sec: number, c: number, adm: number): Row => ({
  anonymous: a === 1,
  signedInNoRole: s === 1,
  developer: d === 1,
  secretary: sec === 1,
  coordinator: c === 1,
  admin: adm === 1,
});

const REGION_ACTIONS: Record<
  Exclude<
    Action,
    "invitation:create" | "cohort:manage" | "audit:read" | "outbox:read" | "user:manage"
  >,
  { own: Row; other: Row }
> = {
  "record:read": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) }, // private records
  "record:create": { own: row(0, 0, 1, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "record:update": { own: row(0, 0, 1, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "record:publish": { own: row(0, 0, 0, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "record:verify": { own: row(0, 0, 0, 0, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "commitment:approve": { own: row(0, 0, 0, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "selfAssessment:submit": { own: row(0, 0, 0, 1, 0, 1), other: row(0, 0, 0, 0, 0, 1) },
  "evidence:write": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "members:read": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "accountRequest:read": { own: row(0, 0, 1, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
  "accountRequest:decide": { own: row(0, 0, 0, 1, 1, 1), other: row(0, 0, 0, 0, 1, 1) },
};

const GLOBAL_ACTIONS: Record<"cohort:manage" | "audit:read" | "outbox:read" | "user:manage", Row> =
  {
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
};

describe("authorisation policy: the role matrix", () => {
  it("covers every action", () => {
    const covered = [
      ...Object.keys(REGION_ACTIONS),
      ...Object.keys(GLOBAL_ACTIONS),
      "invitation:create",
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
    expect(privateRegionsVisibleTo(null)).toEqual([]);
    expect(privateRegionsVisibleTo(ROLES.developer)).toEqual([OWN]);
    expect(privateRegionsVisibleTo(ROLES.coordinator)).toBe("all");
  });
});
