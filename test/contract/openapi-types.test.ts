import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_TYPES_FILE, renderOpenApiTypes } from './openapi-types.js';

describe('the checked-in API types (functions/http/openapi-types.ts)', () => {
  it('are what openapi-typescript makes of the current document (run `npm run openapi:types` when this fails)', async () => {
    expect(readFileSync(OPENAPI_TYPES_FILE, 'utf8')).toBe(await renderOpenApiTypes());
  });
});
