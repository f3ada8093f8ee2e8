// Stands in for @lit-labs/ssr-dom-shim in the self-contained bundle (vite.config.ts, bundle mode), which takes lit's
// server-safe builds so that importing the file under Node does not throw. Those builds extend
// `globalThis.HTMLElement ?? HTMLElement-from-the-shim` and set `globalThis.customElements ??= shim`: in a browser
// both globals exist and the shim is never used, so a bare class and no registry are enough (the real shim's code
// would only add bytes to a file that browsers load). On a server the bundle then registers nothing.

/** An empty base class, only ever used where the DOM has no HTMLElement (a server). */
export const HTMLElement = class {};

/** No registry: `globalThis.customElements ??= undefined` leaves a server without one, so nothing is registered. */
export const customElements = undefined;
