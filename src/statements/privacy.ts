/** Facts the privacy statement depends on, read from the content. */

/** Whether any page body uses the Video component, the one way a visitor's IP can reach YouTube. */
export function usesVideo(bodies: Iterable<string | undefined>): boolean {
  for (const body of bodies) if (body !== undefined && /<Video[\s/>]/.test(body)) return true;
  return false;
}
