-- The four layers of the warehouse (product.md, "Warehouse schemas"):
--   etl: journal, delivery manifest, function run history;  stg: staging, loaded by binary COPY and replaced per load;
--   dw: dimensions and facts;  rpt: views for Power BI and extracts, the only schema the reporting role reads.
CREATE SCHEMA IF NOT EXISTS etl;
CREATE SCHEMA IF NOT EXISTS stg;
CREATE SCHEMA IF NOT EXISTS dw;
CREATE SCHEMA IF NOT EXISTS rpt;
