// DuckDB as the independent Parquet implementation our codec is cross-checked against (issue 3).
// Sub-commands (all print JSON on stdout):
//   read FILE                         -> { columns: [{ name, type }], rows: [[...]] }, every value cast to VARCHAR
//                                        (NULL stays null) so both sides compare text, not JS number precision
//   write OUT CODEC ROWGROUPSIZE SQL [EXTRA]
//                                     -> { rows } after COPY (SQL) TO OUT in Parquet with that codec; EXTRA is more
//                                        COPY options, e.g. "PARQUET_VERSION V2" (data page v2, DELTA encodings)
//   metadata FILE                     -> the rows of parquet_metadata(FILE), BIGINTs as strings
//   schema FILE                       -> the rows of parquet_schema(FILE)
//   csv2parquet CSV OUT               -> { milliseconds, bytes } for a snappy Parquet conversion (benchmark)
import { DuckDBInstance } from '@duckdb/node-api';
import { statSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run("SET TimeZone = 'UTC'");

const quote = (text) => `'${String(text).replaceAll("'", "''")}'`;
const ident = (name) => `"${String(name).replaceAll('"', '""')}"`;

async function rowsOf(sql) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}

switch (command) {
  case 'read': {
    const [file] = args;
    const described = await rowsOf(`DESCRIBE SELECT * FROM read_parquet(${quote(file)})`);
    const columns = described.map((row) => ({ name: row.column_name, type: row.column_type }));
    const select = columns.length === 0
      ? 'SELECT 1 WHERE false'
      : `SELECT ${columns.map((c) => (c.type === 'BLOB' ? `hex(${ident(c.name)})` : `CAST(${ident(c.name)} AS VARCHAR)`)).join(', ')} FROM read_parquet(${quote(file)})`;
    const reader = await connection.runAndReadAll(select);
    console.log(JSON.stringify({ columns, rows: reader.getRowsJson() }));
    break;
  }
  case 'write': {
    const [out, codec, rowGroupSize, sql, extra] = args;
    await connection.run(
      `COPY (${sql}) TO ${quote(out)} (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE ${Number(rowGroupSize)}${extra ? `, ${extra}` : ''})`);
    const [count] = await rowsOf(`SELECT count(*) AS n FROM read_parquet(${quote(out)})`);
    console.log(JSON.stringify({ rows: count.n }));
    break;
  }
  case 'metadata': {
    console.log(JSON.stringify(await rowsOf(`SELECT * FROM parquet_metadata(${quote(args[0])})`)));
    break;
  }
  case 'schema': {
    console.log(JSON.stringify(await rowsOf(`SELECT * FROM parquet_schema(${quote(args[0])})`)));
    break;
  }
  case 'csv2parquet': {
    const [csv, out] = args;
    const started = performance.now();
    await connection.run(
      `COPY (SELECT * FROM read_csv(${quote(csv)}, header = true)) TO ${quote(out)} (FORMAT parquet, COMPRESSION snappy)`);
    const milliseconds = performance.now() - started;
    console.log(JSON.stringify({ milliseconds, bytes: statSync(out).size }));
    break;
  }
  default:
    console.error('usage: duckdb-parquet.mjs read|write|metadata|schema|csv2parquet ...');
    process.exit(2);
}
