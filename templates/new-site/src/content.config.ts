import { wegwijzerCollections } from 'wegwijzer/content';

export const collections = wegwijzerCollections();
