/**
 * The store's contract, the same on every engine: each port as the application uses it, and the edges that matter
 * when replicas share one store (two connections to one database stand for two replicas).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AnsweredThreads } from '../../src/adapters/store/answered-threads.js';
import { ConfirmationStore } from '../../src/adapters/store/confirmation-store.js';
import { ConversationRefs } from '../../src/adapters/store/conversation-refs.js';
import { FeedbackStore } from '../../src/adapters/store/feedback-store.js';
import { ProcessedEvents } from '../../src/adapters/store/processed-events.js';
import { StatusStore } from '../../src/adapters/store/status-store.js';
import { SubscriptionStore } from '../../src/adapters/store/subscription-store.js';
import { LocalDigestChannel } from '../../src/adapters/web/local-channel.js';
import { sampleDigest } from '../fixtures/slack/digest.js';
import { closeAll, enginesUnderTest } from './engines.js';
import { subscription } from './fixtures.js';

afterAll(closeAll);

const T0 = '2026-11-23T07:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

for (const engine of enginesUnderTest()) {
  describe(`the store on ${engine.name}`, () => {
    it('keeps statuses append-only, newest first for changes, and reads a snapshot at once', async () => {
      const { db, replica } = await engine.fresh();
      const statuses = new StatusStore(db);
      expect(await statuses.latest('measure:4.4.5')).toBeUndefined();
      await statuses.append('measure:4.4.5', { status: 'in-progress', by: 'Anna', at: at(0) });
      await statuses.append('measure:4.4.5', { status: 'done', note: 'pieņemts', by: 'Jānis', at: at(5) });
      await statuses.append('report-task:3', { status: 'done', by: 'Anna', at: at(10) });
      expect(await statuses.latest('measure:4.4.5')).toEqual({
        status: 'done',
        note: 'pieņemts',
        by: 'Jānis',
        at: at(5),
      });
      expect((await statuses.history('measure:4.4.5')).map((r) => r.status)).toEqual(['in-progress', 'done']);
      expect((await statuses.changedSince(at(5))).map((c) => c.item)).toEqual(['report-task:3', 'measure:4.4.5']);
      const other = new StatusStore(await replica());
      const snapshot = await other.snapshot();
      expect(snapshot.latest('measure:4.4.5')?.status).toBe('done');
      expect(snapshot.history('measure:4.4.5')).toHaveLength(2);
      expect(snapshot.latest('measure:9.9.9')).toBeUndefined();
    });

    it('saves, replaces, lists and removes subscriptions', async () => {
      const { db } = await engine.fresh();
      const subs = new SubscriptionStore(db);
      await subs.save(subscription('b', 'C2', at(1)));
      await subs.save(subscription('a', 'C1', at(2)));
      await subs.save(subscription('c', 'C1', at(0)));
      expect((await subs.all()).map((s) => s.id)).toEqual(['a', 'b', 'c']);
      expect((await subs.forTarget({ platform: 'slack', id: 'C1' })).map((s) => s.id)).toEqual(['c', 'a']);
      expect(await subs.get('a')).toEqual(subscription('a', 'C1', at(2)));
      await subs.save({ ...subscription('a', 'C1', at(2)), schedule: { weekday: 2, hour: 10, minute: 30 } });
      expect((await subs.get('a'))?.schedule).toEqual({ weekday: 2, hour: 10, minute: 30 });
      expect(await subs.remove('a')).toBe(true);
      expect(await subs.remove('a')).toBe(false);
      expect(await subs.get('a')).toBeUndefined();
    });

    it('lets a confirmation given on one replica be used once, on another', async () => {
      const { db, replica } = await engine.fresh();
      const here = new ConfirmationStore(db);
      const action = { kind: 'unsubscribe' as const, ids: ['a'] };
      const pending = { conversation: 'slack:T1:C1', userId: 'U1', action, createdAt: at(0), expiresAt: at(10) };
      await here.create({ token: 'bbbbbbbb', ...pending });
      await here.create({ token: 'cccccccc', ...pending });
      const there = new ConfirmationStore(await replica());
      expect((await there.latest('slack:T1:C1', new Date(at(1))))?.token).toBe('cccccccc');
      expect(await there.latest('slack:T1:C1', new Date(at(11)))).toBeUndefined();
      expect(await there.get('bbbbbbbb')).toEqual({ token: 'bbbbbbbb', ...pending });
      const uses = await Promise.all([here.use('bbbbbbbb', new Date(at(2))), there.use('bbbbbbbb', new Date(at(2)))]);
      expect(uses.filter(Boolean)).toHaveLength(1);
      expect((await here.get('bbbbbbbb'))?.usedAt).toBe(at(2));
    });

    it('handles a chat event once across replicas, and prunes by prefix and age', async () => {
      const { db, replica } = await engine.fresh();
      const a = new ProcessedEvents(db);
      const b = new ProcessedEvents(await replica());
      const first = await Promise.all([a.firstTime('slack:Ev1', at(0)), b.firstTime('slack:Ev1', at(0))]);
      expect(first.filter(Boolean)).toHaveLength(1);
      await a.firstTime('other:Ev1', at(0));
      await b.prune(at(1), 'slack:');
      expect(await a.firstTime('slack:Ev1', at(2))).toBe(true);
      expect(await a.firstTime('other:Ev1', at(2))).toBe(false);
      const threads = new AnsweredThreads(db);
      const place = { team: 'T1', channel: 'C1', threadTs: '1.2' };
      expect(await threads.has(place)).toBe(false);
      await threads.remember(place, Date.parse(at(0)));
      await threads.remember(place, Date.parse(at(1)));
      expect(await new AnsweredThreads(await replica()).has(place)).toBe(true);
    });

    it('keeps conversation references and feedback', async () => {
      const { db } = await engine.fresh();
      const refs = new ConversationRefs(db);
      await refs.save({ key: 'teams:b', platform: 'teams', reference: '{"x":1}', label: 'B', updatedAt: at(0) });
      await refs.save({ key: 'teams:a', platform: 'teams', reference: '{"x":2}', updatedAt: at(0) });
      await refs.save({ key: 'teams:b', platform: 'teams', reference: '{"x":3}', updatedAt: at(1) });
      expect((await refs.all('teams')).map((r) => [r.key, r.reference])).toEqual([
        ['teams:a', '{"x":2}'],
        ['teams:b', '{"x":3}'],
      ]);
      expect(await refs.all('slack')).toEqual([]);
      await refs.remove('teams:a');
      expect(await refs.get('teams:a')).toBeUndefined();
      const feedback = new FeedbackStore(db);
      const f = {
        platform: 'web' as const,
        conversation: 'web:1',
        rating: 'up' as const,
        question: 'q',
        answer: 'a',
        at: at(0),
      };
      await feedback.record(f);
      await feedback.record({ ...f, rating: 'down', userId: 'U1', intent: 'deadline' });
      expect(await feedback.all()).toEqual([f, { ...f, rating: 'down', userId: 'U1', intent: 'deadline' }]);
    });

    it('posts to the local channel once per mark and lists newest first', async () => {
      const { db } = await engine.fresh();
      const local = new LocalDigestChannel(db, () => new Date(at(0)));
      const target = { platform: 'web' as const, id: 'local' };
      const one = await local.postDigest(target, sampleDigest(1), { subscriptionId: 's', period: '2026-W48' });
      const again = await local.postDigest(target, sampleDigest(1), { subscriptionId: 's', period: '2026-W48' });
      const two = await local.postDigest(target, sampleDigest(2), { subscriptionId: 's', period: '2026-W49' });
      expect(again).toEqual(one);
      expect(await local.findPosted(target, { subscriptionId: 's', period: '2026-W49' })).toBe(two.messageId);
      expect((await local.list(10)).map((d) => d.id)).toEqual([two.messageId, one.messageId]);
    });
  });
}
