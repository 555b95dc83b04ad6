-- Statistics (issue 5): one fact row per dossier, its open spans, and additive counters per competent unit, field and
-- local day (and month), all kept in the same transaction as each dossier transition; per-day snapshots of open
-- dossiers for historical in-progress counts. Days are local (UTC+7) epoch days (integers); 2147483647 = open-ended.
-- The reference is the recount from dossier_events (npm run verify-rollups).

create table stat_dossier_facts (
  dossier_id uuid primary key references dossiers (id),
  unit_id uuid not null,
  field_code text not null,
  procedure_code text not null,
  counted boolean not null,
  online boolean not null,
  received_day integer,
  due_day integer,
  end_day integer,
  end_kind text,
  end_class text,
  extended boolean not null,
  waiting_supplement boolean not null,
  supplement_count integer not null,
  has_digitised boolean not null,
  has_reused boolean not null,
  has_electronic_result boolean not null,
  paper_result boolean not null,
  has_fee boolean not null,
  paid_online boolean not null
);
create index stat_dossier_facts_unit_received_idx on stat_dossier_facts (unit_id, received_day);
create index stat_dossier_facts_unit_end_idx on stat_dossier_facts (unit_id, end_day);

create table stat_open_spans (
  dossier_id uuid not null references dossiers (id),
  unit_id uuid not null,
  field_code text not null,
  from_day integer not null,
  to_day integer not null,
  state text not null check (state in ('within', 'overdue'))
);
create index stat_open_spans_dossier_idx on stat_open_spans (dossier_id);
create index stat_open_spans_to_idx on stat_open_spans (to_day, from_day);

create table stat_daily (
  unit_id uuid not null,
  field_code text not null,
  day integer not null,
  received_online integer not null default 0,
  received_other integer not null default 0,
  resolved_early integer not null default 0,
  resolved_on_time integer not null default 0,
  resolved_late integer not null default 0,
  withdrawn integer not null default 0,
  refused integer not null default 0,
  stopped integer not null default 0,
  late_with_apology integer not null default 0,
  late_without_apology integer not null default 0,
  online_effective integer not null default 0,
  digitised integer not null default 0,
  reused integer not null default 0,
  electronic_result integer not null default 0,
  paper_result integer not null default 0,
  with_fee integer not null default 0,
  paid_online integer not null default 0,
  multi_supplement integer not null default 0,
  primary key (unit_id, field_code, day)
);

-- The same counters per calendar month (month = year * 12 + month - 1), so long periods read few rows.
create table stat_monthly (like stat_daily including defaults);
alter table stat_monthly rename column day to month;
alter table stat_monthly add primary key (unit_id, field_code, month);

-- Open dossiers at the end of each past local day, by unit and field (within the deadline / overdue). Written for days
-- before today only (a closed day never changes under live transitions); an import of past dossiers clears the days
-- it touches, and a missing day is recomputed from stat_open_spans on first read.
create table stat_open_snapshots (
  day integer not null,
  unit_id uuid not null,
  field_code text not null,
  within integer not null,
  overdue integer not null,
  primary key (day, unit_id, field_code)
);
create table stat_snapshot_days (day integer primary key, taken_at timestamptz not null default now());
