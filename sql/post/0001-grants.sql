-- Privileges, reapplied after every change of tables or views (run-always group).
-- Reporting reads rpt and nothing else; the loader writes the layers it loads and may not touch rpt's definitions.
REVOKE ALL ON SCHEMA etl, stg, dw FROM koers_reporting;
REVOKE ALL ON ALL TABLES IN SCHEMA etl, stg, dw FROM koers_reporting;

GRANT USAGE ON SCHEMA rpt TO koers_reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA rpt TO koers_reporting;

GRANT USAGE ON SCHEMA etl, stg, dw, rpt TO koers_loader;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA etl, stg, dw TO koers_loader;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA etl, stg, dw TO koers_loader;
GRANT SELECT ON ALL TABLES IN SCHEMA rpt TO koers_loader;
