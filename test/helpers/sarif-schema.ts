// The OASIS SARIF 2.1.0 schema from ../shared, compiled once for the tests that validate SARIF output.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

export const SARIF_SCHEMA_FILE = resolve('..', 'shared', 'schemas', 'sarif-schema-2.1.0.json');
export const hasSarifSchema = existsSync(SARIF_SCHEMA_FILE);

let compiled: ValidateFunction | undefined;

/** A validator for SARIF logs. The schema is draft-04 (`id`, `$schema`); Ajv 8 validates it as draft-07 once those two are dropped. */
export function sarifValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8'));
    delete schema.$schema;
    delete schema.id;
    compiled = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  }
  return compiled;
}
