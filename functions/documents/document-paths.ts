/**
 * The API routes the documents function answers, in API Gateway's route syntax. The CDK construct routes
 * them, and the local gateway and the test harness send them, to that function; everything else under
 * /v1 goes to the http-api function. Kept free of imports so every one of them can read it.
 */
export const DOCUMENT_ROUTES = [
  { method: 'GET', path: '/v1/letters/{file}' },
  { method: 'POST', path: '/v1/letters/print-batch' },
  { method: 'GET', path: '/v1/complaints/{id}/case-file' },
] as const;

/** Whether API Gateway would send this request to the documents function (one path segment per {param}). */
export function isDocumentRequest(method: string, path: string): boolean {
  const got = path.replace(/\/+$/, '').split('/');
  return DOCUMENT_ROUTES.some((route) => {
    const want = route.path.split('/');
    return route.method === method.toUpperCase() && want.length === got.length && want.every((segment, i) => segment.startsWith('{') ? got[i] !== '' : segment === got[i]);
  });
}
