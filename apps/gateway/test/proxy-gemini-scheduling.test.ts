import { describeProtocolScheduling } from './support/protocol-scheduling-suite.js';
import { CODE_ASSIST, GEMINI } from './support/protocol-client.js';

describeProtocolScheduling(GEMINI);
describeProtocolScheduling(CODE_ASSIST);
