// The live agenda when Docplanner (the sandbox) pushes its notifications to our webhook.

import { testWithServerEnv } from './fixtures.ts';
import { describeLiveAgenda } from './live-agenda-scenario.ts';

const test = testWithServerEnv({ NOTIFICATIONS_MODE: 'push' });

describeLiveAgenda(test, 'push');
