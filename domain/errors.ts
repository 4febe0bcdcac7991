/** A rule of the Complaint Handling Code would be broken; `provision` names it (e.g. "6.13"). */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation';
  constructor(
    readonly provision: string,
    message: string,
  ) {
    super(message);
  }
}

/** The record does not exist for this landlord (another landlord's records are reported the same way). */
export class NotFound extends Error {
  override readonly name = 'NotFound';
  constructor(readonly entity: string) {
    super(`${entity} not found`);
  }
}

/** The caller acted on a stale version of the record. */
export class Conflict extends Error {
  override readonly name = 'Conflict';
}

/** Input that passed the schema but refers to something that cannot be used (e.g. an unknown handler). */
export class InvalidInput extends Error {
  override readonly name = 'InvalidInput';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
