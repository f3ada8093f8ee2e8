import { isLoopbackHost } from './portal-url.js';
import { pageRegistry } from '../util/page-registry.js';

// Page-wide, so that two copies of the bundle on one page warn once between them.
const warning = pageRegistry('webhook-warning/1', () => ({ shown: false }));

/**
 * A webhook on a page others can read hands its rights to every reader. Say so once per page (localhost is
 * development and stays quiet); never print the URL, whose path holds the webhook's code.
 */
export function warnIfWebhookOnPublicPage(): void {
  if (warning.shown || typeof location === 'undefined' || isLoopbackHost(location.hostname)) return;
  warning.shown = true;
  console.warn(
    `b24-attached-vote: a webhook URL is used on ${location.origin}. Anyone who can read this page can use that webhook ` +
      'with its user\'s rights. Use it only for local development; in production run inside a Bitrix24 app (BX24) ' +
      'or give the element an OAuth transport whose token comes from your backend.',
  );
}
