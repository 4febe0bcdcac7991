import { HttpError } from '../../shared/http-error.js';

/**
 * The handlers of routes another function answers (functions/http/gateway-routes.ts), for route lists
 * that only describe them elsewhere. A request that reaches a function without them took a path API
 * Gateway did not send to their function, such as the documented path with a trailing slash: it gets
 * the 404 any path without a route gets, never a 500.
 */
export function servedElsewhere<H>(functionName: string, handlers: H | undefined): () => H {
  return () => {
    if (!handlers) throw new HttpError(404, 'not_found', `no route here: the ${functionName} function answers this route at its documented path`);
    return handlers;
  };
}
