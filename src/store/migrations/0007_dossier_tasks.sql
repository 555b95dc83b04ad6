-- Inter-agency procedures (một cửa liên thông; Decree 61/2018/NĐ-CP Art. 19(6)): the agencies of a procedure version's
-- steps, and the task each agency does on a dossier — one after another for paper dossiers (sequential), all at once
-- for electronic ones (parallel) — each with its own appointment and its own on-time result (Circular 01/2018/TT-VPCP
-- Art. 13, indicator 2).

-- [{unitId, name, workingDays}] in order; null when the procedure is not inter-agency.
alter table procedure_versions add column agency_steps jsonb;

-- One row per agency step of a dossier, written with the dossier's state and events in the same transaction.
create table dossier_tasks (
  id uuid primary key,
  dossier_id uuid not null references dossiers (id),
  seq integer not null,
  unit_id uuid not null references org_units (id),
  name text not null,
  working_days double precision not null,
  mode text not null check (mode in ('sequential', 'parallel')),
  -- pending: waiting for the step before it (sequential); open: the agency is working on it; done on time / late;
  -- cancelled: the dossier ended (withdrawn, stopped) before the step was done.
  status text not null check (status in ('pending', 'open', 'done_on_time', 'done_late', 'cancelled')),
  opened_at timestamptz,
  due_at timestamptz,
  completed_at timestamptz,
  completed_by uuid,
  completed_by_name text,
  note text,
  on_time boolean,
  unique (dossier_id, seq)
);
create index dossier_tasks_unit_status_idx on dossier_tasks (unit_id, status);
