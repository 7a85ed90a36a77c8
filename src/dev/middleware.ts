/**
 * Astro middleware of `astro dev` only (the integration adds it): when rendering a page fails, it
 * renders the page once more, telling it why; a content page then leaves out the body that failed,
 * if the Wegwijzer check explains the failure (left-out-body.ts). Any other failure fails again.
 */
import type { MiddlewareHandler } from 'astro';
import { recordRenderFailure } from './left-out-body.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  try {
    return await next();
  } catch (error) {
    // Only a page is rendered twice: a form post (the inbox endpoint) must not be handled twice.
    if (context.request.method !== 'GET') throw error;
    recordRenderFailure(context.locals, error);
    return next();
  }
};
