import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { generatedDocument } from './document.js';
import { fieldsIn, responseSchemaPointer } from './field-coverage.js';

type Operation = { responses: Record<string, { content?: Record<string, unknown> }> };
type Document = ReturnType<typeof generatedDocument>;


/**
 * Checks answers against the generated OpenAPI document: the operation is found by method and path
 * template, and the body must match the schema documented for that status. OpenAPI 3.0 schemas are
 * JSON Schema draft 4 with extras (boolean exclusiveMinimum, example), hence Ajv's draft-04 build;
 * response objects are strict, so an undocumented field fails.
 */
export function createResponseValidator(document: Document = generatedDocument()) {
  const Ajv = AjvDraft04 as unknown as typeof AjvDraft04.default;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  (addFormats as unknown as typeof addFormats.default)(ajv as never, ['date', 'date-time', 'email', 'uri']);
  ajv.addFormat('binary', true);
  ajv.addSchema(document as object, 'openapi.json');
  const compiled = new Map<string, ValidateFunction>();
  const templates = Object.entries(document.paths ?? {}).map(([template, operations]) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    // Literal segments beat parameters: /v1/openapi.json is not /v1/{anything}.
    literals: template.split('/').filter((segment) => !segment.startsWith('{')).length,
    operations: operations as Record<string, Operation>,
  }));
  const schemaAt = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.getSchema(`openapi.json#${pointer}`);
      if (!validate) throw new Error(`no schema at ${pointer}`);
      compiled.set(pointer, validate);
    }
    return validate;
  };
  const check = (pointer: string, body: unknown, what: string): string[] => {
    const validate = schemaAt(pointer);
    if (validate(body)) return [];
    return [`${what}: ${(validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`).join('; ')}`];
  };

  /** The schema an answer is checked against, or the problem that stops it being checked (or nothing to check). */
  const locate = (method: string, rawPath: string, status: number, body: unknown, contentType: string): { what: string; pointer?: string; problems: string[] } => {
    const path = rawPath.split('?')[0]!.replace(/\/+$/, '');
    const verb = method.toLowerCase();
    const candidates = templates.filter((entry) => entry.pattern.test(path) && entry.operations[verb]).sort((a, b) => b.literals - a.literals);
    const match = candidates[0];
    const what = `${method} ${path} → ${status}`;
    if (!match) {
      // No operation: the router's own 404 (or a method it does not serve), in the shared error shape.
      if (status >= 400) return { what, pointer: '/components/schemas/Error', problems: [] };
      return { what, problems: [`${what}: no operation in the document for this method and path`] };
    }
    const response = match.operations[verb]!.responses[String(status)];
    if (!response) return { what, problems: [`${what}: status ${status} is not documented for ${match.template}`] };
    if (!response.content) return { what, problems: body === undefined || body === '' ? [] : [`${what}: documented without a body, but answered one`] };
    if (!response.content['application/json']) return { what, problems: [] }; // bytes (a download): nothing to validate
    if (!contentType.startsWith('application/json')) {
      // Another documented form of the same answer (a report as text/csv or text/html) carries text, not JSON.
      const type = contentType.split(';')[0]!.trim();
      return { what, problems: response.content[type] ? [] : [`${what}: answered ${contentType}, documented ${Object.keys(response.content).join(', ')}`] };
    }
    return { what, pointer: responseSchemaPointer(match.template, verb, status), problems: [] };
  };

  /** Problems with one answer (none when it matches the document). */
  function problems(method: string, rawPath: string, status: number, body: unknown, contentType = 'application/json'): string[] {
    const located = locate(method, rawPath, status, body, contentType);
    return located.pointer ? check(located.pointer, body, located.what) : located.problems;
  }

  /** The documented fields an answer that matches the document carries (see field-coverage.ts). */
  problems.fieldsOf = (method: string, rawPath: string, status: number, body: unknown, contentType = 'application/json'): Set<string> => {
    const { pointer } = locate(method, rawPath, status, body, contentType);
    return pointer ? fieldsIn(document, pointer, body, (at, value) => schemaAt(at)(value) as boolean) : new Set();
  };
  return problems;
}
