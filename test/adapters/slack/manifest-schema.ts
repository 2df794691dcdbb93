/**
 * The structure of a Slack app manifest (version 1), as Slack's manifest reference describes the fields this app
 * uses: strict objects, so a misspelt or misplaced key fails as Slack would refuse it, and the documented limits
 * on names and commands. Plus the rules that tie fields together: each event needs its scope, a slash command
 * needs `commands`, and without Socket Mode every request URL must be set.
 */
import { z } from 'zod';

const HttpsUrl = z.string().regex(/^https:\/\/[^\s]+$/u);

export const ManifestSchema = z.strictObject({
  _metadata: z.strictObject({ major_version: z.literal(1), minor_version: z.number().int().min(0) }).optional(),
  display_information: z.strictObject({
    name: z.string().min(1).max(35),
    description: z.string().max(140).optional(),
    long_description: z.string().min(175).max(4000).optional(),
    background_color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/u)
      .optional(),
  }),
  features: z
    .strictObject({
      app_home: z
        .strictObject({
          home_tab_enabled: z.boolean().optional(),
          messages_tab_enabled: z.boolean().optional(),
          messages_tab_read_only_enabled: z.boolean().optional(),
        })
        .optional(),
      bot_user: z.strictObject({ display_name: z.string().min(1).max(80), always_online: z.boolean().optional() }),
      slash_commands: z
        .array(
          z.strictObject({
            command: z.string().regex(/^\/[^\s/]{1,31}$/u),
            url: HttpsUrl.optional(),
            description: z.string().min(1).max(2000),
            usage_hint: z.string().max(1000).optional(),
            should_escape: z.boolean().optional(),
          }),
        )
        .max(50)
        .optional(),
    })
    .optional(),
  oauth_config: z.strictObject({
    redirect_urls: z.array(HttpsUrl).optional(),
    scopes: z.strictObject({ bot: z.array(z.string()).optional(), user: z.array(z.string()).optional() }),
  }),
  settings: z.strictObject({
    event_subscriptions: z
      .strictObject({
        request_url: HttpsUrl.optional(),
        bot_events: z.array(z.string()).max(100).optional(),
        user_events: z.array(z.string()).max(100).optional(),
      })
      .optional(),
    interactivity: z
      .strictObject({
        is_enabled: z.boolean(),
        request_url: HttpsUrl.optional(),
        message_menu_options_url: HttpsUrl.optional(),
      })
      .optional(),
    org_deploy_enabled: z.boolean().optional(),
    socket_mode_enabled: z.boolean().optional(),
    token_rotation_enabled: z.boolean().optional(),
  }),
});

export type Manifest = z.infer<typeof ManifestSchema>;

/** The bot scope each bot event needs (Slack's events reference). */
export const EVENT_SCOPES: Record<string, string | undefined> = {
  app_home_opened: undefined,
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.mpim': 'mpim:history',
  file_shared: 'files:read',
};

/** What the fields' relations require; empty when the manifest holds together. */
export function manifestProblems(m: Manifest): string[] {
  const problems: string[] = [];
  const scopes = new Set(m.oauth_config.scopes.bot ?? []);
  for (const event of m.settings.event_subscriptions?.bot_events ?? []) {
    if (!(event in EVENT_SCOPES)) problems.push(`unknown bot event ${event}`);
    const scope = EVENT_SCOPES[event];
    if (scope && !scopes.has(scope)) problems.push(`${event} needs the ${scope} scope`);
  }
  if ((m.features?.slash_commands ?? []).length > 0 && !scopes.has('commands'))
    problems.push('slash commands need the commands scope');
  if (m.settings.socket_mode_enabled !== true) {
    if (m.settings.event_subscriptions && !m.settings.event_subscriptions.request_url)
      problems.push('events need a request_url without Socket Mode');
    if (m.settings.interactivity?.is_enabled && !m.settings.interactivity.request_url)
      problems.push('interactivity needs a request_url without Socket Mode');
    for (const c of m.features?.slash_commands ?? [])
      if (!c.url) problems.push(`${c.command} needs a url without Socket Mode`);
  }
  return problems;
}
