// The resolver is pure and the api layer needs it too (voters' images), so it lives in util.
export { portalUrl } from '../util/portal-link.js';
