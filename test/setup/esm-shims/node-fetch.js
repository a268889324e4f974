// Jest on Node 20 cannot require ESM-only node-fetch 3 (pulled in by the Vonage SDK); Node's own
// fetch speaks the same API for what the SDK uses.
module.exports = { __esModule: true, default: (...args) => globalThis.fetch(...args) };
