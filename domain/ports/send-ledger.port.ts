/** Which outbox message a send was for: the key the provider's record of it is filed under. */
export interface SendRef {
  landlordId: string;
  complaintId: string;
  outboxId: string;
}

/** The provider's own record that a message reached it. */
export interface ProviderSend {
  /** The RFC 5322 Message-ID it went out with (replies quote it). */
  messageId: string;
  /** When the provider took it. */
  sentAt: string;
}

/**
 * What the provider says it was given, independent of the outbox's own state: locally the local
 * outbox's log, on AWS the SES send events of the configuration set. A message whose earlier attempt
 * may have reached the provider (its sender died before marking it sent) asks here before sending again.
 */
export interface SendLedger {
  find(ref: SendRef): Promise<ProviderSend | undefined>;
}
