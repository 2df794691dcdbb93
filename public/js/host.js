// Is the page a Teams tab? Top-level, teams-js's initialize() fails at once; inside an iframe that is not Teams it
// would wait 60 s, so it races a short timeout and the page never waits on it. teams-js is loaded only when the
// page may be hosted: on load it fetches Microsoft's list of valid domains, which a page opened on its own does
// not need (and which the policy allows only for that one address).

const TEAMS_WAIT_MS = 2500;

function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

/** Quick pre-check: no parent, no opener and no mobile bridge means no host at all. */
function maybeHosted() {
  return window.parent !== window || Boolean(window.opener) || Boolean(window.nativeInterface);
}

function loadTeamsJs() {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/vendor/teams-js.min.js';
    script.onload = () => resolve(window.microsoftTeams);
    script.onerror = () => reject(new Error('teams-js did not load'));
    document.head.append(script);
  });
}

export async function detectHost() {
  if (!maybeHosted()) return { host: 'standalone' };
  try {
    const teams = await loadTeamsJs();
    if (!teams) return { host: 'standalone' };
    await Promise.race([teams.app.initialize(), timeout(TEAMS_WAIT_MS)]);
    const context = await Promise.race([teams.app.getContext(), timeout(TEAMS_WAIT_MS)]);
    teams.app.notifySuccess?.();
    return { host: 'teams', context };
  } catch {
    return { host: 'standalone' };
  }
}

/** "Team / Channel", the chat, or nothing: where in Teams the tab is open. */
export function teamsPlace(context) {
  const team = context?.team?.displayName;
  const channel = context?.channel?.displayName;
  if (team || channel) return [team, channel].filter(Boolean).join(' / ');
  return context?.chat?.id ? 'chat' : '';
}
