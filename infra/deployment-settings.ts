import type { Node } from 'constructs';

/** Everything that differs between deployments, from `cdk.json` context or `-c key=value` flags. */
export interface DeploymentSettings {
  /** `dev` tears down cleanly; any other stage keeps data (deletion protection, RETAIN). */
  stage: string;
  sendingDomain: string;
  fromAddress: string;
  /** Addresses SES receives complaints at; each gets a receipt rule. */
  inboundAddresses: string[];
  /** Origins of landlords' portals allowed by CORS. */
  portalOrigins: string[];
  alarmEmail?: string;
  logRetentionDays: number;
  /** The alarm on missed deadlines goes off when more than this many are missed in a day (0: any). */
  missedDeadlineAlarmThreshold: number;
}

/** A whole number of deadlines, 0 or more: anything else stops the synth with the key's name. */
function threshold(value: unknown): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0) {
    throw new Error(`missedDeadlineAlarmThreshold must be a whole number of deadlines, 0 or more: ${JSON.stringify(value)}`);
  }
  return number;
}

/** Lists arrive as JSON arrays from cdk.json or comma-separated strings from -c flags. */
function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter(Boolean);
  if (typeof value !== 'string' || !value.trim()) return [];
  const text = value.trim();
  if (text.startsWith('[')) return (JSON.parse(text) as unknown[]).map(String).filter(Boolean);
  return text.split(',').map((item) => item.trim()).filter(Boolean);
}

export function settingsFromContext(node: Node): DeploymentSettings {
  const get = (key: string) => node.tryGetContext(key) as unknown;
  const stage = String(get('stage') ?? 'dev');
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(stage)) throw new Error(`stage must be lower-case letters, digits and dashes: ${stage}`);
  const sendingDomain = String(get('sendingDomain') || 'complaints.example.org');
  return {
    stage,
    sendingDomain,
    fromAddress: String(get('fromAddress') || `complaints@${sendingDomain}`),
    inboundAddresses: list(get('inboundAddresses')),
    portalOrigins: list(get('portalOrigins')),
    ...(get('alarmEmail') ? { alarmEmail: String(get('alarmEmail')) } : {}),
    logRetentionDays: Number(get('logRetentionDays') ?? 90),
    missedDeadlineAlarmThreshold: threshold(get('missedDeadlineAlarmThreshold') ?? 0),
  };
}
