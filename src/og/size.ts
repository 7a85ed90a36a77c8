/** The size of a link-preview image, as Open Graph recommends; pages state it in `og:image:width`/`height`. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
