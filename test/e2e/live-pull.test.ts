// The live agenda when we pull Docplanner's notifications (polling every 300 ms here).

import { testWithServerEnv } from './fixtures.ts';
import { describeLiveAgenda } from './live-agenda-scenario.ts';

const test = testWithServerEnv({ NOTIFICATIONS_MODE: 'pull', PULL_INTERVAL_MS: '300' });

describeLiveAgenda(test, 'pull');
