/**
 * @mentions in a comment: a person is named by their e-mail address after "@" ("@amina@example.org"), which
 * is unambiguous where names are not. Only people who can read the thread are returned, each once, in the
 * order first named; an address nobody in `people` has is plain text.
 */
const MENTION = /(^|[\s([,;])@([^\s@()<>,;]+@[^\s@()<>,;]+\.[^\s@()<>,;]*[^\s@()<>,;.!?:])/gu;

export function mentionedAddresses(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(MENTION)) {
    const address = match[2]!.toLowerCase();
    if (!found.includes(address)) found.push(address);
  }
  return found;
}

export function resolveMentions<P extends { email: string }>(body: string, people: readonly P[]): P[] {
  const byAddress = new Map(people.map((p) => [p.email.toLowerCase(), p]));
  return mentionedAddresses(body).flatMap((address) => {
    const person = byAddress.get(address);
    return person ? [person] : [];
  });
}
