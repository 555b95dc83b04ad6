-- Procedure catalogue: administrative procedures (thủ tục hành chính) as effective-dated versions (Decree 63/2010/NĐ-CP
-- Art. 8; domain.md requirement 1). A dossier references the version in force on its receipt date. Validity intervals are
-- closed (valid_from .. valid_to inclusive, valid_to null = still valid); versions of one procedure never overlap: the use
-- cases lock the procedures row and close the previous version the day before an amendment starts.

create extension if not exists pg_trgm;

create table procedures (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[0-9]\.[0-9]{6}$'),
  created_at timestamptz not null default now()
);

create table procedure_versions (
  id uuid primary key default gen_random_uuid(),
  procedure_id uuid not null references procedures (id),
  version integer not null check (version >= 1),
  valid_from date not null,
  valid_to date,
  name text not null,
  level text not null check (level in ('central', 'province', 'district', 'commune')),
  field_code text not null,
  field_name text not null,
  channels jsonb not null,
  online_level text not null check (online_level in ('full', 'partial', 'none')),
  online_reason text,
  time_limit_value double precision not null,
  time_limit_unit text not null check (time_limit_unit in ('working_days', 'working_hours', 'calendar_days', 'same_day')),
  components jsonb not null,
  fees jsonb not null,
  result_type text not null check (result_type in ('paper', 'electronic', 'both')),
  result_name text not null,
  legal_basis jsonb not null,
  announcing_decision jsonb,
  steps jsonb not null,
  inter_agency text not null check (inter_agency in ('none', 'sequential', 'parallel')),
  supplement_clock text not null check (supplement_clock in ('restart', 'pause')),
  clock_starts_after_payment boolean not null default false,
  outside_boundary_allowed boolean not null default false,
  subjects jsonb,
  conditions jsonb,
  -- Accent-folded code + name + field (foldVietnamese) for accent-insensitive search.
  search_text text not null,
  created_at timestamptz not null default now(),
  created_by uuid,
  check (valid_to is null or valid_to >= valid_from),
  unique (procedure_id, version),
  unique (procedure_id, valid_from)
);
create index procedure_versions_validity_idx on procedure_versions (valid_from, valid_to);
create index procedure_versions_search_idx on procedure_versions using gin (search_text gin_trgm_ops);

-- Units competent to decide and units that receive (one-stop desks), per version.
create table procedure_version_units (
  version_id uuid not null references procedure_versions (id),
  unit_id uuid not null references org_units (id),
  role text not null check (role in ('competent', 'receiving')),
  primary key (version_id, unit_id, role)
);
create index procedure_version_units_unit_idx on procedure_version_units (unit_id, role);
