/**
 * The `leads.notify` option of the inbox: who hears of a lead by e-mail. The SMTP server is not an
 * option: it comes from the environment (`SMTP_URL`) of the running server, so no password is in the
 * repository or the build.
 */
import { z } from 'zod';
import { ID_PATTERN } from '../journey/rules.ts';

const address = z.email('must be an e-mail address like `team@voorbeeldstad.nl`');
const recipients = z.array(address).min(1, 'needs at least one address');

export const notifySchema = z
  .strictObject({
    to: recipients.describe('Who gets one e-mail per lead (the organisation): `["team@voorbeeldstad.nl"]`.'),
    from: address.describe('The sender of every e-mail, an address of the organisation whose domain the SMTP server may send for: `"noreply@voorbeeldstad.nl"`.'),
    perDownload: z
      .record(z.string().regex(ID_PATTERN, 'must be a download id like `schoolgids`'), recipients)
      .default({})
      .describe('Other recipients for the leads of one download, instead of `to`: `{ schoolgids: ["onderwijs@voorbeeldstad.nl"] }`.'),
    confirm: z
      .boolean()
      .default(true)
      .describe('`true` (default): a visitor who gave an e-mail address gets a confirmation with the download link, in the site\'s language and tone.'),
  })
  .optional()
  .describe('E-mail about each lead, sent by the server through the SMTP server in `SMTP_URL`: `{ to: [...], from: "...", perDownload?: {...}, confirm?: true }`.');

export type NotifyOptions = z.output<typeof notifySchema>;
