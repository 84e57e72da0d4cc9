import { type Auth, viewerFrom } from '@attest/auth';
import { type ExportFormat, exportBytes, exportQuestionSet } from '@attest/classroom';
import type { Database } from '@attest/db';
import { AttestError } from '@attest/errors';
import type { Plugin } from 'graphql-yoga';
import { isDatabaseUnavailable, unavailableResponse } from './database-outage.ts';

const FORMATS: Record<string, ExportFormat> = {
  gift: 'GIFT',
  'moodle-xml': 'MOODLE_XML',
  'kahoot-xlsx': 'KAHOOT_XLSX',
  'gradebook-csv': 'GRADEBOOK_CSV',
};

const PATH = /^\/export\/([^/]+)\/([^/]+)\/?$/;

/** The database ID in a QuestionSet global ID (base64 of "QuestionSet:<id>"), or null. */
function setIdFrom(globalId: string): string | null {
  let decoded: string;
  try {
    decoded = Buffer.from(decodeURIComponent(globalId), 'base64').toString('utf8');
  } catch {
    return null;
  }
  return decoded.startsWith('QuestionSet:') ? decoded.slice('QuestionSet:'.length) : null;
}

/**
 * `GET /export/<set ID>/<gift|moodle-xml|kahoot-xlsx|gradebook-csv>`: the owner's set as a file download, for
 * a session cookie or a bearer token. Signed out is 401; a set that is not the viewer's is 404,
 * the same as an unknown one.
 */
export function useExportDownloads(db: Pick<Database, 'prisma'>, auth: Auth): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = PATH.exec(url.pathname);
      if (!match) return;
      const text = (status: number, body: string, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(body, {
            status,
            headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
          }),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return text(405, 'Use GET.\n', { allow: 'GET, HEAD' });
      }
      const format = FORMATS[match[2] ?? ''];
      if (!format) return text(404, `Formats: ${Object.keys(FORMATS).join(', ')}.\n`);
      let viewer: Awaited<ReturnType<typeof viewerFrom>>;
      try {
        viewer = await viewerFrom(auth, request.headers);
      } catch (error) {
        if (isDatabaseUnavailable(error)) return endResponse(unavailableResponse(fetchAPI));
        throw error;
      }
      if (!viewer) return text(401, 'Sign in to download your question sets.\n');
      const setId = setIdFrom(match[1] ?? '');
      if (!setId) return text(404, 'No question set has this ID.\n');
      try {
        const file = await exportQuestionSet(db.prisma, viewer.id, setId, format);
        endResponse(
          new fetchAPI.Response(exportBytes(file), {
            status: 200,
            headers: {
              'content-type': file.mediaType,
              'content-disposition': `attachment; filename="${file.filename}"`,
              'cache-control': 'private, no-store',
            },
          }),
        );
      } catch (error) {
        if (isDatabaseUnavailable(error)) return endResponse(unavailableResponse(fetchAPI));
        if (!(error instanceof AttestError)) throw error;
        text(error.code === 'NOT_FOUND' ? 404 : 422, `${error.message}\n`);
      }
    },
  };
}
