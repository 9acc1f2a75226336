import type { Language } from '../shared/api.js';

/** What the feedback page says, in Danish and Norwegian (bokmål); the server renders its title from here too. */
export interface AdminMessages {
  title: string;
  noscript: string;
  tokenLabel: string;
  tokenHelp: string;
  showFeedback: string;
  signOut: string;
  filters: string;
  ratingFilter: string;
  regionFilter: string;
  all: string;
  allRegions: string;
  up: string;
  down: string;
  loading: string;
  shown: (shown: number, loaded: number, more: boolean) => string;
  none: string;
  loadMore: string;
  question: string;
  comment: string;
  noComment: string;
  cited: string;
  noCitations: string;
  showAnswer: string;
  wrongToken: string;
  disabled: string;
  failed: string;
}

const da: AdminMessages = {
  title: 'Vurderinger af svarene',
  noscript: 'Siden kræver JavaScript.',
  tokenLabel: 'Administratornøgle',
  tokenHelp: 'Serverens ADMIN_TOKEN. Den gemmes kun i denne fane, indtil den lukkes.',
  showFeedback: 'Vis vurderinger',
  signOut: 'Glem nøglen',
  filters: 'Filtrér',
  ratingFilter: 'Vurdering',
  regionFilter: 'Region i kilderne',
  all: 'Alle',
  allRegions: 'Alle regioner',
  up: 'Nyttigt',
  down: 'Ikke nyttigt',
  loading: 'Henter vurderinger …',
  shown: (shown, loaded, more) => `Viser ${shown} af ${loaded} hentede vurderinger${more ? ' (der er flere)' : ''}.`,
  none: 'Ingen vurderinger passer til filtrene.',
  loadMore: 'Hent ældre vurderinger',
  question: 'Spørgsmål',
  comment: 'Kommentar',
  noComment: 'Ingen kommentar.',
  cited: 'Citerede afsnit',
  noCitations: 'Svaret citerede ingen afsnit.',
  showAnswer: 'Vis svaret',
  wrongToken: 'Nøglen blev ikke godkendt. Tjek den, og prøv igen.',
  disabled: 'Eksporten er slået fra: sæt ADMIN_TOKEN på serveren.',
  failed: 'Vurderingerne kunne ikke hentes. Prøv igen.',
};

const no: AdminMessages = {
  title: 'Vurderinger av svarene',
  noscript: 'Siden krever JavaScript.',
  tokenLabel: 'Administratornøkkel',
  tokenHelp: 'Serverens ADMIN_TOKEN. Den lagres bare i denne fanen til den lukkes.',
  showFeedback: 'Vis vurderinger',
  signOut: 'Glem nøkkelen',
  filters: 'Filtrer',
  ratingFilter: 'Vurdering',
  regionFilter: 'Region i kildene',
  all: 'Alle',
  allRegions: 'Alle regioner',
  up: 'Nyttig',
  down: 'Ikke nyttig',
  loading: 'Henter vurderinger …',
  shown: (shown, loaded, more) => `Viser ${shown} av ${loaded} hentede vurderinger${more ? ' (det finnes flere)' : ''}.`,
  none: 'Ingen vurderinger passer til filtrene.',
  loadMore: 'Hent eldre vurderinger',
  question: 'Spørsmål',
  comment: 'Kommentar',
  noComment: 'Ingen kommentar.',
  cited: 'Siterte avsnitt',
  noCitations: 'Svaret siterte ingen avsnitt.',
  showAnswer: 'Vis svaret',
  wrongToken: 'Nøkkelen ble ikke godkjent. Sjekk den, og prøv igjen.',
  disabled: 'Eksporten er slått av: sett ADMIN_TOKEN på serveren.',
  failed: 'Vurderingene kunne ikke hentes. Prøv igjen.',
};

export const ADMIN_MESSAGES: Record<Language, AdminMessages> = { da, no };
