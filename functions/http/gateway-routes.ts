/**
 * The API routes answered by a function other than http-api, in API Gateway's route syntax. The CDK
 * construct routes them, and the local gateway and the test harness send them, to that function;
 * everything else under /v1 goes to the http-api function. Kept free of imports so every one of them
 * can read it.
 */
export const GATEWAY_ROUTES = {
  /** PDFs and the case file: pdf-lib and fflate stay in this function alone. */
  documents: [
    { method: 'GET', path: '/v1/letters/{file}' },
    { method: 'POST', path: '/v1/letters/print-batch' },
    { method: 'GET', path: '/v1/complaints/{id}/case-file' },
  ],
  /** The reports, the self-assessment and the landlord's Ombudsman records: their builders and pages stay here. */
  reports: [
    { method: 'GET', path: '/v1/reports/tsm' },
    { method: 'GET', path: '/v1/reports/annual' },
    { method: 'GET', path: '/v1/reports/self-assessment' },
    { method: 'GET', path: '/v1/reports/governance' },
    { method: 'PUT', path: '/v1/self-assessment/{year}/{provision}' },
    { method: 'PUT', path: '/v1/reports/annual/{year}/governing-body-response' },
    { method: 'POST', path: '/v1/reports/rebuild' },
    { method: 'POST', path: '/v1/ombudsman-records' },
    { method: 'GET', path: '/v1/ombudsman-records' },
    { method: 'POST', path: '/v1/ombudsman-records/{recordId}/complete' },
  ],
} as const;

export type RoutedFunction = keyof typeof GATEWAY_ROUTES;

/** The function API Gateway would send this request to (one path segment per {param}); undefined for http-api. */
export function routedFunction(method: string, path: string): RoutedFunction | undefined {
  const got = path.replace(/\/+$/, '').split('/');
  const matches = (route: { method: string; path: string }) => {
    const want = route.path.split('/');
    return route.method === method.toUpperCase() && want.length === got.length && want.every((segment, i) => (segment.startsWith('{') ? got[i] !== '' : segment === got[i]));
  };
  return (Object.keys(GATEWAY_ROUTES) as RoutedFunction[]).find((name) => GATEWAY_ROUTES[name].some(matches));
}
