-- Scheduled jobs: one row per job; a server claims a run with FOR UPDATE SKIP LOCKED and a lease, so several server
-- processes on one PostgreSQL never run the same job at once.
create table jobs (
  name text primary key,
  locked_until timestamptz,
  last_started_at timestamptz,
  last_finished_at timestamptz,
  last_result jsonb,
  last_error text
);
