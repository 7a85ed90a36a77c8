import { describe, expect, it } from 'vitest';
import { AVIF_EFFORT, imageServiceDefaults } from './images.ts';

const sharp = (config: Record<string, unknown>) => ({ service: { entrypoint: 'astro/assets/services/sharp', config } });

describe('imageServiceDefaults', () => {
  it("gives Astro's sharp service a low AVIF effort, below sharp's default of 4", () => {
    expect(AVIF_EFFORT).toBeLessThan(4);
    expect(imageServiceDefaults(sharp({}))).toEqual({ service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: AVIF_EFFORT } } } });
  });

  it('adds the effort next to AVIF options the site set without one (Astro merges the rest of its config)', () => {
    expect(imageServiceDefaults(sharp({ avif: { quality: 60 }, kernel: 'lanczos3' }))?.service.config).toEqual({ avif: { effort: AVIF_EFFORT } });
  });

  it("leaves a site's own AVIF effort and another image service alone", () => {
    expect(imageServiceDefaults(sharp({ avif: { effort: 6 } }))).toBeUndefined();
    expect(imageServiceDefaults({ service: { entrypoint: 'astro/assets/services/noop', config: {} } })).toBeUndefined();
  });
});
