-- Working-day calendar: announced holiday schedules per year (versioned, with full history) and working hours per agency.

-- One row per year that has an announced schedule; a year without a row follows the statutory rules.
create table calendar_schedules (
  year integer primary key check (year between 1900 and 2199),
  source_document text not null,
  source_issued_on date,
  source_url text not null,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  updated_by_name text
);

create table calendar_entries (
  id uuid primary key default gen_random_uuid(),
  year integer not null references calendar_schedules (year) on delete cascade,
  date date not null unique,
  kind text not null check (kind in ('holiday', 'compensatory_day_off', 'swapped_day_off', 'makeup_working_day')),
  reason text not null,
  reason_en text not null,
  source_document text not null,
  source_issued_on date,
  source_url text not null
);
create index calendar_entries_year_idx on calendar_entries (year);

-- Every saved version of a year's schedule (and its removal), as a full snapshot: the history of changes.
create table calendar_schedule_revisions (
  id bigserial primary key,
  year integer not null,
  version integer not null,
  action text not null check (action in ('created', 'updated', 'deleted', 'seeded')),
  snapshot jsonb,
  note text,
  changed_at timestamptz not null default now(),
  changed_by uuid,
  changed_by_name text
);
create index calendar_schedule_revisions_year_idx on calendar_schedule_revisions (year, version);

-- Office hours of an agency; units without a row inherit from their nearest ancestor that has one.
create table working_hours (
  unit_id uuid primary key references org_units (id),
  morning_start text not null,
  morning_end text not null,
  afternoon_start text not null,
  afternoon_end text not null,
  same_day_cutoff text not null,
  receipt_cutoff text not null,
  updated_at timestamptz not null default now(),
  updated_by uuid
);
