import { ZodError } from 'zod';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../../domain/errors.js';
import { BadCursor, StaleSettings, UnknownStaff, VersionConflict } from '../../domain/ports/complaint-store.port.js';
import type { Logger } from '@aws-lambda-powertools/logger';

export type ErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rule_violation'
  | 'internal';

/** An error the edge raises itself (auth, size, parsing), already in SPEC's vocabulary. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldProblem[] | Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

function zodDetails(error: ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, message: 'unknown field' }));
    }
    return [{ field: path || '(body)', message: issue.message }];
  });
}

/**
 * `details` is always there, so a client reads one shape: the fields at fault (a list) for
 * invalid_request, otherwise an object with what is known (the provision, the limit, the request id),
 * empty when there is nothing more to say.
 */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: FieldProblem[] | Record<string, unknown> };
}

/** Maps any thrown value to SPEC's error shape. Unknown errors never leak their message or stack. */
export function toHttpError(error: unknown, requestId: string, log: Logger): { statusCode: number; body: ErrorBody } {
  const answer = (statusCode: number, code: ErrorCode, message: string, details: ErrorBody['error']['details'] = {}) => ({
    statusCode,
    body: { error: { code, message, details } },
  });
  if (error instanceof HttpError) return answer(error.statusCode, error.code, error.message, error.details);
  if (error instanceof ZodError) return answer(400, 'invalid_request', 'the request does not match the schema', zodDetails(error));
  if (error instanceof InvalidInput) return answer(400, 'invalid_request', error.message, [{ field: error.field, message: error.message }]);
  if (error instanceof UnknownStaff) {
    return answer(400, 'invalid_request', 'unknown or inactive staff member', [{ field: 'handlerId', message: 'no active staff member with this id' }]);
  }
  if (error instanceof BadCursor) return answer(400, 'invalid_request', 'invalid cursor', [{ field: 'cursor', message: 'not a cursor from this list' }]);
  if (error instanceof RuleViolation) return answer(422, 'rule_violation', error.message, { provision: error.provision });
  if (error instanceof NotFound) return answer(404, 'not_found', error.message);
  if (error instanceof Conflict || error instanceof VersionConflict) {
    return answer(409, 'conflict', error.message || 'the record changed since it was read; fetch it and try again');
  }
  if (error instanceof StaleSettings) return answer(409, 'conflict', 'the landlord settings changed meanwhile; try again');
  log.error('unhandled error', { error: error as Error });
  return answer(500, 'internal', `internal error; quote request id ${requestId}`, { requestId });
}
