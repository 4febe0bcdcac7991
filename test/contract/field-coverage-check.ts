import { existsSync } from 'node:fs';
import { generatedDocument } from './document.js';
import { declaredFields, FIELDS_DIR, recordedFields } from './field-coverage.js';

/**
 * Run by `npm test` after the whole suite has passed: every response field the OpenAPI document declares
 * must have been seen in an answer some test received (the harnesses record them). A field documented but
 * never returned fails here, as a field returned but not documented fails the test that received it.
 */
if (!existsSync(FIELDS_DIR)) {
  process.stderr.write(`no fields recorded in ${FIELDS_DIR}: run the whole suite (vitest run) first\n`);
  process.exit(1);
}
const declared = declaredFields(generatedDocument());
const seen = recordedFields(FIELDS_DIR);
const unseen = [...declared].filter((field) => !seen.has(field)).sort();
if (unseen.length > 0) {
  process.stderr.write(`${unseen.length} of ${declared.size} documented response fields were never returned to a test:\n${unseen.map((field) => `  ${field}`).join('\n')}\n`);
  process.stderr.write('Return them in a test (integration or e2e), or take them out of the document if the API never returns them.\n');
  process.exit(1);
}
process.stdout.write(`all ${declared.size} documented response fields were returned to a test\n`);
