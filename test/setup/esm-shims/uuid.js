// Jest on Node 20 cannot require ESM-only uuid 13 (pulled in by the Vonage SDK); v4 is all it uses.
const { randomUUID } = require('node:crypto');
module.exports = { v4: () => randomUUID() };
