import { describeProtocolScheduling } from './support/protocol-scheduling-suite.js';
import { CHAT, RESPONSES } from './support/protocol-client.js';

describeProtocolScheduling(RESPONSES);
describeProtocolScheduling(CHAT);
