/** Where editors keep their content, relative to the project root. */
export const CONTENT_DIR = 'content';
export const PAGES_DIR = `${CONTENT_DIR}/pages`;
