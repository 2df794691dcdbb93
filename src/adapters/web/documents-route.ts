/**
 * The documents added at run time, on the page: GET /api/documents lists them (and files that could not be read),
 * POST /api/documents?name=<file> uploads one (the body is the file), DELETE /api/documents/<id> removes one.
 * Uploading and removing are for editors (the page is the user `web`); a file that cannot be read is answered
 * 422 with its name and the reason, and nothing served changes.
 */
import express, { type Request, type Response, type Router } from 'express';
import { editorsOf } from '../../app/editors.js';
import type { Runtime } from '../../runtime.js';
import type { AddedDocument } from '../files/document-library.js';
import { sendProblem } from '../http/problem.js';
import { WEB_USER } from './ask-route.js';

/** A .docx of a few hundred pages is well under this; anything larger is not a policy document. */
export const UPLOAD_LIMIT = '20mb';

export function documentsRouter(runtime: Runtime, guards: express.RequestHandler[]): Router {
  const router = express.Router();
  const editors = editorsOf(runtime.config);
  const editable = () => editors.may(WEB_USER.id, 'web');
  router.get('/api/documents', ...guards, (req, res) => {
    const desk = runtime.documents;
    const lang = req.query.lang === 'en' ? 'en' : 'lv';
    if (!desk) return void res.json({ available: false, documents: [], problems: [], editable: false });
    const { documents, problems } = desk.list();
    res.json({
      available: true,
      editable: editable(),
      documents: documents.map(view),
      problems: problems.map((p) => ({ file: p.file, reason: p.reason[lang] })),
    });
  });
  router.post(
    '/api/documents',
    ...guards,
    express.raw({ type: () => true, limit: UPLOAD_LIMIT }),
    async (req: Request, res: Response) => {
      const desk = runtime.documents;
      const name = typeof req.query.name === 'string' ? req.query.name.trim() : '';
      const lang = req.query.lang === 'en' ? 'en' : 'lv';
      if (!desk) return sendProblem(res, 503, 'documents cannot be added on this server');
      if (!editable()) return sendProblem(res, 403, 'only editors (EDITOR_USERS) may add documents');
      if (!/^[^/\\]{1,200}$/.test(name)) return sendProblem(res, 400, 'name the file: ?name=plan.docx');
      const body: unknown = req.body;
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const added = await desk.add(name, bytes, 'web', WEB_USER.id);
      if (!added.ok) return sendProblem(res, 422, `${added.file}: ${added.reason[lang]}`);
      res.status(201).json(view(added.document));
    },
  );
  router.delete('/api/documents/:id', ...guards, async (req: Request, res: Response) => {
    const desk = runtime.documents;
    if (!desk) return sendProblem(res, 503, 'documents cannot be removed on this server');
    if (!editable()) return sendProblem(res, 403, 'only editors (EDITOR_USERS) may remove documents');
    const id = String(req.params.id ?? '');
    if (!desk.list().documents.some((d) => d.id === id)) return sendProblem(res, 404, `no added document "${id}"`);
    await desk.remove(id);
    res.status(204).end();
  });
  return router;
}

function view(d: AddedDocument) {
  return {
    id: d.id,
    title: d.summary.title,
    file: d.file,
    kind: d.kind,
    via: d.via,
    addedAt: d.addedAt,
    counts: d.summary.counts,
    warnings: d.summary.warnings,
    examples: d.summary.examples,
  };
}
