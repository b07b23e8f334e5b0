export { KITCHEN_SINK_REQUEST, KITCHEN_SINK_STREAM } from './kitchen-sink.js';
export { decodeAtEverySplit, decodeInChunks } from './stream-harness.js';
