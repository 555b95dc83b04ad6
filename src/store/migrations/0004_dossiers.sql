-- Dossiers (hồ sơ TTHC): their current state, the append-only event log every statistic is computed from, the
-- component checklist, uploaded documents, citizens' ratings, and the per-agency per-day code sequence.
-- Instants are timestamptz; statuses are the national-portal codes 1–10 by name (domain.md §1.5).

-- The last sequence number given to an agency on a local day: codes never repeat (row lock in the intake transaction).
create table dossier_code_sequences (
  agency_code text not null,
  day date not null,
  last_value integer not null,
  primary key (agency_code, day)
);

create table dossiers (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  procedure_version_id uuid not null references procedure_versions (id),
  procedure_code text not null,
  channel text not null check (channel in ('in_person', 'online', 'postal')),
  reception_unit_id uuid not null references org_units (id),
  receiving_unit_id uuid not null references org_units (id),
  competent_unit_id uuid not null references org_units (id),
  outside_boundary boolean not null default false,
  applicant_kind text not null check (applicant_kind in ('person', 'organisation')),
  applicant_name text not null,
  applicant_id_number text not null,
  applicant_phone text,
  applicant_email text,
  applicant_address text,
  status text not null check (status in ('submitted', 'received', 'refused_at_reception', 'processing', 'waiting_supplement',
    'waiting_payment', 'withdrawn', 'stopped', 'resolved', 'delivered')),
  step_index integer,
  assignee_id uuid,
  submitted_at timestamptz not null,
  received_at timestamptz,
  due_at timestamptz,
  original_due_at timestamptz,
  extended_due_at timestamptz,
  pending_extension jsonb,
  supplement_count integer not null default 0,
  waiting_since timestamptz,
  resume_status text,
  consultations jsonb not null default '[]',
  outcome text check (outcome in ('approved', 'refused')),
  ended_at timestamptz,
  delivered_at timestamptz,
  result_note text,
  imported boolean not null default false,
  version integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index dossiers_competent_status_idx on dossiers (competent_unit_id, status);
create index dossiers_receiving_status_idx on dossiers (receiving_unit_id, status);
create index dossiers_open_due_idx on dossiers (due_at) where ended_at is null;
create index dossiers_received_idx on dossiers (received_at);
create index dossiers_applicant_idx on dossiers (applicant_id_number);

-- Append-only: one row per transition, written in the same transaction as the state change.
create table dossier_events (
  id bigserial primary key,
  dossier_id uuid not null references dossiers (id),
  seq integer not null,
  type text not null,
  at timestamptz not null,
  actor_id uuid,
  actor_name text not null,
  unit_id uuid,
  status_before text,
  status_after text not null,
  reason text,
  payload jsonb not null default '{}',
  unique (dossier_id, seq)
);
create index dossier_events_type_at_idx on dossier_events (type, at);

create table dossier_components (
  dossier_id uuid not null references dossiers (id),
  code text not null,
  name text not null,
  required boolean not null,
  status text not null check (status in ('submitted', 'digitised', 'reused', 'exempt', 'missing')),
  primary key (dossier_id, code)
);

-- Files: stored on disk (DATA_DIR/files) by SHA-256; the row keeps name, type, size and checksum.
create table dossier_documents (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id),
  component_code text,
  kind text not null check (kind in ('component', 'result')),
  file_name text not null,
  content_type text not null,
  size_bytes bigint not null,
  sha256 text not null,
  uploaded_at timestamptz not null default now(),
  uploaded_by uuid
);
create index dossier_documents_dossier_idx on dossier_documents (dossier_id);

-- The citizen's rating after delivery (Decree 61/2018/ND-CP Art. 31 criteria), one per dossier.
create table dossier_ratings (
  dossier_id uuid primary key references dossiers (id),
  overall text not null check (overall in ('satisfied', 'neutral', 'dissatisfied')),
  criteria jsonb not null default '{}',
  comment text,
  rated_at timestamptz not null default now()
);
