/**
 * The form's client enhancement (loaded only on pages with a lead form): the same validation
 * rules as the server with inline errors, submit with fetch, the button disabled only while
 * sending, and on a network error or 5xx the input stays and a message invites a retry.
 * Everything is written with textContent: visitor input is never parsed as HTML.
 */
import adapter from 'virtual:wegwijzer/lead-adapter';
import type { ConsentTexts } from './consent.ts';
import { ELAPSED_FIELD, UTM_FIELDS, type FormDefinition, type FormMessages } from './fields.ts';
import type { ClientProvider, Submission } from './providers/types.ts';
import { sendLead } from './send.ts';
import { validateLead, type FieldError } from './validate.ts';

export function enhanceLeadForms(): void {
  const loadedAt = Date.now();
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lead-form]')) enhance(form, loadedAt);
}

function enhance(form: HTMLFormElement, loadedAt: number): void {
  const read = <T>(key: string) => JSON.parse(form.dataset[key] ?? 'null') as T;
  const provider = read<ClientProvider>('provider');
  const definition = read<FormDefinition>('form');
  const consent = read<ConsentTexts>('consent');
  const thankYou = new URL(form.dataset.thankYou ?? '/', location.href).href;
  const params = new URLSearchParams(location.search);
  for (const name of UTM_FIELDS) {
    const input = field(form, name);
    if (input && !input.value) input.value = params.get(name) ?? '';
  }
  const button = form.querySelector<HTMLButtonElement>('[data-submit]');
  if (button) button.hidden = false;
  form.querySelector('[data-error-summary]')?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    const target = link && document.getElementById(link.hash.slice(1));
    if (target) {
      event.preventDefault();
      target.focus();
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (button?.disabled) return;
    const input: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) input[name] = String(value);
    input[ELAPSED_FIELD] = String(Date.now() - loadedAt);
    const verdict = validateLead(input, definition);
    if (verdict.kind === 'invalid') return showErrors(form, verdict.errors, definition.messages.errorPrefix);
    // A suspected bot is sent all the same: the inbox keeps it in quarantine, a webhook gets a flag.
    if (verdict.kind === 'rejected') return setStatus(form, definition.messages.rejected);
    showErrors(form, [], definition.messages.errorPrefix);
    const submission: Submission = { lead: verdict.lead, input, pageUrl: location.href, pageTitle: document.title, thankYouUrl: thankYou, consent, submittedAt: Date.now() };
    // Mautic's adapter posts by navigating (only its bundle carries that code).
    if (adapter.navigate) return adapter.navigate(adapter.build(submission, provider));
    void send(form, button, submission, provider, definition.messages);
  });
}

async function send(form: HTMLFormElement, button: HTMLButtonElement | null, submission: Submission, provider: ClientProvider, messages: FormMessages): Promise<void> {
  if (button) button.disabled = true;
  setStatus(form, messages.sending);
  try {
    const outcome = await sendLead(submission, provider, adapter);
    if (outcome.kind === 'accepted') return location.assign(outcome.redirect);
    setStatus(form, outcome.kind === 'failed' ? (outcome.message ?? messages.failed) : '');
    if (outcome.kind === 'invalid') showErrors(form, outcome.errors, messages.errorPrefix);
  } finally {
    if (button) button.disabled = false;
  }
}

/** The input of a field; of a choice, its first option (the error summary links there). */
function field(form: HTMLFormElement, name: string): HTMLInputElement | null {
  const element = form.elements.namedItem(name);
  const first = element instanceof RadioNodeList ? element[0] : element;
  return first instanceof HTMLInputElement ? first : null;
}

function setStatus(form: HTMLFormElement, text: string): void {
  const status = form.querySelector('[data-form-status]');
  if (status) status.textContent = text;
}

/** The error summary on top (focused, linking to each field) and the message at each field. */
function showErrors(form: HTMLFormElement, errors: readonly FieldError[], errorPrefix: string): void {
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  const list = summary?.querySelector('[data-error-list]');
  list?.replaceChildren(
    ...errors.map((error) => {
      const item = document.createElement('li');
      const link = item.appendChild(document.createElement('a'));
      link.href = `#${field(form, error.field)?.id ?? ''}`;
      link.textContent = error.message;
      return item;
    }),
  );
  for (const wrapper of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const input = field(form, wrapper.dataset.field ?? '');
    const message = errors.find((error) => error.field === wrapper.dataset.field)?.message;
    const errorText = document.getElementById(`${input?.id}-error`);
    if (!input || !errorText) continue;
    errorText.hidden = message === undefined;
    const text = errorText.querySelector('[data-error-text]');
    if (text) text.textContent = message ?? '';
    toggleAttribute(input, 'aria-invalid', message && 'true');
    toggleAttribute(input, 'aria-describedby', message && errorText.id);
  }
  document.title = (errors.length > 0 ? errorPrefix : '') + document.title.replace(errorPrefix, '');
  if (!summary) return;
  summary.hidden = errors.length === 0;
  if (errors.length > 0) summary.focus();
}

function toggleAttribute(element: Element, name: string, value: string | undefined): void {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}
