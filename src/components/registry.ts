/**
 * The MDX components editors use without an import, and what their props name: one entry per
 * component. The page route renders the `.astro` file of the same name (mdx-components.ts); the
 * journey gate reads this table to refuse an unknown component (`<Calout>`: "did you mean
 * `Callout`?") and to check every prop that names a page, a download, a file or an image, like
 * the frontmatter's `cta`. Plain data, no Astro: the CLI and the pure checks import it too.
 *
 * Adding a component: put `Name.astro` in this folder and add `Name: {}` here, with
 * `references: { prop: 'page' | 'download' | 'file' | 'image' }` for each prop that names one
 * (`image`: a content image by its path under content/images/, or a file under public/ by its
 * site path). A reference inside an array or object prop is named by its path: `'items[].href'`
 * is the `href` of each item of `items`. The gate checks these values like a string prop, at
 * their own line and column, and refuses a computed one (`href={page.url}`): it must be written
 * out to be checked. `literal` lists props the build reads from the MDX source itself (an
 * Event's calendar file): the gate refuses a computed value there too. The component gallery
 * shows it once src/gallery/examples/<name>.mdx exists.
 */
import type { ComponentRegistry } from '../journey/model.ts';

export const MDX_COMPONENTS = {
  Callout: {},
  Cards: { references: { 'items[].href': 'page', 'items[].image': 'image' } },
  Case: { references: { image: 'image' } },
  ContactRequest: { references: { id: 'contact' } },
  Cta: { references: { href: 'page' } },
  CtaBanner: { references: { href: 'page' } },
  Download: { references: { id: 'download' } },
  Event: { literal: ['title', 'start', 'end', 'location', 'address'] },
  Faq: {},
  Features: {},
  Figure: { references: { image: 'image' } },
  Hero: { references: { image: 'image', ctaHref: 'page' } },
  Quote: {},
  SignUp: { references: { id: 'event' } },
  Stats: {},
  Steps: {},
  Video: { references: { poster: 'file' } },
} as const satisfies ComponentRegistry;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
