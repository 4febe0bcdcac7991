import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { generatedDocument } from './document.js';

/** Where portal developers find the API's types (checked in; `npm run openapi:types` rewrites it). */
export const OPENAPI_TYPES_FILE = resolve(import.meta.dirname, '../../functions/http/openapi-types.ts');

const HEADER = `/**
 * The Housing complaints API as TypeScript types, generated from GET /v1/openapi.json by openapi-typescript.
 * Do not edit: run \`npm run openapi:types\`. A test fails while this file disagrees with the API.
 * Use with any fetch wrapper, e.g. \`components['schemas']['Complaint']\`, \`operations['logComplaint']\`.
 */
/* eslint-disable */
`;

/** The types as openapi-typescript writes them for the document the API serves. */
export async function renderOpenApiTypes(): Promise<string> {
  const ast = await openapiTS(generatedDocument() as never, { alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(OPENAPI_TYPES_FILE, await renderOpenApiTypes());
  console.log(`wrote ${OPENAPI_TYPES_FILE}`);
}
