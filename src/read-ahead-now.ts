/**
 * Importing this module reads the polls already in the page (see controllers/read-ahead.ts). The registering entry
 * imports it first, so that it runs before the element's code, which the request then overlaps.
 */
import { readPollsInPage } from './controllers/read-ahead.js';
import { tagName } from './tag-name.js';

readPollsInPage(tagName);
