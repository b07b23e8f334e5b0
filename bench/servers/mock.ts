// The mock upstream in its own process; prints its URL as one JSON line.
import { startMockUpstream } from '../../apps/gateway/test/mock-upstream/index.js';

const upstream = await startMockUpstream({ name: 'bench', tokensPerStream: 5, record: false });
process.stdout.write(`${JSON.stringify({ url: upstream.url })}\n`);
process.on('SIGTERM', () => void upstream.close().then(() => process.exit(0)));
