import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  content?: Record<string, { schema?: Schema }>;
};
type Document = { paths?: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>> };

/** Where a test run leaves the fields its answers carried, for `field-coverage-check.ts` after it. */
export const FIELDS_DIR = process.env.CONTRACT_FIELDS_DIR ?? fileURLToPath(new URL('../../node_modules/.cache/contract-fields/', import.meta.url));

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Where the document keeps the JSON schema of one operation's answer with one status. */
export const responseSchemaPointer = (template: string, verb: string, status: string | number) =>
  `/paths/${escape(template)}/${verb}/responses/${status}/content/application~1json/schema`;

export function schemaAt(document: object, pointer: string): Schema {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], document) as Schema;
}

/** Every JSON response schema the document declares, by pointer. */
export function responseSchemaPointers(document: object): string[] {
  const pointers: string[] = [];
  for (const [template, operations] of Object.entries((document as Document).paths ?? {})) {
    for (const [verb, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (response.content?.['application/json']?.schema) pointers.push(responseSchemaPointer(template, verb, status));
      }
    }
  }
  return pointers;
}

/**
 * Every response field the document declares, as the pointer of its property in the schema that declares it
 * (a component's fields once, however many operations answer it).
 */
export function declaredFields(document: object): Set<string> {
  const fields = new Set<string>();
  const seen = new Set<string>();
  const walk = (pointer: string) => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    const schema = schemaAt(document, pointer);
    if (!schema || typeof schema !== 'object') return;
    if (schema.$ref) return walk(schema.$ref.slice(1));
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) schema[key]?.forEach((_, n) => walk(`${pointer}/${key}/${n}`));
    for (const name of Object.keys(schema.properties ?? {})) {
      fields.add(`${pointer}/properties/${escape(name)}`);
      walk(`${pointer}/properties/${escape(name)}`);
    }
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') walk(`${pointer}/additionalProperties`);
    if (schema.items) walk(`${pointer}/items`);
  };
  for (const pointer of responseSchemaPointers(document)) walk(pointer);
  return fields;
}

/**
 * The declared fields an answer carries: its body walked beside the schema it matched. Of `oneOf`/`anyOf`
 * branches only those the value matches are followed (`matches` is the validator's own check).
 */
export function fieldsIn(document: object, pointer: string, value: unknown, matches: (pointer: string, value: unknown) => boolean, into = new Set<string>()): Set<string> {
  const schema = schemaAt(document, pointer);
  if (!schema || typeof schema !== 'object' || value === null || value === undefined) return into;
  if (schema.$ref) return fieldsIn(document, schema.$ref.slice(1), value, matches, into);
  schema.allOf?.forEach((_, n) => fieldsIn(document, `${pointer}/allOf/${n}`, value, matches, into));
  for (const key of ['oneOf', 'anyOf'] as const) {
    schema[key]?.forEach((_, n) => {
      if (matches(`${pointer}/${key}/${n}`, value)) fieldsIn(document, `${pointer}/${key}/${n}`, value, matches, into);
    });
  }
  if (Array.isArray(value)) {
    if (schema.items) for (const element of value) fieldsIn(document, `${pointer}/items`, element, matches, into);
    return into;
  }
  if (typeof value !== 'object') return into;
  for (const [name, field] of Object.entries(value)) {
    if (schema.properties?.[name]) {
      const at = `${pointer}/properties/${escape(name)}`;
      into.add(at);
      fieldsIn(document, at, field, matches, into);
    } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      fieldsIn(document, `${pointer}/additionalProperties`, field, matches, into);
    }
  }
  return into;
}

/** Where each test process writes the fields it saw (one file per process; appended as new ones appear). */
export function fieldRecorder(directory: string | undefined) {
  const recorded = new Set<string>();
  const file = directory ? join(directory, `${process.pid}.txt`) : undefined;
  return (fields: Iterable<string>) => {
    const fresh = [...fields].filter((field) => !recorded.has(field));
    if (fresh.length === 0 || !file) return;
    for (const field of fresh) recorded.add(field);
    mkdirSync(directory!, { recursive: true });
    appendFileSync(file, `${fresh.join('\n')}\n`);
  };
}

/** The fields every process of the run saw. */
export function recordedFields(directory: string): Set<string> {
  const fields = new Set<string>();
  for (const name of readdirSync(directory)) {
    for (const line of readFileSync(join(directory, name), 'utf8').split('\n')) if (line) fields.add(line);
  }
  return fields;
}
