/** The components editors use in MDX without importing them; passed to `<Content components>`. */
import Callout from './Callout.astro';
import Cards from './Cards.astro';
import Case from './Case.astro';
import Cta from './Cta.astro';
import CtaBanner from './CtaBanner.astro';
import Download from './Download.astro';
import Event from './Event.astro';
import Faq from './Faq.astro';
import Features from './Features.astro';
import Figure from './Figure.astro';
import Hero from './Hero.astro';
import Quote from './Quote.astro';
import ScrollTable from './ScrollTable.astro';
import Stats from './Stats.astro';
import Steps from './Steps.astro';
import Video from './Video.astro';

export const mdxComponents = {
  Callout,
  Cards,
  Case,
  Cta,
  CtaBanner,
  Download,
  Event,
  Faq,
  Features,
  Figure,
  Hero,
  Quote,
  Stats,
  Steps,
  Video,
  // Not a component editors name: every Markdown table is rendered in a scrolling region.
  table: ScrollTable,
};
