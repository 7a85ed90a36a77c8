/** The components editors use in MDX without importing them; passed to `<Content components>`. */
import Callout from './Callout.astro';
import Case from './Case.astro';
import Cta from './Cta.astro';
import Download from './Download.astro';
import Faq from './Faq.astro';
import Quote from './Quote.astro';
import Steps from './Steps.astro';
import Video from './Video.astro';

export const mdxComponents = { Callout, Case, Cta, Download, Faq, Quote, Steps, Video };
