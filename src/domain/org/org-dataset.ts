import type { LocalDate } from '../shared/local-date.js';
import type { OrgEventKind, OrgLevel } from './org-types.js';

/** A reference to a unit of another dataset. */
export type DatasetRef = { dataset: string; key: string };

/** A shipped organisation dataset (data/org/*.json; format described in data/README.md). */
export type OrgDataset = {
  dataset: string;
  description?: string;
  sources?: unknown[];
  units: Array<{
    key: string;
    code: string;
    name: string;
    nameEn?: string | null;
    names?: Array<{ name: string; nameEn?: string | null; validFrom: LocalDate; validTo: LocalDate | null }>;
    level: OrgLevel;
    kind?: string | null;
    /** null = start not recorded: the unit is taken to be as old as its (first) parent. */
    validFrom: LocalDate | null;
    validTo: LocalDate | null;
    parentKey?: string | null;
    parentRef?: DatasetRef | null;
    /** Parents over time, when the unit moved (e.g. a commune from its district to the province on 2025-07-01). */
    parentHistory?: Array<{ parentKey?: string | null; parentRef?: DatasetRef | null; validFrom: LocalDate | null; validTo: LocalDate | null }>;
    note?: string | null;
  }>;
  events?: Array<{
    kind: OrgEventKind;
    date: LocalDate;
    predecessors?: Array<string | DatasetRef>;
    successors?: Array<string | DatasetRef>;
    subjects?: Array<string | DatasetRef>;
    legalDoc?: { number: string; issuedOn?: LocalDate | null; title?: string | null; url?: string | null; article?: string | null } | null;
    /** Predecessors that gave only part of their area or population to this successor (they appear in other events too). */
    partialPredecessors?: string[];
    note?: string | null;
  }>;
};
