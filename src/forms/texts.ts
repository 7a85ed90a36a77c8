/**
 * The form's texts from the strings, at build time (server side): field labels and every message
 * the browser may show. They travel with the form (its `data-form` attribute), so the client
 * script shows the site's own wording without carrying the string catalogue.
 */
import { dutchTexts, type Translate } from '../strings/strings.ts';
import type { FormFieldId, FormMessages, FormTexts } from './fields.ts';
import { CONTACT_CHANNELS, DAY_PARTS, FORM_FIELD_IDS } from '../journey/schemas.ts';

const byField = (make: (id: FormFieldId) => string) => Object.fromEntries(FORM_FIELD_IDS.map((id) => [id, make(id)])) as Record<FormFieldId, string>;

export function formMessages(t: Translate = dutchTexts): FormMessages {
  return {
    required: byField((id) => t(`field.${id}.required`)),
    emailInvalid: t('field.email.invalid'),
    emailBlocked: t('field.email.blocked'),
    phoneInvalid: t('field.phone.invalid'),
    numberInvalid: t('field.number.invalid'),
    peopleInvalid: t('field.people.invalid'),
    choiceInvalid: t('field.choice.invalid'),
    tooLong: t('field.tooLong'),
    tooLarge: t('field.tooLarge'),
    invisible: t('field.invisible'),
    failed: t('form.failed'),
    rejected: t('form.rejected'),
    sending: t('form.sending'),
    errorPrefix: t('form.errorPrefix'),
  };
}

/** Labels and messages of the lead form; default: the Dutch `u` texts (for the CLI and tests). */
export function formTexts(t: Translate = dutchTexts): FormTexts {
  const options = Object.fromEntries([
    ...CONTACT_CHANNELS.map((channel) => [`channel.${channel}`, t(`channel.${channel}`)]),
    ...DAY_PARTS.map((part) => [`dayPart.${part}`, t(`dayPart.${part}`)]),
  ]);
  return { labels: byField((id) => t(`field.${id}`)), options, messages: formMessages(t) };
}
