-- Foundation: organisation units with history, accounts, sessions, API tokens, audit log.
-- Plain SQL for PostgreSQL 15 (also runs on PGlite). Dates are local (Vietnam) calendar dates; validity
-- intervals are closed: valid_from .. valid_to inclusive, valid_to null = still valid.

create table org_units (
  id uuid primary key default gen_random_uuid(),
  code text not null,
  level text not null check (level in ('province', 'department', 'service_centre', 'district', 'commune', 'other')),
  kind text,
  valid_from date not null,
  valid_to date,
  dataset text,
  dataset_key text,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from),
  unique (dataset, dataset_key)
);
create index org_units_code_idx on org_units (code);
create index org_units_level_idx on org_units (level, valid_from, valid_to);

-- Names over time: a rename closes one row and opens the next; signed history keeps the old name.
create table org_unit_names (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references org_units (id),
  name text not null,
  name_en text,
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_names_unit_idx on org_unit_names (unit_id, valid_from);

-- Parent links over time.
create table org_unit_parents (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references org_units (id),
  parent_id uuid not null references org_units (id),
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to >= valid_from),
  check (unit_id <> parent_id)
);
create index org_unit_parents_unit_idx on org_unit_parents (unit_id, valid_from);
create index org_unit_parents_parent_idx on org_unit_parents (parent_id, valid_from);

-- What changed the tree, and by which legal document.
create table org_events (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('create', 'rename', 'merge', 'split', 'dissolve', 'move')),
  effective_on date not null,
  legal_doc_number text,
  legal_doc_issued_on date,
  legal_doc_title text,
  legal_doc_url text,
  note text,
  created_at timestamptz not null default now(),
  created_by uuid
);
create index org_events_effective_idx on org_events (effective_on);

create table org_event_units (
  event_id uuid not null references org_events (id),
  unit_id uuid not null references org_units (id),
  role text not null check (role in ('predecessor', 'successor', 'subject')),
  primary key (event_id, unit_id, role)
);
create index org_event_units_unit_idx on org_event_units (unit_id);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  display_name text not null,
  password_hash text not null,
  unit_id uuid not null references org_units (id),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  password_changed_at timestamptz not null default now()
);
create unique index users_username_idx on users (lower(username));

create table user_roles (
  user_id uuid not null references users (id),
  role text not null check (role in ('system_admin', 'par_agency', 'leader', 'unit_officer', 'desk_officer', 'citizen')),
  primary key (user_id, role)
);

-- Sessions and tokens store only a SHA-256 of the secret.
create table sessions (
  id_hash text primary key,
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  ip text,
  user_agent text
);
create index sessions_user_idx on sessions (user_id);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id),
  name text not null,
  token_hash text not null unique,
  prefix text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_user_idx on api_tokens (user_id);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text,
  action text not null,
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  ip text
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);
create index audit_log_actor_idx on audit_log (actor_id, at desc);

-- Small key/value facts about this installation (e.g. whether the demo was seeded).
create table app_settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
