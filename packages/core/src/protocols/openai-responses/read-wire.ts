export { readWire } from '../anthropic/read-wire.js';
