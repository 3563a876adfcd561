// Pages render on the server and ship no framework JavaScript: cheap phones on slow links get text at once, and
// nothing runs in the reader's browser but the 1 KB src/lib/site.js (quick exit). Every page works without JavaScript.
export const csr = false;
