/**
 * Which of a channel's subscriptions a command means: all of them when the message names nothing, else those
 * following what it names (a group, an institution, a number, or a document when it names only a document).
 * None when it names something the channel does not follow: "stop the group 5 digest" never stops group 3's.
 */
import type { Scope } from '../../core/digest/scope.js';
import type { Subscription } from '../../core/digest/subscription.js';

export function chooseSubscriptions(subs: Subscription[], named: Scope | undefined): Subscription[] {
  if (!named) return subs;
  return subs.filter((s) => follows(s.scope, named));
}

function follows(scope: Scope, named: Scope): boolean {
  const shared = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
  if (named.groups.length + named.institutions.length + named.prefixes.length === 0)
    return shared(named.documents, scope.documents);
  return (
    shared(named.groups, scope.groups) ||
    shared(named.institutions, scope.institutions) ||
    shared(named.prefixes, scope.prefixes)
  );
}
