/** Where each inbox count of `GET /inbox` leads: a route name of the console. */
export const inboxLinks: Record<string, string> = {};
