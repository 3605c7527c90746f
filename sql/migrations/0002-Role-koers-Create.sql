-- Group roles (NOLOGIN); login users are granted membership (reliability-privacy.md §18):
--   koers_loader    writes stg and dw, records runs in etl;
--   koers_reporting reads rpt only (Power BI, extracts).
-- Roles are cluster-wide while this script runs per database: tolerate a concurrent creator.
DO $$
BEGIN
    CREATE ROLE koers_loader NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE koers_reporting NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;
