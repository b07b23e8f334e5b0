export { emptyUsage, totalInputTokens, type Usage } from './usage.js';
export { NO_READING, type StreamUsageReader, type UsageExtractor, type UsageReading } from './usage-extractor.js';
export {
  createUsageTap,
  DEFAULT_MAX_JSON_BYTES,
  type UsageTap,
  type UsageTapMode,
  type UsageTapOptions,
} from './create-usage-tap.js';
