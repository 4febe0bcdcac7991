import { parseArgs } from 'node:util';
import { DEFAULT_LOCAL_JWT_SECRET, signLocalToken } from './local-jwt.js';

const { values } = parseArgs({
  options: {
    landlord: { type: 'string' },
    user: { type: 'string' },
    roles: { type: 'string', default: 'handler' },
    expires: { type: 'string', default: '12h' },
  },
});

if (!values.landlord || !values.user) {
  process.stderr.write('usage: npm run token -- --landlord L --user U --roles handler,officer [--expires 12h]\n');
  process.exit(2);
}

// Every token carries iat and exp: the local authorizer refuses one without exp, as it would a forged one.
const token = await signLocalToken(
  process.env.LOCAL_JWT_SECRET ?? DEFAULT_LOCAL_JWT_SECRET,
  { sub: values.user, landlordId: values.landlord, roles: values.roles.split(',').map((role) => role.trim()).filter(Boolean) },
  values.expires,
).catch((error: Error) => {
  process.stderr.write(`--expires ${values.expires}: ${error.message} (use e.g. 30m, 12h, 7d)\n`);
  process.exit(2);
});
process.stdout.write(`${token}\n`);
