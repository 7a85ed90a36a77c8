/**
 * Every text the theme itself writes on a page: labels, buttons, the step indicator, the form
 * and its errors, the statements. One entry per text, in Dutch (`nl`, or `u` and `je` where the
 * tone changes the words) and English (`en`). `{name}` marks a value filled in when the text is
 * used; a site that overrides a text in its options may use the same placeholders, no others.
 *
 * Adding a text: one entry here, then `t('its.key')` where it is shown (src/strings/runtime.ts).
 */

/** A text that reads the same in both Dutch tones, or one per tone. */
type Dutch = { nl: string } | { u: string; je: string };
export type Entry = Dutch & { en: string };

export const CATALOGUE = {
  // Page frame
  'layout.skipLink': { nl: 'Naar de inhoud', en: 'Skip to content' },
  'breadcrumbs.label': { nl: 'Kruimelpad', en: 'Breadcrumb' },
  'breadcrumbs.home': { nl: 'Home', en: 'Home' },
  'header.homeLink': { nl: 'Naar de startpagina van {organisation}', en: 'To the home page of {organisation}' },
  'header.nav': { nl: 'Hoofdmenu', en: 'Main menu' },
  'header.search': { nl: 'Zoeken op deze website', en: 'Search this website' },
  'header.searchTerm': { nl: 'Zoekterm', en: 'Search term' },
  'header.searchButton': { nl: 'Zoeken', en: 'Search' },
  'footer.topics': { nl: 'Onderwerpen', en: 'Topics' },
  'footer.about': { nl: 'Over deze website', en: 'About this website' },
  'footer.privacy': { nl: 'Privacyverklaring', en: 'Privacy statement' },
  'footer.accessibility': { nl: 'Toegankelijkheidsverklaring', en: 'Accessibility statement' },
  'table.label': { nl: 'Tabel', en: 'Table' },

  // Home page, when the site has no content/home.mdx
  'home.title': { u: '{organisation}: wij helpen u op weg', je: '{organisation}: we helpen je op weg', en: '{organisation}: we help you on your way' },
  'home.lead': {
    u: 'Kies wat bij u past. U krijgt stap voor stap de informatie die u nodig hebt.',
    je: 'Kies wat bij je past. Je krijgt stap voor stap de informatie die je nodig hebt.',
    en: 'Choose what fits you. You get the information you need, step by step.',
  },
  'home.description': { u: '{organisation} helpt u op weg: {topics}.', je: '{organisation} helpt je op weg: {topics}.', en: '{organisation} helps you on your way: {topics}.' },
  'home.descriptionShort': { u: '{organisation} helpt u stap voor stap op weg.', je: '{organisation} helpt je stap voor stap op weg.', en: '{organisation} helps you on your way, step by step.' },
  'home.personas': { u: 'Waar wilt u mee verder?', je: 'Waar wil je mee verder?', en: 'What would you like to do?' },

  // Persona hub
  'hub.description': { nl: '{question} Alle informatie stap voor stap.', en: '{question} All the information, step by step.' },
  'hub.journey': { u: 'Uw route in {count} stappen', je: 'Jouw route in {count} stappen', en: 'Your route in {count} steps' },
  'hub.start': { nl: 'Begin hier: {title}', en: 'Start here: {title}' },

  // Step indicator and the next step
  'steps.position': { nl: 'stap {step} van {total} — {label}', en: 'step {step} of {total} — {label}' },
  'steps.previous': { nl: 'Vorige stap: {title}', en: 'Previous step: {title}' },
  'steps.next': { nl: 'Volgende stap: {label}', en: 'Next step: {label}' },
  'nextStep.title': { nl: 'Volgende stap', en: 'Next step' },
  // Step labels of the default phases, in words a citizen uses (the phase ids are strategy terms).
  'step.orientatie': { nl: 'Ontdekken', en: 'Explore' },
  'step.overweging': { nl: 'Vergelijken', en: 'Compare' },
  'step.beslissing': { nl: 'Regelen', en: 'Arrange' },
  'step.gedrag': { nl: 'En daarna', en: 'Afterwards' },

  // Components
  'callout.info': { nl: 'Goed om te weten', en: 'Good to know' },
  'callout.tip': { nl: 'Tip', en: 'Tip' },
  'callout.warning': { nl: 'Let op', en: 'Please note' },
  'faq.title': { nl: 'Veelgestelde vragen', en: 'Frequently asked questions' },
  'download.button': { nl: 'Download {title}', en: 'Download {title}' },
  'video.play': { nl: 'Video afspelen', en: 'Play video' },
  'video.notice': {
    u: 'Als u op afspelen klikt, laadt de video van YouTube, zonder cookies.',
    je: 'Als je op afspelen klikt, laadt de video van YouTube, zonder cookies.',
    en: 'When you click play, the video loads from YouTube, without cookies.',
  },
  'video.link': { nl: 'Bekijk de video op YouTube', en: 'Watch the video on YouTube' },
  'event.when': { nl: 'Wanneer', en: 'When' },
  'event.where': { nl: 'Waar', en: 'Where' },
  'event.time': { nl: '{start} tot {end} uur', en: '{start} to {end}' },
  'event.calendar': { u: 'Zet in uw agenda', je: 'Zet in je agenda', en: 'Add to your calendar' },
  'event.calendarFile': { nl: 'agenda-bestand, ICS', en: 'calendar file, ICS' },
  'stats.label': { nl: 'Cijfers', en: 'Key figures' },
  'stats.source': { nl: 'Bron: {source}', en: 'Source: {source}' },

  // Search page (src/routes/search.astro) and the texts its script writes
  'search.title': { nl: 'Zoeken', en: 'Search' },
  'search.description': {
    nl: 'Zoek op deze website. Kies zo nodig voor wie de informatie is, bij welke stap die hoort en wat voor soort informatie het is.',
    en: 'Search this website. If you like, choose who the information is for, which step it belongs to and what kind of information it is.',
  },
  'search.form': { nl: 'Zoeken en filteren', en: 'Search and filter' },
  'search.term': { u: 'Waar zoekt u naar?', je: 'Waar zoek je naar?', en: 'What are you looking for?' },
  'search.button': { nl: 'Zoeken', en: 'Search' },
  'search.filter.persona': { nl: 'Voor wie', en: 'For whom' },
  'search.filter.fase': { nl: 'Stap', en: 'Step' },
  'search.filter.soort': { nl: 'Soort', en: 'Type' },
  'search.type.pagina': { nl: 'Pagina', en: 'Page' },
  'search.type.overzicht': { nl: 'Overzicht', en: 'Overview' },
  'search.type.document': { nl: 'Document', en: 'Document' },
  'search.noscript': {
    u: 'Zoeken werkt alleen met JavaScript. Zonder JavaScript vindt u alle informatie via het overzicht per doelgroep:',
    je: 'Zoeken werkt alleen met JavaScript. Zonder JavaScript vind je alle informatie via het overzicht per doelgroep:',
    en: 'Search only works with JavaScript. Without JavaScript you find all information through the overview per audience:',
  },
  'search.devNote': { nl: 'In {dev} is er nog geen zoekindex: die maakt {build}.', en: 'In {dev} there is no search index yet: {build} makes it.' },
  'search.titleTerm': { nl: 'Zoeken: {term}', en: 'Search: {term}' },
  'search.none': { nl: 'Geen resultaten', en: 'No results' },
  'search.one': { nl: '1 resultaat', en: '1 result' },
  'search.many': { nl: '{count} resultaten', en: '{count} results' },
  // {count} is one of the three texts above.
  'search.foundTerm': { nl: '{count} voor ‘{term}’.', en: '{count} for ‘{term}’.' },
  'search.foundFilters': { nl: '{count} met de gekozen filters.', en: '{count} with the chosen filters.' },
  'search.foundTermFilters': { nl: '{count} voor ‘{term}’ met de gekozen filters.', en: '{count} for ‘{term}’ with the chosen filters.' },
  'search.tryOther': { nl: 'Probeer een ander woord of minder filters.', en: 'Try another word or fewer filters.' },
  'search.firstShown': { nl: 'De eerste {shown} staan hieronder.', en: 'The first {shown} are shown below.' },
  'search.failed': { nl: 'Zoeken lukt nu niet. Probeer het later opnieuw.', en: 'Search does not work right now. Please try again later.' },

  // Lead form
  'form.errorSummary': { nl: 'Er is een probleem', en: 'There is a problem' },
  'form.errorPrefix': { nl: 'Fout: ', en: 'Error: ' },
  'form.readMore': { nl: 'Lees meer in onze {link}.', en: 'Read more in our {link}.' },
  'form.privacyLink': { nl: 'privacyverklaring', en: 'privacy statement' },
  'form.optional': { nl: '(niet verplicht)', en: '(optional)' },
  'form.trap': { nl: 'Laat dit veld leeg', en: 'Leave this field empty' },
  'form.noscript': { nl: 'Dit formulier werkt alleen met JavaScript. Zet JavaScript aan om het te versturen.', en: 'This form only works with JavaScript. Turn on JavaScript to send it.' },
  'form.submit': { nl: 'Verstuur en download ({format})', en: 'Send and download ({format})' },
  'form.sending': { nl: 'Bezig met versturen…', en: 'Sending…' },
  'form.rejected': { nl: 'Dit formulier kan niet worden verstuurd. Laad de pagina opnieuw.', en: 'This form cannot be sent. Please reload the page.' },
  'form.failed': {
    u: 'Het versturen is niet gelukt. Uw gegevens staan nog in het formulier. Probeer het over een paar minuten opnieuw.',
    je: 'Het versturen is niet gelukt. Je gegevens staan nog in het formulier. Probeer het over een paar minuten opnieuw.',
    en: 'Sending did not work. Your details are still in the form. Please try again in a few minutes.',
  },
  'form.errorPage': { nl: '{title} aanvragen', en: 'Request {title}' },
  'field.name': { nl: 'Naam', en: 'Name' },
  'field.email': { nl: 'E-mailadres', en: 'Email address' },
  'field.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'field.phone': { nl: 'Telefoonnummer', en: 'Phone number' },
  'field.name.required': { u: 'Vul uw naam in.', je: 'Vul je naam in.', en: 'Enter your name.' },
  'field.email.required': { u: 'Vul uw e-mailadres in.', je: 'Vul je e-mailadres in.', en: 'Enter your email address.' },
  'field.organisation.required': { u: 'Vul de naam van uw organisatie in.', je: 'Vul de naam van je organisatie in.', en: 'Enter the name of your organisation.' },
  'field.phone.required': { u: 'Vul uw telefoonnummer in.', je: 'Vul je telefoonnummer in.', en: 'Enter your phone number.' },
  'field.people': { nl: 'Aantal personen', en: 'Number of people' },
  'field.people.required': { u: 'Vul in met hoeveel personen u komt.', je: 'Vul in met hoeveel personen je komt.', en: 'Enter how many people are coming.' },
  'field.people.invalid': { nl: 'Vul een aantal in van 1 tot en met {max}.', en: 'Enter a number from 1 to {max}.' },
  'field.email.invalid': { nl: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.', en: 'Enter a valid email address, like name@example.com.' },
  'field.email.blocked': { nl: 'Vul een ander e-mailadres in.', en: 'Enter another email address.' },
  'field.phone.invalid': { nl: 'Vul een geldig telefoonnummer in, zoals 06 12345678.', en: 'Enter a valid phone number, like +31 6 12345678.' },
  'field.number.invalid': { nl: 'Vul een geldig nummer in.', en: 'Enter a valid number.' },
  'field.tooLong': { nl: 'Gebruik maximaal {max} tekens.', en: 'Use at most {max} characters.' },
  'field.tooLarge': { nl: 'Maak deze tekst korter.', en: 'Make this text shorter.' },
  'field.invisible': { nl: 'Typ dit opnieuw: er staat een onzichtbaar teken in.', en: 'Type this again: it contains an invisible character.' },
  'consent.processing': {
    u: '{purpose} {organisation} gebruikt uw gegevens alleen hiervoor en bewaart ze {duration}. Daarna verwijderen we ze.',
    je: '{purpose} {organisation} gebruikt je gegevens alleen hiervoor en bewaart ze {duration}. Daarna verwijderen we ze.',
    en: '{purpose} {organisation} uses your details only for this and keeps them for {duration}. After that we delete them.',
  },
  'consent.contact': { nl: 'Ja, {organisation} mag mij later ook mailen over dit onderwerp.', en: 'Yes, {organisation} may also email me about this topic later.' },
  'consent.contactHint': { nl: 'Dit is niet nodig voor de download.', en: 'This is not needed for the download.' },

  // Answers of the inbox endpoint
  'inbox.outdated': {
    nl: 'Dit formulier klopt niet meer met de website. Laad de pagina opnieuw en vul het formulier opnieuw in.',
    en: 'This form no longer matches the website. Please reload the page and fill in the form again.',
  },
  'inbox.unknownDownload': { nl: 'Deze download bestaat niet (meer) of heeft geen formulier. Laad de pagina opnieuw.', en: 'This download does not exist (any more) or has no form. Please reload the page.' },
  'inbox.unsaved': {
    u: 'Uw aanvraag kon niet worden opgeslagen. Uw gegevens staan nog in het formulier. Probeer het over een paar minuten opnieuw.',
    je: 'Je aanvraag kon niet worden opgeslagen. Je gegevens staan nog in het formulier. Probeer het over een paar minuten opnieuw.',
    en: 'Your request could not be saved. Your details are still in the form. Please try again in a few minutes.',
  },
  'inbox.otherOrigin': { nl: 'Dit formulier kan alleen vanaf onze eigen website worden verstuurd.', en: 'This form can only be sent from our own website.' },
  'inbox.tooMany': { nl: 'Te veel aanvragen. Probeer het over een minuut opnieuw.', en: 'Too many requests. Please try again in a minute.' },
  'inbox.tooLarge': { nl: 'Het formulier is te groot (meer dan {bytes} bytes). Maak de teksten korter.', en: 'The form is too large (more than {bytes} bytes). Make the texts shorter.' },
  'inbox.duplicateField': { nl: 'Elk veld mag maar één keer voorkomen.', en: 'Each field may occur only once.' },

  // Thank-you page
  'signUp.errorPage': { nl: 'Aanmelden: {title}', en: 'Sign up: {title}' },
  'signUp.submit': { nl: 'Aanmelden', en: 'Sign up' },
  'signUp.seats': { u: 'Er zijn {capacity} plaatsen. Is het vol, dan komt u op de wachtlijst.', je: 'Er zijn {capacity} plaatsen. Is het vol, dan kom je op de wachtlijst.', en: 'There are {capacity} places. When it is full, you go on the waiting list.' },
  'signUp.deadline': { u: 'U kunt zich aanmelden tot {deadline}.', je: 'Je kunt je aanmelden tot {deadline}.', en: 'You can sign up until {deadline}.' },
  'signUp.closed': { nl: 'Aanmelden kan niet meer: de aanmeldtermijn is voorbij.', en: 'Signing up is no longer possible: the deadline has passed.' },
  'signUp.past': { nl: 'Deze bijeenkomst is al geweest.', en: 'This event has already taken place.' },
  'signUp.unknown': { nl: 'Deze aanmelding bestaat niet (meer). Controleer de link.', en: 'This sign-up does not exist (any more). Check the link.' },
  'signUp.title': { u: 'Uw aanmelding: {title}', je: 'Je aanmelding: {title}', en: 'Your sign-up: {title}' },
  'signUp.confirmed': { u: 'U bent aangemeld', je: 'Je bent aangemeld', en: 'You are signed up' },
  'signUp.confirmedText': { u: 'Er is een plaats voor u. Zet de bijeenkomst in uw agenda.', je: 'Er is een plaats voor je. Zet de bijeenkomst in je agenda.', en: 'There is a place for you. Add the event to your calendar.' },
  'signUp.waiting': { u: 'U staat op de wachtlijst', je: 'Je staat op de wachtlijst', en: 'You are on the waiting list' },
  'signUp.waitingText': {
    u: 'De bijeenkomst is vol. Komt er een plaats vrij, dan krijgt u die, in volgorde van aanmelding. Bewaar de link van deze pagina: hier ziet u of u een plaats hebt.',
    je: 'De bijeenkomst is vol. Komt er een plaats vrij, dan krijg je die, in volgorde van aanmelding. Bewaar de link van deze pagina: hier zie je of je een plaats hebt.',
    en: 'The event is full. When a place becomes free, you get it, in order of signing up. Keep the link of this page: here you see whether you have a place.',
  },
  'signUp.cancelled': { u: 'Uw aanmelding is geannuleerd', je: 'Je aanmelding is geannuleerd', en: 'Your sign-up is cancelled' },
  'signUp.cancelledText': { u: 'Uw plaats is vrijgegeven voor iemand anders.', je: 'Je plaats is vrijgegeven voor iemand anders.', en: 'Your place has been given to someone else.' },
  'signUp.keepLink': {
    u: 'Bewaar de link van deze pagina. Alleen u hebt hem: met deze link kunt u uw aanmelding annuleren.',
    je: 'Bewaar de link van deze pagina. Alleen jij hebt hem: met deze link kun je je aanmelding annuleren.',
    en: 'Keep the link of this page. Only you have it: with it you can cancel your sign-up.',
  },
  'signUp.cancel': { nl: 'Aanmelding annuleren', en: 'Cancel sign-up' },
  'signUp.cancelQuestion': { u: 'Kunt u toch niet komen?', je: 'Kun je toch niet komen?', en: 'Can you not come after all?' },
  'thankYou.crumb': { nl: 'Bedankt', en: 'Thank you' },
  'thankYou.title': { nl: 'Bedankt: {title}', en: 'Thank you: {title}' },
  'thankYou.heading': { u: 'Bedankt voor uw aanvraag', je: 'Bedankt voor je aanvraag', en: 'Thank you for your request' },
  'thankYou.text': { u: 'U kunt het document nu downloaden.', je: 'Je kunt het document nu downloaden.', en: 'You can download the document now.' },
  'thankYou.data': {
    u: 'Wat gebeurt er met uw gegevens? {organisation} bewaart ze {duration} en gebruikt ze alleen voor deze aanvraag. Lees meer in de {link}.',
    je: 'Wat gebeurt er met je gegevens? {organisation} bewaart ze {duration} en gebruikt ze alleen voor deze aanvraag. Lees meer in de {link}.',
    en: 'What happens with your details? {organisation} keeps them for {duration} and uses them only for this request. Read more in the {link}.',
  },
  'thankYou.hub': { nl: 'Alle stappen: {title}', en: 'All steps: {title}' },

  // Not found
  'notFound.title': { nl: 'Pagina niet gevonden', en: 'Page not found' },
  'notFound.description': { u: 'Deze pagina bestaat niet (meer). Kies hieronder waar u verder wilt lezen.', je: 'Deze pagina bestaat niet (meer). Kies hieronder waar je verder wilt lezen.', en: 'This page does not exist (any more). Choose below where you want to continue.' },
  'notFound.text': { nl: 'Deze pagina bestaat niet (meer). Misschien is het adres veranderd, of zit er een typfout in.', en: 'This page does not exist (any more). Perhaps the address has changed, or it contains a typo.' },
  'notFound.where': { u: 'Waar wilt u verder lezen?', je: 'Waar wil je verder lezen?', en: 'Where would you like to continue?' },
  'notFound.home': { nl: 'Naar de startpagina', en: 'To the home page' },

  // Privacy statement
  'privacy.title': { nl: 'Privacyverklaring', en: 'Privacy statement' },
  'privacy.description': {
    u: 'Hoe {controller} omgaat met uw gegevens op deze website: wat we vragen, waarom, hoe lang we het bewaren en wat uw rechten zijn.',
    je: 'Hoe {controller} omgaat met je gegevens op deze website: wat we vragen, waarom, hoe lang we het bewaren en wat je rechten zijn.',
    en: 'How {controller} handles your details on this website: what we ask, why, how long we keep them and what your rights are.',
  },
  'privacy.intro': {
    u: '{controller} gaat zorgvuldig om met uw gegevens. Op deze pagina leest u welke gegevens we vragen, waarom, en hoe lang we ze bewaren.',
    je: '{controller} gaat zorgvuldig om met je gegevens. Op deze pagina lees je welke gegevens we vragen, waarom, en hoe lang we ze bewaren.',
    en: '{controller} takes care of your details. On this page you read which details we ask for, why, and how long we keep them.',
  },
  'privacy.controllerTitle': { nl: 'Wie is verantwoordelijk?', en: 'Who is responsible?' },
  'privacy.controller': {
    u: '{controller} is verantwoordelijk voor uw gegevens op deze website (de verwerkingsverantwoordelijke).',
    je: '{controller} is verantwoordelijk voor je gegevens op deze website (de verwerkingsverantwoordelijke).',
    en: '{controller} is responsible for your details on this website (the controller).',
  },
  'privacy.cookiesTitle': { nl: 'Geen cookies, geen volgen', en: 'No cookies, no tracking' },
  'privacy.cookies': {
    u: "Deze website plaatst geen cookies en houdt niet bij welke pagina's u bekijkt.",
    je: "Deze website plaatst geen cookies en houdt niet bij welke pagina's je bekijkt.",
    en: 'This website places no cookies and does not keep track of the pages you view.',
  },
  'privacy.video': {
    u: "Op sommige pagina's staat een video van YouTube. Die video laadt pas als u op afspelen klikt. YouTube krijgt dan uw IP-adres. We gebruiken daarvoor youtube-nocookie.com, zodat YouTube geen cookies plaatst tot u de video afspeelt.",
    je: "Op sommige pagina's staat een video van YouTube. Die video laadt pas als je op afspelen klikt. YouTube krijgt dan je IP-adres. We gebruiken daarvoor youtube-nocookie.com, zodat YouTube geen cookies plaatst tot je de video afspeelt.",
    en: 'Some pages show a video from YouTube. That video only loads when you click play. YouTube then receives your IP address. We use youtube-nocookie.com for this, so YouTube places no cookies until you play the video.',
  },
  'privacy.notCounting': { nl: 'We tellen ook geen bezoeken.', en: 'We do not count visits either.' },
  'privacy.countingTitle': { nl: 'Wat we wel tellen', en: 'What we do count' },
  'privacy.counting': {
    nl: 'We tellen per dag hoe vaak elke pagina is bekeken, hoe vaak bezoekers van de ene pagina naar een andere pagina van deze website gingen, hoe vaak een document is gedownload en hoe vaak een formulier is verstuurd. Zo zien we waar de website beter kan.',
    en: 'Per day we count how often each page was viewed, how often visitors went from one page of this website to another, how often a document was downloaded and how often a form was sent. That shows us where the website can be better.',
  },
  'privacy.countingAnonymous': {
    u: "We bewaren alleen deze totalen per dag. We bewaren geen IP-adres, geen gegevens over uw browser of apparaat, geen tijdstip en niets anders waarmee we u kunnen herkennen. Zo weten we niet wie u bent en ook niet welke pagina's u hebt bekeken. Voor het tellen gebruiken we geen cookies en geen JavaScript. Bezoeken van zoekmachines en andere robots tellen we niet.",
    je: "We bewaren alleen deze totalen per dag. We bewaren geen IP-adres, geen gegevens over je browser of apparaat, geen tijdstip en niets anders waarmee we je kunnen herkennen. Zo weten we niet wie je bent en ook niet welke pagina's je hebt bekeken. Voor het tellen gebruiken we geen cookies en geen JavaScript. Bezoeken van zoekmachines en andere robots tellen we niet.",
    en: 'We keep only these totals per day. We keep no IP address, no details of your browser or device, no time and nothing else by which we could recognise you. So we do not know who you are, nor which pages you viewed. For counting we use no cookies and no JavaScript. We do not count visits of search engines and other robots.',
  },
  'privacy.countingKept': { nl: 'We bewaren de totalen per dag {duration}. Daarna verwijderen we ze.', en: 'We keep the daily totals for {duration}. After that we delete them.' },
  'privacy.analytics': {
    u: 'We gebruiken ook {name} ({host}). Als u een pagina bekijkt of op de knop naar de volgende stap klikt, stuurt uw browser een bericht naar {name}: welke pagina, voor welke doelgroep en welke stap.',
    je: 'We gebruiken ook {name} ({host}). Als je een pagina bekijkt of op de knop naar de volgende stap klikt, stuurt je browser een bericht naar {name}: welke pagina, voor welke doelgroep en welke stap.',
    en: 'We also use {name} ({host}). When you view a page or click the button to the next step, your browser sends a message to {name}: which page, for which audience and which step.',
  },
  'privacy.analytics.plausible': {
    u: 'Plausible plaatst geen cookies en bewaart geen IP-adressen. Plausible telt bezoeken zonder te weten wie u bent.',
    je: 'Plausible plaatst geen cookies en bewaart geen IP-adressen. Plausible telt bezoeken zonder te weten wie je bent.',
    en: 'Plausible places no cookies and keeps no IP addresses. Plausible counts visits without knowing who you are.',
  },
  'privacy.analytics.matomo': {
    u: 'Matomo plaatst op deze website geen cookies. Uw IP-adres gaat wel naar Matomo, net als bij elke website die u bezoekt.',
    je: 'Matomo plaatst op deze website geen cookies. Je IP-adres gaat wel naar Matomo, net als bij elke website die je bezoekt.',
    en: 'Matomo places no cookies on this website. Your IP address does reach Matomo, as with every website you visit.',
  },
  'privacy.dataTitle': { nl: 'Welke gegevens vragen we, en waarom?', en: 'Which details do we ask for, and why?' },
  'privacy.noData': { nl: 'We vragen op deze website geen gegevens.', en: 'We ask for no details on this website.' },
  'privacy.dataIntro': {
    u: 'Voor sommige documenten vragen we uw gegevens. U leest hieronder waarom en hoe lang we ze bewaren. Daarna verwijderen we ze.',
    je: 'Voor sommige documenten vragen we je gegevens. Je leest hieronder waarom en hoe lang we ze bewaren. Daarna verwijderen we ze.',
    en: 'For some documents we ask for your details. Below you read why and how long we keep them. After that we delete them.',
  },
  'privacy.tableCaption': { nl: 'Gegevens per document', en: 'Details per document' },
  'privacy.tableDocument': { nl: 'Document', en: 'Document' },
  'privacy.tablePurpose': { u: 'Waarom vragen we uw gegevens?', je: 'Waarom vragen we je gegevens?', en: 'Why do we ask for your details?' },
  'privacy.tableRetention': { nl: 'Hoe lang bewaren we ze?', en: 'How long do we keep them?' },
  'privacy.basisConsent': {
    u: 'We gebruiken deze gegevens omdat u daar toestemming voor geeft als u het formulier verstuurt (artikel 6 lid 1 onder a van de AVG). U kunt die toestemming altijd intrekken.',
    je: 'We gebruiken deze gegevens omdat je daar toestemming voor geeft als je het formulier verstuurt (artikel 6 lid 1 onder a van de AVG). Je kunt die toestemming altijd intrekken.',
    en: 'We use these details because you give your consent when you send the form (Article 6(1)(a) GDPR). You can always withdraw that consent.',
  },
  'privacy.basisPublicTask': {
    nl: 'We gebruiken deze gegevens omdat dat nodig is voor een taak van algemeen belang van {controller} (artikel 6 lid 1 onder e van de AVG).',
    en: 'We use these details because that is needed for a task in the public interest of {controller} (Article 6(1)(e) GDPR).',
  },
  'privacy.freeDownloads': { u: 'Andere documenten kunt u downloaden zonder dat u gegevens geeft.', je: 'Andere documenten kun je downloaden zonder dat je gegevens geeft.', en: 'You can download other documents without giving any details.' },
  'privacy.contactConsent': {
    u: 'Op het formulier kunt u ook aanvinken dat we u later mogen mailen over hetzelfde onderwerp. Dat is niet verplicht. Doet u dat, dan gebruiken we uw e-mailadres ook daarvoor. U kunt die toestemming altijd intrekken.',
    je: 'Op het formulier kun je ook aanvinken dat we je later mogen mailen over hetzelfde onderwerp. Dat is niet verplicht. Doe je dat, dan gebruiken we je e-mailadres ook daarvoor. Je kunt die toestemming altijd intrekken.',
    en: 'On the form you can also tick that we may email you later about the same topic. That is optional. If you do, we also use your email address for that. You can always withdraw that consent.',
  },
  'privacy.rightsTitle': { u: 'Uw rechten', je: 'Je rechten', en: 'Your rights' },
  'privacy.rightsIntro': { u: 'U mag:', je: 'Je mag:', en: 'You may:' },
  'privacy.right.access': { u: 'uw gegevens inzien;', je: 'je gegevens inzien;', en: 'see your details;' },
  'privacy.right.rectify': { u: 'uw gegevens laten verbeteren;', je: 'je gegevens laten verbeteren;', en: 'have your details corrected;' },
  'privacy.right.erase': { u: 'uw gegevens laten verwijderen;', je: 'je gegevens laten verwijderen;', en: 'have your details deleted;' },
  'privacy.right.restrict': { u: 'vragen dat we uw gegevens minder gebruiken;', je: 'vragen dat we je gegevens minder gebruiken;', en: 'ask us to use your details less;' },
  'privacy.right.port': { u: 'uw gegevens krijgen, om ze aan een ander te geven;', je: 'je gegevens krijgen, om ze aan een ander te geven;', en: 'receive your details, to give them to someone else;' },
  'privacy.right.object': { u: 'bezwaar maken tegen het gebruik van uw gegevens;', je: 'bezwaar maken tegen het gebruik van je gegevens;', en: 'object to the use of your details;' },
  'privacy.right.withdraw': { u: 'uw toestemming intrekken, als u die hebt gegeven.', je: 'je toestemming intrekken, als je die hebt gegeven.', en: 'withdraw your consent, if you gave it.' },
  'privacy.rightsHow': { u: 'Stuur daarvoor een e-mail naar {email}. U krijgt binnen 4 weken antwoord.', je: 'Stuur daarvoor een e-mail naar {email}. Je krijgt binnen 4 weken antwoord.', en: 'Send an email to {email}. You will get an answer within 4 weeks.' },
  'privacy.complaint': {
    u: 'Bent u het niet eens met hoe we met uw gegevens omgaan? Dan kunt u een klacht indienen bij de {authority}.',
    je: 'Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de {authority}.',
    en: 'Do you disagree with how we handle your details? Then you can file a complaint with the {authority}.',
  },
  'privacy.authority': { nl: 'Autoriteit Persoonsgegevens', en: 'Dutch Data Protection Authority (Autoriteit Persoonsgegevens)' },
  'privacy.contactTitle': { nl: 'Contact', en: 'Contact' },
  'privacy.contact': { nl: 'Vragen over privacy? Mail naar {email}.', en: 'Questions about privacy? Email {email}.' },
  'privacy.dpo': { u: 'U kunt ook contact opnemen met onze functionaris gegevensbescherming: {email}.', je: 'Je kunt ook contact opnemen met onze functionaris gegevensbescherming: {email}.', en: 'You can also contact our data protection officer: {email}.' },
  'privacy.updated': { nl: 'Deze privacyverklaring is voor het laatst gewijzigd op {date}.', en: 'This privacy statement was last changed on {date}.' },

  // Accessibility statement
  'accessibility.title': { nl: 'Toegankelijkheidsverklaring', en: 'Accessibility statement' },
  'accessibility.description': {
    u: 'Kan iedereen deze website van {organisation} gebruiken? Lees hoe toegankelijk de website is en waar u problemen meldt.',
    je: 'Kan iedereen deze website van {organisation} gebruiken? Lees hoe toegankelijk de website is en waar je problemen meldt.',
    en: 'Can everyone use this website of {organisation}? Read how accessible the website is and where to report problems.',
  },
  'accessibility.intro': { nl: '{organisation} wil dat iedereen deze website kan gebruiken. Ook mensen met een beperking.', en: '{organisation} wants everyone to be able to use this website, including people with a disability.' },
  'accessibility.requirementsTitle': { nl: 'Aan welke eisen moet de website voldoen?', en: 'Which requirements must the website meet?' },
  'accessibility.requirements': {
    nl: 'Overheidswebsites moeten voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA. Dat staat in de Europese norm EN 301 549 en het Besluit digitale toegankelijkheid overheid.',
    en: 'Government websites must meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. This is required by the European standard EN 301 549 and the Dutch Temporary Decree on digital accessibility of government.',
  },
  'accessibility.statusTitle': { nl: 'Hoe toegankelijk is deze website?', en: 'How accessible is this website?' },
  'accessibility.status': { nl: 'Status: {status}.', en: 'Status: {status}.' },
  'accessibility.status.voldoet': { nl: 'A — voldoet volledig', en: 'A — fully compliant' },
  'accessibility.status.voldoet.text': { nl: 'Deze website voldoet volledig aan de eisen.', en: 'This website fully meets the requirements.' },
  'accessibility.status.voldoet-gedeeltelijk': { nl: 'B — voldoet gedeeltelijk', en: 'B — partially compliant' },
  'accessibility.status.voldoet-gedeeltelijk.text': { nl: 'Deze website voldoet gedeeltelijk aan de eisen. We werken eraan om de rest op te lossen.', en: 'This website partially meets the requirements. We are working to solve the rest.' },
  'accessibility.status.eerste-maatregelen': { nl: 'C — eerste maatregelen genomen', en: 'C — first measures taken' },
  'accessibility.status.eerste-maatregelen.text': { nl: 'We hebben de eerste maatregelen genomen om aan de eisen te voldoen.', en: 'We have taken the first measures to meet the requirements.' },
  'accessibility.status.voldoet-niet': { nl: 'D — geen maatregelen genomen', en: 'D — no measures taken' },
  'accessibility.status.voldoet-niet.text': { nl: 'Deze website voldoet nog niet aan de eisen, en we hebben nog geen maatregelen genomen.', en: 'This website does not meet the requirements yet, and we have not taken measures yet.' },
  'accessibility.signed': { nl: 'De verklaring is ondertekend op {date}.', en: 'The statement was signed on {date}.' },
  'accessibility.register': { nl: '{link} met de onderzoeken en de plannen.', en: '{link}, with the evaluations and the plans.' },
  'accessibility.registerLink': { nl: 'Bekijk de toegankelijkheidsverklaring in het register', en: 'See the accessibility statement in the register' },
  'accessibility.problemsTitle': { nl: 'Werkt iets niet goed?', en: 'Does something not work?' },
  'accessibility.problems': {
    u: 'Kunt u iets op deze website niet lezen of gebruiken? Laat het ons weten via {email}. Vertel welke pagina het is en wat er niet werkt. We helpen u dan verder en lossen het probleem op.',
    je: 'Kun je iets op deze website niet lezen of gebruiken? Laat het ons weten via {email}. Vertel welke pagina het is en wat er niet werkt. We helpen je dan verder en lossen het probleem op.',
    en: 'Is there something on this website you cannot read or use? Let us know at {email}. Tell us which page it is and what does not work. We will help you and solve the problem.',
  },
  'accessibility.ombudsman': {
    u: 'Bent u niet tevreden met ons antwoord? Dan kunt u contact opnemen met de {ombudsman}.',
    je: 'Ben je niet tevreden met ons antwoord? Dan kun je contact opnemen met de {ombudsman}.',
    en: 'Not satisfied with our answer? Then you can contact the {ombudsman}.',
  },
  'accessibility.ombudsmanName': { nl: 'Nationale ombudsman', en: 'National Ombudsman (Nationale ombudsman)' },

  // Durations (retention of leads)
  'duration.year': { nl: '{n} jaar', en: '{n} year' },
  'duration.years': { nl: '{n} jaar', en: '{n} years' },
  'duration.month': { nl: '{n} maand', en: '{n} month' },
  'duration.months': { nl: '{n} maanden', en: '{n} months' },
  'duration.week': { nl: '{n} week', en: '{n} week' },
  'duration.weeks': { nl: '{n} weken', en: '{n} weeks' },
  'duration.day': { nl: '{n} dag', en: '{n} day' },
  'duration.days': { nl: '{n} dagen', en: '{n} days' },
  'duration.hour': { nl: '{n} uur', en: '{n} hour' },
  'duration.hours': { nl: '{n} uur', en: '{n} hours' },
  'duration.minute': { nl: '{n} minuut', en: '{n} minute' },
  'duration.minutes': { nl: '{n} minuten', en: '{n} minutes' },
  'duration.second': { nl: '{n} seconde', en: '{n} second' },
  'duration.seconds': { nl: '{n} seconden', en: '{n} seconds' },
  'duration.and': { nl: '{list} en {last}', en: '{list} and {last}' },

  // The component gallery in `astro dev` (for editors and designers, never built)
  'gallery.title': { nl: 'Componenten', en: 'Components' },
  'gallery.intro': {
    u: 'Alle componenten die u in een MDX-pagina kunt gebruiken, zonder import. Onder elk voorbeeld staat de MDX die het maakt.',
    je: 'Alle componenten die je in een MDX-pagina kunt gebruiken, zonder import. Onder elk voorbeeld staat de MDX die het maakt.',
    en: 'Every component you can use in an MDX page, without an import. Below each example is the MDX that makes it.',
  },
  'gallery.source': { nl: 'MDX van dit voorbeeld', en: 'MDX of this example' },
  'gallery.missing': { nl: 'Dit voorbeeld heeft uit de content van deze site nodig: {what}.', en: 'This example needs from the content of this site: {what}.' },
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof CATALOGUE;
