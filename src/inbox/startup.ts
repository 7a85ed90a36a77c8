/** Imported by the server entry (see the integration): open the store and purge at server start. */
import { inboxStore } from './store-instance.ts';

inboxStore();
