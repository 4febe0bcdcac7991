import { describe, expect, it } from 'vitest';
import { GATEWAY_ROUTES, routedFunction } from '../../functions/http/gateway-routes.js';
import { apiRoutes } from '../../functions/http/routes/index.js';
import { documentRoutes } from '../../functions/http/routes/document.routes.js';
import { reportRoutes } from '../../functions/http/routes/report.routes.js';
import type { ApiDeps } from '../../functions/shared/deps.js';
import type { QuarantineDeps } from '../../functions/http/routes/quarantine.routes.js';
import type { LetterDeps } from '../../functions/http/routes/letter.routes.js';

const keyOf = (route: { method: string; path: string }) => `${route.method} ${route.path}`;
/** A concrete request path for a route's pattern: each {param} as one segment. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, 'x1');

describe('the routes API Gateway sends to each function (functions/http/gateway-routes.ts)', () => {
  it('are exactly the routes the documents and reports functions declare', () => {
    expect(GATEWAY_ROUTES.documents.map(keyOf).sort()).toEqual(documentRoutes().map(keyOf).sort());
    expect(GATEWAY_ROUTES.reports.map(keyOf).sort()).toEqual(reportRoutes().map(keyOf).sort());
  });

  it('send each documented route to the function that answers it, and every other one to http-api', () => {
    const routed = new Map(Object.entries(GATEWAY_ROUTES).flatMap(([name, routes]) => routes.map((route) => [keyOf(route), name] as const)));
    const all = apiRoutes({} as ApiDeps & QuarantineDeps & LetterDeps);
    expect(all.filter((route) => routed.has(keyOf(route)))).toHaveLength(routed.size);
    for (const route of all) expect(routedFunction(route.method, concrete(route.path)), keyOf(route)).toBe(routed.get(keyOf(route)));
  });
});
