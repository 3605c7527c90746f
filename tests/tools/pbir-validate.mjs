// Validates every JSON file of a Power BI project (PBIP) against Microsoft's published JSON schemas.
// Usage: node pbir-validate.mjs <schemas-folder> <project-folder>
// <schemas-folder> holds the schemas laid out like their URLs below
// https://developer.microsoft.com/json-schemas/ (e.g. fabric/item/report/definition/page/2.1.0/schema.json).
// The schemas are draft-07 with relative $refs; some $id values disagree with the file they live in
// (filterConfiguration's embedded schema names itself "schema.embedded.json"), so each schema is registered under
// the URL of its file and refs resolve against that URL, which is how the published folder is laid out.
// Prints one JSON array: {file, schema, status: valid|invalid|no-local-schema|no-schema|not-json, errors}.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const SchemaRoot = 'https://developer.microsoft.com/json-schemas/';
const JsonFileNames = /\.(json|pbip|pbir|pbism)$|^\.platform$/;

function walk(dir, predicate, found = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      walk(path, predicate, found);
    } else if (predicate(name)) {
      found.push(path);
    }
  }
  return found;
}

const [schemasDir, projectDir] = process.argv.slice(2);
if (!schemasDir || !projectDir) {
  console.error('usage: node pbir-validate.mjs <schemas-folder> <project-folder>');
  process.exit(2);
}

const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
for (const path of walk(schemasDir, name => name.endsWith('.json'))) {
  const url = SchemaRoot + relative(schemasDir, path).split(sep).join('/');
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  schema.$id = url;
  ajv.addSchema(schema, url);
}

const results = [];
for (const path of walk(projectDir, name => JsonFileNames.test(name))) {
  const file = relative(projectDir, path).split(sep).join('/');
  let document;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    results.push({ file, schema: null, status: 'not-json', errors: [String(error.message)] });
    continue;
  }
  const schema = typeof document?.$schema === 'string' ? document.$schema : null;
  if (schema === null) {
    results.push({ file, schema, status: 'no-schema', errors: [] });
    continue;
  }
  const validate = ajv.getSchema(schema);
  if (!validate) {
    results.push({ file, schema, status: 'no-local-schema', errors: [] });
    continue;
  }
  const valid = validate(document);
  results.push({
    file,
    schema,
    status: valid ? 'valid' : 'invalid',
    errors: valid ? [] : validate.errors.map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`),
  });
}

process.stdout.write(JSON.stringify(results));
