// cross-fetch as this app's build sees it (angular.json `fileReplacements`): the browser's own fetch.
//
// okta-auth-js sends its requests with `window.fetch || crossFetch`, keeping cross-fetch (an XMLHttpRequest-based
// fetch, 10 kB of the initial chunk) for browsers without fetch. Every browser Angular 21 supports has fetch.
const fetch = (input, init) => globalThis.fetch(input, init);

export default fetch;
export { fetch };
export const { Headers, Request, Response } = globalThis;
