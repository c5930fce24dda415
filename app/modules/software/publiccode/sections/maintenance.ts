// maintenance: its type, the contacts (internal or community) or contractors (contract).

import type { PathSegment, YamlTree } from "../parse";
import { isAbsent } from "../reader";
import type {
  MaintenanceType,
  PubliccodeContact,
  PubliccodeContractor,
  PubliccodeData,
} from "../types";
import type { Validator } from "../validator";
import { MAINTENANCE_TYPES } from "../vocabularies";

const CONTACTS: PathSegment[] = ["maintenance", "contacts"];
const CONTRACTORS: PathSegment[] = ["maintenance", "contractors"];

const isEmptyList = (node: YamlTree | null) => node?.kind === "seq" && node.items.length === 0;

/** Which of contacts and contractors the type asks for, and which it forbids. */
function checkRequiredLists(v: Validator, type: MaintenanceType | undefined) {
  const contacts = v.node(CONTACTS);
  const contractors = v.node(CONTRACTORS);
  if (type === "internal" || type === "community") {
    if (isAbsent(contacts)) {
      v.error(CONTACTS, "publiccode.error.requiredWhen", { when: "maintenance.type", value: type });
    } else if (isEmptyList(contacts)) {
      v.error(CONTACTS, "publiccode.error.emptyList");
    }
  }
  if (type === "contract") {
    if (isAbsent(contractors)) {
      v.error(CONTRACTORS, "publiccode.error.requiredWhen", {
        when: "maintenance.type",
        value: "contract",
      });
    } else if (isEmptyList(contractors)) {
      v.error(CONTRACTORS, "publiccode.error.emptyList");
    }
  }
  if (type !== undefined && type !== "contract" && !isAbsent(contractors)) {
    v.error(CONTRACTORS, "publiccode.error.notAllowedUnless", {
      when: "maintenance.type",
      value: "contract",
    });
  }
}

function readContacts(v: Validator): PubliccodeContact[] {
  const contacts: PubliccodeContact[] = [];
  v.list(CONTACTS)?.forEach((_item, index) => {
    const at = [...CONTACTS, index];
    if (!v.map(at, ["name", "email", "affiliation", "phone"], true)) return;
    const name = v.string([...at, "name"], true);
    const email = v.email([...at, "email"], v.string([...at, "email"]));
    const phone = v.string([...at, "phone"]);
    const affiliation = v.string([...at, "affiliation"]);
    if (name === undefined) return;
    const contact: PubliccodeContact = { name };
    if (email !== undefined) contact.email = email;
    if (phone !== undefined) contact.phone = phone;
    if (affiliation !== undefined) contact.affiliation = affiliation;
    contacts.push(contact);
  });
  return contacts;
}

function readContractors(v: Validator): PubliccodeContractor[] {
  const contractors: PubliccodeContractor[] = [];
  v.list(CONTRACTORS)?.forEach((_item, index) => {
    const at = [...CONTRACTORS, index];
    if (!v.map(at, ["name", "email", "website", "until"], true)) return;
    const name = v.string([...at, "name"], true);
    const until = v.date([...at, "until"], v.string([...at, "until"], true));
    const email = v.email([...at, "email"], v.string([...at, "email"]));
    const website = v.httpUrl([...at, "website"], v.string([...at, "website"]));
    if (name === undefined || until === undefined) return;
    const contractor: PubliccodeContractor = { name, until };
    if (email !== undefined) contractor.email = email;
    if (website !== undefined) contractor.website = website;
    contractors.push(contractor);
  });
  return contractors;
}

export function readMaintenance(v: Validator): PubliccodeData["maintenance"] | undefined {
  if (!v.map(["maintenance"], ["type", "contractors", "contacts"], true)) return undefined;
  const type = v.oneOf<MaintenanceType>(
    ["maintenance", "type"],
    v.string(["maintenance", "type"], true),
    MAINTENANCE_TYPES,
  );
  checkRequiredLists(v, type);
  const contacts = readContacts(v);
  // Contractors are read only for a contract (elsewhere they are refused above).
  const contractors = type === "contract" ? readContractors(v) : undefined;
  if (type === undefined) return undefined;
  return contractors ? { type, contacts, contractors } : { type, contacts };
}
