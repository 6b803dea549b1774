/**
 * Where each inbox count of `GET /inbox` leads: a route name of the console. A count whose page
 * does not exist is shown without a link.
 */
export const inboxLinks: Record<string, string> = {
  'applications.decide': 'authority-applications',
  'applications.awaiting-consent': 'authority-applications',
  'applications.refused': 'authority-applications',
  'models.review': 'authority-models',
  'runs.release': 'authority-runs',
  'products.review': 'authority-products',
  'applications.consent': 'source-consents',
  'runs.released': 'operator-runs',
  'applications.pending': 'operator-applications',
  'audit.entries': 'audit-log',
  'feedback.open': 'feedback',
  'feedback.answered': 'feedback',
  'filings.due': 'filings',
  'filings.overdue': 'filings',
  'risks.open': 'risk-reports',
  'qualifications.review': 'selection-calls',
  'directory.review': 'selection-directory',
  'partners.review': 'selection-partners',
};
