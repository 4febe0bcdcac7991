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

// What a store reports, as the domain sees it: the application layer decides what each means to a caller.

/** The write lost a race: the complaint changed since it was read. */
export class VersionConflict extends Error {
  override readonly name = 'VersionConflict';
}

/** The landlord's settings changed since they were read: reload and recompute. */
export class StaleSettings extends Error {
  override readonly name = 'StaleSettings';
}

/** A staff member named by the write does not exist or is inactive. */
export class UnknownStaff extends Error {
  override readonly name = 'UnknownStaff';
}

/** The inbound email was logged already (a second delivery of the same message). */
export class DuplicateInbound extends Error {
  override readonly name = 'DuplicateInbound';
}

/** A cursor that is malformed or belongs to another query or landlord. */
export class BadCursor extends Error {
  override readonly name = 'BadCursor';
}
