/**
 * Imported by the server entry (see the integration): open the lead store and purge at server
 * start, open the stats store, and let the journey counting see every finished response.
 */
import { inboxStore } from './store-instance.ts';
import { journeyStatsObserver, openStatsStore } from '../stats/server.ts';
import { observeResponses } from '../stats/server-wiring.ts';

inboxStore();
openStatsStore();
observeResponses([journeyStatsObserver]);
