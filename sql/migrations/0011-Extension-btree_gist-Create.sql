-- btree_gist lets an exclusion constraint combine "same vestiging" (=) with "overlapping validity" (&&), so
-- dim_vestiging can never hold two versions valid on the same day (reliability-privacy.md §5). It is a trusted
-- contrib extension in PostgreSQL 13+ and on the allow-list of Azure Database for PostgreSQL.
CREATE EXTENSION IF NOT EXISTS btree_gist;
